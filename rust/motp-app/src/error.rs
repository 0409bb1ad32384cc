//! The crate's one public error type, and the input fields errors belong to.
//!
//! An [`AppError`] carries a stable [`ErrorCode`] (for tests, analytics and the shells' own
//! branching), the [`Field`] it belongs to when it is about something the user typed (so the
//! app shows it under that field), the arguments of its sentence, and the sentence itself,
//! already localised from the Fluent catalog.

use motp_core::Error as CoreError;
use motp_core::error::TokenField;
pub use motp_text::MessageArg;

/// Result alias for this crate.
pub type Result<T, E = AppError> = std::result::Result<T, E>;

/// The input an error is about, so the app can show it under that field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[cfg_attr(feature = "uniffi", uniffi(name = "InputField"))]
pub enum Field {
    /// A token's secret.
    Secret,
    /// A PIN.
    Pin,
    /// A provisioning URI (pasted or scanned).
    Uri,
    /// The vault's (or a backup's) password.
    Password,
    /// The password's confirmation.
    PasswordConfirmation,
    /// The current password, asked again before changing it.
    CurrentPassword,
    /// A token's name: issuer or account.
    Name,
    /// A token's note.
    Note,
    /// A token's group.
    Group,
    /// A file being imported.
    File,
    /// A one-time code typed for the doctor.
    Code,
    /// An administrator's check code.
    CheckCode,
    /// A time server.
    Server,
    /// A sync server's address (the vault file's URL).
    SyncAddress,
}

impl Field {
    /// Stable machine-readable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Secret => "secret",
            Field::Pin => "pin",
            Field::Uri => "uri",
            Field::Password => "password",
            Field::PasswordConfirmation => "password_confirmation",
            Field::CurrentPassword => "current_password",
            Field::Name => "name",
            Field::Note => "note",
            Field::Group => "group",
            Field::File => "file",
            Field::Code => "code",
            Field::CheckCode => "check_code",
            Field::Server => "server",
            Field::SyncAddress => "sync_address",
        }
    }
}

