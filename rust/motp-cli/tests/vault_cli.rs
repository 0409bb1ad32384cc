//! The desktop token commands, run as a user or a script would: a real vault file in a temporary
//! directory, passwords from the environment or a file, secrets and PINs on standard input.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("a temporary directory"),
        }
    }

    fn vault(&self) -> PathBuf {
        self.dir.path().join("tokens.motp")
    }

    /// `motp` with this vault, its password in MOTP_PASSWORD and the cheapest KDF.
    fn motp(&self) -> Command {
        let mut c = Command::cargo_bin("motp").expect("the motp binary is built");
        c.env("MOTP_VAULT", self.vault())
            .env("MOTP_PASSWORD", "correct horse")
            .env("MOTP_INSECURE_FAST_KDF_FOR_TESTS", "1")
            .env_remove("MOTP_NEW_PASSWORD");
        c
    }

    fn init(&self) -> &Env {
        self.motp().arg("init").assert().success();
        self
    }
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("UTF-8 output")
}

/// Fails with exit 2 and exactly one stderr line containing `needle`, nothing on stdout.
fn fails_with(out: std::process::Output, needle: &str) {
    fails_with_text(out, needle);
}

/// [`fails_with`], returning the stderr line.
fn fails_with_text(out: std::process::Output, needle: &str) -> String {
    assert_eq!(out.status.code(), Some(2), "stderr: {}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(needle), "{err}");
    assert!(out.stdout.is_empty(), "{}", stdout(&out));
    err
}

/// privacyIDEA's vector: secret 0123456789abcdef, PIN 6666, counter 129612120 → 6ed4e4.
const AT: &str = "1296121200";

#[test]
fn init_add_list_code_show_rm() {
    let env = Env::new();
    let out = env.motp().arg("init").output().unwrap();
    assert!(out.status.success());
    assert!(stdout(&out).contains("created an empty vault"));
    assert!(env.vault().exists());
    fails_with(env.motp().arg("init").output().unwrap(), "already exists");

    let out = env
        .motp()
        .args(["add", "ACME:alice", "--note", "office"])
        .write_stdin("0123456789abcdef\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("added ACME:alice (id "),
        "{}",
        stdout(&out)
    );
    env.motp()
        .args(["add", "bob", "--remember-pin", "--tolerance", "180"])
        .write_stdin("fedcba9876543210\n4711\n")
        .assert()
        .success();

    let out = env.motp().arg("list").output().unwrap();
    let text = stdout(&out);
    assert!(
        text.contains("ACME:alice") && text.contains("bob"),
        "{text}"
    );
    assert!(
        text.contains("remembered") && !text.contains("0123456789abcdef"),
        "{text}"
    );
    let out = env.motp().args(["list", "--json"]).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["name"], "ACME:alice");
    assert_eq!(v[1]["pin_policy"], "remember");

    // The code: PIN on stdin; piped, it is printed as typed (no spaces); by a unique prefix
    // of the name too.
    env.motp()
        .args(["code", "alice", "--at", AT])
        .write_stdin("6666\n")
        .assert()
        .success()
        .stdout("6ed4e4\n");
    let out = env
        .motp()
        .args(["code", "acme:al", "--at", AT, "--json"])
        .write_stdin("6666\n")
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["code"], "6ed4e4");
    assert_eq!(v["name"], "ACME:alice");
    assert_eq!(v["seconds_left"], 10);
    assert_eq!(v["typo_guard"], "not_set");
    // A remembered PIN needs no input.
    let out = env
        .motp()
        .args(["code", "bob", "--at", AT])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim().len(),
        6,
        "piped: the code as typed, no space"
    );

    let out = env.motp().args(["show", "alice"]).output().unwrap();
    let text = stdout(&out);
    assert!(
        text.contains("account:    alice") && text.contains("hidden"),
        "{text}"
    );
    assert!(!text.contains("0123456789abcdef"), "{text}");
    let out = env
        .motp()
        .args(["show", "alice", "--reveal"])
        .output()
        .unwrap();
    assert!(stdout(&out).contains("0123 4567 89ab cdef"));
    let out = env
        .motp()
        .args(["show", "bob", "--json", "--reveal"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["secret"], "fedcba9876543210");
    assert_eq!(v["tolerance_seconds"], 180);

    env.motp().args(["rm", "bob"]).assert().success();
    fails_with(
        env.motp().args(["show", "bob"]).output().unwrap(),
        "no token matches \"bob\"",
    );
}

