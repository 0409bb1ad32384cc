//! The four kinds of token and their parameters: mOTP, TOTP (RFC 6238), HOTP (RFC 4226) and
//! Steam Guard.
//!
//! mOTP has no parameters (10 s steps, 6 hex characters, MD5). TOTP and HOTP share the HMAC
//! hash and the number of digits; TOTP adds a period and a start time T0, HOTP a counter. The
//! limits are those of Google's Key URI format as the apps in the field accept it: 6–8 digits,
//! SHA-1/SHA-256/SHA-512, any period from 1 s. Steam Guard has no parameters either: it is TOTP
//! with HMAC-SHA1 in 30 s periods from 1970, whose value is written as 5 characters of Steam's
//! own alphabet instead of decimal digits ([`CodeFormat::Steam`]).

use std::fmt;

use crate::error::{Error, Result};

/// The TOTP period when none is given (RFC 6238's default, and every app's).
pub const DEFAULT_PERIOD_SECONDS: u32 = 30;
/// The number of digits when none is given.
pub const DEFAULT_DIGITS: u8 = 6;
/// Fewest digits of a TOTP/HOTP code (RFC 4226 §5.3 requires at least 6).
pub const MIN_DIGITS: u8 = 6;
/// Most digits of a TOTP/HOTP code (31 bits hold 9 digits, but no server uses more than 8).
pub const MAX_DIGITS: u8 = 8;
/// The longest TOTP period we store (a day): far above any real server (30 or 60 s), it keeps
/// countdown arithmetic away from overflow.
pub const MAX_PERIOD_SECONDS: u32 = 86_400;

/// The HMAC hash of a TOTP or HOTP token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum HashAlgorithm {
    /// HMAC-SHA-1: RFC 4226's, and the default everywhere.
    #[default]
    Sha1,
    /// HMAC-SHA-256 (RFC 6238).
    Sha256,
    /// HMAC-SHA-512 (RFC 6238).
    Sha512,
}

impl HashAlgorithm {
    /// The name as the Key URI format and Aegis write it: `SHA1`, `SHA256`, `SHA512`.
    pub fn name(self) -> &'static str {
        match self {
            HashAlgorithm::Sha1 => "SHA1",
            HashAlgorithm::Sha256 => "SHA256",
            HashAlgorithm::Sha512 => "SHA512",
        }
    }

    /// Reads `SHA1`, `sha-256`, `HmacSHA512`…: the spellings apps and servers use.
    pub fn parse(text: &str) -> Result<HashAlgorithm> {
        let t = text.trim().to_ascii_uppercase().replace('-', "");
        let t = t.strip_prefix("HMAC").unwrap_or(&t);
        match t {
            "SHA1" => Ok(HashAlgorithm::Sha1),
            "SHA256" => Ok(HashAlgorithm::Sha256),
            "SHA512" => Ok(HashAlgorithm::Sha512),
            _ => Err(Error::InvalidOption(format!(
                "the algorithm \"{}\" is not supported: use SHA1, SHA256 or SHA512",
                text.chars().take(32).collect::<String>()
            ))),
        }
    }

    /// All three, in the order the doctor tries them.
    pub const ALL: [HashAlgorithm; 3] = [
        HashAlgorithm::Sha1,
        HashAlgorithm::Sha256,
        HashAlgorithm::Sha512,
    ];
}

impl fmt::Display for HashAlgorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A TOTP token's parameters (RFC 6238).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TotpParams {
    /// The HMAC hash.
    pub algorithm: HashAlgorithm,
    /// Code length, 6–8.
    pub digits: u8,
    /// Seconds per code, ≥ 1.
    pub period_seconds: u32,
    /// The Unix time counting starts from (RFC 6238's T0), usually 0.
    pub t0_seconds: i64,
}

impl Default for TotpParams {
    fn default() -> Self {
        TotpParams {
            algorithm: HashAlgorithm::Sha1,
            digits: DEFAULT_DIGITS,
            period_seconds: DEFAULT_PERIOD_SECONDS,
            t0_seconds: 0,
        }
    }
}

/// An HOTP token's parameters (RFC 4226).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HotpParams {
    /// The HMAC hash.
    pub algorithm: HashAlgorithm,
    /// Code length, 6–8.
    pub digits: u8,
    /// The counter of the **next** code to show.
    pub counter: u64,
}

/// Steam Guard's alphabet: a code's characters, least significant first (digits and consonants
/// that cannot be mistaken for one another; as Steam's own app, Aegis, 2FAS and andOTP use it).
pub const STEAM_ALPHABET: &[u8; 26] = b"23456789BCDFGHJKMNPQRTVWXY";
/// The length of a Steam Guard code.
pub const STEAM_CODE_LENGTH: u8 = 5;
/// Steam Guard's timing and hash: HMAC-SHA1, 30 s periods from 1970 (`digits` holds the code's
/// length; its characters come from [`STEAM_ALPHABET`], not decimal digits).
pub const STEAM_TIMING: TotpParams = TotpParams {
    algorithm: HashAlgorithm::Sha1,
    digits: STEAM_CODE_LENGTH,
    period_seconds: DEFAULT_PERIOD_SECONDS,
    t0_seconds: 0,
};

/// How an HMAC value becomes the characters a person types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CodeFormat {
    /// RFC 4226's decimal truncation to this many digits (TOTP, HOTP).
    Digits(u8),
    /// Steam Guard: [`STEAM_CODE_LENGTH`] characters of [`STEAM_ALPHABET`].
    Steam,
}

