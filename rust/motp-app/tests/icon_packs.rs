//! Icon packs from the settings screen to the list: an Aegis-shaped pack written here with the
//! zip crate is chosen, checked and installed beside the vault, and each row carries its
//! picture's file and format, or initials; the pack stays across a lock and a restart; hostile
//! packs are refused with one sentence under the file, in the user's language.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::Write;

use motp_app::{
    AppConfig, Destination, ErrorCode, Event, Field, IconImageFormat, Screen, SettingsEvent,
    SettingsView, TokenRow, UnlockEvent,
};
use support::{AddPin, PASSWORD, Shell, T0};
use zip::write::{SimpleFileOptions, ZipWriter};

const SVG: &[u8] = br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>"#;
const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in files {
        w.start_file(*name, SimpleFileOptions::default()).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn pack() -> Vec<u8> {
    let json = serde_json::json!({
        "uuid": "0a3b7e52-55c6-4a4f-8d0f-52d1b1e2c7a1",
        "name": "Test Pack",
        "version": 3,
        "icons": [
            {"filename": "icons/Google.svg", "category": "Primary", "issuer": ["Google", "Gmail"]},
            {"filename": "icons/DrayTek.png", "category": null, "issuer": ["draytek"]},
        ],
    });
    zip_of(&[
        ("pack.json", json.to_string().as_bytes()),
        ("icons/Google.svg", SVG),
        ("icons/DrayTek.png", PNG),
    ])
}

fn row(shell: &Shell, account: &str) -> TokenRow {
    shell
        .list()
        .rows
        .into_iter()
        .find(|r| r.account == account)
        .unwrap()
}

fn settings(shell: &Shell) -> SettingsView {
    match shell.view().screen {
        Screen::Settings { view } => view,
        other => panic!("expected the settings, got {other:?}"),
    }
}

fn with_tokens() -> Shell {
    let mut shell = Shell::unlocked();
    shell.add_uri(
        "otpauth://totp/Google:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Google",
        AddPin::Ask,
    );
    shell.add_uri("motp://DrayTek:bob?secret=0123456789abcdef", AddPin::Ask);
    shell.add_uri("otpauth://totp/carol?secret=JBSWY3DPEHPK3PXQ", AddPin::Ask);
    shell
}

/// Opens the settings, taps "Import icon pack" and answers the file dialog with `bytes`.
fn import(shell: &mut Shell, bytes: Vec<u8>) {
    shell.send(Event::Navigate {
        to: Destination::Settings,
        now_ms: T0,
    });
    let asked = shell.send(Event::Settings(SettingsEvent::ImportIconPack {
        now_ms: T0,
    }));
    assert_eq!(asked, ["OpenFile"]);
    let request = shell.pending.open_file.take().unwrap();
    shell.send(Event::FileOpened {
        request,
        name: "aegis-icons.zip".into(),
        bytes: bytes.into(),
        now_ms: T0,
    });
}

fn back_to_list(shell: &mut Shell) {
    shell.send(Event::Back { now_ms: T0 });
}

#[test]
fn rows_carry_the_pack_s_picture_or_initials() {
    let mut shell = with_tokens();
    let google = row(&shell, "alice@example.com");
    assert_eq!(
        (google.icon.initials.as_str(), google.icon.image),
        ("G", None)
    );
    assert_eq!(
        row(&shell, "carol").icon.initials,
        "C",
        "no issuer: the account's"
    );

    shell.send(Event::Navigate {
        to: Destination::Settings,
        now_ms: T0,
    });
    assert_eq!(
        settings(&shell).icon_pack,
        "No icon pack: import an Aegis icon pack (a .zip file) to show icons beside your tokens."
    );
    assert_eq!(shell.view().labels.import_icon_pack, "Import icon pack…");
    import(&mut shell, pack());
    let notice = shell.view().notice.unwrap();
    assert_eq!(notice.text, "Icon pack imported: 2 icons");
    assert_eq!(
        settings(&shell).icon_pack,
        "Icon pack: Test Pack, version 3, 2 icons"
    );
    assert_eq!(settings(&shell).error, None);
    back_to_list(&mut shell);

    let store = shell.dir.path().join("icon-pack");
    let google = row(&shell, "alice@example.com");
    let image = google.icon.image.expect("Google's picture");
    assert_eq!(image.format, IconImageFormat::Svg);
    assert_eq!(image.path, store.join("1-0.svg").to_str().unwrap());
    assert_eq!(std::fs::read(&image.path).unwrap(), SVG);
    assert_eq!(
        google.icon.initials, "G",
        "initials too, for a shell that cannot draw it"
    );
    let draytek = row(&shell, "bob").icon.image.expect("DrayTek's picture");
    assert_eq!(
        (draytek.format, draytek.path.as_str()),
        (
            IconImageFormat::Png,
            store.join("1-1.png").to_str().unwrap()
        )
    );
    assert_eq!(
        row(&shell, "carol").icon.image,
        None,
        "no issuer, no picture"
    );
}

#[test]
fn the_pack_stays_across_a_lock_and_a_restart() {
    let mut shell = with_tokens();
    import(&mut shell, pack());
    back_to_list(&mut shell);
    shell.send(Event::Lock { now_ms: T0 });
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: PASSWORD.into(),
        now_ms: T0,
    }));
    assert!(
        row(&shell, "bob").icon.image.is_some(),
        "kept across a lock"
    );

    // A new start on the same folder reads the installed pack in a job of its own.
    let Shell { app, dir, .. } = shell;
    drop(app);
    let mut config = AppConfig::new(dir.path().join("tokens.motp").to_str().unwrap(), "en");
    config.kdf = motp_app::KdfChoice::InsecureFastForTests;
    let mut shell = Shell::with_config(config, T0, dir);
    let started = shell.send(Event::Started { now_ms: T0 });
    assert_eq!(
        started,
        ["RunJob", "RunJob"],
        "the vault's header and the icons' index"
    );
    assert_eq!(shell.view().busy, None, "the icons' job is quiet");
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: PASSWORD.into(),
        now_ms: T0,
    }));
    let image = row(&shell, "alice@example.com").icon.image.unwrap();
    assert!(image.path.ends_with("1-0.svg"), "{}", image.path);
}

