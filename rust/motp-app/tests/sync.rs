//! Sync as the phones do it: two app cores (two phones, two vault files) kept in step through a
//! real WebDAV server (Apache `mod_dav` on loopback), each request sent by a real HTTP client
//! in the shell's place. The triggers (setting up, a change, coming to the foreground, a
//! pull-down), what the settings screen says, a password changed on one phone and typed once on
//! the other, no network, refused credentials, a bad address.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::{
    Destination, Event, Field, FirstRunEvent, ListEvent, Screen, SettingsEvent, SyncView,
    UnlockEvent,
};
use motp_core::vault::{Password, Vault};
use motp_testkit::webdav::{self, WebDav};
use support::{AddPin, PASSWORD, Shell, T0, screen_name};

const TOTP_A: &str = "otpauth://totp/Work:alice?secret=JBSWY3DPEHPK3PXP&issuer=Work";
const TOTP_B: &str = "otpauth://totp/VPN:bob?secret=GEZDGNBVGY3TQOJQ&issuer=VPN";

fn settings(shell: &mut Shell) -> SyncView {
    let now_ms = shell.now_ms;
    if screen_name(&shell.view()) != "Settings" {
        shell.send(Event::Navigate {
            to: Destination::Settings,
            now_ms,
        });
    }
    match shell.view().screen {
        Screen::Settings { view } => view.sync,
        other => panic!("expected the settings, got {other:?}"),
    }
}

fn back_to_list(shell: &mut Shell) {
    let now_ms = shell.now_ms;
    shell.send(Event::Back { now_ms });
}

fn set_up(shell: &mut Shell, url: &str, user: &str, password: &str) {
    settings(shell);
    let now_ms = shell.now_ms;
    shell.send(Event::Settings(SettingsEvent::SetUpSync {
        url: url.into(),
        user: user.into(),
        password: password.into(),
        now_ms,
    }));
}

fn accounts(shell: &Shell) -> Vec<String> {
    let mut names: Vec<String> = shell.list().rows.into_iter().map(|r| r.account).collect();
    names.sort();
    names
}

/// A second phone with a copy of `first`'s vault (as a restored backup would give it: the same
/// vault key, its own device id), unlocked on the list.
fn second_phone(first: &Shell) -> Shell {
    let mut shell = Shell::new(T0);
    let copy = std::fs::read(first.vault_path()).unwrap();
    Vault::create_from_copy(
        &shell.vault_path(),
        &copy,
        &Password::new(PASSWORD).unwrap(),
    )
    .unwrap();
    shell.send(Event::Started { now_ms: T0 });
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: PASSWORD.into(),
        now_ms: T0,
    }));
    assert_eq!(screen_name(&shell.view()), "List");
    shell
}

