//! The token list: search, groups, sort, rows with their codes and countdowns, PIN boxes for
//! mOTP tokens, copy, delete and undo, and the ways to the other screens.

use iced::Element;
use iced::widget::{column, pick_list, progress_bar, row, text, text_input};
use motp_app::{
    Destination, Event, Labels, ListEvent, ListView, SortChoice, TokenKindView, TokenRow, TokenSort,
};

use super::common::{action, link, maybe, send, title};
use crate::forms::{FieldKey, Forms};
use crate::message::Message;

/// A group filter choice: a group, or "All groups".
#[derive(Debug, Clone, PartialEq, Eq)]
struct GroupChoice {
    group: Option<String>,
    label: String,
}

impl std::fmt::Display for GroupChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

/// A sort menu choice.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Sort(SortChoice);

impl std::fmt::Display for Sort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.label)
    }
}

fn go(to: Destination) -> Message {
    send(move |now_ms| Event::Navigate {
        to: to.clone(),
        now_ms,
    })
}

/// The list screen.
pub(crate) fn list<'a>(
    v: &'a ListView,
    l: &'a Labels,
    f: &'a Forms,
    busy: bool,
) -> Element<'a, Message> {
    let mut bar = row![
        action(&l.add_token, go(Destination::Add), !busy),
        link(&l.backups, go(Destination::Backups)),
        link(&l.troubleshooting, go(Destination::Troubleshooting)),
        link(&l.settings, go(Destination::Settings)),
        link(&l.lock, send(|now_ms| Event::Lock { now_ms })),
    ]
    .spacing(8);
    if let Some(t) = &v.trash_link {
        bar = bar.push(link(t, go(Destination::Trash)));
    }
    let search = text_input(&l.search, &v.search)
        .id(FieldKey::Search.id())
        .on_input(|query| {
            send(move |now_ms| {
                Event::List(ListEvent::SearchChanged {
                    query: query.clone(),
                    now_ms,
                })
            })
        })
        .padding(6);
    let mut groups = vec![GroupChoice {
        group: None,
        label: l.all_groups.clone(),
    }];
    groups.extend(v.groups.iter().map(|g| GroupChoice {
        group: Some(g.clone()),
        label: g.clone(),
    }));
    let selected_group = groups.iter().find(|g| g.group == v.selected_group).cloned();
    let sorts: Vec<Sort> = v.sort_choices.iter().cloned().map(Sort).collect();
    let selected_sort = sorts.iter().find(|s| s.0.sort == v.sort).cloned();
    let mut filters = row![search].spacing(8);
    if !v.groups.is_empty() {
        filters = filters.push(pick_list(groups, selected_group, |g: GroupChoice| {
            send(move |now_ms| {
                Event::List(ListEvent::GroupSelected {
                    group: g.group.clone(),
                    now_ms,
                })
            })
        }));
    }
    filters = filters
        .push(text(&l.sort_by))
        .push(pick_list(sorts, selected_sort, |s: Sort| {
            let sort: TokenSort = s.0.sort;
            send(move |now_ms| Event::List(ListEvent::SortChosen { sort, now_ms }))
        }));
    let mut c = column![title(&v.title), bar, filters].spacing(12);
    for reminder in [
        &v.backup_reminder,
        &v.offer_device_key_enrolment,
        &v.password_changed,
    ]
    .into_iter()
    .flatten()
    {
        c = c.push(text(reminder).style(text::warning));
    }
    if let Some(u) = &v.undo {
        c = c.push(
            row![
                text(&u.text),
                action(
                    &l.undo,
                    send(|now_ms| Event::List(ListEvent::UndoDelete { now_ms })),
                    !busy
                ),
                link(
                    &l.dismiss,
                    super::common::send_now(Event::List(ListEvent::DismissUndo))
                ),
            ]
            .spacing(8),
        );
    }
    c = c.push(maybe(v.empty_text.as_ref()));
    for r in &v.rows {
        c = c.push(token_row(r, l, f, busy));
    }
    c.into()
}

/// One token: its name, its code (or the PIN box, or the dots), the countdown, its actions.
fn token_row<'a>(r: &'a TokenRow, l: &'a Labels, f: &'a Forms, busy: bool) -> Element<'a, Message> {
    let id = r.id.clone();
    let name = match &r.issuer {
        Some(issuer) => column![text(issuer).size(13), text(&r.account).size(18)],
        None => column![text(&r.account).size(18)],
    };
    let detail_id = id.clone();
    let open = iced::widget::button(name)
        .style(iced::widget::button::text)
        .on_press(send(move |now_ms| Event::Navigate {
            to: Destination::Detail {
                token_id: detail_id.clone(),
            },
            now_ms,
        }));
    let mut line = row![
        iced::widget::container(text(&r.icon.initials)).width(36),
        open
    ]
    .spacing(12)
    .align_y(iced::Alignment::Center);
    if let Some(code) = &r.code {
        let copy_id = id.clone();
        line = line.push(
            iced::widget::button(text(code).size(24).font(iced::Font::MONOSPACE))
                .style(iced::widget::button::text)
                .on_press(send(move |now_ms| {
                    Event::List(ListEvent::CopyCode {
                        token_id: copy_id.clone(),
                        now_ms,
                    })
                })),
        );
    } else if let Some(masked) = &r.masked_code {
        let reveal_id = id.clone();
        line = line.push(link(
            masked,
            send(move |now_ms| {
                Event::List(ListEvent::RevealCode {
                    token_id: reveal_id.clone(),
                    now_ms,
                })
            }),
        ));
    }
    // An mOTP row keeps its PIN box after a code shows, so a PIN the typo guard warns about
    // can be typed again (the core replaces the typed PIN).
    if r.kind == TokenKindView::Motp {
        let prompt = r.pin_prompt.as_ref().unwrap_or(&l.pin);
        let key = FieldKey::RowPin(r.id.clone());
        let pin = f.secret(&key);
        let pin_id = id.clone();
        let show = send(move |now_ms| {
            Event::List(ListEvent::PinEntered {
                token_id: pin_id.clone(),
                pin: pin.clone(),
                now_ms,
            })
        });
        line = line.push(
            text_input(prompt, f.text(&key))
                .id(key.id())
                .secure(true)
                .on_input(move |t| Message::Field(key.clone(), t))
                .on_submit(show.clone())
                .width(120)
                .padding(6),
        );
        line = line.push(action(&l.show_code, show, !busy));
    }
    if let Some(next) = &r.next_code_label {
        let next_id = id.clone();
        line = line.push(action(
            next,
            send(move |now_ms| {
                Event::List(ListEvent::NextHotpCode {
                    token_id: next_id.clone(),
                    now_ms,
                })
            }),
            !busy,
        ));
    }
    let delete_id = id.clone();
    line = line.push(link(
        &l.delete,
        send(move |now_ms| {
            Event::List(ListEvent::DeleteToken {
                token_id: delete_id.clone(),
                now_ms,
            })
        }),
    ));
    let mut c = column![line].spacing(4);
    if r.seconds_left > 0 {
        c = c.push(progress_bar(0.0..=1.0, 1.0 - r.progress).girth(4));
    }
    for t in [
        &r.seconds_left_text,
        &r.use_within,
        &r.upcoming,
        &r.unsupported,
    ]
    .into_iter()
    .flatten()
    {
        c = c.push(text(t).size(13).style(text::secondary));
    }
    if let Some(w) = &r.typo_warning {
        c = c.push(text(w).style(text::warning));
    }
    c.into()
}
