//! Steam Guard codes: checked against a second computation written here from Steam's published
//! algorithm (HMAC-SHA1 of the 30 s counter, RFC 4226's dynamic truncation, then five base-26
//! digits in Steam's alphabet, least significant first), against the HOTP value of the same
//! counter, and against codes computed with Python's `hmac` for the Steam entry of Aegis's
//! importer fixtures (`aegis-importers/plain.txt`, Boeing: Sophia).

use hmac::{Hmac, Mac};
use motp_core::oath::{self, secret_from_key};
use motp_core::{ClockCorrection, Error, HashAlgorithm, OtpKind, Secret, Token};

const ALPHABET: &[u8] = b"23456789BCDFGHJKMNPQRTVWXY";

/// The 31-bit value RFC 4226 §5.3 truncates HMAC-SHA1(key, counter) to: the second
/// computation, sharing no code with the crate's.
fn truncated(key: &[u8], counter: u64) -> u32 {
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(key).expect("HMAC takes any key");
    mac.update(&counter.to_be_bytes());
    let d = mac.finalize().into_bytes();
    let o = usize::from(d[19] & 0x0f);
    u32::from_be_bytes([d[o] & 0x7f, d[o + 1], d[o + 2], d[o + 3]])
}

fn steam_of(mut value: u32) -> String {
    (0..5)
        .map(|_| {
            let c = ALPHABET[(value % 26) as usize] as char;
            value /= 26;
            c
        })
        .collect()
}

fn steam_token(secret: &Secret) -> Token<'_> {
    Token {
        kind: &OtpKind::Steam,
        secret,
        pin: None,
    }
}

#[test]
fn codes_match_a_second_computation_and_the_hotp_value() {
    let keys: [&[u8]; 3] = [
        b"12345678901234567890",
        b"\x4c\x72\x25\xf3\xe2\x65\xea\xe8\x31\xaf\xcc\x74\x5f\xa7\x91\x32",
        &[0xff; 32],
    ];
    let instants: [i64; 7] = [0, 29, 30, 59, 1_111_111_109, 1_700_000_000, 253_402_300_799];
    for key in keys {
        let secret = secret_from_key(key).unwrap();
        for at in instants {
            let c = steam_token(&secret)
                .code_at(at * 1000, ClockCorrection(0), 0)
                .unwrap();
            let counter = (at / 30) as u64;
            assert_eq!(c.counter, counter);
            let value = truncated(key, counter);
            assert_eq!(c.code.as_str(), steam_of(value), "at {at}");
            // The same value is the 8-digit HOTP code, in decimal.
            let hotp = oath::hotp(key, counter, HashAlgorithm::Sha1, 8);
            assert_eq!(hotp.as_str(), format!("{:08}", value % 100_000_000));
            let countdown = c.countdown.expect("Steam codes count down");
            assert_eq!(countdown.step_end_ms, (at / 30 + 1) * 30_000);
        }
    }
}

/// Python's `hmac` (3.11), Steam's algorithm, the secret `JRZCL47CMXVOQMNPZR2F7J4RGI` (Aegis's
/// Steam fixture; Steam's own `shared_secret` `THIl8+Jl6ugxr8x0X6eRMg==` in `steam.json` is the
/// same key in Base64).
#[test]
fn codes_match_python_for_the_fixture_secret() {
    let secret = oath::base32_secret("JRZCL47CMXVOQMNPZR2F7J4RGI").unwrap();
    for (at, want) in [
        (0, "C2F47"),
        (59, "9WW3X"),
        (1_111_111_109, "T73T6"),
        (1_700_000_000, "747JR"),
        (2_000_000_000, "G7879"),
    ] {
        let c = steam_token(&secret)
            .code_at(at * 1000, ClockCorrection(0), 0)
            .unwrap();
        assert_eq!(c.code.as_str(), want, "at {at}");
        assert_eq!(c.code.grouped(), want, "Steam codes are shown whole");
    }
}

#[test]
fn typed_codes_are_read_checked_and_diagnosed_in_30_s_steps() {
    let secret = oath::base32_secret("JRZCL47CMXVOQMNPZR2F7J4RGI").unwrap();
    let t = steam_token(&secret);
    let at = 1_700_000_000_000;
    // Lower case and spaces are forgiven; the code is Steam's capitals.
    let code = t.parse_code("747 jr").unwrap();
    assert_eq!(code.as_str(), "747JR");
    assert!(t.verify(&code, at, None).unwrap().accepted());
    assert!(t.verify(&code, at + 30_000, None).unwrap().accepted());
    assert!(!t.verify(&code, at + 90_000, None).unwrap().accepted());
    let d = t.diagnose(&code, at + 300_000, None, None).unwrap();
    assert_eq!(d.cause(), "clock_drift");
    assert_eq!(
        t.diagnose(&t.parse_code("22222").unwrap(), at, None, Some(600))
            .unwrap()
            .cause(),
        "no_match"
    );
    for (bad, why) in [
        ("747J", "4 characters"),
        ("747JRR", "more than 5"),
        ("747JA", "'A'"),
        ("123456", "'1'"),
    ] {
        match t.parse_code(bad) {
            Err(e @ Error::SteamCodeMalformed { .. }) => {
                let text = e.to_string();
                assert!(
                    text.contains(why) && text.contains("23456789BCDF"),
                    "{bad}: {text}"
                );
            }
            other => panic!("{bad}: {other:?}"),
        }
    }
    // A six-digit TOTP code is no Steam code, and a Steam code no TOTP code.
    let totp = OtpKind::Totp(motp_core::TotpParams::default());
    let as_totp = Token {
        kind: &totp,
        secret: &secret,
        pin: None,
    };
    assert!(as_totp.parse_code("747JR").is_err());
}

