//! The screens the journey passes quickly: generating a secret for the administrator, revealing
//! a secret and its QR code after re-authentication, deleting with confirmation, search, the
//! other export formats, clearing the clock correction, failures shown where the user is.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::{AddEvent, BackupsEvent, DetailEvent, ListEvent, TroubleshootingEvent};
use motp_app::{
    AddStep, Destination, ErrorCode, Event, ExportFormat, Field, PinPolicyChoice, Screen,
};
use support::{AddPin, PASSWORD, Shell, T0, screen_name};

#[test]
fn a_generated_secret_is_shown_as_text_and_qr_then_added() {
    let mut shell = Shell::unlocked();
    shell.send(Event::Navigate {
        to: Destination::Add,
        now_ms: T0,
    });
    shell.send(Event::Add(AddEvent::GenerateSecret {
        issuer: Some("DrayTek".into()),
        account: "alice".into(),
        long: true,
        now_ms: T0,
    }));
    let Screen::Add { view: a } = shell.view().screen else {
        panic!()
    };
    assert_eq!(a.step, AddStep::Preview);
    let g = a.generated.expect("the generated secret is shown");
    let grouped = g.grouped.expose().to_owned();
    assert_eq!(grouped.replace(' ', "").len(), 32);
    assert!(!format!("{g:?}").contains(&grouped), "never printed");
    // Its QR code decodes back to the secret, through the camera path.
    let side = g.qr.size as usize;
    let px = 4;
    let quiet = 4;
    let full = (side + 2 * quiet) * px;
    let mut luma = vec![0xffu8; full * full];
    for y in 0..side {
        for x in 0..side {
            if g.qr.modules.expose()[y * side + x] == 1 {
                for dy in 0..px {
                    for dx in 0..px {
                        luma[((y + quiet) * px + dy) * full + (x + quiet) * px + dx] = 0;
                    }
                }
            }
        }
    }
    let texts = motp_core::qr::decode_luma(&luma, full as u32, full as u32, full as u32).unwrap();
    assert!(texts[0].contains(&grouped.replace(' ', "")));
    shell.send(Event::Add(AddEvent::PreviewAccepted { now_ms: T0 }));
    shell.send(Event::Add(AddEvent::PinPolicyChosen {
        policy: PinPolicyChoice::Ask,
        pin: None,
        keep_uri_pin: false,
        now_ms: T0,
    }));
    shell.send(Event::Add(AddEvent::ConfirmAdd { now_ms: T0 }));
    assert_eq!(shell.list().rows.len(), 1);
}

#[test]
fn reveal_after_reauthentication_and_delete_with_confirmation() {
    let mut shell = Shell::unlocked();
    shell.add_uri(
        "motp://VPN:alice?secret=0123456789ABCDEF",
        AddPin::Remember("1234"),
    );
    let id = shell.list().rows[0].id.clone();
    shell.send(Event::Navigate {
        to: Destination::Detail {
            token_id: id.clone(),
        },
        now_ms: T0,
    });
    let Screen::Detail { view: d } = shell.view().screen else {
        panic!()
    };
    assert!(d.revealed.is_none());
    assert!(
        d.secret_warnings.iter().any(|w| w.contains("uppercase")),
        "{:?}",
        d.secret_warnings
    );
    shell.send(Event::Detail(DetailEvent::RevealSecret {
        token_id: id.clone(),
        password: "wrong".into(),
        now_ms: T0,
    }));
    let Screen::Detail { view: d } = shell.view().screen else {
        panic!()
    };
    assert!(d.revealed.is_none());
    assert_eq!(d.error.unwrap().field, Some(Field::Password));
    shell.send(Event::Detail(DetailEvent::RevealSecret {
        token_id: id.clone(),
        password: PASSWORD.into(),
        now_ms: T0,
    }));
    let Screen::Detail { view: d } = shell.view().screen else {
        panic!()
    };
    let r = d.revealed.expect("revealed");
    assert_eq!(r.grouped.expose(), "0123 4567 89AB CDEF");
    assert!(r.qr.size >= 21);
    shell.send(Event::Detail(DetailEvent::HideSecret));
    shell.send(Event::Detail(DetailEvent::DeleteToken {
        token_id: id.clone(),
        now_ms: T0,
    }));
    let Screen::Detail { view: d } = shell.view().screen else {
        panic!()
    };
    assert!(d.confirm_delete.unwrap().contains("VPN:alice"));
    shell.send(Event::Detail(DetailEvent::CancelDelete));
    shell.send(Event::Detail(DetailEvent::DeleteToken {
        token_id: id.clone(),
        now_ms: T0,
    }));
    shell.send(Event::Detail(DetailEvent::ConfirmDelete {
        token_id: id.clone(),
        now_ms: T0,
    }));
    let l = shell.list();
    assert!(l.rows.is_empty());
    assert_eq!(
        l.empty_text.as_deref(),
        Some("No tokens yet. Add one with the + button.")
    );
    assert_eq!(
        shell
            .send_err(Event::List(ListEvent::CopyCode {
                token_id: id,
                now_ms: T0
            }))
            .code,
        ErrorCode::UnknownToken
    );
}

