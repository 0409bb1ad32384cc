//! Importing the real backups other apps wrote (GPL test data of Aegis and Stratum, read from
//! `../shared/fixtures` at run time and never copied here; see its PROVENANCE.md).
//!
//! Facts carried from PROVENANCE.md: every encrypted fixture's password is `test`; Stratum's
//! Aegis vault holds an mOTP entry (14 bytes of 0xaa, PIN 1234) whose code at unix time
//! 1 700 000 000 is `d43efd`; Stratum's andOTP backup holds an mOTP entry whose secret is the
//! text `AAAAAAAAAAAAAAAA`. Aegis's own fixtures hold 3 TOTP (SHA-1/6 digits/30 s, SHA-256/7/20 s,
//! SHA-512/8/50 s), 3 HOTP (counters 1, 50, 10300) and a Steam entry (Boeing: Sophia, whose
//! Steam Guard code at unix time 1 700 000 000 is `747JR`, computed with Python's `hmac` by
//! Steam's published algorithm); Stratum's files hold the
//! same TOTP/HOTP set in every format (a 60 s period, SHA-256, SHA-512, an HOTP at counter 10,
//! a 9-digit TOTP, plus Steam and Yandex entries).

use motp_core::{
    EntryOutcome, Error, HashAlgorithm, HotpParams, ImportFormat, Imported, OtpKind, Pin,
    TotpParams, code, detect_format, import,
};

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
    imported.skipped().map(|(_, r)| r.to_string()).collect()
}

fn totp(algorithm: HashAlgorithm, digits: u8, period_seconds: u32) -> OtpKind {
    OtpKind::Totp(TotpParams {
        algorithm,
        digits,
        period_seconds,
        t0_seconds: 0,
    })
}

fn hotp(algorithm: HashAlgorithm, digits: u8, counter: u64) -> OtpKind {
    OtpKind::Hotp(HotpParams {
        algorithm,
        digits,
        counter,
    })
}

/// `(label, kind, secret)` of every token, in file order.
fn summary(imported: &Imported) -> Vec<(String, OtpKind, String)> {
    imported
        .entries
        .iter()
        .filter_map(|e| match &e.outcome {
            EntryOutcome::Token(t) => Some((e.label.clone(), t.kind, t.secret.expose().to_owned())),
            EntryOutcome::Skipped { .. } => None,
        })
        .collect()
}

#[test]
fn aegis_plain_from_aegis_has_totp_and_hotp() {
    use HashAlgorithm::*;
    let bytes = fixture("aegis__importers__aegis_plain.json");
    assert_eq!(detect_format(&bytes), Some(ImportFormat::Aegis));
    let imported = import(&bytes, None, None).unwrap();
    assert!(!imported.encrypted);
    assert_eq!(kinds(&imported), (7, 0));
    let got: Vec<_> = summary(&imported)
        .into_iter()
        .map(|(l, k, _)| (l, k))
        .collect();
    assert_eq!(
        got,
        [
            ("Deno: Mason".to_owned(), totp(Sha1, 6, 30)),
            ("SPDX: James".to_owned(), totp(Sha256, 7, 20)),
            ("Airbnb: Elijah".to_owned(), totp(Sha512, 8, 50)),
            ("Issuu: James".to_owned(), hotp(Sha1, 6, 1)),
            ("Air Canada: Benjamin".to_owned(), hotp(Sha256, 7, 50)),
            ("WWE: Mason".to_owned(), hotp(Sha512, 8, 10300)),
            ("Boeing: Sophia".to_owned(), OtpKind::Steam),
        ]
    );
    // Secrets are the file's Base32, in canonical form.
    assert_eq!(summary(&imported)[0].2, "4SJHB4GSD43FZBAI7C2HLRJGPQ");
    assert_eq!(summary(&imported), aegis_vectors());
    assert_steam_code(&imported);
}

/// The Steam entry of Aegis's importer fixtures, wherever it was imported from, shows Steam's
/// code: `747JR` at unix time 1 700 000 000 (see the header).
fn assert_steam_code(imported: &Imported) {
    let t = imported
        .tokens()
        .find(|t| t.kind == OtpKind::Steam)
        .expect("the Steam entry is imported");
    assert_eq!(t.secret.expose(), "JRZCL47CMXVOQMNPZR2F7J4RGI");
    let token = motp_core::Token {
        kind: &t.kind,
        secret: &t.secret,
        pin: None,
    };
    let at = token
        .code_at(1_700_000_000_000, motp_core::ClockCorrection(0), 0)
        .expect("a Steam code at a time after 1970");
    assert_eq!(at.code.as_str(), "747JR");
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
    assert_eq!(kinds(&imported), (7, 0));
    // Same entries as the plain file, in the same order.
    let plain = import(&fixture("aegis__importers__aegis_plain.json"), None, None).unwrap();
    assert_eq!(imported.entries, plain.entries);
    assert_eq!(kinds(&imported), (7, 0));
}

