//! The design rules, each a test: nothing waits behind slow work or the device-key prompt;
//! locking wipes and every call after it fails with `Locked`; auto-lock; the device key's
//! success, invalidation and re-enrolment; duplicates with "add anyway"; the catalog's second
//! language; settings.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::{
    AddEvent, BackupsEvent, DetailEvent, FirstRunEvent, ListEvent, SettingsEvent,
    TroubleshootingEvent, UnlockEvent,
};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use motp_app::{
    AddStep, App, CameraProblem, Destination, Effect, ErrorCode, Event, Field, PinPolicyChoice,
    Screen, SecretBytes, TokenEdit, UnlockMethodKind,
};
use motp_core::vault::{KeyProtector, SoftwareKeyProtector};
use support::{PASSWORD, Shell, T0, screen_name};

/// A shell with an unlocked vault holding `n` tokens that remember their PIN (so every row
/// shows a code).
fn unlocked_with(n: usize) -> Shell {
    let mut shell = Shell::unlocked();
    for i in 0..n {
        add_token(
            &mut shell,
            &format!("user{i}"),
            &format!("{:016x}", 0xabc0_0000 + i),
            true,
        );
    }
    assert_eq!(screen_name(&shell.view()), "List");
    shell
}

fn add_token(shell: &mut Shell, account: &str, secret: &str, remember: bool) {
    let now_ms = shell.now_ms;
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms,
    });
    shell.send(Event::Add(AddEvent::ManualEntry {
        issuer: Some("VPN".into()),
        account: account.into(),
        secret: secret.into(),
        now_ms,
    }));
    shell.send(Event::Add(AddEvent::PreviewAccepted { now_ms }));
    shell.send(Event::Add(AddEvent::PinPolicyChosen {
        policy: if remember {
            PinPolicyChoice::Remember
        } else {
            PinPolicyChoice::Ask
        },
        pin: remember.then(|| "1234".into()),
        keep_uri_pin: false,
        now_ms,
    }));
    shell.send(Event::Add(AddEvent::ConfirmAdd { now_ms }));
}

fn tokens_on_disk(shell: &Shell) -> usize {
    let pw = motp_core::vault::Password::new(PASSWORD).unwrap();
    motp_core::vault::Vault::open_with_password(&shell.vault_path(), &pw)
        .unwrap()
        .vault
        .len()
}

fn rows(app: &App) -> Vec<motp_app::TokenRow> {
    match app.view().screen {
        Screen::List { view: l } => l.rows,
        other => panic!("expected the list, got {other:?}"),
    }
}

/// The deadlock test: a device-key request left unanswered (the prompt is up) and a
/// save running on a worker, while another thread keeps producing codes from the model.
#[test]
fn codes_keep_coming_while_the_device_key_prompt_is_up_and_a_save_runs() {
    let mut shell = unlocked_with(20);
    let app = std::mem::replace(&mut shell.app, App::new(motp_app::AppConfig::new("", "en")));
    let app = Arc::new(Mutex::new(app));

    // Turn the device key on: the core records the vault key (a job) and asks the shell to
    // wrap it. The shell shows the prompt... and the user never answers.
    let fx = app
        .lock()
        .unwrap()
        .update(Event::Settings(SettingsEvent::SetDeviceKey {
            enabled: true,
            now_ms: T0,
        }));
    // This shell has a device key store; run the recording job.
    let job = fx
        .unwrap()
        .into_iter()
        .find_map(|e| match e {
            Effect::RunJob { job } => Some(job),
            _ => None,
        })
        .expect("a job");
    let outcome = std::thread::spawn(move || job.run()).join().unwrap();
    let fx = app
        .lock()
        .unwrap()
        .update(Event::JobFinished {
            outcome,
            now_ms: T0,
        })
        .unwrap();
    assert!(
        fx.iter()
            .any(|e| matches!(e, Effect::WrapWithDeviceKey { .. })),
        "the prompt is asked for"
    );

    // A save starts (move a token): its job runs on a worker without the core's lock.
    let first = rows(&app.lock().unwrap())[0].id.clone();
    let fx = app
        .lock()
        .unwrap()
        .update(Event::List(ListEvent::MoveToken {
            token_id: first,
            to_index: 5,
            now_ms: T0,
        }))
        .unwrap();
    let save = fx
        .into_iter()
        .find_map(|e| match e {
            Effect::RunJob { job } => Some(job),
            _ => None,
        })
        .expect("a save job");
    let worker = std::thread::spawn(move || save.run());

    // Meanwhile the UI thread redraws: ticks and views, each under the core's lock.
    let (done_tx, done_rx) = mpsc::channel();
    let ui_app = Arc::clone(&app);
    let ui = std::thread::spawn(move || {
        let mut produced = 0;
        for i in 0..2_000i64 {
            let mut a = ui_app.lock().unwrap();
            a.update(Event::Tick {
                now_ms: T0 + i * 100,
            })
            .unwrap();
            let rows = rows(&a);
            assert!(a.view().busy.is_some(), "the save shows as busy");
            produced += rows.iter().filter(|r| r.code.is_some()).count();
        }
        done_tx.send(produced).unwrap();
    });
    let produced = done_rx
        .recv_timeout(Duration::from_secs(60))
        .expect("the UI thread was blocked: a deadlock");
    ui.join().unwrap();
    assert_eq!(produced, 2_000 * 20, "every row had a code every time");

    // The save comes back; the prompt is still unanswered and nothing waits for it.
    let outcome = worker.join().unwrap();
    let mut a = app.lock().unwrap();
    a.update(Event::JobFinished {
        outcome,
        now_ms: T0 + 200_000,
    })
    .unwrap();
    assert!(a.view().busy.is_none());
    assert_eq!(rows(&a).len(), 20);
}

