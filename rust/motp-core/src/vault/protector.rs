//! Platform key protectors: the Android Keystore, the iOS Keychain, a desktop key file.
//!
//! The apps implement [`KeyProtector`] through the FFI; the vault only sees opaque wrapped
//! bytes. The trait is object-safe and `Send + Sync` so a foreign object can stand behind it,
//! and every call is guarded: an `Err` or even a panic on the other side becomes a vault
//! error, never a crash.

use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};

use zeroize::Zeroizing;

use super::crypto::{self, KEY_LEN, NONCE_LEN};
use crate::error::{Error, Result};

/// Something that can wrap and unwrap the vault's master key with a key it keeps to itself
/// (hardware-backed where the platform has it).
pub trait KeyProtector: Send + Sync {
    /// A stable identifier stored in the slot, e.g. `android-keystore:motp-vault`; opening
    /// tries the slots whose identifier matches.
    fn id(&self) -> String;
    /// A human description for slot lists, e.g. "Pixel 8 (fingerprint)".
    fn label(&self) -> String;
    /// Encrypts the 32-byte master key. The result is stored as is.
    fn wrap(&self, key: &[u8]) -> std::result::Result<Vec<u8>, String>;
    /// Decrypts what [`KeyProtector::wrap`] returned.
    fn unwrap(&self, wrapped: &[u8]) -> std::result::Result<Zeroizing<Vec<u8>>, String>;
}

/// Calls `wrap`, turning an error or a panic into [`Error::VaultKeyStore`].
pub(crate) fn guarded_wrap(p: &dyn KeyProtector, key: &[u8]) -> Result<Vec<u8>> {
    match catch_unwind(AssertUnwindSafe(|| p.wrap(key))) {
        Ok(Ok(w)) if !w.is_empty() => Ok(w),
        Ok(Ok(_)) => Err(key_store("wrap", "it returned nothing".into())),
        Ok(Err(reason)) => Err(key_store("wrap", reason)),
        Err(_) => Err(key_store("wrap", "it failed unexpectedly".into())),
    }
}

/// Calls `unwrap`, turning an error, a panic or a key of the wrong length into
/// [`Error::VaultKeyStore`].
pub(crate) fn guarded_unwrap(p: &dyn KeyProtector, wrapped: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    match catch_unwind(AssertUnwindSafe(|| p.unwrap(wrapped))) {
        Ok(Ok(k)) if k.len() == KEY_LEN => Ok(k),
        Ok(Ok(_)) => Err(key_store(
            "unwrap",
            "it returned a key of the wrong length".into(),
        )),
        Ok(Err(reason)) => Err(key_store("unwrap", reason)),
        Err(_) => Err(key_store("unwrap", "it failed unexpectedly".into())),
    }
}

fn key_store(action: &str, reason: String) -> Error {
    Error::VaultKeyStore {
        action: action.into(),
        reason,
    }
}

/// A [`KeyProtector`] in software: XChaCha20-Poly1305 under a 256-bit key held in memory.
///
/// For tests, benchmarks and as the reference behaviour the platform implementations follow.
/// It adds no protection beyond where its key is kept.
pub struct SoftwareKeyProtector {
    id: String,
    label: String,
    key: Zeroizing<[u8; KEY_LEN]>,
}

impl SoftwareKeyProtector {
    /// A protector with a given key.
    pub fn new(id: &str, label: &str, key: [u8; KEY_LEN]) -> SoftwareKeyProtector {
        SoftwareKeyProtector {
            id: id.to_owned(),
            label: label.to_owned(),
            key: Zeroizing::new(key),
        }
    }

    /// A protector with a fresh random key.
    pub fn random(id: &str, label: &str) -> Result<SoftwareKeyProtector> {
        Ok(Self::new(id, label, crypto::random::<KEY_LEN>()?))
    }
}

impl fmt::Debug for SoftwareKeyProtector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SoftwareKeyProtector")
            .field("id", &self.id)
            .field("label", &self.label)
            .field("key", &"<redacted>")
            .finish()
    }
}

impl KeyProtector for SoftwareKeyProtector {
    fn id(&self) -> String {
        self.id.clone()
    }

    fn label(&self) -> String {
        self.label.clone()
    }

    fn wrap(&self, key: &[u8]) -> std::result::Result<Vec<u8>, String> {
        let nonce = crypto::random::<NONCE_LEN>().map_err(|e| e.to_string())?;
        let ct = crypto::seal(
            &self.key,
            Zeroizing::new(key.to_vec()),
            &nonce,
            self.id.as_bytes(),
        )
        .map_err(|e| e.to_string())?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ct);
        Ok(out)
    }

    fn unwrap(&self, wrapped: &[u8]) -> std::result::Result<Zeroizing<Vec<u8>>, String> {
        let (nonce, ct) = wrapped
            .split_first_chunk::<NONCE_LEN>()
            .ok_or("the wrapped key is too short")?;
        crypto::open(&self.key, nonce, ct, self.id.as_bytes())
            .ok_or_else(|| "this key does not unwrap it (wrong device key or damaged)".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Panicky;
    impl KeyProtector for Panicky {
        fn id(&self) -> String {
            "panicky".into()
        }
        fn label(&self) -> String {
            "panics".into()
        }
        fn wrap(&self, _: &[u8]) -> std::result::Result<Vec<u8>, String> {
            panic!("foreign exception")
        }
        fn unwrap(&self, _: &[u8]) -> std::result::Result<Zeroizing<Vec<u8>>, String> {
            Ok(Zeroizing::new(vec![1, 2, 3]))
        }
    }

    #[test]
    fn failures_become_errors() {
        let p = Panicky;
        assert!(matches!(
            guarded_wrap(&p, &[0; 32]),
            Err(Error::VaultKeyStore { .. })
        ));
        assert!(matches!(
            guarded_unwrap(&p, &[0; 32]),
            Err(Error::VaultKeyStore { .. })
        ));
    }

    #[test]
    fn software_round_trip() {
        let p = SoftwareKeyProtector::random("test", "Test key").unwrap();
        let w = guarded_wrap(&p, &[7; 32]).unwrap();
        assert_eq!(&**guarded_unwrap(&p, &w).unwrap(), &[7; 32]);
        let other = SoftwareKeyProtector::random("test", "Other").unwrap();
        assert!(guarded_unwrap(&other, &w).is_err());
        assert!(!format!("{p:?}").contains("key: ["));
    }
}
