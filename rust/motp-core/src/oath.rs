//! HOTP (RFC 4226) and TOTP (RFC 6238), and their Base32 secrets.
//!
//! `HOTP(K, C) = Truncate(HMAC(K, C as 8 big-endian bytes)) mod 10^digits` with RFC 4226 §5.3's
//! dynamic truncation; TOTP is HOTP with `C = floor((unix_time − T0) / period)`. The key is the
//! Base32-decoded secret. Pure functions: the caller gives the counter or the time.
//!
//! Secrets are stored as canonical Base32 text (uppercase, no padding, no spaces) inside a
//! [`Secret`], so the vault, exports and URIs carry one spelling; the key bytes are decoded
//! into a zeroizing buffer only while a code is computed.

use hmac::{Hmac, Mac};
use zeroize::{Zeroize, Zeroizing};

pub use crate::base32::Base32Problem;
use crate::error::{Error, Result};
use crate::kind::{CodeFormat, HashAlgorithm, TotpParams};
use crate::otp::Code;
use crate::secret::Secret;

/// Longest Base32 secret accepted: the vault's limit for any secret, 256 characters = 160 bytes
/// (real ones are 16–103: a SHA-512 key of RFC 6238's 64 bytes is 103).
pub const MAX_BASE32_CHARS: usize = crate::secret::MAX_SECRET_LEN;
/// Shortest key RFC 4226 §4 allows (128 bits); shorter keys are accepted with a warning.
pub const MIN_KEY_BYTES: usize = 16;

/// Reads a Base32 secret as services print it: any case, spaces, dashes and `=` padding
/// ignored, unused trailing bits tolerated (as Google Authenticator, Aegis and andOTP do).
/// Returns it in canonical form (uppercase, unpadded, re-encoded from the key bytes, so every
/// spelling of one key is stored alike). The error never quotes it.
pub fn base32_secret(input: &str) -> Result<Secret> {
    let mut text = Zeroizing::new(String::with_capacity(input.len()));
    for c in input.chars() {
        if c.is_whitespace() || c == '-' || c == '=' {
            continue;
        }
        text.push(c.to_ascii_uppercase());
    }
    if text.is_empty() {
        return Err(Error::SecretEmpty);
    }
    if text.len() > MAX_BASE32_CHARS {
        return Err(Error::SecretNotBase32 {
            problem: Base32Problem::TooLong {
                max: MAX_BASE32_CHARS,
            },
        });
    }
    if let Some((i, c)) = text
        .chars()
        .enumerate()
        .find(|(_, c)| !matches!(c, 'A'..='Z' | '2'..='7'))
    {
        let digit = matches!(c, '0' | '1' | '8' | '9').then_some(c);
        return Err(Error::SecretNotBase32 {
            problem: Base32Problem::NotBase32 {
                position: i + 1,
                digit,
            },
        });
    }
    // Lengths 1, 3 and 6 (mod 8) cannot come from whole bytes.
    if matches!(text.len() % 8, 1 | 3 | 6) {
        return Err(Error::SecretNotBase32 {
            problem: Base32Problem::PartialBytes { length: text.len() },
        });
    }
    let key = key_bytes_of(&text)?;
    secret_from_key(&key)
}

/// The key bytes of a Base32 secret.
pub fn key_bytes(secret: &Secret) -> Result<Zeroizing<Vec<u8>>> {
    key_bytes_of(secret.expose())
}

fn key_bytes_of(text: &str) -> Result<Zeroizing<Vec<u8>>> {
    let key = crate::import::encoding::base32_decode(text).ok_or(Error::SecretNotBase32 {
        problem: Base32Problem::DoesNotDecode,
    })?;
    if key.is_empty() {
        return Err(Error::SecretEmpty);
    }
    Ok(key)
}

/// Canonical Base32 of raw key bytes (what importers of binary secrets use).
pub fn secret_from_key(key: &[u8]) -> Result<Secret> {
    let text = crate::import::encoding::base32_encode(key);
    Secret::new(&text)
}

/// The HOTP value of `key` at `counter`: RFC 4226 §5.3.
pub fn hotp(key: &[u8], counter: u64, algorithm: HashAlgorithm, digits: u8) -> Code {
    let bin = truncated(key, counter, algorithm);
    Code::decimal(bin % 10u32.pow(u32::from(digits)), digits)
}