#[test]
fn generate_uri_and_typo_guard() {
    let env = Env::new();
    env.init();
    let out = env
        .motp()
        .args(["add", "Router:carol", "--generate", "--length", "32"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let secret = text
        .lines()
        .find_map(|l| l.strip_prefix("secret: "))
        .expect("the generated secret is printed once");
    assert_eq!(secret.len(), 32);
    assert!(
        secret
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    );
    let out = env
        .motp()
        .args(["show", "carol", "--json", "--reveal"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["secret"], secret);

    env.motp()
        .args(["add", "--uri"])
        .write_stdin("motp://privacyidea:dave?secret=0123456789abcdef\n")
        .assert()
        .success();
    env.motp()
        .args(["add", "erin", "--typo-guard"])
        .write_stdin("0123456789abcdef\n1234\n")
        .assert()
        .success();
    // The right PIN passes quietly; a typo is flagged on stderr, the code still printed.
    let out = env
        .motp()
        .args(["code", "erin", "--at", AT, "--json"])
        .write_stdin("1234\n")
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["typo_guard"], "ok");
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    let flagged = ["1243", "1235", "2234", "0000", "9999", "4321", "1111"]
        .iter()
        .filter(|pin| {
            let out = env
                .motp()
                .args(["code", "erin", "--at", AT])
                .write_stdin(format!("{pin}\n"))
                .output()
                .unwrap();
            assert!(out.status.success());
            stderr(&out).contains("typo guard")
        })
        .count();
    // 15 in 16 typos are caught; 7 typos all passing would be a 1-in-16^7 fluke.
    assert!(flagged >= 1);
    let out = env
        .motp()
        .args(["show", "privacyidea:dave"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn refusals_are_one_line_exit_2() {
    let env = Env::new();
    fails_with(
        env.motp().arg("list").output().unwrap(),
        "there is no vault at",
    );
    env.init();
    env.motp()
        .args(["add", "ACME:alice"])
        .write_stdin("0123456789abcdef\n")
        .assert()
        .success();
    env.motp()
        .args(["add", "Other:alice"])
        .write_stdin("1111111111111111\n")
        .assert()
        .success();
    fails_with(
        env.motp()
            .args(["code", "alice"])
            .write_stdin("1234\n")
            .output()
            .unwrap(),
        "matches several tokens (ACME:alice, Other:alice)",
    );
    fails_with(
        env.motp()
            .env("MOTP_PASSWORD", "wrong")
            .arg("list")
            .output()
            .unwrap(),
        "wrong password",
    );
    fails_with(
        env.motp()
            .args(["add", "x"])
            .write_stdin("\n")
            .output()
            .unwrap(),
        "the secret is empty",
    );
    fails_with(
        env.motp().arg("add").output().unwrap(),
        "give the token a name",
    );
    fails_with(
        env.motp()
            .args(["add", "x", "--generate", "--length", "20"])
            .output()
            .unwrap(),
        "16 or 32",
    );
    fails_with(
        env.motp()
            .args(["add", "y", "--remember-pin"])
            .write_stdin("0123456789abcdef\n12\n")
            .output()
            .unwrap(),
        "PIN is too short",
    );
    fails_with(
        env.motp().args(["code", "ACME:alice"]).output().unwrap(),
        "expected the PIN for ACME:alice on a line of standard input",
    );
    fails_with(
        env.motp()
            .env_remove("MOTP_PASSWORD")
            .arg("list")
            .output()
            .unwrap(),
        "use --password-file FILE or MOTP_PASSWORD",
    );
    // The vault is as it was: two tokens.
    let out = env.motp().args(["list", "--json"]).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
}

/// A password file: readable by its owner only (motp refuses others, like ssh).
fn write(path: &Path, text: &str) {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .expect("write a test file");
}

#[test]
fn password_file_and_passwd() {
    let env = Env::new();
    let pwfile = env.dir.path().join("pw");
    write(&pwfile, "from a file\n");
    let other = env.dir.path().join("elsewhere.motp");
    env.motp()
        .env_remove("MOTP_PASSWORD")
        .args(["init", "--vault"])
        .arg(&other)
        .arg("--password-file")
        .arg(&pwfile)
        .assert()
        .success();
    assert!(other.exists() && !env.vault().exists());
    env.motp()
        .env_remove("MOTP_PASSWORD")
        .arg("list")
        .arg("--vault")
        .arg(&other)
        .arg("--password-file")
        .arg(&pwfile)
        .assert()
        .success();

    env.init();
    let newfile = env.dir.path().join("new");
    write(&newfile, "new secret words\n");
    env.motp()
        .arg("passwd")
        .arg("--new-password-file")
        .arg(&newfile)
        .assert()
        .success();
    fails_with(env.motp().arg("list").output().unwrap(), "wrong password");
    env.motp()
        .env("MOTP_PASSWORD", "new secret words")
        .arg("list")
        .assert()
        .success();
    write(&pwfile, "\n");
    fails_with(
        env.motp()
            .arg("list")
            .arg("--password-file")
            .arg(&pwfile)
            .output()
            .unwrap(),
        "empty first line",
    );

    // Like ssh with a private key: a password file others may read or change is refused, for
    // every password option, before anything is done.
    use std::os::unix::fs::PermissionsExt;
    write(&pwfile, "new secret words\n");
    for mode in [0o640, 0o604, 0o620, 0o644] {
        std::fs::set_permissions(&pwfile, std::fs::Permissions::from_mode(mode)).unwrap();
        let err = fails_with_text(
            env.motp()
                .env_remove("MOTP_PASSWORD")
                .arg("list")
                .arg("--password-file")
                .arg(&pwfile)
                .output()
                .unwrap(),
            "can be read or changed by other users",
        );
        assert!(
            err.contains(&format!("mode {mode:04o}")) && err.contains("chmod 600"),
            "{err}"
        );
    }
    fails_with(
        env.motp()
            .env("MOTP_PASSWORD", "new secret words")
            .arg("passwd")
            .arg("--new-password-file")
            .arg(&pwfile)
            .output()
            .unwrap(),
        "chmod 600",
    );
    std::fs::set_permissions(&pwfile, std::fs::Permissions::from_mode(0o400)).unwrap();
    env.motp()
        .env_remove("MOTP_PASSWORD")
        .arg("list")
        .arg("--password-file")
        .arg(&pwfile)
        .assert()
        .success();
    // A first line longer than any password (a wrong file named) is refused, not read whole.
    let huge = env.dir.path().join("huge");
    write(&huge, &"x".repeat(1 << 20));
    fails_with(
        env.motp()
            .arg("list")
            .arg("--password-file")
            .arg(&huge)
            .output()
            .unwrap(),
        "longer than 8192 bytes",
    );
}

#[test]
fn secrets_never_appear_in_list_or_errors() {
    let env = Env::new();
    env.init();
    env.motp()
        .args(["add", "alice", "--remember-pin"])
        .write_stdin("5ecret5ecret5ecr\n987654\n")
        .assert()
        .success();
    for args in [
        vec!["list"],
        vec!["list", "--json"],
        vec!["show", "alice"],
        vec!["show", "alice", "--json"],
    ] {
        let out = env.motp().args(&args).output().unwrap();
        let all = format!("{}{}", stdout(&out), stderr(&out));
        assert!(
            !all.contains("5ecret") && !all.contains("987654"),
            "{args:?}: {all}"
        );
    }
    let raw = std::fs::read_to_string(env.vault()).unwrap();
    assert!(!raw.contains("5ecret") && !raw.contains("alice"));
}

#[test]
fn the_whole_name_wins_over_a_prefix_and_an_account() {
    let env = Env::new();
    env.init();
    for (name, secret) in [
        ("ACME:alice", "0123456789abcdef"),
        ("alice", "fedcba9876543210"),
    ] {
        env.motp()
            .args(["add", name, "--remember-pin"])
            .write_stdin(format!("{secret}\n6666\n"))
            .assert()
            .success();
    }
    let show = |name: &str| -> Value {
        let out = env.motp().args(["show", name, "--json"]).output().unwrap();
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    assert_eq!(show("alice")["name"], "alice");
    assert_eq!(show("ACME:alice")["name"], "ACME:alice");
    // A prefix of both is still ambiguous, with the candidates listed.
    fails_with(
        env.motp().args(["show", "ali"]).output().unwrap(),
        "ACME:alice",
    );

    // list: the header lines up with short names (NAME is wider than "alice").
    let out = env.motp().arg("list").output().unwrap();
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    let pin_column = lines[0].find("PIN").unwrap();
    for line in &lines[1..] {
        assert_eq!(line.find("remembered"), Some(pin_column), "{text}");
    }
    let env = Env::new();
    env.init();
    env.motp()
        .args(["add", "bo", "--remember-pin"])
        .write_stdin("0123456789abcdef\n6666\n")
        .assert()
        .success();
    let text = stdout(&env.motp().arg("list").output().unwrap());
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[1].find("remembered"), lines[0].find("PIN"), "{text}");
}

/// Issue 23 §5: one password rule for every source (docs/cli.md, "Passwords"): trailing CR/LF
/// are no part of a password, and it is at most 8192 bytes of UTF-8. A new password the rule
/// would change is refused with a sentence (before, `MOTP_PASSWORD=$'secret\n'` and a
/// 9,000-byte password made vaults no prompt or file could open); the environment is read under
/// the rule, like files and prompts; a non-UTF-8 value has its own message.
#[test]
fn one_password_rule_for_every_source() {
    use std::os::unix::ffi::OsStrExt;
    let env = Env::new();
    let long = "x".repeat(9000);
    for raw in ["secret\n", "secret\r\n", long.as_str()] {
        let err = fails_with_text(
            env.motp()
                .env("MOTP_PASSWORD", raw)
                .arg("init")
                .output()
                .unwrap(),
            "MOTP_PASSWORD cannot be a new password: ",
        );
        assert!(
            err.contains("line break (CR or LF)") || err.contains("9000 bytes long"),
            "{err}"
        );
        assert!(err.contains("nothing was done"), "{err}");
        assert!(!env.vault().exists());
    }
    env.motp()
        .env("MOTP_PASSWORD", "secret")
        .arg("init")
        .assert()
        .success();
    // The same password from every source opens it.
    let pwfile = env.dir.path().join("pw");
    write(&pwfile, "secret\r\n");
    env.motp()
        .env_remove("MOTP_PASSWORD")
        .args(["list", "--password-file"])
        .arg(&pwfile)
        .assert()
        .success();
    for raw in ["secret\n", "secret\r\n"] {
        let out = env
            .motp()
            .env("MOTP_PASSWORD", raw)
            .arg("list")
            .output()
            .unwrap();
        assert!(out.status.success(), "{raw:?}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{raw:?}");
    }
    // passwd holds MOTP_NEW_PASSWORD to the rule too; the vault keeps its password.
    fails_with(
        env.motp()
            .env("MOTP_PASSWORD", "secret")
            .env("MOTP_NEW_PASSWORD", "new\n")
            .arg("passwd")
            .output()
            .unwrap(),
        "MOTP_NEW_PASSWORD cannot be a new password: it ends with a line break",
    );
    // Not UTF-8: its own message, never a prompt or "wrong password".
    let err = fails_with_text(
        env.motp()
            .env("MOTP_PASSWORD", std::ffi::OsStr::from_bytes(b"secr\xffet"))
            .arg("list")
            .output()
            .unwrap(),
        "MOTP_PASSWORD is not UTF-8 text",
    );
    assert!(!err.contains("wrong password"), "{err}");
    env.motp()
        .env("MOTP_PASSWORD", "secret")
        .arg("list")
        .assert()
        .success();

    // A vault made before the rule, with the line break in its password, still opens from the
    // environment as given, with a warning to change it.
    let legacy = env.dir.path().join("legacy.motp");
    motp_core::vault::Vault::create(
        &legacy,
        &motp_core::vault::Password::new("old\n").unwrap(),
        motp_core::vault::KdfParams::INSECURE_FAST_FOR_TESTS,
    )
    .unwrap();
    let out = env
        .motp()
        .env("MOTP_PASSWORD", "old\n")
        .args(["list", "--vault"])
        .arg(&legacy)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("this vault's password is MOTP_PASSWORD exactly as set"),
        "{}",
        stderr(&out)
    );
}
