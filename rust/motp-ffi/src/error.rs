//! The one error the bindings see: Kotlin `MotpException`, Swift `MotpError`.
//!
//! Fields are named `reason`, not `message`, which would clash with Kotlin's
//! `Throwable.message`. Variants are grouped by what the app does about them (show the message, ask for the password
//! again, reopen the vault…); each carries the core's message, which says what to do.

/// Errors from every call of the mobile API.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum MotpError {
    /// The secret, PIN, code, URI or another input is not acceptable; show the message.
    #[error("{reason}")]
    InvalidInput { reason: String },
    /// The URI or QR code holds something other than an mOTP token (TOTP, a web address…).
    #[error("{reason}")]
    NotMotp { reason: String },
    /// The device time is unusable (before 1970, out of range).
    #[error("{reason}")]
    InvalidTime { reason: String },
    /// Anything else from the core; the message says what to do.
    #[error("{reason}")]
    Other { reason: String },
}

impl From<motp_core::Error> for MotpError {
    fn from(e: motp_core::Error) -> Self {
        use motp_core::Error as E;
        let reason = e.to_string();
        match e {
            E::SecretEmpty
            | E::SecretNotPrintable { .. }
            | E::SecretTooLong { .. }
            | E::SecretLengthUnsupported(_)
            | E::PinPolicy(_)
            | E::CodeMalformed { .. }
            | E::UriMalformed(_)
            | E::InvalidOption(_) => MotpError::InvalidInput { reason },
            E::UriNotMotp { .. } => MotpError::NotMotp { reason },
            E::TimeBeforeEpoch { .. } | E::TimeOutOfRange { .. } => {
                MotpError::InvalidTime { reason }
            }
            _ => MotpError::Other { reason },
        }
    }
}
