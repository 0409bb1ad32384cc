#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! The vault's operations and its refusals, on real files in a temporary directory.

use std::fs;
use std::path::{Path, PathBuf};

use motp_core::vault::{
    ImportOutcome, ImportedPin, KdfParams, KeyProtector, NewToken, OpenWarning, Password,
    PinPolicy, PinSetup, SlotKind, SoftwareKeyProtector, TokenUpdate, TypoGuardCheck, Unlock,
    Vault, inspect, read_backup,
};
use motp_core::{ClockCorrection, Error, Pin, PortableToken, Secret};

const FAST: KdfParams = KdfParams::INSECURE_FAST_FOR_TESTS;
const NOW: i64 = 1_700_000_000_000;

fn pw(s: &str) -> Password {
    Password::new(s).unwrap()
}

fn secret(s: &str) -> Secret {
    Secret::new(s).unwrap()
}

fn new_vault(dir: &Path) -> (PathBuf, Vault) {
    let path = dir.join("tokens.motp");
    let v = Vault::create(&path, &pw("correct horse"), FAST).unwrap();
    (path, v)
}

fn open(path: &Path, password: &str) -> Vault {
    let o = Vault::open_with_password(path, &pw(password)).unwrap();
    assert_eq!(o.warning, None);
    o.vault
}

fn sample(v: &mut Vault) -> motp_core::vault::TokenId {
    let mut t = NewToken::new(Some("ACME VPN"), "alice", secret("0123456789abcdef"));
    t.pin = PinSetup::AskWithTypoGuard(Pin::new("1234").unwrap());
    v.add(t, NOW).unwrap()
}

#[test]
fn create_add_save_reopen_and_code() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = new_vault(dir.path());
    assert_eq!(v.generation(), 1);
    let id = sample(&mut v);
    let mut t = NewToken::new(None, "bob", secret("fedcba9876543210fedcba9876543210"));
    t.pin = PinSetup::Remember(Pin::new("987654").unwrap());
    t.tolerance_seconds = 180;
    t.note = Some("office router".into());
    let bob = v.add(t, NOW + 1).unwrap();
    assert!(v.has_unsaved_changes());
    v.save().unwrap();
    assert_eq!(v.generation(), 2);

    let v = open(&path, "correct horse");
    let list = v.list();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].name, "ACME VPN:alice");
    assert_eq!(list[0].pin_policy, PinPolicy::Ask);
    assert!(list[0].typo_guard);
    assert_eq!(list[1].name, "bob");
    assert_eq!(list[1].pin_policy, PinPolicy::Remember);
    assert_eq!(list[1].tolerance_seconds, 180);
    assert_eq!(list[1].note.as_deref(), Some("office router"));
    assert_eq!(list[1].secret_chars, 32);

    // privacyIDEA's published vector (lib/tokens/mOTP.py tests): secret 0123456789abcdef,
    // PIN 6666, counter 129612120 → 6ed4e4. Our token's guard was set for 1234, so 6666 is
    // flagged as a probable typo (or not, 1 in 16) but the code is computed all the same.
    let at = 129_612_120 * 10_000 + 4_000;
    let c = v.code(id, Some(&Pin::raw("6666")), at).unwrap();
    assert_eq!(c.code.as_str(), "6ed4e4");
    assert_eq!(c.grouped, "6ed 4e4");
    assert_eq!(c.countdown.ms_to_next, 6_000);
    assert_eq!(
        v.code(id, Some(&Pin::new("1234").unwrap()), at)
            .unwrap()
            .typo_guard,
        TypoGuardCheck::Ok
    );
    assert_eq!(v.code(id, None, at).unwrap_err(), Error::PinRequired);
    // Remembered PIN: used when none is given; same as computing with it explicitly.
    let stored = v.code(bob, None, at).unwrap();
    let explicit = v.code(bob, Some(&Pin::raw("987654")), at).unwrap();
    assert_eq!(stored.code, explicit.code);
    assert_eq!(stored.typo_guard, TypoGuardCheck::NotSet);
    assert_eq!(
        v.reveal_secret(bob).unwrap().expose(),
        "fedcba9876543210fedcba9876543210"
    );
    assert_eq!(v.reveal_pin(bob).unwrap().unwrap().expose(), "987654");
    assert_eq!(v.reveal_pin(id).unwrap(), None);
}

