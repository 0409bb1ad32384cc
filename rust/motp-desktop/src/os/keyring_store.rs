//! The OS keyring through the `keyring` crate: the Secret Service (GNOME Keyring, KWallet) on
//! Linux over D-Bus in pure Rust, the Keychain on macOS, the Credential Manager on Windows.

use crate::platform::{KeyStore, KeyStoreError};

/// The service name entries are stored under (the user part is the entry's name).
const SERVICE: &str = "motp-desktop";

/// The OS keyring.
#[derive(Debug, Clone, Copy)]
pub struct OsKeyring;

impl OsKeyring {
    /// The keyring, if this session has one (on Linux: a Secret Service on the session bus).
    pub fn open() -> Option<OsKeyring> {
        keyring::Entry::store_status().is_ok().then_some(OsKeyring)
    }

    fn entry(name: &str) -> Result<keyring::Entry, KeyStoreError> {
        keyring::Entry::new(SERVICE, name).map_err(failed)
    }
}

fn failed(e: keyring::Error) -> KeyStoreError {
    match e {
        // The Secret Service's unlock prompt was dismissed: a locked keyring stays locked.
        keyring::Error::NoStorageAccess(_) => KeyStoreError::Cancelled,
        other => KeyStoreError::Failed(other.to_string()),
    }
}

impl KeyStore for OsKeyring {
    fn get(&self, name: &str) -> Result<Option<Vec<u8>>, KeyStoreError> {
        match OsKeyring::entry(name)?.get_secret() {
            Ok(secret) => Ok(Some(secret)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(failed(e)),
        }
    }

    fn set(&self, name: &str, secret: &[u8]) -> Result<(), KeyStoreError> {
        OsKeyring::entry(name)?.set_secret(secret).map_err(failed)
    }

    fn delete(&self, name: &str) -> Result<(), KeyStoreError> {
        match OsKeyring::entry(name)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(failed(e)),
        }
    }
}
