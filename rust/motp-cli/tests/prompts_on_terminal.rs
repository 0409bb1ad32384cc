#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! Hidden prompts on a real pseudo-terminal (util-linux `script`, package bsdutils): echo is
//! back on after SIGINT, SIGTERM or SIGHUP at the prompt, and Ctrl-D is "nothing typed", not
//! "no terminal".

mod cli_env;

use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use cli_env::Env;

fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// `script` running the shell `line` on a new pseudo-terminal, its output gathered by a thread.
fn on_pty(env: &Env, line: &str) -> (Child, mpsc::Receiver<Vec<u8>>) {
    let mut child = Command::new("script")
        .args(["-q", "-e", "-c", line, "/dev/null"])
        .env("MOTP_VAULT", env.vault())
        .env("MOTP_INSECURE_FAST_KDF_FOR_TESTS", "1")
        .env_remove("MOTP_PASSWORD")
        .env_remove("MOTP_NEW_PASSWORD")
        .current_dir(env.dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("util-linux `script` runs (package bsdutils): it gives the test a terminal");
    let mut stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    (child, rx)
}

/// Waits for `child` to end (20 s at most) and returns everything the terminal showed.
fn finish(mut child: Child, rx: &mpsc::Receiver<Vec<u8>>, mut seen: Vec<u8>) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!(
                "timed out; the terminal showed: {}",
                String::from_utf8_lossy(&seen)
            );
        }
        while let Ok(chunk) = rx.try_recv() {
            seen.extend(chunk);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    while let Ok(chunk) = rx.recv_timeout(Duration::from_millis(300)) {
        seen.extend(chunk);
    }
    String::from_utf8_lossy(&seen).into_owned()
}

/// The shell that starts `motp ARGS` at a hidden prompt, waits until the terminal's echo is
/// off (the prompt is showing), sends `signal`, then reports how motp ended and whether echo
/// is on again.
fn interrupted_prompt(args: &[&str], signal: &str) -> String {
    let motp = assert_cmd::cargo::cargo_bin("motp");
    let command = std::iter::once(motp.to_str().unwrap())
        .chain(args.iter().copied())
        .map(quote)
        .collect::<Vec<_>>()
        .join(" ");
    let echo = "stty -a </dev/tty | tr ' ;' '\\n\\n' | grep -x -e echo -e -echo";
    format!(
        "{command} </dev/tty & pid=$!; \
         i=0; until [ \"$({echo})\" = -echo ]; do i=$((i+1)); \
           if [ $i -gt 400 ]; then echo NEVER-HIDDEN; break; fi; sleep 0.05; done; \
         kill -{signal} $pid; wait $pid; echo \"STATUS=$?\"; echo \"ECHO=$({echo})\""
    )
}

#[test]
fn signals_at_a_hidden_prompt_give_the_terminal_back() {
    let env = Env::new();
    for (args, signal, status) in [
        (&["otp"][..], "INT", 130),
        (&["otp"][..], "TERM", 143),
        (&["init", "--vault", "new.motp"][..], "INT", 130),
        (&["list"][..], "HUP", 129),
        (&["list"][..], "TERM", 143),
    ] {
        let (child, rx) = on_pty(&env, &interrupted_prompt(args, signal));
        let text = finish(child, &rx, Vec::new());
        assert!(
            !text.contains("NEVER-HIDDEN"),
            "{args:?}: no hidden prompt: {text}"
        );
        assert!(
            text.contains(&format!("STATUS={status}")),
            "{args:?} SIG{signal}: motp should end by the signal: {text}"
        );
        assert!(
            text.contains("ECHO=echo"),
            "{args:?} SIG{signal}: echo was left off: {text}"
        );
    }
}

#[test]
fn ctrl_d_at_a_prompt_is_nothing_typed_not_no_terminal() {
    let env = Env::new();
    let motp = assert_cmd::cargo::cargo_bin("motp");
    for (args, prompt, needle) in [
        (&["otp"][..], "secret:", "no secret was typed"),
        (&["list"][..], "Vault password:", "no password was typed"),
    ] {
        let line = std::iter::once(motp.to_str().unwrap())
            .chain(args.iter().copied())
            .map(quote)
            .collect::<Vec<_>>()
            .join(" ");
        let (mut child, rx) = on_pty(&env, &line);
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut seen = Vec::new();
        while !String::from_utf8_lossy(&seen).contains(prompt) {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(chunk) => seen.extend(chunk),
                Err(_) => {
                    let _ = child.kill();
                    panic!("no prompt {prompt:?}: {}", String::from_utf8_lossy(&seen));
                }
            }
        }
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(b"\x04").unwrap();
        let text = finish(child, &rx, seen);
        drop(stdin);
        assert!(text.contains(needle), "{args:?}: {text}");
        assert!(!text.contains("no terminal"), "{args:?}: {text}");
    }
}

/// Issue 23 §5: a password typed at the prompt that is not UTF-8 gets its own message (as the
/// environment and password files do), not "cannot read the password".
#[test]
fn a_password_typed_in_another_encoding_has_its_own_message() {
    let env = Env::new();
    let motp = assert_cmd::cargo::cargo_bin("motp");
    let (mut child, rx) = on_pty(&env, &format!("{} list", quote(motp.to_str().unwrap())));
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut seen = Vec::new();
    while !String::from_utf8_lossy(&seen).contains("Vault password:") {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(chunk) => seen.extend(chunk),
            Err(_) => {
                let _ = child.kill();
                panic!("no prompt: {}", String::from_utf8_lossy(&seen));
            }
        }
    }
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"secr\xe9t\r").unwrap();
    let text = finish(child, &rx, seen);
    drop(stdin);
    assert!(
        text.contains(
            "motp: the password typed is not UTF-8 text: set the terminal to UTF-8 and type it \
             again (nothing was done)"
        ),
        "{text}"
    );
}
