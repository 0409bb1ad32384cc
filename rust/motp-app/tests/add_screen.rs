//! The add screen's rules that the journeys pass through without asserting: the camera step,
//! one frame decoded at a time, and a PIN carried by the administrator's link.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::AddEvent;
use motp_app::{AddStep, Destination, Effect, Event, PinPolicyChoice, Screen};
use support::{Shell, T0};

fn add_step(shell: &Shell) -> AddStep {
    match shell.view().screen {
        Screen::Add { view: a } => a.step,
        other => panic!("expected the add screen, got {other:?}"),
    }
}

fn frame(now_ms: i64) -> Event {
    Event::Add(AddEvent::CameraFrame {
        luma: vec![128; 64 * 64].into(),
        width: 64,
        height: 64,
        row_stride: 64,
        now_ms,
    })
}

fn decode_jobs(fx: &[Effect]) -> usize {
    fx.iter()
        .filter(
            |e| matches!(e, Effect::RunJob { job } if job.kind() == motp_app::JobKind::DecodeFrame),
        )
        .count()
}

#[test]
fn scanning_turns_the_camera_on_and_decodes_one_frame_at_a_time() {
    let mut shell = Shell::unlocked();
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: T0,
    });
    assert_eq!(add_step(&shell), AddStep::Choose);
    shell.send(Event::Add(AddEvent::ScanQr { now_ms: T0 }));
    assert_eq!(add_step(&shell), AddStep::Scanning);
    assert!(shell.camera_on);

    // Frames come 30 times a second: the first goes to a worker, the next ones are dropped
    // while it decodes (the shell has not finished the job yet).
    let first = shell.app.update(frame(T0)).unwrap();
    assert_eq!(decode_jobs(&first), 1);
    for i in 1..5 {
        let more = shell.app.update(frame(T0 + 33 * i)).unwrap();
        assert_eq!(decode_jobs(&more), 0, "frame {i} decoded beside the first");
    }
    // The first frame's outcome (no QR code in grey): the next frame is decoded.
    let job = first
        .into_iter()
        .find_map(|e| match e {
            Effect::RunJob { job } => Some(job),
            _ => None,
        })
        .unwrap();
    shell.send(Event::JobFinished {
        outcome: job.run(),
        now_ms: T0 + 200,
    });
    assert_eq!(add_step(&shell), AddStep::Scanning, "still looking");
    assert_eq!(decode_jobs(&shell.app.update(frame(T0 + 233)).unwrap()), 1);

    // Scanning stopped: a late frame is dropped.
    let mut shell = Shell::unlocked();
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: T0,
    });
    shell.send(Event::Add(AddEvent::ScanQr { now_ms: T0 }));
    shell.send(Event::Add(AddEvent::StopScanning { now_ms: T0 }));
    assert!(!shell.camera_on);
    assert_eq!(decode_jobs(&shell.app.update(frame(T0 + 10)).unwrap()), 0);
}

#[test]
fn a_pin_in_the_link_is_kept_only_when_the_user_says_so() {
    for keep in [true, false] {
        let mut shell = Shell::unlocked();
        shell.send(Event::Navigate {
            to: Destination::Add,
            now_ms: T0,
        });
        shell.send(Event::Add(AddEvent::UriPasted {
            uri: "motp://VPN:alice?secret=0123456789abcdef&pin=4711".into(),
            now_ms: T0,
        }));
        shell.send(Event::Add(AddEvent::PreviewAccepted { now_ms: T0 }));
        assert_eq!(add_step(&shell), AddStep::PinPolicy);
        shell.send(Event::Add(AddEvent::PinPolicyChosen {
            policy: PinPolicyChoice::Remember,
            pin: (!keep).then(|| "1234".into()),
            keep_uri_pin: keep,
            now_ms: T0,
        }));
        shell.send(Event::Add(AddEvent::ConfirmAdd { now_ms: T0 }));
        let row = shell.list().rows.remove(0);
        let pin = if keep { "4711" } else { "1234" };
        let expected = motp_core::code(
            &motp_core::Secret::new("0123456789abcdef").unwrap(),
            &motp_core::Pin::raw(pin),
            (T0 / 10_000) as u64,
        );
        assert_eq!(
            row.code.as_deref().map(|c| c.replace(' ', "")),
            Some(expected.to_string()),
            "keep the link's PIN: {keep}"
        );
    }
}

