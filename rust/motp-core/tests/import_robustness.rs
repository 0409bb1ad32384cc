//! Bad input never panics and always gets a clear error: truncated, bit-flipped, garbage,
//! hostile and wrongly shaped files, plus property tests feeding random and mutated bytes to
//! every importer. (Longer fuzzing: `fuzz/` and `scripts/fuzz.sh`.)

use motp_core::{EntryOutcome, Error, ImportFormat, Imported, Result, import};
use proptest::prelude::*;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/fixtures/");
const OWN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/import-export/"
);

/// Secrets held by the fixtures: no error message or skip reason may contain them.
const SECRETS: &[&str] = &[
    "0123456789abcdef",
    "0123456789ABCDEF",
    "e3152afee62599c8",
    "aaaaaaaaaaaaaaaa",
    "AAAAAAAAAAAAAAAA",
    "asdasddasadsadsadsads2133",
    "VKVKVKVKVKVKVKVK",
    "IFAUCQKBIFAUCQKB",
];

fn shared(name: &str) -> Vec<u8> {
    std::fs::read(format!("{SHARED}{name}"))
        .unwrap_or_else(|e| panic!("shared fixture {name} is missing ({e}): see PROVENANCE.md"))
}

fn own(name: &str) -> Vec<u8> {
    std::fs::read(format!("{OWN}{name}")).unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

/// Fixtures whose key derivation is cheap enough to run hundreds of times.
fn cheap_fixtures() -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = [
        "aegis_motp_plain.json",
        "aegis_motp_encrypted.json",
        "authpro_motp_plain.authpro",
        "andotp_motp.json",
        "andotp_motp_cheap.json.aes",
        "andotp_motp_old.json.aes",
        "uri_list.txt",
    ]
    .iter()
    .map(|n| (n.to_string(), own(n)))
    .collect();
    for n in [
        "aegis__importers__aegis_plain.json",
        "stratum__aegis.unencrypted.json",
        "stratum__andotp.unencrypted.json",
        "stratum__backup.unencrypted.authpro",
        "stratum__googleauthenticator.txt",
        "aegis-importers/2fas_authenticator.json",
        "aegis-importers/2fas_authenticator_plain_v4.2fas",
        "aegis-importers/bitwarden.json",
        "aegis-importers/bitwarden.csv",
        "aegis-importers/freeotp_plus.json",
        "aegis-importers/proton_authenticator.json",
        "aegis-importers/ente_auth.txt",
    ] {
        out.push((n.to_string(), shared(n)));
    }
    out
}

/// Fixtures with real-strength key derivation: mutated without a password, mostly.
fn costly_fixtures() -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> =
        ["authpro_motp_strong.authpro", "authpro_motp_legacy.authpro"]
            .iter()
            .map(|n| (n.to_string(), own(n)))
            .collect();
    for n in [
        "aegis__importers__aegis_encrypted.json",
        "stratum__aegis.encrypted.json",
        "stratum__backup.strong.authpro",
        "stratum__backup.legacy.authpro",
        "aegis-importers/2fas_authenticator_encrypted_v4.2fas",
    ] {
        out.push((n.to_string(), shared(n)));
    }
    out
}

