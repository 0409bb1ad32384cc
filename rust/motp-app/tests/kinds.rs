//! TOTP and HOTP beside mOTP in the list (issue 13 wired into the app core), and the tokens'
//! groups, favourites and icons.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::{Destination, Event, Screen, TokenEdit, TokenKindView, TokenRow};
use motp_app::{DetailEvent, ListEvent, UnlockEvent};
use motp_core::vault::{Password, Vault};
use support::{AddPin, PASSWORD, Shell, T0};

fn rows(shell: &Shell) -> Vec<TokenRow> {
    match shell.view().screen {
        Screen::List { view: l } => l.rows,
        other => panic!("expected the list, got {other:?}"),
    }
}

fn row(shell: &Shell, account: &str) -> TokenRow {
    rows(shell)
        .into_iter()
        .find(|r| r.account == account)
        .unwrap()
}

#[test]
fn hotp_shows_a_code_per_tap_with_the_counter_saved_first() {
    let mut shell = Shell::unlocked();
    // RFC 4226 Appendix D's key, "12345678901234567890", in Base32.
    shell.add_uri(
        "otpauth://hotp/ACME:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=0",
        AddPin::Ask,
    );
    let r = row(&shell, "bob");
    assert_eq!(r.kind, TokenKindView::Hotp);
    assert_eq!((r.code.as_deref(), r.pin_prompt.as_deref()), (None, None));
    assert_eq!(r.next_code_label.as_deref(), Some("Next code"));
    assert_eq!(r.seconds_left_text, None, "no countdown to read out");
    assert_eq!(
        shell.tick_at,
        Some(T0 + 10 * 60_000),
        "no countdown: only the auto-lock"
    );
    // RFC 4226 Appendix D: counter 0 → 755224, counter 1 → 287082.
    for expected in ["755 224", "287 082"] {
        shell.send(Event::List(ListEvent::NextHotpCode {
            token_id: r.id.clone(),
            now_ms: T0,
        }));
        assert_eq!(row(&shell, "bob").code.as_deref(), Some(expected));
    }
    shell.send(Event::List(ListEvent::CopyCode {
        token_id: r.id.clone(),
        now_ms: T0,
    }));
    assert_eq!(shell.clipboard.as_ref().unwrap().0, "287082");
    // The counter on disk is past every code shown.
    let v = Vault::open_with_password(&shell.vault_path(), &Password::new(PASSWORD).unwrap())
        .unwrap()
        .vault;
    match v.list()[0].kind {
        Some(motp_core::OtpKind::Hotp(p)) => assert_eq!(p.counter, 2),
        ref other => panic!("{other:?}"),
    }
    // After a lock the codes shown are gone with the session.
    shell.send(Event::Lock { now_ms: T0 });
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: PASSWORD.into(),
        now_ms: T0,
    }));
    assert_eq!(row(&shell, "bob").code, None);
}

#[test]
fn totp_counts_down_in_its_own_period() {
    let mut shell = Shell::unlocked();
    shell.add_uri(
        "otpauth://totp/ACME:carol?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&period=60&digits=8",
        AddPin::Ask,
    );
    let r = row(&shell, "carol");
    assert_eq!(r.kind, TokenKindView::Totp);
    assert_eq!(r.period_seconds, 60);
    assert_eq!(r.code.as_ref().unwrap().replace(' ', "").len(), 8);
    // 1_700_000_000 s is 20 s into a 60 s period: 40 s left, a third elapsed.
    assert_eq!(r.seconds_left, 40);
    // Screen readers hear words, with the language's plural rules.
    assert_eq!(r.seconds_left_text.as_deref(), Some("40 seconds left"));
    let seconds = |lang: &str, n: u32| {
        motp_text::Catalog::new(lang).text(
            "list-seconds-left",
            &[motp_text::MessageArg::new("seconds", n)],
        )
    };
    assert_eq!(seconds("en", 1), "1 second left");
    assert_eq!(seconds("de", 12), "Noch 12 Sekunden");
    assert_eq!(seconds("pl", 2), "Zostały 2 sekundy");
    assert_eq!(seconds("pl", 5), "Zostało 5 sekund");
    assert!((r.progress - 20.0 / 60.0).abs() < 1e-6, "{}", r.progress);
    assert_eq!(shell.tick_at, Some(T0 + 1000));
}

#[test]
fn groups_favourites_and_icons() {
    let mut shell = Shell::unlocked();
    shell.add_uri("motp://Office:alice?secret=0123456789abcdef", AddPin::Ask);
    shell.add_uri(
        "otpauth://totp/Mail:alice@example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
        AddPin::Ask,
    );
    shell.add_uri("motp://Home:bob?secret=fedcba9876543210", AddPin::Ask);
    let bob = row(&shell, "bob").id;
    shell.send(Event::Navigate {
        to: Destination::Detail {
            token_id: bob.clone(),
        },
        now_ms: T0,
    });
    shell.send(Event::Detail(DetailEvent::SaveEdit {
        token_id: bob.clone(),
        edit: TokenEdit {
            group: Some("Work".into()),
            favourite: Some(true),
            icon_key: Some("draytek".into()),
            ..TokenEdit::default()
        },
        now_ms: T0,
    }));
    let Screen::Detail { view: d } = shell.view().screen else {
        panic!()
    };
    assert_eq!(
        (d.group.as_deref(), d.favourite, d.icon_key.as_deref()),
        (Some("Work"), true, Some("draytek"))
    );
    shell.send(Event::Back { now_ms: T0 });
    let accounts: Vec<_> = rows(&shell).into_iter().map(|r| r.account).collect();
    assert_eq!(
        accounts,
        ["bob", "alice", "alice@example.com"],
        "favourites first"
    );
    let Screen::List { view: l } = shell.view().screen else {
        panic!()
    };
    assert_eq!(l.groups, ["Work"]);
    shell.send(Event::List(ListEvent::GroupSelected {
        group: Some("Work".into()),
        now_ms: T0,
    }));
    let accounts: Vec<_> = rows(&shell).into_iter().map(|r| r.account).collect();
    assert_eq!(accounts, ["bob"]);
    // An empty text takes a token out of its group.
    shell.send(Event::Navigate {
        to: Destination::Detail {
            token_id: bob.clone(),
        },
        now_ms: T0,
    });
    shell.send(Event::Detail(DetailEvent::SaveEdit {
        token_id: bob,
        edit: TokenEdit {
            group: Some(String::new()),
            ..TokenEdit::default()
        },
        now_ms: T0,
    }));
    let Screen::Detail { view: d } = shell.view().screen else {
        panic!()
    };
    assert_eq!(d.group, None);
}
