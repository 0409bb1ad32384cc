//! What the user feels and hears (haptics, screen-reader announcements) and where an error is
//! shown (under which field): rules the screens alone do not show, so the test shell keeps every
//! effect it receives and these tests assert on them.
//!
//! Written against bugs the rest of the suite let through (docs/testing.md): the typo guard's
//! warning fired on the right PIN instead of the wrong one, and a malformed doctor code reported
//! under the administrator's check-code field.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::{Destination, Event, Field, HapticKind, Screen, SecretText};
use motp_app::{DetailEvent, ListEvent, TroubleshootingEvent};
use support::{AddPin, Shell, T0};

const TYPO_WARNING: &str = "This PIN does not match the one set up for this token. Check it \
                            before you log in: a wrong code counts as a failed login.";

fn guarded() -> (Shell, String) {
    let mut shell = Shell::unlocked();
    let id = shell.add_uri(
        "motp://VPN:alice?secret=0123456789abcdef",
        AddPin::Guard("1234"),
    );
    shell.clear_feedback();
    (shell, id)
}

#[test]
fn a_wrong_pin_warns_by_touch_and_voice_and_the_right_one_is_silent() {
    let (mut shell, id) = guarded();
    let wrong = shell.pin_the_guard_rejects(&id);

    shell.send(Event::List(ListEvent::PinEntered {
        token_id: id.clone(),
        pin: wrong.as_str().into(),
        now_ms: T0,
    }));
    assert_eq!(shell.haptics, [HapticKind::Warning], "PIN {wrong}");
    assert_eq!(shell.announcements, [TYPO_WARNING]);
    assert_eq!(
        shell.list().rows[0].typo_warning.as_deref(),
        Some(TYPO_WARNING)
    );

    shell.clear_feedback();
    shell.send(Event::List(ListEvent::PinEntered {
        token_id: id,
        pin: "1234".into(),
        now_ms: T0,
    }));
    assert_eq!(shell.haptics, [], "the right PIN vibrated");
    assert!(shell.announcements.is_empty(), "{:?}", shell.announcements);
    assert_eq!(shell.list().rows[0].typo_warning, None);
}

#[test]
fn a_pin_for_a_token_without_a_guard_is_silent() {
    let mut shell = Shell::unlocked();
    let id = shell.add_uri("motp://VPN:alice?secret=0123456789abcdef", AddPin::Ask);
    shell.clear_feedback();
    shell.send(Event::List(ListEvent::PinEntered {
        token_id: id,
        pin: "9999".into(),
        now_ms: T0,
    }));
    assert_eq!(shell.haptics, []);
    assert!(shell.announcements.is_empty());
}

#[test]
fn copying_a_code_confirms_by_touch_and_voice() {
    let (mut shell, id) = guarded();
    shell.send(Event::List(ListEvent::PinEntered {
        token_id: id.clone(),
        pin: "1234".into(),
        now_ms: T0,
    }));
    shell.send(Event::List(ListEvent::CopyCode {
        token_id: id,
        now_ms: T0,
    }));
    assert_eq!(shell.haptics, [HapticKind::Success]);
    assert_eq!(shell.announcements, ["Code copied"]);
    assert!(shell.effects_seen.contains(&"CopyToClipboard".to_owned()));
}

#[test]
fn adding_a_token_confirms_by_touch_and_voice() {
    let mut shell = Shell::unlocked();
    shell.clear_feedback();
    shell.add_uri("motp://VPN:bob?secret=0123456789abcdef", AddPin::Ask);
    assert_eq!(shell.haptics, [HapticKind::Success]);
    assert_eq!(shell.announcements, ["Token added"]);
}

/// Runs the doctor with the given typed code and administrator's check code; returns the error
/// under the troubleshooting screen's fields, if any.
fn doctor_error(
    shell: &mut Shell,
    id: &str,
    code: Option<&str>,
    admin: Option<&str>,
) -> Option<motp_app::FieldError> {
    shell.send(Event::Navigate {
        to: Destination::Troubleshooting,
        now_ms: T0,
    });
    shell.send(Event::Troubleshooting(TroubleshootingEvent::RunDoctor {
        token_id: id.to_owned(),
        pin: Some(SecretText::from("1234")),
        code: code.map(str::to_owned),
        admin_check_code: admin.map(str::to_owned),
        now_ms: T0,
    }));
    let Screen::Troubleshooting { view: t } = shell.view().screen else {
        panic!("expected troubleshooting")
    };
    t.error
}

