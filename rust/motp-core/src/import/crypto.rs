//! The ciphers and key-derivation functions other apps' backups use, behind limits.
//!
//! Every parameter read from a file is attacker-controlled: a crafted backup could ask scrypt
//! for gigabytes of memory or PBKDF2 for billions of iterations and hang or kill the app. Each
//! function here checks its parameters against the limits below *before* doing any work, and
//! the limits are generous multiples of what the real apps write (see `docs/import-export.md`).

use aes_gcm::aead::{AeadInPlace, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce, Tag};
use cbc::cipher::block_padding::Pkcs7;
use cbc::cipher::{BlockDecryptMut, KeyIvInit};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Largest scrypt memory we allow: 128 · r · N bytes ≤ 256 MiB (Aegis uses 32 MiB).
pub const SCRYPT_MAX_MEMORY_BYTES: u64 = 256 * 1024 * 1024;
/// Largest scrypt work N · r · p we allow: 2^22, 16 times Aegis's 2^15 · 8 · 1.
pub const SCRYPT_MAX_WORK: u64 = 1 << 22;
/// Largest scrypt parallelism we allow.
pub const SCRYPT_MAX_P: u64 = 16;
/// Most PBKDF2 iterations we allow: andOTP writes 140 000–160 000, Authenticator Pro 64 000.
pub const PBKDF2_MAX_ITERATIONS: u32 = 2_000_000;

/// A 256-bit key, wiped on drop.
pub type Key = Zeroizing<[u8; 32]>;

/// Checked scrypt parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScryptParams {
    /// log2(N).
    pub log_n: u8,
    /// Block size.
    pub r: u32,
    /// Parallelism.
    pub p: u32,
}

impl ScryptParams {
    /// The work one derivation costs, N·r·p (what [`SCRYPT_MAX_WORK`] bounds).
    pub fn work(&self) -> u64 {
        (1u64 << self.log_n) * u64::from(self.r) * u64::from(self.p)
    }

    /// Checks parameters as a file states them (N itself, not its log), against the limits.
    pub fn check(n: u64, r: u64, p: u64, format: &'static str) -> Result<ScryptParams> {
        let malformed = |problem: String| Error::ImportMalformed { format, problem };
        if n < 2 || !n.is_power_of_two() {
            return Err(malformed(format!(
                "its scrypt cost N = {n} is not a power of two of at least 2"
            )));
        }
        if r == 0 || p == 0 {
            return Err(malformed("its scrypt r or p is zero".into()));
        }
        let memory = 128u64.saturating_mul(r).saturating_mul(n);
        let work = n.saturating_mul(r).saturating_mul(p);
        if memory > SCRYPT_MAX_MEMORY_BYTES || work > SCRYPT_MAX_WORK || p > SCRYPT_MAX_P {
            return Err(Error::ImportKdfLimit {
                format,
                what: format!("scrypt with N = {n}, r = {r}, p = {p}"),
                limit: format!(
                    "{} MiB of memory, N·r·p = 2^22 and p = {SCRYPT_MAX_P}",
                    SCRYPT_MAX_MEMORY_BYTES >> 20
                ),
            });
        }
        // All three now fit comfortably: n ≤ 2^21, r ≤ 2^21, p ≤ 16.
        Ok(ScryptParams {
            log_n: n.trailing_zeros() as u8,
            r: r as u32,
            p: p as u32,
        })
    }

    /// Derives a 256-bit key.
    pub fn derive(&self, password: &[u8], salt: &[u8], format: &'static str) -> Result<Key> {
        let params = scrypt::Params::new(self.log_n, self.r, self.p, 32).map_err(|e| {
            Error::ImportMalformed {
                format,
                problem: format!("its scrypt parameters are invalid ({e})"),
            }
        })?;
        let mut key = Zeroizing::new([0u8; 32]);
        scrypt::scrypt(password, salt, &params, &mut key[..]).map_err(|e| {
            Error::ImportMalformed {
                format,
                problem: format!("scrypt failed ({e})"),
            }
        })?;
        Ok(key)
    }
}

