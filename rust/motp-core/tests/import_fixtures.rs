//! Importing the real backups other apps wrote (GPL test data of Aegis and Stratum, read from
//! `../shared/fixtures` at run time and never copied here; see its PROVENANCE.md).
//!
//! Facts carried from PROVENANCE.md: every encrypted fixture's password is `test`; Stratum's
//! Aegis vault holds an mOTP entry (14 bytes of 0xaa, PIN 1234) whose code at unix time
//! 1 700 000 000 is `d43efd`; Stratum's andOTP backup holds an mOTP entry whose secret is the
//! text `AAAAAAAAAAAAAAAA`.

use motp_core::{EntryOutcome, Error, ImportFormat, Imported, Pin, code, detect_format, import};

fn fixture(name: &str) -> Vec<u8> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/fixtures/").to_owned() + name;
    std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "shared fixture {path} is missing ({e}): the repository's parent directory must hold \
             shared/fixtures (see the README's test section)"
        )
    })
}

fn kinds(imported: &Imported) -> (usize, usize) {
    let tokens = imported.tokens().count();
    (tokens, imported.entries.len() - tokens)
}

fn reasons(imported: &Imported) -> Vec<String> {
    imported.skipped().map(|(_, r)| r.to_owned()).collect()
}

#[test]
fn aegis_plain_from_aegis_has_no_motp() {
    let bytes = fixture("aegis__importers__aegis_plain.json");
    assert_eq!(detect_format(&bytes), Some(ImportFormat::Aegis));
    let imported = import(&bytes, None, None).unwrap();
    assert!(!imported.encrypted);
    assert_eq!(kinds(&imported), (0, 7));
    let reasons = reasons(&imported);
    assert!(reasons.iter().any(|r| r == "TOTP, not mOTP"), "{reasons:?}");
    assert!(reasons.iter().any(|r| r == "HOTP, not mOTP"), "{reasons:?}");
    assert!(
        reasons.iter().any(|r| r == "Steam, not mOTP"),
        "{reasons:?}"
    );
}

#[test]
fn aegis_encrypted_from_aegis_with_repaired_slot() {
    let bytes = fixture("aegis__importers__aegis_encrypted.json");
    assert_eq!(detect_format(&bytes), Some(ImportFormat::Aegis));
    assert_eq!(
        import(&bytes, None, None).unwrap_err(),
        Error::ImportPasswordRequired { format: "Aegis" }
    );
    assert_eq!(
        import(&bytes, None, Some("")).unwrap_err(),
        Error::ImportPasswordRequired { format: "Aegis" }
    );
    assert_eq!(
        import(&bytes, None, Some("tset")).unwrap_err(),
        Error::ImportWrongPassword { format: "Aegis" }
    );
    let imported = import(&bytes, Some(ImportFormat::Aegis), Some("test")).unwrap();
    assert!(imported.encrypted);
    assert_eq!(kinds(&imported), (0, 7));
    // Same entries as the plain file, in the same order.
    let plain = import(&fixture("aegis__importers__aegis_plain.json"), None, None).unwrap();
    assert_eq!(imported.entries, plain.entries);
}

fn check_stratum_aegis_motp(imported: &Imported) {
    let tokens: Vec<_> = imported.tokens().collect();
    assert_eq!(tokens.len(), 1, "{:?}", imported.entries);
    let t = tokens[0];
    assert_eq!(t.secret.expose(), "aa".repeat(14));
    assert_eq!(t.issuer.as_deref(), Some("Motp"));
    assert_eq!(t.account, "Motp");
    let pin = t.pin.as_ref().expect("the entry stores its PIN");
    assert_eq!(pin.expose(), "1234");
    // The published code, computed from what we imported.
    assert_eq!(code(&t.secret, pin, 1_700_000_000 / 10).as_str(), "d43efd");
    let label = &imported
        .entries
        .iter()
        .find(|e| matches!(e.outcome, EntryOutcome::Token(_)))
        .expect("a token entry")
        .label;
    assert_eq!(label, "Motp: Motp");
}

#[test]
fn aegis_plain_from_stratum_has_the_motp_entry() {
    let bytes = fixture("stratum__aegis.unencrypted.json");
    let imported = import(&bytes, None, None).unwrap();
    assert!(!imported.encrypted);
    check_stratum_aegis_motp(&imported);
    assert!(reasons(&imported).iter().all(|r| r.ends_with(", not mOTP")));
}