#[test]
fn typo_guard_flags_wrong_pins() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut v) = new_vault(dir.path());
    let id = sample(&mut v);
    let mismatches = (0..10_000)
        .map(|n| Pin::raw(&format!("{n:04}")))
        .filter(|p| v.check_pin(id, p).unwrap() == TypoGuardCheck::Mismatch)
        .count();
    // 15 of 16 wrong PINs are flagged; the right one never is.
    assert!((9_200..=9_550).contains(&mismatches), "{mismatches}");
    assert_eq!(
        v.check_pin(id, &Pin::raw("1234")).unwrap(),
        TypoGuardCheck::Ok
    );
    v.update(
        id,
        TokenUpdate {
            pin: Some(PinSetup::Ask),
            ..Default::default()
        },
        NOW,
    )
    .unwrap();
    assert_eq!(
        v.check_pin(id, &Pin::raw("0000")).unwrap(),
        TypoGuardCheck::NotSet
    );
}

#[test]
fn clock_correction_moves_codes() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = new_vault(dir.path());
    let id = sample(&mut v);
    let pin = Pin::raw("6666");
    let at = 129_612_120 * 10_000;
    v.set_clock_correction(ClockCorrection(-10)).unwrap();
    v.save().unwrap();
    let v = open(&path, "correct horse");
    assert_eq!(v.settings().clock_correction, ClockCorrection(-10));
    // Corrected time is one step earlier, so the code at `at + 10 s` is 6ed4e4.
    assert_eq!(
        v.code(id, Some(&pin), at + 10_000).unwrap().code.as_str(),
        "6ed4e4"
    );
    let mut v = v;
    assert!(
        v.set_clock_correction(ClockCorrection(400 * 86_400))
            .is_err()
    );
}

#[test]
fn update_remove_reorder_and_lookup() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = new_vault(dir.path());
    let a = sample(&mut v);
    let b = v
        .add(
            NewToken::new(Some("Other"), "alice", secret("1111111111111111")),
            NOW,
        )
        .unwrap();
    let c = v
        .add(
            NewToken::new(None, "carol", secret("2222222222222222")),
            NOW,
        )
        .unwrap();

    assert_eq!(v.find("ACME VPN:alice").unwrap().id, a);
    assert_eq!(v.find("carol").unwrap().id, c);
    assert_eq!(v.find("CAR").unwrap().id, c);
    assert_eq!(v.find("other").unwrap().id, b);
    assert_eq!(v.find(&a.to_string()).unwrap().id, a);
    match v.find("alice").unwrap_err() {
        Error::TokenNameAmbiguous { candidates, .. } => {
            assert_eq!(candidates, vec!["ACME VPN:alice", "Other:alice"]);
        }
        e => panic!("{e}"),
    }
    let msg = v.find("alice").unwrap_err().to_string();
    assert!(msg.contains("ACME VPN:alice, Other:alice"), "{msg}");
    assert!(matches!(
        v.find("zed").unwrap_err(),
        Error::TokenNotFound { .. }
    ));

    v.update(
        b,
        TokenUpdate {
            issuer: Some(None),
            account: Some("alice2".into()),
            note: Some(Some("n".into())),
            tolerance_seconds: Some(60),
            pin: Some(PinSetup::Remember(Pin::new("5555").unwrap())),
            ..TokenUpdate::default()
        },
        NOW + 5,
    )
    .unwrap();
    assert!(
        v.update(
            b,
            TokenUpdate {
                account: Some("  ".into()),
                ..Default::default()
            },
            NOW
        )
        .is_err()
    );
    assert!(
        v.update(
            b,
            TokenUpdate {
                tolerance_seconds: Some(100_000),
                ..Default::default()
            },
            NOW
        )
        .is_err()
    );
    v.reorder(&[c, a, b]).unwrap();
    assert!(v.reorder(&[c, a]).is_err());
    assert!(v.reorder(&[c, a, a]).is_err());
    v.remove(a).unwrap();
    assert!(v.remove(a).is_err());
    v.save().unwrap();

    let v = open(&path, "correct horse");
    let list = v.list();
    assert_eq!(
        list.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(),
        ["carol", "alice2"]
    );
    assert_eq!(list[1].updated_ms, NOW + 5);
    assert_eq!(list[1].created_ms, NOW);
    assert_eq!(list[1].tolerance_seconds, 60);
    assert_eq!(list[1].pin_policy, PinPolicy::Remember);
    assert_eq!(list[1].order, 1);
}

