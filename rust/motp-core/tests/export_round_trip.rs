//! Exports read back by our own importers, and checked field by field against the layout
//! Aegis reads (Aegis `docs/vault.md`, `VaultFile`, `Vault`, `VaultEntry`, `MotpInfo`,
//! `Slot`/`PasswordSlot`).

use motp_core::{
    AegisExportParams, Error, ImportFormat, Pin, PortableToken, Secret, code, export_aegis,
    export_uri_list, import,
};
use proptest::prelude::*;
use serde_json::Value;

/// Cheap scrypt for tests; one test below covers Aegis's real defaults.
const CHEAP: AegisExportParams = AegisExportParams {
    scrypt_log_n: 10,
    scrypt_r: 8,
    scrypt_p: 1,
};

fn token(issuer: Option<&str>, account: &str, secret: &str, pin: Option<&str>) -> PortableToken {
    PortableToken {
        kind: motp_core::OtpKind::Motp,
        issuer: issuer.map(str::to_owned),
        account: account.into(),
        secret: Secret::new(secret).expect("a valid secret"),
        pin: pin.map(Pin::raw),
        note: None,
        group: None,
    }
}

fn sample() -> Vec<PortableToken> {
    let mut with_note = token(
        Some("Corp VPN"),
        "alice@corp",
        "0123456789abcdef",
        Some("1234"),
    );
    with_note.note = Some("HQ router".into());
    vec![
        with_note,
        token(
            None,
            "bob",
            "e3152afee62599c8e3152afee62599c8",
            Some("4711"),
        ),
        token(
            Some("Odd"),
            "carol",
            "asdasddasadsadsadsads2133",
            Some("1234"),
        ),
        token(Some("LinOTP"), "dave", "0123456789ABCDEF", Some("1234")),
        token(Some("Short"), "eve", "0123456789abcde", Some("1234")),
        token(Some("NoPin"), "frank", "0123456789abcdef", None),
    ]
}

fn json(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).expect("valid JSON")
}

