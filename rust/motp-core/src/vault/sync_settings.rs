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
            .finish()
    }
}
