//! The offline tools, run as a user would: exit codes, JSON, stdin handling, errors.

use assert_cmd::Command;
use serde_json::Value;

fn motp() -> Command {
    Command::cargo_bin("motp").expect("the motp binary is built")
}

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).expect("stdout is JSON")
}

/// privacyIDEA's vector (otpn900): secret 0123456789abcdef, PIN 6666, counter 129612120.
const AT: &str = "1296121200";

#[test]
fn otp_prints_the_published_code() {
    motp()
        .args(["otp", "--at", AT])
        .write_stdin("0123456789abcdef\n6666\n")
        .assert()
        .success()
        .stdout("6ed4e4\n");
}

#[test]
fn otp_json_and_rfc3339() {
    let out = motp()
        .args(["otp", "--at", "2011-01-27T09:40:05Z", "--json"])
        .write_stdin("0123456789abcdef\n6666\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let v = json(&out.stdout);
    assert_eq!(v["code"], "6ed4e4");
    assert_eq!(v["counter"], 129612120);
    assert_eq!(v["step_start"], 1296121200);
    assert_eq!(v["step_end"], 1296121210);
    assert_eq!(v["seconds_left"], 5);
}

#[test]
fn otp_accepts_crlf_and_spaced_secret() {
    motp()
        .args(["otp", "--at", AT])
        .write_stdin("0123 4567 89ab cdef\r\n6666\r\n")
        .assert()
        .success()
        .stdout("6ed4e4\n");
}

#[test]
fn missing_pin_is_a_clear_error() {
    let out = motp()
        .args(["otp", "--at", AT])
        .write_stdin("0123456789abcdef\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("PIN"), "{err}");
}

#[test]
fn bad_inputs_exit_2_with_one_line() {
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["otp", "--at", "-20"],
            "0123456789abcdef\n1234\n",
            "before 1970",
        ),
        (&["otp", "--at", "tomorrow"], "", "not a time"),
        (&["otp"], "\n1234\n", "secret is empty"),
        (
            &["verify", "12345", "--at", AT],
            "0123456789abcdef\n6666\n",
            "6 hex",
        ),
        (
            &["verify", "6ed4e4", "--window", "99999"],
            "0123456789abcdef\n6666\n",
            "window",
        ),
        (
            &["diagnose", "6ed4e4", "--span", "3d"],
            "0123456789abcdef\n6666\n",
            "span",
        ),
        (&["secret", "generate", "--length", "20"], "", "16 or 32"),
        (
            &["uri", "parse", "otpauth://yaotp/x?secret=JBSWY3DP"],
            "",
            "Yandex",
        ),
        (
            &[
                "uri",
                "parse",
                "otpauth://totp/x?secret=JBSWY3DP&digits=6&digits=8",
            ],
            "",
            "digits= appears twice",
        ),
        (
            &["uri", "parse", "otpauth://hotp/x?secret=JBSWY3DP"],
            "",
            "counter=",
        ),
        (&["nonsense"], "", "see motp --help"),
    ];
    for (args, stdin, needle) in cases {
        let out = motp().args(*args).write_stdin(*stdin).output().unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?} printed to stdout");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(!err.contains("0123456789abcdef"), "secret leaked: {err}");
    }
}

