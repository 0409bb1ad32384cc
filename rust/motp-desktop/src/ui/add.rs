//! Adding a token: from the screen, a picture (opened, pasted or dropped on the window), a
//! pasted link, a typed or a generated secret; then the preview, the PIN policy, the check for
//! duplicates.

use iced::Element;
use iced::widget::{column, row, text};
use motp_app::{AddEvent, AddStep, AddView, Event, Labels, PinPolicyChoice};

use super::common::{action, back, error, field, link, maybe, para, qr, send, tick_box, title};
use crate::forms::{FieldKey, Forms};
use crate::message::Message;

/// The PIN policies in the order of `AddView.pin_policy_labels`.
const POLICIES: [PinPolicyChoice; 3] = [
    PinPolicyChoice::Ask,
    PinPolicyChoice::AskWithTypoGuard,
    PinPolicyChoice::Remember,
];

/// The add screen, at its step.
pub(crate) fn add<'a>(
    v: &'a AddView,
    l: &'a Labels,
    f: &'a Forms,
    busy: bool,
    capture_problem: Option<&'a str>,
) -> Element<'a, Message> {
    let mut c = column![row![back(l), title(&v.title)].spacing(12)].spacing(12);
    c = match v.step {
        AddStep::Choose | AddStep::Scanning => choose(c, v, l, f, busy, capture_problem),
        AddStep::Preview => preview(c, v, l, busy),
        AddStep::PinPolicy => pin_policy(c, v, l, f, busy),
        AddStep::Confirm => c.push(summary(v)).push(action(
            &l.confirm_add,
            send(|now_ms| Event::Add(AddEvent::ConfirmAdd { now_ms })),
            !busy,
        )),
        AddStep::Duplicate => {
            for d in &v.duplicates {
                c = c.push(column![text(&d.name), text(&d.reason).size(13)]);
            }
            match &v.add_anyway_label {
                Some(label) => c.push(action(
                    label,
                    send(|now_ms| Event::Add(AddEvent::AddAnyway { now_ms })),
                    !busy,
                )),
                None => c,
            }
        }
    };
    c.push(error(v.error.as_ref())).into()
}

fn choose<'a>(
    mut c: iced::widget::Column<'a, Message>,
    v: &'a AddView,
    l: &'a Labels,
    f: &'a Forms,
    busy: bool,
    capture_problem: Option<&'a str>,
) -> iced::widget::Column<'a, Message> {
    c = c.push(
        row![
            action(&l.scan_screen, Message::ScanScreen, !busy),
            action(&l.choose_picture, Message::ChoosePicture, !busy),
            action(&l.paste_picture, Message::PastePicture, !busy),
        ]
        .spacing(8),
    );
    if let Some(reason) = capture_problem {
        c = c.push(
            column![
                text(&l.screen_capture_failed).style(text::danger),
                text(reason).size(13)
            ]
            .spacing(2),
        );
    }
    if let Some(scan) = &v.export_scan {
        c = c.push(para(&scan.progress));
        c = c.push(maybe(scan.other_export.as_ref()));
        c = c.push(action(
            &scan.import_label,
            send(|now_ms| Event::Add(AddEvent::ImportScannedCodes { now_ms })),
            !busy,
        ));
    }
    if v.step == AddStep::Scanning {
        c = c.push(para(&l.scanning_hint)).push(link(
            &l.stop_scanning,
            send(|now_ms| Event::Add(AddEvent::StopScanning { now_ms })),
        ));
    }
    let uri = f.secret(&FieldKey::Uri);
    c = c.push(field(&l.uri, FieldKey::Uri, f, true)).push(action(
        &l.add_from_uri,
        send(move |now_ms| {
            Event::Add(AddEvent::UriPasted {
                uri: uri.clone(),
                now_ms,
            })
        }),
        !busy,
    ));
    let issuer = f.optional(&FieldKey::Issuer);
    let account = f.text(&FieldKey::Account).trim().to_owned();
    let secret = f.secret(&FieldKey::Secret);
    let (gen_issuer, gen_account) = (issuer.clone(), account.clone());
    let long = f.toggle(&FieldKey::LongSecret);
    c.push(field(&l.issuer, FieldKey::Issuer, f, false))
        .push(field(&l.account, FieldKey::Account, f, false))
        .push(field(&l.secret, FieldKey::Secret, f, true))
        .push(
            row![
                action(
                    &l.add_typed_secret,
                    send(move |now_ms| {
                        Event::Add(AddEvent::ManualEntry {
                            issuer: issuer.clone(),
                            account: account.clone(),
                            secret: secret.clone(),
                            now_ms,
                        })
                    }),
                    !busy,
                ),
                action(
                    &l.generate_secret,
                    send(move |now_ms| {
                        Event::Add(AddEvent::GenerateSecret {
                            issuer: gen_issuer.clone(),
                            account: gen_account.clone(),
                            long,
                            now_ms,
                        })
                    }),
                    !busy,
                ),
                tick_box(&l.long_secret, FieldKey::LongSecret, f, false),
            ]
            .spacing(8)
            .align_y(iced::Alignment::Center),
        )
}