#[test]
fn refuses_bad_tokens() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut v) = new_vault(dir.path());
    for (issuer, account) in [(None, ""), (None, "a\nb"), (None, &*"x".repeat(300))] {
        let e = v
            .add(
                NewToken::new(issuer, account, secret("0123456789abcdef")),
                NOW,
            )
            .unwrap_err();
        assert!(matches!(e, Error::TokenInvalid { .. }), "{e}");
    }
    assert!(v.is_empty());
}

#[test]
fn wrong_password_and_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = new_vault(dir.path());
    assert_eq!(
        Vault::open_with_password(&path, &pw("Correct horse")).unwrap_err(),
        Error::VaultWrongPassword
    );
    let e = Vault::open_with_password(&dir.path().join("nope"), &pw("x")).unwrap_err();
    assert!(matches!(e, Error::VaultNotFound { .. }), "{e}");
    assert!(matches!(
        Vault::create(&path, &pw("x"), FAST).unwrap_err(),
        Error::VaultExists { .. }
    ));
    assert_eq!(Password::new("").unwrap_err(), Error::VaultPasswordEmpty);
}

#[test]
fn verify_password_checks_the_slot_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = new_vault(dir.path());
    v.verify_password(&pw("correct horse")).unwrap();
    assert_eq!(
        v.verify_password(&pw("Correct horse")).unwrap_err(),
        Error::VaultWrongPassword
    );
    // After a change (not yet saved) the new password is the one checked: memory, not disk.
    v.change_password(&pw("new pass"), FAST).unwrap();
    v.verify_password(&pw("new pass")).unwrap();
    assert_eq!(
        v.verify_password(&pw("correct horse")).unwrap_err(),
        Error::VaultWrongPassword
    );
    // The file still has the old password until the save.
    Vault::open_with_password(&path, &pw("correct horse")).unwrap();
}

#[test]
fn change_password_keeps_content_and_platform_slots() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = new_vault(dir.path());
    sample(&mut v);
    let device = SoftwareKeyProtector::random("test-keystore:main", "Test device").unwrap();
    let dev_slot = v.add_platform_slot(&device).unwrap();
    v.change_password(&pw("new pass"), FAST).unwrap();
    v.save().unwrap();

    assert_eq!(
        Vault::open_with_password(&path, &pw("correct horse")).unwrap_err(),
        Error::VaultWrongPassword
    );
    let mut v = open(&path, "new pass");
    assert_eq!(v.len(), 1);
    let by_device = Vault::open_with_protector(&path, &device).unwrap().vault;
    assert_eq!(by_device.list(), v.list());

    // A different device key store: no slot for it.
    let other = SoftwareKeyProtector::random("other-keystore", "Other").unwrap();
    assert!(matches!(
        Vault::open_with_protector(&path, &other).unwrap_err(),
        Error::VaultNoSuchSlot(_)
    ));
    // Same id but a different key (device key was reset): the key store's error surfaces.
    let reset = SoftwareKeyProtector::random("test-keystore:main", "Reset").unwrap();
    assert!(matches!(
        Vault::open_with_protector(&path, &reset).unwrap_err(),
        Error::VaultKeyStore { .. }
    ));

    // Slots: one password, one platform; removing both is refused at the last.
    let slots = v.slots();
    assert_eq!(slots.len(), 2);
    assert!(matches!(slots[0].kind, SlotKind::Password { kdf } if kdf == FAST));
    assert!(
        matches!(&slots[1].kind, SlotKind::Platform { protector, .. } if protector == "test-keystore:main")
    );
    v.remove_slot(slots[0].id).unwrap();
    assert_eq!(v.remove_slot(dev_slot).unwrap_err(), Error::VaultLastSlot);
    v.save().unwrap();
    assert!(matches!(
        Vault::open_with_password(&path, &pw("new pass")).unwrap_err(),
        Error::VaultNoSuchSlot(_)
    ));
    Vault::open_with_protector(&path, &device).unwrap();
}

