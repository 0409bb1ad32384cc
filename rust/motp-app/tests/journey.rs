//! The journey, played as the shell would: events in, effects answered, views checked,
//! against real vault files, a fake clock, the real camera frame and backups of
//! ../shared/fixtures.
//!
//! first run → add from a camera frame → the code equals the published vector for that instant
//! → background 6 minutes → locked → unlock with a device key → cancelled → unlock with password
//! → wrong PIN shows the typo guard → edit → export → import preview → clock check with a
//! server 5 minutes off → doctor.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::{
    AddEvent, BackupsEvent, DetailEvent, FirstRunEvent, ListEvent, TroubleshootingEvent,
    UnlockEvent,
};
use motp_app::{
    AddStep, ClockVerdictView, Destination, DoctorStatusView, ErrorCode, Event, ExportFormat,
    Field, ImportEntryStatus, PinPolicyChoice, Screen, SecretBytes, SecretText, TokenEdit,
    UnlockMethodKind,
};
use motp_core::vault::{KeyProtector, Password, SoftwareKeyProtector, Vault};
use motp_testkit::responder::Responder;
use support::{Shell, fixture, fixture_gz, screen_name};

/// The published vector the journey's token must reproduce: (secret, pin, counter, code).
fn published_vector() -> (String, String, u64, String) {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/vectors/motp-public.json"
    ))
    .unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let v = &json["vectors"][0];
    (
        v["secret"].as_str().unwrap().to_owned(),
        v["pin"].as_str().unwrap().to_owned(),
        v["counter"].as_u64().unwrap(),
        v["code"].as_str().unwrap().to_owned(),
    )
}

/// RFC 6238 with SHA-1 and 6 digits, computed here independently of the engine (HMAC from
/// the RustCrypto crates, RFC 4226's dynamic truncation).
fn rfc6238_sha1(base32: &str, counter: i64) -> String {
    use hmac::{Hmac, Mac};
    let key = data_encoding::BASE32_NOPAD
        .decode(base32.as_bytes())
        .unwrap();
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(&key).unwrap();
    mac.update(&(counter as u64).to_be_bytes());
    let h = mac.finalize().into_bytes();
    let off = (h[19] & 0x0f) as usize;
    let bin = (u32::from(h[off] & 0x7f) << 24)
        | (u32::from(h[off + 1]) << 16)
        | (u32::from(h[off + 2]) << 8)
        | u32::from(h[off + 3]);
    format!("{:06}", bin % 1_000_000)
}

/// A camera frame (luma plane, 4 px per module, quiet zone, row stride padded by 16 bytes)
/// showing the QR code of `uri`, decoded by the same path as a real camera's frames.
fn frame_of(uri: &str) -> (Vec<u8>, u32, u32, u32) {
    let m = motp_core::qr::encode_text(uri).unwrap();
    let px = 4u32;
    let quiet = 4u32;
    let side = (m.size() + 2 * quiet) * px;
    let stride = side + 16;
    let mut luma = vec![0xffu8; (stride * side) as usize];
    for y in 0..m.size() {
        for x in 0..m.size() {
            if m.is_dark(x, y) {
                for dy in 0..px {
                    for dx in 0..px {
                        let row = (y + quiet) * px + dy;
                        let col = (x + quiet) * px + dx;
                        luma[(row * stride + col) as usize] = 0;
                    }
                }
            }
        }
    }
    (luma, side, side, stride)
}

fn list(shell: &Shell) -> motp_app::ListView {
    match shell.view().screen {
        Screen::List { view: l } => l,
        other => panic!("expected the list, got {other:?}"),
    }
}

