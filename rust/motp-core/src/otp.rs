//! The mOTP algorithm.
//!
//! `code = first 6 hex chars, lowercase, of MD5(decimal(counter) ‖ secret ‖ pin)` with
//! `counter = floor(unix_seconds / 10)` written in decimal without padding — as in the original
//! motp.sourceforge.net MIDlet, `otpverify.sh`, privacyIDEA, LinOTP, Aegis, Stratum and andOTP.

use std::fmt;

use md5::{Digest, Md5};
use subtle::ConstantTimeEq;

use crate::error::{Error, Result};
use crate::pin::Pin;
use crate::secret::Secret;

/// A 6-character mOTP code (lowercase hex).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Code([u8; 6]);

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
        Ok(Code(out))
    }

    /// The code as typed into a VPN client: 6 lowercase hex characters, no spaces.
    pub fn as_str(&self) -> &str {
        // Only ASCII hex digits are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("??????")
    }

    /// The code grouped for reading, `a1b 2c3`.
    pub fn grouped(&self) -> String {
        let s = self.as_str();
        format!("{} {}", &s[..3], &s[3..])
    }

    /// Constant-time equality, for servers comparing a submitted code.
    pub fn ct_eq(&self, other: &Code) -> subtle::Choice {
        self.0.ct_eq(&other.0)
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
    Code(out)
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
    fn privacyidea_vector() {
        let s = Secret::new("0123456789abcdef").unwrap();
        assert_eq!(code(&s, &Pin::raw("6666"), 129612120).as_str(), "6ed4e4");
    }
}
