//! What the app shows when it starts on a vault file that is already there: the ways in its
//! header offers, a damaged header said with the password still offered, and unlock events
//! refused where they do not fit. Written against mutation-sample survivors (docs/testing.md).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::UnlockEvent;
use motp_app::{ErrorCode, Event, NoticeKind, Screen, UnlockMethodKind, UnlockView};
use motp_core::vault::SoftwareKeyProtector;
use support::{PASSWORD, Shell, T0};

fn unlock_view(shell: &Shell) -> UnlockView {
    match shell.view().screen {
        Screen::Unlock { view: u } => u,
        other => panic!("expected the unlock screen, got {other:?}"),
    }
}

fn methods(u: &UnlockView) -> Vec<UnlockMethodKind> {
    u.methods.iter().map(|m| m.kind).collect()
}

/// A second app start on the vault `first` made (same file, same device key configuration).
fn restart(first: Shell) -> Shell {
    let config_path = first.vault_path();
    let mut again = Shell::new_with(T0, |c| c.vault_path = config_path.to_str().unwrap().into());
    // Keep the first shell's folder alive with the second.
    again.dir = first.dir;
    again.send(Event::Started { now_ms: T0 });
    again
}

#[test]
fn a_vault_with_a_password_slot_opens_on_the_password() {
    let shell = restart(Shell::unlocked());
    let u = unlock_view(&shell);
    assert_eq!(methods(&u), [UnlockMethodKind::Password]);
    assert!(u.error.is_none());
}

#[test]
fn a_vault_with_this_devices_slot_offers_the_device_key_first() {
    let keystore = SoftwareKeyProtector::random(support::DEVICE, "Test phone").unwrap();
    let shell = restart(Shell::with_device_key(&keystore));
    assert_eq!(
        methods(&unlock_view(&shell)),
        [UnlockMethodKind::DeviceKey, UnlockMethodKind::Password]
    );
}

#[test]
fn a_damaged_header_is_said_and_the_password_is_still_offered() {
    let first = Shell::unlocked();
    std::fs::write(first.vault_path(), b"{ not a vault").unwrap();
    let shell = restart(first);
    let u = unlock_view(&shell);
    assert_eq!(methods(&u), [UnlockMethodKind::Password]);
    let e = u.error.expect("the damage is said");
    assert_eq!(e.code, "vault_damaged", "{}", e.text);
}

#[test]
fn unlock_events_are_refused_where_they_do_not_fit() {
    // Unlocked already: no second unlock.
    let mut shell = Shell::unlocked();
    let e = shell.send_err(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: PASSWORD.into(),
        now_ms: T0,
    }));
    assert_eq!(e.code, ErrorCode::NotAvailable);
    let e = shell.send_err(Event::Unlock(UnlockEvent::UnlockWithDeviceKey {
        now_ms: T0,
    }));
    assert_eq!(e.code, ErrorCode::NotAvailable);

    // Locked, with an unlock already running: the second waits its turn.
    shell.send(Event::Lock { now_ms: T0 });
    let fx = shell
        .app
        .update(Event::Unlock(UnlockEvent::UnlockWithPassword {
            password: PASSWORD.into(),
            now_ms: T0,
        }))
        .unwrap();
    assert!(!fx.is_empty(), "the first unlock starts");
    let e = shell.send_err(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: PASSWORD.into(),
        now_ms: T0,
    }));
    assert_eq!(e.code, ErrorCode::Busy);
}

#[test]
fn a_device_key_enrolment_that_fails_is_said_on_the_unlocked_screen() {
    for (answer, kind, code) in [
        ("cancelled", NoticeKind::Info, "device_key_cancelled"),
        ("invalidated", NoticeKind::Warning, "device_key_invalidated"),
    ] {
        let mut shell = Shell::unlocked();
        shell.turn_on_device_key();
        let (request, _) = shell.pending.wrap.take().expect("a wrap request");
        shell.send(match answer {
            "cancelled" => Event::DeviceKeyCancelled {
                request,
                now_ms: T0,
            },
            _ => Event::DeviceKeyInvalidated {
                request,
                now_ms: T0,
            },
        });
        let n = shell.view().notice.expect("the failure is said");
        assert_eq!((n.kind, n.code.as_str()), (kind, code));
    }
}

#[test]
fn a_damaged_vault_file_as_large_as_a_vault_may_be_opens_from_its_previous_copy() {
    let mut first = Shell::unlocked();
    // Two saves, so the previous copy is a complete vault.
    first.add_uri(
        "motp://VPN:alice?secret=0123456789abcdef",
        support::AddPin::Ask,
    );
    let prev = first.dir.path().join("tokens.motp.prev");
    assert!(prev.exists());
    // Junk of exactly the largest size a vault may have: read (not refused as too large),
    // found damaged, and the unlock offered from `.prev`.
    let size = usize::try_from(motp_core::vault::MAX_FILE_BYTES).unwrap();
    std::fs::write(first.vault_path(), vec![b'x'; size]).unwrap();
    let shell = restart(first);
    let u = unlock_view(&shell);
    assert_eq!(methods(&u), [UnlockMethodKind::Password]);
    assert!(u.error.is_none(), "{:?}", u.error);
}