/// Declares [`ErrorCode`] (with its stable names and the list of all codes) and, with the
/// `uniffi` feature, the mobile API's flat `AppCoreError` with one case per code, from one list:
/// a code is added in one place and the catalog test (`catalog_check.rs`) asks for its message.
macro_rules! error_codes {
    ($($(#[$doc:meta])* $code:ident = $name:literal,)*) => {
        /// What went wrong, as a stable code. Each has a message `error-<code>` in the catalog.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ErrorCode {
            $($(#[$doc])* $code,)*
        }

        impl ErrorCode {
            /// Every code, in declaration order.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$code,)*];

            /// Stable machine-readable name, also the catalog key `error-<name>` (with `-`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$code => $name,)*
                }
            }
        }

        /// Why `AppCore.dispatch` (or a job) refused: one case per [`ErrorCode`], so the case is
        /// the stable code (Kotlin `AppCoreException.Locked`, Swift `AppCoreError.Locked`), and
        /// the message is the localised sentence. Flat, so Kotlin's `message` and Swift's
        /// `localizedDescription` (rust/motp-ffi/swift/) are that sentence and nothing else.
        /// Mistakes in what the user typed are not thrown: the view shows them under their field.
        #[cfg(feature = "uniffi")]
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

        #[cfg(feature = "uniffi")]
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

error_codes! {
    /// The vault is locked: unlock it first. Every event that needs the vault gets this after
    /// a lock.
    Locked = "locked",
    /// Slow work is running (a save, an unlock, an import); try again when the view is no
    /// longer busy.
    Busy = "busy",
    /// The event does not fit the screen the app is on (a shell bug, or a stale tap).
    NotAvailable = "not_available",
    /// The token is not in the vault (any more).
    UnknownToken = "unknown_token",
    /// The vault password is wrong.
    WrongPassword = "wrong_password",
    /// A password was left empty.
    PasswordEmpty = "password_empty",
    /// The password and its confirmation differ.
    PasswordsDiffer = "passwords_differ",
    /// The user closed the device-key prompt.
    DeviceKeyCancelled = "device_key_cancelled",
    /// The device key no longer exists (biometrics changed): unlock with the password.
    DeviceKeyInvalidated = "device_key_invalidated",
    /// The device key store failed.
    DeviceKeyFailed = "device_key_failed",
    /// This vault has no device key for this device.
    NoDeviceKey = "no_device_key",
    /// The secret is not acceptable.
    SecretInvalid = "secret_invalid",
    /// The PIN is not acceptable for a new token.
    PinInvalid = "pin_invalid",
    /// A PIN is needed for this token's code.
    PinRequired = "pin_required",
    /// The text is not a provisioning URI we read.
    UriInvalid = "uri_invalid",
    /// The URI or QR code holds a kind of token this app does not hold.
    UriNotMotp = "uri_not_motp",
    /// A name (issuer, account, group) is not acceptable.
    NameInvalid = "name_invalid",
    /// The note is too long or has control characters.
    NoteInvalid = "note_invalid",
    /// The camera frame or picture is not usable.
    QrInvalid = "qr_invalid",
    /// The token is already in the vault.
    Duplicate = "duplicate",
    /// The backup is encrypted and needs its password.
    ImportPasswordRequired = "import_password_required",
    /// The backup's password is wrong.
    ImportWrongPassword = "import_wrong_password",
    /// The file is not a backup we can read.
    ImportUnreadable = "import_unreadable",
    /// The export could not be made.
    ExportFailed = "export_failed",
    /// Another window or device saved the vault in between.
    VaultChangedElsewhere = "vault_changed_elsewhere",
    /// Another program is saving the vault.
    VaultBusy = "vault_busy",
    /// Reading or writing the vault file failed.
    VaultIo = "vault_io",
    /// The vault file is damaged.
    VaultDamaged = "vault_damaged",
    /// The vault was made by a newer version of the app.
    VaultNewerVersion = "vault_newer_version",
    /// There is no vault file.
    VaultNotFound = "vault_not_found",
    /// A vault already exists where one was to be created.
    VaultExists = "vault_exists",
    /// The last way into the vault cannot be removed.
    LastSlot = "last_slot",
    /// The clock check failed (network, server).
    ClockFailed = "clock_failed",
    /// The time server's name is not valid.
    ClockServerInvalid = "clock_server_invalid",
    /// The administrator's check code is not three hex pairs.
    CheckCodeInvalid = "check_code_invalid",
    /// A typed code is not 6 hex characters.
    CodeInvalid = "code_invalid",
    /// The shell could not save or open a file.
    FileFailed = "file_failed",
    /// The camera cannot be used (not allowed, missing, or it failed to start).
    CameraUnavailable = "camera_unavailable",
    /// A setting is out of range.
    SettingInvalid = "setting_invalid",
    /// An icon pack that cannot be used or stored.
    IconPack = "icon_pack",
    /// A sync with the server failed (this device's vault is saved; the next sync tries
    /// again): the message says why and what to do.
    SyncFailed = "sync_failed",
    /// Anything else (the message says what).
    Other = "other",
}

impl ErrorCode {
    /// The catalog key of this code's message.
    pub fn message_id(self) -> String {
        format!("error-{}", self.as_str().replace('_', "-"))
    }
}

/// The crate's error: a stable code, the field it belongs to, the sentence's arguments and the
/// localised sentence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    /// What went wrong.
    pub code: ErrorCode,
    /// The input it is about, if any.
    pub field: Option<Field>,
    /// The sentence's arguments (never a secret).
    pub args: Vec<MessageArg>,
    /// The sentence, in the app's language.
    pub message: String,
}

/// What an engine error means to the app: its code, its field, its arguments. The engine's own
/// English sentence travels as the argument `detail` for the messages that quote it.
pub(crate) fn classify(e: &CoreError) -> (ErrorCode, Option<Field>, Vec<MessageArg>) {
    use ErrorCode as C;
    // A failed clock check is said in the app's words, with the server's name (motp-text).
    if let Some(args) = motp_text::clock_failure_args(e) {
        return (ErrorCode::ClockFailed, None, args);
    }
    let detail = vec![MessageArg::new("detail", e)];
    let (code, field) = match e {
        CoreError::SecretEmpty
        | CoreError::SecretNotPrintable { .. }
        | CoreError::SecretTooLong { .. }
        | CoreError::SecretLengthUnsupported(_)
        | CoreError::SecretNotBase32 { .. } => (C::SecretInvalid, Some(Field::Secret)),
        CoreError::PinPolicy(_) => (C::PinInvalid, Some(Field::Pin)),
        CoreError::PinRequired => (C::PinRequired, Some(Field::Pin)),
        CoreError::CodeMalformed { .. } => (C::CodeInvalid, Some(Field::Code)),
        CoreError::UriMalformed(_) => (C::UriInvalid, Some(Field::Uri)),
        CoreError::UriNotMotp { .. } => (C::UriNotMotp, Some(Field::Uri)),
        CoreError::CheckCodeMalformed { .. } => (C::CheckCodeInvalid, Some(Field::CheckCode)),
        CoreError::ClockServerInvalid { .. } => (C::ClockServerInvalid, Some(Field::Server)),
        CoreError::ImportPasswordRequired { .. } => {
            (C::ImportPasswordRequired, Some(Field::Password))
        }
        CoreError::ImportWrongPassword { .. } => (C::ImportWrongPassword, Some(Field::Password)),
        CoreError::ImportTooLarge { .. }
        | CoreError::ImportUnrecognized { .. }
        | CoreError::ImportCannotHoldMotp { .. }
        | CoreError::ImportMalformed { .. }
        | CoreError::ImportKdfLimit { .. }
        | CoreError::ImportUnsupported { .. }
        | CoreError::ImportTooManyEntries { .. } => (C::ImportUnreadable, Some(Field::File)),
        CoreError::ExportPasswordEmpty | CoreError::VaultPasswordEmpty => {
            (C::PasswordEmpty, Some(Field::Password))
        }
        CoreError::VaultWrongPassword => (C::WrongPassword, Some(Field::Password)),
        CoreError::VaultNoSuchSlot(_) => (C::NoDeviceKey, None),
        CoreError::VaultKeyStore { .. } => (C::DeviceKeyFailed, None),
        CoreError::VaultLastSlot => (C::LastSlot, None),
        CoreError::VaultChangedElsewhere | CoreError::VaultPasswordChangedElsewhere => {
            (C::VaultChangedElsewhere, None)
        }
        CoreError::VaultBusy { .. } => (C::VaultBusy, None),
        // A save that would make the file larger than any reader accepts: nothing was
        // written, as with a failed write (the detail says why).
        CoreError::VaultIo { .. } | CoreError::VaultWouldBeTooLarge { .. } => (C::VaultIo, None),
        CoreError::VaultCorrupt(_)
        | CoreError::VaultNotAVault(_)
        | CoreError::VaultTooLarge { .. }
        | CoreError::VaultDamagedPrevRefusesPassword { .. } => (C::VaultDamaged, None),
        CoreError::VaultNewerVersion { .. } => (C::VaultNewerVersion, None),
        CoreError::VaultNotFound { .. } => (C::VaultNotFound, None),
        CoreError::VaultExists { .. } => (C::VaultExists, None),
        CoreError::TokenNotFound { .. } | CoreError::TokenRemovedMeanwhile => {
            (C::UnknownToken, None)
        }
        CoreError::TokenInvalid {
            field: TokenField::Note,
            ..
        } => (C::NoteInvalid, Some(Field::Note)),
        CoreError::TokenInvalid { .. } => (C::NameInvalid, Some(Field::Name)),
        CoreError::QrFrameInvalid(_)
        | CoreError::QrImageUnreadable(_)
        | CoreError::QrNotFound
        | CoreError::QrTooLong { .. } => (C::QrInvalid, None),
        CoreError::InvalidOption(_) => (C::SettingInvalid, None),
        CoreError::IconPack(_) | CoreError::IconStore { .. } => (C::IconPack, Some(Field::File)),
        CoreError::SyncUrlInvalid { .. } => {
            return (
                C::SyncFailed,
                Some(Field::SyncAddress),
                sync_args("address", e),
            );
        }
        CoreError::SyncNotSetUp => return (C::SyncFailed, None, sync_args("not-set-up", e)),
        CoreError::SyncRefused { .. } => return (C::SyncFailed, None, sync_args("refused", e)),
        CoreError::SyncServer { status, .. } => {
            let mut args = sync_args("server", e);
            args.push(MessageArg::new("status", status));
            return (C::SyncFailed, None, args);
        }
        CoreError::SyncNoEtag => return (C::SyncFailed, None, sync_args("no-etag", e)),
        CoreError::SyncOtherVault | CoreError::VaultNotThisOne => {
            return (C::SyncFailed, None, sync_args("other-vault", e));
        }
        CoreError::SyncRaceLost { .. } => return (C::SyncFailed, None, sync_args("race", e)),
        _ => (C::Other, None),
    };
    (code, field, detail)
}

/// The arguments of `error-sync-failed`: its selector and the engine's sentence.
fn sync_args(problem: &str, e: &CoreError) -> Vec<MessageArg> {
    vec![
        MessageArg::new("problem", problem),
        MessageArg::new("detail", e),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use ErrorCode as C;

    fn s(t: &str) -> String {
        t.to_owned()
    }

    /// Every engine error the app words itself, with the code and the field it is shown under:
    /// a table, so a missing arm (which would fall to "Something went wrong") fails by name.
    #[test]
    fn each_engine_error_has_its_code_and_field() {
        let cases: Vec<(CoreError, ErrorCode, Option<Field>)> = vec![
            (
                CoreError::SecretEmpty,
                C::SecretInvalid,
                Some(Field::Secret),
            ),
            (CoreError::PinRequired, C::PinRequired, Some(Field::Pin)),
            (
                CoreError::CodeMalformed { problem: s("x") },
                C::CodeInvalid,
                Some(Field::Code),
            ),
            (
                CoreError::UriMalformed(s("x")),
                C::UriInvalid,
                Some(Field::Uri),
            ),
            (
                CoreError::UriNotMotp { what: s("x") },
                C::UriNotMotp,
                Some(Field::Uri),
            ),
            (
                CoreError::CheckCodeMalformed { problem: s("x") },
                C::CheckCodeInvalid,
                Some(Field::CheckCode),
            ),
            (
                CoreError::ClockServerInvalid {
                    server: s("x"),
                    problem: s("y"),
                },
                C::ClockServerInvalid,
                Some(Field::Server),
            ),
            (
                CoreError::ImportPasswordRequired { format: "Aegis" },
                C::ImportPasswordRequired,
                Some(Field::Password),
            ),
            (
                CoreError::ImportWrongPassword { format: "Aegis" },
                C::ImportWrongPassword,
                Some(Field::Password),
            ),
            (
                CoreError::ImportTooLarge { size: 2, max: 1 },
                C::ImportUnreadable,
                Some(Field::File),
            ),
            (
                CoreError::ExportPasswordEmpty,
                C::PasswordEmpty,
                Some(Field::Password),
            ),
            (
                CoreError::VaultPasswordEmpty,
                C::PasswordEmpty,
                Some(Field::Password),
            ),
            (
                CoreError::VaultWrongPassword,
                C::WrongPassword,
                Some(Field::Password),
            ),
            (CoreError::VaultNoSuchSlot(s("x")), C::NoDeviceKey, None),
            (
                CoreError::VaultKeyStore {
                    action: s("wrap"),
                    reason: s("y"),
                },
                C::DeviceKeyFailed,
                None,
            ),
            (CoreError::VaultLastSlot, C::LastSlot, None),
            (
                CoreError::VaultChangedElsewhere,
                C::VaultChangedElsewhere,
                None,
            ),
            (CoreError::VaultBusy { path: s("p") }, C::VaultBusy, None),
            (
                CoreError::VaultIo {
                    action: s("a"),
                    path: s("p"),
                    reason: s("r"),
                    consequence: s("c"),
                },
                C::VaultIo,
                None,
            ),
            (CoreError::VaultCorrupt(s("x")), C::VaultDamaged, None),
            (
                CoreError::VaultNewerVersion {
                    version: 9,
                    supported: 2,
                },
                C::VaultNewerVersion,
                None,
            ),
            (
                CoreError::VaultNotFound { path: s("p") },
                C::VaultNotFound,
                None,
            ),
            (
                CoreError::VaultExists { path: s("p") },
                C::VaultExists,
                None,
            ),
            (
                CoreError::TokenNotFound { name: s("n") },
                C::UnknownToken,
                None,
            ),
            (
                CoreError::TokenInvalid {
                    field: TokenField::Note,
                    problem: s("x"),
                },
                C::NoteInvalid,
                Some(Field::Note),
            ),
            (
                CoreError::TokenInvalid {
                    field: TokenField::Account,
                    problem: s("x"),
                },
                C::NameInvalid,
                Some(Field::Name),
            ),
            (CoreError::QrNotFound, C::QrInvalid, None),
            (CoreError::InvalidOption(s("x")), C::SettingInvalid, None),
            (CoreError::VaultLastSlot, C::LastSlot, None),
            // The errors of the second robustness round (#23) have codes of their own kind.
            (
                CoreError::ImportTooManyEntries {
                    format: "Aegis",
                    what: "entries",
                    max: 100_000,
                },
                C::ImportUnreadable,
                Some(Field::File),
            ),
            (
                CoreError::VaultPasswordChangedElsewhere,
                C::VaultChangedElsewhere,
                None,
            ),
            (
                CoreError::VaultWouldBeTooLarge {
                    size: 20_000_000,
                    max: 16_777_216,
                },
                C::VaultIo,
                None,
            ),
            (CoreError::TokenRemovedMeanwhile, C::UnknownToken, None),
        ];
        for (e, code, field) in cases {
            let (c, f, _) = classify(&e);
            assert_eq!((c, f), (code, field), "{e:?}");
        }
    }

    /// A failed clock check says why (a selector of `error-clock-failed`) and which server.
    #[test]
    fn each_clock_failure_has_its_reason() {
        let server = || s("time.example");
        let cases = [
            (
                CoreError::ClockServerNotFound {
                    server: server(),
                    reason: s("r"),
                },
                "not-found",
            ),
            (
                CoreError::ClockTimeout {
                    server: server(),
                    address: s("a"),
                    timeout_ms: 1,
                },
                "timeout",
            ),
            (
                CoreError::ClockUnreachable {
                    server: server(),
                    address: s("a"),
                    reason: s("r"),
                },
                "unreachable",
            ),
            (
                CoreError::ClockKissOfDeath {
                    server: server(),
                    code: s("RATE"),
                    advice: s("a"),
                },
                "refused",
            ),
            (
                CoreError::ClockServerUnsynchronized {
                    server: server(),
                    problem: s("p"),
                },
                "unsynchronized",
            ),
            (
                CoreError::ClockBadReply {
                    server: server(),
                    problem: s("p"),
                },
                "bad-reply",
            ),
        ];
        for (e, reason) in cases {
            let (code, field, args) = classify(&e);
            assert_eq!((code, field), (C::ClockFailed, None), "{e:?}");
            assert_eq!(
                args,
                vec![
                    MessageArg::new("reason", reason),
                    MessageArg::new("server", "time.example")
                ],
                "{e:?}"
            );
        }
    }

    /// The fields' names are part of the API (shells and logs key on them).
    #[test]
    fn field_names_are_stable() {
        let all = [
            (Field::Secret, "secret"),
            (Field::Pin, "pin"),
            (Field::Uri, "uri"),
            (Field::Password, "password"),
            (Field::PasswordConfirmation, "password_confirmation"),
            (Field::CurrentPassword, "current_password"),
            (Field::Name, "name"),
            (Field::Note, "note"),
            (Field::Group, "group"),
            (Field::File, "file"),
            (Field::Code, "code"),
            (Field::CheckCode, "check_code"),
            (Field::Server, "server"),
        ];
        for (f, name) in all {
            assert_eq!(f.as_str(), name);
        }
    }
}
