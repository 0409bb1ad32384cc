//! The pieces every screen draws with: a title, a labelled field, a button that sends a core
//! event, an error line, the notice, a QR code.

use iced::widget::{Column, Row, button, checkbox, column, container, row, text, text_input};
use iced::{Background, Border, Color, Element, Length, Theme};
use motp_app::{BusyView, Event, FieldError, Labels, Notice, NoticeKind, QrImage};

use crate::forms::{FieldKey, Forms};
use crate::message::{Message, Stamped};

/// A message that sends the core event `make` builds at the instant of the click.
pub(crate) fn send(make: impl Fn(i64) -> Event + Send + Sync + 'static) -> Message {
    Message::Send(Stamped::new(make))
}

/// A message that sends an event needing no instant.
pub(crate) fn send_now(e: Event) -> Message {
    Message::Send(Stamped::new(move |_| e.clone()))
}

/// A screen's title.
pub(crate) fn title(t: &str) -> Element<'_, Message> {
    text(t).size(26).into()
}

/// A paragraph.
pub(crate) fn para(t: &str) -> Element<'_, Message> {
    text(t).into()
}

/// A labelled text field bound to `key`; `secure` hides what is typed.
pub(crate) fn field<'a>(
    label: &'a str,
    key: FieldKey,
    f: &'a Forms,
    secure: bool,
) -> Element<'a, Message> {
    labelled_input(label, key, f, secure, None)
}

/// A hidden text field whose Enter key sends `submit` (the unlock password).
pub(crate) fn submit_field<'a>(
    label: &'a str,
    key: FieldKey,
    f: &'a Forms,
    submit: Message,
) -> Element<'a, Message> {
    labelled_input(label, key, f, true, Some(submit))
}

fn labelled_input<'a>(
    label: &'a str,
    key: FieldKey,
    f: &'a Forms,
    secure: bool,
    submit: Option<Message>,
) -> Element<'a, Message> {
    let id = key.id();
    let value = f.text(&key);
    column![
        text(label).size(14),
        text_input(label, value)
            .id(id)
            .secure(secure)
            .on_input(move |t| Message::Field(key.clone(), t))
            .on_submit_maybe(submit)
            .padding(6)
    ]
    .spacing(4)
    .into()
}

/// A check box bound to `key`, showing `default` until the user touches it.
pub(crate) fn tick_box<'a>(
    label: &'a str,
    key: FieldKey,
    f: &'a Forms,
    default: bool,
) -> Element<'a, Message> {
    let on = if f.has_toggle(&key) {
        f.toggle(&key)
    } else {
        default
    };
    checkbox(on)
        .label(label)
        .on_toggle(move |b| Message::Toggle(key.clone(), b))
        .into()
}

/// A button; disabled (no message) while `enabled` is false.
pub(crate) fn action(label: &str, message: Message, enabled: bool) -> Element<'_, Message> {
    button(text(label))
        .on_press_maybe(enabled.then_some(message))
        .padding([6, 12])
        .into()
}

/// A quieter button (navigation, secondary actions).
pub(crate) fn link(label: &str, message: Message) -> Element<'_, Message> {
    button(text(label))
        .on_press(message)
        .style(button::secondary)
        .padding([6, 12])
        .into()
}

/// An error under a field or above the main action.
pub(crate) fn error(e: Option<&FieldError>) -> Element<'_, Message> {
    match e {
        Some(e) => text(&e.text).style(text::danger).into(),
        None => column![].into(),
    }
}

/// A line of text when there is one.
pub(crate) fn maybe(t: Option<&String>) -> Element<'_, Message> {
    match t {
        Some(t) => text(t).into(),
        None => column![].into(),
    }
}

/// What is running.
pub(crate) fn busy(b: &BusyView) -> Element<'_, Message> {
    text(&b.text).style(text::secondary).into()
}

/// The notice on top, with its dismiss button.
pub(crate) fn notice<'a>(n: &'a Notice, l: &'a Labels) -> Element<'a, Message> {
    let line = text(&n.text);
    let line = match n.kind {
        NoticeKind::Error => line.style(text::danger),
        NoticeKind::Warning => line.style(text::warning),
        NoticeKind::Info => line,
    };
    row![line, link(&l.dismiss, send_now(Event::DismissNotice))]
        .spacing(12)
        .into()
}

/// Why the core refused the last action (its own localised sentence).
pub(crate) fn refusal(r: &str) -> Element<'_, Message> {
    text(r).style(text::danger).into()
}

/// A QR code, module by module, with its quiet zone, black on white whatever the theme.
pub(crate) fn qr(q: &QrImage) -> Element<'_, Message> {
    const MODULE: f32 = 5.0;
    let size = q.size as usize;
    let quiet = motp_core::qr::QUIET_ZONE as usize;
    let side = size + 2 * quiet;
    let modules = q.modules.expose();
    let mut grid = Column::new();
    for y in 0..side {
        let mut line = Row::new();
        for x in 0..side {
            let dark = x >= quiet
                && y >= quiet
                && x < quiet + size
                && y < quiet + size
                && modules
                    .get((y - quiet) * size + (x - quiet))
                    .is_some_and(|m| *m == 1);
            let colour = if dark { Color::BLACK } else { Color::WHITE };
            line = line.push(
                container(column![])
                    .width(Length::Fixed(MODULE))
                    .height(Length::Fixed(MODULE))
                    .style(move |_: &Theme| container::Style {
                        background: Some(Background::Color(colour)),
                        border: Border::default(),
                        ..container::Style::default()
                    }),
            );
        }
        grid = grid.push(line);
    }
    grid.into()
}

/// The back button every screen past the list has.
pub(crate) fn back(l: &Labels) -> Element<'_, Message> {
    link(&l.back, send(|now_ms| Event::Back { now_ms }))
}