/// The Steam Guard code of `key` at `counter` (a 30 s period): the HMAC-SHA1 value truncated as
/// RFC 4226 §5.3 does, then written in [`crate::kind::STEAM_ALPHABET`] instead of decimal.
pub fn steam(key: &[u8], counter: u64) -> Code {
    Code::steam(truncated(key, counter, HashAlgorithm::Sha1))
}

/// The code of `key` at `counter` in the given format: the one place the format is matched.
pub fn code(key: &[u8], counter: u64, algorithm: HashAlgorithm, format: CodeFormat) -> Code {
    match format {
        CodeFormat::Digits(digits) => hotp(key, counter, algorithm, digits),
        CodeFormat::Steam => steam(key, counter),
    }
}

/// RFC 4226 §5.3's dynamic truncation: 31 bits of the HMAC of `counter`.
fn truncated(key: &[u8], counter: u64, algorithm: HashAlgorithm) -> u32 {
    let msg = counter.to_be_bytes();
    let mut digest = [0u8; 64];
    macro_rules! mac {
        ($d:ty) => {{
            let mut m = <Hmac<$d> as Mac>::new_from_slice(key)
                .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
            m.update(&msg);
            let tag = m.finalize().into_bytes();
            digest[..tag.len()].copy_from_slice(&tag);
            tag.len()
        }};
    }
    let len = match algorithm {
        HashAlgorithm::Sha1 => mac!(sha1::Sha1),
        HashAlgorithm::Sha256 => mac!(sha2::Sha256),
        HashAlgorithm::Sha512 => mac!(sha2::Sha512),
    };
    let offset = usize::from(digest[len - 1] & 0x0f);
    let bin = u32::from_be_bytes([
        digest[offset] & 0x7f,
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]);
    digest.zeroize();
    bin
}

/// The TOTP counter at `unix_seconds`: `floor((t − T0) / period)`. Refuses times before T0.
pub fn totp_counter(unix_seconds: i64, params: &TotpParams) -> Result<u64> {
    if unix_seconds > crate::time::MAX_UNIX_SECONDS {
        return Err(Error::TimeOutOfRange { unix_seconds });
    }
    let since = unix_seconds
        .checked_sub(params.t0_seconds)
        .ok_or(Error::TimeOutOfRange { unix_seconds })?;
    if since < 0 {
        return Err(crate::time::before_start(unix_seconds, params.t0_seconds));
    }
    Ok((since / i64::from(params.period_seconds.max(1))) as u64)
}

/// The TOTP code at `unix_seconds`.
pub fn totp(key: &[u8], unix_seconds: i64, params: &TotpParams) -> Result<Code> {
    Ok(hotp(
        key,
        totp_counter(unix_seconds, params)?,
        params.algorithm,
        params.digits,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_spellings_agree() {
        let a = base32_secret("JBSWY3DPEHPK3PXP").unwrap();
        for s in [
            "jbsw y3dp ehpk 3pxp",
            "JBSWY3DPEHPK3PXP",
            "jbswy3dpehpk3pxp",
        ] {
            assert_eq!(base32_secret(s).unwrap().expose(), a.expose());
        }
        assert_eq!(
            base32_secret("GEZDGNBV====").unwrap().expose(),
            base32_secret("GEZDGNBV").unwrap().expose()
        );
        assert_eq!(&*key_bytes(&a).unwrap(), b"Hello!\xde\xad\xbe\xef");
        // Unused trailing bits set (Authenticator Pro's fixtures have such secrets).
        assert_eq!(base32_secret("ASKDJKS").unwrap().expose(), "ASKDJKQ");
    }

    #[test]
    fn base32_errors_name_the_confusion_not_the_secret() {
        let e = base32_secret("JBSWY3DPEHPK3PX0").unwrap_err().to_string();
        assert!(e.contains("letter O") && !e.contains("JBSW"), "{e}");
        let e = base32_secret("JBSWY3D1").unwrap_err().to_string();
        assert!(e.contains("letter I"), "{e}");
        assert!(base32_secret("ABC").is_err());
        assert!(matches!(base32_secret("  "), Err(Error::SecretEmpty)));
    }
}
