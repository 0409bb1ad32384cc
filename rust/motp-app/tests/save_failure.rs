//! A failed save leaves memory equal to disk: the view never shows a change the file does not
//! hold, and a later save does not carry the failed change along.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::{Destination, Event, Screen, TokenEdit};
use motp_app::{DetailEvent, ListEvent, TroubleshootingEvent};
use motp_core::vault::{Password, Vault};
use support::{AddPin, PASSWORD, Shell, T0};

fn on_disk(shell: &Shell) -> Vec<(String, Option<String>)> {
    Vault::open_with_password(&shell.vault_path(), &Password::new(PASSWORD).unwrap())
        .unwrap()
        .vault
        .list()
        .into_iter()
        .map(|t| (t.account, t.note))
        .collect()
}

#[test]
fn a_failed_save_leaves_memory_equal_to_disk() {
    let mut shell = Shell::unlocked();
    let id = shell.add_uri("motp://VPN:alice?secret=0123456789abcdef", AddPin::Ask);
    shell.send(Event::Navigate {
        to: Destination::Detail {
            token_id: id.clone(),
        },
        now_ms: T0,
    });

    // The save cannot take the vault's lock: its lock file is a folder now.
    let lock = shell.dir.path().join("tokens.motp.lock");
    let _ = std::fs::remove_file(&lock);
    std::fs::create_dir(&lock).unwrap();
    shell.send(Event::Detail(DetailEvent::SaveEdit {
        token_id: id.clone(),
        edit: TokenEdit {
            account: Some("alice2".into()),
            ..TokenEdit::default()
        },
        now_ms: T0,
    }));
    let Screen::Detail { view: d } = shell.view().screen else {
        panic!()
    };
    assert!(
        d.error.is_some(),
        "the failure is shown on the screen that asked"
    );
    assert_eq!(
        d.account, "alice",
        "memory equals disk: the rename did not happen"
    );
    assert_eq!(on_disk(&shell), [("alice".to_owned(), None)]);

    // With the lock file back, the next change lands alone: the failed rename is not carried.
    std::fs::remove_dir(&lock).unwrap();
    shell.send(Event::Detail(DetailEvent::SaveEdit {
        token_id: id,
        edit: TokenEdit {
            note: Some("office".into()),
            ..TokenEdit::default()
        },
        now_ms: T0,
    }));
    let Screen::Detail { view: d } = shell.view().screen else {
        panic!()
    };
    assert!(d.error.is_none(), "{:?}", d.error);
    assert_eq!(d.account, "alice");
    assert_eq!(
        on_disk(&shell),
        [("alice".to_owned(), Some("office".to_owned()))]
    );
}

#[test]
fn a_change_meeting_a_newer_file_lands_on_it_and_the_list_shows_both() {
    let mut shell = Shell::unlocked();
    shell.add_uri("motp://VPN:alice?secret=0123456789abcdef", AddPin::Ask);
    // Another window (or a synced device) adds bob to the file meanwhile.
    let mut other =
        Vault::open_with_password(&shell.vault_path(), &Password::new(PASSWORD).unwrap())
            .unwrap()
            .vault;
    other
        .change(|v| {
            v.add(
                motp_core::vault::NewToken::new(
                    Some("VPN"),
                    "bob",
                    motp_core::Secret::new("fedcba9876543210").unwrap(),
                ),
                T0,
            )
        })
        .unwrap();
    let Screen::List { view: l } = shell.view().screen else {
        panic!()
    };
    let alice = l.rows[0].id.clone();
    shell.send(Event::Navigate {
        to: Destination::Detail {
            token_id: alice.clone(),
        },
        now_ms: T0,
    });
    shell.send(Event::Detail(DetailEvent::SaveEdit {
        token_id: alice,
        edit: TokenEdit {
            note: Some("office".into()),
            ..TokenEdit::default()
        },
        now_ms: T0,
    }));
    let Screen::Detail { view: d } = shell.view().screen else {
        panic!()
    };
    assert!(d.error.is_none(), "{:?}", d.error);
    shell.send(Event::Back { now_ms: T0 });
    let Screen::List { view: l } = shell.view().screen else {
        panic!()
    };
    let accounts: Vec<_> = l.rows.iter().map(|r| r.account.as_str()).collect();
    assert_eq!(accounts, ["alice", "bob"], "memory took the newer file");
    assert_eq!(
        on_disk(&shell),
        [
            ("alice".to_owned(), Some("office".to_owned())),
            ("bob".to_owned(), None)
        ]
    );
}

#[test]
fn an_hotp_code_whose_counter_could_not_be_saved_is_not_shown() {
    let mut shell = Shell::unlocked();
    // RFC 4226 Appendix D's key: counter 0 → 755224.
    let id = shell.add_uri(
        "otpauth://hotp/ACME:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=0",
        AddPin::Ask,
    );
    let lock = shell.dir.path().join("tokens.motp.lock");
    let _ = std::fs::remove_file(&lock);
    std::fs::create_dir(&lock).unwrap();
    shell.send(Event::List(ListEvent::NextHotpCode {
        token_id: id.clone(),
        now_ms: T0,
    }));
    let row = shell.list().rows.remove(0);
    assert_eq!(row.code, None, "a code shown without its counter saved");
    assert!(shell.view().notice.is_some(), "the failure is said");
    let copied = shell.app.update(Event::List(ListEvent::CopyCode {
        token_id: id.clone(),
        now_ms: T0,
    }));
    assert!(copied.is_err(), "nothing to copy");

    std::fs::remove_dir(&lock).unwrap();
    shell.send(Event::List(ListEvent::NextHotpCode {
        token_id: id,
        now_ms: T0,
    }));
    assert_eq!(shell.list().rows[0].code.as_deref(), Some("755 224"));
}

/// While a job the screen waits for is out (here a clock check over NTP, which leaves the vault
/// at home), work on the vault is refused with `Busy` rather than started beside it.
#[test]
fn vault_work_while_the_screen_is_busy_is_refused() {
    let mut shell = Shell::unlocked();
    let id = shell.add_uri("motp://VPN:alice?secret=0123456789abcdef", AddPin::Ask);
    shell.send(Event::Navigate {
        to: Destination::Troubleshooting,
        now_ms: T0,
    });
    shell.send(Event::Troubleshooting(TroubleshootingEvent::CheckClock {
        now_ms: T0,
    }));
    let request = shell.pending.network_time.take().unwrap();
    // No network time on this platform: the core runs NTP itself, as a job left running.
    let fx = shell
        .app
        .update(Event::NetworkTimeUnavailable {
            request,
            now_ms: T0,
        })
        .unwrap();
    assert!(
        fx.iter()
            .any(|e| matches!(e, motp_app::Effect::RunJob { .. })),
        "{fx:?}"
    );
    let e = shell.send_err(Event::Troubleshooting(TroubleshootingEvent::RunDoctor {
        token_id: id,
        pin: Some("1234".into()),
        code: None,
        admin_check_code: None,
        now_ms: T0,
    }));
    assert_eq!(e.code, motp_app::ErrorCode::Busy);
}
