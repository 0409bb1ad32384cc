//! The real OS services behind [`Platform`]: the clipboard (`arboard`), native dialogs (`rfd`),
//! the OS keyring (`keyring`: Secret Service, Keychain, Credential Manager) and screen capture.

mod capture;
mod clipboard;
mod dialogs;
mod keyring_store;
#[cfg(all(unix, not(target_os = "macos")))]
pub mod session_lock;

pub use capture::ScreenCapture;
pub use clipboard::SystemClipboard;
pub use dialogs::NativeDialogs;
pub use keyring_store::OsKeyring;

use std::sync::{Arc, Mutex};

use crate::platform::{Clipboard, KeyStore, Platform};

/// The services of the computer the window runs on. A clipboard that cannot be opened (no
/// display) is one that fails each use with the platform's reason; a computer without a
/// keyring offers no device key.
pub fn platform() -> Platform {
    let clipboard: Arc<Mutex<dyn Clipboard>> = Arc::new(Mutex::new(SystemClipboard::open()));
    let keys: Option<Arc<dyn KeyStore>> = OsKeyring::open().map(|k| Arc::new(k) as _);
    Platform {
        clipboard,
        dialogs: Arc::new(NativeDialogs),
        keys,
        capture: Arc::new(ScreenCapture),
    }
}
