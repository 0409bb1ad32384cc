//! What the screens show, value by value, where the journeys only pass through: the settings'
//! device-key switch, the last backup's age, the clock check's summary and advice, the stored
//! correction, the add preview's warnings for each kind, a stale network-time answer, and a
//! job's id. Written against mutation-sample survivors (docs/testing.md).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::{AddEvent, DetailEvent, TroubleshootingEvent, UnlockEvent};
use motp_app::{Destination, Effect, Event, Screen};
use motp_core::vault::SoftwareKeyProtector;
use support::{PASSWORD, Shell, T0};

const DAY_MS: i64 = 86_400_000;

fn settings(shell: &mut Shell) -> motp_app::SettingsView {
    shell.send(Event::Navigate {
        to: Destination::Settings,
        now_ms: shell.now_ms,
    });
    match shell.view().screen {
        Screen::Settings { view: s } => s,
        other => panic!("expected settings, got {other:?}"),
    }
}

#[test]
fn the_device_key_switch_is_on_only_with_a_working_device_slot() {
    // No device slot: off, and nothing to re-enrol.
    let mut shell = Shell::unlocked();
    let s = settings(&mut shell);
    assert!(s.device_key_available);
    assert!(!s.device_key_enabled && !s.device_key_needs_enrolment);

    // Enrolled: on.
    let keystore = SoftwareKeyProtector::random(support::DEVICE, "Test phone").unwrap();
    shell.turn_on_device_key();
    shell.answer_wrap(&keystore);
    let s = settings(&mut shell);
    assert!(s.device_key_enabled && !s.device_key_needs_enrolment);

    // Invalidated (seen at the next unlock): off, and re-enrolment asked for.
    shell.send(Event::Lock { now_ms: T0 });
    shell.send(Event::Unlock(UnlockEvent::UnlockWithDeviceKey {
        now_ms: T0,
    }));
    let (request, _) = shell.pending.unwrap.take().unwrap();
    shell.send(Event::DeviceKeyInvalidated {
        request,
        now_ms: T0,
    });
    shell.send(Event::Unlock(UnlockEvent::UnlockWithPassword {
        password: PASSWORD.into(),
        now_ms: T0,
    }));
    let s = settings(&mut shell);
    assert!(!s.device_key_enabled && s.device_key_needs_enrolment);
}

#[test]
fn the_last_backup_is_counted_in_whole_days() {
    for (age_ms, said) in [
        (DAY_MS - 1, "Last backup: today."),
        (DAY_MS, "Last backup: yesterday."),
        (3 * DAY_MS + 5, "Last backup: 3 days ago."),
        (40 * DAY_MS, "Last backup: 40 days ago."),
    ] {
        let mut shell = Shell::unlocked_with(|c| c.settings.last_backup_ms = Some(T0 - age_ms));
        shell.send(Event::Navigate {
            to: Destination::Backups,
            now_ms: T0,
        });
        let Screen::Backups { view: b } = shell.view().screen else {
            panic!()
        };
        assert_eq!(b.last_backup, said, "{age_ms} ms ago");
    }
}

/// The troubleshooting screen after a clock check `offset_ms` off.
fn check_clock(shell: &mut Shell, offset_ms: i64) -> motp_app::TroubleshootingView {
    shell.check_clock(offset_ms);
    match shell.view().screen {
        Screen::Troubleshooting { view: t } => t,
        other => panic!("expected troubleshooting, got {other:?}"),
    }
}

#[test]
fn the_clock_summary_says_on_time_below_a_second_and_the_offset_from_a_second() {
    let mut shell = Shell::unlocked();
    let t = check_clock(&mut shell, 999);
    assert_eq!(t.clock.unwrap().summary, "This device's clock is on time.");
    let t = check_clock(&mut shell, 1_000);
    assert_eq!(
        t.clock.unwrap().summary,
        "This device's clock is 0 min 1 s behind true time."
    );
    let t = check_clock(&mut shell, -120_000);
    assert_eq!(
        t.clock.unwrap().summary,
        "This device's clock is 2 min 0 s ahead of true time."
    );
}

