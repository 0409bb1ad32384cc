//! Events: everything the shell tells the core — the user's actions, the passing of time, the
//! app's lifecycle, and the answers to effects the core asked for.
//!
//! Every event that can depend on time carries `now_ms`, the device's wall clock in Unix
//! milliseconds: the core never reads a clock. Requests the core made (`request` ids in
//! [`Effect`](crate::Effect)s) are answered with the same id; a stale answer (to a request the
//! core no longer waits for, e.g. after a lock) is ignored.

use crate::effect::TokenSort;
use crate::http::HttpFailure;
use crate::protocol::{ExportFormat, JobOutcome, RequestId};
use crate::sensitive::{SecretBytes, SecretText};

/// A token's id as the views show it (the UUID's hyphenated form).
pub type TokenKey = String;

/// A folder's files, as `ListFolder` found them. (A record of its own: inside `AppEvent`, the
/// generated Kotlin would read `List<String>` as the `AppEvent.List` case.)
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FolderListing {
    /// The file names (any order).
    pub file_names: Vec<String>,
}

/// Screens the user can go to from the token list.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[cfg_attr(feature = "uniffi", uniffi(name = "AppDestination"))]
pub enum Destination {
    /// The token list.
    List,
    /// Adding a token.
    Add,
    /// One token's detail and edit screen.
    Detail {
        /// The token.
        token_id: TokenKey,
    },
    /// Backups: export, import, automatic backups.
    Backups,
    /// Troubleshooting: clock check, doctor, check code.
    Troubleshooting,
    /// Settings.
    Settings,
    /// The trash: deleted tokens, kept 30 days.
    Trash,
}

/// How a new token's PIN is handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[cfg_attr(feature = "uniffi", uniffi(name = "PinPolicyOption"))]
pub enum PinPolicyChoice {
    /// Typed for every code, not stored (the default: the PIN stays a second factor).
    #[default]
    Ask,
    /// Typed for every code, with the 4-bit typo guard made from the PIN given now.
    AskWithTypoGuard,
    /// Stored in the vault.
    Remember,
}

/// Why the camera cannot scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum CameraProblem {
    /// The user (or a device policy) has not allowed the app to use the camera.
    PermissionDenied,
    /// The device has no camera the app can use.
    NoCamera,
    /// The camera is there and allowed but did not start (in use by another app, an error).
    Failed,
}

/// Changes made on the detail screen, saved together in one atomic save. `None` leaves a
/// field as it is; `Some("")` clears an optional text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(feature = "uniffi", uniffi(name = "TokenEditInput"))]
pub struct TokenEdit {
    /// New issuer.
    pub issuer: Option<String>,
    /// New account (username).
    pub account: Option<String>,
    /// New note.
    pub note: Option<String>,
    /// New group.
    pub group: Option<String>,
    /// Favourite or not.
    pub favourite: Option<bool>,
    /// New icon key (a name the shell maps to a picture).
    pub icon_key: Option<String>,
    /// New PIN policy; `pin` is the PIN it needs (typo guard, remember).
    pub pin_policy: Option<PinPolicyChoice>,
    /// The PIN for the new policy, or a new remembered PIN.
    pub pin: Option<SecretText>,
    /// New server tolerance ("use within"), seconds.
    pub tolerance_seconds: Option<u32>,
}

