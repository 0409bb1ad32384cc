//! The platform key store, implemented by the apps: Android Keystore (AES-GCM key that never
//! leaves the secure hardware), iOS Keychain / Secure Enclave.
//!
//! The apps implement [`KeyProtector`]; [`ForeignProtector`] adapts it to the core's trait.
//! Whatever the app throws becomes a vault error — never a panic across the boundary.

use std::sync::Arc;

use zeroize::Zeroizing;

/// What a key store failure says, in the app's words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum KeyProtectorError {
    /// The key store refused or failed (key invalidated, user cancelled biometrics…).
    #[error("{reason}")]
    Failed { reason: String },
}

impl From<uniffi::UnexpectedUniFFICallbackError> for KeyProtectorError {
    fn from(e: uniffi::UnexpectedUniFFICallbackError) -> Self {
        KeyProtectorError::Failed { reason: e.reason }
    }
}

/// A platform key store that wraps and unwraps the vault's 32-byte master key with a key it
/// keeps to itself. Implemented in Kotlin or Swift.
#[uniffi::export(foreign)]
pub trait KeyProtector: Send + Sync {
    /// A stable identifier stored in the vault's slot, e.g. `android-keystore:motp-vault`.
    fn id(&self) -> String;
    /// A human description for slot lists, e.g. "Pixel 8 (fingerprint)".
    fn label(&self) -> String;
    /// Encrypts the master key; the result is stored in the vault as is.
    fn wrap(&self, key: Vec<u8>) -> Result<Vec<u8>, KeyProtectorError>;
    /// Decrypts what `wrap` returned.
    fn unwrap(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyProtectorError>;
}

/// Adapts a foreign [`KeyProtector`] to `motp_core::vault::KeyProtector`.
pub(crate) struct ForeignProtector(pub Arc<dyn KeyProtector>);

impl motp_core::vault::KeyProtector for ForeignProtector {
    fn id(&self) -> String {
        self.0.id()
    }

    fn label(&self) -> String {
        self.0.label()
    }

    fn wrap(&self, key: &[u8]) -> Result<Vec<u8>, String> {
        self.0.wrap(key.to_vec()).map_err(|e| e.to_string())
    }

    fn unwrap(&self, wrapped: &[u8]) -> Result<Zeroizing<Vec<u8>>, String> {
        self.0
            .unwrap(wrapped.to_vec())
            .map(Zeroizing::new)
            .map_err(|e| e.to_string())
    }
}
