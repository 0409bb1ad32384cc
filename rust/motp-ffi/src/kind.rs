//! Token kinds for the apps: mOTP, TOTP (RFC 6238), HOTP (RFC 4226), or a newer app's kind.

use motp_core::{HashAlgorithm, HotpParams, OtpKind, TotpParams};

/// The HMAC hash of a TOTP or HOTP token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum OtpAlgorithm {
    Sha1,
    Sha256,
    Sha512,
}

/// What kind of token, with its parameters. `Unsupported` is a kind made by a newer app: it is
/// listed and kept, but its codes are refused until the app is updated.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum TokenKind {
    /// Mobile-OTP: 10 s steps, 6 hex characters, a PIN.
    Motp,
    /// Time-based: `digits` 6–8, `period_seconds` ≥ 1 (usually 30), `t0_seconds` usually 0.
    Totp {
        algorithm: OtpAlgorithm,
        digits: u8,
        period_seconds: u32,
        t0_seconds: i64,
    },
    /// Counter-based: `counter` is the counter of the next code.
    Hotp {
        algorithm: OtpAlgorithm,
        digits: u8,
        counter: u64,
    },
    /// A kind this version does not know (its name as stored).
    Unsupported { name: String },
}

impl From<HashAlgorithm> for OtpAlgorithm {
    fn from(a: HashAlgorithm) -> Self {
        match a {
            HashAlgorithm::Sha1 => OtpAlgorithm::Sha1,
            HashAlgorithm::Sha256 => OtpAlgorithm::Sha256,
            HashAlgorithm::Sha512 => OtpAlgorithm::Sha512,
        }
    }
}

impl From<OtpAlgorithm> for HashAlgorithm {
    fn from(a: OtpAlgorithm) -> Self {
        match a {
            OtpAlgorithm::Sha1 => HashAlgorithm::Sha1,
            OtpAlgorithm::Sha256 => HashAlgorithm::Sha256,
            OtpAlgorithm::Sha512 => HashAlgorithm::Sha512,
        }
    }
}

impl From<OtpKind> for TokenKind {
    fn from(k: OtpKind) -> Self {
        match k {
            OtpKind::Motp => TokenKind::Motp,
            OtpKind::Totp(p) => TokenKind::Totp {
                algorithm: p.algorithm.into(),
                digits: p.digits,
                period_seconds: p.period_seconds,
                t0_seconds: p.t0_seconds,
            },
            OtpKind::Hotp(p) => TokenKind::Hotp {
                algorithm: p.algorithm.into(),
                digits: p.digits,
                counter: p.counter,
            },
        }
    }
}

impl TokenKind {
    /// The core's kind; `None` for `Unsupported`, which the apps cannot create.
    pub(crate) fn to_core(&self) -> Option<OtpKind> {
        Some(match self {
            TokenKind::Motp => OtpKind::Motp,
            TokenKind::Totp {
                algorithm,
                digits,
                period_seconds,
                t0_seconds,
            } => OtpKind::Totp(TotpParams {
                algorithm: (*algorithm).into(),
                digits: *digits,
                period_seconds: *period_seconds,
                t0_seconds: *t0_seconds,
            }),
            TokenKind::Hotp {
                algorithm,
                digits,
                counter,
            } => OtpKind::Hotp(HotpParams {
                algorithm: (*algorithm).into(),
                digits: *digits,
                counter: *counter,
            }),
            TokenKind::Unsupported { .. } => return None,
        })
    }

    /// The kind of a listed token.
    pub(crate) fn of(kind: Option<OtpKind>, name: &str) -> TokenKind {
        match kind {
            Some(k) => k.into(),
            None => TokenKind::Unsupported {
                name: name.to_owned(),
            },
        }
    }
}