/// Something the shell tells the core: the lifecycle, time, navigation and the answers to the
/// core's effects at the top; the user's actions on a screen nested in that screen's event
/// (`Event::Add(AddEvent::UriPasted { .. })`), handled by that screen's module.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[cfg_attr(feature = "uniffi", uniffi(name = "AppEvent"))]
pub enum Event {
    /// The app started: the core looks at the vault file (a job) and shows first run or
    /// unlock.
    Started {
        /// Now.
        now_ms: i64,
    },
    /// The user's language changed.
    LocaleChanged {
        /// A BCP 47 tag such as `de-AT`.
        locale: String,
    },
    /// The app went to the background.
    WentToBackground {
        /// Now.
        now_ms: i64,
    },
    /// The app came back to the foreground (the core locks if it was away too long).
    CameToForeground {
        /// Now.
        now_ms: i64,
    },
    /// The instant a `ScheduleTick` effect asked for has come (or any later one).
    Tick {
        /// Now.
        now_ms: i64,
    },
    /// Lock now: every key, secret and PIN in the core is wiped.
    Lock {
        /// Now.
        now_ms: i64,
    },
    /// Go to a screen.
    Navigate {
        /// Where.
        to: Destination,
        /// Now.
        now_ms: i64,
    },
    /// Back to the token list.
    Back {
        /// Now.
        now_ms: i64,
    },
    /// The user dismissed the notice on top of the screen.
    DismissNotice,
    /// Answer to `UnwrapWithDeviceKey`: the unwrapped vault key.
    DeviceKeyUnwrapped {
        /// The request answered.
        request: RequestId,
        /// The vault key.
        key: SecretBytes,
        /// Now.
        now_ms: i64,
    },
    /// Answer to `WrapWithDeviceKey`: the wrapped vault key, to store in the vault.
    DeviceKeyWrapped {
        /// The request answered.
        request: RequestId,
        /// What the key store returned.
        wrapped: Vec<u8>,
        /// Now.
        now_ms: i64,
    },
    /// Answer to either device-key request: the user closed the prompt.
    DeviceKeyCancelled {
        /// The request answered.
        request: RequestId,
        /// Now.
        now_ms: i64,
    },
    /// Answer to either device-key request: the key is gone for good (biometrics changed;
    /// Android `KeyPermanentlyInvalidatedException`, iOS item missing after enrolment
    /// changed). The user unlocks with the password and may enrol the device again.
    DeviceKeyInvalidated {
        /// The request answered.
        request: RequestId,
        /// Now.
        now_ms: i64,
    },
    /// Answer to either device-key request: another failure of the key store.
    DeviceKeyFailed {
        /// The request answered.
        request: RequestId,
        /// What the platform said (shown as a detail; never a secret).
        reason: String,
        /// Now.
        now_ms: i64,
    },
    /// Answer to `OpenFile`.
    FileOpened {
        /// The request answered.
        request: RequestId,
        /// The file's name, for the preview.
        name: String,
        /// Its bytes.
        bytes: SecretBytes,
        /// Now.
        now_ms: i64,
    },
    /// Answer to `SaveFile` / `SaveToFolder`: written.
    FileSaved {
        /// The request answered.
        request: RequestId,
        /// Now.
        now_ms: i64,
    },
    /// Answer to `OpenFile`, `SaveFile` or `SaveToFolder`: the user cancelled or it failed.
    FileFailed {
        /// The request answered.
        request: RequestId,
        /// `None`: cancelled by the user; otherwise what the platform said.
        reason: Option<String>,
        /// Now.
        now_ms: i64,
    },
    /// Answer to `ListFolder`: the names of the folder's files.
    FolderListed {
        /// The request answered.
        request: RequestId,
        /// The files.
        listing: FolderListing,
        /// Now.
        now_ms: i64,
    },
    /// Answer to `AskNetworkTime`.
    NetworkTimeAnswered {
        /// The request answered.
        request: RequestId,
        /// True time, Unix ms, as the platform's network time says.
        network_ms: i64,
        /// This device's clock at the same instant.
        device_ms: i64,
        /// How far off the network time may be, ms.
        uncertainty_ms: u64,
        /// Where it came from (e.g. "Android network time"), shown in the result.
        source: String,
    },
    /// Answer to `AskNetworkTime`: the platform has none; the core runs an NTP exchange.
    NetworkTimeUnavailable {
        /// The request answered.
        request: RequestId,
        /// Now.
        now_ms: i64,
    },
    /// Answer to `SendHttp`: the server answered (whatever the status).
    HttpAnswered {
        /// The request answered.
        request: RequestId,
        /// The HTTP status.
        status: u16,
        /// The answer's `ETag` header, as sent (quotes kept).
        etag: Option<String>,
        /// The answer's body (at most `MAX_HTTP_BODY_BYTES`).
        body: SecretBytes,
        /// Now.
        now_ms: i64,
    },
    /// Answer to `SendHttp`: no answer came.
    HttpFailed {
        /// The request answered.
        request: RequestId,
        /// Why.
        failure: HttpFailure,
        /// What the platform said (shown as a detail; never a secret).
        detail: String,
        /// Now.
        now_ms: i64,
    },
    /// A [`Job`](crate::Job) the shell ran on a worker thread has finished.
    JobFinished {
        /// What it produced.
        outcome: JobOutcome,
        /// Now.
        now_ms: i64,
    },
    // ---- the user, on a screen ----
    /// The first-run screen: creating the vault.
    FirstRun(FirstRunEvent),
    /// The unlock screen.
    Unlock(UnlockEvent),
    /// The token list.
    List(ListEvent),
    /// Adding a token: camera, pasted link, typed or generated secret, then the PIN policy.
    Add(AddEvent),
    /// One token's detail and edit screen.
    Detail(DetailEvent),
    /// The backups screen: export, import, automatic backups.
    Backups(BackupsEvent),
    /// The troubleshooting screen: clock check, doctor, check code.
    Troubleshooting(TroubleshootingEvent),
    /// The settings screen.
    Settings(SettingsEvent),
    /// The trash.
    Trash(TrashEvent),
}

