//! Effects: what the core asks the shell to do. The shell carries each out and, where the
//! effect says so, answers with an event carrying the same `request` id.
//!
//! Effects are returned in the order they should be carried out. None of them is carried out
//! by the core itself: it has no thread, no clock, no file and no platform of its own.

use crate::http::HttpCall;
use crate::protocol::{Job, RequestId};
use crate::sensitive::{SecretBytes, SecretText};

/// A vibration the shell may play.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[cfg_attr(feature = "uniffi", uniffi(name = "HapticFeedback"))]
pub enum HapticKind {
    /// Something succeeded (a code copied, a token added).
    Success,
    /// A warning (a PIN the typo guard rejects).
    Warning,
    /// An error.
    Error,
}

/// How the token list is sorted (favourites always come first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TokenSort {
    /// The user's own order (drag to reorder: `ListEvent::MoveToken`).
    #[default]
    Manual,
    /// By account name, then issuer (letter case ignored).
    Name,
    /// By issuer, then account; tokens without an issuer last.
    Issuer,
    /// Most recently used first (a code copied or revealed); never used last.
    LastUsed,
}

impl TokenSort {
    /// Every choice, in the order the list's menu offers them.
    pub(crate) const ALL: [TokenSort; 4] = [
        TokenSort::Manual,
        TokenSort::Name,
        TokenSort::Issuer,
        TokenSort::LastUsed,
    ];
}

/// The app's own settings, which the shell stores (SharedPreferences, UserDefaults) and
/// passes back at start in [`AppConfig`](crate::AppConfig).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(feature = "uniffi", uniffi(name = "AppSettingsRecord"))]
pub struct AppSettings {
    /// Lock after this many minutes in the background (0: at once).
    pub lock_after_background_minutes: u32,
    /// Lock after this many minutes without a touch in the foreground (0: never).
    pub lock_after_inactivity_minutes: u32,
    /// Clear a copied code from the clipboard after this many seconds (0: never).
    pub clipboard_clear_seconds: u32,
    /// The folder for automatic backups, if the user chose one.
    pub backup_folder: Option<String>,
    /// The vault generation last backed up (by export or automatic backup), 0 if never.
    pub last_backup_generation: u64,
    /// When the last backup was made, Unix ms.
    pub last_backup_ms: Option<i64>,
    /// How the token list is sorted.
    pub sort: TokenSort,
    /// TOTP, HOTP and Steam codes show masked until their row is tapped.
    pub hide_codes: bool,
}

impl Default for AppSettings {
    fn default() -> Self {
        AppSettings {
            lock_after_background_minutes: 5,
            lock_after_inactivity_minutes: 10,
            clipboard_clear_seconds: 30,
            backup_folder: None,
            last_backup_generation: 0,
            last_backup_ms: None,
            sort: TokenSort::Manual,
            hide_codes: false,
        }
    }
}

/// The words of the system's biometric prompt (Android `BiometricPrompt`, iOS `LAContext`'s
/// reason), so the prompt speaks the app's language like every other screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DeviceKeyPrompt {
    /// "Unlock mOTP Token" / "Turn on unlocking with Pixel 8 (fingerprint)".
    pub title: String,
    /// Why the prompt is up (iOS shows only this).
    pub reason: String,
    /// The button that closes it without the device key ("Use password", "Cancel").
    pub cancel: String,
}