fn check_stratum_aegis_motp(imported: &Imported) {
    let tokens: Vec<_> = imported
        .tokens()
        .filter(|t| t.kind == OtpKind::Motp)
        .collect();
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
        .find(|e| matches!(&e.outcome, EntryOutcome::Token(t) if t.kind == OtpKind::Motp))
        .expect("a token entry")
        .label;
    assert_eq!(label, "Motp: Motp");
}

/// The TOTP/HOTP set Stratum's fixtures share, in every format: `(label, kind, secret)`.
fn stratum_oath_set() -> Vec<(String, OtpKind, String)> {
    use HashAlgorithm::*;
    [
        (
            "Long: Period",
            totp(Sha1, 6, 60),
            "JGRMXBLPPYQIFMRBFQDHNP3MPPYQYNUN",
        ),
        (
            "Sha: 256",
            totp(Sha256, 6, 30),
            "RJNZJM7PAGJUBG32XHQWHFZVLYOMGIUQ",
        ),
        (
            "Sha: 512",
            totp(Sha512, 6, 30),
            "UW33SR5O4EKTDXNCBBS5FSPUKAYXIWOH",
        ),
        (
            "Standard: Hotp",
            hotp(Sha1, 6, 10),
            "JOR2VZXMNHACFNLRAOACFFRDRYAOFMLB",
        ),
        (
            "Standard: Totp",
            totp(Sha1, 6, 30),
            "54VEGZFJHM3BGDONFERMPUOKNGDJETGM",
        ),
        (
            "NoIssuer",
            totp(Sha1, 6, 30),
            "KY2QJPMNQLSGSZE2C5F7AYBLBVEEDHFX",
        ),
    ]
    .into_iter()
    .map(|(l, k, s)| (l.to_owned(), k, s.to_owned()))
    .collect()
}

/// `(kind, secret)` of the TOTP/HOTP tokens, sorted by secret (formats order entries
/// differently, and label an entry without issuer differently).
fn oath_only(tokens: Vec<(String, OtpKind, String)>) -> Vec<(OtpKind, String)> {
    let mut v: Vec<_> = tokens
        .into_iter()
        .filter(|(_, k, _)| matches!(k, OtpKind::Totp(_) | OtpKind::Hotp(_)))
        .map(|(_, k, s)| (k, s))
        .collect();
    v.sort_by(|a, b| a.1.cmp(&b.1));
    v
}

#[test]
fn stratum_fixtures_hold_the_same_totp_and_hotp_tokens_in_every_format() {
    let want = oath_only(stratum_oath_set());
    for (file, password) in [
        ("stratum__aegis.unencrypted.json", None),
        ("stratum__aegis.encrypted.json", Some("test")),
        ("stratum__andotp.unencrypted.json", None),
        ("stratum__backup.strong.authpro", Some("test")),
        ("stratum__backup.legacy.authpro", Some("test")),
    ] {
        let imported = import(&fixture(file), None, password).unwrap();
        let mut got = oath_only(summary(&imported));
        // Stratum's Aegis vault has one more TOTP entry, with an issuer but no account name.
        got.retain(|(_, s)| s != "BBBBBBBBBBBBBBBBBBBBBBBB");
        assert_eq!(got, want, "{file}");
        let reasons = reasons(&imported);
        assert!(
            reasons
                .iter()
                .any(|r| r.starts_with("9 digits is not supported")),
            "{file}: {reasons:?}"
        );
    }
}

#[test]
fn aegis_plain_from_stratum_has_the_motp_entry() {
    let bytes = fixture("stratum__aegis.unencrypted.json");
    let imported = import(&bytes, None, None).unwrap();
    assert!(!imported.encrypted);
    check_stratum_aegis_motp(&imported);
    let reasons = reasons(&imported);
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    for r in ["9 digits", "Yandex: not supported"] {
        assert!(reasons.iter().any(|x| x.starts_with(r)), "{reasons:?}");
    }
    assert_eq!(
        imported
            .tokens()
            .filter(|t| t.kind == OtpKind::Steam)
            .count(),
        1
    );
}

