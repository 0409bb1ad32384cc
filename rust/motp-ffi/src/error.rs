//! The one error the bindings see: Kotlin `MotpException.*`, Swift `MotpError`.
//!
//! Variants are grouped by what the app does about them (show the message, ask for the
//! password again, reopen the vault, re-enrol the key store…). The error is *flat* in UniFFI's
//! terms: only the variant and the readable sentence (the core's message, which says what to
//! do) cross. That is what makes Kotlin's `MotpException.message` the sentence itself — a
//! UniFFI error with fields gets a generated `message` of `reason=…`, debug text — and Swift's
//! `MotpError` carries `message` too; `rust/motp-ffi/swift/MotpErrorDescription.swift` (shipped in
//! `bindings/swift` beside the generated file) makes it the error's `localizedDescription`.
/// Errors from every call of the mobile API.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum MotpError {
    /// A secret, PIN, code, URI, option or name is not acceptable: show the reason.
    #[error("{reason}")]
    InvalidInput { reason: String },
    /// The URI or QR code holds something other than an mOTP token (TOTP, a web address…).
    #[error("{reason}")]
    NotMotp { reason: String },
    /// The device time is unusable (before 1970, out of range).
    #[error("{reason}")]
    InvalidTime { reason: String },
    /// The password does not open the vault or backup: ask again.
    #[error("{reason}")]
    WrongPassword { reason: String },
    /// The backup is encrypted and no password was given: ask for it.
    #[error("{reason}")]
    PasswordRequired { reason: String },
    /// The token asks for its PIN and none was given: ask for it.
    #[error("{reason}")]
    PinRequired { reason: String },
    /// No token with that id or name.
    #[error("{reason}")]
    NotFound { reason: String },
    /// The vault file changed since it was opened (another process or device): reopen it.
    #[error("{reason}")]
    ChangedElsewhere { reason: String },
    /// Another process holds the vault's lock: try again shortly.
    #[error("{reason}")]
    Busy { reason: String },
    /// The file was made by a newer version of mOTP Token: update the app.
    #[error("{reason}")]
    NewerVersion { reason: String },
    /// The file is not a vault or is damaged beyond use (and no previous copy opened).
    #[error("{reason}")]
    Damaged { reason: String },
    /// The platform key store failed (key invalidated, biometrics changed…): use the password
    /// and re-enrol.
    #[error("{reason}")]
    KeyStore { reason: String },
    /// Reading or writing files failed (disk full, permissions, missing folder).
    #[error("{reason}")]
    Storage { reason: String },
    /// A backup from another app cannot be read.
    #[error("{reason}")]
    ImportFailed { reason: String },
    /// The clock check failed (no network, timeout, kiss-o'-death).
    #[error("{reason}")]
    Clock { reason: String },
    /// The camera frame or image holds no readable QR code: keep scanning.
    #[error("{reason}")]
    NoQrCode { reason: String },
    /// Anything else; the reason says what to do.
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
            | E::OathCodeMalformed { .. }
            | E::SecretNotBase32 { .. }
            | E::WrongKind(_)
            | E::CheckCodeMalformed { .. }
            | E::UriMalformed(_)
            | E::InvalidOption(_)
            | E::ClockServerInvalid { .. }
            | E::ExportPasswordEmpty
            | E::VaultPasswordEmpty
            | E::VaultKdfParams(_)
            | E::VaultLastSlot
            | E::TokenInvalid { .. }
            | E::QrFrameInvalid(_)
            | E::QrImageUnreadable(_)
            | E::QrTooLong { .. } => MotpError::InvalidInput { reason },
            E::QrNotFound => MotpError::NoQrCode { reason },
            E::UriNotMotp { .. } | E::ImportCannotHoldMotp { .. } => MotpError::NotMotp { reason },
            E::TimeBeforeEpoch { .. } | E::TimeOutOfRange { .. } => {
                MotpError::InvalidTime { reason }
            }
            E::VaultWrongPassword | E::ImportWrongPassword { .. } => {
                MotpError::WrongPassword { reason }
            }
            E::ImportPasswordRequired { .. } => MotpError::PasswordRequired { reason },
            E::PinRequired => MotpError::PinRequired { reason },
            E::TokenNotFound { .. } | E::TokenNameAmbiguous { .. } | E::VaultNoSuchSlot(_) => {
                MotpError::NotFound { reason }
            }
            E::VaultChangedElsewhere => MotpError::ChangedElsewhere { reason },
            E::VaultBusy { .. } => MotpError::Busy { reason },
            E::VaultNewerVersion { .. } | E::TokenKindUnsupported { .. } => {
                MotpError::NewerVersion { reason }
            }
            E::VaultNotAVault(_) | E::VaultCorrupt(_) | E::VaultTooLarge { .. } => {
                MotpError::Damaged { reason }
            }
            E::VaultKeyStore { .. } => MotpError::KeyStore { reason },
            E::VaultIo { .. }
            | E::VaultExists { .. }
            | E::VaultLeftovers { .. }
            | E::VaultNotFound { .. } => MotpError::Storage { reason },
            E::ImportTooLarge { .. }
            | E::ImportUnrecognized { .. }
            | E::ImportMalformed { .. }
            | E::ImportKdfLimit { .. }
            | E::ImportUnsupported { .. } => MotpError::ImportFailed { reason },
            E::ClockServerNotFound { .. }
            | E::ClockTimeout { .. }
            | E::ClockUnreachable { .. }
            | E::ClockKissOfDeath { .. }
            | E::ClockServerUnsynchronized { .. }
            | E::ClockBadReply { .. } => MotpError::Clock { reason },
            _ => MotpError::Other { reason },
        }
    }
}

impl From<uniffi::UnexpectedUniFFICallbackError> for MotpError {
    fn from(e: uniffi::UnexpectedUniFFICallbackError) -> Self {
        MotpError::KeyStore {
            reason: format!("the platform key store failed unexpectedly: {}", e.reason),
        }
    }
}
