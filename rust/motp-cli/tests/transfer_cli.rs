#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! `motp import`, `motp export` and the QR commands (`add --qr`, `show --qr`), run as a user or
//! a script would: real files in temporary folders, other apps' real backups from
//! ../shared/fixtures, and round trips through every format.

mod cli_env;

use cli_env::{Env, fails_with, shared, stderr, stdout};
use serde_json::Value;
use std::path::PathBuf;

/// Stratum's Aegis vault (password `test`) holds one mOTP entry, "Motp:Motp", among ten
/// TOTP/HOTP/Steam/Yandex ones (8 of which we import: a 9-digit TOTP and Yandex are
/// skipped); with PIN 1234 its mOTP code at 1700000000 is d43efd
/// (../shared/fixtures/PROVENANCE.md). Its Steam entry's secret is 29 `C`s, whose Steam Guard
/// code at 1700000000 is JWNC5 (computed with Python's `hmac` by Steam's algorithm).
const STRATUM_AEGIS: &str = "stratum__aegis.encrypted.json";
const STRATUM_AT: &str = "1700000000";

/// privacyIDEA's vector: secret 0123456789abcdef, PIN 6666, at 1296121200 → 6ed4e4.
const PI_SECRET: &str = "0123456789abcdef";
const PI_AT: &str = "1296121200";

#[test]
fn imports_an_encrypted_aegis_backup_and_reports_every_entry() {
    let env = Env::new();
    let pw = env.file("aegis-pw", b"test\n");
    let file = shared(STRATUM_AEGIS);
    let file = file.to_str().unwrap();
    let pw = pw.to_str().unwrap();

    let text = env.ok(&["import", file, "--import-password-file", pw], "");
    assert!(text.contains("imported   Motp:Motp"), "{text}");
    assert!(text.contains("imported   Standard:Hotp"), "{text}");
    assert!(text.contains("imported   Steam:Steam"), "{text}");
    assert!(text.contains("9 digits is not supported"), "{text}");
    assert!(
        text.contains("Aegis (encrypted): 9 imported, 0 duplicates, 2 skipped (of 11 entries)"),
        "{text}"
    );
    // The PIN the file stores was dropped, and the user is told so.
    assert!(
        text.contains("1 PIN stored in the file was not kept"),
        "{text}"
    );
    assert_eq!(env.code("Motp:Motp", STRATUM_AT, "1234"), "d43efd");
    // A Steam code needs no PIN: nothing is asked, and stdin is not read.
    assert_eq!(
        env.ok(&["code", "Steam:Steam", "--at", STRATUM_AT], "")
            .trim(),
        "JWNC5"
    );

    // The same file again: a duplicate, with the reason; the vault is unchanged.
    let v = env.json(
        &["import", file, "--import-password-file", pw, "--json"],
        "",
    );
    assert_eq!(v["format"], "aegis");
    assert_eq!(v["encrypted"], true);
    assert_eq!(
        (&v["imported"], &v["duplicates"], &v["skipped"]),
        (&Value::from(0), &Value::from(9), &Value::from(2))
    );
    assert_eq!(v["entries_total"], 11);
    let dup = v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["outcome"] == "duplicate" && e["name"] == "Motp:Motp")
        .unwrap();
    assert_eq!(dup["name"], "Motp:Motp");
    assert!(
        dup["reason"]
            .as_str()
            .unwrap()
            .contains("same secret, issuer and account"),
        "{dup}"
    );
    assert_eq!(env.names().len(), 9);
    assert!(env.names().contains(&"Motp:Motp".to_owned()));
}

#[test]
fn keep_pins_keeps_the_stored_pin() {
    let env = Env::new();
    let pw = env.file("aegis-pw", b"test\n");
    let v = env.json(
        &[
            "import",
            shared(STRATUM_AEGIS).to_str().unwrap(),
            "--format",
            "aegis",
            "--keep-pins",
            "--import-password-file",
            pw.to_str().unwrap(),
            "--json",
        ],
        "",
    );
    assert_eq!(
        (&v["pins_kept"], &v["pins_dropped"]),
        (&1.into(), &0.into())
    );
    let imported = v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["outcome"] == "imported" && e["name"] == "Motp:Motp")
        .unwrap();
    assert_eq!(imported["pin"], "kept");
    assert_eq!(imported["secret_warnings"][0], "unusual_length");
    // No PIN needed on standard input now.
    assert_eq!(env.code("Motp:Motp", STRATUM_AT, ""), "d43efd");
}

