//! `AppEvent`: what the shell tells the app core, as UniFFI sees `motp_app::Event`.
//!
//! Conversion only. Passwords, PINs, secrets, URIs and key bytes arrive as `SensitiveText` /
//! `SensitiveBytes` objects, so a logged event prints none of them.

use std::sync::Arc;

use motp_app::{Destination, Event, PinPolicyChoice, SecretBytes, SecretText, TokenEdit};

use crate::app::{AppCoreError, AppJobOutcome};
use crate::sensitive::{SensitiveBytes, SensitiveText};
use crate::vault::ExportFileFormat;

fn text(t: &SensitiveText) -> SecretText {
    SecretText::new(t.text())
}

fn bytes(b: &SensitiveBytes) -> SecretBytes {
    SecretBytes::new(b.bytes())
}

/// Screens the user can go to.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum AppDestination {
    /// The token list.
    List,
    /// Adding a token.
    Add,
    /// One token's detail and edit screen.
    Detail { token_id: String },
    /// Backups: export, import, automatic backups.
    Backups,
    /// Troubleshooting: clock check, doctor, check code.
    Troubleshooting,
    /// Settings.
    Settings,
}

impl From<AppDestination> for Destination {
    fn from(d: AppDestination) -> Self {
        match d {
            AppDestination::List => Destination::List,
            AppDestination::Add => Destination::Add,
            AppDestination::Detail { token_id } => Destination::Detail { token_id },
            AppDestination::Backups => Destination::Backups,
            AppDestination::Troubleshooting => Destination::Troubleshooting,
            AppDestination::Settings => Destination::Settings,
        }
    }
}

/// How a new (or edited) token's PIN is handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum PinPolicyOption {
    /// Typed for every code, not stored.
    Ask,
    /// Typed for every code, with the 4-bit typo guard.
    AskWithTypoGuard,
    /// Stored in the vault.
    Remember,
}

impl From<PinPolicyOption> for PinPolicyChoice {
    fn from(p: PinPolicyOption) -> Self {
        match p {
            PinPolicyOption::Ask => PinPolicyChoice::Ask,
            PinPolicyOption::AskWithTypoGuard => PinPolicyChoice::AskWithTypoGuard,
            PinPolicyOption::Remember => PinPolicyChoice::Remember,
        }
    }
}

impl From<PinPolicyChoice> for PinPolicyOption {
    fn from(p: PinPolicyChoice) -> Self {
        match p {
            PinPolicyChoice::Ask => PinPolicyOption::Ask,
            PinPolicyChoice::AskWithTypoGuard => PinPolicyOption::AskWithTypoGuard,
            PinPolicyChoice::Remember => PinPolicyOption::Remember,
        }
    }
}

/// The detail screen's changes, saved together (one atomic save). `None` leaves a field as it
/// is; an empty text clears an optional one.
#[derive(Debug, Clone, uniffi::Record)]
pub struct TokenEditInput {
    pub issuer: Option<String>,
    pub account: Option<String>,
    pub note: Option<String>,
    pub group: Option<String>,
    pub favourite: Option<bool>,
    pub icon_key: Option<String>,
    pub pin_policy: Option<PinPolicyOption>,
    /// The PIN the new policy needs, or a new remembered PIN.
    pub pin: Option<Arc<SensitiveText>>,
    pub tolerance_seconds: Option<u32>,
}

impl From<TokenEditInput> for TokenEdit {
    fn from(e: TokenEditInput) -> Self {
        TokenEdit {
            issuer: e.issuer,
            account: e.account,
            note: e.note,
            group: e.group,
            favourite: e.favourite,
            icon_key: e.icon_key,
            pin_policy: e.pin_policy.map(Into::into),
            pin: e.pin.as_deref().map(text),
            tolerance_seconds: e.tolerance_seconds,
        }
    }
}

/// Why the camera cannot scan (`AppEvent::CameraUnavailable`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum CameraProblem {
    /// The user or a device policy has not allowed the camera.
    PermissionDenied,
    /// The device has no usable camera.
    NoCamera,
    /// The camera is allowed but did not start.
    Failed,
}

