//! The vault's safety rules as the command line keeps them (docs/vault-format.md §11, cli.md):
//! `init` never orphans a recovery copy and says what is in the way; a look at a code never
//! moves `.prev`; exports never land on the vault's own files and never leave cleartext behind
//! when killed; the test-only fast key derivation always says so.

#![cfg(unix)]
#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly

mod cli_env;
/// The kill count and clock-seeded pauses of the SIGKILL loops (one copy, in motp-testkit).
use motp_testkit::kill_loop;

use std::path::Path;
use std::time::{Duration, Instant};

use cli_env::{Env, fails_with, stderr};

const FAST_KDF_WARNING: &str =
    "MOTP_INSECURE_FAST_KDF_FOR_TESTS=1: this password is protected by the cheapest key derivation";

fn mkfifo(path: &Path) {
    let ok = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap()
        .success();
    assert!(ok);
}

fn files(dir: &Path) -> Vec<String> {
    let mut n: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    n.sort();
    n
}

#[test]
fn init_refuses_over_a_recovery_copy_a_folder_or_a_pipe() {
    let env = Env::new();
    env.add("alice", "0123456789abcdef", None);
    env.add("bob", "0123456789abcdef", None);
    std::fs::remove_file(env.vault()).unwrap();
    let err = fails_with(env.motp().arg("init").output().unwrap(), "but ");
    assert!(
        err.contains("tokens.motp.prev is there and may hold your tokens"),
        "{err}"
    );
    assert!(err.contains("nothing was created"), "{err}");
    assert!(!env.vault().exists());
    // The advice works: list opens the previous copy, with a warning.
    let out = env.motp().args(["list", "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("previous copy was opened"),
        "{}",
        stderr(&out)
    );

    let folder = env.path("folder.motp");
    std::fs::create_dir(&folder).unwrap();
    fails_with(
        env.motp()
            .arg("init")
            .arg("--vault")
            .arg(&folder)
            .output()
            .unwrap(),
        "it is a folder, not a vault file",
    );
    let fifo = env.path("pipe.motp");
    mkfifo(&fifo);
    fails_with(
        env.motp()
            .arg("init")
            .arg("--vault")
            .arg(&fifo)
            .output()
            .unwrap(),
        "it is a named pipe (FIFO), not a vault file",
    );
    // And a FIFO where the vault is: refused at once, not a hang.
    let started = Instant::now();
    fails_with(
        env.motp()
            .arg("list")
            .arg("--vault")
            .arg(&fifo)
            .timeout(Duration::from_secs(20))
            .output()
            .unwrap(),
        "it is a named pipe (FIFO), not a vault file",
    );
    assert!(started.elapsed() < Duration::from_secs(20));
}

#[test]
fn looking_at_a_code_keeps_the_removed_token_in_the_previous_copy() {
    let env = Env::new();
    env.add("alice", "0123456789abcdef", Some("1234"));
    env.add("bob", "fedcba9876543210", None);
    let out = env.ok(&["rm", "bob"], "");
    assert!(out.contains("still has it until the next change"), "{out}");
    let prev = env.path("tokens.motp.prev");
    let (vault_before, prev_before) = (
        std::fs::read(env.vault()).unwrap(),
        std::fs::read(&prev).unwrap(),
    );
    for _ in 0..3 {
        env.ok(&["code", "alice"], "");
    }
    assert_eq!(
        std::fs::read(env.vault()).unwrap(),
        vault_before,
        "a look rewrote the vault"
    );
    assert_eq!(
        std::fs::read(&prev).unwrap(),
        prev_before,
        "a look moved .prev"
    );
    let show = env.json(&["show", "alice", "--json"], "");
    assert!(show["last_used"].is_string(), "{show}");
    // The previous copy still has bob, as `rm` promised.
    let names = env.json(&["list", "--json", "--vault", prev.to_str().unwrap()], "");
    assert!(names.to_string().contains("\"bob\""), "{names}");
}

#[test]
fn export_never_lands_on_the_vaults_own_files() {
    let env = Env::new();
    env.add("alice", "0123456789abcdef", None);
    env.add("bob", "0123456789abcdef", None);
    let prev = env.path("tokens.motp.prev");
    let before = std::fs::read(&prev).unwrap();
    for target in [
        "tokens.motp.prev",
        "tokens.motp.lock",
        "tokens.motp",
        "./tokens.motp.prev",
    ] {
        fails_with(
            env.motp()
                .arg("export")
                .arg(env.path(target))
                .args(["--format", "uris", "--force"])
                .output()
                .unwrap(),
            "is the vault or one of its own files",
        );
    }
    // Through a symbolic link too.
    let link = env.path("innocent.txt");
    std::os::unix::fs::symlink(&prev, &link).unwrap();
    fails_with(
        env.motp()
            .arg("export")
            .arg(&link)
            .args(["--format", "uris", "--force"])
            .output()
            .unwrap(),
        "is the vault or one of its own files",
    );
    assert_eq!(std::fs::read(&prev).unwrap(), before);
}

#[test]
fn the_fast_test_kdf_says_so_whenever_it_takes_effect() {
    let env = Env::new(); // init: asserted below on a second vault
    let out = env
        .motp()
        .arg("init")
        .arg("--vault")
        .arg(env.path("second.motp"))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(stderr(&out).contains(FAST_KDF_WARNING), "{}", stderr(&out));
    let out = env
        .motp()
        .arg("passwd")
        .env("MOTP_NEW_PASSWORD", "another")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains(FAST_KDF_WARNING), "{}", stderr(&out));
    let out = env
        .motp()
        .env("MOTP_PASSWORD", "another")
        .args(["export", "--format", "motp", "--export-password-file"])
        .arg(env.file("pw.txt", b"backup pw\n"))
        .arg(env.path("backup.motp"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains(FAST_KDF_WARNING), "{}", stderr(&out));
    // Where no new slot is made it says nothing.
    let out = env
        .motp()
        .env("MOTP_PASSWORD", "another")
        .args(["list"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!stderr(&out).contains("MOTP_INSECURE"), "{}", stderr(&out));
}

/// SIGKILL at random moments of cleartext exports (URI lists, QR SVGs, plain Aegis files, with
/// and without `--force`): afterwards the target is its old content, absent, or complete — and no
/// other file with the secrets exists, hidden or not.
#[test]
fn a_killed_cleartext_export_leaves_no_cleartext_behind() {
    let env = Env::new();
    let mut uris = String::new();
    for i in 0..40 {
        uris.push_str(&format!(
            "motp://Kill:user{i}?secret={:016x}\n",
            0x1234_5678_9abc_def0u64 + i
        ));
    }
    let list = env.file("list.txt", uris.as_bytes());
    env.ok(&["import", list.to_str().unwrap()], "");
    std::fs::remove_file(&list).unwrap();
    let formats: [&[&str]; 3] = [
        &["--format", "uris"],
        &["--format", "aegis", "--plain"],
        &["--format", "qr-svg", "--token", "user7"],
    ];
    // Each format's complete output, to compare with what a kill leaves (Aegis files carry a
    // random uuid per entry and QR SVGs are deterministic; compare Aegis by its secrets).
    let complete = |format: &[&str], path: &Path| -> bool {
        let text = std::fs::read_to_string(path).unwrap();
        match format[1] {
            "uris" => text.lines().count() == 40 && text.ends_with('\n'),
            "aegis" => {
                (0..40u64).all(|i| text.contains(&format!("{:016x}", 0x1234_5678_9abc_def0u64 + i)))
                    && text.trim_end().ends_with('}')
            }
            _ => text.trim_end().ends_with("</svg>"),
        }
    };
    let (kills, mut rng) = kill_loop::plan("export kill test", "MOTP_EXPORT_KILLS", 150);
    let target = env.path("out.txt");
    let (mut absent, mut whole, mut old) = (0, 0, 0);
    let exe = assert_cmd::cargo::cargo_bin("motp");
    // Kill within the time a whole export takes on this machine now (measured, so the kills
    // land before, during and after the write however loaded the machine is).
    let started = Instant::now();
    env.ok(
        &["export", target.to_str().unwrap(), "--format", "uris"],
        "",
    );
    let span_us = (started.elapsed().as_micros() as u64 * 6 / 5).max(1_000);
    for k in 0..kills {
        let format = formats[k % 3];
        let force = k % 2 == 1;
        let _ = std::fs::remove_file(&target);
        if force {
            std::fs::write(&target, "OLD").unwrap();
        }
        let mut child = std::process::Command::new(&exe)
            .env("MOTP_VAULT", env.vault())
            .env("MOTP_PASSWORD", "correct horse")
            .env("MOTP_INSECURE_FAST_KDF_FOR_TESTS", "1")
            .arg("export")
            .arg(&target)
            .args(format)
            .args(if force { &["--force"][..] } else { &[][..] })
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(rng.next_u64() % span_us));
        let _ = child.kill();
        child.wait().unwrap();
        let names = files(env.dir.path());
        let stray: Vec<&String> = names
            .iter()
            .filter(|n| !n.starts_with("tokens.motp") && n.as_str() != "out.txt")
            .collect();
        assert!(
            stray.is_empty(),
            "kill {k} ({format:?}, force {force}) left {stray:?}"
        );
        if !target.exists() {
            absent += 1;
        } else if std::fs::read(&target).unwrap() == b"OLD" {
            old += 1;
        } else {
            assert!(
                complete(format, &target),
                "kill {k}: a partial export is in place"
            );
            whole += 1;
        }
    }
    println!("export kill test: {absent} absent, {old} old, {whole} complete");
    // The kills must have landed both before and after the file appeared.
    assert!(
        whole > 0 && absent + old > 0,
        "{absent} absent, {old} old, {whole} complete"
    );
}

#[test]
fn a_temporary_left_by_a_dead_export_is_removed_by_the_next() {
    let env = Env::new();
    env.add("alice", "0123456789abcdef", None);
    // As the named-temporary path (file systems without O_TMPFILE) would leave it when killed:
    // its process is gone.
    let stale = env.file(
        ".out.txt.tmp-export-2147483646-0a0b0c0d0e0f",
        b"motp://x?secret=00",
    );
    let live = env.file(
        &format!(".out.txt.tmp-export-{}-0a0b0c0d0e0f", std::process::id()),
        b"in progress",
    );
    env.ok(
        &[
            "export",
            env.path("out.txt").to_str().unwrap(),
            "--format",
            "uris",
        ],
        "",
    );
    assert!(
        !stale.exists(),
        "the dead export's temporary is still there"
    );
    assert!(live.exists(), "a live process's temporary was removed");
}

/// Issue 23 §2: with a folder where `.prev` goes, the save cannot move the previous copy
/// forward; `rm` still removes the token but no longer promises that the previous copy has it,
/// and says why on standard error.
#[test]
fn rm_promises_the_previous_copy_only_when_it_was_written() {
    let env = Env::new();
    env.add("alice", "0123456789abcdef", None);
    env.add("bob", "fedcba9876543210", None);
    let prev = env.path("tokens.motp.prev");
    std::fs::remove_file(&prev).unwrap();
    std::fs::create_dir(&prev).unwrap();
    std::fs::write(prev.join("keep"), b"x").unwrap();
    let out = env.motp().args(["rm", "bob"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let said = cli_env::stdout(&out);
    assert_eq!(said, "removed bob\n");
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("motp: warning: the previous copy, ")
            && err.contains("tokens.motp.prev, could not be written (")
            && err.contains("so it may not have bob"),
        "{err}"
    );
    assert!(prev.is_dir());
    assert_eq!(env.names(), ["alice"]);
    // With the folder gone, the promise is back, and true.
    std::fs::remove_dir_all(&prev).unwrap();
    let out = env.ok(&["rm", "alice"], "");
    assert!(out.contains("still has it until the next change"), "{out}");
    let names = env.json(&["list", "--json", "--vault", prev.to_str().unwrap()], "");
    assert!(names.to_string().contains("\"alice\""), "{names}");
}

/// A bind mount of a folder at another path, unmounted on drop.
struct BindMount {
    at: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

impl BindMount {
    /// `None` (said on stderr) where mounting is not allowed; on CI (`CI` set, run as root) a
    /// failed mount fails the test.
    fn of(folder: &Path) -> Option<BindMount> {
        let dir = tempfile::tempdir().unwrap();
        let out = std::process::Command::new("mount")
            .arg("--bind")
            .arg(folder)
            .arg(dir.path())
            .output();
        match out {
            Ok(o) if o.status.success() => Some(BindMount {
                at: dir.path().to_path_buf(),
                _dir: dir,
            }),
            other => {
                let note = format!(
                    "cannot bind-mount here ({other:?}); the second-path rule is held by the \
                     hard-link cases of export_by_another_path_never_replaces_the_vaults_files"
                );
                assert!(
                    std::env::var_os("CI").is_none(),
                    "CI must be able to mount: {note}"
                );
                eprintln!("note: {note}");
                None
            }
        }
    }
}

impl Drop for BindMount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.at).status();
    }
}