/// Something the core asks the shell to do.
#[derive(Debug)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[cfg_attr(feature = "uniffi", uniffi(name = "AppEffect"))]
pub enum Effect {
    /// Send [`Event::Tick`](crate::Event::Tick) at this instant (device clock, Unix ms). It
    /// replaces any tick asked for before: the shell keeps one timer. The core asks for the
    /// instant the view next changes (a countdown second, a new code, an auto-lock), never
    /// more often.
    ScheduleTick {
        /// When.
        at_ms: i64,
    },
    /// Run this on a worker thread and send its outcome back.
    RunJob {
        /// The work.
        job: Job,
    },
    /// Show the device-key prompt (biometrics) and unwrap the vault key. Answer with
    /// `DeviceKeyUnwrapped`, `DeviceKeyCancelled`, `DeviceKeyInvalidated` or `DeviceKeyFailed`.
    UnwrapWithDeviceKey {
        /// The request.
        request: RequestId,
        /// The key store's identifier (as configured).
        protector_id: String,
        /// The wrapped key as stored in the vault.
        wrapped: Vec<u8>,
        /// What the biometric prompt says, in the user's language.
        prompt: DeviceKeyPrompt,
    },
    /// Show the device-key prompt and wrap the vault key (enrolling this device). Answer with
    /// `DeviceKeyWrapped` or one of the failures.
    WrapWithDeviceKey {
        /// The request.
        request: RequestId,
        /// The key store's identifier.
        protector_id: String,
        /// The vault key to wrap.
        key: SecretBytes,
        /// What the biometric prompt says, in the user's language.
        prompt: DeviceKeyPrompt,
    },
    /// Delete the device key from the key store (the device key was turned off).
    DeleteDeviceKey {
        /// The key store's identifier.
        protector_id: String,
    },
    /// Start the camera and send frames as `CameraFrame`.
    StartCamera,
    /// Stop the camera.
    StopCamera,
    /// Put text on the clipboard.
    CopyToClipboard {
        /// The text.
        text: SecretText,
        /// Mark it sensitive (Android `EXTRA_IS_SENSITIVE`, iOS local-only, no history).
        sensitive: bool,
        /// Clear it after this many ms, if it is still ours then.
        clear_after_ms: Option<u64>,
    },
    /// Let the user save a file (system save dialog). Answer with `FileSaved` / `FileFailed`.
    SaveFile {
        /// The request.
        request: RequestId,
        /// A suggested file name.
        suggested_name: String,
        /// Its MIME type.
        mime_type: String,
        /// The contents.
        bytes: SecretBytes,
    },
    /// Write a file into the folder the user chose for automatic backups, without asking.
    /// Answer with `FileSaved` / `FileFailed`.
    SaveToFolder {
        /// The request.
        request: RequestId,
        /// The folder, as the user chose it.
        folder: String,
        /// The file name.
        file_name: String,
        /// The contents (the encrypted vault file).
        bytes: SecretBytes,
    },
    /// List the file names in the automatic backups' folder (no dialog). Answer with
    /// `FolderListed` / `FileFailed`.
    ListFolder {
        /// The request.
        request: RequestId,
        /// The folder, as the user chose it.
        folder: String,
    },
    /// Read one file of the automatic backups' folder (no dialog). Answer with `FileOpened` /
    /// `FileFailed`.
    ReadFromFolder {
        /// The request.
        request: RequestId,
        /// The folder.
        folder: String,
        /// The file's name (as listed).
        file_name: String,
    },
    /// Delete these files of the automatic backups' folder (versions past keeping). No answer:
    /// a file left behind is removed by the next rotation.
    DeleteFromFolder {
        /// The folder.
        folder: String,
        /// The files' names.
        file_names: Vec<String>,
    },
    /// Let the user pick a file (system open dialog). Answer with `FileOpened` / `FileFailed`.
    OpenFile {
        /// The request.
        request: RequestId,
        /// MIME types to offer.
        mime_types: Vec<String>,
    },
    /// Ask the platform for network time (Android `SystemClock.currentNetworkTimeClock`, iOS
    /// none). Answer with `NetworkTimeAnswered` or `NetworkTimeUnavailable`.
    AskNetworkTime {
        /// The request.
        request: RequestId,
    },
    /// Store these settings (they come back in the next `AppConfig`).
    PersistSettings {
        /// The settings.
        settings: AppSettings,
    },
    /// Play a vibration.
    Haptic {
        /// Which.
        kind: HapticKind,
    },
    /// Read this out to screen-reader users (TalkBack, VoiceOver).
    Announce {
        /// The sentence, localised.
        text: String,
    },
    /// Send this HTTP request with the platform's client (a WebDAV sync), after waiting the
    /// call's `delay_ms`. Answer with `HttpAnswered` (any status) or `HttpFailed` (no answer).
    /// Certificate errors are failures, never skipped.
    SendHttp {
        /// The request.
        request: RequestId,
        /// What to send.
        call: HttpCall,
    },
}
