//! The vault's link to a WebDAV server: where (kept in the device's own settings, inside the
//! encryption, never uploaded), what was last exchanged (the server's ETag, and the latest
//! change stamp the server then held), and the copy that is uploaded.
//!
//! The uploaded copy is this vault without what belongs to this device: its key-store slots
//! (only the password slot travels), its `device` id, its settings (the server's own password
//! among them). Every device merges it by the master key they share (`super::merge`).

use super::envelope::{self, VaultFile};
use super::handle::Vault;
use super::hlc::Stamp;
use super::slots::Slot;
use super::sync_settings::SyncSettings;
use crate::error::Result;
use crate::sync::SyncTarget;

impl Vault {
    /// The server this vault is kept in step with, if one was set up.
    pub fn sync_target(&self) -> Option<Result<SyncTarget>> {
        let s = self.content().settings.sync.as_ref()?;
        Some(SyncTarget::new(
            &s.url,
            s.user.as_deref(),
            s.password.clone().map(zeroize::Zeroizing::new),
        ))
    }

    /// Links the vault to `target` (unsaved until the caller saves, like every edit). What was
    /// last exchanged with another server is forgotten.
    pub fn set_sync_target(&mut self, target: &SyncTarget) {
        self.settings_mut().sync = Some(SyncSettings {
            url: target.url().to_owned(),
            user: target.user().map(str::to_owned),
            password: target.password().map(|p| p.to_string()),
            etag: None,
            synced: None,
        });
    }

    /// Unlinks the vault from its server.
    pub fn remove_sync_target(&mut self) {
        self.settings_mut().sync = None;
    }

    /// The ETag of the server's copy as last exchanged.
    pub(crate) fn synced_etag(&self) -> Option<String> {
        self.content().settings.sync.as_ref()?.etag.clone()
    }

    /// Whether this vault changed since the server last held all of it.
    pub(crate) fn changed_since_sync(&self) -> bool {
        let synced = self
            .content()
            .settings
            .sync
            .as_ref()
            .and_then(|s| s.synced.clone());
        match (synced, self.content().latest_stamp()) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some(s), Some(latest)) => latest > s,
        }
    }

    /// The latest change stamp in this vault (what a copy sealed now holds).
    pub(crate) fn latest_stamp(&self) -> Option<Stamp> {
        self.content().latest_stamp()
    }

    /// Records that the server holds this vault up to the change stamped `latest`, as version
    /// `etag` (edits made since are still to be uploaded).
    pub(crate) fn record_synced(&mut self, etag: Option<String>, latest: Option<Stamp>) {
        if let Some(s) = self.settings_mut().sync.as_mut() {
            s.etag = etag;
            s.synced = latest;
        }
    }

    /// The copy to upload: this vault without this device's slots, id and settings.
    pub fn sync_copy(&self) -> Result<Vec<u8>> {
        let mut content = self.content().clone();
        content.settings = Default::default();
        content.trash.clear();
        content.header_extra.remove(super::unlock::DEVICE_MEMBER);
        let slots: Vec<Slot> = self
            .slots_held()
            .iter()
            .filter(|s| matches!(s, Slot::Password { .. }))
            .cloned()
            .collect();
        envelope::seal(&slots, self.master_key(), &content)
    }

    /// Whether a copy of this vault already holds everything this vault holds (its tokens and
    /// deletions are what merging this vault into it would give): then there is nothing to
    /// upload.
    pub(crate) fn holds_nothing_more_than(&self, copy: &[u8]) -> Result<bool> {
        let theirs = self.decrypt_copy(copy)?;
        let (merged, _) = super::merge::merge(&theirs, self.content());
        Ok(merged.tokens == theirs.tokens && merged.deleted == theirs.deleted)
    }

    /// Whether a copy's password slot differs from this vault's: the password was changed on
    /// another device (the copy still opens here, by the master key every copy shares).
    pub fn password_changed_in(&self, copy: &[u8]) -> Result<bool> {
        let file = VaultFile::parse(copy)?;
        let theirs: Vec<&Slot> = file
            .slots
            .iter()
            .filter(|s| matches!(s, Slot::Password { .. }))
            .collect();
        let ours: Vec<&Slot> = self
            .slots_held()
            .iter()
            .filter(|s| matches!(s, Slot::Password { .. }))
            .collect();
        Ok(!theirs.is_empty() && theirs != ours)
    }
}