/// A key store that fails: its message must become a vault error, not a panic.
struct BrokenKeyStore;
impl KeyProtector for BrokenKeyStore {
    fn id(&self) -> String {
        "broken".into()
    }
    fn label(&self) -> String {
        "Broken".into()
    }
    fn wrap(&self, _: &[u8]) -> Result<Vec<u8>, String> {
        Err("user cancelled biometric prompt".into())
    }
    fn unwrap(&self, _: &[u8]) -> Result<zeroize::Zeroizing<Vec<u8>>, String> {
        Err("key permanently invalidated".into())
    }
}

#[test]
fn key_store_errors_are_vault_errors() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut v) = new_vault(dir.path());
    let e = v.add_platform_slot(&BrokenKeyStore).unwrap_err();
    assert!(
        e.to_string().contains("user cancelled biometric prompt"),
        "{e}"
    );
    assert_eq!(v.slots().len(), 1);
}

#[test]
fn import_skips_duplicates_and_drops_pins_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut v) = new_vault(dir.path());
    let existing = sample(&mut v);
    let portable =
        |issuer: Option<&str>, account: &str, s: &str, pin: Option<&str>| PortableToken {
            kind: motp_core::OtpKind::Motp,
            issuer: issuer.map(Into::into),
            account: account.into(),
            secret: secret(s),
            pin: pin.map(Pin::raw),
            note: None,
            group: None,
        };
    let report = v.import_tokens(
        vec![
            portable(Some("ACME VPN"), "alice", "0123456789abcdef", None), // same all three
            portable(Some("Elsewhere"), "alice", "0123456789abcdef", None), // secret+account
            portable(Some("ACME VPN"), "alice", "0123456789ABCDEF", Some("1234")), // other case
            portable(None, "dave", "3333333333333333", Some("4321")),
            portable(None, "dave", "3333333333333333", None), // duplicate within the import
            portable(None, "", "4444444444444444", None),     // no account
        ],
        false,
        NOW,
    );
    let kinds: Vec<&str> = report
        .entries
        .iter()
        .map(|e| match &e.outcome {
            ImportOutcome::Imported(_) => "imported",
            ImportOutcome::SkippedDuplicate { .. } => "duplicate",
            ImportOutcome::SkippedInvalid { .. } => "invalid",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "duplicate",
            "duplicate",
            "imported",
            "imported",
            "duplicate",
            "invalid"
        ]
    );
    match &report.entries[1].outcome {
        ImportOutcome::SkippedDuplicate {
            existing: e,
            reason,
        } => {
            assert_eq!(*e, existing);
            assert!(
                reason.to_string().contains("only the issuer differs"),
                "{reason}"
            );
        }
        o => panic!("{o:?}"),
    }
    assert_eq!((report.imported(), report.skipped()), (2, 4));
    assert_eq!(report.duplicates(), 3);
    // The two imported tokens both had a PIN in the file; a duplicate's PIN is not counted.
    let pins: Vec<ImportedPin> = report.entries.iter().map(|e| e.pin).collect();
    use ImportedPin::{Dropped, None as NoPin};
    assert_eq!(pins, [NoPin, NoPin, Dropped, Dropped, NoPin, NoPin]);
    assert_eq!((report.pins_dropped(), report.pins_kept()), (2, 0));
    assert!(v.list().iter().all(|t| t.pin_policy == PinPolicy::Ask));

    let report = v.import_tokens(
        vec![portable(None, "erin", "5555555555555555", Some("2468"))],
        true,
        NOW,
    );
    let ImportOutcome::Imported(erin) = report.entries[0].outcome else {
        panic!()
    };
    assert_eq!(report.entries[0].pin, ImportedPin::Kept);
    assert_eq!((report.pins_dropped(), report.pins_kept()), (0, 1));
    assert_eq!(v.reveal_pin(erin).unwrap().unwrap().expose(), "2468");
    let exported = v.portable_tokens();
    assert_eq!(exported.len(), 4);
    assert_eq!(exported[3].pin.as_ref().unwrap().expose(), "2468");
    assert_eq!(exported[0].secret.expose(), "0123456789abcdef");
}

