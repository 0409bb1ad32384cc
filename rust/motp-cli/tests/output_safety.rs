//! What the command line prints, when what it prints is hostile or has nowhere to go:
//!
//! - terminal escapes in names, labels and notes from URIs, QR codes and imported backups never
//!   reach the terminal raw, through any printing path (text, JSON, errors, warnings);
//! - a full disk (`/dev/full`) is one error line and exit 2, a closed pipe a quiet exit 141, for
//!   every command that prints — never a panic;
//! - no read grows without limit (`motp otp </dev/zero`).

mod cli_env;

use std::io::Write;
use std::process::{Command as StdCommand, Output, Stdio};

use cli_env::{Env, fails_with, stderr, stdout};
use serde_json::Value;

/// privacyIDEA's vector: secret 0123456789abcdef, PIN 6666, at 1296121200 → 6ed4e4.
const SECRET: &str = "0123456789abcdef";
const AT: &str = "1296121200";

/// A label that would clear the screen, set the window title, ring the bell, start a C1
/// control sequence and reverse the text after it, if printed raw.
const HOSTILE: &str = "\x1b]0;pwned\x07\x1b[2J\u{9b}31mEVIL\u{202e}gnp.exe";

/// Whether `text` holds anything that drives a terminal (motp-core's definition), other than
/// the line breaks that end lines.
fn has_unsafe(text: &str) -> bool {
    text.chars()
        .any(|c| c != '\n' && motp_core::text::is_unsafe_char(c))
}

/// Both streams of a run are free of terminal controls (other than line breaks).
fn assert_inert(out: &Output, what: &str) {
    let (o, e) = (stdout(out), stderr(out));
    assert!(!has_unsafe(&o), "{what}: stdout carries controls: {o:?}");
    assert!(!has_unsafe(&e), "{what}: stderr carries controls: {e:?}");
}

