//! The mOTP shared secret.
//!
//! mOTP hashes the secret **as text**, so `0123456789abcdef` and `0123456789ABCDEF` give
//! different codes. Both cases exist in the field (the reference generator emits lowercase,
//! LinOTP uppercase; Aegis lowercases everything, Stratum and andOTP keep it verbatim). We
//! therefore store exactly what the user gave (minus whitespace, which no server keeps) and
//! report anything unusual as a [`SecretWarning`] instead of silently "fixing" it.

use std::fmt;

use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Longest secret we accept. Real secrets are 16 or 32 characters; 256 leaves room for odd
/// imports while catching a pasted paragraph.
pub const MAX_SECRET_LEN: usize = 256;

/// The secret lengths we generate: 16 (classic mOTP) or 32 (DrayTek, privacyIDEA).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SecretLength {
    /// 16 hex characters (64 bits): the classic mOTP secret.
    #[default]
    Hex16,
    /// 32 hex characters (128 bits): DrayTek Smart VPN Client, privacyIDEA.
    Hex32,
}

impl SecretLength {
    /// The number of hex characters.
    pub fn chars(self) -> usize {
        match self {
            SecretLength::Hex16 => 16,
            SecretLength::Hex32 => 32,
        }
    }
}

impl TryFrom<usize> for SecretLength {
    type Error = Error;
    fn try_from(n: usize) -> Result<Self> {
        match n {
            16 => Ok(SecretLength::Hex16),
            32 => Ok(SecretLength::Hex32),
            other => Err(Error::SecretLengthUnsupported(other)),
        }
    }
}

/// Something unusual about an accepted secret. None of these stop the secret from working;
/// they explain why a login might fail and what to compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SecretWarning {
    /// Contains characters other than 0-9 a-f A-F.
    NotHex,
    /// Contains uppercase letters; mOTP is case-sensitive.
    HasUppercase,
    /// A length other than 16 or 32.
    UnusualLength {
        /// The length in characters.
        length: usize,
    },
    /// Shorter than recommended, so easier to guess: an mOTP secret of fewer than 16
    /// characters, or a TOTP/HOTP key of fewer than 16 bytes (128 bits, 26 Base32 characters).
    Weak {
        /// The length in characters (Base32 characters for TOTP/HOTP).
        length: usize,
    },
}

impl SecretWarning {
    /// A stable machine-readable name (JSON, FFI).
    pub fn code(&self) -> &'static str {
        match self {
            SecretWarning::NotHex => "not_hex",
            SecretWarning::HasUppercase => "has_uppercase",
            SecretWarning::UnusualLength { .. } => "unusual_length",
            SecretWarning::Weak { .. } => "weak",
        }
    }
}

impl fmt::Display for SecretWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SecretWarning::NotHex => f.write_str(
                "the secret is not hexadecimal (0-9, a-f); mOTP servers normally use hex secrets, \
                 so check it against the server's copy",
            ),
            SecretWarning::HasUppercase => f.write_str(
                "the secret has uppercase letters; mOTP is case-sensitive, so it must match the \
                 server's copy letter for letter",
            ),
            SecretWarning::UnusualLength { length } => write!(
                f,
                "the secret is {length} characters long; mOTP secrets are usually 16 or 32, so \
                 check that none were lost or added"
            ),
            // Weak serves mOTP (hex characters) and TOTP/HOTP (a key under 128 bits, counted in
            // Base32 characters): the recommendation names its unit for each.
            SecretWarning::Weak { length } => write!(
                f,
                "the secret is only {length} characters long, shorter than recommended: 16 hex \
                 characters for mOTP, 26 Base32 characters (128 bits) for TOTP and HOTP"
            ),
        }
    }
}