#[test]
fn backups_round_trip_with_their_own_password() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut v) = new_vault(dir.path());
    sample(&mut v);
    let mut t = NewToken::new(None, "bob", secret("fedcba9876543210"));
    t.pin = PinSetup::Remember(Pin::new("9999").unwrap());
    t.tolerance_seconds = 90;
    v.add(t, NOW).unwrap();
    let backup = v.export_backup(&pw("backup pass"), FAST).unwrap();
    // A wrong password names the backup, not the vault (issue 23 §12).
    let e = read_backup(&backup, &pw("correct horse")).unwrap_err();
    assert_eq!(
        e,
        Error::ImportWrongPassword {
            format: "mOTP Token"
        }
    );
    assert!(
        e.to_string()
            .starts_with("wrong password for this mOTP Token backup: check the password (the one chosen when the backup was made"),
        "{e}"
    );
    assert_eq!(
        v.import_backup(&backup, &pw("correct horse"), false, NOW)
            .unwrap_err(),
        e
    );
    let tokens = read_backup(&backup, &pw("backup pass")).unwrap();
    assert_eq!(tokens, v.portable_tokens());
    assert_eq!(inspect(&backup).unwrap().slots.len(), 1);

    // Into a new vault on a "new phone": rich fields kept, PINs only when asked.
    let (_, mut phone) = {
        let path = dir.path().join("phone.motp");
        let v = Vault::create(&path, &pw("phone"), FAST).unwrap();
        (path, v)
    };
    let r = phone
        .import_backup(&backup, &pw("backup pass"), false, NOW + 9)
        .unwrap();
    assert_eq!(r.imported(), 2);
    let list = phone.list();
    assert!(list[0].typo_guard);
    assert_eq!(list[1].tolerance_seconds, 90);
    assert_eq!(list[1].pin_policy, PinPolicy::Ask);
    assert_eq!(list[1].created_ms, NOW);
    let r = phone
        .import_backup(&backup, &pw("backup pass"), true, NOW)
        .unwrap();
    assert_eq!((r.imported(), r.skipped()), (0, 2));
}

#[cfg(unix)]
#[test]
fn files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = new_vault(dir.path());
    sample(&mut v);
    v.save().unwrap();
    for p in [
        path.clone(),
        v.prev_path().to_path_buf(),
        path.with_extension("motp.lock"),
    ] {
        let mode = fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", p.display());
    }
    // Only the vault, its .prev and its lock: no temporary left behind.
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["tokens.motp", "tokens.motp.lock", "tokens.motp.prev"]
    );
}

#[test]
fn nothing_secret_in_debug_output() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut v) = new_vault(dir.path());
    let id = sample(&mut v);
    let list = v.list();
    let code = v.code(id, Some(&Pin::raw("1234")), NOW).unwrap();
    let text = format!(
        "{v:?} {list:?} {code:?} {:?} {:?} {:?}",
        v.reveal_secret(id).unwrap(),
        pw("correct horse"),
        Unlock::Password(&pw("correct horse"))
    );
    for needle in ["0123456789abcdef", "correct horse", "1234"] {
        assert!(!text.contains(needle), "{needle} in {text}");
    }
}