/// The trash: deleted tokens, kept 30 days.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TrashEvent {
    /// Put a deleted token back at the end of the list.
    Restore {
        /// The deleted token.
        token_id: TokenKey,
        /// Now.
        now_ms: i64,
    },
    /// Delete a token from the trash for good.
    DeleteForGood {
        /// The deleted token.
        token_id: TokenKey,
        /// Now.
        now_ms: i64,
    },
}

/// The first-run screen: creating the vault.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum FirstRunEvent {
    /// The first-run password field changed (for the strength hint).
    FirstRunPasswordChanged {
        /// The password as typed so far.
        password: SecretText,
    },
    /// Create the vault.
    CreateVault {
        /// The password.
        password: SecretText,
        /// Its confirmation.
        confirmation: SecretText,
        /// Also unlock with the device key (biometrics), if the device has one.
        use_device_key: bool,
        /// Now.
        now_ms: i64,
    },
    /// Use the vault another device keeps on a WebDAV server: this device's vault is made from
    /// the server's copy (it opens with that vault's password) and linked to the server.
    JoinSync {
        /// The vault file's address on the server.
        url: String,
        /// The server's user name (empty: none).
        user: String,
        /// The server's password (empty: none).
        server_password: SecretText,
        /// The vault's own password (as set on the other device).
        vault_password: SecretText,
        /// Now.
        now_ms: i64,
    },
}

/// The unlock screen.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum UnlockEvent {
    /// Unlock with the password.
    UnlockWithPassword {
        /// The password.
        password: SecretText,
        /// Now.
        now_ms: i64,
    },
    /// Unlock with the device key (the core reads the vault's device slot, then asks the
    /// shell to unwrap it).
    UnlockWithDeviceKey {
        /// Now.
        now_ms: i64,
    },
}