#[test]
fn locking_wipes_and_every_call_after_it_fails_with_locked() {
    let mut shell = unlocked_with(1);
    add_token(&mut shell, "asker", "0123456789abcdef", false);
    let asker = rows(&shell.app)
        .into_iter()
        .find(|r| r.account == "asker")
        .unwrap()
        .id;
    shell.send(Event::List(ListEvent::PinEntered {
        token_id: asker.clone(),
        pin: "6666".into(),
        now_ms: T0,
    }));
    assert!(rows(&shell.app).iter().all(|r| r.code.is_some()));
    // A save is out when the lock comes: its outcome must not bring the vault back.
    let fx = shell
        .app
        .update(Event::List(ListEvent::MoveToken {
            token_id: asker.clone(),
            to_index: 0,
            now_ms: T0,
        }))
        .unwrap();
    let job = fx
        .into_iter()
        .find_map(|e| match e {
            Effect::RunJob { job } => Some(job),
            _ => None,
        })
        .unwrap();
    shell.send(Event::Lock { now_ms: T0 });
    let outcome = job.run();
    shell.send(Event::JobFinished {
        outcome,
        now_ms: T0,
    });
    assert!(shell.app.is_locked());
    assert_eq!(screen_name(&shell.view()), "Unlock");

    let now_ms = T0;
    let calls = vec![
        Event::List(ListEvent::CopyCode {
            token_id: asker.clone(),
            now_ms,
        }),
        Event::List(ListEvent::PinEntered {
            token_id: asker.clone(),
            pin: "6666".into(),
            now_ms,
        }),
        Event::Navigate {
            to: Destination::Backups,
            now_ms,
        },
        Event::Detail(DetailEvent::SaveEdit {
            token_id: asker.clone(),
            edit: TokenEdit::default(),
            now_ms,
        }),
        Event::Backups(BackupsEvent::Export {
            format: motp_app::ExportFormat::UriList,
            password: None,
            now_ms,
        }),
        Event::Troubleshooting(TroubleshootingEvent::CheckClock { now_ms }),
        Event::Troubleshooting(TroubleshootingEvent::RunDoctor {
            token_id: asker.clone(),
            pin: None,
            code: None,
            admin_check_code: None,
            now_ms,
        }),
        Event::Settings(SettingsEvent::SetAutoLock {
            background_minutes: 1,
            inactivity_minutes: 1,
            now_ms,
        }),
        Event::Add(AddEvent::ManualEntry {
            issuer: None,
            account: "x".into(),
            secret: "0123456789abcdef".into(),
            now_ms,
        }),
        Event::List(ListEvent::MoveToken {
            token_id: asker.clone(),
            to_index: 0,
            now_ms,
        }),
    ];
    for call in calls {
        let name = format!("{call:?}");
        let e = shell.send_err(call);
        assert_eq!(e.code, ErrorCode::Locked, "{name}");
        assert_eq!(e.message, "The vault is locked. Unlock it first.");
    }
    // Unlocked again, the typed PIN is gone: it was wiped with the session.
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: PASSWORD.into(),
        now_ms: T0,
    }));
    let row = rows(&shell.app)
        .into_iter()
        .find(|r| r.account == "asker")
        .unwrap();
    assert_eq!(row.code, None);
    // The events and effects print no secret.
    let printed = format!(
        "{:?}",
        Event::List(ListEvent::PinEntered {
            token_id: asker,
            pin: "6666".into(),
            now_ms
        })
    );
    assert!(!printed.contains("6666"), "{printed}");
}