/// Issue 23 §3: `export --force` through another path to the vault's own files — a hard link
/// to `.prev`, `.used` or `.lock`, or the same folder through a bind mount — is refused (files
/// compared by device and inode, folders too), and the files keep their bytes. Before, only the
/// vault file itself was compared by inode: `.prev` was replaced by cleartext secrets.
#[test]
fn export_by_another_path_never_replaces_the_vaults_files() {
    let env = Env::new();
    env.add("alice", "0123456789abcdef", Some("1234"));
    env.add("bob", "0123456789abcdef", None);
    env.ok(&["code", "alice"], ""); // writes tokens.motp.used
    let own = ["tokens.motp.prev", "tokens.motp.used", "tokens.motp.lock"];
    let before: Vec<Vec<u8>> = own
        .iter()
        .map(|n| std::fs::read(env.path(n)).unwrap())
        .collect();
    let export_to = |target: &Path| {
        env.motp()
            .arg("export")
            .arg(target)
            .args(["--format", "uris", "--force"])
            .output()
            .unwrap()
    };
    let elsewhere = tempfile::tempdir().unwrap();
    for name in own {
        let alias = elsewhere.path().join(format!("alias-of-{name}"));
        std::fs::hard_link(env.path(name), &alias).unwrap();
        fails_with(export_to(&alias), "is the vault or one of its own files");
    }
    if let Some(mount) = BindMount::of(env.dir.path()) {
        for name in own.iter().chain(&["tokens.motp"]) {
            fails_with(
                export_to(&mount.at.join(name)),
                "is the vault or one of its own files",
            );
        }
        // A save's temporary by that path is the vault's too.
        fails_with(
            export_to(&mount.at.join(".tokens.motp.tmp-1-abc")),
            "is the vault or one of its own files",
        );
        // Another name in the same folder is an ordinary export.
        env.ok(
            &[
                "export",
                mount.at.join("list.txt").to_str().unwrap(),
                "--format",
                "uris",
            ],
            "",
        );
        assert!(env.path("list.txt").is_file());
    }
    for (n, b) in own.iter().zip(&before) {
        assert_eq!(&std::fs::read(env.path(n)).unwrap(), b, "{n} changed");
    }
}