#[test]
fn import_refusals_are_one_line_and_change_nothing() {
    let env = Env::new();
    let aegis = shared(STRATUM_AEGIS);
    // Encrypted, no password file, no terminal: says where the password goes.
    fails_with(
        env.motp().arg("import").arg(&aegis).output().unwrap(),
        "this Aegis backup is encrypted: give its password (no terminal to ask on): use \
         --import-password-file FILE",
    );
    let wrong = env.file("wrong", b"nope\n");
    fails_with(
        env.motp()
            .arg("import")
            .arg(&aegis)
            .arg("--import-password-file")
            .arg(&wrong)
            .output()
            .unwrap(),
        "wrong password for this Aegis backup",
    );
    fails_with(
        env.motp()
            .args(["import", "x", "--format", "keepass"])
            .output()
            .unwrap(),
        "unknown format \"keepass\": use motp, aegis, authenticator-pro, andotp, uris, google-authenticator, 2fas, bitwarden, freeotp-plus, proton-authenticator or steam",
    );
    fails_with(
        env.motp()
            .arg("import")
            .arg(env.path("missing.json"))
            .output()
            .unwrap(),
        "cannot read the file",
    );
    let junk = env.file("junk.bin", &[0xde, 0xad, 0xbe, 0xef, 0, 1, 2, 3]);
    fails_with(
        env.motp().arg("import").arg(&junk).output().unwrap(),
        "cannot import this file",
    );
    // A format that contradicts the file names what the file is.
    fails_with(
        env.motp()
            .arg("import")
            .arg(shared("stratum__andotp.unencrypted.json"))
            .args(["--format", "aegis"])
            .output()
            .unwrap(),
        "andOTP",
    );
    assert!(env.names().is_empty());
}

#[test]
fn uri_lists_report_lines_that_are_not_motp() {
    let env = Env::new();
    let list = env.file(
        "tokens.txt",
        b"# exported by hand\n\
          motp://ACME:alice?secret=0123456789abcdef\n\
          otpauth://totp/x?secret=JBSWY3DPEHPK3PXP\n\
          otpauth://yaotp/y?secret=JBSWY3DPEHPK3PXQ\n\
          motp://bob?secret=fedcba9876543210&pin=4711\n",
    );
    let out = env
        .motp()
        .arg("import")
        .arg(&list)
        .arg("--json")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["format"], "uris");
    assert_eq!(v["imported"], 3);
    assert_eq!(v["skipped"], 1);
    assert_eq!(v["pins_dropped"], 1, "bob's pin= was not kept");
    let skipped = &v["entries"][2];
    assert_eq!(skipped["name"], "line 4");
    assert!(skipped["reason"].as_str().unwrap().contains("Yandex"));
    // The secret of the skipped line is never echoed.
    assert!(!stdout(&out).contains("JBSWY3DPEHPK3PXQ"));
    assert_eq!(env.code("ACME:alice", PI_AT, "6666"), "6ed4e4");
}

/// A vault with a token that remembers its PIN and one that asks.
fn two_tokens() -> Env {
    let env = Env::new();
    env.add("ACME:alice", PI_SECRET, Some("6666"));
    env.add("bob", "fedcba9876543210", None);
    env
}