#[test]
fn inactivity_locks_on_the_scheduled_tick() {
    let mut shell = unlocked_with(0);
    shell.send(Event::Navigate {
        to: Destination::Settings,
        now_ms: T0,
    });
    shell.send(Event::Settings(SettingsEvent::SetAutoLock {
        background_minutes: 5,
        inactivity_minutes: 2,
        now_ms: T0 + 123,
    }));
    assert_eq!(
        shell
            .persisted
            .as_ref()
            .unwrap()
            .lock_after_inactivity_minutes,
        2
    );
    shell.send(Event::Back { now_ms: T0 + 123 });
    // An empty list changes by itself only when it locks: the one tick is that instant.
    assert_eq!(shell.tick_at, Some(T0 + 123 + 120_000));
    shell.advance_to(T0 + 123 + 119_999);
    assert!(!shell.app.is_locked());
    shell.advance_to(T0 + 123 + 120_000);
    assert!(shell.app.is_locked());
    assert_eq!(screen_name(&shell.view()), "Unlock");
}

#[test]
fn device_key_unlock_invalidation_and_reenrolment() {
    let keystore = SoftwareKeyProtector::random(support::DEVICE, "Test phone").unwrap();
    let mut shell = Shell::new(T0);
    shell.send(Event::Started { now_ms: T0 });
    shell.send(Event::FirstRun(FirstRunEvent::CreateVault {
        password: PASSWORD.into(),
        confirmation: PASSWORD.into(),
        use_device_key: true,
        now_ms: T0,
    }));
    let (request, key) = shell.pending.wrap.take().unwrap();
    let prompt = shell
        .pending
        .prompt
        .take()
        .expect("the enrolment prompt's words");
    assert_eq!(
        (prompt.title.as_str(), prompt.cancel.as_str()),
        ("Turn on unlocking with Test phone (fingerprint)", "Cancel")
    );
    shell.send(Event::DeviceKeyWrapped {
        request,
        wrapped: keystore.wrap(key.expose()).unwrap(),
        now_ms: T0,
    });
    add_token(&mut shell, "alice", "0123456789abcdef", true);
    shell.send(Event::Lock { now_ms: T0 });

    // Unlock with the device key: the shell unwraps, the core opens. The system prompt speaks
    // the app's language.
    shell.send(Event::LocaleChanged {
        locale: "de-DE".into(),
    });
    shell.send(Event::Unlock(UnlockEvent::UnlockWithDeviceKey {
        now_ms: T0,
    }));
    let prompt = shell
        .pending
        .prompt
        .take()
        .expect("the unlock prompt's words");
    assert_eq!(
        (prompt.title.as_str(), prompt.cancel.as_str()),
        ("mOTP Token entsperren", "Passwort verwenden")
    );
    shell.send(Event::LocaleChanged {
        locale: "en".into(),
    });
    let (request, wrapped) = shell.pending.unwrap.take().unwrap();
    let unwrapped = keystore.unwrap(&wrapped).unwrap();
    shell.send(Event::DeviceKeyUnwrapped {
        request,
        key: SecretBytes::new(unwrapped.to_vec()),
        now_ms: T0,
    });
    assert!(!shell.app.is_locked());
    assert_eq!(rows(&shell.app).len(), 1);

    // A wrong key (another device's) opens nothing.
    shell.send(Event::Lock { now_ms: T0 });
    shell.send(Event::Unlock(UnlockEvent::UnlockWithDeviceKey {
        now_ms: T0,
    }));
    let (request, _) = shell.pending.unwrap.take().unwrap();
    shell.send(Event::DeviceKeyUnwrapped {
        request,
        key: SecretBytes::new(vec![9; 32]),
        now_ms: T0,
    });
    assert!(shell.app.is_locked());

    // Biometrics changed: the key is gone for good.
    shell.send(Event::Unlock(UnlockEvent::UnlockWithDeviceKey {
        now_ms: T0,
    }));
    let (request, _) = shell.pending.unwrap.take().unwrap();
    shell.send(Event::DeviceKeyInvalidated {
        request,
        now_ms: T0,
    });
    let Screen::Unlock { view: u } = shell.view().screen else {
        panic!()
    };
    assert!(u.device_key_invalidated);
    assert!(u.hint.is_some());
    assert_eq!(
        u.methods.iter().map(|m| m.kind).collect::<Vec<_>>(),
        [UnlockMethodKind::Password],
        "only the password is offered"
    );
    assert_eq!(u.error.unwrap().code, "device_key_invalidated");
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: PASSWORD.into(),
        now_ms: T0,
    }));
    let Screen::List { view: l } = shell.view().screen else {
        panic!()
    };
    assert!(l.offer_device_key_enrolment.is_some());

    // Re-enrol with a new key in the key store: the slot is replaced.
    let new_keystore = SoftwareKeyProtector::random(support::DEVICE, "Test phone").unwrap();
    shell.turn_on_device_key();
    shell.answer_wrap(&new_keystore);
    let slots = motp_core::vault::inspect(&std::fs::read(shell.vault_path()).unwrap())
        .unwrap()
        .slots;
    assert_eq!(slots.len(), 2, "one password slot, one (new) device slot");
    shell.send(Event::Lock { now_ms: T0 });
    shell.send(Event::Unlock(UnlockEvent::UnlockWithDeviceKey {
        now_ms: T0,
    }));
    let (request, wrapped) = shell.pending.unwrap.take().unwrap();
    shell.send(Event::DeviceKeyUnwrapped {
        request,
        key: SecretBytes::new(new_keystore.unwrap(&wrapped).unwrap().to_vec()),
        now_ms: T0,
    });
    assert!(!shell.app.is_locked(), "the new device key opens the vault");
}