/// Stratum's files each hold one Steam entry (a made-up secret per format: its Aegis vaults
/// `CCCC…`, its andOTP backup `BBBB…A`, its own backup `AOSKDP…`): each is read as Steam and
/// makes 5-character codes.
#[test]
fn stratum_fixtures_hold_the_same_steam_token_in_every_format() {
    let mut secrets = Vec::new();
    for (file, password) in [
        ("stratum__aegis.unencrypted.json", None),
        ("stratum__aegis.encrypted.json", Some("test")),
        ("stratum__andotp.unencrypted.json", None),
        ("stratum__backup.unencrypted.authpro", None),
    ] {
        let imported = import(&fixture(file), None, password).unwrap();
        let steam: Vec<_> = imported
            .tokens()
            .filter(|t| t.kind == OtpKind::Steam)
            .map(|t| t.secret.expose().to_owned())
            .collect();
        assert_eq!(steam.len(), 1, "{file}");
        secrets.push(steam[0].clone());
    }
    assert_eq!(
        secrets,
        [
            "CCCCCCCCCCCCCCCCCCCCCCCCCCCCC",
            "CCCCCCCCCCCCCCCCCCCCCCCCCCCCC",
            "BBBBBBBBBBBBBBBBBA",
            "AOSKDPAOSKDPASODKOAPSDI"
        ]
    );
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
    assert_eq!(kinds(&imported), (13, 2));
    let t = imported.tokens().find(|t| t.kind == OtpKind::Motp).unwrap();
    assert_eq!(t.issuer.as_deref(), Some("Company VPN"));
    assert_eq!(t.account, "john@example.com");
    assert!(!t.secret.is_hex());
    assert_eq!(t.secret.len(), 25);
    assert!(t.pin.is_none());
    // Its made-up TOTP secrets: unused trailing bits are tolerated (as Stratum does), but 14
    // and 17 characters cannot be whole bytes; the HOTP entry keeps its counter.
    let s = summary(&imported);
    assert!(s.contains(&(
        "HOTP example: john@example.com".to_owned(),
        hotp(HashAlgorithm::Sha1, 6, 4),
        "OISJDIASJDIASJDOAI".to_owned()
    )));
    assert!(s.contains(&(
        "Amazon: john@example.com".to_owned(),
        totp(HashAlgorithm::Sha1, 6, 30),
        "ASKDJKQ".to_owned()
    )));
    let skipped: Vec<_> = imported.skipped().map(|(l, _)| l.to_owned()).collect();
    assert_eq!(
        skipped,
        ["Epic Games: john@example.com", "Blizzard: example"]
    );
    let reasons = reasons(&imported);
    assert!(reasons[0].contains("14 characters cannot encode whole bytes"));
    assert!(reasons[1].contains("17 characters"), "{reasons:?}");
    assert!(
        summary(&imported)
            .iter()
            .any(|(l, k, _)| l == "Steam: example" && *k == OtpKind::Steam)
    );
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
        assert_eq!(kinds(&imported), (6, 1), "{name}");
        assert!(
            imported.tokens().all(|t| t.kind != OtpKind::Motp),
            "{name}: no mOTP entry"
        );
    }
}

#[test]
fn andotp_plain_decodes_the_secret_text() {
    let bytes = fixture("stratum__andotp.unencrypted.json");
    assert_eq!(detect_format(&bytes), Some(ImportFormat::AndOtp));
    let imported = import(&bytes, None, None).unwrap();
    assert_eq!(kinds(&imported), (8, 1));
    let t = imported.tokens().find(|t| t.kind == OtpKind::Motp).unwrap();
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

/// Stratum's test export of Google Authenticator (`googleauthenticator.txt`, one
/// `otpauth-migration://` line): six accounts, whose names Stratum's own test of its importer
/// expects ("Sha:512", "Sha:256", "Standard:Totp", "Standard:Hotp" with counter 10, "NoIssuer",
/// "Long:Period"). Google's format has no period, so the last one is a 30 s TOTP.
#[test]
fn google_authenticator_export() {
    use motp_core::kind::{HashAlgorithm, OtpKind};
    let bytes = fixture("stratum__googleauthenticator.txt");
    assert_eq!(
        detect_format(&bytes),
        Some(ImportFormat::GoogleAuthenticator)
    );
    for format in [None, Some(ImportFormat::GoogleAuthenticator)] {
        let imported = import(&bytes, format, None).unwrap();
        assert_eq!(imported.skipped().count(), 0);
        let labels: Vec<&str> = imported.entries.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Sha: 512",
                "Sha: 256",
                "Standard: Totp",
                "Standard: Hotp",
                "NoIssuer",
                "Long: Period"
            ]
        );
        let tokens: Vec<_> = imported.tokens().collect();
        let algorithm = |t: &motp_core::portable::PortableToken| match t.kind {
            OtpKind::Totp(p) => (p.algorithm, p.digits, p.period_seconds, None),
            OtpKind::Hotp(p) => (p.algorithm, p.digits, 0, Some(p.counter)),
            OtpKind::Motp | OtpKind::Steam => panic!("no mOTP or Steam in a Google export"),
        };
        assert_eq!(algorithm(tokens[0]), (HashAlgorithm::Sha512, 6, 30, None));
        assert_eq!(algorithm(tokens[1]), (HashAlgorithm::Sha256, 6, 30, None));
        assert_eq!(algorithm(tokens[2]), (HashAlgorithm::Sha1, 6, 30, None));
        assert_eq!(algorithm(tokens[3]), (HashAlgorithm::Sha1, 6, 0, Some(10)));
        assert_eq!(tokens[4].issuer, None);
        assert_eq!(tokens[4].account, "NoIssuer");
        for t in &tokens {
            // 20-byte secrets, as Google makes them: 32 Base32 characters.
            assert_eq!(t.secret.expose().len(), 32, "{}", t.account);
        }
    }
    // Asked for as a URI list, it says what it is.
    let e = import(&bytes, Some(ImportFormat::UriList), None).unwrap_err();
    assert!(e.to_string().contains("Google Authenticator"), "{e}");
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