/// Percent-encodes everything but letters and digits.
fn pct(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn hostile_uri() -> String {
    format!("motp://{}:alice?secret={SECRET}", pct(HOSTILE))
}

/// A PNG of the QR code of `text`, made by motp-core's encoder.
fn qr_png(env: &Env, name: &str, text: &str) -> std::path::PathBuf {
    let png = motp_core::qr::encode_text(text)
        .and_then(|m| m.to_png(8))
        .expect("a QR code");
    env.file(name, &png)
}

/// An unencrypted Aegis vault with one mOTP entry named `issuer`/`name` with `note`.
fn aegis_plain(entries: &[(&str, &str, &str)]) -> Vec<u8> {
    let entries: Vec<Value> = entries
        .iter()
        .enumerate()
        .map(|(i, (issuer, name, note))| {
            serde_json::json!({
                "type": "motp",
                "uuid": format!("00000000-0000-4000-8000-00000000000{i}"),
                "name": name,
                "issuer": issuer,
                "note": note,
                // Base32 of the bytes 01 23 45 67 89 ab cd ef: the secret 0123456789abcdef.
                "info": {"secret": "AERUKZ4JVPG66===", "pin": "6666"},
            })
        })
        .collect();
    serde_json::json!({
        "version": 1,
        "header": {"slots": null, "params": null},
        "db": {"version": 1, "entries": entries},
    })
    .to_string()
    .into_bytes()
}

#[test]
fn hostile_text_never_reaches_the_terminal() {
    let env = Env::new();
    env.add("ACME:alice", SECRET, Some("6666"));

    // uri parse, text and JSON: escaped text; JSON that reads back as the very label.
    let uri = hostile_uri();
    let out = env.motp().args(["uri", "parse", &uri]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_inert(&out, "uri parse");
    assert!(
        stdout(&out).contains("\\x1b]0;pwned\\x07"),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("\\u{202e}"), "{}", stdout(&out));
    let out = env
        .motp()
        .args(["uri", "parse", "--json"])
        .write_stdin(format!("{uri}\n"))
        .output()
        .unwrap();
    assert_inert(&out, "uri parse --json");
    let v: Value = serde_json::from_slice(&out.stdout).expect("still JSON");
    assert_eq!(v["issuer"], HOSTILE);

    // The same label from a QR code picture.
    let png = qr_png(&env, "hostile.png", &uri);
    let out = env
        .motp()
        .args(["uri", "parse", "--qr"])
        .arg(&png)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_inert(&out, "uri parse --qr");

    // add refuses such a name from a URI, a QR code or the command line, and says so inertly.
    let out = env
        .motp()
        .args(["add", "--uri"])
        .write_stdin(format!("{uri}\n"))
        .output()
        .unwrap();
    assert_inert(&out, "add --uri");
    fails_with(out, "control character");
    let out = env.motp().args(["add", "--qr"]).arg(&png).output().unwrap();
    assert_inert(&out, "add --qr");
    fails_with(out, "control character");
    let out = env
        .motp()
        .args(["add", &format!("{HOSTILE}:bob")])
        .write_stdin(format!("{SECRET}\n"))
        .output()
        .unwrap();
    assert_inert(&out, "add NAME");
    fails_with(out, "control character");
    let out = env
        .motp()
        .args(["add", "carol", "--note", HOSTILE])
        .write_stdin(format!("{SECRET}\n"))
        .output()
        .unwrap();
    assert_inert(&out, "add --note");
    fails_with(out, "the note contains a control character");
    assert_eq!(env.names(), ["ACME:alice"]);

    // Errors that quote the name typed.
    for args in [
        &["show", HOSTILE][..],
        &["code", HOSTILE],
        &["rm", HOSTILE],
        &["doctor", HOSTILE, "--no-clock"],
    ] {
        let cmd = args[0];
        let out = env.motp().args(args).output().unwrap();
        assert_inert(&out, cmd);
        fails_with(out, "no token");
    }

    // Imports: a URI list and an Aegis vault. The hostile name is skipped with its reason; the
    // hostile note is cleaned and the token kept; every report line is inert.
    let list = env.file(
        "uris.txt",
        format!("{uri}\nmotp://Fine:dave?secret=fedcba9876543210\n").as_bytes(),
    );
    for extra in [&[][..], &["--json"][..]] {
        let out = env
            .motp()
            .arg("import")
            .arg(&list)
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        assert_inert(&out, "import uris");
    }
    let aegis = env.file(
        "aegis.json",
        &aegis_plain(&[
            (HOSTILE, "eve", "fine note"),
            ("Corp", "frank", &format!("line one\nline two {HOSTILE}")),
        ]),
    );
    let out = env.motp().arg("import").arg(&aegis).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_inert(&out, "import aegis");
    let report = stdout(&out);
    assert!(report.contains("skipped    \\x1b]0;pwned"), "{report}");
    assert!(report.contains("control character"), "{report}");
    assert!(report.contains("imported   Corp:frank"), "{report}");
    let out = env
        .motp()
        .arg("import")
        .arg(&aegis)
        .arg("--json")
        .output()
        .unwrap();
    assert_inert(&out, "import aegis --json");
    serde_json::from_slice::<Value>(&out.stdout).expect("still JSON");

    // The kept note: cleaned in the vault (line breaks kept), inert wherever it is printed.
    let tokens = env.json(&["list", "--json"], "");
    let frank = tokens
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "Corp:frank")
        .expect("frank was imported");
    let note = frank["note"].as_str().unwrap();
    assert!(
        note.starts_with("line one\nline two \u{fffd}]0;pwned\u{fffd}"),
        "{note:?}"
    );
    for args in [
        &["list"][..],
        &["list", "--json"],
        &["show", "Corp:frank"],
        &["show", "Corp:frank", "--json"],
        &["code", "Corp:frank", "--at", AT],
        &["code", "Corp:frank", "--at", AT, "--json"],
        &["doctor", "Corp:frank", "--no-clock"],
        &["doctor", "Corp:frank", "--no-clock", "--json"],
        &["export", "--format", "uris", "out.txt"],
    ] {
        let mut cmd = env.motp();
        cmd.current_dir(env.dir.path()).args(args);
        let out = cmd.write_stdin("6666\n").output().unwrap();
        assert!(
            out.status.code().is_some_and(|c| c < 2),
            "{args:?}: {}",
            stderr(&out)
        );
        assert_inert(&out, &format!("{args:?}"));
    }
}

/// `motp` (the built binary) as a plain process, so its standard streams can be anything.
fn raw_motp(env: &Env) -> StdCommand {
    let mut c = StdCommand::new(assert_cmd::cargo::cargo_bin("motp"));
    c.env("MOTP_VAULT", env.vault())
        .env("MOTP_PASSWORD", "correct horse")
        .env("MOTP_INSECURE_FAST_KDF_FOR_TESTS", "1")
        .env_remove("MOTP_NEW_PASSWORD")
        .env_remove("RUST_BACKTRACE")
        .current_dir(env.dir.path());
    c
}

/// Runs `cmd` with `stdin` and standard output going to `stdout`.
fn run_into(mut cmd: StdCommand, stdin: &str, stdout: Stdio) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .spawn()
        .expect("motp starts");
    if let Some(mut input) = child.stdin.take() {
        // The command may have finished (or died) without reading: a failed write is fine.
        let _ = input.write_all(stdin.as_bytes());
    }
    child.wait_with_output().expect("motp ends")
}