/// A token to add carries its PIN setup (the PIN itself for "remember" and for the typo guard):
/// printed in every form, alone and inside the token, it shows neither PIN nor secret.
#[test]
fn a_token_to_add_prints_no_pin_whatever_its_setup() {
    for (setup, form) in [
        (PinSetup::Remember(Pin::new("271828").unwrap()), "Remember"),
        (
            PinSetup::AskWithTypoGuard(Pin::new("271828").unwrap()),
            "AskWithTypoGuard",
        ),
        (PinSetup::Ask, "Ask"),
    ] {
        let mut t = NewToken::new(Some("ACME VPN"), "alice", secret("0123456789abcdef"));
        t.pin = setup.clone();
        for text in [
            format!("{setup:?}"),
            format!("{setup:#?}"),
            format!("{t:?}"),
            format!("{t:#?}"),
        ] {
            assert!(
                text.contains(form),
                "the setup's form is still told: {text}"
            );
            for needle in ["271828", "0123456789abcdef"] {
                assert!(!text.contains(needle), "{needle} in {text}");
            }
        }
    }
}

#[test]
fn file_is_the_documented_json() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = new_vault(dir.path());
    sample(&mut v);
    v.save().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    assert_eq!(json["format"], "motp-token-vault");
    assert_eq!(json["version"], 3);
    assert_eq!(json["generation"], 2);
    assert!(
        json["device"].as_str().is_some(),
        "version 3 names the writing device"
    );
    let slot = &json["slots"][0];
    assert_eq!(slot["type"], "password");
    assert_eq!(slot["kdf"]["algorithm"], "argon2id");
    assert_eq!(slot["kdf"]["memory_kib"], 8);
    let raw = fs::read_to_string(&path).unwrap();
    for needle in ["0123456789abcdef", "alice", "ACME", "1234"] {
        assert!(!raw.contains(needle), "{needle} is in the clear");
    }
    let s = inspect(raw.as_bytes()).unwrap();
    assert_eq!((s.version, s.generation, s.slots.len()), (3, 2, 1));
}

/// The real default parameters, once: they must work and stay within the documented range.
/// (How long they take is measured by the `vault` benchmark, not here.)
#[test]
fn default_kdf_parameters_work() {
    const { assert!(KdfParams::DEFAULT.memory_kib >= 64 * 1024) };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("real.motp");
    let v = Vault::create(&path, &pw("a real password"), KdfParams::default()).unwrap();
    drop(v);
    let v = open(&path, "a real password");
    assert!(matches!(v.slots()[0].kind, SlotKind::Password { kdf } if kdf == KdfParams::DEFAULT));
}

