//! The OS services the effects need, each behind a trait so the window runs with the real ones
//! (`os`) and the headless tests with theirs where no desktop exists (a file the test "chose",
//! a key store in memory): the core, the renderer, the vault and the loop stay the real ones.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::picture::GreyPlane;

/// The system clipboard.
pub trait Clipboard: Send {
    /// Puts text on it; `sensitive` asks clipboard managers to keep it out of their history
    /// where the platform has such a hint.
    fn set_text(&mut self, text: &str, sensitive: bool) -> Result<(), String>;
    /// Clears it if it still holds `expected` (the code we put there, not something copied
    /// since).
    fn clear_if_still(&mut self, expected: &str);
    /// The picture on it, as grey, if it holds one.
    fn picture(&mut self) -> Result<Option<GreyPlane>, String>;
}

/// The native open and save dialogs.
pub trait Dialogs: Send + Sync {
    /// A file to open, offering these extensions (empty: any file); `None` when cancelled.
    fn open_file(&self, extensions: &[&str]) -> Option<PathBuf>;
    /// Where to save a file suggested as `name`; `None` when cancelled.
    fn save_file(&self, name: &str) -> Option<PathBuf>;
    /// A folder; `None` when cancelled.
    fn pick_folder(&self) -> Option<PathBuf>;
}

/// Why the key store did not answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyStoreError {
    /// The user dismissed the key store's own prompt (a locked keyring's password).
    Cancelled,
    /// Another failure, in the platform's words (never a secret).
    Failed(String),
}

/// The OS keyring: small secrets stored under a name, released to this user's session.
pub trait KeyStore: Send + Sync {
    /// The secret stored under `name`, `None` when there is none.
    fn get(&self, name: &str) -> Result<Option<Vec<u8>>, KeyStoreError>;
    /// Stores `secret` under `name`, replacing any.
    fn set(&self, name: &str, secret: &[u8]) -> Result<(), KeyStoreError>;
    /// Deletes what `name` holds (nothing there is fine).
    fn delete(&self, name: &str) -> Result<(), KeyStoreError>;
}

/// Capturing what the displays show.
pub trait Capture: Send + Sync {
    /// Every display, as grey.
    fn displays(&self) -> Result<Vec<GreyPlane>, String>;
}

/// The services, shared with the worker threads that use them.
#[derive(Clone)]
pub struct Platform {
    /// The clipboard (one owner: on X11 the copied text lives as long as its owner).
    pub clipboard: Arc<Mutex<dyn Clipboard>>,
    /// The dialogs.
    pub dialogs: Arc<dyn Dialogs>,
    /// The keyring; `None` when this computer has none (no device key offered then).
    pub keys: Option<Arc<dyn KeyStore>>,
    /// Screen capture.
    pub capture: Arc<dyn Capture>,
}

impl std::fmt::Debug for Platform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Platform")
            .field("keys", &self.keys.is_some())
            .finish_non_exhaustive()
    }
}