/// PBKDF2-HMAC-SHA1 to a 256-bit key, refusing iteration counts beyond the limit.
pub fn pbkdf2_sha1(
    password: &[u8],
    salt: &[u8],
    iterations: u32,
    format: &'static str,
) -> Result<Key> {
    if iterations == 0 {
        return Err(Error::ImportMalformed {
            format,
            problem: "its PBKDF2 iteration count is zero".into(),
        });
    }
    if iterations > PBKDF2_MAX_ITERATIONS {
        return Err(Error::ImportKdfLimit {
            format,
            what: format!("{iterations} PBKDF2 iterations"),
            limit: format!("{PBKDF2_MAX_ITERATIONS} iterations"),
        });
    }
    let mut key = Zeroizing::new([0u8; 32]);
    pbkdf2::pbkdf2_hmac::<sha1::Sha1>(password, salt, iterations, &mut key[..]);
    Ok(key)
}

/// PBKDF2-HMAC-SHA256 to a 256-bit key (2FAS), refusing iteration counts beyond the limit.
pub fn pbkdf2_sha256(
    password: &[u8],
    salt: &[u8],
    iterations: u32,
    format: &'static str,
) -> Result<Key> {
    if iterations == 0 {
        return Err(Error::ImportMalformed {
            format,
            problem: "its PBKDF2 iteration count is zero".into(),
        });
    }
    if iterations > PBKDF2_MAX_ITERATIONS {
        return Err(Error::ImportKdfLimit {
            format,
            what: format!("{iterations} PBKDF2 iterations"),
            limit: format!("{PBKDF2_MAX_ITERATIONS} iterations"),
        });
    }
    let mut key = Zeroizing::new([0u8; 32]);
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password, salt, iterations, &mut key[..]);
    Ok(key)
}

/// Argon2id (version 0x13) to a 256-bit key. Only called with a format's fixed parameters,
/// never with values read from a file.
pub fn argon2id(
    password: &[u8],
    salt: &[u8],
    memory_kib: u32,
    iterations: u32,
    parallelism: u32,
    format: &'static str,
) -> Result<Key> {
    let fail = |e: argon2::Error| Error::ImportMalformed {
        format,
        problem: format!("Argon2id failed ({e})"),
    };
    let params =
        argon2::Params::new(memory_kib, iterations, parallelism, Some(32)).map_err(fail)?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut key = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(password, salt, &mut key[..])
        .map_err(fail)?;
    Ok(key)
}

/// SHA-256 of the password as the key (andOTP's backups before version 0.6.3).
pub fn sha256_key(password: &[u8]) -> Key {
    use sha2::Digest;
    let mut key = Zeroizing::new([0u8; 32]);
    key.copy_from_slice(&sha2::Sha256::digest(password));
    key
}

/// AES-256-GCM decryption of `ciphertext ‖ tag` (16-byte tag, no associated data).
/// `None` means the tag did not verify: a wrong key or a damaged file.
pub fn gcm_open(key: &[u8; 32], nonce: &[u8; 12], sealed: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let split = sealed.len().checked_sub(16)?;
    let (body, tag) = sealed.split_at(split);
    let cipher = Aes256Gcm::new_from_slice(key).ok()?;
    let mut buf = Zeroizing::new(body.to_vec());
    cipher
        .decrypt_in_place_detached(
            Nonce::from_slice(nonce),
            b"",
            &mut buf,
            Tag::from_slice(tag),
        )
        .ok()?;
    Some(buf)
}

/// AES-256-GCM encryption; returns `(ciphertext, tag)` separately because Aegis stores them
/// apart.
pub fn gcm_seal(key: &[u8; 32], nonce: &[u8; 12], plaintext: &[u8]) -> Result<(Vec<u8>, [u8; 16])> {
    let cipher = Aes256Gcm::new_from_slice(key)
        .map_err(|_| Error::InvalidOption("internal error: bad AES key length".into()))?;
    let mut buf = plaintext.to_vec();
    let tag = cipher
        .encrypt_in_place_detached(Nonce::from_slice(nonce), b"", &mut buf)
        .map_err(|_| Error::InvalidOption("the export is too large to encrypt".into()))?;
    Ok((buf, tag.into()))
}

/// AES-256-CBC decryption with PKCS#7 padding. `None` means the padding was wrong: almost
/// always a wrong key, since CBC has no integrity check of its own.
pub fn cbc_open(key: &[u8; 32], iv: &[u8; 16], ciphertext: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    if ciphertext.is_empty() || ciphertext.len() % 16 != 0 {
        return None;
    }
    let dec = cbc::Decryptor::<aes::Aes256>::new_from_slices(key, iv).ok()?;
    let mut buf = Zeroizing::new(ciphertext.to_vec());
    let len = dec.decrypt_padded_mut::<Pkcs7>(&mut buf).ok()?.len();
    buf.truncate(len);
    Some(buf)
}