/// The token list.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ListEvent {
    /// The search text changed.
    SearchChanged {
        /// The text.
        query: String,
        /// Now.
        now_ms: i64,
    },
    /// Show one group only, or all (`None`).
    GroupSelected {
        /// The group.
        group: Option<String>,
        /// Now.
        now_ms: i64,
    },
    /// The user typed a token's PIN; the code shows while the list lives (the PIN stays in
    /// the core, wiped on lock).
    PinEntered {
        /// The token.
        token_id: TokenKey,
        /// The PIN.
        pin: SecretText,
        /// Now.
        now_ms: i64,
    },
    /// Tap to copy a token's current code.
    CopyCode {
        /// The token.
        token_id: TokenKey,
        /// Now.
        now_ms: i64,
    },
    /// Show an HOTP token's next code: the counter moves and is saved before the code shows.
    NextHotpCode {
        /// The token.
        token_id: TokenKey,
        /// Now.
        now_ms: i64,
    },
    /// Move a token in the manual order (saved): the end of a drag. Offered while the list is
    /// sorted by hand (`ListView.reorder`).
    MoveToken {
        /// The token.
        token_id: TokenKey,
        /// Its new position in the list as shown (`ListView.rows`), from 0; the core moves it
        /// before the row now at that place (to the end past the last row).
        to_index: u32,
        /// Now.
        now_ms: i64,
    },
    /// Sort the list another way (kept in the app's settings).
    SortChosen {
        /// The order.
        sort: TokenSort,
        /// Now.
        now_ms: i64,
    },
    /// Show a hidden code ("Hide codes" is on): it shows until its period ends.
    RevealCode {
        /// The token.
        token_id: TokenKey,
        /// Now.
        now_ms: i64,
    },
    /// Delete a token from the list (a swipe): it goes to the trash, and the list offers
    /// "Undo".
    DeleteToken {
        /// The token.
        token_id: TokenKey,
        /// Now.
        now_ms: i64,
    },
    /// Undo the last deletion (`ListView.undo`): the token comes back from the trash.
    UndoDelete {
        /// Now.
        now_ms: i64,
    },
    /// Close the "Undo" banner.
    DismissUndo,
    /// The list was pulled down: sync with the server now (if one is set up).
    Refresh {
        /// Now.
        now_ms: i64,
    },
}

/// Adding a token: camera, pasted link, typed or generated secret, then the PIN policy.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum AddEvent {
    /// Open the camera to scan a QR code.
    ScanQr {
        /// Now.
        now_ms: i64,
    },
    /// Stop scanning and stay on the add screen (its first step).
    StopScanning {
        /// Now.
        now_ms: i64,
    },
    /// A picture the user chose (the photo picker: a screenshot of a QR code, a photo of an
    /// enrolment page or of another phone's export screen): its QR codes are read as scanned
    /// ones. The shell decodes the picture with the platform's image decoder (which every
    /// phone has, so the library carries none) into 8-bit grey, scaled so neither side is
    /// above 4,096 pixels, and hands that plane over as a camera frame's.
    PictureChosen {
        /// The grey (luma) plane, one byte a pixel (may show a secret).
        luma: SecretBytes,
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
        /// Bytes per row (≥ width).
        row_stride: u32,
        /// Now.
        now_ms: i64,
    },
    /// Import the codes of a split Google Authenticator export scanned so far (the preview
    /// names the ones still missing).
    ImportScannedCodes {
        /// Now.
        now_ms: i64,
    },
    /// A camera frame: the luma (Y) plane as the camera gives it.
    CameraFrame {
        /// The plane's bytes.
        luma: SecretBytes,
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
        /// Bytes per row (≥ width; the last row may be unpadded).
        row_stride: u32,
        /// Now.
        now_ms: i64,
    },
    /// Answer to `StartCamera`: the camera cannot be used. The add screen goes back to its
    /// first step with a sentence saying why and what to do instead (paste a link, type the
    /// secret, allow the camera in the system settings).
    CameraUnavailable {
        /// Why.
        problem: CameraProblem,
        /// Now.
        now_ms: i64,
    },
    /// A pasted provisioning URI.
    UriPasted {
        /// The URI (holds the secret).
        uri: SecretText,
        /// Now.
        now_ms: i64,
    },
    /// A secret typed by hand.
    ManualEntry {
        /// Issuer (company or server), if any.
        issuer: Option<String>,
        /// Account (VPN username).
        account: String,
        /// The secret.
        secret: SecretText,
        /// Now.
        now_ms: i64,
    },
    /// Generate a new secret to give to the administrator (shown as grouped text and QR).
    GenerateSecret {
        /// Issuer, if any.
        issuer: Option<String>,
        /// Account.
        account: String,
        /// 32 hex characters (DrayTek, privacyIDEA) rather than 16.
        long: bool,
        /// Now.
        now_ms: i64,
    },
    /// The preview was read: go on to the PIN policy.
    PreviewAccepted {
        /// Now.
        now_ms: i64,
    },
    /// The PIN policy for the new token.
    PinPolicyChosen {
        /// The policy.
        policy: PinPolicyChoice,
        /// The PIN (needed by the typo guard and by "remember").
        pin: Option<SecretText>,
        /// Keep the PIN the URI carried (a non-standard `pin=`) instead.
        keep_uri_pin: bool,
        /// Now.
        now_ms: i64,
    },
    /// Add the token (the duplicate check runs first).
    ConfirmAdd {
        /// Now.
        now_ms: i64,
    },
    /// Add it even though it looks like a duplicate.
    AddAnyway {
        /// Now.
        now_ms: i64,
    },
}