#[test]
fn export_and_import_back_in_every_format() {
    let env = two_tokens();
    let bob_code = env.code("bob", PI_AT, "4711");
    let pw = env.file("backup-pw", b"backup words\n");
    let pw = pw.to_str().unwrap();

    // Our own backup: both tokens, with the remembered PIN kept on request.
    let backup = env.path("backup.motp");
    let text = env.ok(
        &[
            "export",
            backup.to_str().unwrap(),
            "--format",
            "motp",
            "--export-password-file",
            pw,
        ],
        "",
    );
    assert!(
        text.contains("exported 2 tokens to") && text.contains("(motp, encrypted)"),
        "{text}"
    );
    let other = Env::named("other.motp");
    let v = other.json(
        &[
            "import",
            backup.to_str().unwrap(),
            "--import-password-file",
            pw,
            "--keep-pins",
            "--json",
        ],
        "",
    );
    assert_eq!(v["format"], "motp");
    assert_eq!(v["imported"], 2);
    assert_eq!(other.code("ACME:alice", PI_AT, ""), "6ed4e4");
    assert_eq!(other.code("bob", PI_AT, "4711"), bob_code);

    // Aegis, encrypted: only alice (Aegis needs the PIN stored); bob is reported.
    let aegis = env.path("aegis.json");
    let out = env
        .motp()
        .arg("export")
        .arg(&aegis)
        .args(["--format", "aegis", "--export-password-file", pw, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stderr.is_empty(), "encrypted: no warning");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((&v["count"], &v["encrypted"]), (&1.into(), &true.into()));
    assert_eq!(v["skipped"][0]["name"], "bob");
    let third = Env::named("third.motp");
    third.ok(
        &[
            "import",
            aegis.to_str().unwrap(),
            "--import-password-file",
            pw,
            "--keep-pins",
        ],
        "",
    );
    assert_eq!(third.code("ACME:alice", PI_AT, ""), "6ed4e4");

    // Aegis, plain: a warning that it is unencrypted.
    let plain = env.path("plain.json");
    let out = env
        .motp()
        .arg("export")
        .arg(&plain)
        .args(["--format", "aegis", "--plain"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("is not encrypted and holds the secrets"));

    // A URI list: both tokens, no PIN, mode 0600, a warning; imports back.
    let uris = env.path("tokens.txt");
    let out = env
        .motp()
        .arg("export")
        .arg(&uris)
        .args(["--format", "uris"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("is not encrypted"),
        "{}",
        stderr(&out)
    );
    let content = std::fs::read_to_string(&uris).unwrap();
    assert_eq!(
        content,
        "motp://ACME:alice?secret=0123456789abcdef\nmotp://bob?secret=fedcba9876543210\n"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for f in [&backup, &aegis, &plain, &uris] {
            let mode = std::fs::metadata(f).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{}", f.display());
        }
    }
    let fourth = Env::named("fourth.motp");
    let v = fourth.json(&["import", uris.to_str().unwrap(), "--json"], "");
    assert_eq!(v["imported"], 2);
    assert_eq!(fourth.code("ACME:alice", PI_AT, "6666"), "6ed4e4");
}

#[test]
fn export_refuses_to_overwrite_and_nonsense_options() {
    let env = two_tokens();
    let existing = env.file("taken.txt", b"keep me\n");
    fails_with(
        env.motp()
            .arg("export")
            .arg(&existing)
            .args(["--format", "uris"])
            .output()
            .unwrap(),
        "already exists: choose another file name, or add --force",
    );
    assert_eq!(std::fs::read(&existing).unwrap(), b"keep me\n");
    env.motp()
        .arg("export")
        .arg(&existing)
        .args(["--format", "uris", "--force"])
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&existing)
            .unwrap()
            .starts_with("motp://")
    );

    let out = env.path("out");
    let run = |args: &[&str]| {
        env.motp()
            .arg("export")
            .arg(&out)
            .args(args)
            .output()
            .unwrap()
    };
    fails_with(run(&["--format", "qr-png"]), "name it with --token NAME");
    fails_with(
        run(&["--format", "uris", "--token", "bob"]),
        "--token is only for",
    );
    fails_with(
        run(&["--format", "motp", "--plain"]),
        "--plain is only for --format aegis",
    );
    let pw = env.file("pw", b"x\n");
    fails_with(
        env.motp()
            .arg("export")
            .arg(&out)
            .args(["--format", "uris", "--export-password-file"])
            .arg(&pw)
            .output()
            .unwrap(),
        "--export-password-file is only for",
    );
    fails_with(run(&["--format", "csv"]), "unknown format \"csv\"");
    // Our backup without a password file and without a terminal.
    fails_with(
        run(&["--format", "motp"]),
        "cannot ask for the export password (no terminal)",
    );
    // Never over the vault itself, even with --force.
    fails_with(
        env.motp()
            .arg("export")
            .arg(env.vault())
            .args(["--format", "uris", "--force"])
            .output()
            .unwrap(),
        "is the vault or one of its own files",
    );
    // A folder that does not exist: one line, nothing written.
    fails_with(
        env.motp()
            .arg("export")
            .arg(env.path("no/such/folder/out.txt"))
            .args(["--format", "uris"])
            .output()
            .unwrap(),
        "nothing was written",
    );
    // An Aegis file no token fits (bob has no stored PIN) is not written.
    let lone = Env::new();
    lone.add("bob", "fedcba9876543210", None);
    fails_with(
        lone.motp()
            .arg("export")
            .arg(lone.path("a.json"))
            .args(["--format", "aegis", "--plain"])
            .output()
            .unwrap(),
        "no token can be exported as aegis: bob: no PIN is stored with it",
    );
    assert!(!lone.path("a.json").exists());
    assert!(!out.exists());
    assert_eq!(env.names(), ["ACME:alice", "bob"]);
}

#[test]
fn qr_export_then_add_from_the_picture_gives_the_same_codes() {
    let env = two_tokens();
    let png = env.path("alice.png");
    let out = env
        .motp()
        .arg("export")
        .arg(&png)
        .args(["--format", "qr-png", "--token", "alice", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("holds the secret"),
        "{}",
        stderr(&out)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["token"], "ACME:alice");
    assert_eq!(v["format"], "qr-png");
    let svg = env.path("bob.svg");
    env.motp()
        .arg("export")
        .arg(&svg)
        .args(["--format", "qr-svg", "--token", "bob"])
        .assert()
        .success();
    assert!(std::fs::read_to_string(&svg).unwrap().contains("<svg"));

    // Another vault adds the token from the picture: its label names it, and the PIN (not in
    // the code) is typed.
    let other = Env::named("other.motp");
    let text = other.ok(
        &["add", "--qr", png.to_str().unwrap(), "--remember-pin"],
        "6666\n",
    );
    assert!(text.starts_with("added ACME:alice"), "{text}");
    assert_eq!(other.code("ACME:alice", PI_AT, ""), "6ed4e4");
    assert_eq!(
        other.code("ACME:alice", "1700000000", ""),
        env.code("ACME:alice", "1700000000", "")
    );
    // A name given on the command line wins over the label.
    other.ok(&["add", "Home:al", "--qr", png.to_str().unwrap()], "");
    assert_eq!(other.code("Home:al", PI_AT, "6666"), "6ed4e4");
}

#[test]
fn add_qr_refuses_pictures_without_a_token() {
    let env = Env::new();
    let write = |name: &str, text: &str| {
        let png = motp_core::qr::encode_text(text).unwrap().to_png(4).unwrap();
        env.file(name, &png)
    };
    let yandex = write("yandex.png", "otpauth://yaotp/x?secret=JBSWY3DPEHPK3PXP");
    let err = fails_with(
        env.motp()
            .arg("add")
            .arg("--qr")
            .arg(&yandex)
            .output()
            .unwrap(),
        "yandex.png",
    );
    assert!(err.contains("Yandex"), "{err}");
    let text = env.file("notes.png", b"not an image");
    fails_with(
        env.motp()
            .arg("add")
            .arg("--qr")
            .arg(&text)
            .output()
            .unwrap(),
        "PNG or JPEG",
    );
    fails_with(
        env.motp()
            .args(["add", "--uri", "--qr"])
            .arg(&yandex)
            .output()
            .unwrap(),
        "cannot be used with",
    );
    // A bad picture fails before the vault password matters.
    fails_with(
        env.motp()
            .env("MOTP_PASSWORD", "wrong")
            .arg("add")
            .arg("--qr")
            .arg(&text)
            .output()
            .unwrap(),
        "PNG or JPEG",
    );
    // A code that carries a PIN: the PIN is not used, and the user is told.
    let with_pin = write("pin.png", "motp://carol?secret=0123456789abcdef&pin=6666");
    let out = env
        .motp()
        .arg("add")
        .arg("--qr")
        .arg(&with_pin)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("carries a PIN"), "{}", stderr(&out));
    fails_with(
        env.motp()
            .args(["code", "carol", "--at", PI_AT])
            .output()
            .unwrap(),
        "expected the PIN",
    );
    assert!(env.names() == ["carol"]);
}

#[test]
fn show_qr_needs_reveal_and_draws_a_scannable_code() {
    let env = two_tokens();
    fails_with(
        env.motp().args(["show", "alice", "--qr"]).output().unwrap(),
        "the QR code carries the secret: add --reveal",
    );
    for (style, glyph) in [
        ("ansi", "\x1b[38;5;16;48;5;231m"),
        ("light", "█"),
        ("dark", "█"),
    ] {
        let text = env.ok(
            &["show", "alice", "--reveal", "--qr", "--qr-style", style],
            "",
        );
        assert!(text.contains("QR code:"), "{text}");
        assert!(text.contains(glyph), "{style}: {text}");
    }
    // The light style read back as a picture (ink = dark, 4 px a module) scans to the token.
    let text = env.ok(
        &["show", "alice", "--reveal", "--qr", "--qr-style", "light"],
        "",
    );
    let uri = scan_terminal_qr(&text);
    assert_eq!(uri.secret.expose(), PI_SECRET);
    assert_eq!(uri.account, "alice");
    assert_eq!(uri.pin, None, "never the PIN");
    // Without colour codes when NO_COLOR is set.
    let out = env
        .motp()
        .env("NO_COLOR", "1")
        .args(["show", "alice", "--reveal", "--qr"])
        .output()
        .unwrap();
    assert!(!stdout(&out).contains('\x1b'));
    fails_with(
        env.motp()
            .args(["show", "alice", "--reveal", "--qr", "--json"])
            .output()
            .unwrap(),
        "cannot be used with",
    );
}

/// Turns the QR code `show --qr --qr-style light` printed (the lines after "QR code:") back
/// into a greyscale picture and scans it.
fn scan_terminal_qr(text: &str) -> motp_core::ProvisioningUri {
    const PX: usize = 4;
    let mut rows: Vec<Vec<bool>> = Vec::new();
    for line in text
        .lines()
        .skip_while(|l| !l.starts_with("QR code:"))
        .skip(1)
    {
        let (mut top, mut bottom) = (Vec::new(), Vec::new());
        for c in line.chars() {
            let (t, b) = match c {
                '█' => (true, true),
                '▀' => (true, false),
                '▄' => (false, true),
                _ => (false, false),
            };
            top.push(t);
            bottom.push(b);
        }
        rows.push(top);
        rows.push(bottom);
    }
    let width = rows.iter().map(Vec::len).max().unwrap() * PX;
    let height = rows.len() * PX;
    let mut luma = vec![255u8; width * height];
    for (y, row) in rows.iter().enumerate() {
        for (x, ink) in row.iter().enumerate() {
            if *ink {
                for dy in 0..PX {
                    let start = (y * PX + dy) * width + x * PX;
                    luma[start..start + PX].fill(0);
                }
            }
        }
    }
    motp_core::qr::scan_luma(&luma, width as u32, height as u32, width as u32)
        .expect("the printed QR code scans")
}

/// Runs `motp ARGS` on a pseudo-terminal (util-linux `script`), as a person would: waits for
/// each prompt, then types its answer. Returns the exit code and everything the terminal showed.
#[cfg(target_os = "linux")]
fn on_terminal(env: &Env, args: &[&str], answers: &[(&str, &str)]) -> (i32, String) {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    use std::sync::mpsc;
    use std::time::{Duration, Instant};

    let quote = |s: &str| format!("'{}'", s.replace('\'', r"'\''"));
    let motp = assert_cmd::cargo::cargo_bin("motp");
    let line = std::iter::once(motp.to_str().unwrap())
        .chain(args.iter().copied())
        .map(quote)
        .collect::<Vec<_>>()
        .join(" ");
    let mut child = Command::new("script")
        .args(["-q", "-e", "-c", &line, "/dev/null"])
        .env("MOTP_VAULT", env.vault())
        .env("MOTP_PASSWORD", "correct horse")
        .env("MOTP_INSECURE_FAST_KDF_FOR_TESTS", "1")
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
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut seen = Vec::new();
    let mut stdin = child.stdin.take().unwrap();
    for (prompt, answer) in answers {
        while !String::from_utf8_lossy(&seen).contains(prompt) {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(chunk) => seen.extend(chunk),
                Err(_) => {
                    let _ = child.kill();
                    panic!(
                        "no prompt {prompt:?}; the terminal showed: {}",
                        String::from_utf8_lossy(&seen)
                    );
                }
            }
        }
        seen.clear();
        stdin.write_all(format!("{answer}\n").as_bytes()).unwrap();
    }
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("motp {args:?} did not finish");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    drop(stdin);
    while let Ok(chunk) = rx.recv_timeout(Duration::from_millis(500)) {
        seen.extend(chunk);
    }
    (
        status.code().unwrap(),
        String::from_utf8_lossy(&seen).into_owned(),
    )
}

