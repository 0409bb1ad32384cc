//! Troubleshooting: the clock check and its correction, the doctor for one token, the check code
//! to read to the administrator.

use iced::Element;
use iced::widget::{column, pick_list, row, text};
use motp_app::{Event, Labels, TokenChoice, TroubleshootingEvent, TroubleshootingView};

use super::common::{action, back, error, field, link, maybe, para, send, title};
use crate::forms::{FieldKey, Forms};
use crate::message::Message;

/// A token in the picker.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Choice(TokenChoice);

impl std::fmt::Display for Choice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.name)
    }
}

/// The troubleshooting screen.
pub(crate) fn troubleshooting<'a>(
    v: &'a TroubleshootingView,
    l: &'a Labels,
    f: &'a Forms,
    busy: bool,
) -> Element<'a, Message> {
    let mut c = column![
        row![back(l), title(&v.title)].spacing(12),
        maybe(v.stored_correction_text.as_ref()),
        row![
            action(
                &l.check_clock,
                send(|now_ms| Event::Troubleshooting(TroubleshootingEvent::CheckClock { now_ms })),
                !busy
            ),
            link(
                &l.clear_correction,
                send(
                    |now_ms| Event::Troubleshooting(TroubleshootingEvent::ClearClockCorrection {
                        now_ms
                    })
                )
            ),
        ]
        .spacing(8),
    ]
    .spacing(10);
    if let Some(clock) = &v.clock {
        c = c
            .push(para(&clock.summary))
            .push(para(&clock.advice))
            .push(text(&clock.source).size(13));
        if clock.can_apply {
            c = c.push(action(
                &l.apply_correction,
                send(|now_ms| {
                    Event::Troubleshooting(TroubleshootingEvent::ApplyClockCorrection { now_ms })
                }),
                !busy,
            ));
        }
    }
    // The doctor and the check code, for the chosen token (the first until one is chosen).
    let choices: Vec<Choice> = v.tokens.iter().cloned().map(Choice).collect();
    let chosen = choices
        .iter()
        .find(|t| t.0.id == f.text(&FieldKey::DoctorToken))
        .or(choices.first())
        .cloned();
    c = c
        .push(text(&l.doctor_token))
        .push(pick_list(choices, chosen.clone(), |t: Choice| {
            Message::Field(FieldKey::DoctorToken, t.0.id)
        }));
    c = c
        .push(field(&l.doctor_pin, FieldKey::Pin, f, true))
        .push(field(&l.doctor_code, FieldKey::DoctorCode, f, false))
        .push(field(
            &l.doctor_admin_check_code,
            FieldKey::DoctorCheckCode,
            f,
            false,
        ));
    if let Some(token) = chosen.map(|c| c.0.id) {
        let pin = f.optional(&FieldKey::Pin).map(motp_app::SecretText::new);
        let code = f.optional(&FieldKey::DoctorCode);
        let admin = f.optional(&FieldKey::DoctorCheckCode);
        let check_token = token.clone();
        c = c.push(
            row![
                action(
                    &l.run_doctor,
                    send(move |now_ms| {
                        Event::Troubleshooting(TroubleshootingEvent::RunDoctor {
                            token_id: token.clone(),
                            pin: pin.clone(),
                            code: code.clone(),
                            admin_check_code: admin.clone(),
                            now_ms,
                        })
                    }),
                    !busy
                ),
                link(
                    &l.show_check_code,
                    send(move |now_ms| {
                        Event::Troubleshooting(TroubleshootingEvent::ShowCheckCode {
                            token_id: check_token.clone(),
                            now_ms,
                        })
                    })
                ),
            ]
            .spacing(8),
        );
    }
    if let Some(check) = &v.check_code {
        c = c
            .push(text(&check.code).size(24).font(iced::Font::MONOSPACE))
            .push(para(&check.instructions));
    }
    if let Some(d) = &v.doctor {
        c = c
            .push(text(&d.verdict).size(20))
            .push(para(&d.detail))
            .push(para(&d.fix));
        for s in &d.steps {
            c = c.push(
                column![
                    text(&s.title).size(16),
                    para(&s.text),
                    text(&s.detail).size(13),
                    maybe(s.fix.as_ref())
                ]
                .spacing(2),
            );
        }
    }
    c.push(error(v.error.as_ref())).into()
}