#[test]
fn a_malformed_doctor_input_is_reported_under_its_own_field() {
    let (mut shell, id) = guarded();

    let e = doctor_error(&mut shell, &id, Some("12x4"), None).expect("an error");
    assert_eq!(
        (e.field, e.code.as_str()),
        (Some(Field::Code), "code_invalid"),
        "{}",
        e.text
    );

    let e = doctor_error(&mut shell, &id, None, Some("not a check code")).expect("an error");
    assert_eq!(
        (e.field, e.code.as_str()),
        (Some(Field::CheckCode), "check_code_invalid"),
        "{}",
        e.text
    );

    // Both wrong: the check code is read first and named.
    let e = doctor_error(&mut shell, &id, Some("12x4"), Some("zz")).expect("an error");
    assert_eq!(e.field, Some(Field::CheckCode));

    // Both right: the report replaces the error.
    let admin =
        motp_core::CheckCode::of(&motp_core::Secret::new("0123456789abcdef").unwrap()).to_string();
    let code = motp_core::code(
        &motp_core::Secret::new("0123456789abcdef").unwrap(),
        &motp_core::Pin::raw("1234"),
        (T0 / 10_000) as u64,
    )
    .to_string();
    assert_eq!(
        doctor_error(&mut shell, &id, Some(&code), Some(&admin)),
        None
    );
}

#[test]
fn an_empty_pin_is_said_on_top_of_the_list() {
    let (mut shell, id) = guarded();
    shell.send(Event::List(ListEvent::PinEntered {
        token_id: id,
        pin: "".into(),
        now_ms: T0,
    }));
    let notice = shell.view().notice.expect("the error is shown");
    assert_eq!(notice.code, "pin_required");
    assert_eq!(notice.kind, motp_app::NoticeKind::Error);
    assert!(!notice.text.is_empty());
    shell.send(Event::DismissNotice);
    assert_eq!(shell.view().notice, None);
}

/// The detail screen's error under the field that caused it: a note with a terminal escape is
/// the note's, an empty account the name's. The engine says which field (`TokenField`); the
/// app matches on it, never on the English words.
#[test]
fn an_edit_error_is_reported_under_the_field_it_is_about() {
    let (mut shell, id) = guarded();
    shell.send(Event::Navigate {
        to: Destination::Detail {
            token_id: id.clone(),
        },
        now_ms: T0,
    });
    let edit_error = |shell: &mut Shell, edit: motp_app::TokenEdit| {
        shell.send(Event::Detail(DetailEvent::SaveEdit {
            token_id: id.clone(),
            edit,
            now_ms: T0,
        }));
        let Screen::Detail { view: d } = shell.view().screen else {
            panic!("expected the detail screen")
        };
        d.error.expect("an error under a field")
    };
    let e = edit_error(
        &mut shell,
        motp_app::TokenEdit {
            note: Some("router \u{1b}[2J".into()),
            ..motp_app::TokenEdit::default()
        },
    );
    assert_eq!(
        (e.field, e.code.as_str()),
        (Some(Field::Note), "note_invalid"),
        "{}",
        e.text
    );
    let e = edit_error(
        &mut shell,
        motp_app::TokenEdit {
            group: Some("work\u{7}".into()),
            ..motp_app::TokenEdit::default()
        },
    );
    assert_eq!(
        (e.field, e.code.as_str()),
        (Some(Field::Name), "name_invalid"),
        "{}",
        e.text
    );
}

/// Checks the clock against a network time `offset_ms` ahead of this device's, then runs the
/// doctor for `id`; returns the clock step.
fn doctor_clock_step(shell: &mut Shell, id: &str, offset_ms: i64) -> motp_app::DoctorStepView {
    shell.check_clock(offset_ms);
    shell.send(Event::Troubleshooting(TroubleshootingEvent::RunDoctor {
        token_id: id.to_owned(),
        pin: Some(SecretText::from("1234")),
        code: None,
        admin_check_code: None,
        now_ms: T0,
    }));
    let Screen::Troubleshooting { view: t } = shell.view().screen else {
        panic!("expected troubleshooting")
    };
    t.doctor.expect("a report").steps.remove(0)
}

#[test]
fn the_doctor_names_its_steps_and_sizes_a_clock_offset_in_its_unit() {
    let (mut shell, id) = guarded();
    // Exactly 1 s is said in seconds, not as 1000 ms; 1.5 s with its tenth.
    let step = doctor_clock_step(&mut shell, &id, 1_000);
    assert_eq!(step.title, "Clock");
    assert!(
        step.detail.contains("1.0 s behind true time"),
        "{}",
        step.detail
    );
    let step = doctor_clock_step(&mut shell, &id, 1_500);
    assert!(
        step.detail.contains("1.5 s behind true time"),
        "{}",
        step.detail
    );
    let step = doctor_clock_step(&mut shell, &id, -999);
    assert!(
        step.detail.contains("999 ms ahead of true time"),
        "{}",
        step.detail
    );

    let Screen::Troubleshooting { view: t } = shell.view().screen else {
        panic!()
    };
    let titles: Vec<String> = t
        .doctor
        .unwrap()
        .steps
        .into_iter()
        .map(|s| s.title)
        .collect();
    assert_eq!(titles, ["Clock", "Secret", "PIN and username", "The code"]);
}

#[test]
fn the_languages_are_english_then_german_then_the_others() {
    assert_eq!(
        motp_app::languages(),
        ["en", "de", "fr", "es", "it", "nl", "pl", "pt"]
    );
}
