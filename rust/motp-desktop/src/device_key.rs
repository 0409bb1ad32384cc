//! "Remember on this computer": the core's device key. The vault key is wrapped (sealed with
//! ChaCha20-Poly1305) by a random 256-bit key kept in the OS keyring; the wrapped bytes live
//! in the vault's device slot, the wrapping key never leaves the keyring but to unwrap. So the
//! vault file alone opens nothing, and deleting the keyring entry (or a keyring reset) turns
//! the device key off for good — the core's "invalidated", answered by unlocking with the
//! password and enrolling again.

use std::sync::Arc;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use motp_app::SecretBytes;
use zeroize::Zeroizing;

use crate::platform::{KeyStore, KeyStoreError};

/// The wrapped key's layout version (first byte).
const VERSION: u8 = 1;
const NONCE_LEN: usize = 12;

/// Why the device key could not be used, as the core's answers name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeviceKeyError {
    /// The user dismissed the keyring's prompt (`DeviceKeyCancelled`).
    Cancelled,
    /// The wrapping key is gone or is another one (`DeviceKeyInvalidated`).
    Invalidated,
    /// Anything else, in the platform's words (`DeviceKeyFailed`).
    Failed(String),
}

impl From<KeyStoreError> for DeviceKeyError {
    fn from(e: KeyStoreError) -> DeviceKeyError {
        match e {
            KeyStoreError::Cancelled => DeviceKeyError::Cancelled,
            KeyStoreError::Failed(reason) => DeviceKeyError::Failed(reason),
        }
    }
}

/// Wraps and unwraps vault keys with a key held by a [`KeyStore`].
#[derive(Clone)]
pub struct DeviceKeyStore {
    keys: Arc<dyn KeyStore>,
}

impl std::fmt::Debug for DeviceKeyStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DeviceKeyStore")
    }
}

impl DeviceKeyStore {
    /// Over this key store.
    pub fn new(keys: Arc<dyn KeyStore>) -> DeviceKeyStore {
        DeviceKeyStore { keys }
    }

    /// Wraps `key` under the wrapping key named `protector_id`, making that key first if the
    /// keyring has none.
    pub fn wrap(&self, protector_id: &str, key: &SecretBytes) -> Result<Vec<u8>, DeviceKeyError> {
        let kek = match self.keys.get(protector_id)? {
            Some(k) if k.len() == 32 => Zeroizing::new(k),
            _ => {
                let mut fresh = Zeroizing::new(vec![0u8; 32]);
                getrandom::fill(&mut fresh).map_err(|e| DeviceKeyError::Failed(e.to_string()))?;
                self.keys.set(protector_id, &fresh)?;
                fresh
            }
        };
        let mut nonce = [0u8; NONCE_LEN];
        getrandom::fill(&mut nonce).map_err(|e| DeviceKeyError::Failed(e.to_string()))?;
        let sealed = cipher(&kek)
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: key.expose(),
                    aad: protector_id.as_bytes(),
                },
            )
            .map_err(|_| DeviceKeyError::Failed("the key could not be sealed".into()))?;
        let mut wrapped = Vec::with_capacity(1 + NONCE_LEN + sealed.len());
        wrapped.push(VERSION);
        wrapped.extend_from_slice(&nonce);
        wrapped.extend_from_slice(&sealed);
        Ok(wrapped)
    }

    /// The vault key in `wrapped`, unsealed with the wrapping key named `protector_id`.
    pub fn unwrap(
        &self,
        protector_id: &str,
        wrapped: &[u8],
    ) -> Result<SecretBytes, DeviceKeyError> {
        let Some((&VERSION, rest)) = wrapped.split_first() else {
            return Err(DeviceKeyError::Failed(
                "the vault's device slot is not one this app wrote".into(),
            ));
        };
        if rest.len() <= NONCE_LEN {
            return Err(DeviceKeyError::Failed(
                "the vault's device slot is cut short".into(),
            ));
        }
        let kek = match self.keys.get(protector_id)? {
            Some(k) if k.len() == 32 => Zeroizing::new(k),
            // Gone (keyring reset, entry deleted) or replaced: this device must enrol again.
            _ => return Err(DeviceKeyError::Invalidated),
        };
        let (nonce, sealed) = rest.split_at(NONCE_LEN);
        let key = cipher(&kek)
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: protector_id.as_bytes(),
                },
            )
            // Another wrapping key than the one that sealed it: the old one is gone.
            .map_err(|_| DeviceKeyError::Invalidated)?;
        Ok(SecretBytes::new(key))
    }

    /// Forgets the wrapping key (the device key was turned off).
    pub fn delete(&self, protector_id: &str) -> Result<(), DeviceKeyError> {
        Ok(self.keys.delete(protector_id)?)
    }
}

fn cipher(kek: &[u8]) -> ChaCha20Poly1305 {
    ChaCha20Poly1305::new(Key::from_slice(kek))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::collections::HashMap;
    use std::sync::Mutex;

    #[derive(Default)]
    struct Memory(Mutex<HashMap<String, Vec<u8>>>);

    impl KeyStore for Memory {
        fn get(&self, name: &str) -> Result<Option<Vec<u8>>, KeyStoreError> {
            Ok(self.0.lock().unwrap().get(name).cloned())
        }
        fn set(&self, name: &str, secret: &[u8]) -> Result<(), KeyStoreError> {
            let _ = self.0.lock().unwrap().insert(name.into(), secret.to_vec());
            Ok(())
        }
        fn delete(&self, name: &str) -> Result<(), KeyStoreError> {
            let _ = self.0.lock().unwrap().remove(name);
            Ok(())
        }
    }

    #[test]
    fn wrapped_keys_unwrap_until_the_keyring_forgets() {
        let store = DeviceKeyStore::new(Arc::new(Memory::default()));
        let key = SecretBytes::new(vec![7u8; 32]);
        let wrapped = store.wrap("id", &key).unwrap();
        assert!(!wrapped.windows(32).any(|w| w == key.expose()), "sealed");
        assert_eq!(store.unwrap("id", &wrapped).unwrap(), key);
        // Another protector's name is another key (and the AAD differs).
        assert_eq!(
            store.unwrap("other", &wrapped),
            Err(DeviceKeyError::Invalidated)
        );
        // A flipped bit: refused, never a wrong key.
        let mut bad = wrapped.clone();
        *bad.last_mut().unwrap() ^= 1;
        assert_eq!(store.unwrap("id", &bad), Err(DeviceKeyError::Invalidated));
        // Short or foreign bytes: a clear failure, no panic.
        assert!(matches!(
            store.unwrap("id", &[]),
            Err(DeviceKeyError::Failed(_))
        ));
        assert!(matches!(
            store.unwrap("id", &[1, 2]),
            Err(DeviceKeyError::Failed(_))
        ));
        store.delete("id").unwrap();
        assert_eq!(
            store.unwrap("id", &wrapped),
            Err(DeviceKeyError::Invalidated)
        );
    }
}