#[test]
fn search_filters_and_says_when_nothing_matches() {
    let mut shell = Shell::unlocked();
    shell.add_uri(
        "motp://Office:alice?secret=0123456789abcdef",
        AddPin::Remember("1234"),
    );
    shell.add_uri(
        "motp://Home:bob?secret=fedcba9876543210",
        AddPin::Remember("1234"),
    );
    shell.send(Event::List(ListEvent::SearchChanged {
        query: "OFF".into(),
        now_ms: T0,
    }));
    let l = shell.list();
    assert_eq!(l.rows.len(), 1);
    assert_eq!(l.rows[0].account, "alice");
    shell.send(Event::List(ListEvent::SearchChanged {
        query: "carol".into(),
        now_ms: T0,
    }));
    let l = shell.list();
    assert!(l.rows.is_empty());
    assert_eq!(
        l.empty_text.as_deref(),
        Some("No token matches your search.")
    );
    assert_eq!(shell.tick_at.map(|t| t > T0), Some(true));
}

#[test]
fn the_other_exports_and_a_cancelled_save() {
    let mut shell = Shell::unlocked();
    shell.add_uri(
        "motp://VPN:alice?secret=0123456789abcdef",
        AddPin::Remember("1234"),
    );
    shell.send(Event::Navigate {
        to: Destination::Backups,
        now_ms: T0,
    });
    let Screen::Backups { view: b } = shell.view().screen else {
        panic!()
    };
    assert_eq!(b.export_formats.len(), 4);
    assert!(
        b.export_formats[2].warning.is_some(),
        "URI lists are not encrypted"
    );
    assert!(
        b.export_formats[3].warning.is_some(),
        "Google Authenticator's QR codes show every secret"
    );
    shell.send(Event::Backups(BackupsEvent::Export {
        format: ExportFormat::UriList,
        password: None,
        now_ms: T0,
    }));
    let (request, name, bytes) = shell.pending.save_file.take().unwrap();
    assert_eq!(name, "motp-tokens.txt");
    assert!(
        std::str::from_utf8(bytes.expose())
            .unwrap()
            .starts_with("motp://VPN:alice")
    );
    shell.send(Event::FileSaved {
        request,
        now_ms: T0,
    });
    let Screen::Backups { view: b } = shell.view().screen else {
        panic!()
    };
    assert!(
        b.reminder.is_some(),
        "a URI list is a transfer, not a backup"
    );
    shell.send(Event::Backups(BackupsEvent::Export {
        format: ExportFormat::Aegis,
        password: Some("aegis password".into()),
        now_ms: T0,
    }));
    let (request, name, bytes) = shell.pending.save_file.take().unwrap();
    assert_eq!(name, "aegis-export.json");
    // Our own importer reads it back: the Aegis export is real.
    let back = motp_core::import(bytes.expose(), None, Some("aegis password")).unwrap();
    assert_eq!(back.tokens().count(), 1);
    shell.send(Event::FileFailed {
        request,
        reason: None,
        now_ms: T0,
    });
    assert!(
        shell
            .view()
            .notice
            .is_none_or(|n| n.kind != motp_app::NoticeKind::Error),
        "a cancel is not an error"
    );
}

