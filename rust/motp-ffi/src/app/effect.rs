//! `AppEffect`: what the app core asks the shell to do, as UniFFI sees `motp_app::Effect`.
//!
//! Conversion only. A job leaves as an opaque `AppJob` object (it may own the vault and
//! passwords); key bytes, copied codes and files leave as `SensitiveText` / `SensitiveBytes`,
//! read with an explicit `expose()`.

use std::sync::Arc;

use motp_app::{AppSettings, Effect, ExportFormat, HapticKind, JobKind};

use crate::app::AppJob;
use crate::sensitive::{SensitiveBytes, SensitiveText};
use crate::vault::ExportFileFormat;

impl From<ExportFileFormat> for ExportFormat {
    fn from(f: ExportFileFormat) -> Self {
        match f {
            ExportFileFormat::MotpBackup => ExportFormat::MotpBackup,
            ExportFileFormat::Aegis => ExportFormat::Aegis,
            ExportFileFormat::UriList => ExportFormat::UriList,
        }
    }
}

impl From<ExportFormat> for ExportFileFormat {
    fn from(f: ExportFormat) -> Self {
        match f {
            ExportFormat::MotpBackup => ExportFileFormat::MotpBackup,
            ExportFormat::Aegis => ExportFileFormat::Aegis,
            ExportFormat::UriList => ExportFileFormat::UriList,
        }
    }
}

/// A vibration the shell may play.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum HapticFeedback {
    Success,
    Warning,
    Error,
}

impl From<HapticKind> for HapticFeedback {
    fn from(h: HapticKind) -> Self {
        match h {
            HapticKind::Success => HapticFeedback::Success,
            HapticKind::Warning => HapticFeedback::Warning,
            HapticKind::Error => HapticFeedback::Error,
        }
    }
}

/// What kind of slow work a job is (for the busy indicator and logs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum AppJobKind {
    InspectVault,
    CreateVault,
    Unlock,
    ReadDeviceSlot,
    Save,
    Export,
    ReadImport,
    Reauthenticate,
    ClockCheck,
    DecodeFrame,
}

impl From<JobKind> for AppJobKind {
    fn from(k: JobKind) -> Self {
        match k {
            JobKind::InspectVault => AppJobKind::InspectVault,
            JobKind::CreateVault => AppJobKind::CreateVault,
            JobKind::Unlock => AppJobKind::Unlock,
            JobKind::ReadDeviceSlot => AppJobKind::ReadDeviceSlot,
            JobKind::Save => AppJobKind::Save,
            JobKind::Export => AppJobKind::Export,
            JobKind::ReadImport => AppJobKind::ReadImport,
            JobKind::Reauthenticate => AppJobKind::Reauthenticate,
            JobKind::ClockCheck => AppJobKind::ClockCheck,
            JobKind::DecodeFrame => AppJobKind::DecodeFrame,
        }
    }
}

/// The app's own settings, which the shell stores (SharedPreferences, UserDefaults) and passes
/// back at start in `AppCoreConfig`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AppSettingsRecord {
    /// Lock after this many minutes in the background (0: at once).
    pub lock_after_background_minutes: u32,
    /// Lock after this many minutes without a touch (0: never).
    pub lock_after_inactivity_minutes: u32,
    /// Clear a copied code after this many seconds (0: never).
    pub clipboard_clear_seconds: u32,
    pub backup_folder: Option<String>,
    /// The vault generation last backed up, 0 if never.
    pub last_backup_generation: u64,
    pub last_backup_ms: Option<i64>,
}

impl From<AppSettings> for AppSettingsRecord {
    fn from(s: AppSettings) -> Self {
        AppSettingsRecord {
            lock_after_background_minutes: s.lock_after_background_minutes,
            lock_after_inactivity_minutes: s.lock_after_inactivity_minutes,
            clipboard_clear_seconds: s.clipboard_clear_seconds,
            backup_folder: s.backup_folder,
            last_backup_generation: s.last_backup_generation,
            last_backup_ms: s.last_backup_ms,
        }
    }
}

impl From<AppSettingsRecord> for AppSettings {
    fn from(s: AppSettingsRecord) -> Self {
        AppSettings {
            lock_after_background_minutes: s.lock_after_background_minutes,
            lock_after_inactivity_minutes: s.lock_after_inactivity_minutes,
            clipboard_clear_seconds: s.clipboard_clear_seconds,
            backup_folder: s.backup_folder,
            last_backup_generation: s.last_backup_generation,
            last_backup_ms: s.last_backup_ms,
        }
    }
}

/// The words of the system's biometric prompt (Android `BiometricPrompt` title and negative
/// button, iOS `LAContext` reason), in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DeviceKeyPrompt {
    pub title: String,
    /// Why the prompt is up (iOS shows only this).
    pub reason: String,
    /// The button that closes it without the device key.
    pub cancel: String,
}

impl From<motp_app::DeviceKeyPrompt> for DeviceKeyPrompt {
    fn from(p: motp_app::DeviceKeyPrompt) -> Self {
        DeviceKeyPrompt {
            title: p.title,
            reason: p.reason,
            cancel: p.cancel,
        }
    }
}

