#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! "Google Authenticator (QR codes)" on the backups screen: the export shown one QR code at a
//! time ("QR code 1 of 2"), never written to a file; the tokens Google cannot hold named; each
//! code on screen reads back (decoded from the view's modules) into the same accounts.

mod support;

use motp_app::{BackupsEvent, Destination, Event, ExportFormat, Screen};
use support::{AddPin, Shell, T0};

fn backups(shell: &Shell) -> motp_app::BackupsView {
    match shell.view().screen {
        Screen::Backups { view } => view,
        other => panic!("expected the backups screen, got {other:?}"),
    }
}

/// The view's QR modules as a grey picture (4 px a module, quiet zone 4), decoded by the
/// engine's scanner as a camera frame would be.
fn read_back(qr: &motp_app::QrImage) -> String {
    let (n, px, q) = (qr.size, 4u32, 4u32);
    let side = (n + 2 * q) * px;
    let mut luma = vec![255u8; (side * side) as usize];
    let modules = qr.modules.expose();
    for y in 0..n * px {
        for x in 0..n * px {
            if modules[((y / px) * n + x / px) as usize] == 1 {
                luma[((q * px + y) * side + q * px + x) as usize] = 0;
            }
        }
    }
    let texts = motp_core::qr::decode_luma(&luma, side, side, side).unwrap();
    texts[0].as_str().to_owned()
}

#[test]
fn the_export_pages_through_its_codes_and_each_reads_back() {
    let mut shell = Shell::unlocked();
    for i in 0..11 {
        shell.add_uri(
            &format!(
                "otpauth://totp/Corp:user{i}?secret=JBSWY3DPEHPK3PX{}&issuer=Corp",
                ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"][i]
            ),
            AddPin::Ask,
        );
    }
    shell.add_uri("motp://VPN:alice?secret=0123456789abcdef", AddPin::Ask);
    shell.send(Event::Navigate {
        to: Destination::Backups,
        now_ms: T0,
    });
    let option = backups(&shell)
        .export_formats
        .into_iter()
        .find(|o| o.format == ExportFormat::GoogleAuthenticator)
        .expect("offered");
    assert!(option.warning.is_some(), "the codes show secrets: said");
    let fx = shell.send(Event::Backups(BackupsEvent::Export {
        format: ExportFormat::GoogleAuthenticator,
        password: None,
        now_ms: T0,
    }));
    assert!(fx.iter().any(|e| e == "RunJob"), "{fx:?}");
    assert!(
        !shell.effects_seen.iter().any(|e| e == "SaveFile"),
        "shown, never saved: {:?}",
        shell.effects_seen
    );
    let g = backups(&shell).google_export.expect("the codes on screen");
    assert_eq!((g.page, g.pages), (0, 2));
    assert_eq!(g.progress.as_deref(), Some("QR code 1 of 2"));
    assert!(
        g.left_out.as_deref().unwrap().contains("VPN: alice"),
        "{g:?}"
    );
    assert_eq!(
        (g.previous_label.is_some(), g.next_label.is_some()),
        (false, true)
    );
    let mut texts = vec![read_back(g.qr.as_ref().unwrap())];

    shell.send(Event::Backups(BackupsEvent::ShowGoogleCode { page: 1 }));
    let g = backups(&shell).google_export.unwrap();
    assert_eq!(g.progress.as_deref(), Some("QR code 2 of 2"));
    assert_eq!(
        (g.previous_label.is_some(), g.next_label.is_some()),
        (true, false)
    );
    texts.push(read_back(g.qr.as_ref().unwrap()));
    shell.send_err(Event::Backups(BackupsEvent::ShowGoogleCode { page: 2 }));

    // The two codes on screen are the whole export: 11 accounts with their secrets.
    let back = motp_core::import(texts.join("\n").as_bytes(), None, None).unwrap();
    assert_eq!((back.tokens().count(), back.skipped().count()), (11, 0));
    assert!(
        back.tokens()
            .any(|t| t.account == "user10" && t.secret.expose() == "JBSWY3DPEHPK3PXK")
    );

    shell.send(Event::Backups(BackupsEvent::CloseGoogleExport));
    assert_eq!(backups(&shell).google_export, None);
}

#[test]
fn with_nothing_google_can_hold_it_says_why() {
    let mut shell = Shell::unlocked();
    shell.add_uri("motp://VPN:alice?secret=0123456789abcdef", AddPin::Ask);
    shell.send(Event::Navigate {
        to: Destination::Backups,
        now_ms: T0,
    });
    shell.send(Event::Backups(BackupsEvent::Export {
        format: ExportFormat::GoogleAuthenticator,
        password: None,
        now_ms: T0,
    }));
    let g = backups(&shell).google_export.expect("the screen says why");
    assert_eq!(
        (g.pages, g.qr.is_none(), g.progress.is_none()),
        (0, true, true)
    );
    assert!(g.nothing.unwrap().contains("mOTP"));
}