/// Something the shell tells the core: a user action, time passing, the lifecycle, or the
/// answer to an effect. `now_ms` is the device's wall clock (Unix ms); `request` answers the
/// effect that carried the same id. See `motp_app::Event` for each event's meaning.
#[derive(Debug, Clone, uniffi::Enum)]
pub enum AppEvent {
    // ---- lifecycle ----
    Started {
        now_ms: i64,
    },
    LocaleChanged {
        locale: String,
    },
    WentToBackground {
        now_ms: i64,
    },
    CameToForeground {
        now_ms: i64,
    },
    /// The instant the last `ScheduleTick` asked for has come.
    Tick {
        now_ms: i64,
    },
    /// Lock now: every key, secret and PIN in the core is wiped.
    Lock {
        now_ms: i64,
    },
    Navigate {
        to: AppDestination,
        now_ms: i64,
    },
    Back {
        now_ms: i64,
    },
    DismissNotice,
    // ---- first run ----
    FirstRunPasswordChanged {
        password: Arc<SensitiveText>,
    },
    CreateVault {
        password: Arc<SensitiveText>,
        confirmation: Arc<SensitiveText>,
        use_device_key: bool,
        now_ms: i64,
    },
    // ---- unlock and the device key ----
    UnlockWithPassword {
        password: Arc<SensitiveText>,
        now_ms: i64,
    },
    UnlockWithDeviceKey {
        now_ms: i64,
    },
    /// Answer to `UnwrapWithDeviceKey`: the vault key the key store unwrapped.
    DeviceKeyUnwrapped {
        request: u64,
        key: Arc<SensitiveBytes>,
        now_ms: i64,
    },
    /// Answer to `WrapWithDeviceKey`: what the key store returned (not secret).
    DeviceKeyWrapped {
        request: u64,
        wrapped: Vec<u8>,
        now_ms: i64,
    },
    /// The user closed the prompt.
    DeviceKeyCancelled {
        request: u64,
        now_ms: i64,
    },
    /// The key is gone for good (biometrics changed).
    DeviceKeyInvalidated {
        request: u64,
        now_ms: i64,
    },
    DeviceKeyFailed {
        request: u64,
        reason: String,
        now_ms: i64,
    },
    // ---- the token list ----
    SearchChanged {
        query: String,
        now_ms: i64,
    },
    GroupSelected {
        group: Option<String>,
        now_ms: i64,
    },
    PinEntered {
        token_id: String,
        pin: Arc<SensitiveText>,
        now_ms: i64,
    },
    CopyCode {
        token_id: String,
        now_ms: i64,
    },
    /// Show an HOTP token's next code (the counter moves and is saved first).
    NextHotpCode {
        token_id: String,
        now_ms: i64,
    },
    MoveToken {
        token_id: String,
        to_index: u32,
        now_ms: i64,
    },
    // ---- adding a token ----
    ScanQr {
        now_ms: i64,
    },
    /// Stop scanning and stay on the add screen.
    StopScanning {
        now_ms: i64,
    },
    /// A camera frame's luma (Y) plane (it may show a QR code holding a secret).
    CameraFrame {
        luma: Arc<SensitiveBytes>,
        width: u32,
        height: u32,
        row_stride: u32,
        now_ms: i64,
    },
    /// Answer to `StartCamera`: the camera cannot be used; the add screen says why.
    CameraUnavailable {
        problem: CameraProblem,
        now_ms: i64,
    },
    UriPasted {
        uri: Arc<SensitiveText>,
        now_ms: i64,
    },
    ManualEntry {
        issuer: Option<String>,
        account: String,
        secret: Arc<SensitiveText>,
        now_ms: i64,
    },
    GenerateSecret {
        issuer: Option<String>,
        account: String,
        long: bool,
        now_ms: i64,
    },
    PreviewAccepted {
        now_ms: i64,
    },
    PinPolicyChosen {
        policy: PinPolicyOption,
        pin: Option<Arc<SensitiveText>>,
        keep_uri_pin: bool,
        now_ms: i64,
    },
    ConfirmAdd {
        now_ms: i64,
    },
    AddAnyway {
        now_ms: i64,
    },
    // ---- detail and edit ----
    SaveEdit {
        token_id: String,
        edit: TokenEditInput,
        now_ms: i64,
    },
    RevealSecret {
        token_id: String,
        password: Arc<SensitiveText>,
        now_ms: i64,
    },
    HideSecret,
    DeleteToken {
        token_id: String,
        now_ms: i64,
    },
    ConfirmDelete {
        token_id: String,
        now_ms: i64,
    },
    CancelDelete,
    // ---- backups ----
    Export {
        format: ExportFileFormat,
        password: Option<Arc<SensitiveText>>,
        now_ms: i64,
    },
    ChooseImportFile {
        now_ms: i64,
    },
    FileOpened {
        request: u64,
        name: String,
        bytes: Arc<SensitiveBytes>,
        now_ms: i64,
    },
    FileSaved {
        request: u64,
        now_ms: i64,
    },
    /// `reason` `None`: cancelled by the user.
    FileFailed {
        request: u64,
        reason: Option<String>,
        now_ms: i64,
    },
    ImportPassword {
        password: Arc<SensitiveText>,
        now_ms: i64,
    },
    ConfirmImport {
        keep_pins: bool,
        now_ms: i64,
    },
    CloseImport,
    SetBackupFolder {
        folder: Option<String>,
        now_ms: i64,
    },
    // ---- troubleshooting ----
    CheckClock {
        now_ms: i64,
    },
    NetworkTimeAnswered {
        request: u64,
        network_ms: i64,
        device_ms: i64,
        uncertainty_ms: u64,
        source: String,
    },
    NetworkTimeUnavailable {
        request: u64,
        now_ms: i64,
    },
    ApplyClockCorrection {
        now_ms: i64,
    },
    ClearClockCorrection {
        now_ms: i64,
    },
    RunDoctor {
        token_id: String,
        pin: Option<Arc<SensitiveText>>,
        code: Option<String>,
        admin_check_code: Option<String>,
        now_ms: i64,
    },
    ShowCheckCode {
        token_id: String,
        now_ms: i64,
    },
    // ---- settings ----
    SetAutoLock {
        background_minutes: u32,
        inactivity_minutes: u32,
        now_ms: i64,
    },
    SetClipboardClear {
        seconds: u32,
        now_ms: i64,
    },
    SetDeviceKey {
        enabled: bool,
        now_ms: i64,
    },
    /// The current password is asked again before it changes.
    ChangePassword {
        current_password: Arc<SensitiveText>,
        new_password: Arc<SensitiveText>,
        confirmation: Arc<SensitiveText>,
        now_ms: i64,
    },
    // ---- slow work ----
    /// An `AppJob` the shell ran on a worker thread has finished.
    JobFinished {
        outcome: Arc<AppJobOutcome>,
        now_ms: i64,
    },
}

