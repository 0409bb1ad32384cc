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