#[test]
fn aegis_encrypted_from_stratum_has_the_motp_entry() {
    let bytes = fixture("stratum__aegis.encrypted.json");
    assert_eq!(
        import(&bytes, None, None).unwrap_err(),
        Error::ImportPasswordRequired { format: "Aegis" }
    );
    let imported = import(&bytes, None, Some("test")).unwrap();
    assert!(imported.encrypted);
    check_stratum_aegis_motp(&imported);
    let plain = import(&fixture("stratum__aegis.unencrypted.json"), None, None).unwrap();
    assert_eq!(imported.entries, plain.entries);
}

#[test]
fn authenticator_pro_plain_keeps_the_non_hex_motp_secret_verbatim() {
    let bytes = fixture("stratum__backup.unencrypted.authpro");
    assert_eq!(detect_format(&bytes), Some(ImportFormat::AuthenticatorPro));
    let imported = import(&bytes, None, None).unwrap();
    assert!(!imported.encrypted);
    assert_eq!(kinds(&imported), (1, 14));
    let t = imported.tokens().next().unwrap();
    assert_eq!(t.issuer.as_deref(), Some("Company VPN"));
    assert_eq!(t.account, "john@example.com");
    assert!(!t.secret.is_hex());
    assert_eq!(t.secret.len(), 25);
    assert!(t.pin.is_none());
    let reasons = reasons(&imported);
    for kind in ["TOTP", "HOTP", "Steam"] {
        assert!(
            reasons.contains(&format!("{kind}, not mOTP")),
            "{reasons:?}"
        );
    }
}

#[test]
fn authenticator_pro_strong_and_legacy() {
    for (file, name) in [
        ("stratum__backup.strong.authpro", "strong"),
        ("stratum__backup.legacy.authpro", "legacy"),
    ] {
        let bytes = fixture(file);
        assert_eq!(
            detect_format(&bytes),
            Some(ImportFormat::AuthenticatorPro),
            "{name}"
        );
        assert_eq!(
            import(&bytes, None, None).unwrap_err(),
            Error::ImportPasswordRequired {
                format: "Authenticator Pro"
            },
            "{name}"
        );
        assert_eq!(
            import(&bytes, None, Some("wrong")).unwrap_err(),
            Error::ImportWrongPassword {
                format: "Authenticator Pro"
            },
            "{name}"
        );
        let imported = import(&bytes, None, Some("test")).unwrap();
        assert!(imported.encrypted, "{name}");
        assert_eq!(imported.tokens().count(), 0, "{name}: no mOTP entry");
        assert!(!imported.entries.is_empty(), "{name}");
        assert!(
            reasons(&imported).iter().all(|r| r.ends_with(", not mOTP")),
            "{name}: {:?}",
            reasons(&imported)
        );
    }
}

#[test]
fn andotp_plain_decodes_the_secret_text() {
    let bytes = fixture("stratum__andotp.unencrypted.json");
    assert_eq!(detect_format(&bytes), Some(ImportFormat::AndOtp));
    let imported = import(&bytes, None, None).unwrap();
    assert_eq!(kinds(&imported), (1, 8));
    let t = imported.tokens().next().unwrap();
    assert_eq!(t.secret.expose(), "AAAAAAAAAAAAAAAA");
    assert_eq!(t.issuer.as_deref(), Some("Motp"));
    assert_eq!(t.account, "motp");
    assert!(t.pin.is_none(), "andOTP never stores a PIN");
    // The code andOTP itself would show for PIN 1234 at unix time 1 700 000 000 (counter
    // 170 000 000). The expected value was computed independently of this crate, from the
    // published algorithm (motp.sourceforge.net: the first 6 hex digits of
    // MD5(counter ‖ secret ‖ PIN), as andOTP's MOTP code does) with Python's hashlib:
    //   python3 -c "import hashlib; print(hashlib.md5(b'170000000' + b'AAAAAAAAAAAAAAAA'
    //               + b'1234').hexdigest()[:6])"   →  25c924
    let c = code(&t.secret, &Pin::raw("1234"), 170_000_000);
    assert_eq!(c.as_str(), "25c924");
}

#[test]
fn google_authenticator_export_cannot_hold_motp() {
    let bytes = fixture("stratum__googleauthenticator.txt");
    assert_eq!(detect_format(&bytes), None);
    for format in [None, Some(ImportFormat::UriList)] {
        let e = import(&bytes, format, None).unwrap_err();
        assert!(matches!(e, Error::ImportCannotHoldMotp { .. }), "{e:?}");
        let msg = e.to_string();
        assert!(
            msg.contains("Google Authenticator") && msg.contains("cannot hold mOTP"),
            "{msg}"
        );
    }
}

#[test]
fn a_file_imported_as_the_wrong_format_says_what_it_is() {
    let bytes = fixture("stratum__andotp.unencrypted.json");
    let e = import(&bytes, Some(ImportFormat::Aegis), None).unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.contains("an andOTP backup, not an Aegis backup"),
        "{msg}"
    );
}