/// A Steam token through the vault: imported from a URI list, kept across a reopen, its code
/// Steam's, the doctor's clock step judged in 30 s steps and its code step diagnosing a Steam
/// code, and out again through Aegis and the URI list unchanged.
#[test]
fn a_steam_token_lives_in_the_vault_and_travels_out_and_back() {
    use motp_core::doctor::{ClockInput, StepId, StepStatus};
    use motp_core::vault::{DoctorRequest, ExportTarget, KdfParams, Password, Unlock, Vault};
    const FAST: KdfParams = KdfParams::INSECURE_FAST_FOR_TESTS;
    let at = 1_700_000_000_000;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.motp");
    let pw = Password::new("pw").unwrap();
    let mut v = Vault::create(&path, &pw, FAST).unwrap();
    let list = "otpauth://steam/Boeing:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Boeing\n";
    let r = v
        .import_file(list.as_bytes(), None, None, false, at)
        .unwrap();
    assert_eq!(r.report.imported(), 1);
    v.save().unwrap();
    drop(v);
    let v = Vault::open(&path, Unlock::Password(&pw)).unwrap().vault;
    let t = v.list().remove(0);
    assert_eq!(t.kind, Some(OtpKind::Steam));
    assert_eq!(v.code(t.id, None, at).unwrap().code.as_str(), "747JR");

    let request = |code: Option<&str>| DoctorRequest {
        pin: None,
        clock: ClockInput::NotChecked,
        admin_check_code: None,
        other_code: code.map(|c| v.parse_code_for(t.id, c).unwrap()),
        at_unix_ms: at,
        options: motp_core::DiagnoseOptions::default(),
    };
    let report = v.doctor(t.id, request(Some("747jr"))).unwrap();
    assert_eq!(report.step(StepId::Code).status, StepStatus::Ok);
    assert_eq!(report.step(StepId::Clock).status, StepStatus::Skipped);
    assert!(
        report.step(StepId::Clock).message.contains("30 s"),
        "{:?}",
        report.step(StepId::Clock)
    );
    // The code shown 5 minutes earlier: a clock 300 s off, said in seconds.
    let earlier = v.code(t.id, None, at - 300_000).unwrap().code;
    let report = v.doctor(t.id, request(Some(earlier.as_str()))).unwrap();
    assert_eq!(report.step(StepId::Clock).status, StepStatus::Problem);
    assert_eq!(
        report.diagnosis.as_ref().unwrap().offset_seconds,
        Some(-300)
    );

    let uris = v.export_file(ExportTarget::UriList, None, FAST).unwrap();
    let text = String::from_utf8(uris.bytes.to_vec()).unwrap();
    assert!(text.starts_with("otpauth://steam/Boeing:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI"));
    let aegis = v.export_file(ExportTarget::Aegis, Some("a"), FAST).unwrap();
    assert_eq!((aegis.count, aegis.skipped.len()), (1, 0));
    for (bytes, password) in [(text.into_bytes(), None), (aegis.bytes.to_vec(), Some("a"))] {
        let back = motp_core::import(&bytes, None, password).unwrap();
        let token = back.tokens().next().unwrap();
        assert_eq!(token.kind, OtpKind::Steam);
        assert_eq!(token.secret.expose(), "JRZCL47CMXVOQMNPZR2F7J4RGI");
        assert_eq!(
            (token.issuer.as_deref(), token.account.as_str()),
            (Some("Boeing"), "Sophia")
        );
    }
}

/// One key as TOTP and as Steam Guard is two tokens (their codes differ), not a duplicate; the
/// same Steam token twice is one.
#[test]
fn the_kind_counts_for_duplicates() {
    use motp_core::vault::{KdfParams, Password, Vault};
    let dir = tempfile::tempdir().unwrap();
    let mut v = Vault::create(
        &dir.path().join("d.motp"),
        &Password::new("pw").unwrap(),
        KdfParams::INSECURE_FAST_FOR_TESTS,
    )
    .unwrap();
    let list = "otpauth://totp/Valve:gabe?secret=JRZCL47CMXVOQMNPZR2F7J4RGI\n\
                otpauth://steam/Valve:gabe?secret=JRZCL47CMXVOQMNPZR2F7J4RGI\n\
                steam://JRZCL47CMXVOQMNPZR2F7J4RGI\n";
    let r = v
        .import_file(list.as_bytes(), None, None, false, 0)
        .unwrap();
    // The bare steam:// line has no name: no account, skipped as such, not as a duplicate.
    assert_eq!((r.report.imported(), r.report.duplicates()), (2, 0));
    let again = v
        .import_file(list.as_bytes(), None, None, false, 0)
        .unwrap();
    assert_eq!(again.report.duplicates(), 2);
}
