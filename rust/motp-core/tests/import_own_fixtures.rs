//! Importing our own backups in other apps' formats, made by an independent implementation
//! (`tests/fixtures/import-export/make_fixtures.py`, Python `cryptography`), and checking the
//! tokens and codes against the `expected.json` that script computed with hashlib.md5. Each
//! format also holds the TOTP token `Mail: dave` (secret `JBSWY3DPEHPK3PXP`, SHA-1, 6 digits,
//! 30 s), except the andOTP files, whose TOTP entry is the same.

use motp_core::{
    EntryOutcome, Error, ImportFormat, Imported, OtpKind, Pin, PortableToken, TotpParams, code,
    detect_format, import,
};
use serde_json::Value;

const DIR: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/import-export/"
);
const T: u64 = 1_700_000_000 / 10;

fn read(name: &str) -> Vec<u8> {
    std::fs::read(format!("{DIR}{name}")).unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

fn expected() -> serde_json::Map<String, Value> {
    match serde_json::from_slice(&read("expected.json")).expect("expected.json is JSON") {
        Value::Object(m) => m,
        _ => panic!("expected.json is not an object"),
    }
}

fn open(name: &str) -> Imported {
    // The old andOTP layout has no header to detect: name its format, as a user would.
    let format = name.contains("_old").then_some(ImportFormat::AndOtp);
    import(&read(name), format, Some("test")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_fixture_gives_the_expected_tokens_and_codes() {
    let expected = expected();
    assert!(expected.len() >= 10);
    for (name, tokens) in &expected {
        let imported = open(name);
        let got: Vec<_> = imported
            .tokens()
            .filter(|t| t.kind == OtpKind::Motp)
            .collect();
        let want = tokens.as_array().unwrap();
        assert_eq!(got.len(), want.len(), "{name}: {:?}", imported.entries);
        for (g, w) in got.iter().zip(want) {
            assert_eq!(g.issuer.as_deref(), w["issuer"].as_str(), "{name}");
            assert_eq!(g.account, w["account"].as_str().unwrap(), "{name}");
            assert_eq!(g.secret.expose(), w["secret"].as_str().unwrap(), "{name}");
            assert_eq!(g.pin.as_ref().map(Pin::expose), w["pin"].as_str(), "{name}");
            let c = code(&g.secret, &Pin::raw("1234"), T);
            assert_eq!(c.as_str(), w["code_at_1700000000_pin_1234"], "{name}");
            if let Some(pin) = &g.pin {
                assert_eq!(
                    code(&g.secret, pin, T).as_str(),
                    w["code_at_1700000000_own_pin"]
                );
            }
        }
    }
}

#[test]
fn detection_of_own_fixtures() {
    let cases = [
        ("aegis_motp_plain.json", Some(ImportFormat::Aegis)),
        ("aegis_motp_encrypted.json", Some(ImportFormat::Aegis)),
        (
            "authpro_motp_plain.authpro",
            Some(ImportFormat::AuthenticatorPro),
        ),
        (
            "authpro_motp_strong.authpro",
            Some(ImportFormat::AuthenticatorPro),
        ),
        (
            "authpro_motp_legacy.authpro",
            Some(ImportFormat::AuthenticatorPro),
        ),
        ("andotp_motp.json", Some(ImportFormat::AndOtp)),
        ("andotp_motp.json.aes", Some(ImportFormat::AndOtp)),
        ("andotp_motp_cheap.json.aes", Some(ImportFormat::AndOtp)),
        ("uri_list.txt", Some(ImportFormat::UriList)),
        // No header at all: only importable with the format named.
        ("andotp_motp_old.json.aes", None),
    ];
    for (name, format) in cases {
        assert_eq!(detect_format(&read(name)), format, "{name}");
    }
}

#[test]
fn old_andotp_layout_needs_the_format_named() {
    let bytes = read("andotp_motp_old.json.aes");
    let e = import(&bytes, None, Some("test")).unwrap_err();
    assert!(e.to_string().contains("choose the andOTP format"), "{e}");
    let imported = import(&bytes, Some(ImportFormat::AndOtp), Some("test")).unwrap();
    assert!(imported.encrypted);
    assert_eq!(
        imported
            .tokens()
            .filter(|t| t.kind == OtpKind::Motp)
            .count(),
        2
    );
    assert_eq!(
        import(&bytes, Some(ImportFormat::AndOtp), Some("nope")).unwrap_err(),
        Error::ImportWrongPassword { format: "andOTP" }
    );
    assert_eq!(
        import(&bytes, Some(ImportFormat::AndOtp), None).unwrap_err(),
        Error::ImportPasswordRequired { format: "andOTP" }
    );
}

#[test]
fn encrypted_fixtures_distinguish_missing_and_wrong_passwords() {
    for (name, format) in [
        ("aegis_motp_encrypted.json", "Aegis"),
        ("authpro_motp_strong.authpro", "Authenticator Pro"),
        ("authpro_motp_legacy.authpro", "Authenticator Pro"),
        ("andotp_motp_cheap.json.aes", "andOTP"),
    ] {
        let bytes = read(name);
        assert_eq!(
            import(&bytes, None, None).unwrap_err(),
            Error::ImportPasswordRequired { format },
            "{name}"
        );
        assert_eq!(
            import(&bytes, None, Some("Test")).unwrap_err(),
            Error::ImportWrongPassword { format },
            "{name}"
        );
        let msg = Error::ImportPasswordRequired { format }.to_string();
        assert!(msg.contains("is encrypted: give its password"), "{msg}");
    }
}

#[test]
fn aegis_skips_with_reasons_and_ignores_the_biometric_slot() {
    let imported = open("aegis_motp_encrypted.json");
    let skipped: Vec<_> = imported
        .skipped()
        .map(|(l, r)| (l, r.to_string()))
        .collect();
    assert_eq!(
        skipped,
        vec![("Broken: eve", "the secret is not valid Base32".to_owned())]
    );
    assert_eq!(imported.entries[2].label, "bob");
    check_dave(&imported);
}

/// The TOTP entry every format holds, and the code RFC 6238 gives for it.
fn check_dave(imported: &Imported) {
    let dave: Vec<&PortableToken> = imported
        .tokens()
        .filter(|t| t.kind != OtpKind::Motp)
        .collect();
    assert_eq!(dave.len(), 1, "{:?}", imported.entries);
    assert_eq!(dave[0].kind, OtpKind::Totp(TotpParams::default()));
    assert_eq!(
        (dave[0].issuer.as_deref(), dave[0].account.as_str()),
        (Some("Mail"), "dave")
    );
    assert_eq!(dave[0].secret.expose(), "JBSWY3DPEHPK3PXP");
    assert!(dave[0].pin.is_none());
}

#[test]
fn authenticator_pro_reports_yandex_and_keeps_uppercase() {
    let imported = open("authpro_motp_plain.authpro");
    assert!(!imported.encrypted);
    let skipped: Vec<_> = imported.skipped().map(|(_, r)| r.to_string()).collect();
    assert_eq!(
        skipped,
        vec!["Yandex: not supported (mOTP Token holds mOTP, TOTP, HOTP and Steam tokens)"]
    );
    check_dave(&imported);
    let upper = imported
        .tokens()
        .filter(|t| t.kind == OtpKind::Motp)
        .nth(1)
        .unwrap();
    assert_eq!(upper.secret.expose(), "0123456789ABCDEF");
    assert!(
        upper
            .secret
            .warnings()
            .contains(&motp_core::SecretWarning::HasUppercase)
    );
}

#[test]
fn uri_list_reports_each_bad_line_by_number_without_its_content() {
    let imported = open("uri_list.txt");
    let skipped: Vec<_> = imported
        .skipped()
        .map(|(l, r)| (l, r.to_string()))
        .collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert_eq!(skipped[0].0, "line 6");
    assert!(skipped[0].1.contains("no secret"), "{}", skipped[0].1);
    assert_eq!(skipped[1].0, "line 8");
    assert!(skipped[1].1.contains("plain text"), "{}", skipped[1].1);
    check_dave(&imported);
    for (_, reason) in skipped {
        assert!(
            !reason.contains("JBSWY3DP"),
            "a reason showed a secret: {reason}"
        );
    }
    // The pin= parameter is carried, for the caller to decide.
    let bob = imported
        .entries
        .iter()
        .find(|e| e.label == "bob")
        .expect("bob's line");
    let EntryOutcome::Token(t) = &bob.outcome else {
        panic!("bob was skipped")
    };
    assert_eq!(t.pin.as_ref().map(Pin::expose), Some("4711"));
}