fn is_hex(s: &str, len: usize) -> bool {
    s.len() == len
        && s.bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

fn is_uuid(s: &str) -> bool {
    let parts: Vec<_> = s.split('-').collect();
    parts.iter().map(|p| p.len()).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
        && parts.iter().all(|p| is_hex(p, p.len()))
        && s.as_bytes()[14] == b'4'
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<_> = v
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    k.sort_unstable();
    k
}

#[test]
fn aegis_skips_what_aegis_cannot_hold_and_says_why() {
    let out = export_aegis(&sample(), None, AegisExportParams::default()).unwrap();
    assert_eq!(out.count, 2);
    let reasons: Vec<_> = out
        .skipped
        .iter()
        .map(|(l, r)| (l.as_str(), r.as_str()))
        .collect();
    assert_eq!(reasons.len(), 4, "{reasons:?}");
    assert_eq!(reasons[0].0, "Odd: carol");
    assert!(reasons[0].1.contains("not hexadecimal"));
    assert!(reasons[1].1.contains("uppercase"));
    assert!(reasons[2].1.contains("odd number"));
    assert_eq!(reasons[3].0, "NoPin: frank");
    assert!(reasons[3].1.contains("no PIN"));
}

#[test]
fn aegis_plain_layout_is_what_aegis_reads() {
    let out = export_aegis(&sample(), None, AegisExportParams::default()).unwrap();
    let text = std::str::from_utf8(&out.bytes).unwrap();
    assert!(
        text.starts_with("{\n    \""),
        "four-space indentation like Aegis"
    );
    let v = json(&out.bytes);
    assert_eq!(keys(&v), ["db", "header", "version"]);
    assert_eq!(v["version"], 1);
    assert_eq!(
        v["header"],
        serde_json::json!({"slots": null, "params": null})
    );
    let db = &v["db"];
    assert_eq!(
        keys(db),
        ["entries", "groups", "icons_optimized", "version"]
    );
    assert_eq!(db["version"], 3);
    assert_eq!(db["groups"], serde_json::json!([]));
    assert_eq!(db["icons_optimized"], true);
    let entries = db["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    for e in entries {
        assert_eq!(
            keys(e),
            [
                "favorite", "groups", "icon", "info", "issuer", "name", "note", "type", "uuid"
            ]
        );
        assert_eq!(e["type"], "motp");
        assert!(is_uuid(e["uuid"].as_str().unwrap()), "{}", e["uuid"]);
        assert_eq!(e["icon"], Value::Null);
        assert_eq!(e["favorite"], false);
        assert_eq!(
            keys(&e["info"]),
            ["algo", "digits", "period", "pin", "secret"]
        );
        assert_eq!(e["info"]["algo"], "MD5");
        assert_eq!(e["info"]["digits"], 6);
        assert_eq!(e["info"]["period"], 10);
        let secret = e["info"]["secret"].as_str().unwrap();
        assert!(
            secret
                .bytes()
                .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
        );
    }
    assert_eq!(entries[0]["name"], "alice@corp");
    assert_eq!(entries[0]["issuer"], "Corp VPN");
    assert_eq!(entries[0]["note"], "HQ router");
    // 0123456789abcdef as bytes, Base32 without padding.
    assert_eq!(entries[0]["info"]["secret"], "AERUKZ4JVPG66");
    assert_eq!(entries[0]["info"]["pin"], "1234");
    assert_eq!(entries[1]["issuer"], "");
    assert_ne!(entries[0]["uuid"], entries[1]["uuid"]);
}

#[test]
fn aegis_plain_round_trip() {
    let tokens = sample();
    let out = export_aegis(&tokens, None, AegisExportParams::default()).unwrap();
    let back = import(&out.bytes, None, None).unwrap();
    assert_eq!(back.format, ImportFormat::Aegis);
    assert!(!back.encrypted);
    let back = back.into_tokens();
    assert_eq!(back, tokens[..2].to_vec());
}

#[test]
fn aegis_encrypted_layout_and_round_trip() {
    let tokens = sample();
    let out = export_aegis(&tokens, Some("correct horse"), CHEAP).unwrap();
    let v = json(&out.bytes);
    assert_eq!(v["version"], 1);
    let slots = v["header"]["slots"].as_array().unwrap();
    assert_eq!(slots.len(), 1);
    let s = &slots[0];
    assert_eq!(
        keys(s),
        [
            "is_backup",
            "key",
            "key_params",
            "n",
            "p",
            "r",
            "repaired",
            "salt",
            "type",
            "uuid"
        ]
    );
    assert_eq!(s["type"], 1);
    assert!(is_uuid(s["uuid"].as_str().unwrap()));
    assert!(is_hex(s["key"].as_str().unwrap(), 64));
    assert!(is_hex(s["key_params"]["nonce"].as_str().unwrap(), 24));
    assert!(is_hex(s["key_params"]["tag"].as_str().unwrap(), 32));
    assert!(is_hex(s["salt"].as_str().unwrap(), 64));
    assert_eq!(
        (s["n"].clone(), s["r"].clone(), s["p"].clone()),
        (1024.into(), 8.into(), 1.into())
    );
    assert_eq!(s["repaired"], true);
    assert_eq!(s["is_backup"], false);
    assert!(is_hex(v["header"]["params"]["nonce"].as_str().unwrap(), 24));
    assert!(is_hex(v["header"]["params"]["tag"].as_str().unwrap(), 32));
    let db = v["db"].as_str().unwrap();
    assert!(db.ends_with('=') || db.len() % 4 == 0, "padded Base64");
    assert!(!String::from_utf8_lossy(&out.bytes).contains("0123456789abcdef"));
    assert!(!String::from_utf8_lossy(&out.bytes).contains("AERUKZ4JVPG66"));

    assert_eq!(
        import(&out.bytes, None, None).unwrap_err(),
        Error::ImportPasswordRequired { format: "Aegis" }
    );
    assert_eq!(
        import(&out.bytes, None, Some("correct horse!")).unwrap_err(),
        Error::ImportWrongPassword { format: "Aegis" }
    );
    let back = import(&out.bytes, None, Some("correct horse")).unwrap();
    assert!(back.encrypted);
    assert_eq!(back.into_tokens(), tokens[..2].to_vec());
}

#[test]
fn aegis_encrypted_with_aegis_defaults() {
    let tokens = sample();
    let out = export_aegis(&tokens[..1], Some("pässwörd"), AegisExportParams::default()).unwrap();
    let v = json(&out.bytes);
    assert_eq!(v["header"]["slots"][0]["n"], 32768);
    let back = import(&out.bytes, None, Some("pässwörd"))
        .unwrap()
        .into_tokens();
    assert_eq!(back, tokens[..1].to_vec());
    let t = &back[0];
    assert_eq!(
        code(&t.secret, t.pin.as_ref().unwrap(), 170_000_000),
        code(&tokens[0].secret, &Pin::raw("1234"), 170_000_000)
    );
}

#[test]
fn aegis_export_refuses_bad_requests() {
    assert_eq!(
        export_aegis(&sample(), Some(""), CHEAP).unwrap_err(),
        Error::ExportPasswordEmpty
    );
    for log_n in [0u8, 30, 64, 255] {
        let params = AegisExportParams {
            scrypt_log_n: log_n,
            ..CHEAP
        };
        let e = export_aegis(&sample(), Some("pw"), params).unwrap_err();
        assert!(matches!(e, Error::InvalidOption(_)), "{log_n}: {e:?}");
    }
    // Parameters are ignored without a password.
    let params = AegisExportParams {
        scrypt_log_n: 255,
        ..CHEAP
    };
    let plain = export_aegis(&sample(), None, params).unwrap();
    let reference = export_aegis(&sample(), None, CHEAP).unwrap();
    assert_eq!(
        (plain.count, &plain.skipped),
        (reference.count, &reference.skipped)
    );
    let back = import(&plain.bytes, None, None).unwrap();
    assert_eq!(
        back.entries.len(),
        plain.count,
        "the export reads back whole"
    );
    assert_eq!(
        back.entries,
        import(&reference.bytes, None, None).unwrap().entries,
        "the same tokens as with valid parameters"
    );
    // Nothing to export is still a valid (empty) vault.
    let empty = export_aegis(&[], None, CHEAP).unwrap();
    assert_eq!(empty.count, 0);
    assert_eq!(import(&empty.bytes, None, None).unwrap().entries.len(), 0);
}

#[test]
fn exports_never_show_secrets_in_debug() {
    let out = export_aegis(&sample(), None, CHEAP).unwrap();
    let dbg = format!("{out:?}");
    assert!(
        !dbg.contains("AERUKZ4JVPG66") && !dbg.contains("1234"),
        "{dbg}"
    );
    let out = export_uri_list(&sample());
    assert!(!format!("{out:?}").contains("0123456789abcdef"));
}

#[test]
fn uri_list_round_trip_without_pins() {
    let tokens = sample();
    let out = export_uri_list(&tokens);
    assert_eq!(out.count, tokens.len());
    assert!(out.skipped.is_empty());
    let text = std::str::from_utf8(&out.bytes).unwrap();
    assert_eq!(text.lines().count(), tokens.len());
    assert!(text.ends_with('\n'));
    assert!(!text.contains("pin="));
    assert_eq!(
        text.lines().next().unwrap(),
        "motp://Corp%20VPN:alice@corp?secret=0123456789abcdef"
    );
    let back = import(&out.bytes, None, None).unwrap();
    assert_eq!(back.format, ImportFormat::UriList);
    let back = back.into_tokens();
    assert_eq!(back.len(), tokens.len());
    for (b, t) in back.iter().zip(&tokens) {
        assert_eq!(
            (&b.issuer, &b.account, &b.secret),
            (&t.issuer, &t.account, &t.secret)
        );
        assert!(b.pin.is_none());
    }
}

fn arb_token() -> impl Strategy<Value = PortableToken> {
    (
        proptest::option::of("[A-Za-z0-9@._:é-]{1,16}"),
        "[A-Za-z0-9@._:é-][A-Za-z0-9@._: é-]{0,15}",
        proptest::collection::vec(any::<u8>(), 1..64),
        proptest::option::of("[0-9]{4,8}"),
        proptest::option::of("[a-z][a-z ]{0,10}[a-z]"),
    )
        .prop_map(|(issuer, account, secret, pin, note)| {
            let hex: String = secret.iter().map(|b| format!("{b:02x}")).collect();
            PortableToken {
                kind: motp_core::OtpKind::Motp,
                issuer,
                account,
                secret: Secret::new(&hex).expect("hex is a valid secret"),
                pin: pin.as_deref().map(Pin::raw),
                note,
                group: None,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_hex_token_round_trips_through_aegis(tokens in proptest::collection::vec(arb_token(), 0..6)) {
        let out = export_aegis(&tokens, None, CHEAP).unwrap();
        let kept: Vec<_> = tokens.iter().filter(|t| t.pin.is_some()).cloned().collect();
        prop_assert_eq!(out.count, kept.len());
        prop_assert_eq!(out.skipped.len(), tokens.len() - kept.len());
        let back = import(&out.bytes, None, None).unwrap().into_tokens();
        prop_assert_eq!(back, kept);
    }

    #[test]
    fn any_token_round_trips_through_a_uri_list(tokens in proptest::collection::vec(arb_token(), 0..6)) {
        let out = export_uri_list(&tokens);
        let back = import(&out.bytes, Some(ImportFormat::UriList), None).unwrap().into_tokens();
        prop_assert_eq!(back.len(), tokens.len());
        for (b, t) in back.iter().zip(&tokens) {
            prop_assert_eq!(&b.issuer, &t.issuer);
            prop_assert_eq!(&b.account, &t.account);
            prop_assert_eq!(&b.secret, &t.secret);
            prop_assert!(b.pin.is_none());
        }
    }
}
