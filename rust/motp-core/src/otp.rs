//! The mOTP algorithm.
//!
//! `code = first 6 hex chars, lowercase, of MD5(decimal(counter) ‖ secret ‖ pin)` with
//! `counter = floor(unix_seconds / 10)` written in decimal without padding — as in the original
//! motp.sourceforge.net MIDlet, `otpverify.sh`, privacyIDEA, LinOTP, Aegis, Stratum and andOTP.

use std::fmt;

use md5::{Digest, Md5};
use subtle::ConstantTimeEq;

use crate::error::{Error, Result};
use crate::kind::{STEAM_ALPHABET, STEAM_CODE_LENGTH};
use crate::pin::Pin;
use crate::secret::Secret;

/// A one-time code: 6 lowercase hex characters (mOTP) or 6–8 decimal digits (TOTP, HOTP).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Code {
    chars: [u8; 8],
    len: u8,
}

impl Code {
    /// Reads a code as a person typed it: spaces and dashes ignored, either case accepted
    /// (servers compare lowercase; a code typed in uppercase is reported by diagnosis).
    pub fn parse(text: &str) -> Result<Code> {
        let mut out = [0u8; 6];
        let mut n = 0;
        for c in text.chars().filter(|c| !c.is_whitespace() && *c != '-') {
            if !c.is_ascii_hexdigit() {
                return Err(Error::CodeMalformed {
                    problem: format!("{c:?} is not a hex character"),
                });
            }
            if n == 6 {
                return Err(Error::CodeMalformed {
                    problem: "it has more than 6 characters".into(),
                });
            }
            out[n] = c.to_ascii_lowercase() as u8;
            n += 1;
        }
        if n < 6 {
            return Err(Error::CodeMalformed {
                problem: format!("it has {n} characters, not 6"),
            });
        }
        Ok(Code::from_six(out))
    }

    fn from_six(six: [u8; 6]) -> Code {
        let mut chars = [0u8; 8];
        chars[..6].copy_from_slice(&six);
        Code { chars, len: 6 }
    }

    /// Reads a TOTP/HOTP code of `digits` decimal digits as a person typed it (spaces and
    /// dashes ignored).
    pub fn parse_digits(text: &str, digits: u8) -> Result<Code> {
        let mut chars = [0u8; 8];
        let mut n = 0usize;
        let want = usize::from(digits.clamp(1, 8));
        for c in text.chars().filter(|c| !c.is_whitespace() && *c != '-') {
            if !c.is_ascii_digit() {
                return Err(Error::OathCodeMalformed {
                    digits,
                    problem: format!("{c:?} is not a digit"),
                });
            }
            if n == want {
                return Err(Error::OathCodeMalformed {
                    digits,
                    problem: format!("it has more than {digits} digits"),
                });
            }
            chars[n] = c as u8;
            n += 1;
        }
        if n < want {
            return Err(Error::OathCodeMalformed {
                digits,
                problem: format!("it has {n} digits, not {digits}"),
            });
        }
        Ok(Code {
            chars,
            len: n as u8,
        })
    }

    /// Reads a Steam Guard code as a person typed it: 5 characters of Steam's alphabet, either
    /// case (Steam shows them in capitals), spaces and dashes ignored.
    pub fn parse_steam(text: &str) -> Result<Code> {
        let want = usize::from(STEAM_CODE_LENGTH);
        let mut chars = [0u8; 8];
        let mut n = 0usize;
        for c in text.chars().filter(|c| !c.is_whitespace() && *c != '-') {
            let upper = c.to_ascii_uppercase();
            if !upper.is_ascii() || !STEAM_ALPHABET.contains(&(upper as u8)) {
                return Err(Error::SteamCodeMalformed {
                    problem: format!("{c:?} is not one of Steam's characters"),
                });
            }
            if n == want {
                return Err(Error::SteamCodeMalformed {
                    problem: format!("it has more than {want} characters"),
                });
            }
            chars[n] = upper as u8;
            n += 1;
        }
        if n < want {
            return Err(Error::SteamCodeMalformed {
                problem: format!("it has {n} characters, not {want}"),
            });
        }
        Ok(Code {
            chars,
            len: STEAM_CODE_LENGTH,
        })
    }

    /// A Steam Guard code of a truncated HMAC value: its base-26 digits in Steam's alphabet,
    /// least significant first.
    pub(crate) fn steam(value: u32) -> Code {
        let mut chars = [0u8; 8];
        let mut v = value;
        for c in chars.iter_mut().take(usize::from(STEAM_CODE_LENGTH)) {
            *c = STEAM_ALPHABET[(v % 26) as usize];
            v /= 26;
        }
        Code {
            chars,
            len: STEAM_CODE_LENGTH,
        }
    }

