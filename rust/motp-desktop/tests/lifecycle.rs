//! The window's lifecycle as the core's: losing the focus is going to the background, the
//! session locking is a lock; the core decides when that locks the vault.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::{Event, SettingsEvent};
use motp_desktop::Message;
use support::{Harness, screen_name};

const T0: i64 = 1_700_000_000_000;

fn unlocked() -> Harness {
    let mut h = Harness::start("en", T0);
    h.create_vault();
    h
}

#[test]
fn away_from_the_window_longer_than_the_setting_locks_on_return() {
    let mut h = unlocked();
    h.handle(Message::WindowLeft);
    h.clock.advance(4 * 60_000);
    h.handle(Message::WindowBack);
    assert_eq!(
        screen_name(h.view()),
        "list",
        "4 of 5 minutes away: still open"
    );
    h.handle(Message::WindowLeft);
    h.clock.advance(5 * 60_000 + 1);
    h.handle(Message::WindowBack);
    assert_eq!(screen_name(h.view()), "unlock", "5 minutes away: locked");
}

#[test]
fn lock_at_once_in_the_background_locks_when_the_window_loses_the_focus() {
    let mut h = unlocked();
    h.send(|now_ms| {
        Event::Settings(SettingsEvent::SetAutoLock {
            background_minutes: 0,
            inactivity_minutes: 10,
            now_ms,
        })
    });
    h.handle(Message::WindowLeft);
    assert_eq!(screen_name(h.view()), "unlock");
    let stored = std::fs::read_to_string(h.dir.path().join("settings.conf")).unwrap();
    assert!(
        stored.contains("lock_after_background_minutes = 0"),
        "{stored}"
    );
}

#[test]
fn the_session_locking_locks_the_vault() {
    let mut h = unlocked();
    h.handle(Message::SessionLocked);
    assert_eq!(screen_name(h.view()), "unlock");
}
