//! The trash: deleted tokens, restore or delete for good.

use iced::Element;
use iced::widget::{column, row, text};
use motp_app::{Event, Labels, TrashEvent, TrashView};

use super::common::{action, back, error, link, maybe, para, send, title};
use crate::message::Message;

/// The trash screen.
pub(crate) fn trash<'a>(v: &'a TrashView, l: &'a Labels, busy: bool) -> Element<'a, Message> {
    let mut c = column![
        row![back(l), title(&v.title)].spacing(12),
        para(&v.explanation),
        maybe(v.empty_text.as_ref()),
        error(v.error.as_ref()),
    ]
    .spacing(10);
    for r in &v.rows {
        let (restore_id, purge_id) = (r.id.clone(), r.id.clone());
        let mut name = column![];
        if let Some(issuer) = &r.issuer {
            name = name.push(text(issuer).size(13));
        }
        c = c.push(
            row![
                name.push(text(&r.account))
                    .push(text(&r.purge_text).size(13)),
                action(
                    &l.restore,
                    send(move |now_ms| Event::Trash(TrashEvent::Restore {
                        token_id: restore_id.clone(),
                        now_ms,
                    })),
                    !busy
                ),
                link(
                    &l.delete_for_good,
                    send(move |now_ms| Event::Trash(TrashEvent::DeleteForGood {
                        token_id: purge_id.clone(),
                        now_ms,
                    }))
                ),
            ]
            .spacing(12),
        );
    }
    c.into()
}
