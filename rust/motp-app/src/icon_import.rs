//! Icon packs on the settings screen: "Import icon pack" asks the shell for a file, a job
//! reads, checks and installs it beside the vault (motp-core's `icon_pack`), and the list
//! draws each token's picture from then on. The installed pack is read at start, in a job the
//! view does not wait for; it is not secret, so a lock keeps it.

use std::path::PathBuf;

use motp_core::icon_pack::STORE_DIR;
use motp_text::Arg;

use crate::app::App;
use crate::effect::Effect;
use crate::error::{Field, MessageArg, Result};
use crate::icon_shelf::{IconShelf, row_icon};
use crate::protocol::{Done, Work};
use crate::sensitive::SecretBytes;
use crate::session::{FileRequest, Page};
use crate::view::{NoticeKind, RowIcon};

impl App {
    /// The folder the icon pack is kept in: `icon-pack` beside the vault file.
    fn icon_store(&self) -> PathBuf {
        let vault = self.vault_path();
        vault
            .parent()
            .map_or_else(|| PathBuf::from(STORE_DIR), |dir| dir.join(STORE_DIR))
    }

    /// Reads the installed pack's index, without making the view busy.
    pub(crate) fn load_icons(&mut self, fx: &mut Vec<Effect>) {
        let store = self.icon_store();
        self.start_job(Work::LoadIcons { store }, false, fx);
    }

    /// "Import icon pack": asks the shell for the file.
    pub(crate) fn choose_icon_pack(&mut self, fx: &mut Vec<Effect>) -> Result<()> {
        if !matches!(self.session().map(|s| &s.page), Some(Page::Settings(_))) {
            return Err(self.not_available());
        }
        self.settings_error(None);
        let id = self.fresh_id();
        if let Some(s) = self.session_mut() {
            s.files.insert(id, FileRequest::IconPack);
        }
        fx.push(Effect::OpenFile {
            request: id,
            mime_types: vec!["application/zip".into(), "application/octet-stream".into()],
        });
        Ok(())
    }

    /// The chosen pack file: read, checked and installed in a job.
    pub(crate) fn icon_pack_opened(&mut self, bytes: SecretBytes, fx: &mut Vec<Effect>) {
        let store = self.icon_store();
        self.start_job(Work::ImportIconPack { bytes, store }, true, fx);
    }

    /// An icon job's result.
    pub(crate) fn icon_job_done(&mut self, done: Done, _fx: &mut Vec<Effect>) {
        match done {
            Done::IconsLoaded(Ok(index)) => self.icons = index.map(IconShelf::new),
            // A store we cannot read is as good as none: the list shows initials, and the
            // settings screen offers the import again, which replaces it.
            Done::IconsLoaded(Err(_)) => self.icons = None,
            Done::IconPackImported(Ok(index)) => {
                let count = index.icons.len();
                self.icons = Some(IconShelf::new(index));
                self.notify(
                    NoticeKind::Info,
                    "notice-icon-pack-imported",
                    &[MessageArg::new("count", count)],
                );
            }
            Done::IconPackImported(Err(e)) => {
                let err = self.core_error(&e, Some(Field::File));
                if matches!(self.session().map(|s| &s.page), Some(Page::Settings(_))) {
                    self.settings_error(Some(err));
                } else {
                    self.notify_error(&err);
                }
            }
            _ => {}
        }
    }

    /// The settings screen's line about the installed pack.
    pub(crate) fn icon_pack_summary(&self) -> String {
        match &self.icons {
            Some(shelf) => {
                let index = shelf.index();
                // The name and version are text even when they look like numbers.
                self.catalog.typed(
                    "settings-icon-pack",
                    &[
                        ("name", Arg::Text(index.name.clone())),
                        ("version", Arg::Text(index.version.to_string())),
                        ("count", Arg::Num(index.icons.len() as i64)),
                    ],
                )
            }
            None => self.catalog.plain("settings-no-icon-pack"),
        }
    }

    /// A list row's icon.
    pub(crate) fn row_icon(&self, issuer: Option<&str>, account: &str) -> RowIcon {
        row_icon(self.icons.as_ref(), issuer, account)
    }
}
