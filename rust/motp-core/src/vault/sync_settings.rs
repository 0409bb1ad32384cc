//! The sync link as the settings keep it (data only, below the content; what it does is
//! `super::remote`).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::hlc::Stamp;

/// What the settings keep of a sync link.
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub(crate) struct SyncSettings {
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// The server's ETag of the copy last downloaded or uploaded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The latest change stamp in this vault when the server last held all of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub synced: Option<Stamp>,
    /// This vault's password slot's id at the last sync: another id now means the password
    /// was changed here, a change to upload though it stamps no token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_slot: Option<String>,
    /// The password slot the server's copy held at the last sync: uploaded in place of this
    /// vault's own while this device has not changed its password, so that a password changed
    /// on another device is never put back by this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_slot: Option<serde_json::Value>,
}

impl Drop for SyncSettings {
    fn drop(&mut self) {
        if let Some(p) = &mut self.password {
            zeroize::Zeroize::zeroize(p);
        }
    }
}

impl fmt::Debug for SyncSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SyncSettings")
            .field("url", &self.url)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field("etag", &self.etag)
            .field("synced", &self.synced)
            .field("password_slot", &self.password_slot)
            .finish()
    }
}
