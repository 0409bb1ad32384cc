//! The desktop app driven headless through its real widgets (iced_test's simulator on the
//! window's own view, the tasks run as iced's runtime runs them), over a real vault on disk,
//! at pinned instants: first run → add by pasting a TOTP link and by opening a QR picture →
//! the published codes → copy → lock → unlock → the typo guard on an mOTP token → delete →
//! undo; and every screen rendered to PNG in English and German with its title on it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::{AddStep, Screen, TokenRow};
use motp_desktop::FieldKey;
use support::{Harness, PASSWORD, fixture_gz, screen_name};

/// RFC 6238's SHA-1 vector: at 1234567890 s the 8-digit code of "12345678901234567890" is
/// 89005924.
const RFC_T: i64 = 1_234_567_890_000;
const RFC_LINK: &str =
    "otpauth://totp/RFC:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8&period=30";
/// The otpn900 vector privacyIDEA carries (`/work/shared/vectors/motp-public.json`): counter
/// 129612120, secret 0123456789abcdef, PIN 6666 → 6ed4e4.
const MOTP_T: i64 = 1_296_121_200_000;
const MOTP_LINK: &str = "motp://VPN:dave?secret=0123456789abcdef";

fn rows(h: &Harness) -> Vec<TokenRow> {
    match &h.view().screen {
        Screen::List { view } => view.rows.clone(),
        _ => panic!("expected the list, got {}", screen_name(h.view())),
    }
}

fn digits(code: &str) -> String {
    code.chars().filter(|c| !c.is_whitespace()).collect()
}

fn add_step(h: &Harness) -> AddStep {
    match &h.view().screen {
        Screen::Add { view } => view.step,
        _ => panic!("expected the add screen, got {}", screen_name(h.view())),
    }
}

fn title_of(h: &Harness) -> String {
    match &h.view().screen {
        Screen::FirstRun { view } => view.title.clone(),
        Screen::Unlock { view } => view.title.clone(),
        Screen::List { view } => view.title.clone(),
        Screen::Add { view } => view.title.clone(),
        Screen::Detail { view } => view.issuer.clone().unwrap_or(view.account.clone()),
        Screen::Backups { view } => view.title.clone(),
        Screen::Troubleshooting { view } => view.title.clone(),
        Screen::Settings { view } => view.title.clone(),
        Screen::Trash { view } => view.title.clone(),
        Screen::Starting => String::new(),
    }
}

fn shoot(h: &mut Harness, shots: &mut Vec<String>) {
    let name = screen_name(h.view());
    let title = title_of(h);
    let file = h.screenshot(name, &title);
    shots.push(file.file_name().unwrap().to_string_lossy().into_owned());
}

/// First run with the password typed twice, to the empty list.
fn create_vault(h: &mut Harness, shots: &mut Vec<String>) {
    assert_eq!(screen_name(h.view()), "first-run");
    shoot(h, shots);
    h.create_vault();
}

/// Adds the token of a pasted link (no PIN asked: TOTP).
fn add_link(h: &mut Harness, link: &str) {
    let l = h.labels();
    h.click(&l.add_token);
    h.type_into(FieldKey::Uri, link);
    h.click(&l.add_from_uri);
    assert_eq!(add_step(h), AddStep::Preview);
    h.click(&l.next);
}

/// Every screen past the doors, then the unlock screen, each shot once.
fn tour(h: &mut Harness, shots: &mut Vec<String>) {
    let l = h.labels();
    shoot(h, shots); // the list
    h.click(&l.add_token);
    shoot(h, shots);
    h.click(&l.back);
    let first = rows(h)[0].account.clone();
    h.click(&first);
    assert_eq!(screen_name(h.view()), "detail");
    shoot(h, shots);
    h.click(&l.back);
    for to in [&l.backups, &l.troubleshooting, &l.settings] {
        h.click(to);
        shoot(h, shots);
        h.click(&l.back);
    }
    // The trash: a deleted token, shot, restored.
    let before = rows(h).len();
    h.click(&l.delete);
    assert_eq!(rows(h).len(), before - 1);
    let trash = match &h.view().screen {
        Screen::List { view } => view.trash_link.clone().expect("the way to the trash"),
        _ => unreachable!(),
    };
    h.click(&trash);
    shoot(h, shots);
    h.click(&l.restore);
    h.click(&l.back);
    assert_eq!(rows(h).len(), before, "restored");
    // Locked: the unlock screen, then back in with the password.
    h.click(&l.lock);
    assert_eq!(screen_name(h.view()), "unlock");
    shoot(h, shots);
    h.type_into(FieldKey::Password, PASSWORD);
    let unlock = match &h.view().screen {
        Screen::Unlock { view } => view.unlock_label.clone(),
        _ => unreachable!(),
    };
    h.click(&unlock);
    assert_eq!(screen_name(h.view()), "list");
}

const SCREENS: [&str; 9] = [
    "first-run",
    "list",
    "add",
    "detail",
    "backups",
    "troubleshooting",
    "settings",
    "trash",
    "unlock",
];

