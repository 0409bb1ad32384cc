//! The opt-in PIN typo guard.
//!
//! A wrong PIN gives no error in mOTP — just a code the VPN server rejects, and after a few of
//! those the account locks. The guard stores, inside the encrypted vault, a 4-bit check of the
//! PIN under a random per-token salt: `check = SHA-256(salt ‖ pin)[0] & 0x0f`. A typed PIN whose
//! check differs is certainly wrong, so the app warns before the user burns a login attempt.
//!
//! The trade-off, stated honestly: a random typo passes the check with probability 1/16, so 15
//! of 16 typos are caught. Someone who holds the *unlocked* vault (they already have the secret)
//! learns 4 bits about the PIN: a 4-digit PIN's 10,000 candidates shrink to about 625, which
//! they must still try online, against the server's lockout. Tokens whose PIN is remembered
//! already store the PIN itself, so the guard adds nothing there; it is for "ask each time".

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::b64;
use crate::error::Result;
use crate::pin::Pin;

/// Salt length in bytes.
pub const GUARD_SALT_LEN: usize = 16;

/// The stored guard: a salt and the 4-bit check.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TypoGuard {
    #[serde(with = "b64::array")]
    salt: [u8; GUARD_SALT_LEN],
    check: u8,
}

impl std::fmt::Debug for TypoGuard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The check is 4 bits of the PIN: as secret as the PIN to an onlooker.
        f.write_str("TypoGuard(<redacted>)")
    }
}

fn check_value(salt: &[u8; GUARD_SALT_LEN], pin: &Pin) -> u8 {
    let mut h = Sha256::new();
    h.update(salt);
    h.update(pin.expose().as_bytes());
    h.finalize()[0] & 0x0f
}

impl TypoGuard {
    /// A guard for `pin` under a fresh random salt.
    pub(crate) fn new(pin: &Pin) -> Result<TypoGuard> {
        let salt = super::crypto::random::<GUARD_SALT_LEN>()?;
        Ok(TypoGuard {
            check: check_value(&salt, pin),
            salt,
        })
    }

    /// Whether `pin` passes (it may still be wrong, with probability 1/16).
    pub(crate) fn passes(&self, pin: &Pin) -> bool {
        check_value(&self.salt, pin) == self.check
    }

    /// Whether the stored check is a valid 4-bit value (a decoded file could hold anything).
    pub(crate) fn is_well_formed(&self) -> bool {
        self.check < 16
    }
}

/// What the typo guard says about the PIN a code was computed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TypoGuardCheck {
    /// The PIN passes the guard (or is the stored PIN).
    Ok,
    /// The PIN fails the guard: it is certainly not the PIN the guard was set up with.
    Mismatch,
    /// This token has no guard.
    NotSet,
}

impl TypoGuardCheck {
    /// A stable machine-readable name (JSON, FFI).
    pub fn code(&self) -> &'static str {
        match self {
            TypoGuardCheck::Ok => "ok",
            TypoGuardCheck::Mismatch => "mismatch",
            TypoGuardCheck::NotSet => "not_set",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catches_most_typos() {
        let pin = Pin::new("4711").unwrap();
        let guard = TypoGuard::new(&pin).unwrap();
        assert!(guard.passes(&pin));
        let passing = (0..10_000)
            .filter(|n| guard.passes(&Pin::raw(&format!("{n:04}"))))
            .count();
        // About 1/16 of the 4-digit space (625) passes, the true PIN among them.
        assert!((450..=800).contains(&passing), "{passing} passed");
    }

    #[test]
    fn known_answer() {
        // SHA-256(16 zero bytes ‖ "1234")[0] & 0x0f, computed with Python hashlib:
        // hashlib.sha256(bytes(16) + b"1234").digest()[0] & 15
        let g = TypoGuard {
            salt: [0; GUARD_SALT_LEN],
            check: 0,
        };
        assert_eq!(check_value(&g.salt, &Pin::raw("1234")), KNOWN);
    }
    const KNOWN: u8 = 4;

    #[test]
    fn debug_is_redacted() {
        let g = TypoGuard::new(&Pin::raw("1234")).unwrap();
        assert_eq!(format!("{g:?}"), "TypoGuard(<redacted>)");
    }
}
