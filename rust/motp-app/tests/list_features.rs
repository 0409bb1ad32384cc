//! The list features of issue #21: sorting (by hand, name, issuer, last used; favourites
//! first), codes hidden until tapped, deleting with "Undo", and the trash (restore, delete for
//! good, purged after 30 days).

mod support;

use motp_app::{
    Destination, DetailEvent, ErrorCode, Event, ListEvent, Screen, SettingsEvent, TokenEdit,
    TokenSort, TrashEvent, TrashView, UnlockEvent,
};
use support::{AddPin, PASSWORD, Shell, T0};

const DAY: i64 = 86_400_000;

fn accounts(shell: &Shell) -> Vec<String> {
    shell
        .list()
        .rows
        .iter()
        .map(|r| r.account.clone())
        .collect()
}

fn sort(shell: &mut Shell, sort: TokenSort) {
    let now_ms = shell.now_ms;
    shell.send(Event::List(ListEvent::SortChosen { sort, now_ms }));
}

fn id_of(shell: &Shell, account: &str) -> String {
    shell
        .list()
        .rows
        .iter()
        .find(|r| r.account == account)
        .unwrap_or_else(|| panic!("{account} is not on the list"))
        .id
        .clone()
}

/// Three TOTP tokens added in the order carol (Zeta), alice (no issuer), bob (Acme).
fn three() -> Shell {
    three_on(Shell::unlocked())
}

fn three_on(mut shell: Shell) -> Shell {
    for uri in [
        "otpauth://totp/Zeta:carol?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
        "otpauth://totp/alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
        "otpauth://totp/Acme:bob?secret=KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU",
    ] {
        shell.add_uri(uri, AddPin::Ask);
    }
    shell
}

#[test]
fn the_list_sorts_by_hand_name_issuer_and_last_use_and_keeps_the_choice() {
    let mut shell = three();
    let l = shell.list();
    assert_eq!(l.sort, TokenSort::Manual);
    assert!(l.reorder);
    assert_eq!(
        l.sort_choices
            .iter()
            .map(|c| (c.sort, c.label.as_str()))
            .collect::<Vec<_>>(),
        vec![
            (TokenSort::Manual, "By hand"),
            (TokenSort::Name, "By name"),
            (TokenSort::Issuer, "By issuer"),
            (TokenSort::LastUsed, "Last used"),
        ]
    );
    assert_eq!(accounts(&shell), ["carol", "alice", "bob"]);

    sort(&mut shell, TokenSort::Name);
    assert_eq!(accounts(&shell), ["alice", "bob", "carol"]);
    assert_eq!(
        shell.persisted.as_ref().map(|s| s.sort),
        Some(TokenSort::Name)
    );
    assert!(
        !shell.list().reorder,
        "drag to reorder only while sorted by hand"
    );

    // By issuer: Acme, Zeta, then the token without one.
    sort(&mut shell, TokenSort::Issuer);
    assert_eq!(accounts(&shell), ["bob", "carol", "alice"]);

    // Last used: the code copied last first; never used last (in the manual order).
    sort(&mut shell, TokenSort::LastUsed);
    let (alice, bob) = (id_of(&shell, "alice"), id_of(&shell, "bob"));
    shell.send(Event::List(ListEvent::CopyCode {
        token_id: alice,
        now_ms: T0 + 1_000,
    }));
    shell.now_ms = T0 + 2_000;
    shell.send(Event::List(ListEvent::CopyCode {
        token_id: bob,
        now_ms: T0 + 2_000,
    }));
    assert_eq!(accounts(&shell), ["bob", "alice", "carol"]);
    // The uses were written to the vault's side record: they outlive a lock.
    shell.send(Event::Lock { now_ms: T0 + 3_000 });
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: PASSWORD.into(),
        now_ms: T0 + 3_000,
    }));
    assert_eq!(accounts(&shell), ["bob", "alice", "carol"]);

    // Favourites stay first whatever the order.
    let carol = id_of(&shell, "carol");
    let now_ms = shell.now_ms;
    shell.send(Event::Navigate {
        to: Destination::Detail {
            token_id: carol.clone(),
        },
        now_ms,
    });
    shell.send(Event::Detail(DetailEvent::SaveEdit {
        token_id: carol,
        edit: TokenEdit {
            favourite: Some(true),
            ..TokenEdit::default()
        },
        now_ms,
    }));
    shell.send(Event::Back { now_ms });
    assert_eq!(accounts(&shell), ["carol", "bob", "alice"]);
    sort(&mut shell, TokenSort::Name);
    assert_eq!(accounts(&shell), ["carol", "alice", "bob"]);

    // Sorted by name, a drag is refused: the order on screen is not the user's.
    let e = shell.send_err(Event::List(ListEvent::MoveToken {
        token_id: id_of(&shell, "bob"),
        to_index: 0,
        now_ms,
    }));
    assert_eq!(e.code, ErrorCode::NotAvailable);
}

