//! The one error the bindings see: Kotlin `MotpException`, Swift `MotpError`.
//!
//! Variants are grouped by what the app does about them (show the message, ask for the password
//! again, reopen the vault…); each carries the core's message, which says what to do.

/// Errors from every call of the mobile API.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum MotpError {
    /// The secret, PIN, code, URI or another input is not acceptable; show the message.
    #[error("{message}")]
    InvalidInput { message: String },
    /// The URI or QR code holds something other than an mOTP token (TOTP, a web address…).
    #[error("{message}")]
    NotMotp { message: String },
    /// The device time is unusable (before 1970, out of range).
    #[error("{message}")]
    InvalidTime { message: String },
    /// Anything else from the core; the message says what to do.
    #[error("{message}")]
    Other { message: String },
}

impl From<motp_core::Error> for MotpError {
    fn from(e: motp_core::Error) -> Self {
        use motp_core::Error as E;
        let message = e.to_string();
        match e {
            E::SecretEmpty
            | E::SecretNotPrintable { .. }
            | E::SecretTooLong { .. }
            | E::SecretLengthUnsupported(_)
            | E::PinPolicy(_)
            | E::CodeMalformed { .. }
            | E::UriMalformed(_)
            | E::InvalidOption(_) => MotpError::InvalidInput { message },
            E::UriNotMotp { .. } => MotpError::NotMotp { message },
            E::TimeBeforeEpoch { .. } | E::TimeOutOfRange { .. } => {
                MotpError::InvalidTime { message }
            }
            _ => MotpError::Other { message },
        }
    }
}
