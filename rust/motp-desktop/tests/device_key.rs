//! "Remember on this computer" through the window: first run with the keyring ticked, unlock
//! with the keyring, and when the keyring forgets its key (a reset, another computer), the
//! core's "invalidated" answer: unlock with the password and offer to enrol again.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::Screen;
use motp_desktop::FieldKey;
use support::{DEVICE, Harness, PASSWORD, screen_name};

fn unlock_view(h: &Harness) -> motp_app::UnlockView {
    match &h.view().screen {
        Screen::Unlock { view } => view.clone(),
        _ => panic!("expected the unlock screen, got {}", screen_name(h.view())),
    }
}

#[test]
fn the_keyring_unlocks_until_it_forgets_its_key() {
    let mut h = Harness::start("en", 1_700_000_000_000);
    let (create, keyring_label) = match &h.view().screen {
        Screen::FirstRun { view } => (
            view.create_label.clone(),
            view.device_key_label
                .clone()
                .expect("the keyring is offered"),
        ),
        _ => panic!("first run"),
    };
    h.type_into(FieldKey::Password, PASSWORD);
    h.type_into(FieldKey::Confirmation, PASSWORD);
    h.click(&keyring_label);
    h.click(&create);
    assert_eq!(screen_name(h.view()), "list");
    let kek = h
        .keys
        .0
        .lock()
        .unwrap()
        .get(DEVICE)
        .cloned()
        .expect("a key in the keyring");
    assert_eq!(kek.len(), 32);
    let vault = std::fs::read(h.dir.path().join("tokens.motp")).unwrap();
    assert!(
        !vault.windows(32).any(|w| w == kek.as_slice()),
        "the keyring's key is not in the vault"
    );

    // Locked, then opened with the keyring alone.
    let l = h.labels();
    h.click(&l.lock);
    let method = unlock_view(&h)
        .methods
        .iter()
        .find(|m| m.kind == motp_app::UnlockMethodKind::DeviceKey)
        .expect("the keyring is a way in")
        .label
        .clone();
    h.click(&method);
    assert_eq!(screen_name(h.view()), "list", "unlocked by the keyring");

    // The keyring forgets: invalidated, the password opens, the list offers to enrol again.
    h.click(&l.lock);
    let _ = h.keys.0.lock().unwrap().remove(DEVICE);
    h.click(&method);
    let v = unlock_view(&h);
    assert!(
        v.device_key_invalidated,
        "the core was told the key is gone"
    );
    h.type_into(FieldKey::Password, PASSWORD);
    h.click(&v.unlock_label);
    match &h.view().screen {
        Screen::List { view } => assert!(view.offer_device_key_enrolment.is_some()),
        _ => panic!("the password opens it"),
    }
}
