//! Deleting with undo, and the trash screen: a deleted token goes to the vault's trash
//! (motp-core's `deleted_tokens`, encrypted, kept 30 days); the list offers "Undo" for the last
//! deletion, and the trash lists every deleted token with "Restore" and "Delete for good".
//! Every save purges entries past 30 days, and so does unlocking a vault that holds one.

use motp_core::vault::{TRASH_KEEP_MS, TokenId};
use motp_text::args;

use crate::app::App;
use crate::effect::Effect;
use crate::error::{ErrorCode, Result};
use crate::event::TrashEvent;
use crate::list::UNDO_MS;
use crate::protocol::Change;
use crate::session::{Page, Session, TrashState, Undo};
use crate::view::{TrashRow, TrashView};

const DAY_MS: i64 = 86_400_000;

impl App {
    /// The trash screen's events.
    pub(crate) fn handle_trash(&mut self, event: TrashEvent, fx: &mut Vec<Effect>) -> Result<()> {
        if !matches!(self.session().map(|s| &s.page), Some(Page::Trash(_))) {
            return Err(self.not_available());
        }
        match event {
            TrashEvent::Restore { token_id, .. } => {
                let id = self.trashed_id(&token_id)?;
                self.commit(Change::Restore(id), fx)
            }
            TrashEvent::DeleteForGood { token_id, .. } => {
                let id = self.trashed_id(&token_id)?;
                self.commit(Change::DeleteForGood(id), fx)
            }
        }
    }

    /// "Undo" on the list: the last deleted token comes back (while the banner shows).
    pub(crate) fn undo_delete(&mut self, fx: &mut Vec<Effect>) -> Result<()> {
        let now = self.now_ms;
        let undo = self
            .session()
            .and_then(|s| s.undo.clone())
            .filter(|u| now < u.until_ms);
        let Some(undo) = undo else {
            return Err(self.not_available());
        };
        self.commit(Change::Restore(undo.id), fx)?;
        if let Some(s) = self.session_mut() {
            s.undo = None;
        }
        Ok(())
    }

    /// A token is in the trash: back to the list, with "Undo".
    pub(crate) fn trashed(&mut self, id: TokenId) {
        let now = self.now_ms;
        let Some(s) = self.session_mut() else { return };
        let name = s
            .trash
            .iter()
            .find(|t| t.token.id == id)
            .map(|t| match &t.token.issuer {
                Some(i) => format!("{i} {}", t.token.account),
                None => t.token.account.clone(),
            })
            .unwrap_or_default();
        s.pins.remove(&id);
        s.revealed.remove(&id);
        s.undo = Some(Undo {
            id,
            name,
            until_ms: now + UNDO_MS,
        });
        if matches!(&s.page, Page::Detail(d) if d.id == id) {
            s.page = Page::List;
        }
    }

    /// After unlocking: a trash holding entries past 30 days is purged at once (one save).
    pub(crate) fn purge_trash_after_open(&mut self, fx: &mut Vec<Effect>) {
        let now = self.now_ms;
        let due = self
            .session()
            .and_then(|s| s.vault.as_ref())
            .is_some_and(|v| v.trash_needs_purge(now));
        if due {
            // Refused only while another save is out; the next save purges then.
            let _ = self.commit(Change::PurgeTrash, fx);
        }
    }

    /// The deleted token a view's id names.
    fn trashed_id(&self, key: &str) -> Result<TokenId> {
        let unknown = || self.error(ErrorCode::UnknownToken, None, Vec::new());
        let id = TokenId::parse(key).map_err(|_| unknown())?;
        match self
            .session()
            .is_some_and(|s| s.trash.iter().any(|t| t.token.id == id))
        {
            true => Ok(id),
            false => Err(unknown()),
        }
    }

    pub(crate) fn trash_view(&self, s: &Session, t: &TrashState, now_ms: i64) -> TrashView {
        let rows: Vec<TrashRow> = s
            .trash
            .iter()
            // Past 30 days an entry is gone, whether or not a save purged it yet.
            .filter(|e| now_ms < e.purge_at_ms)
            .map(|e| {
                let days = (e.purge_at_ms - now_ms + DAY_MS - 1) / DAY_MS;
                TrashRow {
                    id: e.token.id.to_string(),
                    issuer: e.token.issuer.clone(),
                    account: e.token.account.clone(),
                    purge_text: self
                        .catalog
                        .text("trash-purge-in", &args([("days", days.to_string())])),
                }
            })
            .collect();
        TrashView {
            title: self.catalog.plain("trash-title"),
            explanation: self.catalog.text(
                "trash-explanation",
                &args([("days", (TRASH_KEEP_MS / DAY_MS).to_string())]),
            ),
            empty_text: rows.is_empty().then(|| self.catalog.plain("trash-empty")),
            rows,
            error: self.field_error(t.error.as_ref()),
        }
    }
}
