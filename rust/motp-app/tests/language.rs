//! The user's language all the way down: in German, the doctor's detailed findings and fixes
//! (numbers, which case of the secret, the username) and the reasons an imported entry is
//! skipped (real backups of ../shared/fixtures) are German, not the engine's English.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::{BackupsEvent, TroubleshootingEvent};
use motp_app::{
    Destination, DoctorStatusView, DoctorView, Event, ImportEntryStatus, Screen, SecretBytes,
    SecretText,
};
use motp_core::{CheckCode, Pin, Secret};
use support::{AddPin, Shell, T0};

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

/// Checks `text` for English words, leaving out what it quotes („name“: a token's name from
/// the user or the file, shown as it is).
fn assert_german(text: &str) {
    assert!(!text.is_empty());
    let mut own = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('„') {
        own.push_str(&rest[..open]);
        rest = rest[open..].split_once('“').map_or("", |(_, after)| after);
    }
    own.push_str(rest);
    let english = english_words(&own);
    assert!(english.is_empty(), "English {english:?} in {text:?}");
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
    shell.send(Event::Troubleshooting(TroubleshootingEvent::RunDoctor {
        token_id: token_id.clone(),
        pin: pin.map(SecretText::from),
        code,
        admin_check_code: admin,
        now_ms: T0,
    }));
    let Screen::Troubleshooting { view: t } = shell.view().screen else {
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
    let mut shell = Shell::unlocked_with(|c| c.locale = "de-DE".into());
    // LinOTP writes secrets in uppercase; the router has the lowercase copy.
    let upper = "0123456789ABCDEF";
    let id = shell.add_uri(
        &format!("motp://VPN:alice?secret={upper}"),
        AddPin::Guard("1234"),
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

    // A wrong PIN: the typo guard, and the code that matches nothing within ±1 h. The PIN is
    // one the guard is known to reject (a fixed "9999" passed the 4-bit guard 1 time in 16).
    let wrong = shell.pin_the_guard_rejects(&id);
    let d = run_doctor(&mut shell, &id, Some(&wrong), Some("000000".into()), None);
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
    let mut shell = Shell::unlocked();
    let id = shell.add_uri(
        "motp://VPN:alice?secret=0123456789ABCDEF",
        AddPin::Guard("1234"),
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

/// Opens `fixture` from ../shared/fixtures on the backups screen and returns its preview.
fn preview(shell: &mut Shell, fixture: &str) -> motp_app::ImportPreviewView {
    shell.send(Event::Navigate {
        to: Destination::Backups,
        now_ms: T0,
    });
    shell.send(Event::Backups(BackupsEvent::ChooseImportFile {
        now_ms: T0,
    }));
    let request = shell
        .pending
        .open_file
        .take()
        .expect("an open-file request");
    shell.send(Event::FileOpened {
        request,
        name: fixture.into(),
        bytes: SecretBytes::new(support::fixture(fixture)),
        now_ms: T0,
    });
    let Screen::Backups { view: b } = shell.view().screen else {
        panic!("expected the backups screen")
    };
    b.import_preview.expect("a preview")
}

fn confirm(shell: &mut Shell) -> motp_app::ImportPreviewView {
    shell.send(Event::Backups(BackupsEvent::ConfirmImport {
        keep_pins: false,
        now_ms: T0,
    }));
    let Screen::Backups { view: b } = shell.view().screen else {
        panic!("expected the backups screen")
    };
    b.import_report.expect("a report")
}

fn details(p: &motp_app::ImportPreviewView, status: ImportEntryStatus) -> Vec<String> {
    p.entries
        .iter()
        .filter(|e| e.status == status)
        .map(|e| e.detail.clone().expect("a reason"))
        .collect()
}

#[test]
fn a_german_import_preview_says_why_entries_are_skipped_in_german() {
    let mut shell = Shell::unlocked_with(|c| c.locale = "de-DE".into());
    // Stratum's Aegis export: a 9-digit TOTP and Yandex cannot be imported.
    let p = preview(&mut shell, "stratum__aegis.unencrypted.json");
    let skipped = details(&p, ImportEntryStatus::Skipped);
    assert_eq!(skipped.len(), 2, "{p:?}");
    for d in &skipped {
        assert_german(d);
    }
    assert!(
        skipped.iter().any(|d| d.contains("9 Stellen")),
        "{skipped:?}"
    );
    assert!(
        skipped.iter().any(|d| d.starts_with("Yandex-Tokens")),
        "{skipped:?}"
    );
    // The report after importing says the same, and the tokens already here are named in
    // German when the file is imported a second time.
    let r = confirm(&mut shell);
    assert_eq!(r.tokens, 9);
    for d in details(&r, ImportEntryStatus::Skipped) {
        assert_german(&d);
    }
    shell.send(Event::Backups(BackupsEvent::CloseImport));
    preview(&mut shell, "stratum__aegis.unencrypted.json");
    let r = confirm(&mut shell);
    let dups = details(&r, ImportEntryStatus::Duplicate);
    assert_eq!(dups.len(), 9, "{r:?}");
    for d in &dups {
        assert_german(d);
        assert!(d.starts_with("Gleiches Geheimnis"), "{d}");
    }

    // Stratum's Authenticator Pro backup: two secrets whose length no whole bytes give.
    shell.send(Event::Backups(BackupsEvent::CloseImport));
    let p = preview(&mut shell, "stratum__backup.unencrypted.authpro");
    let skipped = details(&p, ImportEntryStatus::Skipped);
    assert_eq!(skipped.len(), 2, "{p:?}");
    for d in &skipped {
        assert_german(d);
    }
    assert!(
        skipped
            .iter()
            .any(|d| d.contains("14 Zeichen des Geheimnisses ergeben keine ganzen Bytes")),
        "{skipped:?}"
    );
}