/// What kind of token this is, with its parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OtpKind {
    /// Mobile-OTP: MD5 of time, secret and PIN; 10 s steps; 6 hex characters.
    #[default]
    Motp,
    /// Time-based (RFC 6238).
    Totp(TotpParams),
    /// Counter-based (RFC 4226).
    Hotp(HotpParams),
    /// Steam Guard: time-based with fixed parameters ([`STEAM_TIMING`]), 5 characters of
    /// [`STEAM_ALPHABET`].
    Steam,
}

impl OtpKind {
    /// `motp`, `totp`, `hotp` or `steam`: the name in URIs, JSON and the vault.
    pub fn name(&self) -> &'static str {
        match self {
            OtpKind::Motp => "motp",
            OtpKind::Totp(_) => "totp",
            OtpKind::Hotp(_) => "hotp",
            OtpKind::Steam => "steam",
        }
    }

    /// The time steps of a time-based OATH kind (TOTP's own, Steam's fixed ones); `None` for
    /// mOTP (10 s steps of its own) and HOTP (no clock).
    pub fn oath_timing(&self) -> Option<TotpParams> {
        match self {
            OtpKind::Totp(p) => Some(*p),
            OtpKind::Steam => Some(STEAM_TIMING),
            OtpKind::Motp | OtpKind::Hotp(_) => None,
        }
    }

    /// Seconds per code of a time-based kind (mOTP's 10, TOTP's period, Steam's 30); `None` for
    /// HOTP, whose codes change by a tap, not by time.
    pub fn step_seconds(&self) -> Option<u32> {
        match self {
            OtpKind::Motp => Some(crate::time::STEP_SECONDS as u32),
            OtpKind::Hotp(_) => None,
            OtpKind::Totp(_) | OtpKind::Steam => self.oath_timing().map(|p| p.period_seconds),
        }
    }

    /// How an OATH kind writes its codes; `None` for mOTP (hex of MD5).
    pub fn code_format(&self) -> Option<CodeFormat> {
        match self {
            OtpKind::Totp(TotpParams { digits, .. }) | OtpKind::Hotp(HotpParams { digits, .. }) => {
                Some(CodeFormat::Digits(*digits))
            }
            OtpKind::Steam => Some(CodeFormat::Steam),
            OtpKind::Motp => None,
        }
    }

    /// How many characters a code has: 6 (mOTP), the token's digits (TOTP, HOTP), 5 (Steam).
    pub fn code_length(&self) -> u8 {
        match self.code_format() {
            Some(CodeFormat::Digits(d)) => d,
            Some(CodeFormat::Steam) => STEAM_CODE_LENGTH,
            None => 6,
        }
    }

    /// Whether codes need a PIN (only mOTP's do).
    pub fn uses_pin(&self) -> bool {
        matches!(self, OtpKind::Motp)
    }

    /// Checks digits and period; the message names the parameter.
    pub fn check(&self) -> Result<()> {
        match self {
            OtpKind::Motp | OtpKind::Steam => Ok(()),
            OtpKind::Totp(p) => {
                check_digits(p.digits)?;
                check_period(p.period_seconds)?;
                check_t0(p.t0_seconds)
            }
            OtpKind::Hotp(p) => check_digits(p.digits),
        }
    }
}

/// Refuses digits outside 6–8, naming the parameter.
pub fn check_digits(digits: u8) -> Result<()> {
    if !(MIN_DIGITS..=MAX_DIGITS).contains(&digits) {
        return Err(Error::InvalidOption(format!(
            "digits={digits} is not supported: TOTP and HOTP codes have 6, 7 or 8 digits"
        )));
    }
    Ok(())
}

/// Refuses a period of 0 or more than a day, naming the parameter.
pub fn check_period(seconds: u32) -> Result<()> {
    if seconds == 0 || seconds > MAX_PERIOD_SECONDS {
        return Err(Error::InvalidOption(format!(
            "period={seconds} is not supported: a TOTP period is 1 to {MAX_PERIOD_SECONDS} \
             seconds (almost always 30)"
        )));
    }
    Ok(())
}

/// Refuses a T0 further from 1970 than the last instant codes are computed for (the year
/// 9999), either way, naming the value: a T0 of `i64::MIN` would make every code fail.
pub fn check_t0(t0_seconds: i64) -> Result<()> {
    let max = crate::time::MAX_UNIX_SECONDS;
    if !(-max..=max).contains(&t0_seconds) {
        return Err(Error::InvalidOption(format!(
            "t0={t0_seconds} is not supported: a TOTP start time T0 is at most {max} seconds \
             (the year 9999) from 1970-01-01 either way, and almost always 0"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn algorithm_spellings() {
        for (t, a) in [
            ("SHA1", HashAlgorithm::Sha1),
            ("sha256", HashAlgorithm::Sha256),
            ("SHA-512", HashAlgorithm::Sha512),
            ("HmacSHA256", HashAlgorithm::Sha256),
        ] {
            assert_eq!(HashAlgorithm::parse(t).unwrap(), a);
        }
        let e = HashAlgorithm::parse("MD5").unwrap_err().to_string();
        assert!(e.contains("MD5") && e.contains("SHA1"), "{e}");
    }

    #[test]
    fn limits_name_the_parameter() {
        assert!(
            check_digits(5)
                .unwrap_err()
                .to_string()
                .contains("digits=5")
        );
        assert!(check_digits(9).is_err());
        assert!(check_digits(7).is_ok());
        assert!(
            check_period(0)
                .unwrap_err()
                .to_string()
                .contains("period=0")
        );
        assert!(check_period(1).is_ok());
    }
}