/// One token's detail and edit screen.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DetailEvent {
    /// Save the detail screen's changes (one atomic save).
    SaveEdit {
        /// The token.
        token_id: TokenKey,
        /// The changes.
        edit: TokenEdit,
        /// Now.
        now_ms: i64,
    },
    /// Show the secret and its QR code, after re-authentication with the vault password.
    RevealSecret {
        /// The token.
        token_id: TokenKey,
        /// The vault password.
        password: SecretText,
        /// Now.
        now_ms: i64,
    },
    /// Hide the revealed secret again.
    HideSecret,
    /// Ask to delete (the view asks for confirmation).
    DeleteToken {
        /// The token.
        token_id: TokenKey,
        /// Now.
        now_ms: i64,
    },
    /// Delete, confirmed.
    ConfirmDelete {
        /// The token.
        token_id: TokenKey,
        /// Now.
        now_ms: i64,
    },
    /// Don't delete after all.
    CancelDelete,
    /// Put back an earlier version from another device (`DetailView.history`).
    RestoreVersion {
        /// The token.
        token_id: TokenKey,
        /// The version (`VersionView.version_id`).
        version_id: String,
        /// Now.
        now_ms: i64,
    },
}

/// The backups screen: export, import, automatic backups.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum BackupsEvent {
    /// Export every token.
    Export {
        /// The format.
        format: ExportFormat,
        /// The file's password (our backup: required; Aegis: optional).
        password: Option<SecretText>,
        /// Now.
        now_ms: i64,
    },
    /// Choose a file to import (the core asks the shell to open one).
    ChooseImportFile {
        /// Now.
        now_ms: i64,
    },
    /// The password of the backup being previewed.
    ImportPassword {
        /// The password.
        password: SecretText,
        /// Now.
        now_ms: i64,
    },
    /// Import what the preview shows.
    ConfirmImport {
        /// Keep PINs the backup stores (as "remember").
        keep_pins: bool,
        /// Now.
        now_ms: i64,
    },
    /// Close the import preview or report.
    CloseImport,
    /// Show another QR code of Google Authenticator's export (`page` from 0).
    ShowGoogleCode {
        /// Which code.
        page: u32,
    },
    /// Close Google Authenticator's export (its codes leave the screen and the memory).
    CloseGoogleExport,
    /// The folder for automatic backups (a path or a platform URI the shell understands), or
    /// `None` to stop them.
    SetBackupFolder {
        /// The folder.
        folder: Option<String>,
        /// Now.
        now_ms: i64,
    },
    /// List the automatic backups' versions (with their token counts) to restore one.
    ShowBackupVersions {
        /// Now.
        now_ms: i64,
    },
    /// Merge a version in: its tokens and edits join the vault; nothing made since is lost.
    MergeBackupVersion {
        /// The version's file name (`BackupVersionView.file_name`).
        file_name: String,
        /// Now.
        now_ms: i64,
    },
    /// Put the vault back as a version held it: asks for a confirmation first
    /// (`BackupsView.confirm_restore`), then `ConfirmRestoreVersion`.
    RestoreBackupVersion {
        /// The version's file name.
        file_name: String,
        /// Now.
        now_ms: i64,
    },
    /// Yes, put the vault back as that version held it.
    ConfirmRestoreVersion {
        /// Now.
        now_ms: i64,
    },
    /// No.
    CancelRestoreVersion,
}