#[test]
fn a_hostile_pack_is_refused_under_the_file_and_the_old_one_kept() {
    let mut shell = with_tokens();
    import(&mut shell, pack());
    let traversal = zip_of(&[
        (
            "pack.json",
            br#"{"uuid":"0a3b7e52-55c6-4a4f-8d0f-52d1b1e2c7a1","name":"x","version":4,
                "icons":[{"filename":"../evil.svg","issuer":["Google"]}]}"#,
        ),
        ("ok.svg", SVG),
    ]);
    import(&mut shell, traversal);
    let error = settings(&shell).error.unwrap();
    assert_eq!(error.field, Some(Field::File));
    assert_eq!(error.code, ErrorCode::IconPack.as_str());
    assert_eq!(
        error.text,
        "This icon pack was refused: the name “../evil.svg” points outside the pack."
    );
    assert_eq!(
        settings(&shell).icon_pack,
        "Icon pack: Test Pack, version 3, 2 icons",
        "the installed pack is untouched"
    );
    assert!(!shell.dir.path().join("evil.svg").exists());

    import(&mut shell, b"not a zip".to_vec());
    assert_eq!(
        settings(&shell).error.unwrap().text,
        "This file is not an icon pack: it is not a ZIP archive, or it is damaged."
    );
    import(&mut shell, zip_of(&[("icons/a.svg", SVG)]));
    assert_eq!(
        settings(&shell).error.unwrap().text,
        "This is not an Aegis icon pack: it has no pack.json at its top level."
    );
    // A new choice clears the error until its answer.
    shell.send(Event::Settings(SettingsEvent::ImportIconPack {
        now_ms: T0,
    }));
    assert_eq!(settings(&shell).error, None);
}

#[test]
fn a_refusal_is_said_in_the_user_s_language() {
    let mut shell = Shell::unlocked_with(|c| c.locale = "de-DE".into());
    let mut big = b"<svg xmlns='http://www.w3.org/2000/svg'>".to_vec();
    big.resize(3 * 1024 * 1024, b' ');
    let bomb = zip_of(&[
        (
            "pack.json",
            br#"{"uuid":"0a3b7e52-55c6-4a4f-8d0f-52d1b1e2c7a1","name":"x","version":1,
                "icons":[{"filename":"big.svg","issuer":["x"]}]}"#,
        ),
        ("big.svg", &big),
    ]);
    import(&mut shell, bomb);
    assert_eq!(
        settings(&shell).error.unwrap().text,
        "Dieses Symbolpaket wurde abgelehnt: „big.svg“ ist größer als 1 MiB."
    );
}

#[test]
fn the_import_is_offered_on_the_settings_screen_only() {
    let mut shell = Shell::unlocked();
    let e = shell.send_err(Event::Settings(SettingsEvent::ImportIconPack {
        now_ms: T0,
    }));
    assert_eq!(e.code, ErrorCode::NotAvailable);
}