#[test]
fn a_stored_correction_is_shown_and_called_right_when_it_matches() {
    let mut shell = Shell::unlocked();
    // 2 minutes behind: codes would fail; the correction is offered and applied.
    let t = check_clock(&mut shell, 120_000);
    let c = t.clock.unwrap();
    assert_eq!(c.suggested_correction_seconds, 120);
    assert!(c.can_apply);
    shell.send(Event::Troubleshooting(
        TroubleshootingEvent::ApplyClockCorrection { now_ms: T0 },
    ));
    let Screen::Troubleshooting { view: t } = shell.view().screen else {
        panic!()
    };
    assert_eq!(t.stored_correction_seconds, 120);
    assert_eq!(
        t.stored_correction_text.as_deref(),
        Some("Codes are computed with a correction of 2 min 0 s.")
    );
    // Checked again with the correction stored: the clock is still 2 min off, but the stored
    // correction makes up for it.
    let c = check_clock(&mut shell, 120_000).clock.unwrap();
    assert!(!c.can_apply, "nothing new to apply");
    assert_eq!(
        c.advice,
        "The stored correction makes up for this device's clock: codes are right."
    );
    // A device in step, with no correction stored: plainly fine.
    let mut fresh = Shell::unlocked();
    let c = check_clock(&mut fresh, 0).clock.unwrap();
    assert_eq!(c.advice, "The clock is not why logins fail.");
    let Screen::Troubleshooting { view: t } = fresh.view().screen else {
        panic!()
    };
    assert_eq!(t.stored_correction_text, None);
}

#[test]
fn a_stale_network_time_answer_is_dropped() {
    let mut shell = Shell::unlocked();
    shell.send(Event::Navigate {
        to: Destination::Troubleshooting,
        now_ms: T0,
    });
    shell.send(Event::Troubleshooting(TroubleshootingEvent::CheckClock {
        now_ms: T0,
    }));
    let request = shell.pending.network_time.take().unwrap();
    shell.send(Event::NetworkTimeAnswered {
        request: request + 1,
        network_ms: T0 + 120_000,
        device_ms: T0,
        uncertainty_ms: 5,
        source: "test".into(),
    });
    let Screen::Troubleshooting { view: t } = shell.view().screen else {
        panic!()
    };
    assert!(t.clock.is_none(), "an answer to no request was taken");
}

fn preview_warnings(uri: &str) -> Vec<String> {
    let mut shell = Shell::unlocked();
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: T0,
    });
    shell.send(Event::Add(AddEvent::UriPasted {
        uri: uri.into(),
        now_ms: T0,
    }));
    match shell.view().screen {
        Screen::Add { view: a } => a.preview.expect("a preview").warnings,
        other => panic!("expected the add screen, got {other:?}"),
    }
}

#[test]
fn the_add_preview_warns_as_each_kind_needs() {
    // mOTP: case matters, so uppercase letters are worth a warning.
    let w = preview_warnings("motp://VPN:alice?secret=0123456789ABCDEF");
    assert!(w.iter().any(|w| w.contains("uppercase letters")), "{w:?}");
    // TOTP: Base32 is case-free; only a key under 128 bits is weak. 10 bytes (16 Base32
    // characters) warns; 16 bytes (26 characters) does not.
    let w = preview_warnings("otpauth://totp/A:b?secret=GEZDGNBVGY3TQOJQ");
    assert_eq!(
        w,
        [
            "The secret is only 16 characters long, shorter than recommended: 16 hex characters for mOTP, 26 Base32 characters (128 bits) for TOTP and HOTP."
        ]
    );
    assert!(preview_warnings("otpauth://totp/A:b?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY").is_empty());
}

#[test]
fn a_jobs_outcome_carries_the_jobs_id() {
    let mut shell = Shell::new(T0);
    let fx = shell.app.update(Event::Started { now_ms: T0 }).unwrap();
    let job = fx
        .into_iter()
        .find_map(|e| match e {
            Effect::RunJob { job } => Some(job),
            _ => None,
        })
        .unwrap();
    let id = job.id();
    assert_ne!(id, 0);
    assert_eq!(job.run().id(), id);
}

#[test]
fn a_detail_screens_events_are_refused_on_another_screen() {
    let mut shell = Shell::unlocked();
    let id = shell.add_uri(
        "motp://VPN:alice?secret=0123456789abcdef",
        support::AddPin::Ask,
    );
    // On the list (not the detail screen): an edit arriving late or from a stale screen.
    let e = shell.send_err(Event::Detail(DetailEvent::SaveEdit {
        token_id: id.clone(),
        edit: motp_app::TokenEdit {
            account: Some("bob".into()),
            ..motp_app::TokenEdit::default()
        },
        now_ms: T0,
    }));
    assert_eq!(e.code, motp_app::ErrorCode::NotAvailable);
    let e = shell.send_err(Event::Detail(DetailEvent::DeleteToken {
        token_id: id,
        now_ms: T0,
    }));
    assert_eq!(e.code, motp_app::ErrorCode::NotAvailable);
    assert_eq!(shell.list().rows[0].account, "alice");
}