/// Something the core asks the shell to do, in order. Effects with a `request` are answered
/// with the event that names it. See `motp_app::Effect` for each one's meaning.
#[derive(Debug, Clone, uniffi::Enum)]
pub enum AppEffect {
    /// Send `Tick` at this instant; replaces any earlier tick (one timer).
    ScheduleTick {
        at_ms: i64,
    },
    /// Call `job.run()` on a worker thread (holding no lock of yours the UI needs), then
    /// dispatch `JobFinished` with its outcome.
    RunJob {
        job: Arc<AppJob>,
    },
    /// Show the device-key prompt and unwrap `wrapped`. Answer `DeviceKeyUnwrapped`,
    /// `DeviceKeyCancelled`, `DeviceKeyInvalidated` or `DeviceKeyFailed`.
    UnwrapWithDeviceKey {
        request: u64,
        protector_id: String,
        wrapped: Vec<u8>,
        /// The prompt's words, in the user's language.
        prompt: DeviceKeyPrompt,
    },
    /// Show the device-key prompt and wrap the vault key (enrolling). Answer `DeviceKeyWrapped`
    /// or a failure.
    WrapWithDeviceKey {
        request: u64,
        protector_id: String,
        key: Arc<SensitiveBytes>,
        /// The prompt's words, in the user's language.
        prompt: DeviceKeyPrompt,
    },
    /// Delete the device key from the key store.
    DeleteDeviceKey {
        protector_id: String,
    },
    StartCamera,
    StopCamera,
    /// Put `text.expose()` on the clipboard; mark it sensitive; clear it after the delay if
    /// it is still ours.
    CopyToClipboard {
        text: Arc<SensitiveText>,
        sensitive: bool,
        clear_after_ms: Option<u64>,
    },
    /// The system save dialog. Answer `FileSaved` / `FileFailed`.
    SaveFile {
        request: u64,
        suggested_name: String,
        mime_type: String,
        bytes: Arc<SensitiveBytes>,
    },
    /// Write into the automatic-backup folder without asking. Answer `FileSaved` / `FileFailed`.
    SaveToFolder {
        request: u64,
        folder: String,
        file_name: String,
        bytes: Arc<SensitiveBytes>,
    },
    /// The system open dialog. Answer `FileOpened` / `FileFailed`.
    OpenFile {
        request: u64,
        mime_types: Vec<String>,
    },
    /// Ask the platform for network time. Answer `NetworkTimeAnswered` /
    /// `NetworkTimeUnavailable`.
    AskNetworkTime {
        request: u64,
    },
    /// Store these settings (they come back in the next `AppCoreConfig`).
    PersistSettings {
        settings: AppSettingsRecord,
    },
    Haptic {
        kind: HapticFeedback,
    },
    /// Read this out to screen-reader users.
    Announce {
        text: String,
    },
}

impl From<Effect> for AppEffect {
    fn from(e: Effect) -> Self {
        use AppEffect as A;
        use Effect as E;
        match e {
            E::ScheduleTick { at_ms } => A::ScheduleTick { at_ms },
            E::RunJob { job } => A::RunJob {
                job: AppJob::new(job),
            },
            E::UnwrapWithDeviceKey {
                request,
                protector_id,
                wrapped,
                prompt,
            } => A::UnwrapWithDeviceKey {
                request,
                protector_id,
                wrapped,
                prompt: prompt.into(),
            },
            E::WrapWithDeviceKey {
                request,
                protector_id,
                key,
                prompt,
            } => A::WrapWithDeviceKey {
                request,
                protector_id,
                key: SensitiveBytes::new(key.expose().to_vec()),
                prompt: prompt.into(),
            },
            E::DeleteDeviceKey { protector_id } => A::DeleteDeviceKey { protector_id },
            E::StartCamera => A::StartCamera,
            E::StopCamera => A::StopCamera,
            E::CopyToClipboard {
                text,
                sensitive,
                clear_after_ms,
            } => A::CopyToClipboard {
                text: SensitiveText::new(text.expose().to_owned()),
                sensitive,
                clear_after_ms,
            },
            E::SaveFile {
                request,
                suggested_name,
                mime_type,
                bytes,
            } => A::SaveFile {
                request,
                suggested_name,
                mime_type,
                bytes: SensitiveBytes::new(bytes.expose().to_vec()),
            },
            E::SaveToFolder {
                request,
                folder,
                file_name,
                bytes,
            } => A::SaveToFolder {
                request,
                folder,
                file_name,
                bytes: SensitiveBytes::new(bytes.expose().to_vec()),
            },
            E::OpenFile {
                request,
                mime_types,
            } => A::OpenFile {
                request,
                mime_types,
            },
            E::AskNetworkTime { request } => A::AskNetworkTime { request },
            E::PersistSettings { settings } => A::PersistSettings {
                settings: settings.into(),
            },
            E::Haptic { kind } => A::Haptic { kind: kind.into() },
            E::Announce { text } => A::Announce { text },
        }
    }
}