/// `N` bytes from the operating system's CSPRNG.
pub fn random<const N: usize>() -> Result<[u8; N]> {
    let mut out = [0u8; N];
    getrandom::fill(&mut out).map_err(|e| Error::Random(e.to_string()))?;
    Ok(out)
}

/// A random (version 4) UUID in its usual text form, as Aegis gives every entry and slot.
pub fn uuid_v4() -> Result<String> {
    let mut b: [u8; 16] = random()?;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = super::encoding::hex_lower(&b);
    Ok(format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrypt_limits() {
        assert!(ScryptParams::check(32768, 8, 1, "x").is_ok());
        assert!(matches!(
            ScryptParams::check(1 << 30, 8, 1, "x"),
            Err(Error::ImportKdfLimit { .. })
        ));
        assert!(matches!(
            ScryptParams::check(32768, 8, 1000, "x"),
            Err(Error::ImportKdfLimit { .. })
        ));
        assert!(matches!(
            ScryptParams::check(u64::MAX, u64::MAX, u64::MAX, "x"),
            Err(Error::ImportMalformed { .. })
        ));
        assert!(matches!(
            ScryptParams::check(1 << 40, u64::MAX, u64::MAX, "x"),
            Err(Error::ImportKdfLimit { .. })
        ));
        assert!(matches!(
            ScryptParams::check(1000, 8, 1, "x"),
            Err(Error::ImportMalformed { .. })
        ));
        assert!(matches!(
            ScryptParams::check(1024, 0, 1, "x"),
            Err(Error::ImportMalformed { .. })
        ));
        let p = ScryptParams::check(32768, 8, 1, "x").unwrap();
        assert_eq!((p.log_n, p.r, p.p), (15, 8, 1));
    }

    /// Each limit at its value (accepted) and one step past it (refused): memory 256 MiB,
    /// N·r·p = 2^22, p = 16.
    #[test]
    fn scrypt_limits_at_their_edges() {
        let limit = |n, r, p| {
            matches!(
                ScryptParams::check(n, r, p, "x"),
                Err(Error::ImportKdfLimit { .. })
            )
        };
        // Memory: 128 · r · N.
        assert!(!limit(1 << 21, 1, 1), "exactly 256 MiB");
        assert!(limit(1 << 21, 2, 1));
        // Work: N · r · p.
        assert!(!limit(1 << 18, 1, 16), "exactly 2^22");
        assert!(limit(1 << 19, 1, 16));
        assert!(!limit(1 << 19, 4, 2), "exactly 2^22 and exactly 256 MiB");
        assert!(limit(1 << 19, 4, 3));
        // p on its own.
        assert!(!limit(2, 1, 16));
        assert!(limit(2, 1, 17));
    }

    #[test]
    fn pbkdf2_limits_and_rfc6070_vector() {
        assert!(matches!(
            pbkdf2_sha1(b"p", b"s", 0, "x"),
            Err(Error::ImportMalformed { .. })
        ));
        assert!(matches!(
            pbkdf2_sha1(b"p", b"s", u32::MAX, "x"),
            Err(Error::ImportKdfLimit { .. })
        ));
        // RFC 6070: P = "password", S = "salt", c = 2 → ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957…
        let k = pbkdf2_sha1(b"password", b"salt", 2, "x").unwrap();
        assert_eq!(
            super::super::encoding::hex_lower(&k[..20]),
            "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"
        );
    }

    #[test]
    fn gcm_round_trip_and_tamper() {
        let key = [7u8; 32];
        let nonce = [9u8; 12];
        let (mut ct, tag) = gcm_seal(&key, &nonce, b"hello").unwrap();
        let mut sealed = ct.clone();
        sealed.extend_from_slice(&tag);
        assert_eq!(&gcm_open(&key, &nonce, &sealed).unwrap()[..], b"hello");
        ct[0] ^= 1;
        ct.extend_from_slice(&tag);
        assert!(gcm_open(&key, &nonce, &ct).is_none());
        assert!(gcm_open(&key, &nonce, &[0u8; 5]).is_none());
    }

    #[test]
    fn uuids_look_like_v4() {
        let u = uuid_v4().unwrap();
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
        assert!("89ab".contains(&u[19..20]));
        assert_ne!(u, uuid_v4().unwrap());
    }
}