#[test]
fn the_user_journey_through_the_window_in_english() {
    let mut shots = Vec::new();
    let mut h = Harness::start("en", RFC_T);
    create_vault(&mut h, &mut shots);
    let l = h.labels();

    // Pasting a TOTP link: the code is RFC 6238's at the pinned instant.
    add_link(&mut h, RFC_LINK);
    assert_eq!(add_step(&h), AddStep::Confirm);
    h.click(&l.confirm_add);
    let rfc = rows(&h)[0].clone();
    assert_eq!(rfc.account, "alice");
    assert_eq!(digits(rfc.code.as_deref().expect("a code")), "89005924");
    // A click on the code copies it, marked sensitive, cleared after the core's delay.
    h.click(rfc.code.as_deref().unwrap());
    let board = h.board.0.lock().unwrap().clone();
    assert_eq!(board.len(), 2, "copied, then cleared: {}", board.len());
    assert_eq!(
        (digits(&board[0].0), board[0].1),
        ("89005924".to_owned(), true)
    );
    assert_eq!(board[1].0, "", "cleared after the core's delay");

    // Opening a QR picture: a real phone camera's frame from the shared fixtures, as a PNG
    // the "user" picks in the open dialog.
    let frame = fixture_gz("aegis__helpers__qr.y.gz");
    let png = h.dir.path().join("qr.png");
    image::GrayImage::from_raw(1600, 1200, frame)
        .unwrap()
        .save(&png)
        .unwrap();
    h.picks.0.lock().unwrap().push_back(png);
    h.click(&l.add_token);
    h.click(&l.choose_picture);
    assert_eq!(
        add_step(&h),
        AddStep::Preview,
        "the picture's QR code was read"
    );
    h.click(&l.next);
    h.click(&l.confirm_add);
    assert!(
        rows(&h)
            .iter()
            .any(|r| r.account == "Charlotte" && r.issuer.as_deref() == Some("neo4j"))
    );

    // An mOTP token with the PIN typo guard.
    h.click(&l.add_token);
    h.type_into(FieldKey::Uri, MOTP_LINK);
    h.click(&l.add_from_uri);
    h.click(&l.next);
    assert_eq!(add_step(&h), AddStep::PinPolicy);
    let guard = match &h.view().screen {
        Screen::Add { view } => view.pin_policy_labels[1].clone(),
        _ => unreachable!(),
    };
    h.click(&guard);
    h.type_into(FieldKey::Pin, "6666");
    h.click(&l.next);
    h.click(&l.confirm_add);
    let dave = rows(&h)
        .into_iter()
        .find(|r| r.account == "dave")
        .expect("dave");
    assert!(
        dave.code.is_none() && dave.pin_prompt.is_some(),
        "the PIN is asked"
    );

    // Locked and unlocked again with the password.
    h.click(&l.lock);
    assert_eq!(screen_name(h.view()), "unlock");
    assert!(h.app_is_locked());
    h.type_into(FieldKey::Password, PASSWORD);
    let unlock = match &h.view().screen {
        Screen::Unlock { view } => view.unlock_label.clone(),
        _ => unreachable!(),
    };
    h.click(&unlock);
    assert_eq!(rows(&h).len(), 3, "the vault on disk kept all three");

    // Time passes (the fixed clock moves, the tick comes): past the inactivity limit the core
    // locks by itself; the password opens it again.
    h.at(MOTP_T);
    assert_eq!(
        screen_name(h.view()),
        "unlock",
        "auto-locked after inactivity"
    );
    h.type_into(FieldKey::Password, PASSWORD);
    h.click(&unlock);

    // The typo guard: a mistyped PIN warns (it catches 15 typos in 16: the first of these
    // it catches), the right one shows the published mOTP code.
    let pin_field = FieldKey::RowPin(dave.id.clone());
    let mut warned = false;
    for typo in ["6665", "6667", "6676", "6766", "7666", "5666"] {
        h.type_into(pin_field.clone(), typo);
        h.click(&l.show_code);
        let row = rows(&h).into_iter().find(|r| r.id == dave.id).unwrap();
        if let Some(w) = row.typo_warning {
            assert!(h.shows(&w), "the warning is drawn");
            warned = true;
            break;
        }
        // A typo the guard let through (1 in 16) shows a wrong code: the box takes the next.
    }
    assert!(warned, "none of six typos was caught by a 4-bit guard");
    h.type_into(pin_field, "6666");
    h.click(&l.show_code);
    let row = rows(&h).into_iter().find(|r| r.id == dave.id).unwrap();
    assert_eq!(row.typo_warning, None);
    assert_eq!(digits(row.code.as_deref().expect("the code")), "6ed4e4");

    // Delete, then undo.
    h.click(&l.delete);
    assert_eq!(rows(&h).len(), 2);
    assert!(h.shows(&l.undo));
    h.click(&l.undo);
    assert_eq!(rows(&h).len(), 3, "undo brought it back");

    tour(&mut h, &mut shots);
    for screen in SCREENS {
        let name = format!("{screen}-en-tiny-skia.png");
        assert!(shots.contains(&name), "no screenshot {name}: {shots:?}");
    }
}

#[test]
fn every_screen_renders_in_german() {
    let mut shots = Vec::new();
    let mut h = Harness::start("de", RFC_T);
    create_vault(&mut h, &mut shots);
    let l = h.labels();
    assert_ne!(l.add_token, "Add a token", "the labels are German");
    add_link(&mut h, RFC_LINK);
    h.click(&l.confirm_add);
    assert_eq!(digits(rows(&h)[0].code.as_deref().unwrap()), "89005924");
    tour(&mut h, &mut shots);
    for screen in SCREENS {
        let name = format!("{screen}-de-tiny-skia.png");
        assert!(shots.contains(&name), "no screenshot {name}: {shots:?}");
    }
}
