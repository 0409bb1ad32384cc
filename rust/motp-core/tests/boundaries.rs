#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! Limits and edges, each at the value itself and one past it: the longest Base32 secret, a
//! TOTP token at exactly its T0, the errors for times before T0 and before 1970, a large
//! import and one past the limit, and which Aegis files count as encrypted.
//!
//! Written against mutants that survived a cargo-mutants sample (docs/testing.md): each test
//! fails when the comparison it names is moved by one.

use motp_core::import::MAX_IMPORT_BYTES;
use motp_core::oath::{self, MAX_BASE32_CHARS};
use motp_core::time::{ClockCorrection, Countdown};
use motp_core::{Error, ImportFormat, TotpParams, import};

#[test]
fn the_longest_base32_secret_is_accepted_and_one_more_character_is_not() {
    // 256 characters of Base32 are 160 whole bytes.
    let longest = "A".repeat(MAX_BASE32_CHARS);
    let secret = oath::base32_secret(&longest).unwrap();
    assert_eq!(
        oath::key_bytes(&secret).unwrap().len(),
        MAX_BASE32_CHARS * 5 / 8
    );
    let too_long = "A".repeat(MAX_BASE32_CHARS + 8);
    match oath::base32_secret(&too_long) {
        Err(Error::SecretNotBase32 { problem }) => assert_eq!(
            problem,
            motp_core::base32::Base32Problem::TooLong {
                max: MAX_BASE32_CHARS
            }
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_totp_token_at_exactly_its_t0_is_at_counter_zero() {
    let t0 = 1_000_000_000;
    let params = TotpParams {
        t0_seconds: t0,
        ..TotpParams::default()
    };
    assert_eq!(oath::totp_counter(t0, &params).unwrap(), 0);
    let c = Countdown::for_period(t0 * 1000, ClockCorrection(0), 0, 30, t0).unwrap();
    assert_eq!((c.counter, c.step_start_ms), (0, t0 * 1000));
    // One millisecond earlier is before T0.
    assert!(Countdown::for_period(t0 * 1000 - 1, ClockCorrection(0), 0, 30, t0).is_err());
}

#[test]
fn a_time_before_t0_says_t0_and_a_time_before_1970_says_1970() {
    let with_t0 = TotpParams {
        t0_seconds: 1_000,
        ..TotpParams::default()
    };
    match oath::totp_counter(999, &with_t0) {
        Err(Error::InvalidOption(text)) => assert!(text.contains("T0 = 1000"), "{text}"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        oath::totp_counter(-1, &TotpParams::default()),
        Err(Error::TimeBeforeEpoch { unix_seconds: -1 })
    ));
}

#[test]
fn a_large_import_is_read_and_one_byte_past_the_limit_is_refused() {
    // A URI list padded with blank lines to 3 MiB (real Aegis vaults with icons reach a few
    // MiB): read, one token. (Exactly 64 MiB takes half a minute to scan in a debug build.)
    let line = "motp://VPN:alice?secret=0123456789abcdef\n";
    let mut big = line.as_bytes().to_vec();
    big.resize(3 * 1024 * 1024, b'\n');
    assert_eq!(import(&big, None, None).unwrap().entries.len(), 1);
    // One byte past the limit is refused before anything is parsed, saying the limit.
    big.resize(MAX_IMPORT_BYTES + 1, b'\n');
    let e = import(&big, None, None).unwrap_err();
    assert!(
        format!("{e}").contains(&format!("more than the {MAX_IMPORT_BYTES} bytes")),
        "{e}"
    );
}

#[test]
fn an_aegis_file_is_plain_only_when_it_has_neither_slots_nor_params() {
    let file = |slots: &str, params: &str| {
        format!(r#"{{"version":1,"header":{{"slots":{slots},"params":{params}}},"db":"AAAA"}}"#)
    };
    let params = r#"{"nonce":"000000000000000000000000","tag":"00000000000000000000000000000000"}"#;
    // Either half of an encrypted header makes it an encrypted file: it asks for the password
    // (rather than reading the Base64 contents as if they were the plain database).
    for (slots, params) in [("[]", params), ("[]", "null"), ("null", params)] {
        let bytes = file(slots, params);
        match import(bytes.as_bytes(), Some(ImportFormat::Aegis), None) {
            Err(Error::ImportPasswordRequired { .. }) => {}
            other => panic!("slots {slots}, params {params}: {other:?}"),
        }
    }
    // Neither: a plain file, whose "db" must then be the database object.
    let bytes = file("null", "null");
    let e = import(bytes.as_bytes(), Some(ImportFormat::Aegis), None).unwrap_err();
    assert!(!matches!(e, Error::ImportPasswordRequired { .. }), "{e:?}");
}

#[test]
fn a_legacy_authenticator_pro_backup_cut_before_its_first_block_is_called_cut() {
    // "AuthenticatorPro", a 20-byte salt, a 16-byte IV, then whole AES blocks: with no block
    // at all the file was cut short — said as such, not as a wrong password.
    let mut bytes = b"AuthenticatorPro".to_vec();
    bytes.extend([7u8; 20 + 16]);
    match import(&bytes, Some(ImportFormat::AuthenticatorPro), Some("pw")) {
        Err(Error::ImportMalformed { problem, .. }) => {
            assert!(problem.contains("cut short"), "{problem}")
        }
        other => panic!("{other:?}"),
    }
    // One block: a real ciphertext length, so the password is what is tried (and wrong).
    bytes.extend([9u8; 16]);
    assert!(matches!(
        import(&bytes, Some(ImportFormat::AuthenticatorPro), Some("pw")),
        Err(Error::ImportWrongPassword { .. })
    ));
}

#[cfg(unix)]
#[test]
fn an_export_never_targets_the_vaults_own_files_and_any_other_file_is_fine() {
    use motp_core::vault::{KdfParams, Password, Vault, is_vault_file};
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("v.motp");
    let mut v = Vault::create(
        &vault,
        &Password::new("pw").unwrap(),
        KdfParams::INSECURE_FAST_FOR_TESTS,
    )
    .unwrap();
    v.change(|v| {
        v.add(
            motp_core::vault::NewToken::new(
                None,
                "a",
                motp_core::Secret::new("0123456789abcdef").unwrap(),
            ),
            0,
        )
    })
    .unwrap();
    for own in ["v.motp", "v.motp.prev", "v.motp.lock", "v.motp.used"] {
        assert!(is_vault_file(&dir.path().join(own), &vault), "{own}");
    }
    // Another name for the vault itself: a symbolic link, and a hard link.
    std::os::unix::fs::symlink(&vault, dir.path().join("link.motp")).unwrap();
    assert!(is_vault_file(&dir.path().join("link.motp"), &vault));
    std::fs::hard_link(&vault, dir.path().join("hard.motp")).unwrap();
    assert!(is_vault_file(&dir.path().join("hard.motp"), &vault));
    // Anything else, existing or not, beside it or elsewhere.
    std::fs::write(dir.path().join("old-export.txt"), b"x").unwrap();
    for other in ["export.txt", "old-export.txt", "v.motp.bak", "w.motp"] {
        assert!(!is_vault_file(&dir.path().join(other), &vault), "{other}");
    }
}

/// A killed export leaves its temporary (`.NAME.tmp-export-PID-RANDOM`, a cleartext copy where
/// the file system has no anonymous files); the next export of that name removes it once its
/// process is gone, and never a live export's.
#[cfg(unix)]
#[test]
fn the_next_export_removes_a_dead_exports_temporary_and_keeps_a_live_ones() {
    use motp_core::vault::write_export_file;
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let dead_pid = child.id();
    child.wait().unwrap();
    let dead = dir
        .path()
        .join(format!(".backup.txt.tmp-export-{dead_pid}-a1b2c3d4e5f6"));
    let live = dir.path().join(format!(
        ".backup.txt.tmp-export-{}-a1b2c3d4e5f6",
        std::process::id()
    ));
    std::fs::write(&dead, b"secrets of a killed export").unwrap();
    std::fs::write(&live, b"an export still running").unwrap();
    write_export_file(&dir.path().join("backup.txt"), b"new", false).unwrap();
    assert!(
        !dead.exists(),
        "a dead export's temporary outlived the next export"
    );
    assert!(live.exists(), "a live export's temporary was removed");
    assert_eq!(
        std::fs::read(dir.path().join("backup.txt")).unwrap(),
        b"new"
    );
}

/// Issue 23 §13: TOTP's T0 and period are checked and named as given. A code before a future
/// T0 says T0 (not "before 1970"), through a token as through the counter; T0 outside 1970 to
/// the year 9999 (`i64::MIN`, with which every code failed) is refused when a URI is read and
/// when a token is added; `period=-30` and `period=4294967296` are named, not "period=0".
#[test]
fn t0_and_period_are_checked_and_named_as_given() {
    let future = TotpParams {
        t0_seconds: 4_000_000_000,
        ..TotpParams::default()
    };
    let secret = motp_core::Secret::new("GEZDGNBVGY3TQOJQGEZDGNBVGY").unwrap();
    let kind = motp_core::OtpKind::Totp(future);
    let token = motp_core::Token {
        kind: &kind,
        secret: &secret,
        pin: None,
    };
    let e = token
        .code_at(1_700_000_000_000, ClockCorrection(0), 0)
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "the time 1700000000 s is before this token's start time T0 = 4000000000 s: check the \
         device clock and the token's T0"
    );
    let uri = |q: &str| {
        motp_core::ProvisioningUri::parse(&format!(
            "otpauth://totp/A:b?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY&{q}"
        ))
        .unwrap_err()
        .to_string()
    };
    for (q, said) in [
        ("period=-30", "period=-30 is not supported"),
        ("period=4294967296", "period=4294967296 is not supported"),
        ("period=0", "period=0 is not supported"),
        (
            "t0=-9223372036854775808",
            "t0=-9223372036854775808 is not supported: a TOTP start time T0 is at most \
             253402300799 seconds (the year 9999) from 1970-01-01 either way, and almost always 0",
        ),
        ("t0=253402300800", "t0=253402300800 is not supported"),
        ("t0=-253402300800", "t0=-253402300800 is not supported"),
    ] {
        let e = uri(q);
        assert!(e.contains(said), "{q}: {e}");
    }
    let kind = motp_core::OtpKind::Totp(TotpParams {
        t0_seconds: i64::MIN,
        ..TotpParams::default()
    });
    let e = kind.check().unwrap_err();
    assert!(
        e.to_string()
            .starts_with("t0=-9223372036854775808 is not supported"),
        "{e}"
    );
    // The edges themselves are fine.
    for t0 in [
        -motp_core::time::MAX_UNIX_SECONDS,
        0,
        motp_core::time::MAX_UNIX_SECONDS,
    ] {
        motp_core::OtpKind::Totp(TotpParams {
            t0_seconds: t0,
            ..TotpParams::default()
        })
        .check()
        .unwrap();
    }
}

/// Issue 23 §13: the doctor names a T0 in the future. A code shown before the token's T0
/// cannot be the token's (it has no codes then): the code step is a problem that says so, not
/// "the code could not be diagnosed" with "nothing checked is wrong".
#[test]
fn the_doctor_names_a_code_shown_before_t0() {
    use motp_core::doctor::{ClockInput, StepId, StepStatus};
    use motp_core::finding::Finding;
    use motp_core::oath_doctor::{OathDoctorInput, OathEvidence, oath_doctor};
    let secret = motp_core::Secret::new("GEZDGNBVGY3TQOJQGEZDGNBVGY").unwrap();
    let report = oath_doctor(&OathDoctorInput {
        kind: motp_core::OtpKind::Totp(TotpParams {
            t0_seconds: 4_000_000_000,
            ..TotpParams::default()
        }),
        secret: &secret,
        account: "b",
        clock: ClockInput::NotChecked,
        stored_correction: ClockCorrection(0),
        admin_check_code: None,
        evidence: Some(OathEvidence {
            code: motp_core::Code::parse_digits("123456", 6).unwrap(),
            at_unix_seconds: 1_700_000_000,
            span: 3600,
            window: 1,
        }),
    })
    .unwrap();
    let code = report.steps.iter().find(|s| s.id == StepId::Code).unwrap();
    assert_eq!(code.status, StepStatus::Problem);
    assert_eq!(
        code.findings,
        [Finding::BeforeStart {
            at_unix_seconds: 1_700_000_000,
            t0_seconds: 4_000_000_000
        }]
    );
    assert_eq!(
        code.message,
        "The code was shown at 1700000000 s, before the token's start time T0 = 4000000000 s, \
         when the token has no codes at all: its T0 is wrong (services almost always use 0)."
    );
}
