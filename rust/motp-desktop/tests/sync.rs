//! Sync through the window, over the desktop's own HTTP client (ureq, `SendHttp`), against a
//! real WebDAV server (Apache mod_dav on loopback, motp-testkit): one computer links its vault
//! from the settings screen, a second one joins it from the first-run screen and gets its tokens.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::Screen;
use motp_desktop::FieldKey;
use motp_testkit::webdav::{self, WebDav};
use support::{Harness, PASSWORD, screen_name};

const T0: i64 = 1_700_000_000_000;

#[test]
fn a_second_computer_joins_the_vault_the_first_keeps_on_a_webdav_server() {
    let server = WebDav::start();
    let url = server.url("desktop/vault.motp");

    // The first computer: a vault with one token, linked from the settings screen.
    let mut a = Harness::start("en", T0);
    a.create_vault();
    let l = a.labels();
    a.click(&l.add_token);
    a.type_into(
        FieldKey::Uri,
        "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP",
    );
    a.click(&l.add_from_uri);
    a.click(&l.next);
    a.click(&l.confirm_add);
    a.click(&l.settings);
    let set_up = match &a.view().screen {
        Screen::Settings { view } => view.sync.set_up_label.clone(),
        _ => panic!("settings"),
    };
    a.type_into(FieldKey::SyncUrl, &url);
    a.type_into(FieldKey::SyncUser, webdav::USER);
    a.type_into(FieldKey::SyncPassword, webdav::PASSWORD);
    a.click(&set_up);
    match &a.view().screen {
        Screen::Settings { view } => {
            assert!(view.sync.linked, "{:?}", view.sync.last_result);
            assert_eq!(view.sync.last_result.as_deref(), Some("Synced just now."));
        }
        _ => panic!("settings"),
    }
    assert!(
        server.root().join("desktop/vault.motp").is_file(),
        "uploaded"
    );

    // The second computer joins it from its first-run screen.
    let mut c = Harness::start("en", T0 + 60_000);
    let join = match &c.view().screen {
        Screen::FirstRun { view } => view.join.join_label.clone(),
        _ => panic!("first run"),
    };
    c.type_into(FieldKey::SyncUrl, &url);
    c.type_into(FieldKey::SyncUser, webdav::USER);
    c.type_into(FieldKey::SyncPassword, webdav::PASSWORD);
    c.type_into(FieldKey::JoinVaultPassword, PASSWORD);
    c.click(&join);
    assert_eq!(screen_name(c.view()), "list", "joined");
    match &c.view().screen {
        Screen::List { view } => {
            let names: Vec<&str> = view.rows.iter().map(|r| r.account.as_str()).collect();
            assert_eq!(names, ["alice"]);
        }
        _ => unreachable!(),
    }
}
