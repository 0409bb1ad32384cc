//! The locking rules at their edges: every timer one millisecond before and at its deadline,
//! the immediate lock for the app switcher's picture, and nothing of the vault key left behind
//! by a lock (a device-key request holds a copy of it).
//!
//! Each test here was written against a bug that the rest of the suite let through
//! (docs/testing.md, "blind spots"): a lock that kept the pending device-key request, a
//! background lock that counted seconds instead of minutes, and no lock on going to the
//! background with the setting at 0 minutes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::{Destination, Event, SecretBytes};
use motp_app::{ListEvent, SettingsEvent, UnlockEvent};
use motp_core::vault::{KeyProtector, SoftwareKeyProtector};
use support::{AddPin, Shell, T0, screen_name};

/// An unlocked shell with one mOTP token whose PIN is typed, so a code is on screen, and the
/// auto-lock set as given (minutes in the background, minutes without a touch).
fn showing_a_code(background_minutes: u32, inactivity_minutes: u32) -> Shell {
    let mut shell = Shell::unlocked();
    let id = shell.add_uri("motp://VPN:alice?secret=0123456789abcdef", AddPin::Ask);
    shell.send(Event::Navigate {
        to: Destination::Settings,
        now_ms: T0,
    });
    shell.send(Event::Settings(SettingsEvent::SetAutoLock {
        background_minutes,
        inactivity_minutes,
        now_ms: T0,
    }));
    shell.send(Event::Back { now_ms: T0 });
    shell.send(Event::List(ListEvent::PinEntered {
        token_id: id,
        pin: "1234".into(),
        now_ms: T0,
    }));
    assert!(shell.list().rows[0].code.is_some());
    shell
}

fn device_slots(shell: &Shell) -> usize {
    motp_core::vault::inspect(&std::fs::read(shell.vault_path()).unwrap())
        .unwrap()
        .slots
        .len()
}

#[test]
fn a_device_key_answer_that_comes_after_a_lock_never_enrols() {
    let keystore = SoftwareKeyProtector::random(support::DEVICE, "Test phone").unwrap();
    let mut shell = Shell::unlocked();
    assert_eq!(device_slots(&shell), 1, "the password slot alone");
    shell.turn_on_device_key();
    // The prompt is up, holding a copy of the vault key, when the phone locks.
    let (request, key) = shell.pending.wrap.take().expect("a wrap request");
    let wrapped = keystore.wrap(key.expose()).unwrap();
    shell.send(Event::Lock { now_ms: T0 });
    assert!(shell.app.is_locked());

    // The prompt's late answer finds nothing to finish: no error, no job, no change.
    let fx = shell
        .app
        .update(Event::DeviceKeyWrapped {
            request,
            wrapped: wrapped.clone(),
            now_ms: T0,
        })
        .expect("a late answer is dropped quietly");
    assert!(
        !fx.iter()
            .any(|e| matches!(e, motp_app::Effect::RunJob { .. })),
        "{fx:?}"
    );

    // Nor after the next unlock: the request (and its copy of the key) died with the lock.
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: support::PASSWORD.into(),
        now_ms: T0,
    }));
    assert!(!shell.app.is_locked());
    shell.send(Event::DeviceKeyWrapped {
        request,
        wrapped,
        now_ms: T0,
    });
    assert_eq!(
        device_slots(&shell),
        1,
        "an answer to a request from before the lock added a device slot"
    );
}

#[test]
fn a_device_key_unlock_answered_after_a_lock_does_not_open_the_vault() {
    let keystore = SoftwareKeyProtector::random(support::DEVICE, "Test phone").unwrap();
    let mut shell = Shell::with_device_key(&keystore);
    shell.send(Event::Lock { now_ms: T0 });
    shell.send(Event::Unlock(UnlockEvent::UnlockWithDeviceKey {
        now_ms: T0,
    }));
    let (request, wrapped) = shell.pending.unwrap.take().expect("an unwrap request");
    // The user gives up on the prompt and locks again (a new attempt starts from scratch).
    shell.send(Event::Lock { now_ms: T0 });
    shell.send(Event::Unlock(UnlockEvent::UnlockWithDeviceKey {
        now_ms: T0,
    }));
    let (newer, _) = shell
        .pending
        .unwrap
        .take()
        .expect("a second unwrap request");
    assert_ne!(request, newer);
    shell.send(Event::DeviceKeyUnwrapped {
        request,
        key: SecretBytes::new(keystore.unwrap(&wrapped).unwrap().to_vec()),
        now_ms: T0,
    });
    assert!(
        shell.app.is_locked(),
        "the answer to an abandoned prompt opened the vault"
    );
}

#[test]
fn the_background_lock_counts_minutes_to_the_millisecond() {
    let mut shell = showing_a_code(1, 0);
    let away = T0 + 5_000;
    shell.send(Event::WentToBackground { now_ms: away });
    assert!(!shell.app.is_locked(), "1 minute, not at once");
    assert_eq!(
        shell.tick_at,
        Some(away + 60_000),
        "the one tick is the lock"
    );

    // A tick (or any event) one millisecond early leaves it unlocked...
    shell.send(Event::Tick {
        now_ms: away + 59_999,
    });
    assert!(!shell.app.is_locked(), "locked a millisecond early");
    // ...and at the deadline it locks.
    shell.send(Event::Tick {
        now_ms: away + 60_000,
    });
    assert!(shell.app.is_locked());
    assert_eq!(screen_name(&shell.view()), "Unlock");
}

