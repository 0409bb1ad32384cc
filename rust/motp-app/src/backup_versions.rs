//! Versioned automatic backups on the phones: each automatic backup is written under its time
//! (`motp_core::vault::backup_name`), the folder is then listed and the versions past keeping
//! (the last 10 and one a day for 30 days stay) are deleted; "Restore" lists the versions with
//! their token counts, and merges the chosen one in or — after a confirmation — puts the vault
//! back as it held it. The folder is the user's (Android's Storage Access Framework, iOS's
//! security-scoped folder): the shell lists, reads and deletes in it; what to delete and what a
//! version holds is decided here and in the engine.

use motp_core::vault::{backup_name, backup_time, backup_time_text, backups_to_remove};

use crate::app::App;
use crate::effect::Effect;
use crate::error::{MessageArg, Result};
use crate::protocol::Change;
use crate::sensitive::SecretBytes;
use crate::session::{BackupVersion, FileRequest, Page};
use crate::view::{BackupVersionView, NoticeKind};

impl App {
    /// The name the automatic backup made now is written under.
    pub(crate) fn auto_backup_name(&self) -> String {
        backup_name(self.now_ms)
    }

    /// A request to the backups' folder, remembered so its answer goes where it belongs.
    fn folder_request(&mut self, what: FileRequest) -> Option<(u64, String)> {
        let folder = self.config.settings.backup_folder.clone()?;
        let id = self.fresh_id();
        self.session_mut()?.files.insert(id, what);
        Some((id, folder))
    }

    /// After an automatic backup: list the folder to remove versions past keeping.
    pub(crate) fn rotate_backups(&mut self, fx: &mut Vec<Effect>) {
        if let Some((request, folder)) = self.folder_request(FileRequest::RotateBackups) {
            fx.push(Effect::ListFolder { request, folder });
        }
    }

    /// "Restore an automatic backup": list the versions.
    pub(crate) fn show_backup_versions(&mut self, fx: &mut Vec<Effect>) -> Result<()> {
        let Some((request, folder)) = self.folder_request(FileRequest::ListVersions) else {
            return Err(self.not_available());
        };
        fx.push(Effect::ListFolder { request, folder });
        Ok(())
    }

    /// The folder's files: versions past keeping deleted, or the versions shown and each read
    /// for its token count.
    pub(crate) fn folder_listed(
        &mut self,
        what: FileRequest,
        file_names: Vec<String>,
        fx: &mut Vec<Effect>,
    ) {
        let Some(folder) = self.config.settings.backup_folder.clone() else {
            return;
        };
        match what {
            FileRequest::RotateBackups => {
                let gone = backups_to_remove(&file_names, self.now_ms);
                if !gone.is_empty() {
                    fx.push(Effect::DeleteFromFolder {
                        folder,
                        file_names: gone,
                    });
                }
            }
            FileRequest::ListVersions => {
                let mut versions: Vec<BackupVersion> = file_names
                    .into_iter()
                    .filter_map(|file_name| {
                        backup_time(&file_name).map(|at_ms| BackupVersion {
                            file_name,
                            at_ms,
                            tokens: None,
                        })
                    })
                    .collect();
                versions.sort_by_key(|v| std::cmp::Reverse(v.at_ms));
                for v in &versions {
                    if let Some((request, folder)) =
                        self.folder_request(FileRequest::CountVersion(v.file_name.clone()))
                    {
                        fx.push(Effect::ReadFromFolder {
                            request,
                            folder,
                            file_name: v.file_name.clone(),
                        });
                    }
                }
                if let Some(Page::Backups(b)) = self.session_mut().map(|s| &mut s.page) {
                    b.versions = Some(versions);
                }
            }
            _ => {}
        }
    }

    /// A version read: counted, or merged in / restored.
    pub(crate) fn version_read(
        &mut self,
        what: FileRequest,
        bytes: Option<SecretBytes>,
        fx: &mut Vec<Effect>,
    ) -> Result<()> {
        match what {
            FileRequest::CountVersion(name) => {
                let count = bytes.and_then(|b| {
                    let vault = self.session()?.vault.as_ref()?;
                    Some(vault.copy_token_count(b.expose()).map_err(|_| ()))
                });
                if let Some(Page::Backups(b)) = self.session_mut().map(|s| &mut s.page)
                    && let Some(v) = b
                        .versions
                        .as_mut()
                        .and_then(|vs| vs.iter_mut().find(|v| v.file_name == name))
                {
                    v.tokens = Some(count.unwrap_or(Err(())));
                }
                Ok(())
            }
            FileRequest::TakeVersion(_, restore) => match bytes {
                Some(bytes) => self.commit(Change::TakeBackup(bytes, restore), fx),
                None => Ok(()),
            },
            _ => Ok(()),
        }
    }

    /// Merge a version in, or (`restore`, confirmed) put the vault back as it held it: the
    /// version is read first.
    pub(crate) fn take_backup_version(
        &mut self,
        file_name: String,
        restore: bool,
        fx: &mut Vec<Effect>,
    ) -> Result<()> {
        self.require_idle()?;
        if backup_time(&file_name).is_none() {
            return Err(self.not_available());
        }
        let Some((request, folder)) =
            self.folder_request(FileRequest::TakeVersion(file_name.clone(), restore))
        else {
            return Err(self.not_available());
        };
        fx.push(Effect::ReadFromFolder {
            request,
            folder,
            file_name,
        });
        Ok(())
    }

    /// "Restore as it was" asked: the confirmation first.
    pub(crate) fn ask_restore_version(&mut self, file_name: String) -> Result<()> {
        if backup_time(&file_name).is_none() {
            return Err(self.not_available());
        }
        if let Some(Page::Backups(b)) = self.session_mut().map(|s| &mut s.page) {
            b.confirm_restore = Some(file_name);
        }
        Ok(())
    }

    /// The confirmation answered.
    pub(crate) fn answer_restore_version(
        &mut self,
        confirmed: bool,
        fx: &mut Vec<Effect>,
    ) -> Result<()> {
        let name = match self.session_mut().map(|s| &mut s.page) {
            Some(Page::Backups(b)) => b.confirm_restore.take(),
            _ => None,
        };
        match (confirmed, name) {
            (true, Some(name)) => self.take_backup_version(name, true, fx),
            _ => Ok(()),
        }
    }

    /// A version was merged in or restored: what it changed, on top of the screen.
    pub(crate) fn backup_taken(&mut self, report: motp_core::vault::MergeReport) {
        self.notify(
            NoticeKind::Info,
            "notice-backup-taken",
            &[
                MessageArg::new("added", report.added),
                MessageArg::new("changed", report.changed),
                MessageArg::new("removed", report.removed),
            ],
        );
    }

    /// The versions as the backups screen lists them.
    pub(crate) fn backup_versions_view(
        &self,
        versions: &[BackupVersion],
    ) -> Vec<BackupVersionView> {
        versions
            .iter()
            .map(|v| {
                let tokens = match v.tokens {
                    None => self.catalog.plain("backup-version-reading"),
                    Some(Ok(n)) => self
                        .catalog
                        .typed("backup-version-tokens", &[("count", (n as i64).into())]),
                    Some(Err(())) => self.catalog.plain("backup-version-unreadable"),
                };
                BackupVersionView {
                    file_name: v.file_name.clone(),
                    text: self.catalog.text(
                        "backup-version",
                        &[
                            MessageArg::new("time", backup_time_text(v.at_ms)),
                            MessageArg::new("tokens", tokens),
                        ],
                    ),
                    readable: matches!(v.tokens, Some(Ok(_))),
                }
            })
            .collect()
    }
}