#[test]
fn duplicates_are_reported_before_anything_is_added() {
    let mut shell = unlocked_with(0);
    add_token(&mut shell, "alice", "0123456789abcdef", false);
    // The same secret under another name, then the same name with another secret.
    for (account, secret) in [("bob", "0123456789abcdef"), ("alice", "fedcba9876543210")] {
        shell.send(Event::Navigate {
            to: Destination::Add,
            now_ms: T0,
        });
        shell.send(Event::Add(AddEvent::UriPasted {
            uri: format!("motp://VPN:{account}?secret={secret}").into(),
            now_ms: T0,
        }));
        shell.send(Event::Add(AddEvent::PreviewAccepted { now_ms: T0 }));
        shell.send(Event::Add(AddEvent::PinPolicyChosen {
            policy: PinPolicyChoice::Ask,
            pin: None,
            keep_uri_pin: false,
            now_ms: T0,
        }));
        shell.send(Event::Add(AddEvent::ConfirmAdd { now_ms: T0 }));
        let Screen::Add { view: a } = shell.view().screen else {
            panic!()
        };
        assert_eq!(a.step, AddStep::Duplicate);
        assert_eq!(a.duplicates.len(), 1);
        assert!(a.add_anyway_label.is_some());
        assert_eq!(tokens_on_disk(&shell), 1, "nothing added yet");
    }
    shell.send(Event::Add(AddEvent::AddAnyway { now_ms: T0 }));
    assert_eq!(rows(&shell.app).len(), 2);
    assert_eq!(tokens_on_disk(&shell), 2);
}