#[test]
fn coming_back_just_before_the_background_deadline_keeps_the_vault_open() {
    let mut shell = showing_a_code(2, 0);
    shell.send(Event::WentToBackground { now_ms: T0 });
    shell.send(Event::CameToForeground {
        now_ms: T0 + 119_999,
    });
    assert!(!shell.app.is_locked());
    assert!(
        shell.list().rows[0].code.is_some(),
        "the code is still there"
    );

    // Away again, back exactly at the deadline: locked before anything is drawn.
    let away = T0 + 200_000;
    shell.send(Event::WentToBackground { now_ms: away });
    shell.send(Event::CameToForeground {
        now_ms: away + 120_000,
    });
    assert!(shell.app.is_locked());
    assert_eq!(screen_name(&shell.view()), "Unlock");
}

#[test]
fn with_zero_minutes_the_vault_locks_as_the_app_leaves_the_screen() {
    let mut shell = showing_a_code(0, 0);
    // No tick, no other event: the app switcher takes its picture right after this one.
    shell.send(Event::WentToBackground { now_ms: T0 + 1 });
    assert!(shell.app.is_locked());
    assert_eq!(screen_name(&shell.view()), "Unlock");
    let printed = format!("{:?}", shell.view());
    assert!(!printed.contains("alice"), "{printed}");
}

#[test]
fn inactivity_counts_from_the_last_touch() {
    let mut shell = showing_a_code(5, 1);
    // The PIN typed at T0 was the last touch; a copy at T0 + 30 s is a newer one.
    let id = shell.list().rows[0].id.clone();
    shell.send(Event::List(ListEvent::CopyCode {
        token_id: id,
        now_ms: T0 + 30_000,
    }));
    assert_eq!(
        shell.app.settings().lock_after_inactivity_minutes,
        1,
        "the setting took"
    );
    shell.send(Event::Tick {
        now_ms: T0 + 30_000 + 59_999,
    });
    assert!(!shell.app.is_locked(), "locked a millisecond early");
    shell.send(Event::Tick {
        now_ms: T0 + 30_000 + 60_000,
    });
    assert!(shell.app.is_locked());
}

#[test]
fn the_clipboard_is_cleared_after_the_set_seconds_and_never_with_zero() {
    let mut shell = Shell::unlocked();
    let id = shell.add_uri(
        "motp://VPN:alice?secret=0123456789abcdef",
        AddPin::Remember("1234"),
    );
    shell.send(Event::Navigate {
        to: Destination::Settings,
        now_ms: T0,
    });
    shell.send(Event::Settings(SettingsEvent::SetClipboardClear {
        seconds: 45,
        now_ms: T0,
    }));
    shell.send(Event::Back { now_ms: T0 });
    shell.send(Event::List(ListEvent::CopyCode {
        token_id: id.clone(),
        now_ms: T0,
    }));
    let expected = motp_core::code(
        &motp_core::Secret::new("0123456789abcdef").unwrap(),
        &motp_core::Pin::raw("1234"),
        (T0 / 10_000) as u64,
    );
    let (text, sensitive, clear_after_ms) = shell.clipboard.clone().unwrap();
    assert_eq!(text, expected.to_string());
    assert!(
        sensitive,
        "a code is marked sensitive (kept out of clipboard history)"
    );
    // The shells clear it at exactly this delay (their own tests check the millisecond).
    assert_eq!(clear_after_ms, Some(45_000));

    shell.send(Event::Navigate {
        to: Destination::Settings,
        now_ms: T0,
    });
    shell.send(Event::Settings(SettingsEvent::SetClipboardClear {
        seconds: 0,
        now_ms: T0,
    }));
    shell.send(Event::Back { now_ms: T0 });
    shell.send(Event::List(ListEvent::CopyCode {
        token_id: id,
        now_ms: T0,
    }));
    assert_eq!(
        shell.clipboard.as_ref().unwrap().2,
        None,
        "0: never cleared"
    );
}

#[test]
fn an_invalidated_device_key_is_not_offered_again_after_the_next_lock() {
    let keystore = SoftwareKeyProtector::random(support::DEVICE, "Test phone").unwrap();
    let mut shell = Shell::with_device_key(&keystore);
    shell.send(Event::Lock { now_ms: T0 });
    let unlock = |shell: &Shell| match shell.view().screen {
        motp_app::Screen::Unlock { view: u } => u,
        other => panic!("expected the unlock screen, got {other:?}"),
    };
    let offers_device_key = |u: &motp_app::UnlockView| {
        u.methods
            .iter()
            .any(|m| m.kind == motp_app::UnlockMethodKind::DeviceKey)
    };
    assert!(offers_device_key(&unlock(&shell)));

    // The key store says the key is gone (new fingerprints enrolled): password only from now on.
    shell.send(Event::Unlock(UnlockEvent::UnlockWithDeviceKey {
        now_ms: T0,
    }));
    let (request, _) = shell.pending.unwrap.take().unwrap();
    shell.send(Event::DeviceKeyInvalidated {
        request,
        now_ms: T0,
    });
    let u = unlock(&shell);
    assert!(u.device_key_invalidated && !offers_device_key(&u));

    // Unlocked with the password and locked again, before re-enrolling: still password only.
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: support::PASSWORD.into(),
        now_ms: T0,
    }));
    assert!(!shell.app.is_locked());
    shell.send(Event::Lock { now_ms: T0 });
    let u = unlock(&shell);
    assert!(
        u.device_key_invalidated,
        "the lock forgot that the device key is gone"
    );
    assert!(!offers_device_key(&u), "{:?}", u.methods);
}