#[test]
fn verify_accepts_and_rejects() {
    // Code for counter 129612130 (+10 steps from AT's counter 129612120).
    let out = motp()
        .args(["verify", "502a59", "--at", AT, "--json"])
        .write_stdin("0123456789abcdef\n6666\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out.stdout);
    assert_eq!(v["accepted"], true);
    assert_eq!(v["offset_steps"], 10);
    assert_eq!(v["offset_seconds"], 100);

    let out = motp()
        .args(["verify", "502a59", "--at", AT, "--window", "5", "--json"])
        .write_stdin("0123456789abcdef\n6666\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out.stdout);
    assert_eq!(v["accepted"], false);
    assert!(v["offset_steps"].is_null() && v["offset_seconds"].is_null());
}

#[test]
fn diagnose_finds_clock_drift_and_case() {
    // 502a59 is 100 s ahead of AT; with a 5-step window that is clock drift.
    let out = motp()
        .args(["diagnose", "502a59", "--at", AT, "--window", "5", "--json"])
        .write_stdin("0123456789abcdef\n6666\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let v = json(&out.stdout);
    assert_eq!(v["cause"], "clock_drift");
    assert_eq!(v["offset_seconds"], 100);
    assert_eq!(v["secret_variant"], "as_entered");
    assert!(v["advice"].as_str().unwrap().contains("1 min 40 s ahead"));

    // The server holds the secret in uppercase; the token used lowercase.
    let out = motp()
        .args(["diagnose", "6ed4e4", "--at", AT, "--json"])
        .write_stdin("0123456789ABCDEF\n6666\n")
        .output()
        .unwrap();
    let v = json(&out.stdout);
    assert_eq!(v["cause"], "secret_case");
    assert_eq!(v["secret_variant"], "lowercase");
    assert_eq!(v["offset_seconds"], 0);

    let out = motp()
        .args(["diagnose", "6ed4e4", "--at", AT, "--span", "10m", "--json"])
        .write_stdin("0123456789abcdef\n1111\n")
        .output()
        .unwrap();
    let v = json(&out.stdout);
    assert_eq!(v["cause"], "no_match");
    assert!(v["offset_seconds"].is_null() && v["secret_variant"].is_null());
}

#[test]
fn secret_generate_lengths() {
    for (args, len) in [
        (&["secret", "generate"][..], 16),
        (&["secret", "generate", "--length", "32"][..], 32),
    ] {
        let out = motp().args(args).output().unwrap();
        assert!(out.status.success());
        let s = String::from_utf8(out.stdout).unwrap();
        let s = s.trim_end();
        assert_eq!(s.len(), len);
        assert!(
            s.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        );
    }
}

#[test]
fn uri_parse_from_argument_and_stdin() {
    let out = motp()
        .args([
            "uri",
            "parse",
            "motp://privacyidea:alice?secret=0123456789abcdef&pin=1234",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v = json(&out.stdout);
    assert_eq!(v["issuer"], "privacyidea");
    assert_eq!(v["account"], "alice");
    assert_eq!(v["secret"], "0123456789abcdef");
    assert_eq!(v["pin_present"], true);

    let out = motp()
        .args(["uri", "parse", "--json"])
        .write_stdin("otpauth://motp/Office:bob?secret=AAAAAAAAAAAAAAAA\n")
        .output()
        .unwrap();
    let v = json(&out.stdout);
    assert_eq!(v["account"], "bob");
    assert_eq!(v["pin_present"], false);
    assert_eq!(
        v["secret_warnings"].as_array().unwrap().len(),
        1,
        "uppercase"
    );
}

#[test]
fn uri_parse_reads_a_qr_code_image() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let png = motp_core::qr::encode_text(text).unwrap().to_png(4).unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, &png[..]).unwrap();
        path
    };
    let token = write(
        "token.png",
        "motp://privacyidea:alice?secret=0123456789abcdef",
    );
    let out = motp()
        .args(["uri", "parse", "--json", "--qr"])
        .arg(&token)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out.stdout);
    assert_eq!(v["issuer"], "privacyidea");
    assert_eq!(v["account"], "alice");
    assert_eq!(v["secret"], "0123456789abcdef");

    // A TOTP code: its kind and parameters.
    let totp = write(
        "totp.png",
        "otpauth://totp/Mail:bob?secret=jbswy3dpehpk3pxp&digits=8&algorithm=SHA256",
    );
    let out = motp()
        .args(["uri", "parse", "--json", "--qr"])
        .arg(&totp)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v = json(&out.stdout);
    assert_eq!(v["kind"], "totp");
    assert_eq!(v["secret"], "JBSWY3DPEHPK3PXP");
    assert_eq!(
        (v["algorithm"].clone(), v["digits"].clone()),
        ("SHA256".into(), 8.into())
    );
    assert_eq!(
        (v["period"].clone(), v["counter"].clone()),
        (30.into(), serde_json::Value::Null)
    );

    // A Yandex code: says what it is, exit 2, nothing on stdout.
    let yandex = write("yandex.png", "otpauth://yaotp/x?secret=JBSWY3DPEHPK3PXP");
    let out = motp()
        .args(["uri", "parse", "--qr"])
        .arg(&yandex)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("yandex.png") && err.contains("Yandex"),
        "{err}"
    );

    // Not an image, a missing file, and both a URI and an image.
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "hello").unwrap();
    let out = motp()
        .args(["uri", "parse", "--qr"])
        .arg(&text)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("PNG or JPEG"));
    let out = motp()
        .args(["uri", "parse", "--qr"])
        .arg(dir.path().join("missing.png"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read the image"));
    let out = motp()
        .args(["uri", "parse", "motp://a?secret=0123456789abcdef", "--qr"])
        .arg(&token)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn instants_past_year_9999_are_refused_before_anything_is_read() {
    // i64::MAX / 1000 seconds used to wrap step_end negative.
    for at in [
        "253402300800",
        &(i64::MAX / 1000).to_string(),
        &i64::MAX.to_string(),
    ] {
        for cmd in [&["otp", "--at", at][..], &["verify", "6ed4e4", "--at", at]] {
            let out = motp().args(cmd).write_stdin("").output().unwrap();
            assert_eq!(out.status.code(), Some(2), "{cmd:?}");
            let err = String::from_utf8(out.stderr).unwrap();
            assert_eq!(err.lines().count(), 1, "{err}");
            assert!(err.contains("after the year 9999"), "{err}");
            assert!(out.stdout.is_empty());
        }
    }
    // The last second of 9999 still computes, with a step that ends after it.
    let out = motp()
        .args(["otp", "--at", "253402300799", "--json"])
        .write_stdin("0123456789abcdef\n6666\n")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out.stdout);
    assert_eq!(v["step_end"], 253402300800_i64);
    assert_eq!(v["seconds_left"], 1);
}

#[test]
fn typed_pins_that_cannot_be_pins_are_refused() {
    // The published vectors' PINs of 1 and 8 digits still work (privacyIDEA, otpverify.sh).
    for (pin, code_ok) in [("1", true), ("77777777", true)] {
        let out = motp()
            .args(["otp", "--at", AT])
            .write_stdin(format!("0123456789abcdef\n{pin}\n"))
            .output()
            .unwrap();
        assert_eq!(out.status.success(), code_ok, "{pin}");
    }
    let long = "1".repeat(17);
    let ten_kb = "1".repeat(10_000);
    for (pin, needle) in [
        ("12\u{0}4", "ASCII digits only"),
        ("12ab", "ASCII digits only"),
        ("\u{664}\u{667}\u{661}\u{661}", "ASCII digits only"),
        (long.as_str(), "longer than 16 digits"),
        (ten_kb.as_str(), "longer than 8192 bytes"),
        ("", "no PIN was typed"),
    ] {
        for cmd in [
            &["otp", "--at", AT][..],
            &["diagnose", "6ed4e4", "--at", AT],
        ] {
            let out = motp()
                .args(cmd)
                .write_stdin(format!("0123456789abcdef\n{pin}\n"))
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2), "{needle}");
            let err = String::from_utf8(out.stderr).unwrap();
            assert_eq!(err.lines().count(), 1, "{err}");
            assert!(err.contains(needle), "{needle}: {err}");
            assert!(
                !err.contains(pin) || pin.is_empty(),
                "the PIN is never echoed: {err}"
            );
            assert!(out.stdout.is_empty());
        }
    }
}

#[test]
fn diagnose_says_which_way_a_match_in_the_window_is() {
    // The vector's code at 1296121200 is 6ed4e4; 20 s later the same code is 2 steps behind.
    let out = motp()
        .args(["diagnose", "6ed4e4", "--at", "1296121220"])
        .write_stdin("0123456789abcdef\n6666\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("(made for a time 20 s behind this clock, within the server's window)"),
        "{text}"
    );
    assert!(!text.contains("ahead of,"), "{text}");
}

/// Issue 23 §16: a command group named without its subcommand (`motp`, `motp secret`,
/// `motp uri`) is a usage error like any other: one line on stderr, exit 2, nothing on stdout
/// (before: 7 to 23 lines of help on stderr).
#[test]
fn a_missing_subcommand_is_one_line() {
    for (args, usage) in [
        (&[][..], "motp <COMMAND>"),
        (&["secret"][..], "motp secret <COMMAND>"),
        (&["uri"][..], "motp uri <COMMAND>"),
    ] {
        let out = motp().args(args).output().unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?} printed to stdout");
        let help = usage.replace(" <COMMAND>", " --help");
        assert_eq!(
            err,
            format!("motp: a command is missing: {usage} (see {help})\n"),
            "{args:?}"
        );
    }
}
