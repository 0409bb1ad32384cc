//! The PIN typed into the token.
//!
//! A wrong PIN gives no error in mOTP, just a code the server rejects, which is why the PIN is
//! handled with the same care as the secret and why the policy for new tokens is explicit.
//! The raw algorithm takes any PIN text, so the published vectors with PIN `1` and `77777777`
//! compute; the policy (4–8 digits) applies when a user sets up a token. DrayTek routers accept
//! 4–7 digits, Aegis and Stratum only 4: we accept the union and a little more.

use std::fmt;

use zeroize::Zeroizing;

use crate::error::{Error, PinProblem, Result};

/// Fewest digits a new token's PIN may have.
pub const MIN_PIN_DIGITS: usize = 4;
/// Most digits a new token's PIN may have.
pub const MAX_PIN_DIGITS: usize = 8;
/// Most digits a typed PIN of an existing token may have. Servers outside our policy for new
/// tokens (privacyIDEA, LinOTP) take longer PINs, so this is far above 8, but it refuses what
/// cannot be a PIN at all (a pasted paragraph, 10 kB of input).
pub const MAX_TYPED_PIN_DIGITS: usize = 16;

/// A PIN. Zeroized on drop; `Debug` and `Display` never show it.
#[derive(Clone, PartialEq, Eq)]
pub struct Pin(Zeroizing<String>);

impl Pin {
    /// Any PIN text, as the algorithm takes it (for published vectors and imported tokens).
    pub fn raw(text: &str) -> Pin {
        Pin(Zeroizing::new(text.to_owned()))
    }

    /// A PIN for a new token or typed at a prompt: 4 to 8 digits, surrounding whitespace
    /// removed.
    pub fn new(text: &str) -> Result<Pin> {
        let pin = text.trim();
        Self::check_policy(pin)?;
        Ok(Pin(Zeroizing::new(pin.to_owned())))
    }

    /// A PIN typed for an existing token (`motp otp`, a code, the doctor): surrounding
    /// whitespace removed, then 1 to [`MAX_TYPED_PIN_DIGITS`] ASCII digits. Looser than
    /// [`Pin::new`], since the token was set up elsewhere (the published vectors use the PINs
    /// `1` and `77777777`), but a NUL, a letter, a non-ASCII digit (`٤`) or a pasted
    /// paragraph cannot be a PIN: the algorithm would take it silently and make codes the
    /// server rejects, so it is refused here instead.
    pub fn typed(text: &str) -> Result<Pin> {
        let pin = text.trim();
        if pin.is_empty() {
            return Err(Error::PinPolicy(PinProblem::TypedEmpty));
        }
        if !pin.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::PinPolicy(PinProblem::TypedNotDigits));
        }
        if pin.len() > MAX_TYPED_PIN_DIGITS {
            return Err(Error::PinPolicy(PinProblem::TypedTooLong));
        }
        Ok(Pin(Zeroizing::new(pin.to_owned())))
    }

    /// Checks a PIN against the policy for new tokens without keeping it.
    pub fn check_policy(pin: &str) -> Result<()> {
        if !pin.chars().all(|c| c.is_ascii_digit()) {
            return Err(Error::PinPolicy(PinProblem::NotDigits));
        }
        match pin.len() {
            n if n < MIN_PIN_DIGITS => Err(Error::PinPolicy(PinProblem::TooShort)),
            n if n > MAX_PIN_DIGITS => Err(Error::PinPolicy(PinProblem::TooLong)),
            _ => Ok(()),
        }
    }

    /// The PIN text, for hashing and storage inside the encrypted vault.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Pin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pin(<redacted>)")
    }
}

impl fmt::Display for Pin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<PIN redacted>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy() {
        assert!(Pin::new("1234").is_ok());
        assert!(Pin::new(" 12345678\n").is_ok());
        assert_eq!(
            Pin::new("123").unwrap_err(),
            Error::PinPolicy(PinProblem::TooShort)
        );
        assert_eq!(
            Pin::new("123456789").unwrap_err(),
            Error::PinPolicy(PinProblem::TooLong)
        );
        assert_eq!(
            Pin::new("12a4").unwrap_err(),
            Error::PinPolicy(PinProblem::NotDigits)
        );
        assert_eq!(Pin::raw("1").expose(), "1");
    }

    #[test]
    fn typed_pins_refuse_what_cannot_be_a_pin() {
        // The published vectors' PINs (1 and 8 digits) are accepted.
        assert_eq!(Pin::typed("1").unwrap().expose(), "1");
        assert_eq!(Pin::typed(" 77777777\r").unwrap().expose(), "77777777");
        assert!(Pin::typed(&"9".repeat(MAX_TYPED_PIN_DIGITS)).is_ok());
        let problem = |t: &str| match Pin::typed(t) {
            Err(Error::PinPolicy(p)) => p,
            other => panic!("{t:?}: {other:?}"),
        };
        assert_eq!(problem(""), PinProblem::TypedEmpty);
        assert_eq!(problem("  "), PinProblem::TypedEmpty);
        for bad in [
            "12\u{0}4",
            "12a4",
            "\u{664}\u{667}\u{661}\u{661}",
            "１２３４",
            "12 34",
        ] {
            assert_eq!(problem(bad), PinProblem::TypedNotDigits, "{bad:?}");
        }
        assert_eq!(problem(&"1".repeat(10_000)), PinProblem::TypedTooLong);
        let message = Error::PinPolicy(PinProblem::TypedNotDigits).to_string();
        assert!(message.contains("0-9"), "{message}");
    }

    #[test]
    fn redacted() {
        let p = Pin::new("4711").unwrap();
        assert!(!format!("{p:?}{p}").contains("4711"));
    }
}