/// What is about to be added.
fn summary(v: &AddView) -> Element<'_, Message> {
    let Some(p) = &v.preview else {
        return column![].into();
    };
    let mut c = column![].spacing(4);
    if let Some(issuer) = &p.issuer {
        c = c.push(text(issuer).size(13));
    }
    c = c.push(text(&p.account).size(20));
    if let Some(kind) = &p.kind_text {
        c = c.push(text(kind));
    }
    for w in &p.warnings {
        c = c.push(text(w).style(text::warning));
    }
    c.into()
}

fn preview<'a>(
    c: iced::widget::Column<'a, Message>,
    v: &'a AddView,
    l: &'a Labels,
    busy: bool,
) -> iced::widget::Column<'a, Message> {
    let mut c = c.push(summary(v));
    if let Some(g) = &v.generated {
        c = c
            .push(
                text(g.grouped.expose())
                    .size(22)
                    .font(iced::Font::MONOSPACE),
            )
            .push(qr(&g.qr))
            .push(para(&g.instructions));
    }
    c.push(action(
        &l.next,
        send(|now_ms| Event::Add(AddEvent::PreviewAccepted { now_ms })),
        !busy,
    ))
}

fn pin_policy<'a>(
    c: iced::widget::Column<'a, Message>,
    v: &'a AddView,
    l: &'a Labels,
    f: &'a Forms,
    busy: bool,
) -> iced::widget::Column<'a, Message> {
    let chosen = f
        .text(&FieldKey::PinPolicy)
        .parse::<usize>()
        .ok()
        .and_then(|i| POLICIES.get(i).copied())
        .unwrap_or(v.pin_policy);
    let mut c = c.push(summary(v));
    for (i, label) in v.pin_policy_labels.iter().enumerate() {
        let Some(policy) = POLICIES.get(i).copied() else {
            continue;
        };
        // A button per choice (the chosen one filled), so each is found by its label.
        let style = if policy == chosen {
            iced::widget::button::primary
        } else {
            iced::widget::button::secondary
        };
        c = c.push(
            iced::widget::button(text(label))
                .style(style)
                .on_press(Message::Field(FieldKey::PinPolicy, i.to_string())),
        );
    }
    let pin = f.secret(&FieldKey::Pin);
    let needs_pin = chosen != PinPolicyChoice::Ask;
    if needs_pin {
        c = c.push(field(&l.pin, FieldKey::Pin, f, true));
    }
    c.push(action(
        &l.next,
        send(move |now_ms| {
            Event::Add(AddEvent::PinPolicyChosen {
                policy: chosen,
                pin: needs_pin.then(|| pin.clone()),
                keep_uri_pin: false,
                now_ms,
            })
        }),
        !busy,
    ))
}