/// The troubleshooting screen: clock check, doctor, check code.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TroubleshootingEvent {
    /// Check the clock (the core asks the shell for network time, then falls back to NTP).
    CheckClock {
        /// Now.
        now_ms: i64,
    },
    /// Store the correction the clock check suggests.
    ApplyClockCorrection {
        /// Now.
        now_ms: i64,
    },
    /// Remove the stored correction.
    ClearClockCorrection {
        /// Now.
        now_ms: i64,
    },
    /// Walk the guide's four causes for one token.
    RunDoctor {
        /// The token.
        token_id: TokenKey,
        /// The PIN as the user types it (checked by the typo guard).
        pin: Option<SecretText>,
        /// A code the server rejected, to diagnose.
        code: Option<String>,
        /// The check code the administrator read from the server's copy of the secret.
        admin_check_code: Option<String>,
        /// Now.
        now_ms: i64,
    },
    /// Show a token's check code, to read to the administrator.
    ShowCheckCode {
        /// The token.
        token_id: TokenKey,
        /// Now.
        now_ms: i64,
    },
}

/// The settings screen.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SettingsEvent {
    /// Auto-lock after this many minutes in the background / without a touch (0: never).
    SetAutoLock {
        /// Minutes in the background.
        background_minutes: u32,
        /// Minutes without activity in the foreground.
        inactivity_minutes: u32,
        /// Now.
        now_ms: i64,
    },
    /// Hide TOTP, HOTP and Steam codes until their row is tapped.
    SetHideCodes {
        /// On or off.
        hide: bool,
        /// Now.
        now_ms: i64,
    },
    /// Clear copied codes from the clipboard after this many seconds (0: never).
    SetClipboardClear {
        /// Seconds.
        seconds: u32,
        /// Now.
        now_ms: i64,
    },
    /// Turn the device key (biometric unlock) on or off; on again after invalidation
    /// re-enrols this device.
    SetDeviceKey {
        /// On or off.
        enabled: bool,
        /// Now.
        now_ms: i64,
    },
    /// Change the vault password. The current one is asked again (as for revealing a
    /// secret): an unlocked phone left on a desk must not let anyone take the vault over.
    ChangePassword {
        /// The current password.
        current_password: SecretText,
        /// The new password.
        new_password: SecretText,
        /// Its confirmation.
        confirmation: SecretText,
        /// Now.
        now_ms: i64,
    },
    /// "Import icon pack": choose an Aegis icon pack (a ZIP with `pack.json`) to show icons
    /// beside the tokens. Answered by `OpenFile`.
    ImportIconPack {
        /// Now.
        now_ms: i64,
    },
    /// Link the vault to a WebDAV server and sync at once (uploading this vault, or merging
    /// with the one already there).
    SetUpSync {
        /// The vault file's address, such as
        /// `https://cloud.example/remote.php/dav/files/alice/motp/vault.motp`.
        url: String,
        /// The server's user name (empty: none).
        user: String,
        /// The server's password (for Nextcloud, an app password; empty: none).
        password: SecretText,
        /// Now.
        now_ms: i64,
    },
    /// Sync with the server now.
    SyncNow {
        /// Now.
        now_ms: i64,
    },
    /// Unlink the vault from its server (nothing on the server is deleted).
    TurnOffSync {
        /// Now.
        now_ms: i64,
    },
    /// The vault password was changed on another device: take it here too.
    AdoptNewPassword {
        /// The new password.
        password: SecretText,
        /// Now.
        now_ms: i64,
    },
}