#[test]
fn a_drag_moves_a_row_to_its_place_on_screen_below_the_favourites() {
    let mut shell = three();
    let now_ms = shell.now_ms;
    let bob = id_of(&shell, "bob");
    shell.send(Event::Navigate {
        to: Destination::Detail {
            token_id: bob.clone(),
        },
        now_ms,
    });
    shell.send(Event::Detail(DetailEvent::SaveEdit {
        token_id: bob,
        edit: TokenEdit {
            favourite: Some(true),
            ..TokenEdit::default()
        },
        now_ms,
    }));
    shell.send(Event::Back { now_ms });
    assert_eq!(accounts(&shell), ["bob", "carol", "alice"]);
    // alice dragged to the second row on screen: before carol.
    shell.send(Event::List(ListEvent::MoveToken {
        token_id: id_of(&shell, "alice"),
        to_index: 1,
        now_ms,
    }));
    assert_eq!(accounts(&shell), ["bob", "alice", "carol"]);
    // carol dragged past the last row.
    shell.send(Event::List(ListEvent::MoveToken {
        token_id: id_of(&shell, "carol"),
        to_index: 9,
        now_ms,
    }));
    assert_eq!(accounts(&shell), ["bob", "alice", "carol"]);
    shell.send(Event::List(ListEvent::MoveToken {
        token_id: id_of(&shell, "carol"),
        to_index: 1,
        now_ms,
    }));
    assert_eq!(accounts(&shell), ["bob", "carol", "alice"]);
}

#[test]
fn hidden_codes_are_absent_from_the_view_until_tapped_and_hide_again_when_their_period_ends() {
    let mut shell = Shell::unlocked();
    shell.add_uri(
        "otpauth://totp/ACME:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
        AddPin::Ask,
    );
    shell.add_uri(
        "motp://ACME:alice?secret=0123456789abcdef",
        AddPin::Remember("1234"),
    );
    let shown = shell.list().rows[0].code.clone().expect("a TOTP code");
    let motp = shell.list().rows[1].code.clone().expect("the mOTP code");
    let digits = shown.replace(' ', "");

    shell.send(Event::Settings(SettingsEvent::SetHideCodes {
        hide: true,
        now_ms: T0,
    }));
    assert_eq!(shell.persisted.as_ref().map(|s| s.hide_codes), Some(true));
    let row = &shell.list().rows[0];
    assert_eq!(row.code, None);
    assert_eq!(row.masked_code.as_deref(), Some("••• •••"));
    assert_eq!(row.upcoming, None);
    // Nowhere in the view, not even near the end of the period (when the next one shows).
    for at in [T0, T0 + 6_000] {
        shell.advance_to(at);
        let all = format!("{:?}", shell.view());
        assert!(!all.contains(&shown) && !all.contains(&digits), "{all}");
    }
    // mOTP is not hidden: its PIN is the tap that asks for it.
    assert_eq!(shell.list().rows[1].code.as_deref(), Some(motp.as_str()));
    assert_eq!(shell.list().rows[1].masked_code, None);

    // T0 is 10 s before the end of a 30 s period: revealed, it shows until then.
    shell.advance_to(T0);
    let bob = shell.list().rows[0].id.clone();
    shell.send(Event::List(ListEvent::RevealCode {
        token_id: bob.clone(),
        now_ms: T0,
    }));
    assert_eq!(shell.list().rows[0].code.as_deref(), Some(shown.as_str()));
    assert_eq!(shell.list().rows[0].masked_code, None);
    shell.advance_to(T0 + 9_999);
    assert!(shell.list().rows[0].code.is_some());
    shell.advance_to(T0 + 10_000);
    assert_eq!(shell.list().rows[0].code, None);
    assert!(shell.list().rows[0].masked_code.is_some());

    // Tapped in the last 5 s of a period, it shows to the end of the next one.
    shell.advance_to(T0 + 36_000);
    shell.send(Event::List(ListEvent::RevealCode {
        token_id: bob,
        now_ms: T0 + 36_000,
    }));
    shell.advance_to(T0 + 69_999);
    assert!(shell.list().rows[0].code.is_some());
    shell.advance_to(T0 + 70_000);
    assert_eq!(shell.list().rows[0].code, None);

    // Off again: codes show as before.
    shell.send(Event::Settings(SettingsEvent::SetHideCodes {
        hide: false,
        now_ms: T0 + 70_000,
    }));
    assert!(shell.list().rows[0].code.is_some());
}

