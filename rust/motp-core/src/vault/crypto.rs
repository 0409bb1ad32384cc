//! The vault's symmetric cryptography: the master key, XChaCha20-Poly1305 sealing, passwords
//! and randomness.
//!
//! XChaCha20-Poly1305 because its 192-bit nonce can be drawn at random for every save without
//! any risk of reuse, and because it is fast in software on phones without AES instructions.
//! Every key and plaintext lives in a zeroizing buffer.

use std::fmt;

use chacha20poly1305::aead::{AeadInPlace, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Length of every symmetric key in the vault (master key, password-derived key).
pub const KEY_LEN: usize = 32;
/// Length of an XChaCha20-Poly1305 nonce.
pub const NONCE_LEN: usize = 24;
/// Length of a Poly1305 tag.
pub const TAG_LEN: usize = 16;

/// Fills an array from the operating system's CSPRNG.
pub(crate) fn random<const N: usize>() -> Result<[u8; N]> {
    let mut out = [0u8; N];
    getrandom::fill(&mut out).map_err(|e| Error::Random(e.to_string()))?;
    Ok(out)
}

/// The random 256-bit key the vault content is encrypted under. Slots wrap it; it never leaves
/// the process unwrapped.
#[derive(Clone)]
pub(crate) struct MasterKey(Zeroizing<[u8; KEY_LEN]>);

impl MasterKey {
    /// A fresh random key.
    pub(crate) fn generate() -> Result<MasterKey> {
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        getrandom::fill(&mut key[..]).map_err(|e| Error::Random(e.to_string()))?;
        Ok(MasterKey(key))
    }

    /// Takes an unwrapped key of exactly [`KEY_LEN`] bytes.
    pub(crate) fn from_slice(bytes: &[u8]) -> Option<MasterKey> {
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        if bytes.len() != KEY_LEN {
            return None;
        }
        key.copy_from_slice(bytes);
        Some(MasterKey(key))
    }

    pub(crate) fn bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }
}

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MasterKey(<redacted>)")
    }
}

/// Encrypts `plaintext` in place under `key` with a fresh random nonce; returns the nonce and the
/// ciphertext (plaintext ‖ tag). The buffer is consumed so no plaintext copy is left behind.
pub(crate) fn seal(
    key: &[u8; KEY_LEN],
    mut plaintext: Zeroizing<Vec<u8>>,
    nonce: &[u8; NONCE_LEN],
    aad: &[u8],
) -> Result<Vec<u8>> {
    let cipher = XChaCha20Poly1305::new(key.into());
    if plaintext.capacity() < plaintext.len() + TAG_LEN {
        // Growing the Vec in place would free the old allocation without wiping it: copy into
        // a buffer with room for the tag instead, and let the old one be zeroized on drop.
        let mut roomy = Zeroizing::new(Vec::with_capacity(plaintext.len() + TAG_LEN));
        roomy.extend_from_slice(&plaintext);
        plaintext = roomy;
    }
    cipher
        .encrypt_in_place(XNonce::from_slice(nonce), aad, &mut *plaintext)
        .map_err(|_| Error::VaultCorrupt("the content is too large to encrypt".into()))?;
    // Now ciphertext: nothing secret left in it, so hand it out without zeroizing.
    Ok(std::mem::take(&mut *plaintext))
}

/// Decrypts and authenticates; `None` when the key is wrong or anything (ciphertext, nonce,
/// associated data) was altered — AEAD cannot tell these apart, so callers word the error.
pub(crate) fn open(
    key: &[u8; KEY_LEN],
    nonce: &[u8; NONCE_LEN],
    ciphertext: &[u8],
    aad: &[u8],
) -> Option<Zeroizing<Vec<u8>>> {
    if ciphertext.len() < TAG_LEN {
        return None;
    }
    let cipher = XChaCha20Poly1305::new(key.into());
    let mut buf = Zeroizing::new(ciphertext.to_vec());
    cipher
        .decrypt_in_place(XNonce::from_slice(nonce), aad, &mut *buf)
        .ok()?;
    Some(buf)
}

/// A vault password. Zeroized on drop; never shown by `Debug` or `Display`.
///
/// Used byte for byte as UTF-8, without Unicode normalization (as Aegis does): a password with
/// accented letters must be typed the same way on every device.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(Zeroizing<String>);

impl Password {
    /// Accepts any non-empty password. A trailing newline (from a password file or a pipe) is
    /// the caller's to strip: the vault takes the text as given.
    pub fn new(text: &str) -> Result<Password> {
        if text.is_empty() {
            return Err(Error::VaultPasswordEmpty);
        }
        Ok(Password(Zeroizing::new(text.to_owned())))
    }

    /// Takes ownership of text already in a zeroizing buffer (no copy left behind).
    pub fn from_zeroizing(text: Zeroizing<String>) -> Result<Password> {
        if text.is_empty() {
            return Err(Error::VaultPasswordEmpty);
        }
        Ok(Password(text))
    }

    /// The password bytes, for the key derivation.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

impl fmt::Display for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<password redacted>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_open_round_trip_and_tamper() {
        let key = MasterKey::generate().unwrap();
        let nonce = random::<NONCE_LEN>().unwrap();
        let ct = seal(
            key.bytes(),
            Zeroizing::new(b"hello".to_vec()),
            &nonce,
            b"aad",
        )
        .unwrap();
        assert_eq!(ct.len(), 5 + TAG_LEN);
        assert_eq!(&**open(key.bytes(), &nonce, &ct, b"aad").unwrap(), b"hello");
        assert!(open(key.bytes(), &nonce, &ct, b"aaD").is_none());
        let mut bad = ct.clone();
        bad[0] ^= 1;
        assert!(open(key.bytes(), &nonce, &bad, b"aad").is_none());
        assert!(open(key.bytes(), &nonce, &ct[..3], b"aad").is_none());
        let other = MasterKey::generate().unwrap();
        assert!(open(other.bytes(), &nonce, &ct, b"aad").is_none());
    }

    #[test]
    fn redacted() {
        let p = Password::new("hunter2").unwrap();
        let k = MasterKey::generate().unwrap();
        assert!(!format!("{p:?}{p}{k:?}").contains("hunter2"));
        assert_eq!(Password::new("").unwrap_err(), Error::VaultPasswordEmpty);
    }
}