#[test]
fn input_errors_name_their_field() {
    let mut shell = unlocked_with(0);
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: T0,
    });
    let cases = [
        (
            Event::Add(AddEvent::ManualEntry {
                issuer: None,
                account: "alice".into(),
                secret: "".into(),
                now_ms: T0,
            }),
            Field::Secret,
            "secret_invalid",
        ),
        (
            Event::Add(AddEvent::ManualEntry {
                issuer: None,
                account: " ".into(),
                secret: "0123456789abcdef".into(),
                now_ms: T0,
            }),
            Field::Name,
            "name_invalid",
        ),
        (
            Event::Add(AddEvent::UriPasted {
                uri: "https://example.com".into(),
                now_ms: T0,
            }),
            Field::Uri,
            "uri_not_motp",
        ),
    ];
    for (event, field, code) in cases {
        shell.send(event);
        let Screen::Add { view: a } = shell.view().screen else {
            panic!()
        };
        let e = a.error.expect(code);
        assert_eq!(
            (e.field, e.code.as_str()),
            (Some(field), code),
            "{}",
            e.text
        );
    }
    shell.send(Event::Add(AddEvent::UriPasted {
        uri: "motp://VPN:alice?secret=0123456789abcdef".into(),
        now_ms: T0,
    }));
    shell.send(Event::Add(AddEvent::PreviewAccepted { now_ms: T0 }));
    shell.send(Event::Add(AddEvent::PinPolicyChosen {
        policy: PinPolicyChoice::Remember,
        pin: Some("12".into()),
        keep_uri_pin: false,
        now_ms: T0,
    }));
    let Screen::Add { view: a } = shell.view().screen else {
        panic!()
    };
    let e = a.error.unwrap();
    assert_eq!(
        (e.field, e.code.as_str()),
        (Some(Field::Pin), "pin_invalid")
    );
}

#[test]
fn the_second_language_and_the_locale_switch() {
    let mut shell = Shell::new_with(T0, |c| c.locale = "de-AT".into());
    shell.send(Event::Started { now_ms: T0 });
    let v = shell.view();
    assert_eq!(v.locale, "de");
    let Screen::FirstRun { view: f } = v.screen else {
        panic!()
    };
    assert_eq!(f.title, "Schützen Sie Ihre Tokens");
    shell.send(Event::FirstRun(FirstRunEvent::CreateVault {
        password: "a".into(),
        confirmation: "b".into(),
        use_device_key: false,
        now_ms: T0,
    }));
    let Screen::FirstRun { view: f } = shell.view().screen else {
        panic!()
    };
    assert!(f.error.unwrap().text.contains("unterscheiden sich"));
    shell.send(Event::LocaleChanged {
        locale: "en-GB".into(),
    });
    let Screen::FirstRun { view: f } = shell.view().screen else {
        panic!()
    };
    assert_eq!(f.title, "Protect your tokens");
}

#[test]
fn settings_are_checked_and_persisted() {
    let mut shell = unlocked_with(0);
    shell.send(Event::Navigate {
        to: Destination::Settings,
        now_ms: T0,
    });
    shell.send(Event::Settings(SettingsEvent::SetClipboardClear {
        seconds: 100_000,
        now_ms: T0,
    }));
    let Screen::Settings { view: s } = shell.view().screen else {
        panic!()
    };
    assert_eq!(s.error.unwrap().code, "setting_invalid");
    shell.send(Event::Settings(SettingsEvent::SetClipboardClear {
        seconds: 45,
        now_ms: T0,
    }));
    assert_eq!(
        shell.persisted.as_ref().unwrap().clipboard_clear_seconds,
        45
    );
    // The current password is asked again: empty, then wrong, change nothing.
    for (current, code) in [
        ("", "password_empty"),
        ("not the password", "wrong_password"),
    ] {
        shell.send(Event::Settings(SettingsEvent::ChangePassword {
            current_password: current.into(),
            new_password: "stolen phone 1".into(),
            confirmation: "stolen phone 1".into(),
            now_ms: T0,
        }));
        let Screen::Settings { view: s } = shell.view().screen else {
            panic!()
        };
        let e = s.error.expect("the settings screen shows why");
        assert_eq!(
            (e.code.as_str(), e.field),
            (code, Some(Field::CurrentPassword))
        );
    }
    shell.send(Event::Settings(SettingsEvent::ChangePassword {
        current_password: PASSWORD.into(),
        new_password: "new password 1".into(),
        confirmation: "new password 1".into(),
        now_ms: T0,
    }));
    let Screen::Settings { view: s } = shell.view().screen else {
        panic!()
    };
    assert_eq!(s.error, None, "the right current password clears the error");
    shell.send(Event::Lock { now_ms: T0 });
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: "stolen phone 1".into(),
        now_ms: T0,
    }));
    assert!(shell.app.is_locked(), "the refused changes were not saved");
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: PASSWORD.into(),
        now_ms: T0,
    }));
    assert!(shell.app.is_locked(), "the old password no longer opens it");
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: "new password 1".into(),
        now_ms: T0,
    }));
    assert!(!shell.app.is_locked());
}