/// Aegis before its fix for passwords longer than 64 bytes derived their keys differently;
/// a slot it has not repaired since cannot be opened with such a password here. A wrong
/// password of up to 64 bytes is just wrong; from 65 bytes on, an unrepaired slot is the
/// likelier cause, and the error says how to repair it. The fixture is Aegis's own encrypted
/// vault with its slot's `repaired` flag cleared (read at run time, changed in memory).
#[test]
fn aegis_passwords_past_64_bytes_on_an_unrepaired_slot_say_how_to_repair_it() {
    let mut vault: serde_json::Value =
        serde_json::from_slice(&fixture("aegis__importers__aegis_encrypted.json")).unwrap();
    vault["header"]["slots"][0]["repaired"] = serde_json::Value::Bool(false);
    let bytes = serde_json::to_vec(&vault).unwrap();
    let wrong_64 = "x".repeat(64);
    assert!(matches!(
        import(&bytes, Some(ImportFormat::Aegis), Some(&wrong_64)),
        Err(Error::ImportWrongPassword { .. })
    ));
    let wrong_65 = "x".repeat(65);
    match import(&bytes, Some(ImportFormat::Aegis), Some(&wrong_65)) {
        Err(Error::ImportUnsupported { reason, .. }) => {
            assert!(reason.contains("longer than 64 bytes"), "{reason}")
        }
        other => panic!("{other:?}"),
    }
    // A repaired slot (the fixture as Aegis wrote it): a long wrong password is just wrong.
    let as_written = fixture("aegis__importers__aegis_encrypted.json");
    assert!(matches!(
        import(&as_written, Some(ImportFormat::Aegis), Some(&wrong_65)),
        Err(Error::ImportWrongPassword { .. })
    ));
}

/// An encrypted Aegis vault with no password slot: only a fingerprint opens it (said with how
/// to add a password in Aegis), or nothing does (a damaged file).
#[test]
fn aegis_without_a_password_slot_says_why_it_cannot_be_opened() {
    let mut vault: serde_json::Value =
        serde_json::from_slice(&fixture("aegis__importers__aegis_encrypted.json")).unwrap();
    let mut biometric = vault["header"]["slots"][0].clone();
    biometric["type"] = serde_json::Value::from(2);
    vault["header"]["slots"] = serde_json::Value::Array(vec![biometric]);
    let bytes = serde_json::to_vec(&vault).unwrap();
    match import(&bytes, Some(ImportFormat::Aegis), Some("test")) {
        Err(Error::ImportUnsupported { reason, .. }) => {
            assert!(reason.contains("fingerprint"), "{reason}")
        }
        other => panic!("{other:?}"),
    }
    vault["header"]["slots"] = serde_json::Value::Array(Vec::new());
    let bytes = serde_json::to_vec(&vault).unwrap();
    match import(&bytes, Some(ImportFormat::Aegis), Some("test")) {
        Err(Error::ImportMalformed { problem, .. }) => {
            assert!(problem.contains("no password slot"), "{problem}")
        }
        other => panic!("{other:?}"),
    }
}

/// The TOTP/HOTP set of Aegis's importer fixtures (`aegis-importers/plain.txt`, Aegis's own
/// expected entries), as `(label, kind, secret)`, the Steam entry (Boeing: Sophia) last.
fn aegis_vectors() -> Vec<(String, OtpKind, String)> {
    use HashAlgorithm::*;
    [
        (
            "Deno: Mason",
            totp(Sha1, 6, 30),
            "4SJHB4GSD43FZBAI7C2HLRJGPQ",
        ),
        (
            "SPDX: James",
            totp(Sha256, 7, 20),
            "5OM4WOOGPLQEF6UGN3CPEOOLWU",
        ),
        (
            "Airbnb: Elijah",
            totp(Sha512, 8, 50),
            "7ELGJSGXNCCTV3O6LKJWYFV2RA",
        ),
        (
            "Issuu: James",
            hotp(Sha1, 6, 1),
            "YOOMIXWS5GN6RTBPUFFWKTW5M4",
        ),
        (
            "Air Canada: Benjamin",
            hotp(Sha256, 7, 50),
            "KUVJJOM753IHTNDSZVCNKL7GII",
        ),
        (
            "WWE: Mason",
            hotp(Sha512, 8, 10300),
            "5VAML3X35THCEBVRLV24CGBKOY",
        ),
        (
            "Boeing: Sophia",
            OtpKind::Steam,
            "JRZCL47CMXVOQMNPZR2F7J4RGI",
        ),
    ]
    .into_iter()
    .map(|(l, k, s)| (l.to_owned(), k, s.to_owned()))
    .collect()
}

