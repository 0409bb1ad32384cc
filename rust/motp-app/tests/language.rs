//! The user's language all the way down: in German, the doctor's detailed findings and fixes
//! (numbers, which case of the secret, the username) are German, not the engine's English.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::{
    Destination, DoctorStatusView, DoctorView, Event, PinPolicyChoice, Screen, SecretText,
};
use motp_core::{CheckCode, Pin, Secret};
use support::Shell;

const T0: i64 = 1_700_000_000_000;
const PASSWORD: &str = "correct horse battery";

/// Words of English that German never uses: one in a German sentence is untranslated text.
const ENGLISH: &[&str] = &[
    "the",
    "is",
    "was",
    "and",
    "of",
    "with",
    "not",
    "to",
    "this",
    "that",
    "it",
    "its",
    "ahead",
    "behind",
    "when",
    "or",
    "for",
    "by",
    "from",
    "are",
    "has",
    "no",
    "check",
    "clock",
    "secret",
    "username",
    "server's",
    "token's",
    "right",
    "wrong",
    "made",
    "type",
    "again",
    "digits",
    "period",
    "counter",
    "supported",
    "skipped",
    "holds",
];

fn english_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphabetic() || c == '\''))
        .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
        .collect()
}

fn assert_german(text: &str) {
    assert!(!text.is_empty());
    let english = english_words(text);
    assert!(english.is_empty(), "English {english:?} in {text:?}");
}

/// A German-speaking user's shell with an unlocked vault.
fn german() -> Shell {
    let mut shell = Shell::new_with(T0, |c| c.locale = "de-DE".into());
    shell.send(Event::Started { now_ms: T0 });
    shell.send(Event::CreateVault {
        password: PASSWORD.into(),
        confirmation: PASSWORD.into(),
        use_device_key: false,
        now_ms: T0,
    });
    shell
}

fn add(shell: &mut Shell, uri: &str, pin: &str) -> motp_app::TokenKey {
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: T0,
    });
    shell.send(Event::UriPasted {
        uri: uri.into(),
        now_ms: T0,
    });
    shell.send(Event::PreviewAccepted { now_ms: T0 });
    shell.send(Event::PinPolicyChosen {
        policy: PinPolicyChoice::AskWithTypoGuard,
        pin: Some(pin.into()),
        keep_uri_pin: false,
        now_ms: T0,
    });
    shell.send(Event::ConfirmAdd { now_ms: T0 });
    let Screen::List(l) = shell.view().screen else {
        panic!("expected the list")
    };
    l.rows.last().unwrap().id.clone()
}

fn run_doctor(
    shell: &mut Shell,
    token_id: &motp_app::TokenKey,
    pin: Option<&str>,
    code: Option<String>,
    admin: Option<String>,
) -> DoctorView {
    shell.send(Event::Navigate {
        to: Destination::Troubleshooting,
        now_ms: T0,
    });
    shell.send(Event::RunDoctor {
        token_id: token_id.clone(),
        pin: pin.map(SecretText::from),
        code,
        admin_check_code: admin,
        now_ms: T0,
    });
    let Screen::Troubleshooting(t) = shell.view().screen else {
        panic!("expected troubleshooting")
    };
    t.doctor.expect("a doctor report")
}

fn assert_all_german(d: &DoctorView) {
    for st in &d.steps {
        assert_german(&st.title);
        assert_german(&st.text);
        assert_german(&st.detail);
        if let Some(fix) = &st.fix {
            assert_german(fix);
        }
    }
    assert_german(&d.verdict);
    assert_german(&d.detail);
    assert_german(&d.fix);
}

#[test]
fn a_german_doctor_report_says_its_numbers_and_cases_in_german() {
    let mut shell = german();
    // LinOTP writes secrets in uppercase; the router has the lowercase copy.
    let upper = "0123456789ABCDEF";
    let id = add(
        &mut shell,
        &format!("motp://VPN:alice?secret={upper}"),
        "1234",
    );
    let lower = Secret::new("0123456789abcdef").unwrap();
    let admin = CheckCode::of(&lower).to_string();
    let d = run_doctor(&mut shell, &id, Some("1234"), None, Some(admin.clone()));
    assert_all_german(&d);
    let secret = &d.steps[1];
    assert_eq!(secret.status, DoctorStatusView::Problem);
    let mine = CheckCode::of(&Secret::new(upper).unwrap()).to_string();
    assert!(
        secret.detail.contains(&mine) && secret.detail.contains(&admin),
        "{}",
        secret.detail
    );
    assert!(
        secret.detail.contains("Kleinbuchstaben"),
        "{}",
        secret.detail
    );
    assert!(
        secret.fix.as_ref().unwrap().contains("Kleinbuchstaben"),
        "{:?}",
        secret.fix
    );
    assert!(
        d.detail
            .starts_with("Die wahrscheinlichste Ursache ist das Geheimnis")
    );
    // The username, quoted as saved; the clock was not checked.
    assert!(
        d.steps[2].detail.contains("„alice“"),
        "{}",
        d.steps[2].detail
    );
    assert_eq!(d.steps[0].status, DoctorStatusView::Skipped);
    assert!(d.steps[0].fix.as_ref().unwrap().contains("Uhrprüfung"));

    // A rejected code made with the lowercase secret 4 minutes behind: case and clock, in
    // German, with their numbers.
    let code = motp_core::code(&lower, &Pin::raw("1234"), (T0 / 1000 / 10 - 24) as u64);
    let d = run_doctor(&mut shell, &id, Some("1234"), Some(code.to_string()), None);
    assert_all_german(&d);
    let fix = d.steps[1].fix.as_ref().unwrap();
    assert!(
        fix.contains("Kleinbuchstaben") && fix.contains("4 Min. nach"),
        "{fix}"
    );
    assert!(d.steps[3].detail.contains("oben gefundenen Ursache"));

    // A wrong PIN: the typo guard, and the code that matches nothing within ±1 h.
    let d = run_doctor(&mut shell, &id, Some("9999"), Some("000000".into()), None);
    assert_all_german(&d);
    assert_eq!(d.steps[2].status, DoctorStatusView::Problem);
    assert!(
        d.steps[3].detail.contains("±1 Std."),
        "{}",
        d.steps[3].detail
    );
}

#[test]
fn the_english_app_shows_the_engines_english() {
    let mut shell = Shell::new(T0);
    shell.send(Event::Started { now_ms: T0 });
    shell.send(Event::CreateVault {
        password: PASSWORD.into(),
        confirmation: PASSWORD.into(),
        use_device_key: false,
        now_ms: T0,
    });
    let id = add(
        &mut shell,
        "motp://VPN:alice?secret=0123456789ABCDEF",
        "1234",
    );
    let admin = CheckCode::of(&Secret::new("0123456789abcdef").unwrap()).to_string();
    let d = run_doctor(&mut shell, &id, Some("1234"), None, Some(admin));
    assert!(
        d.steps[1]
            .detail
            .contains("the server has this secret in lowercase"),
        "{}",
        d.steps[1].detail
    );
    assert!(d.detail.starts_with("The likeliest cause is the secret"));
}