/// Issue 23 §9: `code` records "last used" under the vault's lock, which may wait up to 10 s
/// for another program's save; the code it prints must be computed after that wait. Here the
/// lock is held for longer than the wait (and longer than an mOTP step), so a code computed
/// before the wait would be a step old: its step started before the command did.
#[test]
fn code_is_computed_after_waiting_for_the_lock() {
    let env = Env::new();
    env.add("alice", "0123456789abcdef", Some("1234"));
    let lock = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(env.path("tokens.motp.lock"))
        .unwrap();
    rustix::fs::flock(&lock, rustix::fs::FlockOperation::LockExclusive).unwrap();
    let started_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let out = env
        .motp()
        .args(["code", "alice", "--json"])
        .output()
        .unwrap();
    drop(lock);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("could not record the use of this token: another program is saving"),
        "{}",
        stderr(&out)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let step_start_ms = v["step_start"].as_i64().unwrap() * 1000;
    // Computed at least 10 s after the start, so its 10 s step began after it.
    assert!(
        step_start_ms > started_ms,
        "a code of the step from {step_start_ms} ms, computed before the wait that began at \
         {started_ms} ms: {v}"
    );
}

/// Issue 23 §10: every file argument other than the vault refuses a special file at once, as
/// the vault does, instead of blocking on a named pipe with no writer (before: each of these
/// hung until the timeout). The timeout only catches a hang.
#[test]
fn every_file_argument_refuses_a_named_pipe_without_blocking() {
    let env = Env::new();
    let fifo = env.path("pipe");
    mkfifo(&fifo);
    let fifo_s = fifo.to_str().unwrap();
    let uris = env.file("list.txt", b"motp://ACME:alice?secret=0123456789abcdef\n");
    let uris_s = uris.to_str().unwrap();
    let new_vault = env.path("new.motp");
    let new_vault_s = new_vault.to_str().unwrap();
    let out_s = env.path("out.motp");
    let out_s = out_s.to_str().unwrap();
    let cases: [(&str, Vec<&str>); 8] = [
        ("password file", vec!["list", "--password-file", fifo_s]),
        (
            "password file",
            vec!["init", "--vault", new_vault_s, "--password-file", fifo_s],
        ),
        (
            "password file",
            vec!["passwd", "--new-password-file", fifo_s],
        ),
        (
            "import password file",
            vec!["import", uris_s, "--import-password-file", fifo_s],
        ),
        (
            "password file",
            vec![
                "export",
                out_s,
                "--format",
                "motp",
                "--export-password-file",
                fifo_s,
            ],
        ),
        ("file", vec!["import", fifo_s]),
        ("image", vec!["add", "bob", "--qr", fifo_s]),
        ("image", vec!["uri", "parse", "--qr", fifo_s]),
    ];
    for (noun, args) in cases {
        let mut cmd = env.motp();
        if args[0] == "list" || args[0] == "init" {
            cmd.env_remove("MOTP_PASSWORD");
        }
        let out = cmd
            .args(&args)
            .timeout(Duration::from_secs(20))
            .output()
            .unwrap();
        let err = fails_with(
            out,
            &format!("the {noun} {fifo_s} is a named pipe (FIFO), not a regular file"),
        );
        assert!(err.contains("nothing was done"), "{args:?}: {err}");
    }
    assert!(!new_vault.exists() && !env.path("out.motp").exists());
    // A device is refused the same way, without being opened.
    fails_with(
        env.motp()
            .args(["import", "/dev/zero"])
            .timeout(Duration::from_secs(20))
            .output()
            .unwrap(),
        "the file /dev/zero is a device, not a regular file",
    );
}