#[test]
fn two_phones_keep_one_vault_through_a_real_webdav_server() {
    let server = WebDav::start();
    let url = server.url("motp/phones/vault.motp");

    // Phone A links its vault: the folders are made and the vault uploaded.
    let mut a = Shell::unlocked();
    a.add_uri(TOTP_A, AddPin::Ask);
    set_up(&mut a, &url, webdav::USER, webdav::PASSWORD);
    let methods: Vec<&str> = a.http_sent.iter().map(|(m, _)| m.as_str()).collect();
    assert_eq!(methods.first(), Some(&"GET"), "{methods:?}");
    assert!(
        methods.contains(&"MKCOL") && methods.contains(&"PUT"),
        "{methods:?}"
    );
    let view = settings(&mut a);
    assert!(view.linked && !view.running);
    assert_eq!(view.url, url);
    assert_eq!(view.user, webdav::USER);
    assert_eq!(view.last_result.as_deref(), Some("Synced just now."));
    assert!(server.root().join("motp/phones/vault.motp").is_file());
    // The server's password never shows.
    assert!(!format!("{view:?}").contains(webdav::PASSWORD));

    // A phone with another vault (made with another key) linking to the same address: refused,
    // never merged or overwritten.
    let mut b = second_phone(&Shell::unlocked());
    set_up(&mut b, &url, webdav::USER, webdav::PASSWORD);
    let last = settings(&mut b).last_result.unwrap();
    assert!(last.contains("different vault"), "{last}");
    back_to_list(&mut b);
    assert!(accounts(&b).is_empty());

    // Phone B, with a copy of A's vault: linking merges in what the server holds.
    let mut b = second_phone(&a);
    set_up(&mut b, &url, webdav::USER, webdav::PASSWORD);
    back_to_list(&mut b);
    assert_eq!(accounts(&b), ["alice"]);

    // A change on B goes up a moment after it is saved (not at once: edits are gathered).
    b.add_uri(TOTP_B, AddPin::Ask);
    let sent = b.http_sent.len();
    let saved_at = b.now_ms;
    b.advance_to(saved_at + 1_000);
    assert_eq!(b.http_sent.len(), sent, "not synced at once");
    b.advance_to(saved_at + 2_000);
    assert!(b.http_sent.len() > sent, "the change was synced");
    assert!(b.http_sent[sent..].iter().any(|(m, _)| m == "PUT"));

    // A comes back to the foreground: B's token comes in, and the notice says so.
    back_to_list(&mut a);
    let now_ms = a.now_ms + 60_000;
    a.now_ms = now_ms;
    a.send(Event::WentToBackground { now_ms });
    a.send(Event::CameToForeground { now_ms: now_ms + 1 });
    assert_eq!(accounts(&a), ["alice", "bob"]);
    let notice = a.view().notice.expect("a notice says what came in");
    assert!(notice.text.contains("1 added"), "{}", notice.text);

    // A pull-down with nothing new: one conditional request, nothing uploaded.
    let sent = a.http_sent.len();
    let now_ms = a.now_ms;
    a.send(Event::List(ListEvent::Refresh { now_ms }));
    assert_eq!(&a.http_sent[sent..], [("GET".to_owned(), url.clone())]);
    assert!(a.view().notice.unwrap().text.contains("up to date"));

    // A deletion on A reaches B.
    let bob = a
        .list()
        .rows
        .into_iter()
        .find(|r| r.account == "bob")
        .unwrap()
        .id;
    a.send(Event::List(ListEvent::DeleteToken {
        token_id: bob,
        now_ms,
    }));
    a.advance_to(now_ms + 2_000);
    let now_ms = b.now_ms;
    b.send(Event::List(ListEvent::Refresh { now_ms }));
    assert_eq!(accounts(&b), ["alice"]);
}

#[test]
fn a_password_changed_on_one_phone_is_typed_once_on_the_other() {
    let server = WebDav::start();
    let url = server.url("pw/vault.motp");
    let mut a = Shell::unlocked();
    a.add_uri(TOTP_A, AddPin::Ask);
    set_up(&mut a, &url, webdav::USER, webdav::PASSWORD);
    let mut b = second_phone(&a);
    set_up(&mut b, &url, webdav::USER, webdav::PASSWORD);

    // A changes the password; the change goes up with A's next sync.
    let new = "a brand new vault password";
    settings(&mut a);
    let now_ms = a.now_ms;
    a.send(Event::Settings(SettingsEvent::ChangePassword {
        current_password: PASSWORD.into(),
        new_password: new.into(),
        confirmation: new.into(),
        now_ms,
    }));
    a.advance_to(now_ms + 2_000);

    // B syncs: warned once, asked once, and its vault still opens with the old password.
    back_to_list(&mut b);
    let now_ms = b.now_ms;
    b.send(Event::List(ListEvent::Refresh { now_ms }));
    assert!(b.list().password_changed.is_some());
    let view = settings(&mut b);
    assert!(view.password_changed.is_some());
    // A wrong password is said under the field; nothing changes.
    let now_ms = b.now_ms;
    b.send(Event::Settings(SettingsEvent::AdoptNewPassword {
        password: "not it".into(),
        now_ms,
    }));
    match b.view().screen {
        Screen::Settings { view } => {
            let e = view.error.expect("the wrong password is said");
            assert_eq!(e.field, Some(Field::Password));
            assert!(view.sync.password_changed.is_some());
        }
        other => panic!("{other:?}"),
    }
    b.send(Event::Settings(SettingsEvent::AdoptNewPassword {
        password: new.into(),
        now_ms,
    }));
    assert!(settings(&mut b).password_changed.is_none());
    back_to_list(&mut b);
    assert!(b.list().password_changed.is_none());

    // B locks and opens with the new password; the old one no longer opens it.
    let now_ms = b.now_ms;
    b.send(Event::Lock { now_ms });
    b.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: PASSWORD.into(),
        now_ms,
    }));
    assert_eq!(screen_name(&b.view()), "Unlock");
    b.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: new.into(),
        now_ms,
    }));
    assert_eq!(screen_name(&b.view()), "List");
    assert_eq!(accounts(&b), ["alice"]);
}