#[cfg(target_os = "linux")]
#[test]
fn passwords_of_files_are_asked_on_a_terminal() {
    let env = Env::new();
    let aegis = shared(STRATUM_AEGIS);
    // The file turns out to be encrypted: its password is asked, without echo.
    let (code, text) = on_terminal(
        &env,
        &["import", aegis.to_str().unwrap()],
        &[("Password of", "test")],
    );
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("9 imported"), "{text}");
    // Our backup's password is asked twice; two different answers change nothing.
    let backup = env.path("b.motp");
    let (code, text) = on_terminal(
        &env,
        &["export", backup.to_str().unwrap(), "--format", "motp"],
        &[("Backup password:", "one"), ("again:", "two")],
    );
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("the two passwords differ"), "{text}");
    assert!(!backup.exists());
    let (code, text) = on_terminal(
        &env,
        &["export", backup.to_str().unwrap(), "--format", "motp"],
        &[("Backup password:", "bk pw"), ("again:", "bk pw")],
    );
    assert_eq!(code, 0, "{text}");
    let other = Env::named("other.motp");
    let (code, text) = on_terminal(
        &other,
        &["import", backup.to_str().unwrap(), "--keep-pins"],
        &[("Password of", "bk pw")],
    );
    assert_eq!(code, 0, "{text}");
    assert_eq!(other.names(), env.names());
    assert!(other.names().contains(&"Motp:Motp".to_owned()));
}