#[test]
fn clearing_the_clock_correction_and_a_failed_clock_check() {
    let mut shell = Shell::unlocked_with(|c| {
        c.time_server = motp_testkit::responder::closed_port().to_string();
    });
    shell.send(Event::Navigate {
        to: Destination::Troubleshooting,
        now_ms: T0,
    });
    shell.send(Event::Troubleshooting(TroubleshootingEvent::CheckClock {
        now_ms: T0,
    }));
    let request = shell.pending.network_time.take().unwrap();
    shell.send(Event::NetworkTimeAnswered {
        request,
        network_ms: T0 - 42_000,
        device_ms: T0,
        uncertainty_ms: 20,
        source: "Android network time".into(),
    });
    let Screen::Troubleshooting { view: t } = shell.view().screen else {
        panic!()
    };
    let c = t.clock.unwrap();
    assert_eq!(
        c.summary,
        "This device's clock is 0 min 42 s ahead of true time."
    );
    assert_eq!(c.source, "Android network time");
    shell.send(Event::Troubleshooting(
        TroubleshootingEvent::ApplyClockCorrection { now_ms: T0 },
    ));
    let Screen::Troubleshooting { view: t } = shell.view().screen else {
        panic!()
    };
    assert_eq!(t.stored_correction_seconds, -42);
    assert!(t.stored_correction_text.is_some());
    shell.send(Event::Troubleshooting(
        TroubleshootingEvent::ClearClockCorrection { now_ms: T0 },
    ));
    let Screen::Troubleshooting { view: t } = shell.view().screen else {
        panic!()
    };
    assert_eq!(t.stored_correction_seconds, 0);
    // No network time and no answering server: the error is shown, nothing else changes.
    shell.send(Event::Troubleshooting(TroubleshootingEvent::CheckClock {
        now_ms: T0,
    }));
    let request = shell.pending.network_time.take().unwrap();
    shell.send(Event::NetworkTimeUnavailable {
        request,
        now_ms: T0,
    });
    let Screen::Troubleshooting { view: t } = shell.view().screen else {
        panic!()
    };
    let e = t.error.unwrap();
    assert_eq!(e.code, "clock_failed");
    // In the phone's words: the server by name, no command-line advice.
    assert!(
        e.text
            .starts_with("The clock could not be checked: the time server ")
            && !e.text.contains("--"),
        "{}",
        e.text
    );
    assert_eq!(screen_name(&shell.view()), "Troubleshooting");
}

#[test]
fn the_doctor_says_matches_only_when_the_secret_was_compared() {
    let mut shell = Shell::unlocked();
    let id = shell.add_uri("motp://VPN:alice?secret=0123456789abcdef", AddPin::Ask);
    shell.send(Event::Navigate {
        to: Destination::Troubleshooting,
        now_ms: T0,
    });
    let secret_step = |shell: &mut Shell, admin: Option<&str>| {
        shell.send(Event::Troubleshooting(TroubleshootingEvent::RunDoctor {
            token_id: id.clone(),
            pin: None,
            code: None,
            admin_check_code: admin.map(str::to_owned),
            now_ms: T0,
        }));
        let Screen::Troubleshooting { view: t } = shell.view().screen else {
            panic!()
        };
        let d = t.doctor.expect("a report");
        d.steps
            .into_iter()
            .find(|s| s.kind == motp_app::DoctorStepKind::Secret)
            .unwrap()
    };
    // Nothing to compare with: nothing wrong, but no claim that it matches.
    let unproven = secret_step(&mut shell, None);
    assert_eq!(unproven.status, motp_app::DoctorStatusView::Ok);
    assert!(!unproven.text.contains("matches"), "{}", unproven.text);
    assert!(
        unproven.text.contains("not been compared"),
        "{}",
        unproven.text
    );
    // The administrator's check code of the same secret: now it matches.
    let check = motp_core::CheckCode::of(&motp_core::Secret::new("0123456789abcdef").unwrap());
    let proven = secret_step(&mut shell, Some(&check.to_string()));
    assert_eq!(proven.text, "The secret matches the server's copy.");
}