#[test]
fn failures_are_said_in_words_and_nothing_is_lost() {
    let server = WebDav::start();
    let url = server.url("f/vault.motp");

    // A bad address: said under the address field, nothing linked.
    let mut a = Shell::unlocked();
    set_up(&mut a, "http://cloud.example/dav/vault.motp", "", "");
    match a.view().screen {
        Screen::Settings { view } => {
            let e = view.error.expect("the address is refused");
            assert_eq!(e.field, Some(Field::SyncAddress));
            assert!(e.text.contains("https"), "{}", e.text);
            assert!(!view.sync.linked);
        }
        other => panic!("{other:?}"),
    }
    assert!(a.http_sent.is_empty());

    // Refused credentials: said, with what to do.
    set_up(&mut a, &url, webdav::USER, "wrong");
    let last = settings(&mut a).last_result.unwrap();
    assert!(last.contains("refused the user name or password"), "{last}");

    // No network: the change is saved here, the sync says why it did not happen, and the
    // next sync (network back) brings the server up to date.
    set_up(&mut a, &url, webdav::USER, webdav::PASSWORD);
    back_to_list(&mut a);
    a.offline = true;
    a.add_uri(TOTP_A, AddPin::Ask);
    let now_ms = a.now_ms;
    a.send(Event::List(ListEvent::Refresh { now_ms }));
    let notice = a
        .view()
        .notice
        .expect("a sync asked for says why it failed");
    assert!(notice.text.contains("cannot be reached"), "{}", notice.text);
    assert_eq!(accounts(&a), ["alice"]);
    a.offline = false;
    a.send(Event::List(ListEvent::Refresh { now_ms }));
    let mut b = second_phone(&a);
    set_up(&mut b, &url, webdav::USER, webdav::PASSWORD);
    back_to_list(&mut b);
    assert_eq!(accounts(&b), ["alice"]);

    // An answer that comes after a lock is dropped with the session.
    let now_ms = a.now_ms;
    a.send(Event::Lock { now_ms });
    let effects = a.app.update(Event::HttpFailed {
        request: 1,
        failure: motp_app::HttpFailure::Certificate,
        detail: "x".into(),
        now_ms,
    });
    assert!(effects.is_ok());
}

fn join(shell: &mut Shell, url: &str, vault_password: &str) {
    let now_ms = shell.now_ms;
    shell.send(Event::FirstRun(FirstRunEvent::JoinSync {
        url: url.into(),
        user: webdav::USER.into(),
        server_password: webdav::PASSWORD.into(),
        vault_password: vault_password.into(),
        now_ms,
    }));
}

fn first_run_error(shell: &Shell) -> motp_app::FieldError {
    match shell.view().screen {
        Screen::FirstRun { view } => view.error.expect("an error is shown"),
        other => panic!("expected first run, got {other:?}"),
    }
}

#[test]
fn a_new_phone_joins_the_vault_its_owner_keeps_on_the_server() {
    let server = WebDav::start();
    let url = server.url("join/vault.motp");

    // Nothing there yet: said, with what to do.
    let mut c = Shell::new(T0);
    c.send(Event::Started { now_ms: T0 });
    join(&mut c, &url, PASSWORD);
    let e = first_run_error(&c);
    assert_eq!(e.field, Some(Field::SyncAddress));
    assert!(e.text.contains("no vault at this address"), "{}", e.text);

    let mut a = Shell::unlocked();
    a.add_uri(TOTP_A, AddPin::Ask);
    set_up(&mut a, &url, webdav::USER, webdav::PASSWORD);

    // The wrong vault password: said under it, no vault made.
    join(&mut c, &url, "not the vault password");
    let e = first_run_error(&c);
    assert_eq!(e.field, Some(Field::Password));
    assert!(!c.vault_path().exists());

    // The right one: this phone's own vault, with A's tokens, linked and synced.
    join(&mut c, &url, PASSWORD);
    assert_eq!(accounts(&c), ["alice"]);
    let view = settings(&mut c);
    assert!(view.linked);
    assert_eq!(view.last_result.as_deref(), Some("Synced just now."));
    back_to_list(&mut c);

    // In step both ways: C's edit reaches A.
    c.add_uri(TOTP_B, AddPin::Ask);
    let saved_at = c.now_ms;
    c.advance_to(saved_at + 2_000);
    back_to_list(&mut a);
    let now_ms = a.now_ms;
    a.send(Event::List(ListEvent::Refresh { now_ms }));
    assert_eq!(accounts(&a), ["alice", "bob"]);
}