/// The vectors with the given labels, in that order, each changed as the app that wrote the
/// file must have changed it (PROVENANCE.md's "what that app cannot hold").
fn vectors(labels: &[&str], adjust: impl Fn(OtpKind) -> OtpKind) -> Vec<(String, OtpKind, String)> {
    let all = aegis_vectors();
    labels
        .iter()
        .map(|l| {
            let (label, kind, secret) = all
                .iter()
                .find(|(x, _, _)| x == l)
                .expect("a label of the vectors")
                .clone();
            (label, adjust(kind), secret)
        })
        .collect()
}

fn importer_fixture(name: &str) -> Vec<u8> {
    fixture(&format!("aegis-importers/{name}"))
}

/// 2FAS's files from Aegis's importer tests: schema 1 holds TOTP only (SHA-1, 6 digits,
/// 30 s: Aegis's test applies that to the vectors), schema 2 makes every entry TOTP keeping
/// algorithm and digits (period 30 s where it had none), schemas 3 and 4 hold everything; the
/// schema 4 files add the Steam entry. Counts per PROVENANCE.md: 6, 4, 6, 5.
#[test]
fn two_fas_every_schema_plain_and_encrypted() {
    use HashAlgorithm::Sha1;
    let all = [
        "Deno: Mason",
        "SPDX: James",
        "Airbnb: Elijah",
        "Issuu: James",
        "Air Canada: Benjamin",
        "WWE: Mason",
    ];
    let v1 = vectors(&all, |_| totp(Sha1, 6, 30));
    let v2 = vectors(
        &[
            "Deno: Mason",
            "Airbnb: Elijah",
            "Issuu: James",
            "WWE: Mason",
        ],
        |k| match k {
            OtpKind::Hotp(h) => totp(h.algorithm, h.digits, 30),
            other => other,
        },
    );
    let v3 = vectors(&all, |k| k);
    let v4 = vectors(
        &[
            "Deno: Mason",
            "Issuu: James",
            "Air Canada: Benjamin",
            "WWE: Mason",
            "Boeing: Sophia",
        ],
        |k| k,
    );
    let cases = [
        ("2fas_authenticator.json", false, &v1, 0),
        ("2fas_authenticator_plain.2fas", false, &v2, 0),
        ("2fas_authenticator_encrypted.2fas", true, &v2, 0),
        ("2fas_authenticator_plain_v3.2fas", false, &v3, 0),
        ("2fas_authenticator_encrypted_v3.2fas", true, &v3, 0),
        ("2fas_authenticator_plain_v4.2fas", false, &v4, 1),
        ("2fas_authenticator_encrypted_v4.2fas", true, &v4, 1),
    ];
    for (name, encrypted, expected, steam) in cases {
        let expected: &Vec<_> = expected;
        let bytes = importer_fixture(name);
        assert_eq!(detect_format(&bytes), Some(ImportFormat::TwoFas), "{name}");
        if encrypted {
            assert_eq!(
                import(&bytes, None, None).unwrap_err(),
                Error::ImportPasswordRequired { format: "2FAS" },
                "{name}"
            );
            assert_eq!(
                import(&bytes, None, Some("tset")).unwrap_err(),
                Error::ImportWrongPassword { format: "2FAS" },
                "{name}"
            );
        }
        let imported = import(&bytes, Some(ImportFormat::TwoFas), Some("test")).unwrap();
        assert_eq!(imported.encrypted, encrypted, "{name}");
        assert_eq!(&summary(&imported), expected, "{name}");
        assert_eq!(kinds(&imported), (expected.len(), 0), "{name}");
        if steam == 1 {
            assert_steam_code(&imported);
        }
    }
}

