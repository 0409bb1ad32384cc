//! `AppCoreError`: why `AppCore.dispatch` refused an event (Kotlin `AppCoreException.*`, Swift
//! `AppCoreError`).
//!
//! One variant per `motp_app::ErrorCode`, so the variant is the stable code, and the message is
//! the localised sentence from the app core's catalog. The error is flat (see `crate::error`
//! for why: Kotlin's `message` and Swift's `localizedDescription` are the sentence). Errors in
//! what the user typed are not thrown: the view shows them under their field.

use motp_app::{AppError, ErrorCode};

macro_rules! app_core_error {
    ($($(#[$doc:meta])* $code:ident),* $(,)?) => {
        /// Why the app core refused an event; the message is the sentence to show.
        #[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
        #[uniffi(flat_error)]
        pub enum AppCoreError {
            $(
                $(#[$doc])*
                #[error("{message}")]
                $code {
                    /// The localised sentence.
                    message: String,
                },
            )*
        }

        impl From<AppError> for AppCoreError {
            fn from(e: AppError) -> Self {
                let message = e.message;
                match e.code {
                    $(ErrorCode::$code => AppCoreError::$code { message },)*
                }
            }
        }
    };
}

app_core_error! {
    /// The vault is locked: every event that needs it fails so after a lock.
    Locked,
    /// Slow work is running; try again when the view is no longer busy.
    Busy,
    /// The event does not fit the screen (a shell bug, or a stale tap).
    NotAvailable,
    /// The token is not in the vault (any more).
    UnknownToken,
    /// The vault password is wrong.
    WrongPassword,
    /// A password was left empty.
    PasswordEmpty,
    /// The password and its confirmation differ.
    PasswordsDiffer,
    /// The user closed the device-key prompt.
    DeviceKeyCancelled,
    /// The device key no longer exists (biometrics changed).
    DeviceKeyInvalidated,
    /// The device key store failed.
    DeviceKeyFailed,
    /// This vault has no device key for this device.
    NoDeviceKey,
    /// The secret is not acceptable.
    SecretInvalid,
    /// The PIN is not acceptable for a new token.
    PinInvalid,
    /// A PIN is needed for this token's code.
    PinRequired,
    /// The text is not a provisioning URI.
    UriInvalid,
    /// The URI or QR code holds another kind of token.
    UriNotMotp,
    /// A name is not acceptable.
    NameInvalid,
    /// The note is not acceptable.
    NoteInvalid,
    /// The camera frame or picture is not usable.
    QrInvalid,
    /// The token is already in the vault.
    Duplicate,
    /// The backup needs its password.
    ImportPasswordRequired,
    /// The backup's password is wrong.
    ImportWrongPassword,
    /// The file is not a backup we can read.
    ImportUnreadable,
    /// The export could not be made.
    ExportFailed,
    /// Another window or device saved the vault in between.
    VaultChangedElsewhere,
    /// Another program is saving the vault.
    VaultBusy,
    /// Reading or writing the vault file failed.
    VaultIo,
    /// The vault file is damaged.
    VaultDamaged,
    /// The vault was made by a newer version of the app.
    VaultNewerVersion,
    /// There is no vault file.
    VaultNotFound,
    /// A vault already exists there.
    VaultExists,
    /// The last way into the vault cannot be removed.
    LastSlot,
    /// The clock check failed.
    ClockFailed,
    /// The time server's name is not valid.
    ClockServerInvalid,
    /// The administrator's check code is malformed.
    CheckCodeInvalid,
    /// A typed code is not 6 hex characters.
    CodeInvalid,
    /// The shell could not save or open a file.
    FileFailed,
    /// The camera cannot be used (not allowed, missing, or it failed to start).
    CameraUnavailable,
    /// A setting is out of range.
    SettingInvalid,
    /// Anything else (the message says what).
    Other,
}
