//! One token: edit its names, note, group, favourite and tolerance; reveal its secret and QR code
//! after the password; delete it (asked again).

use iced::Element;
use iced::widget::{column, row, text};
use motp_app::{DetailEvent, DetailView, Event, Labels, TokenEdit};

use super::common::{action, back, error, field, link, para, qr, send, send_now, tick_box, title};
use crate::forms::{FieldKey, Forms};
use crate::message::Message;

/// The typed value of a field, or the token's own when nothing was typed.
fn typed_or(f: &Forms, key: &FieldKey, current: Option<&String>) -> Option<String> {
    let typed = f.text(key);
    if typed.is_empty() {
        current.cloned()
    } else {
        Some(typed.trim().to_owned())
    }
}

/// The detail screen.
pub(crate) fn detail<'a>(
    v: &'a DetailView,
    l: &'a Labels,
    f: &'a Forms,
    busy: bool,
) -> Element<'a, Message> {
    let heading = v.issuer.as_deref().unwrap_or(&v.account);
    let id = v.token_id.clone();
    let edit = TokenEdit {
        issuer: typed_or(f, &FieldKey::Issuer, v.issuer.as_ref()),
        account: typed_or(f, &FieldKey::Account, Some(&v.account)),
        note: typed_or(f, &FieldKey::Note, v.note.as_ref()),
        group: typed_or(f, &FieldKey::Group, v.group.as_ref()),
        favourite: Some(if f.has_toggle(&FieldKey::Favourite) {
            f.toggle(&FieldKey::Favourite)
        } else {
            v.favourite
        }),
        tolerance_seconds: f.text(&FieldKey::Tolerance).trim().parse().ok(),
        ..TokenEdit::default()
    };
    let save_id = id.clone();
    let save = send(move |now_ms| {
        Event::Detail(DetailEvent::SaveEdit {
            token_id: save_id.clone(),
            edit: edit.clone(),
            now_ms,
        })
    });
    let mut c = column![
        row![back(l), title(heading)].spacing(12),
        field(&l.issuer, FieldKey::Issuer, f, false),
        field(&l.account, FieldKey::Account, f, false),
        field(&l.note, FieldKey::Note, f, false),
        field(&l.group, FieldKey::Group, f, false),
        field(&l.tolerance, FieldKey::Tolerance, f, false),
        tick_box(&l.favourite, FieldKey::Favourite, f, v.favourite),
        para(&v.pin_policy_text),
        row![
            text(&l.check_code),
            text(&v.check_code).font(iced::Font::MONOSPACE)
        ]
        .spacing(8),
    ]
    .spacing(10);
    for w in &v.secret_warnings {
        c = c.push(text(w).style(text::warning));
    }
    c = c.push(error(v.error.as_ref()));
    c = c.push(action(&l.save, save, !busy));
    match &v.revealed {
        Some(r) => {
            c = c
                .push(
                    text(r.grouped.expose())
                        .size(22)
                        .font(iced::Font::MONOSPACE),
                )
                .push(qr(&r.qr))
                .push(link(
                    &l.hide_secret,
                    send_now(Event::Detail(DetailEvent::HideSecret)),
                ));
        }
        None => {
            let password = f.secret(&FieldKey::Password);
            let reveal_id = id.clone();
            c = c
                .push(field(&l.password, FieldKey::Password, f, true))
                .push(action(
                    &l.reveal_secret,
                    send(move |now_ms| {
                        Event::Detail(DetailEvent::RevealSecret {
                            token_id: reveal_id.clone(),
                            password: password.clone(),
                            now_ms,
                        })
                    }),
                    !busy,
                ));
        }
    }
    // Earlier versions a sync replaced, each offered back.
    for version in &v.history {
        let (token, version_id) = (v.token_id.clone(), version.version_id.clone());
        c = c.push(
            row![
                para(&version.text),
                action(
                    &v.restore_label,
                    send(move |now_ms| {
                        Event::Detail(DetailEvent::RestoreVersion {
                            token_id: token.clone(),
                            version_id: version_id.clone(),
                            now_ms,
                        })
                    }),
                    !busy
                ),
            ]
            .spacing(8),
        );
    }
    match &v.confirm_delete {
        Some(question) => {
            let confirm_id = id.clone();
            c = c.push(para(question)).push(
                row![
                    action(
                        &l.delete,
                        send(move |now_ms| {
                            Event::Detail(DetailEvent::ConfirmDelete {
                                token_id: confirm_id.clone(),
                                now_ms,
                            })
                        }),
                        !busy
                    ),
                    link(
                        &l.cancel,
                        send_now(Event::Detail(DetailEvent::CancelDelete))
                    ),
                ]
                .spacing(8),
            );
        }
        None => {
            c = c.push(link(
                &l.delete,
                send(move |now_ms| {
                    Event::Detail(DetailEvent::DeleteToken {
                        token_id: id.clone(),
                        now_ms,
                    })
                }),
            ));
        }
    }
    c.into()
}