#[test]
fn the_whole_journey() {
    let (secret, pin, counter, vector_code) = published_vector();
    let at_vector = counter as i64 * 10_000;
    // The phone's key store: the software reference protector (the apps use the Keystore or
    // the Keychain; the effects are the same).
    let keystore = SoftwareKeyProtector::random(support::DEVICE, "Test phone").unwrap();
    let ntp = Responder::with_offset_ms(300_000);
    let mut shell = Shell::new_with(at_vector - 60_000, |c| c.time_server = ntp.server());

    // ---- first run ----
    shell.send(Event::Started {
        now_ms: shell.now_ms,
    });
    assert_eq!(screen_name(&shell.view()), "FirstRun");
    shell.send(Event::FirstRun(FirstRunEvent::FirstRunPasswordChanged {
        password: "short".into(),
    }));
    let Screen::FirstRun { view: f } = shell.view().screen else {
        panic!()
    };
    assert_eq!(f.strength, motp_app::PasswordStrength::Weak);
    assert!(f.device_key_available);
    // Mismatched confirmation: an error under the confirmation field, nothing created.
    shell.send(Event::FirstRun(FirstRunEvent::CreateVault {
        password: "correct horse battery".into(),
        confirmation: "correct horse batery".into(),
        use_device_key: true,
        now_ms: shell.now_ms,
    }));
    let Screen::FirstRun { view: f } = shell.view().screen else {
        panic!()
    };
    let e = f.error.unwrap();
    assert_eq!(
        (e.field, e.code.as_str()),
        (Some(Field::PasswordConfirmation), "passwords_differ")
    );
    assert!(!shell.vault_path().exists());
    shell.send(Event::FirstRun(FirstRunEvent::CreateVault {
        password: "correct horse battery".into(),
        confirmation: "correct horse battery".into(),
        use_device_key: true,
        now_ms: shell.now_ms,
    }));
    assert!(shell.vault_path().exists(), "a real vault file");
    assert_eq!(screen_name(&shell.view()), "List");
    // Enrolment: the core asks the key store to wrap the vault key; the shell answers.
    let (request, key) = shell.pending.wrap.take().expect("a wrap request");
    assert_eq!(key.len(), 32);
    let wrapped = keystore.wrap(key.expose()).unwrap();
    shell.send(Event::DeviceKeyWrapped {
        request,
        wrapped,
        now_ms: shell.now_ms,
    });
    let slots = motp_core::vault::inspect(&std::fs::read(shell.vault_path()).unwrap())
        .unwrap()
        .slots;
    assert_eq!(slots.len(), 2, "password and device slots on disk");

    // ---- add from a camera frame ----
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: shell.now_ms,
    });
    shell.send(Event::Add(AddEvent::ScanQr {
        now_ms: shell.now_ms,
    }));
    assert!(shell.camera_on);
    // The administrator's QR code for the published vector's secret.
    let (luma, w, h, stride) = frame_of(&format!("motp://privacyIDEA:alice?secret={secret}"));
    shell.send(Event::Add(AddEvent::CameraFrame {
        luma: luma.into(),
        width: w,
        height: h,
        row_stride: stride,
        now_ms: shell.now_ms,
    }));
    assert!(!shell.camera_on, "the camera stops once a token is read");
    let Screen::Add { view: a } = shell.view().screen else {
        panic!()
    };
    assert_eq!(a.step, AddStep::Preview);
    let p = a.preview.unwrap();
    assert_eq!(
        (p.issuer.as_deref(), p.account.as_str(), p.secret_chars),
        (Some("privacyIDEA"), "alice", 16)
    );
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    shell.send(Event::Add(AddEvent::PreviewAccepted {
        now_ms: shell.now_ms,
    }));
    shell.send(Event::Add(AddEvent::PinPolicyChosen {
        policy: PinPolicyChoice::AskWithTypoGuard,
        pin: Some(pin.as_str().into()),
        keep_uri_pin: false,
        now_ms: shell.now_ms,
    }));
    shell.send(Event::Add(AddEvent::ConfirmAdd {
        now_ms: shell.now_ms,
    }));
    let l = list(&shell);
    assert_eq!(l.rows.len(), 1);
    assert_eq!(l.rows[0].code, None, "the PIN is asked");
    assert_eq!(l.rows[0].pin_prompt.as_deref(), Some("Enter PIN"));
    assert!(shell.announcements.iter().any(|a| a == "Token added"));
    let token_id = l.rows[0].id.clone();

    // ---- the code equals the published vector at its instant ----
    shell.advance_to(at_vector);
    shell.send(Event::List(ListEvent::PinEntered {
        token_id: token_id.clone(),
        pin: pin.as_str().into(),
        now_ms: at_vector,
    }));
    let row = list(&shell).rows.remove(0);
    assert_eq!(
        row.code.as_deref().map(|c| c.replace(' ', "")),
        Some(vector_code.clone())
    );
    assert_eq!(
        row.code.as_deref(),
        Some(&*format!("{} {}", &vector_code[..3], &vector_code[3..]))
    );
    assert_eq!((row.seconds_left, row.progress), (10, 0.0));
    assert!(row.typo_warning.is_none());
    assert_eq!(
        shell.tick_at,
        Some(at_vector + 1000),
        "the next change: one second on"
    );
    shell.send(Event::List(ListEvent::CopyCode {
        token_id: token_id.clone(),
        now_ms: at_vector,
    }));
    assert_eq!(
        shell.clipboard,
        Some((vector_code.clone(), true, Some(30_000))),
        "copied without the space, sensitive, cleared after 30 s"
    );

    // ---- the real Android camera frame of Aegis's tests: a TOTP token ----
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: at_vector,
    });
    shell.send(Event::Add(AddEvent::ScanQr { now_ms: at_vector }));
    shell.send(Event::Add(AddEvent::CameraFrame {
        luma: fixture_gz("aegis__helpers__qr.y.gz").into(),
        width: 1600,
        height: 1200,
        row_stride: 1600,
        now_ms: at_vector,
    }));
    assert!(!shell.camera_on);
    let Screen::Add { view: a } = shell.view().screen else {
        panic!()
    };
    let p = a.preview.unwrap();
    assert_eq!(p.kind, motp_app::TokenKindView::Totp);
    assert_eq!(
        p.kind_text.as_deref(),
        Some("TOTP, 6 digits every 30 s (SHA1)")
    );
    assert_eq!(
        (p.issuer.as_deref(), p.account.as_str()),
        (Some("neo4j"), "Charlotte")
    );
    shell.send(Event::Add(AddEvent::PreviewAccepted { now_ms: at_vector }));
    let Screen::Add { view: a } = shell.view().screen else {
        panic!()
    };
    assert_eq!(
        a.step,
        AddStep::Confirm,
        "a TOTP token has no PIN to choose"
    );
    shell.send(Event::Add(AddEvent::ConfirmAdd { now_ms: at_vector }));
    let totp = list(&shell)
        .rows
        .into_iter()
        .find(|r| r.account == "Charlotte")
        .unwrap();
    assert_eq!(totp.kind, motp_app::TokenKindView::Totp);
    assert_eq!(totp.period_seconds, 30);
    assert_eq!(
        totp.code.as_deref().map(|c| c.replace(' ', "")),
        Some(rfc6238_sha1(
            "B33WS2ALPT34K4BNY24AYROE4M",
            at_vector / 1000 / 30,
        ))
    );
    assert_eq!(totp.seconds_left, (30 - (at_vector / 1000) % 30) as u32);

    // ---- background 6 minutes → locked ----
    shell.send(Event::WentToBackground { now_ms: at_vector });
    let back = at_vector + 6 * 60_000;
    shell.now_ms = back;
    shell.send(Event::CameToForeground { now_ms: back });
    assert!(shell.app.is_locked());
    let Screen::Unlock { view: u } = shell.view().screen else {
        panic!("locked after 6 minutes in the background")
    };
    let kinds: Vec<_> = u.methods.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        [UnlockMethodKind::DeviceKey, UnlockMethodKind::Password]
    );
    let e = shell.send_err(Event::List(ListEvent::CopyCode {
        token_id: token_id.clone(),
        now_ms: back,
    }));
    assert_eq!(e.code, ErrorCode::Locked);

    // ---- unlock with the device key → cancelled ----
    shell.send(Event::Unlock(UnlockEvent::UnlockWithDeviceKey {
        now_ms: back,
    }));
    let (request, wrapped) = shell.pending.unwrap.take().expect("an unwrap request");
    let Screen::Unlock { view: u } = shell.view().screen else {
        panic!()
    };
    assert!(u.waiting_for_device_key);
    assert_eq!(
        &*keystore.unwrap(&wrapped).unwrap(),
        &*key.expose().to_vec()
    );
    shell.send(Event::DeviceKeyCancelled {
        request,
        now_ms: back,
    });
    let Screen::Unlock { view: u } = shell.view().screen else {
        panic!()
    };
    assert!(!u.waiting_for_device_key);
    assert_eq!(u.error.unwrap().code, "device_key_cancelled");
    // A late answer to the cancelled request is ignored.
    shell.send(Event::DeviceKeyUnwrapped {
        request,
        key: SecretBytes::new(key.expose().to_vec()),
        now_ms: back,
    });
    assert!(shell.app.is_locked());

    // ---- unlock with the password (a wrong one first) ----
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: "wrong".into(),
        now_ms: back,
    }));
    let Screen::Unlock { view: u } = shell.view().screen else {
        panic!()
    };
    let e = u.error.unwrap();
    assert_eq!(
        (e.field, e.code.as_str()),
        (Some(Field::Password), "wrong_password")
    );
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: "correct horse battery".into(),
        now_ms: back,
    }));
    let l = list(&shell);
    assert_eq!(
        l.rows[0].code, None,
        "the PIN typed before the lock was wiped"
    );

    // ---- a wrong PIN shows the typo guard ----
    let flagged = (0..40)
        .map(|i| format!("{:04}", 1000 + i))
        .find(|wrong| {
            shell.send(Event::List(ListEvent::PinEntered {
                token_id: token_id.clone(),
                pin: wrong.as_str().into(),
                now_ms: back,
            }));
            list(&shell).rows[0].typo_warning.is_some()
        })
        .expect("the guard catches 15 of 16 wrong PINs");
    let row = list(&shell).rows.remove(0);
    assert!(
        row.code.is_some(),
        "the code is still shown: the user may know better"
    );
    assert!(
        row.typo_warning.unwrap().contains("does not match"),
        "{flagged}"
    );
    shell.send(Event::List(ListEvent::PinEntered {
        token_id: token_id.clone(),
        pin: pin.as_str().into(),
        now_ms: back,
    }));
    assert!(list(&shell).rows[0].typo_warning.is_none());

    // ---- edit: one atomic save ----
    shell.send(Event::Navigate {
        to: Destination::Detail {
            token_id: token_id.clone(),
        },
        now_ms: back,
    });
    let generation_before = Vault::open_with_password(
        &shell.vault_path(),
        &Password::new("correct horse battery").unwrap(),
    )
    .unwrap()
    .vault
    .generation();
    shell.send(Event::Detail(DetailEvent::SaveEdit {
        token_id: token_id.clone(),
        edit: TokenEdit {
            issuer: Some("Office VPN".into()),
            note: Some("DrayTek at the office".into()),
            ..TokenEdit::default()
        },
        now_ms: back,
    }));
    let Screen::Detail { view: d } = shell.view().screen else {
        panic!()
    };
    assert_eq!(d.issuer.as_deref(), Some("Office VPN"));
    assert_eq!(d.note.as_deref(), Some("DrayTek at the office"));
    assert_eq!(d.check_code, expected_check_code(&secret));
    let on_disk = Vault::open_with_password(
        &shell.vault_path(),
        &Password::new("correct horse battery").unwrap(),
    )
    .unwrap()
    .vault;
    assert_eq!(
        on_disk.generation(),
        generation_before + 1,
        "one save for the edit"
    );
    assert_eq!(on_disk.list()[0].issuer.as_deref(), Some("Office VPN"));

    // ---- export ----
    shell.send(Event::Navigate {
        to: Destination::Backups,
        now_ms: back,
    });
    let Screen::Backups { view: b } = shell.view().screen else {
        panic!()
    };
    assert!(b.reminder.is_some(), "changes since the last backup");
    shell.send(Event::Backups(BackupsEvent::Export {
        format: ExportFormat::MotpBackup,
        password: None,
        now_ms: back,
    }));
    let Screen::Backups { view: b } = shell.view().screen else {
        panic!()
    };
    assert_eq!(b.error.unwrap().field, Some(Field::Password));
    shell.send(Event::Backups(BackupsEvent::Export {
        format: ExportFormat::MotpBackup,
        password: Some("backup password".into()),
        now_ms: back,
    }));
    let (request, name, bytes) = shell.pending.save_file.take().expect("a save-file request");
    assert!(name.ends_with(".motp"));
    let exported = shell.dir.path().join(&name);
    std::fs::write(&exported, bytes.expose()).unwrap();
    shell.send(Event::FileSaved {
        request,
        now_ms: back,
    });
    let Screen::Backups { view: b } = shell.view().screen else {
        panic!()
    };
    assert!(b.reminder.is_none(), "backed up");
    assert!(shell.persisted.as_ref().unwrap().last_backup_generation > 0);

    // ---- import preview: our own backup (a duplicate), then another app's ----
    shell.send(Event::Backups(BackupsEvent::ChooseImportFile {
        now_ms: back,
    }));
    let request = shell.pending.open_file.take().unwrap();
    shell.send(Event::FileOpened {
        request,
        name: name.clone(),
        bytes: SecretBytes::new(std::fs::read(&exported).unwrap()),
        now_ms: back,
    });
    let Screen::Backups { view: b } = shell.view().screen else {
        panic!()
    };
    assert!(b.import_preview.unwrap().needs_password);
    shell.send(Event::Backups(BackupsEvent::ImportPassword {
        password: "backup password".into(),
        now_ms: back,
    }));
    let Screen::Backups { view: b } = shell.view().screen else {
        panic!()
    };
    let p = b.import_preview.unwrap();
    assert_eq!(
        (p.tokens, p.duplicates),
        (2, 2),
        "both tokens are already here: {p:?}"
    );
    assert_eq!(p.entries[0].status, ImportEntryStatus::Duplicate);
    assert_eq!(p.entries[0].status_text, "Already here");
    shell.send(Event::Backups(BackupsEvent::CloseImport));
    // Stratum's Aegis backup holds one mOTP token with a PIN among other kinds.
    shell.send(Event::Backups(BackupsEvent::ChooseImportFile {
        now_ms: back,
    }));
    let request = shell.pending.open_file.take().unwrap();
    shell.send(Event::FileOpened {
        request,
        name: "aegis.encrypted.json".into(),
        bytes: SecretBytes::new(fixture("stratum__aegis.encrypted.json")),
        now_ms: back,
    });
    shell.send(Event::Backups(BackupsEvent::ImportPassword {
        password: "wrong".into(),
        now_ms: back,
    }));
    let Screen::Backups { view: b } = shell.view().screen else {
        panic!()
    };
    let p = b.import_preview.unwrap();
    assert_eq!(p.error.unwrap().code, "import_wrong_password");
    shell.send(Event::Backups(BackupsEvent::ImportPassword {
        password: "test".into(),
        now_ms: back,
    }));
    let Screen::Backups { view: b } = shell.view().screen else {
        panic!()
    };
    let p = b.import_preview.unwrap();
    assert_eq!(p.format.as_deref(), Some("Aegis"));
    // One mOTP token with its PIN, seven TOTP/HOTP tokens (issue 13) and a Steam token; a
    // 9-digit TOTP and Yandex are listed as not importable.
    assert_eq!((p.tokens, p.with_pin, p.duplicates), (9, 1, 0), "{p:?}");
    assert_eq!(p.skipped, 2, "the other kinds are listed as not importable");
    let tokens_before = list_len(&shell);
    shell.send(Event::Backups(BackupsEvent::ConfirmImport {
        keep_pins: false,
        now_ms: back,
    }));
    let Screen::Backups { view: b } = shell.view().screen else {
        panic!()
    };
    let r = b.import_report.unwrap();
    assert_eq!(r.tokens, 9);
    assert_eq!(list_len(&shell), tokens_before + 9);

    // ---- clock check with a server 5 minutes off ----
    shell.send(Event::Navigate {
        to: Destination::Troubleshooting,
        now_ms: back,
    });
    shell.send(Event::Troubleshooting(TroubleshootingEvent::CheckClock {
        now_ms: back,
    }));
    let request = shell.pending.network_time.take().unwrap();
    // This platform has no network time: the core runs an NTP exchange (with the loopback
    // server 5 minutes ahead of this machine's clock).
    shell.send(Event::NetworkTimeUnavailable {
        request,
        now_ms: back,
    });
    let Screen::Troubleshooting { view: t } = shell.view().screen else {
        panic!()
    };
    let c = t.clock.expect("a clock result");
    assert_eq!(c.verdict, ClockVerdictView::CodesWillFail);
    assert!(
        c.summary.contains("5 min") && c.summary.contains("behind"),
        "{}",
        c.summary
    );
    assert_eq!(c.suggested_correction_seconds, 300);
    assert!(c.can_apply);
    shell.send(Event::Troubleshooting(
        TroubleshootingEvent::ApplyClockCorrection { now_ms: back },
    ));
    let Screen::Troubleshooting { view: t } = shell.view().screen else {
        panic!()
    };
    assert_eq!(t.stored_correction_seconds, 300);
    assert_eq!(
        t.clock.unwrap().verdict,
        ClockVerdictView::Fine,
        "judged with the correction"
    );

    // ---- doctor ----
    shell.send(Event::Troubleshooting(TroubleshootingEvent::RunDoctor {
        token_id: token_id.clone(),
        pin: Some(SecretText::from(pin.as_str())),
        code: None,
        admin_check_code: None,
        now_ms: back,
    }));
    let Screen::Troubleshooting { view: t } = shell.view().screen else {
        panic!()
    };
    let d = t.doctor.unwrap();
    assert_eq!(d.steps.len(), 4);
    assert_eq!(d.steps[0].status, DoctorStatusView::Ok, "{:?}", d.steps[0]);
    assert_eq!(d.steps[0].text, "The clock is right.");
    assert!(!d.verdict.is_empty());
    shell.send(Event::Troubleshooting(
        TroubleshootingEvent::ShowCheckCode {
            token_id,
            now_ms: back,
        },
    ));
    let Screen::Troubleshooting { view: t } = shell.view().screen else {
        panic!()
    };
    assert_eq!(t.check_code.unwrap().code, expected_check_code(&secret));
}

/// The check code of `secret` from its definition (docs/troubleshooting.md: the first 24 bits
/// of SHA-256 over the secret's exact text, as six hex digits in two groups, `a1b 2c3`),
/// computed here without the engine, so a screen showing another token's code, or the right
/// length of the wrong one, fails.
fn expected_check_code(secret: &str) -> String {
    use sha2::Digest;
    let d = sha2::Sha256::digest(secret.as_bytes());
    let hex = format!("{:02x}{:02x}{:02x}", d[0], d[1], d[2]);
    format!("{} {}", &hex[..3], &hex[3..])
}

fn list_len(shell: &Shell) -> usize {
    Vault::open_with_password(
        &shell.vault_path(),
        &Password::new("correct horse battery").unwrap(),
    )
    .unwrap()
    .vault
    .len()
}