impl Event {
    /// Whether the event is the user doing something (it restarts the inactivity timer).
    /// Time passing, lifecycle and answers from the platform are not.
    pub(crate) fn is_user_activity(&self) -> bool {
        !matches!(
            self,
            Event::Tick { .. }
                | Event::Started { .. }
                | Event::WentToBackground { .. }
                | Event::CameToForeground { .. }
                | Event::LocaleChanged { .. }
                | Event::JobFinished { .. }
                | Event::Add(AddEvent::CameraFrame { .. })
                | Event::Add(AddEvent::CameraUnavailable { .. })
                | Event::NetworkTimeAnswered { .. }
                | Event::NetworkTimeUnavailable { .. }
                | Event::FileSaved { .. }
                | Event::FileFailed { .. }
                | Event::FolderListed { .. }
                | Event::DeviceKeyWrapped { .. }
                | Event::HttpAnswered { .. }
                | Event::HttpFailed { .. }
        )
    }

    /// The event's `now_ms`, if it carries one.
    pub(crate) fn now_ms(&self) -> Option<i64> {
        match self {
            Event::Started { now_ms }
            | Event::WentToBackground { now_ms }
            | Event::CameToForeground { now_ms }
            | Event::Tick { now_ms }
            | Event::Lock { now_ms }
            | Event::Navigate { now_ms, .. }
            | Event::Back { now_ms }
            | Event::FirstRun(FirstRunEvent::CreateVault { now_ms, .. })
            | Event::FirstRun(FirstRunEvent::JoinSync { now_ms, .. })
            | Event::Unlock(UnlockEvent::UnlockWithPassword { now_ms, .. })
            | Event::Unlock(UnlockEvent::UnlockWithDeviceKey { now_ms })
            | Event::DeviceKeyUnwrapped { now_ms, .. }
            | Event::DeviceKeyWrapped { now_ms, .. }
            | Event::DeviceKeyCancelled { now_ms, .. }
            | Event::DeviceKeyInvalidated { now_ms, .. }
            | Event::DeviceKeyFailed { now_ms, .. }
            | Event::List(ListEvent::SearchChanged { now_ms, .. })
            | Event::List(ListEvent::GroupSelected { now_ms, .. })
            | Event::List(ListEvent::PinEntered { now_ms, .. })
            | Event::List(ListEvent::CopyCode { now_ms, .. })
            | Event::List(ListEvent::NextHotpCode { now_ms, .. })
            | Event::List(ListEvent::MoveToken { now_ms, .. })
            | Event::List(ListEvent::SortChosen { now_ms, .. })
            | Event::List(ListEvent::RevealCode { now_ms, .. })
            | Event::List(ListEvent::DeleteToken { now_ms, .. })
            | Event::List(ListEvent::UndoDelete { now_ms })
            | Event::List(ListEvent::Refresh { now_ms })
            | Event::HttpAnswered { now_ms, .. }
            | Event::HttpFailed { now_ms, .. }
            | Event::Settings(SettingsEvent::SetUpSync { now_ms, .. })
            | Event::Settings(SettingsEvent::SyncNow { now_ms })
            | Event::Settings(SettingsEvent::TurnOffSync { now_ms })
            | Event::Settings(SettingsEvent::AdoptNewPassword { now_ms, .. })
            | Event::Trash(TrashEvent::Restore { now_ms, .. })
            | Event::Trash(TrashEvent::DeleteForGood { now_ms, .. })
            | Event::Settings(SettingsEvent::SetHideCodes { now_ms, .. })
            | Event::Add(AddEvent::ScanQr { now_ms })
            | Event::Add(AddEvent::StopScanning { now_ms })
            | Event::Add(AddEvent::ImportScannedCodes { now_ms })
            | Event::Add(AddEvent::PictureChosen { now_ms, .. })
            | Event::Add(AddEvent::CameraFrame { now_ms, .. })
            | Event::Add(AddEvent::CameraUnavailable { now_ms, .. })
            | Event::Add(AddEvent::UriPasted { now_ms, .. })
            | Event::Add(AddEvent::ManualEntry { now_ms, .. })
            | Event::Add(AddEvent::GenerateSecret { now_ms, .. })
            | Event::Add(AddEvent::PreviewAccepted { now_ms })
            | Event::Add(AddEvent::PinPolicyChosen { now_ms, .. })
            | Event::Add(AddEvent::ConfirmAdd { now_ms })
            | Event::Add(AddEvent::AddAnyway { now_ms })
            | Event::Detail(DetailEvent::SaveEdit { now_ms, .. })
            | Event::Detail(DetailEvent::RevealSecret { now_ms, .. })
            | Event::Detail(DetailEvent::DeleteToken { now_ms, .. })
            | Event::Detail(DetailEvent::ConfirmDelete { now_ms, .. })
            | Event::Detail(DetailEvent::RestoreVersion { now_ms, .. })
            | Event::Backups(BackupsEvent::Export { now_ms, .. })
            | Event::Backups(BackupsEvent::ChooseImportFile { now_ms })
            | Event::FileOpened { now_ms, .. }
            | Event::FileSaved { now_ms, .. }
            | Event::FileFailed { now_ms, .. }
            | Event::Backups(BackupsEvent::ImportPassword { now_ms, .. })
            | Event::Backups(BackupsEvent::ConfirmImport { now_ms, .. })
            | Event::Backups(BackupsEvent::SetBackupFolder { now_ms, .. })
            | Event::Backups(BackupsEvent::ShowBackupVersions { now_ms })
            | Event::Backups(BackupsEvent::MergeBackupVersion { now_ms, .. })
            | Event::Backups(BackupsEvent::RestoreBackupVersion { now_ms, .. })
            | Event::Backups(BackupsEvent::ConfirmRestoreVersion { now_ms })
            | Event::FolderListed { now_ms, .. }
            | Event::Troubleshooting(TroubleshootingEvent::CheckClock { now_ms })
            | Event::NetworkTimeUnavailable { now_ms, .. }
            | Event::Troubleshooting(TroubleshootingEvent::ApplyClockCorrection { now_ms })
            | Event::Troubleshooting(TroubleshootingEvent::ClearClockCorrection { now_ms })
            | Event::Troubleshooting(TroubleshootingEvent::RunDoctor { now_ms, .. })
            | Event::Troubleshooting(TroubleshootingEvent::ShowCheckCode { now_ms, .. })
            | Event::Settings(SettingsEvent::SetAutoLock { now_ms, .. })
            | Event::Settings(SettingsEvent::SetClipboardClear { now_ms, .. })
            | Event::Settings(SettingsEvent::SetDeviceKey { now_ms, .. })
            | Event::Settings(SettingsEvent::ChangePassword { now_ms, .. })
            | Event::Settings(SettingsEvent::ImportIconPack { now_ms })
            | Event::JobFinished { now_ms, .. } => Some(*now_ms),
            Event::NetworkTimeAnswered { device_ms, .. } => Some(*device_ms),
            Event::LocaleChanged { .. }
            | Event::DismissNotice
            | Event::List(ListEvent::DismissUndo)
            | Event::FirstRun(FirstRunEvent::FirstRunPasswordChanged { .. })
            | Event::Detail(DetailEvent::HideSecret)
            | Event::Detail(DetailEvent::CancelDelete)
            | Event::Backups(BackupsEvent::CloseImport)
            | Event::Backups(BackupsEvent::ShowGoogleCode { .. })
            | Event::Backups(BackupsEvent::CloseGoogleExport)
            | Event::Backups(BackupsEvent::CancelRestoreVersion) => None,
        }
    }
}