/// Garbles a real file many ways (every cut, flipped and overwritten bytes, a deterministic
/// pseudo-random walk): the import never panics, an error is a sentence without the file's
/// secrets, and a file that still reads accounts for every entry with a label and a reason.
fn garbled_never_panics(name: &str, password: Option<&str>) {
    let bytes = importer_fixture(name);
    let secrets: Vec<String> = aegis_vectors().into_iter().map(|(_, _, s)| s).collect();
    let check = |what: String, garbled: &[u8]| {
        for format in [None, detect_format(&bytes)] {
            match import(garbled, format, password) {
                Err(e) => {
                    let msg = e.to_string();
                    assert!(msg.len() > 20, "{what}: unhelpful error {msg:?}");
                    for s in &secrets {
                        assert!(!msg.contains(s.as_str()), "{what}: error shows a secret");
                    }
                }
                Ok(imported) => {
                    for entry in &imported.entries {
                        assert!(!entry.label.is_empty(), "{what}: an entry without a label");
                        if let EntryOutcome::Skipped { reason } = &entry.outcome {
                            let reason = reason.to_string();
                            assert!(!reason.is_empty(), "{what}: empty reason");
                            for s in &secrets {
                                assert!(
                                    !reason.contains(s.as_str()),
                                    "{what}: reason shows a secret"
                                );
                                assert!(
                                    !entry.label.contains(s.as_str()),
                                    "{what}: label shows a secret"
                                );
                            }
                        }
                    }
                }
            }
        }
    };
    let step = (bytes.len() / 61).max(1);
    for cut in (0..bytes.len()).step_by(step) {
        check(format!("{name} cut at {cut}"), &bytes[..cut]);
    }
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for round in 0..120 {
        let mut garbled = bytes.clone();
        for _ in 0..=(round % 4) {
            let at = (next() as usize) % garbled.len();
            let value = next() as u8;
            match round % 3 {
                0 => garbled[at] ^= 1 << (value % 8),
                1 => garbled[at] = b"\"{}[],:0a\\\x00"[usize::from(value) % 11],
                _ => garbled[at] = value,
            }
        }
        check(format!("{name} garbled, round {round}"), &garbled);
    }
}

#[test]
fn garbled_2fas_files_never_panic() {
    garbled_never_panics("2fas_authenticator.json", None);
    garbled_never_panics("2fas_authenticator_plain_v3.2fas", None);
    garbled_never_panics("2fas_authenticator_plain_v4.2fas", None);
    garbled_never_panics("2fas_authenticator_encrypted_v4.2fas", Some("test"));
}

/// One bad entry in a real file is one skipped entry; the others are read.
#[test]
fn a_bad_entry_in_a_real_2fas_file_is_skipped_alone() {
    let text = String::from_utf8(importer_fixture("2fas_authenticator_plain_v4.2fas")).unwrap();
    let broken = text.replacen(
        "\"secret\":\"4SJHB4GSD43FZBAI7C2HLRJGPQ\"",
        "\"secret\":12",
        1,
    );
    assert_ne!(broken, text);
    let imported = import(broken.as_bytes(), None, None).unwrap();
    assert_eq!(kinds(&imported), (4, 1));
    let (label, reason) = imported.skipped().next().unwrap();
    assert_eq!(label, "Deno: Mason");
    assert_eq!(reason.to_string(), "its \"secret\" is a number, not text");
}

/// Bitwarden's JSON and CSV exports from Aegis's importer tests: four entries (PROVENANCE.md),
/// three TOTP URIs matching the vectors fully, and `steam://SECRET`, the Steam entry's secret.
#[test]
fn bitwarden_json_and_csv() {
    let expected = vectors(&["Deno: Mason", "SPDX: James", "Airbnb: Elijah"], |k| k);
    for (name, steam_label) in [
        ("bitwarden.json", "Test Steam"),
        ("bitwarden.csv", "Test 4"),
    ] {
        let bytes = importer_fixture(name);
        assert_eq!(
            detect_format(&bytes),
            Some(ImportFormat::Bitwarden),
            "{name}"
        );
        for format in [None, Some(ImportFormat::Bitwarden)] {
            let imported = import(&bytes, format, None).unwrap();
            assert!(!imported.encrypted);
            let mut got = summary(&imported);
            let steam = got.pop().expect("four tokens");
            assert_eq!(got, expected, "{name}");
            assert_eq!(kinds(&imported), (4, 0), "{name}");
            assert!(steam.0.ends_with(steam_label), "{name}: {}", steam.0);
            assert_eq!(steam.1, OtpKind::Steam);
            assert_steam_code(&imported);
        }
    }
}

#[test]
fn garbled_bitwarden_files_never_panic() {
    garbled_never_panics("bitwarden.json", None);
    garbled_never_panics("bitwarden.csv", None);
}

/// FreeOTP+'s backup from Aegis's importer tests: six entries (PROVENANCE.md), secrets as
/// signed bytes; its HOTP counters are one lower than the vectors' (Aegis's test makes the
/// same correction: FreeOTP+ stores the counter its next code uses).
#[test]
fn freeotp_plus_backup() {
    let expected = vectors(
        &[
            "WWE: Mason",
            "Air Canada: Benjamin",
            "Issuu: James",
            "Airbnb: Elijah",
            "SPDX: James",
            "Deno: Mason",
        ],
        |k| match k {
            OtpKind::Hotp(h) => hotp(h.algorithm, h.digits, h.counter - 1),
            other => other,
        },
    );
    let bytes = importer_fixture("freeotp_plus.json");
    assert_eq!(detect_format(&bytes), Some(ImportFormat::FreeOtpPlus));
    for format in [None, Some(ImportFormat::FreeOtpPlus)] {
        let imported = import(&bytes, format, None).unwrap();
        assert_eq!(summary(&imported), expected);
        assert_eq!(kinds(&imported), (6, 0));
    }
}