#[test]
fn a_revealed_hotp_code_hides_again_after_30_seconds() {
    let mut shell = Shell::unlocked();
    shell.add_uri(
        "otpauth://hotp/ACME:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=0",
        AddPin::Ask,
    );
    shell.send(Event::Settings(SettingsEvent::SetHideCodes {
        hide: true,
        now_ms: T0,
    }));
    let bob = shell.list().rows[0].id.clone();
    assert_eq!(
        shell.list().rows[0].masked_code,
        None,
        "no code asked for yet"
    );
    shell.send(Event::List(ListEvent::NextHotpCode {
        token_id: bob,
        now_ms: T0,
    }));
    let code = shell.list().rows[0]
        .code
        .clone()
        .expect("asking is revealing");
    // The core asks for a tick at the instant it hides (HOTP rows do not count down).
    assert_eq!(shell.tick_at, Some(T0 + 30_000));
    shell.advance_to(T0 + 29_999);
    assert_eq!(shell.list().rows[0].code.as_deref(), Some(code.as_str()));
    shell.advance_to(T0 + 30_000);
    assert_eq!(shell.list().rows[0].code, None);
    assert_eq!(shell.list().rows[0].masked_code.as_deref(), Some("••• •••"));
}

fn trash_view(shell: &Shell) -> TrashView {
    match shell.view().screen {
        Screen::Trash { view } => view,
        other => panic!("expected the trash, got {other:?}"),
    }
}

#[test]
fn a_deletion_offers_undo_for_10_seconds_and_undo_brings_the_token_back() {
    let mut shell = three();
    let alice = id_of(&shell, "alice");
    assert_eq!(shell.list().trash_link, None);
    shell.send(Event::List(ListEvent::DeleteToken {
        token_id: alice.clone(),
        now_ms: T0,
    }));
    let l = shell.list();
    assert_eq!(accounts(&shell), ["carol", "bob"]);
    let undo = l.undo.expect("the undo banner");
    assert_eq!(undo.text, "alice moved to the trash");
    assert_eq!(undo.token_id, alice);
    assert_eq!(undo.until_ms, T0 + 10_000);
    assert_eq!(l.trash_link.as_deref(), Some("Trash (1)"));
    assert_eq!(shell.view().labels.undo, "Undo");

    shell.advance_to(T0 + 9_999);
    shell.send(Event::List(ListEvent::UndoDelete { now_ms: T0 + 9_999 }));
    assert_eq!(accounts(&shell), ["carol", "bob", "alice"]);
    assert_eq!(shell.list().undo, None);
    assert_eq!(shell.list().trash_link, None);

    // From the detail screen too; the banner goes by itself after 10 s.
    let bob = id_of(&shell, "bob");
    shell.send(Event::Navigate {
        to: Destination::Detail {
            token_id: bob.clone(),
        },
        now_ms: T0 + 10_000,
    });
    shell.send(Event::Detail(DetailEvent::ConfirmDelete {
        token_id: bob,
        now_ms: T0 + 10_000,
    }));
    assert!(shell.list().undo.is_some());
    shell.advance_to(T0 + 20_000);
    assert_eq!(shell.list().undo, None);
    let e = shell.send_err(Event::List(ListEvent::UndoDelete {
        now_ms: T0 + 20_000,
    }));
    assert_eq!(e.code, ErrorCode::NotAvailable);
    assert_eq!(accounts(&shell), ["carol", "alice"]);
}

