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
            password_slot: None,
            server_slot: None,
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

    /// Whether this vault changed since the server last held all of it: a later stamp, or
    /// another password.
    pub(crate) fn changed_since_sync(&self) -> bool {
        let Some(sync) = self.content().settings.sync.as_ref() else {
            return false;
        };
        let tokens = match (&sync.synced, self.content().latest_stamp()) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some(s), Some(latest)) => latest > *s,
        };
        tokens || self.password_changed_here()
    }

    /// The id of this vault's password slot.
    fn password_slot_id(&self) -> Option<String> {
        self.slots_held()
            .iter()
            .find(|s| matches!(s, Slot::Password { .. }))
            .map(|s| s.id().to_string())
    }

    /// The latest change stamp in this vault (what a copy sealed now holds).
    pub(crate) fn latest_stamp(&self) -> Option<Stamp> {
        self.content().latest_stamp()
    }

    /// Records that the server holds this vault up to the change stamped `latest`, as version
    /// `etag` (edits made since are still to be uploaded), with the password slot of `copy`
    /// (the copy the server now holds).
    pub(crate) fn record_synced(
        &mut self,
        etag: Option<String>,
        latest: Option<Stamp>,
        copy: &[u8],
    ) {
        let slot = self.password_slot_id();
        let server_slot = VaultFile::parse(copy).ok().and_then(|f| {
            f.slots
                .iter()
                .find(|s| matches!(s, Slot::Password { .. }))
                .map(Slot::to_value)
        });
        if let Some(s) = self.settings_mut().sync.as_mut() {
            s.password_slot = slot;
            s.etag = etag;
            s.synced = latest;
            if server_slot.is_some() {
                s.server_slot = server_slot;
            }
        }
    }

    /// The copy to upload: this vault without this device's slots, id and settings. Its
    /// password slot is this vault's when the password was changed here since the last sync
    /// (or no sync happened yet), else the one the server holds: a device that has not taken a
    /// password changed elsewhere (`adopt_password_from`) never puts its old one back.
    pub fn sync_copy(&self) -> Result<Vec<u8>> {
        let mut content = self.content().clone();
        content.settings = Default::default();
        content.trash.clear();
        content.header_extra.remove(super::unlock::DEVICE_MEMBER);
        let server_slot = self
            .content()
            .settings
            .sync
            .as_ref()
            .and_then(|s| s.server_slot.as_ref())
            .filter(|_| !self.password_changed_here())
            .and_then(|v| Slot::from_value(v).ok());
        let slots: Vec<Slot> = match server_slot {
            Some(slot) => vec![slot],
            None => self
                .slots_held()
                .iter()
                .filter(|s| matches!(s, Slot::Password { .. }))
                .cloned()
                .collect(),
        };
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

    /// Takes the password set on another device: `copy` (the server's copy) carries that
    /// device's password slot; if `password` opens it to this vault's own master key, this
    /// vault's password slot is replaced by it, so the new password opens this device's vault
    /// too (unsaved until the caller saves). A password that opens nothing is
    /// [`crate::Error::VaultWrongPassword`]; a copy of another vault is
    /// [`crate::Error::VaultNotThisOne`].
    pub fn adopt_password_from(
        &mut self,
        copy: &[u8],
        password: &super::crypto::Password,
    ) -> Result<()> {
        let file = VaultFile::parse(copy)?;
        for slot in file
            .slots
            .iter()
            .filter(|s| matches!(s, Slot::Password { .. }))
        {
            if self.adopt_slot(slot, password)? {
                return Ok(());
            }
        }
        Err(crate::Error::VaultWrongPassword)
    }

    /// Takes `slot` as this vault's password slot if `password` opens it to this vault's own
    /// master key; `false` if the password does not open it.
    fn adopt_slot(&mut self, slot: &Slot, password: &super::crypto::Password) -> Result<bool> {
        let Some(key) = slot.unwrap_password(password)? else {
            return Ok(false);
        };
        // Constant time, as every comparison of key material.
        if !bool::from(subtle::ConstantTimeEq::ct_eq(
            &key.bytes()[..],
            &self.master_key().bytes()[..],
        )) {
            return Err(crate::Error::VaultNotThisOne);
        }
        self.replace_password_slot(slot.clone());
        Ok(true)
    }

    /// The password slot the server's copy held at the last sync.
    fn recorded_server_slot(&self) -> Option<Slot> {
        let value = self
            .content()
            .settings
            .sync
            .as_ref()?
            .server_slot
            .as_ref()?;
        Slot::from_value(value).ok()
    }

    /// Whether the server's copy, as last synced, holds a password set on another device that
    /// this vault has not taken yet: the app then asks once for the new password
    /// ([`Vault::adopt_server_password`]). A device that changed its own password since is
    /// not asked (its password goes up with its next sync).
    pub fn server_password_pending(&self) -> bool {
        let Some(theirs) = self.recorded_server_slot() else {
            return false;
        };
        !self.password_changed_here() && !self.slots_held().contains(&theirs)
    }

    /// Takes the password set on another device, as the server's copy held it at the last
    /// sync (unsaved until the caller saves). A password that does not open it is
    /// [`crate::Error::VaultWrongPassword`]; nothing pending is [`crate::Error::SyncNotSetUp`]
    /// when no server is linked, and a no-op otherwise.
    pub fn adopt_server_password(&mut self, password: &super::crypto::Password) -> Result<()> {
        if self.content().settings.sync.is_none() {
            return Err(crate::Error::SyncNotSetUp);
        }
        if !self.server_password_pending() {
            return Ok(());
        }
        let slot = self
            .recorded_server_slot()
            .ok_or(crate::Error::SyncNotSetUp)?;
        if self.adopt_slot(&slot, password)? {
            Ok(())
        } else {
            Err(crate::Error::VaultWrongPassword)
        }
    }

    /// Whether a copy's password slot shows a password changed on another device: it is
    /// neither this vault's nor the one the server held at the last sync (this vault still
    /// opened it, by the master key every copy shares).
    pub fn password_changed_in(&self, copy: &[u8]) -> Result<bool> {
        let file = VaultFile::parse(copy)?;
        let Some(theirs) = file
            .slots
            .iter()
            .find(|s| matches!(s, Slot::Password { .. }))
        else {
            return Ok(false);
        };
        let ours = self.slots_held().iter().any(|s| s == theirs);
        let known = self
            .content()
            .settings
            .sync
            .as_ref()
            .and_then(|s| s.server_slot.as_ref())
            .is_some_and(|v| *v == theirs.to_value());
        Ok(!ours && !known)
    }

    /// Whether this vault's password was changed here since the last sync (then its own slot
    /// is uploaded).
    pub(crate) fn password_changed_here(&self) -> bool {
        self.content()
            .settings
            .sync
            .as_ref()
            .is_some_and(|s| s.password_slot != self.password_slot_id())
    }
}
