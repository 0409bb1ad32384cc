//! `motp` speaks the user's language where the catalog has it: `LANG=de_DE.UTF-8` gives German
//! findings (the phone apps' catalog, motp-text), while `LANG=C` and English locales keep the
//! engine's English byte for byte, which scripts and the other tests read.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod cli_env;

use assert_cmd::Command;
use cli_env::{Env, stdout};

/// privacyIDEA's vector: secret 0123456789abcdef, PIN 6666, 2011-01-27T09:40:00Z → 6ed4e4.
const AT: &str = "1296121200";

fn motp(lang: &str) -> Command {
    let mut c = Command::cargo_bin("motp").expect("the motp binary is built");
    c.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang);
    c
}

fn diagnose(lang: &str) -> String {
    diagnose_with(motp(lang))
}

/// `motp diagnose` of privacyIDEA's code where the server holds the secret in uppercase and
/// the token used lowercase; its standard output.
fn diagnose_with(mut motp: Command) -> String {
    let out = motp
        .args(["diagnose", "6ed4e4", "--at", AT])
        .write_stdin("0123456789ABCDEF\n6666\n")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn diagnose_speaks_german_under_a_german_locale_and_english_otherwise() {
    let english = diagnose("C");
    assert!(
        english.starts_with("secret_case: The code was made with the secret written in lowercase."),
        "{english}"
    );
    // A language without a catalog (Japanese) speaks English, byte for byte.
    for lang in ["C.UTF-8", "en_US.UTF-8", "ja_JP.UTF-8", ""] {
        assert_eq!(diagnose(lang), english, "LANG={lang:?}");
    }
    // The other catalogs' languages speak theirs.
    let french = diagnose("fr_FR.UTF-8");
    assert!(
        french.starts_with(
            "secret_case: Le code a été généré avec la clé secrète écrite en minuscules."
        ),
        "{french}"
    );
    let german = diagnose("de_DE.UTF-8");
    assert!(
        german.starts_with(
            "secret_case: Der Code wurde mit dem Geheimnis in Kleinbuchstaben erzeugt."
        ),
        "{german}"
    );
    // LC_ALL wins over LANG.
    let mut c_over_german = motp("de_DE.UTF-8");
    c_over_german.env("LC_ALL", "C");
    assert_eq!(diagnose_with(c_over_german), english);
}

#[test]
fn diagnose_uri_and_json_keep_their_machine_words() {
    // A TOTP code 90 s late: the cause stays `clock_drift`, the advice is German.
    let uri = "otpauth://totp/RFC:6238?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8\n";
    let out = motp("de_DE.UTF-8")
        .args(["diagnose", "94287082", "--uri", "--at", "149"])
        .write_stdin(uri)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("clock_drift: "), "{text}");
    assert!(text.contains("Uhr"), "{text}");
    // JSON is for programs: English advice under any locale.
    let out = motp("de_DE.UTF-8")
        .args(["diagnose", "94287082", "--uri", "--at", "149", "--json"])
        .write_stdin(uri)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["cause"], "clock_drift");
    assert!(v["advice"].as_str().unwrap().contains("clock"), "{v}");
}

#[test]
fn the_doctor_speaks_german_under_a_german_locale() {
    let env = Env::new();
    let out = env
        .motp()
        .args(["add", "VPN:alice"])
        .write_stdin("0123456789abcdef\n")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = env
        .motp()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "de_DE.UTF-8")
        .args(["doctor", "alice", "--no-clock"])
        .write_stdin("1234\n")
        .output()
        .unwrap();
    let text = stdout(&out);
    for want in [
        "Prüfung von VPN:alice (Anmeldung als „alice“)",
        "1. clock   skipped  ",
        "Ergebnis:   ",
        "Prüfcode:   ",
    ] {
        assert!(text.contains(want), "{want:?} missing:\n{text}");
    }
    assert!(!text.contains("The device clock was not checked"), "{text}");
}