fn dev_full() -> Stdio {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full exists on Linux")
        .into()
}

/// An output whose reader is already gone: the first write fails with EPIPE, as a pipe's
/// does once `head` has exited. (A socket pair with one end closed: `std::io::pipe` is newer
/// than the workspace's minimum Rust.)
fn closed_pipe() -> Stdio {
    let (ours, theirs) = std::os::unix::net::UnixStream::pair().expect("a socket pair");
    drop(ours);
    Stdio::from(std::os::fd::OwnedFd::from(theirs))
}

/// Every command that prints, with its standard input; `n` makes names and files unique.
fn printing_commands(n: usize) -> Vec<(Vec<String>, String)> {
    let s = |v: &[&str]| v.iter().map(|a| (*a).to_owned()).collect::<Vec<_>>();
    let secret_pin = format!("{SECRET}\n6666\n");
    vec![
        (s(&["otp", "--at", AT]), secret_pin.clone()),
        (s(&["otp", "--at", AT, "--json"]), secret_pin.clone()),
        (s(&["verify", "6ed4e4", "--at", AT]), secret_pin.clone()),
        (s(&["diagnose", "6ed4e4", "--at", AT]), secret_pin.clone()),
        (s(&["secret", "generate"]), String::new()),
        (s(&["secret", "check"]), format!("{SECRET}\n")),
        (
            s(&["uri", "parse", &format!("motp://A:b?secret={SECRET}")]),
            String::new(),
        ),
        (s(&["clock", "--clear"]), String::new()),
        (
            s(&["init", "--vault", &format!("new{n}.motp")]),
            String::new(),
        ),
        (s(&["add", &format!("added{n}")]), format!("{SECRET}\n")),
        (s(&["add", &format!("gen{n}"), "--generate"]), String::new()),
        (s(&["list"]), String::new()),
        (s(&["list", "--json"]), String::new()),
        (s(&["code", "ACME:alice", "--at", AT]), String::new()),
        (
            s(&["code", "ACME:alice", "--at", AT, "--json"]),
            String::new(),
        ),
        (s(&["show", "ACME:alice"]), String::new()),
        (
            s(&["show", "ACME:alice", "--reveal", "--qr"]),
            String::new(),
        ),
        (s(&["rm", "victim"]), String::new()),
        (
            s(&["passwd", "--new-password-file", "same-pw"]),
            String::new(),
        ),
        (s(&["import", "uris.txt"]), String::new()),
        (
            s(&["export", &format!("out{n}.txt"), "--format", "uris"]),
            String::new(),
        ),
        (s(&["doctor", "ACME:alice", "--no-clock"]), String::new()),
        (
            s(&["verify", "6ed4e4", "--at", AT, "--json"]),
            secret_pin.clone(),
        ),
        (
            s(&["diagnose", "6ed4e4", "--at", AT, "--json"]),
            secret_pin.clone(),
        ),
        (s(&["secret", "check", "--json"]), format!("{SECRET}\n")),
        (
            s(&[
                "uri",
                "parse",
                "--json",
                &format!("motp://A:b?secret={SECRET}"),
            ]),
            String::new(),
        ),
        (s(&["clock", "--clear", "--json"]), String::new()),
        (s(&["show", "ACME:alice", "--json"]), String::new()),
        (s(&["import", "uris.txt", "--json"]), String::new()),
        (
            s(&[
                "export",
                &format!("out{n}.json.txt"),
                "--format",
                "uris",
                "--json",
            ]),
            String::new(),
        ),
        (
            s(&["doctor", "ACME:alice", "--no-clock", "--json"]),
            String::new(),
        ),
        (s(&["uri", "parse", "--qr", "code.png"]), String::new()),
        (
            s(&["add", &format!("uri{n}"), "--uri"]),
            format!("motp://U:v?secret={SECRET}\n"),
        ),
        (
            s(&["add", &format!("qr{n}"), "--qr", "code.png"]),
            String::new(),
        ),
        (s(&["--help"]), String::new()),
        (s(&["list", "--help"]), String::new()),
        (s(&["--version"]), String::new()),
    ]
}