#[test]
fn recovers_from_prev_when_main_is_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = new_vault(dir.path());
    sample(&mut v);
    v.save().unwrap(); // generation 2; .prev = generation 1 (empty)
    v.add(NewToken::new(None, "z", secret("9999999999999999")), NOW)
        .unwrap();
    v.save().unwrap(); // generation 3; .prev = generation 2 (one token)
    let good = fs::read(&path).unwrap();
    fs::write(&path, &good[..good.len() / 2]).unwrap();
    let o = Vault::open_with_password(&path, &pw("correct horse")).unwrap();
    assert!(matches!(
        o.warning,
        Some(OpenWarning::RecoveredFromPrevious { .. })
    ));
    assert!(
        o.warning
            .as_ref()
            .unwrap()
            .to_string()
            .contains("previous copy")
    );
    let mut v = o.vault;
    assert_eq!((v.generation(), v.len()), (2, 1));
    // Saving replaces the damaged file and keeps the good .prev.
    v.save().unwrap();
    let v2 = open(&path, "correct horse");
    assert_eq!(v2.len(), 1);
    let prev = Vault::open_with_password(v2.prev_path(), &pw("correct horse"))
        .unwrap()
        .vault;
    assert_eq!(prev.generation(), 2);

    // A wrong password never falls back: after a password change, .prev still opens with the
    // old password, but opening must not silently roll back to it.
    let mut v = open(&path, "correct horse");
    v.change_password(&pw("new"), FAST).unwrap();
    v.save().unwrap();
    assert_eq!(
        Vault::open_with_password(&path, &pw("correct horse")).unwrap_err(),
        Error::VaultWrongPassword
    );
    // With the main file beyond use, the .prev's verdict on the password is what counts, and
    // the error says both (issue 23 §11): nothing tells whether "nope" was the new password.
    fs::write(&path, b"garbage").unwrap();
    let e = Vault::open_with_password(&path, &pw("nope")).unwrap_err();
    assert!(
        matches!(
            &e,
            Error::VaultDamagedPrevRefusesPassword {
                password_changed: false,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(
        e.to_string()
            .contains("does not open with this password either: check the password"),
        "{e}"
    );
    // Main missing altogether: .prev opens with a warning.
    fs::remove_file(&path).unwrap();
    let o = Vault::open_with_password(&path, &pw("correct horse")).unwrap();
    assert!(o.warning.is_some());
}

/// Issue 23 §14: a short secret's warning says what the recommendation counts. A 16-character
/// Base32 TOTP key is 10 bytes, under RFC 4226's 16 bytes (128 bits): the warning must not read
/// "only 16 characters long, shorter than recommended".
#[test]
fn a_short_secret_says_what_is_recommended_in_its_own_units() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut v) = new_vault(&dir.path().join("d"));
    let mut t = NewToken::new(Some("A"), "b", secret("GEZDGNBVGY3TQOJQ"));
    t.kind = motp_core::OtpKind::Totp(motp_core::kind::TotpParams::default());
    let totp = v.add(t, NOW).unwrap();
    let motp = v
        .add(NewToken::new(Some("A"), "c", secret("0123456789ab")), NOW)
        .unwrap();
    let words = |id| -> Vec<String> {
        v.get(id)
            .unwrap()
            .secret_warnings
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    let short = |n: usize| {
        format!(
            "the secret is only {n} characters long, shorter than recommended: 16 hex characters \
             for mOTP, 26 Base32 characters (128 bits) for TOTP and HOTP"
        )
    };
    assert_eq!(words(totp), [short(16)]);
    assert_eq!(words(motp)[1], short(12));
}

/// A backup made with the cheapest key derivation, its password slot's parameters then
/// rewritten (the slot no longer opens, which does not matter: the cost is judged first), and
/// `extra` copies of that slot added.
fn backup_asking(memory_kib: u32, iterations: u32, extra: usize) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut v) = new_vault(dir.path());
    sample(&mut v);
    let backup = v.export_backup(&pw("backup pass"), FAST).unwrap();
    let mut file: serde_json::Value = serde_json::from_slice(&backup).unwrap();
    let slots = file["slots"].as_array_mut().unwrap();
    slots[0]["kdf"]["memory_kib"] = memory_kib.into();
    slots[0]["kdf"]["iterations"] = iterations.into();
    for i in 0..extra {
        let mut copy = slots[0].clone();
        copy["id"] = format!("00000000-0000-4000-8000-{i:012}").into();
        slots.push(copy);
    }
    serde_json::to_vec(&file).unwrap()
}

/// Issue 23 §8: a backup being imported may not ask for more key derivation than any backup we
/// write: at most 256 MiB a slot, and three times the default's work (64 MiB × 48 passes) for
/// the whole file, judged before anything is derived. Before, a slot at the vault limits
/// (1 GiB × 64 passes) took 76 s, and 64 slots were tried one after another.
#[test]
fn a_backup_asking_for_too_much_key_derivation_is_refused_before_deriving() {
    let limit = "262144 KiB of memory a slot, and 3145728 KiB × passes for the whole file \
                 (three times the default)";
    for (bytes, what) in [
        (
            backup_asking(256 * 1024 + 1, 1, 0),
            "Argon2id with 262145 KiB of memory in a password slot",
        ),
        (
            backup_asking(64 * 1024, 49, 0),
            "Argon2id work of 3211264 KiB × passes over its 1 password slot",
        ),
        (
            backup_asking(64 * 1024, 16, 3),
            "Argon2id work of 4194304 KiB × passes over its 4 password slots",
        ),
    ] {
        let e = read_backup(&bytes, &pw("backup pass")).unwrap_err();
        assert_eq!(
            e,
            Error::ImportKdfLimit {
                format: "mOTP Token",
                what: what.into(),
                limit: limit.into(),
            }
        );
        let dir = tempfile::tempdir().unwrap();
        let (_, mut v) = new_vault(dir.path());
        assert_eq!(
            v.import_backup(&bytes, &pw("backup pass"), false, NOW)
                .unwrap_err(),
            e
        );
    }
}
