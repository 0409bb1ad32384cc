//! Drawing the core's view: one module per screen, each a function of its view record, the
//! labels and the typed fields. No word is written here: every text comes from the view or its
//! labels (a test reads these files and fails on any string literal).

mod add;
mod backups;
mod common;
mod detail;
mod doors;
mod list;
mod settings;
mod trash;
mod troubleshooting;

use iced::Element;
use iced::widget::{column, container, scrollable};
use motp_app::{AppView, Screen};

use crate::forms::Forms;
use crate::message::Message;

/// The whole window: what is running, the notice, the screen.
pub(crate) fn draw<'a>(
    v: &'a AppView,
    f: &'a Forms,
    refusal: Option<&'a str>,
    capture_problem: Option<&'a str>,
) -> Element<'a, Message> {
    let l = &v.labels;
    let busy = v.busy.is_some();
    let screen: Element<'a, Message> = match &v.screen {
        Screen::Starting => column![].into(),
        Screen::FirstRun { view } => doors::first_run(view, l, f, busy),
        Screen::Unlock { view } => doors::unlock(view, l, f, busy),
        Screen::List { view } => list::list(view, l, f, busy),
        Screen::Add { view } => add::add(view, l, f, busy, capture_problem),
        Screen::Detail { view } => detail::detail(view, l, f, busy),
        Screen::Backups { view } => backups::backups(view, l, f, busy),
        Screen::Troubleshooting { view } => troubleshooting::troubleshooting(view, l, f, busy),
        Screen::Settings { view } => settings::settings(view, l, f, busy),
        Screen::Trash { view } => trash::trash(view, l, busy),
    };
    let mut page = column![].spacing(12).padding(20);
    if let Some(b) = &v.busy {
        page = page.push(common::busy(b));
    }
    if let Some(n) = &v.notice {
        page = page.push(common::notice(n, l));
    }
    if let Some(r) = refusal {
        page = page.push(common::refusal(r));
    }
    page = page.push(screen);
    container(scrollable(page)).into()
}