#[test]
fn the_trash_restores_deletes_for_good_and_forgets_after_30_days() {
    // Days pass between the steps: no auto-lock meanwhile.
    let mut shell = three_on(Shell::unlocked_with(|c| {
        c.settings.lock_after_inactivity_minutes = 0;
    }));
    for who in ["alice", "bob"] {
        let id = id_of(&shell, who);
        let now_ms = shell.now_ms;
        shell.send(Event::List(ListEvent::DeleteToken {
            token_id: id,
            now_ms,
        }));
        shell.now_ms += DAY;
    }
    let now_ms = shell.now_ms;
    shell.send(Event::Navigate {
        to: Destination::Trash,
        now_ms,
    });
    let t = trash_view(&shell);
    assert_eq!(t.title, "Trash");
    assert_eq!(
        t.explanation,
        "Deleted tokens are kept here for 30 days, then deleted for good."
    );
    // Newest deletion first, with the days left.
    let rows: Vec<_> = t
        .rows
        .iter()
        .map(|r| (r.account.as_str(), r.purge_text.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("bob", "Deleted for good in 29 days"),
            ("alice", "Deleted for good in 28 days")
        ]
    );

    // Restore bob: back at the end of the list, with his secret.
    let bob = t.rows[0].id.clone();
    shell.send(Event::Trash(TrashEvent::Restore {
        token_id: bob,
        now_ms,
    }));
    assert_eq!(
        shell.view().notice.map(|n| n.text).as_deref(),
        Some("Token restored")
    );
    let t = trash_view(&shell);
    assert_eq!(t.rows.len(), 1);

    // alice for good.
    let alice = t.rows[0].id.clone();
    shell.send(Event::Trash(TrashEvent::DeleteForGood {
        token_id: alice.clone(),
        now_ms,
    }));
    let t = trash_view(&shell);
    assert!(t.rows.is_empty());
    assert_eq!(t.empty_text.as_deref(), Some("The trash is empty."));
    let e = shell.send_err(Event::Trash(TrashEvent::Restore {
        token_id: alice,
        now_ms,
    }));
    assert_eq!(e.code, ErrorCode::UnknownToken);
    shell.send(Event::Back { now_ms });
    assert_eq!(accounts(&shell), ["carol", "bob"]);
    assert!(
        shell.list().rows[1].code.is_some(),
        "bob's secret came back"
    );

    // carol deleted now; 30 days on, unlocking purges her from the file.
    let carol = id_of(&shell, "carol");
    shell.send(Event::List(ListEvent::DeleteToken {
        token_id: carol,
        now_ms,
    }));
    let trashed = |shell: &Shell| {
        motp_core::vault::Vault::open_with_password(
            &shell.vault_path(),
            &motp_core::vault::Password::new(PASSWORD).unwrap(),
        )
        .unwrap()
        .vault
        .trashed()
        .len()
    };
    assert_eq!(trashed(&shell), 1);
    shell.send(Event::Lock { now_ms });
    let later = now_ms + 30 * DAY - 1;
    shell.now_ms = later;
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: PASSWORD.into(),
        now_ms: later,
    }));
    assert_eq!(
        trashed(&shell),
        1,
        "one millisecond before 30 days it stays"
    );
    shell.send(Event::Lock { now_ms: later });
    let later = later + 1;
    shell.now_ms = later;
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: PASSWORD.into(),
        now_ms: later,
    }));
    assert_eq!(trashed(&shell), 0, "purged on unlocking");
    assert_eq!(shell.list().trash_link, None);
}

#[test]
fn a_vault_from_before_the_trash_opens_with_an_empty_trash() {
    // A vault written by motp-core alone, as the app before this change left it.
    let mut shell = Shell::new(T0);
    let path = shell.vault_path();
    let mut v = motp_core::vault::Vault::create(
        &path,
        &motp_core::vault::Password::new(PASSWORD).unwrap(),
        motp_core::vault::KdfParams::INSECURE_FAST_FOR_TESTS,
    )
    .unwrap();
    v.add(
        motp_core::vault::NewToken::new(
            None,
            "alice",
            motp_core::Secret::new("0123456789abcdef").unwrap(),
        ),
        T0,
    )
    .unwrap();
    v.save().unwrap();
    assert!(!std::fs::read_to_string(&path).unwrap().contains("deleted"));
    drop(v);
    shell.send(Event::Started { now_ms: T0 });
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: PASSWORD.into(),
        now_ms: T0,
    }));
    assert_eq!(accounts(&shell), ["alice"]);
    assert_eq!(shell.list().trash_link, None);
    shell.send(Event::Navigate {
        to: Destination::Trash,
        now_ms: T0,
    });
    assert!(trash_view(&shell).rows.is_empty());
}