/// Whether process `pid` is asleep (state S): waiting for the vault's lock, the only wait of a
/// `passwd` whose password comes from the environment.
fn sleeping(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| s.rsplit(") ").next().and_then(|r| r.chars().next()))
        == Some('S')
}

/// Issue 23 §15: two `passwd` at once. Both open the vault while a third program holds the
/// lock, so both wait to save; then the lock is released. Before, the second re-applied its
/// change over the first's file, both said "password changed", and only one password worked.
/// Now the later one fails with a sentence and the earlier one's password is the vault's.
#[test]
fn of_two_passwd_at_once_the_later_fails_with_a_sentence() {
    let env = Env::new();
    env.add("alice", "0123456789abcdef", None);
    let lock = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(env.path("tokens.motp.lock"))
        .unwrap();
    rustix::fs::flock(&lock, rustix::fs::FlockOperation::LockExclusive).unwrap();
    let passwd = |new: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_motp"))
            .arg("passwd")
            .env("MOTP_VAULT", env.vault())
            .env("MOTP_PASSWORD", "correct horse")
            .env("MOTP_NEW_PASSWORD", new)
            .env("MOTP_INSECURE_FAST_KDF_FOR_TESTS", "1")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let children = [passwd("first new"), passwd("second new")];
    // Both waiting for the lock: asleep for 20 samples in a row (the deadline only catches a
    // hang; the lock itself waits 10 s).
    let deadline = Instant::now() + Duration::from_secs(8);
    let mut asleep = 0;
    while asleep < 20 {
        assert!(
            Instant::now() < deadline,
            "the two passwd never waited for the lock"
        );
        if children.iter().all(|c| sleeping(c.id())) {
            asleep += 1;
        } else {
            asleep = 0;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    drop(lock);
    let outs: Vec<_> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    let won: Vec<bool> = outs.iter().map(|o| o.status.success()).collect();
    assert_eq!(
        won.iter().filter(|w| **w).count(),
        1,
        "{:?}",
        outs.iter().map(stderr).collect::<Vec<_>>()
    );
    let (winner, loser) = if won[0] { (0, 1) } else { (1, 0) };
    assert_eq!(cli_env::stdout(&outs[winner]), "password changed\n");
    let err = stderr(&outs[loser]);
    let err = err
        .lines()
        .filter(|l| !l.contains(FAST_KDF_WARNING))
        .collect::<Vec<_>>();
    assert_eq!(
        err,
        [
            "motp: the vault's password was changed by another window or program while this \
          change was being made, so this new password was not set: open the vault with the \
          password set there, then change it again if you still want to"
        ]
    );
    assert!(outs[loser].stdout.is_empty());
    let [new_winner, new_loser] = [
        ["first new", "second new"][winner],
        ["first new", "second new"][loser],
    ];
    env.motp()
        .env("MOTP_PASSWORD", new_winner)
        .arg("list")
        .assert()
        .success();
    fails_with(
        env.motp()
            .env("MOTP_PASSWORD", new_loser)
            .arg("list")
            .output()
            .unwrap(),
        "wrong password",
    );
}