#[test]
fn automatic_backups_go_to_the_chosen_folder_after_each_change() {
    let mut shell = unlocked_with(0);
    shell.send(Event::Navigate {
        to: Destination::Backups,
        now_ms: T0,
    });
    shell.send(Event::Backups(BackupsEvent::SetBackupFolder {
        folder: Some("content://backups".into()),
        now_ms: T0,
    }));
    add_token(&mut shell, "alice", "0123456789abcdef", false);
    let (request, name, bytes) = shell.pending.save_to_folder.take().expect("a backup");
    assert_eq!(
        name,
        motp_core::vault::backup_name(T0),
        "named with its time"
    );
    assert_eq!(
        bytes.expose(),
        &std::fs::read(shell.vault_path()).unwrap()[..]
    );
    let Screen::List { view: l } = shell.view().screen else {
        panic!()
    };
    assert!(l.backup_reminder.is_some(), "not confirmed written yet");
    shell.send(Event::FileSaved {
        request,
        now_ms: T0,
    });
    let Screen::List { view: l } = shell.view().screen else {
        panic!()
    };
    assert!(l.backup_reminder.is_none());
}

#[test]
fn locking_while_scanning_stops_the_camera_and_late_frames_are_dropped() {
    let mut shell = unlocked_with(0);
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: T0,
    });
    shell.send(Event::Add(AddEvent::ScanQr { now_ms: T0 }));
    assert!(shell.camera_on);
    shell.send(Event::Back { now_ms: T0 });
    assert!(!shell.camera_on, "leaving the screen stops the camera");
    // A frame that was already on its way is dropped without an error.
    let fx = shell.send(Event::Add(AddEvent::CameraFrame {
        luma: vec![0x80; 64 * 64].into(),
        width: 64,
        height: 64,
        row_stride: 64,
        now_ms: T0,
    }));
    assert!(fx.is_empty(), "{fx:?}");
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: T0,
    });
    shell.send(Event::Add(AddEvent::ScanQr { now_ms: T0 }));
    assert!(shell.camera_on);
    shell.send(Event::WentToBackground { now_ms: T0 });
    shell.send(Event::CameToForeground {
        now_ms: T0 + 5 * 60_000,
    });
    assert!(shell.app.is_locked());
    assert!(!shell.camera_on, "the lock stopped the camera");
}

#[test]
fn a_camera_that_cannot_start_sends_the_user_back_with_the_reason() {
    let mut shell = unlocked_with(0);
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: T0,
    });
    let mut sentences = Vec::new();
    for problem in [
        CameraProblem::PermissionDenied,
        CameraProblem::NoCamera,
        CameraProblem::Failed,
    ] {
        shell.send(Event::Add(AddEvent::ScanQr { now_ms: T0 }));
        assert!(shell.camera_on);
        shell.send(Event::Add(AddEvent::CameraUnavailable {
            problem,
            now_ms: T0,
        }));
        let Screen::Add { view: a } = shell.view().screen else {
            panic!()
        };
        assert_eq!(a.step, AddStep::Choose, "{problem:?}");
        assert!(!a.camera_on, "{problem:?}");
        let e = a.error.expect("the reason is shown");
        assert_eq!(e.code, "camera_unavailable");
        assert!(
            e.text.to_lowercase().contains("paste the link"),
            "offers another way in: {}",
            e.text
        );
        sentences.push(e.text);
    }
    sentences.dedup();
    assert_eq!(sentences.len(), 3, "each problem has its own sentence");
    // A late answer, after scanning stopped, changes nothing.
    shell.send(Event::Add(AddEvent::UriPasted {
        uri: "motp://Example:alice?secret=0123456789abcdef".into(),
        now_ms: T0,
    }));
    let fx = shell.send(Event::Add(AddEvent::CameraUnavailable {
        problem: CameraProblem::Failed,
        now_ms: T0,
    }));
    assert!(fx.is_empty(), "{fx:?}");
    let Screen::Add { view: a } = shell.view().screen else {
        panic!()
    };
    assert_eq!((a.step, a.error), (AddStep::Preview, None));
}