#[test]
fn cut_and_oversized_files_are_refused_in_one_line() {
    let env = Env::new();
    let whole = std::fs::read(shared("stratum__aegis.unencrypted.json")).unwrap();
    let cut = env.path("cut.json");
    for len in [0, 1, whole.len() / 3, whole.len() / 2, whole.len() - 2] {
        std::fs::write(&cut, &whole[..len]).unwrap();
        let out = env.motp().arg("import").arg(&cut).output().unwrap();
        // Never a crash (101): refused in one line.
        fails_with(out, "");
    }
    // Files bigger than any backup or picture are refused before they are read (sparse files:
    // nothing is written to disk).
    let huge = env.path("huge");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(motp_core::import::MAX_IMPORT_BYTES as u64 + 1)
        .unwrap();
    fails_with(
        env.motp().arg("import").arg(&huge).output().unwrap(),
        "more than the 67108864 bytes a backup of tokens can be",
    );
    fails_with(
        env.motp()
            .arg("add")
            .arg("--qr")
            .arg(&huge)
            .output()
            .unwrap(),
        "more than the 64 MB a picture of a QR code needs",
    );
    assert!(env.names().is_empty());
}

/// Other apps' files from Aegis's importer tests (../shared/fixtures/aegis-importers,
/// PROVENANCE.md: 2FAS schema 4 encrypted with `test`, five entries with one Steam; Bitwarden
/// CSV, four with one Steam, the same secret), detected by content and imported through the
/// vault; the Steam entry's code at 1700000000 is 747JR (computed with Python's `hmac`).
#[test]
fn imports_2fas_encrypted_and_bitwarden_csv_detected_by_content() {
    let env = Env::new();
    let pw = env.file("2fas-pw", b"test\n");
    let twofas = shared("aegis-importers/2fas_authenticator_encrypted_v4.2fas");
    let text = env.ok(
        &[
            "import",
            twofas.to_str().unwrap(),
            "--import-password-file",
            pw.to_str().unwrap(),
        ],
        "",
    );
    assert!(text.contains("imported   Deno:Mason"), "{text}");
    assert!(text.contains("imported   Boeing:Sophia"), "{text}");
    assert!(
        text.contains("2FAS (encrypted): 5 imported, 0 duplicates, 0 skipped (of 5 entries)"),
        "{text}"
    );
    assert_eq!(
        env.ok(&["code", "Boeing:Sophia", "--at", "1700000000"], "")
            .trim(),
        "747JR"
    );
    let csv = shared("aegis-importers/bitwarden.csv");
    let out = env
        .motp()
        .args(["import", csv.to_str().unwrap(), "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["format"], "bitwarden");
    // Deno: Mason is already there from the 2FAS file; the Steam token has 2FAS's secret under
    // Bitwarden's item name ("Test 4"), so it is another entry, not a duplicate.
    assert_eq!(v["imported"], 3);
    assert_eq!(v["duplicates"], 1);
    assert_eq!(v["skipped"], 0);
    assert!(!stdout(&out).contains("JRZCL47CMXVOQMNPZR2F7J4RGI"));
}

/// Google Authenticator's export, written and read back as QR code pictures: 23 TOTP tokens in
/// three codes (10, 10, 3: what Google's scanner reads), the mOTP and Steam tokens named as
/// left out; the pictures imported in another order give the same tokens and codes, a missing
/// picture is named ("QR code 2 of 3"), and the text form (`--format google`) reads back too.
#[test]
fn google_authenticator_export_as_qr_pictures_and_back() {
    const B32: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let env = Env::new();
    let mut list = String::new();
    for i in 0..23 {
        let tail: String = [B32[i / 32], B32[i % 32]]
            .iter()
            .map(|b| *b as char)
            .collect();
        list.push_str(&format!(
            "otpauth://totp/Corp:user{i}?secret=JBSWY3DPEHPK3P{tail}&issuer=Corp\n"
        ));
    }
    list.push_str("motp://VPN:alice?secret=0123456789abcdef\n");
    list.push_str("otpauth://steam/Valve:gabe?secret=JRZCL47CMXVOQMNPZR2F7J4RGI\n");
    let file = env.file("tokens.txt", list.as_bytes());
    env.ok(&["import", file.to_str().unwrap()], "");
    let dir = env.path("google");
    let v = env.json(
        &[
            "export",
            dir.to_str().unwrap(),
            "--format",
            "google-qr-png",
            "--json",
        ],
        "",
    );
    assert_eq!(v["count"], 23, "{v}");
    let files: Vec<PathBuf> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| PathBuf::from(f.as_str().unwrap()))
        .collect();
    assert_eq!(files.len(), 3, "{v}");
    assert!(files[1].ends_with("google-2-of-3.png"), "{files:?}");
    let skipped: Vec<&str> = v["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(skipped, ["VPN: alice", "Valve: gabe"]);
    // Written again without --force: refused, the pictures stay.
    fails_with(
        env.motp()
            .args(["export", dir.to_str().unwrap(), "--format", "google-qr-png"])
            .output()
            .unwrap(),
        "already exists",
    );
    let code = |env: &Env, name: &str| env.ok(&["code", name, "--at", "1700000000"], "");

    // Every picture, last first: the same 23 tokens, the same codes.
    let back = Env::named("back.motp");
    let mut args = vec!["import".to_owned(), "--json".to_owned(), "--qr".to_owned()];
    args.extend(files.iter().rev().map(|f| f.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let r = back.json(&args, "");
    assert_eq!(r["format"], "google-authenticator", "{r}");
    assert_eq!(
        (&r["imported"], &r["skipped"]),
        (&23.into(), &0.into()),
        "{r}"
    );
    for name in ["Corp:user0", "Corp:user13", "Corp:user22"] {
        assert_eq!(code(&back, name), code(&env, name), "{name}");
    }

    // Parts 1 and 3 only: 13 tokens, and the missing part is named.
    let part = Env::named("part.motp");
    let r = part.json(
        &[
            "import",
            "--json",
            "--qr",
            files[0].to_str().unwrap(),
            files[2].to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(r["imported"], 13, "{r}");
    let missing: Vec<&Value> = r["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["outcome"] == "skipped")
        .collect();
    assert_eq!(missing.len(), 1, "{r}");
    assert!(
        missing[0]["reason"].as_str().unwrap().contains("2 of 3"),
        "{r}"
    );

    // The text form: one line a code, read back by content.
    let text = env.path("google.txt");
    env.ok(
        &["export", text.to_str().unwrap(), "--format", "google"],
        "",
    );
    assert_eq!(std::fs::read_to_string(&text).unwrap().lines().count(), 3);
    let again = Env::named("again.motp");
    let r = again.json(&["import", text.to_str().unwrap(), "--json"], "");
    assert_eq!(r["imported"], 23, "{r}");

    // A picture without a code, and a folder that is a file, each say so.
    let notes = env.file("notes.png", b"not an image");
    fails_with(
        again
            .motp()
            .args(["import", "--qr", notes.to_str().unwrap()])
            .output()
            .unwrap(),
        "notes.png",
    );
    fails_with(
        env.motp()
            .args([
                "export",
                text.to_str().unwrap(),
                "--format",
                "google-qr-svg",
            ])
            .output()
            .unwrap(),
        "is a file",
    );
}

/// Ente Auth's encrypted export, written by libsodium itself (PyNaCl,
/// `tests/tools/make-ente-export.py`, from Aegis's `ente_auth.txt`): detected by its content,
/// opened with its password (a wrong one is one sentence, nothing imported), the seven entries
/// in; the Steam one shows the code of Aegis's Steam vector (`747JR` at 1700000000).
#[test]
fn imports_ente_auths_encrypted_export_made_by_libsodium() {
    use std::io::Write;
    let env = Env::new();
    let plain = std::fs::read(shared("aegis-importers/ente_auth.txt")).unwrap();
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/tools/make-ente-export.py"
    );
    let python = std::env::var("MOTP_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let mut child = std::process::Command::new(&python)
        .args([script, "65536", "2"])
        .env("ENTE_PASSWORD", "ente pw")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&plain).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{python} with PyNaCl is needed (scripts/test.sh installs it)"
    );
    let export = env.file("ente-export.json", &out.stdout);
    let export = export.to_str().unwrap();
    let wrong = env.file("wrong", b"nope\n");
    let out = env
        .motp()
        .args([
            "import",
            export,
            "--import-password-file",
            wrong.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    fails_with(out, "password");
    assert!(env.names().is_empty(), "nothing imported");
    let pw = env.file("ente-pw", b"ente pw\n");
    let v = env.json(
        &[
            "import",
            export,
            "--import-password-file",
            pw.to_str().unwrap(),
            "--json",
        ],
        "",
    );
    assert_eq!(v["format"], "ente-auth", "{v}");
    assert_eq!(v["encrypted"], true);
    assert_eq!(env.names().len(), 7);
    assert_eq!(
        env.ok(&["code", "Boeing:Sophia", "--at", "1700000000"], "")
            .trim(),
        "747JR"
    );
}