fn edit_note(shell: &mut Shell, token_id: &str, note: &str) {
    let now_ms = shell.now_ms;
    shell.send(Event::Navigate {
        to: Destination::Detail {
            token_id: token_id.into(),
        },
        now_ms,
    });
    shell.send(Event::Detail(motp_app::DetailEvent::SaveEdit {
        token_id: token_id.into(),
        edit: motp_app::TokenEdit {
            note: Some(note.into()),
            ..Default::default()
        },
        now_ms,
    }));
    back_to_list(shell);
}

fn detail(shell: &mut Shell, token_id: &str) -> motp_app::DetailView {
    let now_ms = shell.now_ms;
    shell.send(Event::Navigate {
        to: Destination::Detail {
            token_id: token_id.into(),
        },
        now_ms,
    });
    match shell.view().screen {
        Screen::Detail { view } => view,
        other => panic!("expected the detail screen, got {other:?}"),
    }
}

#[test]
fn an_edit_on_both_phones_keeps_the_later_and_offers_the_earlier_back() {
    let server = WebDav::start();
    let url = server.url("both/vault.motp");
    let mut a = Shell::unlocked();
    let id = a.add_uri(TOTP_A, AddPin::Ask);
    set_up(&mut a, &url, webdav::USER, webdav::PASSWORD);
    back_to_list(&mut a);
    let mut b = second_phone(&a);
    set_up(&mut b, &url, webdav::USER, webdav::PASSWORD);
    back_to_list(&mut b);

    // A writes "office" (and syncs it); B, offline meanwhile, writes "home" a minute later.
    a.now_ms += 60_000;
    edit_note(&mut a, &id, "office");
    let saved = a.now_ms;
    a.advance_to(saved + 2_000);
    b.now_ms = a.now_ms + 60_000;
    b.offline = true;
    edit_note(&mut b, &id, "home");
    b.offline = false;
    let now_ms = b.now_ms;
    b.send(Event::List(ListEvent::Refresh { now_ms }));
    let on_b = detail(&mut b, &id);
    assert_eq!(on_b.note.as_deref(), Some("home"), "the later edit wins");
    assert_eq!(on_b.history.len(), 1, "{:?}", on_b.history);
    assert!(
        on_b.history[0]
            .text
            .starts_with("Also changed on another device")
            && on_b.history[0].text.contains("office"),
        "{}",
        on_b.history[0].text
    );
    back_to_list(&mut b);

    // A pulls: its "office" gave way, and is offered back; one tap restores it everywhere.
    let now_ms = b.now_ms + 1_000;
    a.now_ms = now_ms;
    a.send(Event::List(ListEvent::Refresh { now_ms }));
    let on_a = detail(&mut a, &id);
    assert_eq!(on_a.note.as_deref(), Some("home"));
    let earlier = &on_a.history[0];
    assert_eq!(
        earlier.text,
        "Changed on another device. Earlier note: office"
    );
    a.send(Event::Detail(motp_app::DetailEvent::RestoreVersion {
        token_id: id.clone(),
        version_id: earlier.version_id.clone(),
        now_ms,
    }));
    assert_eq!(detail(&mut a, &id).note.as_deref(), Some("office"));
    back_to_list(&mut a);
    a.advance_to(now_ms + 2_000);
    let now_ms = b.now_ms + 5_000;
    b.now_ms = now_ms;
    b.send(Event::List(ListEvent::Refresh { now_ms }));
    assert_eq!(detail(&mut b, &id).note.as_deref(), Some("office"));
}
