//! The other ways a QR code gets in from the screen: a picture pasted from the clipboard, a
//! picture file dropped on the window, and "Scan the screen" over two displays of different
//! sizes (stacked into one plane: the code on the second one is found).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::{AddStep, Screen};
use motp_desktop::{GreyPlane, Message};
use support::{Harness, qr_plane, screen_name};

fn on_add_screen() -> Harness {
    let mut h = Harness::start("en", 1_700_000_000_000);
    h.create_vault();
    let l = h.labels();
    h.click(&l.add_token);
    h
}

fn previewed(h: &Harness) -> (Option<String>, String) {
    match &h.view().screen {
        Screen::Add { view } => {
            assert_eq!(view.step, AddStep::Preview, "{:?}", view.error);
            let p = view.preview.as_ref().unwrap();
            (p.issuer.clone(), p.account.clone())
        }
        _ => panic!("expected the add screen, got {}", screen_name(h.view())),
    }
}

#[test]
fn a_pasted_picture_is_read() {
    let mut h = on_add_screen();
    let l = h.labels();
    // Nothing on the clipboard: the core says it found no code, nothing breaks.
    h.click(&l.paste_picture);
    match &h.view().screen {
        Screen::Add { view } => assert!(view.error.is_some(), "no code: said so"),
        _ => panic!("still adding"),
    }
    *h.board.1.lock().unwrap() = Some(qr_plane(
        "otpauth://totp/Paste:ann?secret=JBSWY3DPEHPK3PXP",
        4,
    ));
    h.click(&l.paste_picture);
    assert_eq!(previewed(&h), (Some("Paste".into()), "ann".into()));
}

#[test]
fn a_dropped_picture_file_is_read_and_a_dropped_other_file_is_not_a_crash() {
    let mut h = on_add_screen();
    let junk = h.dir.path().join("notes.txt");
    std::fs::write(&junk, "not a picture").unwrap();
    h.handle(Message::FileDropped(junk));
    match &h.view().screen {
        Screen::Add { view } => assert!(view.error.is_some(), "no code in it: said so"),
        _ => panic!("still adding"),
    }
    let plane = qr_plane("otpauth://totp/Drop:bob?secret=JBSWY3DPEHPK3PXP", 4);
    let png = h.dir.path().join("code.png");
    image::GrayImage::from_raw(plane.width, plane.height, plane.luma.to_vec())
        .unwrap()
        .save(&png)
        .unwrap();
    h.handle(Message::FileDropped(png));
    assert_eq!(previewed(&h), (Some("Drop".into()), "bob".into()));
}

#[test]
fn scanning_the_screen_finds_the_code_on_the_second_display() {
    let mut h = on_add_screen();
    let blank = GreyPlane {
        luma: vec![200u8; 640 * 400].into(),
        width: 640,
        height: 400,
    };
    let code = qr_plane("otpauth://totp/Screen:cy?secret=JBSWY3DPEHPK3PXP", 3);
    *h.screens.0.lock().unwrap() = vec![blank, code];
    let l = h.labels();
    h.click(&l.scan_screen);
    assert_eq!(previewed(&h), (Some("Screen".into()), "cy".into()));
}