#[test]
fn stop_scanning_stays_on_the_add_screen_and_an_error_follows_the_language() {
    let mut shell = unlocked_with(0);
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: T0,
    });
    shell.send(Event::Add(AddEvent::ScanQr { now_ms: T0 }));
    let fx = shell.send(Event::Add(AddEvent::StopScanning { now_ms: T0 }));
    assert!(!shell.camera_on, "the camera is stopped: {fx:?}");
    let Screen::Add { view: a } = shell.view().screen else {
        panic!("stopping the scan left the add screen")
    };
    assert_eq!((a.step, a.camera_on), (AddStep::Choose, false));
    // Stopping again (a double tap) changes nothing.
    assert!(
        shell
            .send(Event::Add(AddEvent::StopScanning { now_ms: T0 }))
            .is_empty()
    );

    // An error on screen is said again in the new language.
    shell.send(Event::Add(AddEvent::ScanQr { now_ms: T0 }));
    shell.send(Event::Add(AddEvent::CameraUnavailable {
        problem: CameraProblem::PermissionDenied,
        now_ms: T0,
    }));
    let english = match shell.view().screen {
        Screen::Add { view: a } => a.error.unwrap().text,
        other => panic!("{other:?}"),
    };
    shell.send(Event::LocaleChanged {
        locale: "de".into(),
    });
    let german = match shell.view().screen {
        Screen::Add { view: a } => a.error.unwrap().text,
        other => panic!("{other:?}"),
    };
    assert!(
        english.starts_with("The app may not use the camera"),
        "{english}"
    );
    assert!(
        german.starts_with("Die App darf die Kamera nicht"),
        "{german}"
    );
}

#[test]
fn a_base32_slip_in_a_pasted_link_names_the_character_in_the_users_language() {
    let mut shell = unlocked_with(0);
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: T0,
    });
    // "0" is not Base32: probably the letter O.
    shell.send(Event::Add(AddEvent::UriPasted {
        uri: "otpauth://totp/VPN:alice?secret=JBSWY3DPEHPK3PX0&issuer=VPN".into(),
        now_ms: T0,
    }));
    let e = match shell.view().screen {
        Screen::Add { view: a } => a.error.expect("the slip is shown"),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        (e.code.as_str(), e.field),
        ("secret_invalid", Some(Field::Secret))
    );
    assert!(e.text.contains("16") && e.text.contains('O'), "{}", e.text);
    shell.send(Event::LocaleChanged {
        locale: "de".into(),
    });
    let de = match shell.view().screen {
        Screen::Add { view: a } => a.error.unwrap().text,
        other => panic!("{other:?}"),
    };
    assert_ne!(de, e.text, "still English after the switch: {de}");
    assert!(de.contains("16"), "{de}");
}

#[test]
fn a_notice_on_screen_follows_a_language_change() {
    let mut shell = unlocked_with(0);
    add_token(&mut shell, "alice", "0123456789abcdef", false);
    let english = shell.view().notice.expect("token added");
    assert_eq!(english.text, "Token added");
    shell.send(Event::LocaleChanged {
        locale: "de".into(),
    });
    let german = shell.view().notice.expect("still there");
    assert_eq!(german.code, english.code);
    assert_ne!(german.text, english.text, "the notice stayed English");
}

#[test]
fn every_control_label_follows_the_language() {
    let mut shell = unlocked_with(2);
    let en = shell.view().labels;
    assert_eq!(
        (en.add_token.as_str(), en.lock.as_str()),
        ("Add a token", "Lock")
    );
    shell.send(Event::LocaleChanged {
        locale: "de-AT".into(),
    });
    let de = shell.view().labels;
    assert_eq!(
        (de.add_token.as_str(), de.lock.as_str()),
        ("Token hinzufügen", "Sperren")
    );
    // The troubleshooting screen offers the vault's tokens to the doctor, in the list's order.
    let listed: Vec<_> = rows(&shell.app).into_iter().map(|r| r.id).collect();
    shell.send(Event::Navigate {
        to: Destination::Troubleshooting,
        now_ms: T0,
    });
    let Screen::Troubleshooting { view: t } = shell.view().screen else {
        panic!()
    };
    let ids: Vec<_> = t.tokens.iter().map(|c| c.id.clone()).collect();
    assert_eq!(ids, listed);
    assert!(t.tokens.iter().all(|c| !c.name.is_empty()));
}

#[test]
fn a_cloned_job_outcome_is_ignored_and_the_real_one_still_lands() {
    let mut shell = unlocked_with(1);
    let id = rows(&shell.app)[0].id.clone();
    let fx = shell
        .app
        .update(Event::List(ListEvent::MoveToken {
            token_id: id,
            to_index: 0,
            now_ms: T0,
        }))
        .unwrap();
    let job = fx
        .into_iter()
        .find_map(|e| match e {
            Effect::RunJob { job } => Some(job),
            _ => None,
        })
        .unwrap();
    let outcome = job.run();
    let event = Event::JobFinished {
        outcome,
        now_ms: T0,
    };
    let copy = event.clone();
    shell.send(copy);
    assert!(shell.view().busy.is_some(), "a copy delivers nothing");
    shell.send(event);
    assert!(shell.view().busy.is_none());
    assert_eq!(rows(&shell.app).len(), 1);
}