/// Proton Authenticator's export from Aegis's importer tests: three TOTP entries
/// (PROVENANCE.md), matching the vectors fully.
#[test]
fn proton_authenticator_export() {
    let expected = vectors(&["Deno: Mason", "SPDX: James", "Airbnb: Elijah"], |k| k);
    let bytes = importer_fixture("proton_authenticator.json");
    assert_eq!(
        detect_format(&bytes),
        Some(ImportFormat::ProtonAuthenticator)
    );
    for format in [None, Some(ImportFormat::ProtonAuthenticator)] {
        let imported = import(&bytes, format, None).unwrap();
        assert_eq!(summary(&imported), expected);
        assert_eq!(kinds(&imported), (3, 0));
    }
}

/// Ente Auth's plain export from Aegis's importer tests: seven Key URIs with Ente's extra
/// `codeDisplay` parameter (and a `period` on an HOTP URI), read as a URI list, the Steam one
/// (`otpauth://steam/…`) too (PROVENANCE.md: seven entries, nothing Ente cannot hold).
#[test]
fn ente_auth_plain_export_is_a_uri_list() {
    let expected = vectors(
        &[
            "Air Canada: Benjamin",
            "Airbnb: Elijah",
            "Deno: Mason",
            "Issuu: James",
            "SPDX: James",
            "WWE: Mason",
        ],
        |k| k,
    );
    let bytes = importer_fixture("ente_auth.txt");
    assert_eq!(detect_format(&bytes), Some(ImportFormat::UriList));
    let imported = import(&bytes, None, None).unwrap();
    let mut got = summary(&imported);
    let steam = got.remove(2);
    assert_eq!(got, expected);
    assert_eq!(steam.1, OtpKind::Steam);
    assert_eq!(kinds(&imported), (7, 0));
    assert_steam_code(&imported);
}

/// Ente Auth's encrypted export of the same seven entries, written by libsodium itself
/// (`tests/tools/make-ente-export.py`, PyNaCl: `crypto_pwhash` Argon2id 1.3 and one
/// `crypto_secretstream_xchacha20poly1305` message tagged FINAL, as Ente Auth writes it; no
/// encrypted Ente file is published as test data). Cheap KDF parameters: 64 KiB, 2 passes.
fn ente_encrypted(plain: &[u8], password: &str, tag: &str) -> Vec<u8> {
    use std::io::Write;
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/tools/make-ente-export.py"
    );
    // scripts/test.sh sets MOTP_PYTHON to a Python with PyNaCl (installing it in a private
    // virtual environment when the system's lacks it).
    let python = std::env::var("MOTP_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let mut child = std::process::Command::new(&python)
        .args([script, "65536", "2", tag])
        .env("ENTE_PASSWORD", password)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("{python} with PyNaCl is needed (scripts/test.sh installs it): {e}")
        });
    let mut stdin = child.stdin.take().expect("the script's stdin is piped");
    stdin.write_all(plain).expect("the script reads the URIs");
    drop(stdin);
    let out = child.wait_with_output().expect("the script ran");
    assert!(
        out.status.success(),
        "make-ente-export.py failed (it needs PyNaCl: pip install pynacl): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn ente_auth_encrypted_export_made_by_libsodium_opens_with_its_password() {
    let plain = importer_fixture("ente_auth.txt");
    let bytes = ente_encrypted(&plain, "pässword", "final");
    assert_eq!(detect_format(&bytes), Some(ImportFormat::EnteAuth));
    let imported = import(&bytes, None, Some("pässword")).unwrap();
    assert_eq!(imported.format, ImportFormat::EnteAuth);
    assert!(imported.encrypted);
    let from_plain = import(&plain, None, None).unwrap();
    assert_eq!(summary(&imported), summary(&from_plain));
    assert_eq!(kinds(&imported), (7, 0));
    assert_steam_code(&imported);

    assert!(matches!(
        import(&bytes, None, None),
        Err(Error::ImportPasswordRequired {
            format: "Ente Auth"
        })
    ));
    assert!(matches!(
        import(&bytes, None, Some("password")),
        Err(Error::ImportWrongPassword {
            format: "Ente Auth"
        })
    ));
}

