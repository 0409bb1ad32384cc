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