/// A QR code of Google Authenticator's export (the old phone shows it; the user pastes or scans
/// its text on the add screen) holds several accounts: it opens as an import preview on the
/// backups screen listing every account, and confirming adds them all. The export is
/// Stratum's real one (`../shared/fixtures/stratum__googleauthenticator.txt`, six accounts).
#[test]
fn a_google_authenticator_export_qr_opens_as_an_import_of_all_its_accounts() {
    use motp_app::BackupsEvent;
    let text = String::from_utf8(support::fixture("stratum__googleauthenticator.txt")).unwrap();
    let line = text.lines().next().unwrap().trim().to_owned();
    let mut shell = Shell::unlocked();
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: T0,
    });
    shell.send(Event::Add(AddEvent::UriPasted {
        uri: line.as_str().into(),
        now_ms: T0,
    }));
    let preview = match shell.view().screen {
        Screen::Backups { view } => view.import_preview.expect("an import preview"),
        other => panic!("expected the backups screen's import preview, got {other:?}"),
    };
    assert_eq!(preview.format.as_deref(), Some("Google Authenticator"));
    assert_eq!((preview.tokens, preview.skipped), (6, 0), "{preview:?}");
    assert!(
        preview.entries.iter().all(|e| !e.name.contains(&line)),
        "no entry shows the export's data"
    );
    shell.send(Event::Backups(BackupsEvent::ConfirmImport {
        keep_pins: false,
        now_ms: T0,
    }));
    match shell.view().screen {
        Screen::Backups { view } => {
            let report = view.import_report.expect("the import's report");
            assert_eq!((report.tokens, report.skipped), (6, 0), "{report:?}");
        }
        other => panic!("expected the import's report, got {other:?}"),
    }
    shell.send(Event::Navigate {
        to: Destination::List,
        now_ms: T0,
    });
    assert_eq!(shell.list().rows.len(), 6);
}

/// Scanned with the camera, the same QR code ends the scan (the camera off) before the import.
#[test]
fn a_scanned_google_export_qr_turns_the_camera_off() {
    let text = String::from_utf8(support::fixture("stratum__googleauthenticator.txt")).unwrap();
    let line = text.lines().next().unwrap().trim().to_owned();
    let mut shell = Shell::unlocked();
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: T0,
    });
    shell.send(Event::Add(AddEvent::ScanQr { now_ms: T0 }));
    // The frame's decoder is the engine's (tested there); its text reaches the add screen as a
    // pasted one does, so the paste stands in for the decoded frame here.
    let fx = shell.send(Event::Add(AddEvent::UriPasted {
        uri: line.as_str().into(),
        now_ms: T0,
    }));
    assert!(fx.iter().any(|e| e == "StopCamera"), "{fx:?}");
    assert!(matches!(shell.view().screen, Screen::Backups { .. }));
}

/// The codes of a Google Authenticator export split over several QR codes (23 accounts:
/// `motp_core::export::export_google` makes three codes, as Google does for that many).
fn split_export(prefix: &str) -> Vec<String> {
    use motp_core::portable::PortableToken;
    use motp_core::{OtpKind, TotpParams};
    const B32: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let tokens: Vec<PortableToken> = (0..23)
        .map(|i| PortableToken {
            kind: OtpKind::Totp(TotpParams::default()),
            issuer: Some(prefix.to_owned()),
            account: format!("user{i}"),
            secret: motp_core::oath::base32_secret(&format!(
                "JBSWY3DPEHPK3P{}{}",
                B32[i / 32] as char,
                B32[i % 32] as char
            ))
            .unwrap(),
            pin: None,
            note: None,
            group: None,
        })
        .collect();
    let e = motp_core::export::export_google(&tokens).unwrap();
    let text = String::from_utf8(e.bytes.to_vec()).unwrap();
    text.lines().map(str::to_owned).collect()
}

fn export_scan(shell: &Shell) -> Option<motp_app::ExportScanView> {
    match shell.view().screen {
        Screen::Add { view } => view.export_scan,
        other => panic!("expected the add screen, got {other:?}"),
    }
}

/// A split export's codes are collected with the camera on, in any order: a repeat changes
/// nothing, another export's code is refused with a sentence, and the last code opens the
/// import of all 23 accounts (the camera off).
#[test]
fn a_split_google_export_is_collected_code_by_code_in_any_order() {
    let codes = split_export("Corp");
    let other = split_export("Other");
    assert_eq!(codes.len(), 3);
    let mut shell = Shell::unlocked();
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: T0,
    });
    shell.send(Event::Add(AddEvent::ScanQr { now_ms: T0 }));
    let scan = |shell: &mut Shell, text: &str| {
        shell.send(Event::Add(AddEvent::UriPasted {
            uri: text.into(),
            now_ms: T0,
        }))
    };
    let fx = scan(&mut shell, &codes[2]);
    assert!(!fx.iter().any(|e| e == "StopCamera"), "{fx:?}");
    let s = export_scan(&shell).expect("the scan's progress");
    assert_eq!((s.scanned, s.total), (1, 3));
    assert!(s.progress.starts_with("1 of 3 QR codes"), "{}", s.progress);
    assert_eq!(s.other_export, None);
    // The same code again: nothing changes.
    scan(&mut shell, &codes[2]);
    assert_eq!(export_scan(&shell).unwrap().scanned, 1);
    // Another export's code: refused, said.
    scan(&mut shell, &other[0]);
    let s = export_scan(&shell).unwrap();
    assert_eq!(s.scanned, 1);
    assert!(s.other_export.unwrap().contains("another export"));
    scan(&mut shell, &codes[0]);
    let s = export_scan(&shell).unwrap();
    assert_eq!((s.scanned, s.other_export), (2, None));
    let fx = scan(&mut shell, &codes[1]);
    assert!(fx.iter().any(|e| e == "StopCamera"), "{fx:?}");
    let preview = match shell.view().screen {
        Screen::Backups { view } => view.import_preview.expect("an import preview"),
        other => panic!("expected the import preview, got {other:?}"),
    };
    assert_eq!((preview.tokens, preview.skipped), (23, 0), "{preview:?}");
    assert!(preview.entries.iter().all(|e| e.name.starts_with("Corp")));
}