    /// A decimal code of `digits` digits with leading zeros (TOTP/HOTP truncation).
    pub(crate) fn decimal(value: u32, digits: u8) -> Code {
        let len = digits.clamp(1, 8);
        let mut chars = [0u8; 8];
        let mut v = value;
        for i in (0..usize::from(len)).rev() {
            chars[i] = b'0' + (v % 10) as u8;
            v /= 10;
        }
        Code { chars, len }
    }

    /// How many characters the code has.
    pub fn len(&self) -> usize {
        usize::from(self.len)
    }

    /// Never true: a code has at least 6 characters (for clippy's `len_without_is_empty`).
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The code as typed into a VPN client: 6 lowercase hex characters (mOTP), 6–8 digits
    /// (TOTP, HOTP) or 5 capitals and digits (Steam), no spaces.
    pub fn as_str(&self) -> &str {
        // Only ASCII hex digits and Steam's ASCII alphabet are ever stored.
        std::str::from_utf8(&self.chars[..self.len()]).unwrap_or("??????")
    }

    /// The code grouped for reading: `a1b 2c3`, `123 456`, `123 4567`, `1234 5678`; a Steam
    /// code of 5 characters stays whole (`4T8WR`, as Steam shows it).
    pub fn grouped(&self) -> String {
        let s = self.as_str();
        if s.len() < 6 {
            return s.to_owned();
        }
        let split = if s.len() == 8 { 4 } else { 3 };
        format!("{} {}", &s[..split], &s[split..])
    }

    /// Constant-time equality, for servers comparing a submitted code.
    pub fn ct_eq(&self, other: &Code) -> subtle::Choice {
        self.chars.ct_eq(&other.chars) & self.len.ct_eq(&other.len)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Code({})", self.as_str())
    }
}

/// The code for one counter. Pure: the caller decides the time.
pub fn code(secret: &Secret, pin: &Pin, counter: u64) -> Code {
    let mut digits = [0u8; 20];
    let start = decimal(counter, &mut digits);
    let mut md5 = Md5::new();
    md5.update(&digits[start..]);
    md5.update(secret.expose().as_bytes());
    md5.update(pin.expose().as_bytes());
    let digest = md5.finalize();
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = [0u8; 6];
    for (i, b) in digest[..3].iter().enumerate() {
        out[2 * i] = HEX[usize::from(b >> 4)];
        out[2 * i + 1] = HEX[usize::from(b & 0x0f)];
    }
    Code::from_six(out)
}

/// Writes `n` in decimal at the end of `buf`, returning where it starts. Avoids an allocation
/// on the hot path that verification and diagnosis run hundreds of times.
fn decimal(mut n: u64, buf: &mut [u8; 20]) -> usize {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_has_no_padding() {
        let mut b = [0u8; 20];
        let s = decimal(0, &mut b);
        assert_eq!(&b[s..], b"0");
        let s = decimal(u64::MAX, &mut b);
        assert_eq!(&b[s..], u64::MAX.to_string().as_bytes());
    }

    #[test]
    fn parse_codes() {
        assert_eq!(Code::parse("A1B 2c3").unwrap().as_str(), "a1b2c3");
        assert_eq!(Code::parse("a1b-2c3").unwrap().grouped(), "a1b 2c3");
        assert!(Code::parse("a1b2c").is_err());
        assert!(Code::parse("a1b2c3d").is_err());
        assert!(Code::parse("a1b2cg").is_err());
        assert!(Code::parse("").is_err());
    }

    #[test]
    fn decimal_codes() {
        assert_eq!(Code::decimal(42, 6).as_str(), "000042");
        assert_eq!(Code::decimal(12_345_678, 8).grouped(), "1234 5678");
        assert_eq!(Code::decimal(1_234_567, 7).grouped(), "123 4567");
        assert_eq!(Code::parse_digits("123 456", 6).unwrap().as_str(), "123456");
        assert!(Code::parse_digits("12345", 6).is_err());
        assert!(Code::parse_digits("12345a", 6).is_err());
        assert!(Code::parse_digits("1234567", 6).is_err());
        let a = Code::parse_digits("123456", 6).unwrap();
        assert!(bool::from(a.ct_eq(&Code::decimal(123_456, 6))));
        assert!(!bool::from(a.ct_eq(&Code::decimal(123_456, 7))));
    }

    #[test]
    fn privacyidea_vector() {
        let s = Secret::new("0123456789abcdef").unwrap();
        assert_eq!(code(&s, &Pin::raw("6666"), 129612120).as_str(), "6ed4e4");
    }
}