impl AppEvent {
    /// The core's event. Fails only for a job outcome delivered twice.
    pub(crate) fn into_core(self) -> Result<Event, AppCoreError> {
        use AppEvent as A;
        use Event as E;
        Ok(match self {
            A::Started { now_ms } => E::Started { now_ms },
            A::LocaleChanged { locale } => E::LocaleChanged { locale },
            A::WentToBackground { now_ms } => E::WentToBackground { now_ms },
            A::CameToForeground { now_ms } => E::CameToForeground { now_ms },
            A::Tick { now_ms } => E::Tick { now_ms },
            A::Lock { now_ms } => E::Lock { now_ms },
            A::Navigate { to, now_ms } => E::Navigate {
                to: to.into(),
                now_ms,
            },
            A::Back { now_ms } => E::Back { now_ms },
            A::DismissNotice => E::DismissNotice,
            A::FirstRunPasswordChanged { password } => E::FirstRunPasswordChanged {
                password: text(&password),
            },
            A::CreateVault {
                password,
                confirmation,
                use_device_key,
                now_ms,
            } => E::CreateVault {
                password: text(&password),
                confirmation: text(&confirmation),
                use_device_key,
                now_ms,
            },
            A::UnlockWithPassword { password, now_ms } => E::UnlockWithPassword {
                password: text(&password),
                now_ms,
            },
            A::UnlockWithDeviceKey { now_ms } => E::UnlockWithDeviceKey { now_ms },
            A::DeviceKeyUnwrapped {
                request,
                key,
                now_ms,
            } => E::DeviceKeyUnwrapped {
                request,
                key: bytes(&key),
                now_ms,
            },
            A::DeviceKeyWrapped {
                request,
                wrapped,
                now_ms,
            } => E::DeviceKeyWrapped {
                request,
                wrapped,
                now_ms,
            },
            A::DeviceKeyCancelled { request, now_ms } => E::DeviceKeyCancelled { request, now_ms },
            A::DeviceKeyInvalidated { request, now_ms } => {
                E::DeviceKeyInvalidated { request, now_ms }
            }
            A::DeviceKeyFailed {
                request,
                reason,
                now_ms,
            } => E::DeviceKeyFailed {
                request,
                reason,
                now_ms,
            },
            A::SearchChanged { query, now_ms } => E::SearchChanged { query, now_ms },
            A::GroupSelected { group, now_ms } => E::GroupSelected { group, now_ms },
            A::PinEntered {
                token_id,
                pin,
                now_ms,
            } => E::PinEntered {
                token_id,
                pin: text(&pin),
                now_ms,
            },
            A::CopyCode { token_id, now_ms } => E::CopyCode { token_id, now_ms },
            A::NextHotpCode { token_id, now_ms } => E::NextHotpCode { token_id, now_ms },
            A::MoveToken {
                token_id,
                to_index,
                now_ms,
            } => E::MoveToken {
                token_id,
                to_index,
                now_ms,
            },
            A::ScanQr { now_ms } => E::ScanQr { now_ms },
            A::StopScanning { now_ms } => E::StopScanning { now_ms },
            A::CameraFrame {
                luma,
                width,
                height,
                row_stride,
                now_ms,
            } => E::CameraFrame {
                luma: luma.bytes().to_vec(),
                width,
                height,
                row_stride,
                now_ms,
            },
            A::CameraUnavailable { problem, now_ms } => E::CameraUnavailable {
                problem: match problem {
                    CameraProblem::PermissionDenied => motp_app::CameraProblem::PermissionDenied,
                    CameraProblem::NoCamera => motp_app::CameraProblem::NoCamera,
                    CameraProblem::Failed => motp_app::CameraProblem::Failed,
                },
                now_ms,
            },
            A::UriPasted { uri, now_ms } => E::UriPasted {
                uri: text(&uri),
                now_ms,
            },
            A::ManualEntry {
                issuer,
                account,
                secret,
                now_ms,
            } => E::ManualEntry {
                issuer,
                account,
                secret: text(&secret),
                now_ms,
            },
            A::GenerateSecret {
                issuer,
                account,
                long,
                now_ms,
            } => E::GenerateSecret {
                issuer,
                account,
                long,
                now_ms,
            },
            A::PreviewAccepted { now_ms } => E::PreviewAccepted { now_ms },
            A::PinPolicyChosen {
                policy,
                pin,
                keep_uri_pin,
                now_ms,
            } => E::PinPolicyChosen {
                policy: policy.into(),
                pin: pin.as_deref().map(text),
                keep_uri_pin,
                now_ms,
            },
            A::ConfirmAdd { now_ms } => E::ConfirmAdd { now_ms },
            A::AddAnyway { now_ms } => E::AddAnyway { now_ms },
            A::SaveEdit {
                token_id,
                edit,
                now_ms,
            } => E::SaveEdit {
                token_id,
                edit: edit.into(),
                now_ms,
            },
            A::RevealSecret {
                token_id,
                password,
                now_ms,
            } => E::RevealSecret {
                token_id,
                password: text(&password),
                now_ms,
            },
            A::HideSecret => E::HideSecret,
            A::DeleteToken { token_id, now_ms } => E::DeleteToken { token_id, now_ms },
            A::ConfirmDelete { token_id, now_ms } => E::ConfirmDelete { token_id, now_ms },
            A::CancelDelete => E::CancelDelete,
            A::Export {
                format,
                password,
                now_ms,
            } => E::Export {
                format: format.into(),
                password: password.as_deref().map(text),
                now_ms,
            },
            A::ChooseImportFile { now_ms } => E::ChooseImportFile { now_ms },
            A::FileOpened {
                request,
                name,
                bytes: b,
                now_ms,
            } => E::FileOpened {
                request,
                name,
                bytes: bytes(&b),
                now_ms,
            },
            A::FileSaved { request, now_ms } => E::FileSaved { request, now_ms },
            A::FileFailed {
                request,
                reason,
                now_ms,
            } => E::FileFailed {
                request,
                reason,
                now_ms,
            },
            A::ImportPassword { password, now_ms } => E::ImportPassword {
                password: text(&password),
                now_ms,
            },
            A::ConfirmImport { keep_pins, now_ms } => E::ConfirmImport { keep_pins, now_ms },
            A::CloseImport => E::CloseImport,
            A::SetBackupFolder { folder, now_ms } => E::SetBackupFolder { folder, now_ms },
            A::CheckClock { now_ms } => E::CheckClock { now_ms },
            A::NetworkTimeAnswered {
                request,
                network_ms,
                device_ms,
                uncertainty_ms,
                source,
            } => E::NetworkTimeAnswered {
                request,
                network_ms,
                device_ms,
                uncertainty_ms,
                source,
            },
            A::NetworkTimeUnavailable { request, now_ms } => {
                E::NetworkTimeUnavailable { request, now_ms }
            }
            A::ApplyClockCorrection { now_ms } => E::ApplyClockCorrection { now_ms },
            A::ClearClockCorrection { now_ms } => E::ClearClockCorrection { now_ms },
            A::RunDoctor {
                token_id,
                pin,
                code,
                admin_check_code,
                now_ms,
            } => E::RunDoctor {
                token_id,
                pin: pin.as_deref().map(text),
                code,
                admin_check_code,
                now_ms,
            },
            A::ShowCheckCode { token_id, now_ms } => E::ShowCheckCode { token_id, now_ms },
            A::SetAutoLock {
                background_minutes,
                inactivity_minutes,
                now_ms,
            } => E::SetAutoLock {
                background_minutes,
                inactivity_minutes,
                now_ms,
            },
            A::SetClipboardClear { seconds, now_ms } => E::SetClipboardClear { seconds, now_ms },
            A::SetDeviceKey { enabled, now_ms } => E::SetDeviceKey { enabled, now_ms },
            A::ChangePassword {
                current_password,
                new_password,
                confirmation,
                now_ms,
            } => E::ChangePassword {
                current_password: text(&current_password),
                new_password: text(&new_password),
                confirmation: text(&confirmation),
                now_ms,
            },
            A::JobFinished { outcome, now_ms } => E::JobFinished {
                outcome: outcome.take()?,
                now_ms,
            },
        })
    }
}