/// "Import the scanned codes" before the last one: the preview holds what was scanned and
/// names the code still missing.
#[test]
fn importing_part_of_a_split_export_names_the_missing_code() {
    let codes = split_export("Corp");
    let mut shell = Shell::unlocked();
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: T0,
    });
    // Nothing scanned yet: there is nothing to import.
    shell.send_err(Event::Add(AddEvent::ImportScannedCodes { now_ms: T0 }));
    for code in [&codes[0], &codes[2]] {
        shell.send(Event::Add(AddEvent::UriPasted {
            uri: code.as_str().into(),
            now_ms: T0,
        }));
    }
    assert_eq!(export_scan(&shell).unwrap().scanned, 2);
    shell.send(Event::Add(AddEvent::ImportScannedCodes { now_ms: T0 }));
    let preview = match shell.view().screen {
        Screen::Backups { view } => view.import_preview.expect("an import preview"),
        other => panic!("expected the import preview, got {other:?}"),
    };
    assert_eq!((preview.tokens, preview.skipped), (13, 1), "{preview:?}");
    let missing = preview
        .entries
        .iter()
        .find(|e| e.detail.as_deref().is_some_and(|d| d.contains("2")))
        .expect("the missing code is named");
    assert!(missing.name.contains("2"), "{missing:?}");
}

/// Grey pictures of QR codes side by side, 4 px a module, as a shell hands a chosen picture
/// over (decoded by the platform, one byte a pixel): `(luma, width, height)`.
fn picture(texts: &[&str]) -> (Vec<u8>, u32, u32) {
    let codes: Vec<_> = texts
        .iter()
        .map(|t| motp_core::qr::encode_text(t).unwrap())
        .collect();
    let q = motp_core::qr::QUIET_ZONE;
    let px = 4;
    let side = codes
        .iter()
        .map(|c| c.size_with_quiet_zone())
        .max()
        .unwrap_or(21)
        * px;
    let (width, height) = (side * codes.len().max(1) as u32, side);
    let mut luma = vec![255u8; (width * height) as usize];
    for (i, c) in codes.iter().enumerate() {
        for y in 0..c.size() * px {
            for x in 0..c.size() * px {
                if c.is_dark(x / px, y / px) {
                    let (gx, gy) = (i as u32 * side + q * px + x, q * px + y);
                    luma[(gy * width + gx) as usize] = 0;
                }
            }
        }
    }
    (luma, width, height)
}

fn choose_picture(shell: &mut Shell, texts: &[&str]) -> Vec<String> {
    let (luma, width, height) = picture(texts);
    shell.send(Event::Add(AddEvent::PictureChosen {
        luma: luma.into(),
        width,
        height,
        row_stride: width,
        now_ms: T0,
    }))
}

/// "Import from a picture": a screenshot of a token's QR code previews the token; one of two
/// Google export codes side by side, then the third, imports the whole export; a picture with
/// no code says so.
#[test]
fn a_chosen_picture_is_read_like_a_scan() {
    let mut shell = Shell::unlocked();
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: T0,
    });
    let fx = choose_picture(
        &mut shell,
        &["otpauth://totp/Corp:alice?secret=JBSWY3DPEHPK3PXP&issuer=Corp"],
    );
    assert!(fx.iter().any(|e| e == "RunJob"), "{fx:?}");
    match shell.view().screen {
        Screen::Add { view } => {
            let p = view.preview.expect("the token's preview");
            assert_eq!(
                (p.issuer.as_deref(), p.account.as_str()),
                (Some("Corp"), "alice")
            );
        }
        other => panic!("expected the add screen, got {other:?}"),
    }

    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: T0,
    });
    choose_picture(&mut shell, &[]);
    match shell.view().screen {
        Screen::Add { view } => {
            let e = view.error.expect("a sentence");
            assert!(e.text.to_lowercase().contains("qr"), "{e:?}");
        }
        other => panic!("expected the add screen, got {other:?}"),
    }

    let codes = split_export("Corp");
    choose_picture(&mut shell, &[&codes[0], &codes[2]]);
    assert_eq!(export_scan(&shell).expect("collecting").scanned, 2);
    choose_picture(&mut shell, &[&codes[1]]);
    let preview = match shell.view().screen {
        Screen::Backups { view } => view.import_preview.expect("an import preview"),
        other => panic!("expected the import preview, got {other:?}"),
    };
    assert_eq!((preview.tokens, preview.skipped), (23, 0), "{preview:?}");
}