/// The shared secret, exactly as entered (whitespace removed). Zeroized on drop; `Debug` and
/// `Display` never show it — use [`Secret::expose`] deliberately.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    /// Accepts a secret as typed, pasted or imported.
    ///
    /// Whitespace anywhere is removed (people paste `0123 4567 89ab cdef` from a router page);
    /// case is preserved. Rejects empty, non-printable-ASCII and absurdly long input.
    pub fn new(input: &str) -> Result<Secret> {
        let mut text = Zeroizing::new(String::with_capacity(input.len()));
        for c in input.chars().filter(|c| !c.is_whitespace()) {
            if !c.is_ascii_graphic() {
                return Err(Error::SecretNotPrintable {
                    position: text.chars().count() + 1,
                });
            }
            if text.len() >= MAX_SECRET_LEN {
                let length = input.chars().filter(|c| !c.is_whitespace()).count();
                return Err(Error::SecretTooLong {
                    length,
                    max: MAX_SECRET_LEN,
                });
            }
            text.push(c);
        }
        if text.is_empty() {
            return Err(Error::SecretEmpty);
        }
        Ok(Secret(text))
    }

    /// A new random secret of lowercase hex from the operating system's CSPRNG.
    pub fn generate(length: SecretLength) -> Result<Secret> {
        let mut bytes = Zeroizing::new([0u8; 16]);
        let n = length.chars() / 2;
        getrandom::fill(&mut bytes[..n]).map_err(|e| Error::Random(e.to_string()))?;
        let mut text = Zeroizing::new(String::with_capacity(length.chars()));
        const HEX: &[u8; 16] = b"0123456789abcdef";
        for b in &bytes[..n] {
            text.push(HEX[usize::from(b >> 4)] as char);
            text.push(HEX[usize::from(b & 0x0f)] as char);
        }
        Ok(Secret(text))
    }

    /// The secret text, for hashing, export and an explicit reveal.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Its length in characters.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Always false: an empty secret is rejected by [`Secret::new`].
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether every character is a hex digit.
    pub fn is_hex(&self) -> bool {
        self.0.bytes().all(|b| b.is_ascii_hexdigit())
    }

    /// Everything unusual about this secret, in a stable order.
    pub fn warnings(&self) -> Vec<SecretWarning> {
        let mut out = Vec::new();
        let length = self.len();
        if !self.is_hex() {
            out.push(SecretWarning::NotHex);
        }
        if self.0.bytes().any(|b| b.is_ascii_uppercase()) {
            out.push(SecretWarning::HasUppercase);
        }
        if length != 16 && length != 32 {
            out.push(SecretWarning::UnusualLength { length });
        }
        if length < 16 {
            out.push(SecretWarning::Weak { length });
        }
        out
    }

    /// The same secret in lowercase, if that differs (diagnosis tries it).
    pub fn to_lowercase_variant(&self) -> Option<Secret> {
        let lower = Zeroizing::new(self.0.to_ascii_lowercase());
        (*lower != *self.0).then(|| Secret(lower))
    }

    /// The same secret in uppercase, if that differs (diagnosis tries it).
    pub fn to_uppercase_variant(&self) -> Option<Secret> {
        let upper = Zeroizing::new(self.0.to_ascii_uppercase());
        (*upper != *self.0).then(|| Secret(upper))
    }

    /// The secret grouped in fours (`0123 4567 89ab cdef`) for reading aloud or comparing with
    /// a router's page. As secret as the secret itself: show it only after an explicit reveal.
    pub fn grouped(&self) -> Zeroizing<String> {
        let mut out = Zeroizing::new(String::with_capacity(self.len() + self.len() / 4));
        for (i, c) in self.0.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push(' ');
            }
            out.push(c);
        }
        out
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret(<redacted, {} chars>)", self.len())
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<secret redacted>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_case_and_strips_whitespace() {
        let s = Secret::new(" 0123 4567\t89AB cdef\n").unwrap();
        assert_eq!(s.expose(), "0123456789ABcdef");
        assert_eq!(s.warnings(), vec![SecretWarning::HasUppercase]);
    }

    #[test]
    fn rejects_bad_input() {
        assert_eq!(Secret::new("  \n").unwrap_err(), Error::SecretEmpty);
        assert_eq!(
            Secret::new("ab\u{7}c").unwrap_err(),
            Error::SecretNotPrintable { position: 3 }
        );
        assert_eq!(
            Secret::new("abé").unwrap_err(),
            Error::SecretNotPrintable { position: 3 }
        );
        assert!(matches!(
            Secret::new(&"a".repeat(300)).unwrap_err(),
            Error::SecretTooLong { length: 300, .. }
        ));
        assert!(Secret::new(&"a".repeat(MAX_SECRET_LEN)).is_ok());
    }

    #[test]
    fn warnings_for_odd_secrets() {
        let s = Secret::new("AAAAAAAAAAAAAAAAAAAAAAAAZ").unwrap();
        assert_eq!(
            s.warnings(),
            vec![
                SecretWarning::NotHex,
                SecretWarning::HasUppercase,
                SecretWarning::UnusualLength { length: 25 }
            ]
        );
        let weak = Secret::new("abc123").unwrap();
        assert_eq!(
            weak.warnings(),
            vec![
                SecretWarning::UnusualLength { length: 6 },
                SecretWarning::Weak { length: 6 }
            ]
        );
        assert!(
            Secret::new("0123456789abcdef")
                .unwrap()
                .warnings()
                .is_empty()
        );
    }

    #[test]
    fn generates_lowercase_hex_of_the_asked_length() {
        for len in [SecretLength::Hex16, SecretLength::Hex32] {
            let a = Secret::generate(len).unwrap();
            let b = Secret::generate(len).unwrap();
            assert_eq!(a.len(), len.chars());
            assert!(a.is_hex() && a.warnings().is_empty());
            assert_ne!(a, b, "two generated secrets collided");
        }
        assert!(SecretLength::try_from(20).is_err());
    }

    #[test]
    fn never_shows_itself() {
        let s = Secret::new("0123456789abcdef").unwrap();
        assert!(!format!("{s:?}").contains("0123"));
        assert!(!format!("{s}").contains("0123"));
    }

    #[test]
    fn groups_in_fours() {
        let s = Secret::new("0123456789abcdef0").unwrap();
        assert_eq!(&*s.grouped(), "0123 4567 89ab cdef 0");
    }

    #[test]
    fn case_variants() {
        let s = Secret::new("abCD").unwrap();
        assert_eq!(s.to_lowercase_variant().unwrap().expose(), "abcd");
        assert_eq!(s.to_uppercase_variant().unwrap().expose(), "ABCD");
        assert!(
            Secret::new("1234")
                .unwrap()
                .to_lowercase_variant()
                .is_none()
        );
    }
}