/// Checks an import's outcome is well-formed and leaks nothing.
fn check(what: &str, result: &Result<Imported>) {
    match result {
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.len() > 20, "{what}: unhelpful error {msg:?}");
            for s in SECRETS {
                assert!(!msg.contains(s), "{what}: the error shows a secret: {msg}");
            }
        }
        Ok(imported) => {
            for entry in &imported.entries {
                match &entry.outcome {
                    EntryOutcome::Token(t) => assert!(!t.secret.is_empty()),
                    EntryOutcome::Skipped { reason } => {
                        let reason = reason.to_string();
                        assert!(!reason.is_empty(), "{what}: empty reason");
                        for s in SECRETS {
                            assert!(!reason.contains(s), "{what}: a reason shows a secret");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn truncated_files_get_clear_errors() {
    for (name, bytes) in cheap_fixtures() {
        let step = (bytes.len() / 97).max(1);
        for cut in (0..bytes.len())
            .step_by(step)
            .chain([1, 2, 3, 15, 16, 17, 33, 44])
        {
            let cut = cut.min(bytes.len().saturating_sub(1));
            for format in [None, detect(&bytes)] {
                let r = import(&bytes[..cut], format, Some("test"));
                check(&format!("{name} cut at {cut}"), &r);
            }
        }
    }
    for (name, bytes) in costly_fixtures() {
        for cut in [0, 10, 16, 40, 60, bytes.len() / 2, bytes.len() - 1] {
            let r = import(&bytes[..cut], None, None);
            check(&format!("{name} cut at {cut}"), &r);
        }
        // One truncation with the password: the ciphertext no longer authenticates.
        let r = import(&bytes[..bytes.len() - 20], None, Some("test"));
        assert!(r.is_err(), "{name}: a truncated encrypted file opened");
        check(&format!("{name} cut, with password"), &r);
    }
}

fn detect(bytes: &[u8]) -> Option<ImportFormat> {
    motp_core::detect_format(bytes)
}

#[test]
fn tampered_ciphertexts_are_detected() {
    // Aegis: a changed character in the encrypted contents fails their integrity check; a
    // changed wrapped key reads as a wrong password.
    let text = String::from_utf8(own("aegis_motp_encrypted.json")).unwrap();
    let db_at = text.find("\"db\": \"").unwrap() + 10;
    let mut bad_db = text.clone().into_bytes();
    bad_db[db_at] = if bad_db[db_at] == b'A' { b'B' } else { b'A' };
    let e = import(&bad_db, None, Some("test")).unwrap_err();
    assert!(matches!(e, Error::ImportMalformed { .. }), "{e:?}");
    assert!(e.to_string().contains("integrity"), "{e}");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let key = v["header"]["slots"][1]["key"].as_str().unwrap();
    let mut flipped = key.to_owned().into_bytes();
    flipped[0] = if flipped[0] == b'0' { b'1' } else { b'0' };
    let bad_slot = text.replace(key, std::str::from_utf8(&flipped).unwrap());
    assert_eq!(
        import(bad_slot.as_bytes(), None, Some("test")).unwrap_err(),
        Error::ImportWrongPassword { format: "Aegis" }
    );

    // Binary formats: flip one bit in the middle of the ciphertext.
    for (name, format) in [
        ("andotp_motp_cheap.json.aes", "andOTP"),
        ("authpro_motp_strong.authpro", "Authenticator Pro"),
        ("authpro_motp_legacy.authpro", "Authenticator Pro"),
    ] {
        let mut bytes = own(name);
        let mid = bytes.len() - 40;
        bytes[mid] ^= 0x10;
        assert_eq!(
            import(&bytes, None, Some("test")).unwrap_err(),
            Error::ImportWrongPassword { format },
            "{name}"
        );
    }
}

fn aegis_with_slot(n: u64, r: u64, p: u64) -> Vec<u8> {
    let text = String::from_utf8(own("aegis_motp_encrypted.json")).expect("UTF-8");
    text.replace("\"n\": 1024", &format!("\"n\": {n}"))
        .replace("\"r\": 8", &format!("\"r\": {r}"))
        .replace("\"p\": 1,", &format!("\"p\": {p},"))
        .into_bytes()
}

#[test]
fn hostile_key_derivation_parameters_are_refused_quickly() {
    for (n, r, p) in [
        (1 << 30, 8, 1),
        (1 << 20, 8, 1),
        (1 << 15, 8, 1000),
        (1 << 15, 1 << 20, 1),
    ] {
        let e = import(&aegis_with_slot(n, r, p), None, Some("test")).unwrap_err();
        assert!(
            matches!(e, Error::ImportKdfLimit { .. }),
            "{n} {r} {p}: {e:?}"
        );
        assert!(e.to_string().contains("more than the limit"), "{e}");
    }
    for (n, r, p) in [(1000, 8, 1), (0, 8, 1), (1024, 0, 1), (1024, 8, 0)] {
        let e = import(&aegis_with_slot(n, r, p), None, Some("test")).unwrap_err();
        assert!(
            matches!(e, Error::ImportMalformed { .. }),
            "{n} {r} {p}: {e:?}"
        );
    }
    let huge = aegis_with_slot(1 << 15, 8, 1);
    let e = import(
        &String::from_utf8(huge)
            .unwrap()
            .replace("32768", "1e300")
            .into_bytes(),
        None,
        Some("test"),
    )
    .unwrap_err();
    assert!(matches!(e, Error::ImportMalformed { .. }), "{e:?}");

    // andOTP: u32::MAX iterations is not attempted; the old layout is tried and fails.
    let mut andotp = own("andotp_motp_cheap.json.aes");
    andotp[..4].copy_from_slice(&u32::MAX.to_be_bytes());
    assert_eq!(
        import(&andotp, Some(ImportFormat::AndOtp), Some("test")).unwrap_err(),
        Error::ImportWrongPassword { format: "andOTP" }
    );
}

#[test]
fn wrong_json_shapes_get_clear_errors() {
    use ImportFormat::*;
    let aegis_plain =
        |db: &str| format!(r#"{{"version":1,"header":{{"slots":null,"params":null}},"db":{db}}}"#);
    let cases: Vec<(String, Option<ImportFormat>, &str)> = vec![
        (r#"{"version":2,"header":{},"db":{}}"#.into(), None, "file version 2 is newer"),
        (r#"{"header":{},"db":{}}"#.into(), None, "no file version"),
        (r#"{"version":1,"header":5,"db":{}}"#.into(), None, "\"header\" is a number"),
        (aegis_plain("[]"), None, "\"db\" is a list"),
        (aegis_plain(r#"{"version":4,"entries":[]}"#), None, "content version 4 is newer"),
        (aegis_plain(r#"{"version":0,"entries":[]}"#), None, "content version 0 is not valid"),
        (aegis_plain(r#"{"version":3}"#), None, "no \"entries\""),
        (aegis_plain(r#"{"version":3,"entries":{}}"#), None, "\"entries\" is an object"),
        (
            r#"{"version":1,"header":{"slots":[],"params":{"nonce":"00","tag":"00"}},"db":"x"}"#
                .into(),
            None,
            "is encrypted: give its password",
        ),
        (
            r#"{"version":1,"header":{"slots":[{"type":2,"key":"00","key_params":{}}],"params":{"nonce":"000000000000000000000000","tag":"00000000000000000000000000000000"}},"db":"x"}"#
                .into(),
            Some(Aegis),
            "fingerprint",
        ),
        (r#"{"Authenticators":{}}"#.into(), None, "\"Authenticators\" is an object"),
        (r#"{"Authenticators":[]}"#.into(), Some(AndOtp), "not an andOTP backup"),
        (r#"{"x":1}"#.into(), Some(AndOtp), "an object, not a list"),
        (r#"{"x":1}"#.into(), Some(AuthenticatorPro), "no \"Authenticators\""),
        (r#"[1]"#.into(), Some(AndOtp), "the entry is a number"),
        ("{\"version\":1,".into(), Some(Aegis), "not valid JSON"),
        ("\u{feff}\u{0}\u{1}".into(), Some(UriList), "this is plain text"),
        ("\u{feff}\u{0}\u{1}".into(), None, "seems to be binary data"),
        ("AuthenticatorPro-short".into(), None, "is encrypted"),
    ];
    for (input, format, want) in cases {
        let password = if want == "fingerprint" {
            Some("pw")
        } else {
            None
        };
        let r = import(input.as_bytes(), format, password);
        let msg = match &r {
            Err(e) => e.to_string(),
            Ok(i) => i
                .skipped()
                .map(|(l, r)| format!("{l}: {r}"))
                .collect::<Vec<_>>()
                .join("; "),
        };
        assert!(msg.contains(want), "{input}: wanted {want:?}, got {msg}");
        check(&input, &r);
    }
    let short = import(b"AuthenticatorPro-short", None, Some("test")).unwrap_err();
    assert!(short.to_string().contains("cut short"), "{short}");
    let short = import(b"AUTHENTICATORPRO-short", None, Some("test")).unwrap_err();
    assert!(short.to_string().contains("too short"), "{short}");
    let not_utf8 = import(b"motp://a?secret=00\n\xff\xfe", Some(UriList), None).unwrap_err();
    assert!(not_utf8.to_string().contains("not UTF-8"), "{not_utf8}");
}

#[test]
fn bad_entries_are_skipped_not_fatal() {
    let db = r#"{"version":3,"entries":[
        5,
        {"type":"motp","name":"a","issuer":"x","info":{"secret":7,"pin":"1"}},
        {"type":"motp","name":"b","issuer":"x","info":{"secret":"","pin":"1"}},
        {"type":"motp","name":"c","issuer":"x"},
        {"type":"weird\u0007type","name":"d","issuer":"x","info":{}},
        {"name":"e","issuer":"x","info":{}},
        {"type":"motp","name":"f","issuer":"x","info":{"secret":"AERUKZ4JVPG66","pin":1234}}
    ]}"#;
    let file = format!(r#"{{"version":1,"header":{{"slots":null,"params":null}},"db":{db}}}"#);
    let imported = import(file.as_bytes(), None, None).unwrap();
    let reasons: Vec<_> = imported
        .skipped()
        .map(|(l, r)| format!("{l} / {r}"))
        .collect();
    assert_eq!(
        reasons,
        [
            "entry 1 / the entry is a number, not an object",
            "x: a / its \"secret\" is a number, not text",
            "x: b / the secret is empty",
            "x: c / it has no \"info\"",
            "x: d / unknown type \"weird?type\": not supported (mOTP Token holds mOTP, TOTP, \
             HOTP and Steam tokens)",
            "x: e / it has no \"type\"",
        ]
    );
    let t = imported.tokens().next().unwrap();
    assert_eq!(t.secret.expose(), "0123456789abcdef");
    assert_eq!(
        t.pin.as_ref().unwrap().expose(),
        "1234",
        "a numeric PIN is read as text"
    );
}

fn mutate(bytes: &mut Vec<u8>, ops: &[(u8, usize, u8)]) {
    for &(op, at, value) in ops {
        if bytes.is_empty() {
            bytes.push(value);
            continue;
        }
        let at = at % bytes.len();
        match op % 6 {
            0 => bytes[at] ^= 1 << (value % 8),
            1 => bytes[at] = value,
            2 => bytes.truncate(at),
            3 => bytes.insert(at, value),
            4 => {
                let end = (at + usize::from(value)).min(bytes.len());
                bytes.drain(at..end);
            }
            _ => {
                let end = (at + usize::from(value)).min(bytes.len());
                let chunk = bytes[at..end].to_vec();
                bytes.splice(at..at, chunk);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_bytes_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..2048),
        format in 0usize..9,
    ) {
        let format = [None, Some(ImportFormat::Aegis), Some(ImportFormat::AuthenticatorPro),
            Some(ImportFormat::AndOtp), Some(ImportFormat::UriList), Some(ImportFormat::TwoFas),
            Some(ImportFormat::Bitwarden), Some(ImportFormat::FreeOtpPlus),
            Some(ImportFormat::ProtonAuthenticator)][format];
        // A leading zero byte can read as a real andOTP iteration count; keep random runs fast.
        let password = (bytes.first() != Some(&0)).then_some("test");
        let r = import(&bytes, format, password);
        check("random bytes", &r);
    }

    #[test]
    fn mutated_fixtures_never_panic(
        which in 0usize..19,
        ops in proptest::collection::vec((any::<u8>(), any::<usize>(), any::<u8>()), 1..8),
        as_detected in any::<bool>(),
    ) {
        let fixtures = cheap_fixtures();
        let (name, mut bytes) = fixtures[which % fixtures.len()].clone();
        let format = if as_detected { None } else { motp_core::detect_format(&bytes) };
        mutate(&mut bytes, &ops);
        let r = import(&bytes, format, Some("test"));
        check(&name, &r);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn mutated_costly_fixtures_never_panic(
        which in 0usize..7,
        ops in proptest::collection::vec((any::<u8>(), any::<usize>(), any::<u8>()), 1..8),
    ) {
        let fixtures = costly_fixtures();
        let (name, mut bytes) = fixtures[which % fixtures.len()].clone();
        mutate(&mut bytes, &ops);
        let r = import(&bytes, None, None);
        check(&name, &r);
    }
}

/// An encrypted Aegis file (scrypt 2^15·8·1, as Aegis writes) with `decoys` extra password
/// slots before its real one: copies with another salt, which no password opens.
#[allow(clippy::unwrap_used)] // test setup: a failure should stop loudly
fn aegis_with_decoy_slots(decoys: usize) -> Vec<u8> {
    let token = motp_core::PortableToken {
        kind: motp_core::OtpKind::Motp,
        issuer: Some("ACME".into()),
        account: "alice".into(),
        secret: motp_core::Secret::new("0123456789abcdef").unwrap(),
        pin: Some(motp_core::Pin::new("1234").unwrap()),
        note: None,
        group: None,
    };
    let e = motp_core::export_aegis(
        &[token],
        Some("pw"),
        motp_core::AegisExportParams::default(),
    )
    .unwrap();
    let mut file: serde_json::Value = serde_json::from_slice(&e.bytes).unwrap();
    let slots = file["header"]["slots"].as_array_mut().unwrap();
    let real = slots[0].clone();
    for i in 0..decoys {
        let mut decoy = real.clone();
        decoy["salt"] = format!("{i:064x}").into();
        slots.insert(0, decoy);
    }
    serde_json::to_vec(&file).unwrap()
}

/// Issue 23 §8: the scrypt limit holds for the whole file, not for each slot: slots are tried
/// one after another, so 40 slots of Aegis's own cost took 27 s even with the right password.
/// 16 slots of 2^18 fit in 2^22; a 17th is refused before it is derived. A file whose right
/// slot comes first opens as before.
#[test]
fn the_scrypt_limit_holds_for_the_whole_file() {
    let many = aegis_with_decoy_slots(20);
    match import(&many, Some(ImportFormat::Aegis), Some("pw")) {
        Err(Error::ImportKdfLimit { what, limit, .. }) => {
            assert_eq!(
                what,
                "scrypt work N·r·p = 4456448 in all over its first password slots (it has 21)"
            );
            assert_eq!(limit, "N·r·p = 2^22 for the whole file");
        }
        other => panic!("{other:?}"),
    }
    // Within the budget: the 16th slot is the real one.
    let fits = aegis_with_decoy_slots(15);
    assert_eq!(
        import(&fits, Some(ImportFormat::Aegis), Some("pw"))
            .unwrap()
            .entries
            .len(),
        1
    );
}

/// Issue 23 §7: entries are counted before anything is made of them. A URI list of more than
/// 100,000 lines that are not blank or comments, a JSON backup of more than 100,000 entries, or
/// a JSON document of more than 1,500,000 values is refused in one pass (before: 60 MB of junk
/// URI lines took 11 GB, 20 million `{}` entries 7 GB). The limits themselves are read.
#[test]
fn millions_of_junk_entries_are_refused_before_they_are_read() {
    use motp_core::import::MAX_IMPORT_ENTRIES;
    let lines = |n: usize| "motp://a\n".repeat(n).into_bytes();
    let r = import(
        &lines(MAX_IMPORT_ENTRIES),
        Some(ImportFormat::UriList),
        None,
    )
    .unwrap();
    assert_eq!(r.entries.len(), MAX_IMPORT_ENTRIES);
    assert_eq!(
        import(
            &lines(MAX_IMPORT_ENTRIES + 1),
            Some(ImportFormat::UriList),
            None
        )
        .err(), // not unwrap_err: a failure must not print 100,001 entries
        Some(Error::ImportTooManyEntries {
            format: "URI list",
            what: "lines that are not blank or comments",
            max: MAX_IMPORT_ENTRIES,
        })
    );
    let aegis = |n: usize| {
        let mut body = "{},".repeat(n);
        body.pop();
        format!(
            "{{\"version\":1,\"header\":{{\"slots\":null,\"params\":null}},\"db\":{{\"version\":2,\
             \"entries\":[{body}]}}}}"
        )
        .into_bytes()
    };
    assert_eq!(
        import(&aegis(MAX_IMPORT_ENTRIES), None, None)
            .unwrap()
            .entries
            .len(),
        MAX_IMPORT_ENTRIES
    );
    let e = import(&aegis(MAX_IMPORT_ENTRIES + 1), None, None).err();
    let expected = Error::ImportTooManyEntries {
        format: "Aegis",
        what: "entries",
        max: MAX_IMPORT_ENTRIES,
    };
    assert_eq!(e.as_ref(), Some(&expected));
    let e = expected;
    assert_eq!(
        e.to_string(),
        "this Aegis file has more than 100000 entries, more than any backup holds (a vault \
         takes 10000 tokens): split it into smaller files and import them one by one"
    );
    // More values than any backup, whatever the format: refused before a tree is built.
    let mut values = "[".to_owned() + &"0,".repeat(1_500_000);
    values.push_str("0]");
    assert_eq!(
        import(values.as_bytes(), None, None).err(),
        Some(Error::ImportUnrecognized {
            what: "a JSON document of more than 1500000 values, more than any backup holds".into()
        })
    );
}