/// What can go wrong with an Ente export ends in one sentence each, before any key is derived
/// where the file alone shows it.
#[test]
fn damaged_or_hostile_ente_exports_are_refused_with_the_reason() {
    let good = ente_encrypted(
        b"otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP\n",
        "pw",
        "final",
    );
    let doc: serde_json::Value = serde_json::from_slice(&good).unwrap();
    let edited = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut d = doc.clone();
        edit(&mut d);
        serde_json::to_vec(&d).unwrap()
    };
    let refusal = |bytes: Vec<u8>| import(&bytes, None, Some("pw")).unwrap_err().to_string();

    // A stream cut before its FINAL message: Ente never writes one, a truncated copy does.
    let cut = ente_encrypted(
        b"otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP\n",
        "pw",
        "message",
    );
    assert!(refusal(cut).contains("ends before its last part"));
    // One flipped bit of the sealed data fails its Poly1305 tag like a wrong password.
    let tampered = edited(&|d| {
        let data = d["encryptedData"].as_str().unwrap().to_owned();
        let flipped = if data.starts_with('A') { "B" } else { "A" };
        d["encryptedData"] = (flipped.to_owned() + &data[1..]).into();
    });
    assert!(matches!(
        import(&tampered, None, Some("pw")),
        Err(Error::ImportWrongPassword { .. })
    ));
    // Memory beyond Ente's own 1 GiB, and memory × passes beyond its 4 GiB: refused unworked.
    for (mem, ops) in [(2u64 << 30, 1u64), (1 << 30, 5), (256 << 20, 17)] {
        let hostile = edited(&|d| {
            d["kdfParams"]["memLimit"] = mem.into();
            d["kdfParams"]["opsLimit"] = ops.into();
        });
        assert!(
            matches!(
                import(&hostile, None, Some("pw")),
                Err(Error::ImportKdfLimit { .. })
            ),
            "{mem} × {ops}"
        );
    }
    for (edit, expected) in [
        (
            edited(&|d| d["kdfParams"]["opsLimit"] = 0.into()),
            "below libsodium's minimum",
        ),
        (
            edited(&|d| d["kdfParams"]["salt"] = "AAAA".into()),
            "salt is not 16 bytes",
        ),
        (
            edited(&|d| d["encryptionNonce"] = "not base64!".into()),
            "encryptionNonce is not 24 bytes",
        ),
        (
            edited(&|d| d["encryptedData"] = "AAAA".into()),
            "too short to hold the integrity tag",
        ),
        (
            edited(&|d| d["version"] = 2.into()),
            "newer than the version 1",
        ),
        (
            edited(&|d| {
                d.as_object_mut().unwrap().remove("version");
            }),
            "it has no version",
        ),
        (
            edited(&|d| {
                d.as_object_mut().unwrap().remove("kdfParams");
            }),
            "kdfParams",
        ),
    ] {
        let message = import(&edit, Some(ImportFormat::EnteAuth), Some("pw"))
            .unwrap_err()
            .to_string();
        assert!(message.contains(expected), "{message:?} lacks {expected:?}");
        assert!(!message.contains("JBSWY3DP"), "{message}");
    }
}

#[test]
fn garbled_freeotp_proton_and_ente_files_never_panic() {
    garbled_never_panics("freeotp_plus.json", None);
    garbled_never_panics("proton_authenticator.json", None);
    garbled_never_panics("ente_auth.txt", None);
}

/// Steam's own data from Aegis's importer tests (`steam.json`: one account under `accounts`;
/// `steam_old.json`: the account alone): one Steam token each, issuer Steam, the secret of
/// Aegis's Steam vector (`shared_secret` `THIl8+Jl6ugxr8x0X6eRMg==` is its key in Base64), so
/// its code at 1 700 000 000 is `747JR`.
#[test]
fn steam_guard_data_old_and_new() {
    for name in ["steam.json", "steam_old.json"] {
        let bytes = importer_fixture(name);
        assert_eq!(
            detect_format(&bytes),
            Some(ImportFormat::SteamGuard),
            "{name}"
        );
        let imported = import(&bytes, None, None).unwrap();
        assert_eq!(kinds(&imported), (1, 0), "{name}");
        assert_eq!(
            summary(&imported),
            [(
                "Steam: Sophia".to_owned(),
                OtpKind::Steam,
                "JRZCL47CMXVOQMNPZR2F7J4RGI".to_owned()
            )],
            "{name}"
        );
        assert_steam_code(&imported);
    }
}

#[test]
fn garbled_steam_guard_files_never_panic() {
    garbled_never_panics("steam.json", None);
    garbled_never_panics("steam_old.json", None);
}

/// Stratum's Aegis vault (content version 2) files two entries under the group "Group"
/// (`"group": "Group"`); they keep it, the others have none.
#[test]
fn aegis_groups_are_kept() {
    let imported = import(&fixture("stratum__aegis.unencrypted.json"), None, None).unwrap();
    let grouped: Vec<&str> = imported
        .tokens()
        .filter_map(|t| t.group.as_deref())
        .collect();
    assert_eq!(grouped, ["Group", "Group"]);
}
