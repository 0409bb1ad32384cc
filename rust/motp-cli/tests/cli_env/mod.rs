//! A vault in a temporary directory and `motp` run against it as a script would: the vault
//! password in MOTP_PASSWORD, the cheapest key derivation, secrets and PINs on standard input.
//! Shared by the integration tests of the later commands.

// Test support: a failed setup should stop loudly.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;

pub struct Env {
    pub dir: tempfile::TempDir,
    name: &'static str,
}

impl Env {
    /// A temporary folder with a fresh, empty vault `tokens.motp`.
    pub fn new() -> Env {
        Env::named("tokens.motp")
    }

    /// Another vault in its own temporary folder.
    pub fn named(name: &'static str) -> Env {
        let env = Env {
            dir: tempfile::tempdir().expect("a temporary directory"),
            name,
        };
        let out = env.motp().arg("init").output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        env
    }

    pub fn vault(&self) -> PathBuf {
        self.dir.path().join(self.name)
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file in the temporary folder (a password file, a URI list…), readable only by
    /// its owner: motp refuses password files that other users can read.
    pub fn file(&self, name: &str, content: &[u8]) -> PathBuf {
        let p = self.path(name);
        private_file(&p, content);
        p
    }

    /// `motp` with this vault, its password in MOTP_PASSWORD and the cheapest KDF.
    pub fn motp(&self) -> Command {
        let mut c = Command::cargo_bin("motp").expect("the motp binary is built");
        c.env("MOTP_VAULT", self.vault())
            .env("MOTP_PASSWORD", "correct horse")
            .env("MOTP_INSECURE_FAST_KDF_FOR_TESTS", "1")
            .env_remove("MOTP_NEW_PASSWORD")
            .env_remove("NO_COLOR");
        c
    }

    /// Runs `motp ARGS` with `stdin`, expecting success; returns stdout.
    pub fn ok(&self, args: &[&str], stdin: &str) -> String {
        let out = self.motp().args(args).write_stdin(stdin).output().unwrap();
        assert!(
            out.status.success(),
            "motp {args:?} failed: {}",
            stderr(&out)
        );
        stdout(&out)
    }

    /// Runs `motp ARGS --json` style commands, expecting success; returns the JSON.
    pub fn json(&self, args: &[&str], stdin: &str) -> Value {
        serde_json::from_str(&self.ok(args, stdin)).expect("stdout is JSON")
    }

    /// Adds `name` with `secret`; `pin` remembered if given.
    pub fn add(&self, name: &str, secret: &str, pin: Option<&str>) {
        match pin {
            Some(p) => self.ok(
                &["add", name, "--remember-pin"],
                &format!("{secret}\n{p}\n"),
            ),
            None => self.ok(&["add", name], &format!("{secret}\n")),
        };
    }

    /// The code of `name` at unix time `at` (PIN on stdin if the token asks).
    pub fn code(&self, name: &str, at: &str, pin: &str) -> String {
        self.ok(&["code", name, "--at", at], &format!("{pin}\n"))
            .trim()
            .to_owned()
    }

    /// The token names in the vault.
    pub fn names(&self) -> Vec<String> {
        self.json(&["list", "--json"], "")
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["name"].as_str().unwrap().to_owned())
            .collect()
    }
}

/// Writes `content` to a new file of mode 0600.
pub fn private_file(path: &Path, content: &[u8]) {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .and_then(|mut f| f.write_all(content))
        .expect("write a test file");
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("UTF-8 output")
}

/// Exit 2, exactly one stderr line containing `needle`, nothing on stdout.
pub fn fails_with(out: Output, needle: &str) -> String {
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(needle), "wanted {needle:?} in: {err}");
    assert!(out.stdout.is_empty(), "{}", stdout(&out));
    err
}

/// A shared fixture's path (../shared/fixtures; see its PROVENANCE.md). Missing: the test fails.
pub fn shared(name: &str) -> PathBuf {
    let path = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/fixtures/"
    ))
    .join(name);
    assert!(
        path.is_file(),
        "shared fixture {} is missing: the tests need ../shared beside the checkout",
        path.display()
    );
    path
}