#[test]
fn full_disks_and_closed_pipes_are_errors_not_panics() {
    let env = Env::new();
    env.add("ACME:alice", SECRET, Some("6666"));
    env.file("same-pw", b"correct horse\n");
    env.file(
        "uris.txt",
        format!("motp://Import:x?secret={SECRET}\n").as_bytes(),
    );
    qr_png(&env, "code.png", &format!("motp://Pic:y?secret={SECRET}"));
    let mut n = 0;
    for sink in ["/dev/full", "closed pipe"] {
        for (args, stdin) in printing_commands(n) {
            n += 1;
            if args[0] == "rm" {
                env.add("victim", SECRET, None);
            }
            let mut cmd = raw_motp(&env);
            cmd.args(&args);
            let out = if sink == "/dev/full" {
                run_into(cmd, &stdin, dev_full())
            } else {
                run_into(cmd, &stdin, closed_pipe())
            };
            let all = stderr(&out);
            assert!(!all.contains("panicked"), "{args:?} into {sink}: {all}");
            // Warnings (an unencrypted export) may come first; what matters is the rest.
            let err: String = all
                .lines()
                .filter(|l| !l.starts_with("motp: warning:"))
                .map(|l| format!("{l}\n"))
                .collect();
            if sink == "/dev/full" {
                assert_eq!(out.status.code(), Some(2), "{args:?} into {sink}: {err}");
                assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
                assert!(
                    err.contains("cannot write the output") && err.contains("No space left"),
                    "{args:?}: {err}"
                );
            } else {
                assert_eq!(out.status.code(), Some(141), "{args:?} into {sink}: {err}");
                assert_eq!(err, "", "{args:?}: a closed pipe is quiet");
            }
        }
    }
}

#[test]
fn a_generated_secret_that_cannot_be_shown_is_not_saved() {
    let env = Env::new();
    for (sink, stdout) in [("/dev/full", dev_full()), ("closed pipe", closed_pipe())] {
        let mut cmd = raw_motp(&env);
        cmd.args(["add", "router", "--generate"]);
        let out = run_into(cmd, "", stdout);
        assert_ne!(out.status.code(), Some(0), "{sink}");
        assert!(
            env.names().is_empty(),
            "{sink}: a token nobody saw the secret of"
        );
    }
    // Shown and saved when the output works, the secret before the "added" line.
    let text = env.ok(&["add", "router", "--generate"], "");
    let secret_at = text.find("secret: ").expect("the secret is shown");
    assert!(
        secret_at < text.find("added router").expect("added"),
        "{text}"
    );
    assert_eq!(env.names(), ["router"]);
}

#[test]
fn no_read_grows_without_limit() {
    let env = Env::new();
    let zero = || Stdio::from(std::fs::File::open("/dev/zero").expect("/dev/zero"));
    for args in [
        &["otp", "--at", AT][..],
        &["verify", "6ed4e4", "--at", AT],
        &["uri", "parse"],
        &["secret", "check"],
        &["add", "x"],
    ] {
        let mut cmd = raw_motp(&env);
        let out = cmd
            .args(args)
            .stdin(zero())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        fails_with(out, "longer than 8192 bytes");
    }
    // A line of exactly the limit is read; one byte more is refused.
    let at_limit = format!("{}\n6666\n", "0".repeat(8192));
    let out = env
        .motp()
        .args(["otp", "--at", AT])
        .write_stdin(at_limit)
        .output()
        .unwrap();
    assert!(!stderr(&out).contains("longer than"), "{}", stderr(&out));
    let out = env
        .motp()
        .args(["otp", "--at", AT])
        .write_stdin(format!("{}\n6666\n", "0".repeat(8193)))
        .output()
        .unwrap();
    fails_with(out, "longer than 8192 bytes");
}