/// Versioned automatic backups: each under its time; after each, the folder keeps the last 10
/// and one a day for 30 days (other files untouched); "Restore" lists the versions with their
/// token counts and puts the vault back as one held it, after a confirmation.
#[test]
fn automatic_backups_are_versioned_rotated_and_restored() {
    use motp_core::vault::backup_name;
    const DAY: i64 = 86_400_000;
    let folder = tempfile::tempdir().unwrap();
    let dir = folder.path();
    let mut shell = unlocked_with(0);
    shell.send(Event::Navigate {
        to: Destination::Backups,
        now_ms: T0,
    });
    shell.send(Event::Backups(BackupsEvent::SetBackupFolder {
        folder: Some(dir.to_str().unwrap().into()),
        now_ms: T0,
    }));
    add_token(&mut shell, "alice", "0123456789abcdef", false);
    let first = shell.write_pending_backup(dir);
    let first_bytes = std::fs::read(dir.join(&first)).unwrap();
    // Twelve old versions (40 to 51 days old), a file of the user's, another vault's file.
    for k in 0..12 {
        std::fs::write(dir.join(backup_name(T0 - (40 + k) * DAY)), &first_bytes).unwrap();
    }
    std::fs::write(dir.join("notes.txt"), b"mine").unwrap();
    let other = Shell::unlocked();
    std::fs::copy(other.vault_path(), dir.join(backup_name(T0 - 2 * DAY))).unwrap();

    shell.now_ms = T0 + 60_000;
    add_token(&mut shell, "bob", "fedcba9876543210", false);
    let second = shell.write_pending_backup(dir);
    assert_ne!(first, second);
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    let ours = names.iter().filter(|n| *n != "notes.txt").count();
    assert_eq!(ours, 10, "the latest ten are kept: {names:?}");
    assert!(
        names.contains(&"notes.txt".to_owned()),
        "other files are never touched"
    );
    assert!(names.contains(&first) && names.contains(&second));

    // The versions, newest first, with their token counts.
    let now_ms = shell.now_ms;
    shell.send(Event::Navigate {
        to: Destination::Backups,
        now_ms,
    });
    shell.send(Event::Backups(BackupsEvent::ShowBackupVersions { now_ms }));
    let Screen::Backups { view } = shell.view().screen else {
        panic!()
    };
    let versions = view.versions.expect("listed");
    assert_eq!(versions.len(), 10);
    assert_eq!(versions[0].file_name, second);
    assert!(
        versions[0].text.ends_with("2 tokens"),
        "{}",
        versions[0].text
    );
    assert!(
        versions[0].text.starts_with("2023-11-14 22:14:20 UTC"),
        "{}",
        versions[0].text
    );
    assert!(
        versions[1].text.ends_with("1 token"),
        "{}",
        versions[1].text
    );
    let unreadable = versions
        .iter()
        .find(|v| !v.readable)
        .expect("another vault's file");
    assert!(
        unreadable.text.contains("cannot be read"),
        "{}",
        unreadable.text
    );

    // Restore as the first version: asked first, then bob goes to the trash.
    shell.send(Event::Backups(BackupsEvent::RestoreBackupVersion {
        file_name: first.clone(),
        now_ms,
    }));
    let Screen::Backups { view } = shell.view().screen else {
        panic!()
    };
    assert!(view.confirm_restore.is_some(), "a confirmation first");
    shell.send(Event::Backups(BackupsEvent::ConfirmRestoreVersion {
        now_ms,
    }));
    let notice = shell.view().notice.expect("what the restore did");
    assert!(
        notice.text.contains("1 moved to the trash"),
        "{}",
        notice.text
    );
    shell.send(Event::Back { now_ms });
    let accounts: Vec<String> = shell.list().rows.into_iter().map(|r| r.account).collect();
    assert_eq!(accounts, ["alice"]);
    assert!(
        shell.list().trash_link.is_some(),
        "bob is in the trash, restorable"
    );
}