#[test]
fn a_change_saved_from_settings_or_troubleshooting_says_saved() {
    let mut shell = Shell::unlocked();
    // Troubleshooting: a clock correction applied.
    let _ = check_clock(&mut shell, 120_000);
    shell.send(Event::DismissNotice);
    shell.send(Event::Troubleshooting(
        TroubleshootingEvent::ApplyClockCorrection { now_ms: T0 },
    ));
    let n = shell.view().notice.expect("a notice");
    assert_eq!(
        (n.kind, n.code.as_str()),
        (motp_app::NoticeKind::Info, "notice-saved")
    );
    // Settings: the device key turned on (a slot added).
    let keystore = SoftwareKeyProtector::random(support::DEVICE, "Test phone").unwrap();
    let _ = settings(&mut shell);
    shell.send(Event::DismissNotice);
    shell.turn_on_device_key();
    shell.answer_wrap(&keystore);
    let n = shell.view().notice.expect("a notice");
    assert_eq!(n.code, "notice-saved");
}

#[test]
fn near_a_steps_end_the_row_says_how_long_the_code_will_do() {
    let mut shell = Shell::unlocked();
    let id = shell.add_uri(
        "motp://VPN:alice?secret=0123456789abcdef",
        support::AddPin::Remember("1234"),
    );
    let row_hint = |shell: &mut Shell, at: i64| {
        shell.send(Event::Tick { now_ms: at });
        shell.list().rows[0].use_within.clone()
    };
    // A kind this app knows: no "unsupported" line, a code and no "next code" button.
    let row = shell.list().rows.remove(0);
    assert_eq!((row.unsupported, row.next_code_label), (None, None));
    // 7 s into a step (3 s left), the server accepting a code for 30 s: 23 s more.
    assert_eq!(
        row_hint(&mut shell, T0 + 7_000).as_deref(),
        Some("Use within 23 s")
    );
    // Early in the step nothing is said.
    assert_eq!(row_hint(&mut shell, T0 + 2_000), None);
    // A server that accepts a code for 3 s: at 7 s it is wiser to wait.
    shell.send(Event::Navigate {
        to: Destination::Detail {
            token_id: id.clone(),
        },
        now_ms: T0,
    });
    shell.send(Event::Detail(DetailEvent::SaveEdit {
        token_id: id,
        edit: motp_app::TokenEdit {
            tolerance_seconds: Some(3),
            ..motp_app::TokenEdit::default()
        },
        now_ms: T0,
    }));
    shell.send(Event::Back { now_ms: T0 });
    assert_eq!(
        row_hint(&mut shell, T0 + 7_000).as_deref(),
        Some("Wait for the next code")
    );
}

#[test]
fn an_edit_saves_the_new_account_and_the_new_remembered_pin() {
    let mut shell = Shell::unlocked();
    let id = shell.add_uri(
        "motp://VPN:alice?secret=0123456789abcdef",
        support::AddPin::Remember("1234"),
    );
    shell.send(Event::Navigate {
        to: Destination::Detail {
            token_id: id.clone(),
        },
        now_ms: T0,
    });
    shell.send(Event::Detail(DetailEvent::SaveEdit {
        token_id: id,
        edit: motp_app::TokenEdit {
            account: Some("alice.smith".into()),
            pin: Some("4711".into()),
            ..motp_app::TokenEdit::default()
        },
        now_ms: T0,
    }));
    shell.send(Event::Back { now_ms: T0 });
    let row = shell.list().rows.remove(0);
    assert_eq!(row.account, "alice.smith");
    let expected = motp_core::code(
        &motp_core::Secret::new("0123456789abcdef").unwrap(),
        &motp_core::Pin::raw("4711"),
        (T0 / 10_000) as u64,
    );
    assert_eq!(
        row.code.map(|c| c.replace(' ', "")),
        Some(expected.to_string()),
        "the code is made with the new PIN"
    );
}

/// In the last 5 s of a step the row also shows the code that comes next ("Next: …"), made by
/// the engine for the next step's start, so a user too late for this one types that one; early
/// in a step it shows none. (mOTP here, the PIN remembered; every kind that counts down goes
/// through the same row code in `list.rs`.)
#[test]
fn near_a_steps_end_the_row_shows_the_next_code() {
    let mut shell = Shell::unlocked();
    shell.add_uri(
        "motp://VPN:alice?secret=0123456789abcdef",
        support::AddPin::Remember("1234"),
    );
    let upcoming = |shell: &mut Shell, at: i64| {
        shell.send(Event::Tick { now_ms: at });
        let row = shell.list().rows.remove(0);
        (row.code, row.upcoming)
    };
    // mOTP: MD5 of (time / 10) ‖ secret ‖ PIN, first 6 hex characters (the engine's own
    // vectors hold that; here: the code 10 s later is the one announced).
    let (_, early) = upcoming(&mut shell, T0 + 2_000);
    assert_eq!(early, None);
    let (code_now, late) = upcoming(&mut shell, T0 + 7_000);
    let (code_next, _) = upcoming(&mut shell, T0 + 10_000);
    let late = late.expect("the next code near the step's end");
    assert_eq!(late, format!("Next: {}", code_next.clone().unwrap()));
    assert_ne!(code_now, code_next, "a new step, a new code");
}
