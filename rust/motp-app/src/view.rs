//! The view: a plain snapshot of the screen to draw, every sentence in it already localised.
//!
//! The shell reads [`App::view`](crate::App::view) after every dispatch (and after a tick) and
//! draws it as it is: no shell decides what a screen shows. Records hold plain data; the few
//! that must show a secret on purpose (a revealed secret, a generated one, a QR code of it)
//! hold [`SecretText`] / [`SecretBytes`], which never print.

use crate::effect::TokenSort;
use crate::error::Field;
use crate::event::{PinPolicyChoice, TokenKey};
pub use crate::labels::Labels;
use crate::protocol::{ExportFormat, JobKind};
use crate::sensitive::{SecretBytes, SecretText};

/// The whole view.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AppView {
    /// The screen.
    pub screen: Screen,
    /// Slow work is running: show a progress indicator with this text and keep the controls
    /// that would start more work disabled.
    pub busy: Option<BusyView>,
    /// A notice on top of the screen (a toast, a snackbar), until dismissed.
    pub notice: Option<Notice>,
    /// The language the sentences are in (`en`, `de`).
    pub locale: String,
    /// Every button, field and menu label the shells draw, in the same language. One record
    /// for all screens, so no shell ever writes a user-visible word of its own.
    pub labels: Labels,
}

/// What is running.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BusyView {
    /// The job.
    pub kind: JobKind,
    /// "Unlocking…", "Saving…".
    pub text: String,
}

/// How serious a notice is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum NoticeKind {
    /// For information.
    Info,
    /// Something to look at.
    Warning,
    /// Something failed.
    Error,
}

/// A sentence on top of the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Notice {
    /// How serious.
    pub kind: NoticeKind,
    /// The stable code of the message (an error code, or a notice id).
    pub code: String,
    /// The sentence.
    pub text: String,
}

/// An error to show on a screen: under its input field, or (without one) above the screen's
/// main action.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FieldError {
    /// The field it is about, if it is about one.
    pub field: Option<Field>,
    /// The stable error code.
    pub code: String,
    /// The sentence.
    pub text: String,
}

/// The screens.
///
/// The variants differ in size (the backups screen carries an import preview and an export's
/// QR code): a view is built once a render and moved, never stored in bulk, and UniFFI's
/// records cannot be boxed, so the size is left as it is.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Screen {
    /// Before the vault file has been looked at.
    Starting,
    /// No vault yet: create one.
    FirstRun {
        /// What it shows.
        view: FirstRunView,
    },
    /// Locked: unlock.
    Unlock {
        /// What it shows.
        view: UnlockView,
    },
    /// The token list.
    List {
        /// What it shows.
        view: ListView,
    },
    /// Adding a token.
    Add {
        /// What it shows.
        view: AddView,
    },
    /// One token.
    Detail {
        /// What it shows.
        view: DetailView,
    },
    /// Backups.
    Backups {
        /// What it shows.
        view: BackupsView,
    },
    /// Troubleshooting.
    Troubleshooting {
        /// What it shows.
        view: TroubleshootingView,
    },
    /// Settings.
    Settings {
        /// What it shows.
        view: SettingsView,
    },
    /// The trash.
    Trash {
        /// What it shows.
        view: TrashView,
    },
}

/// How strong a new password looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PasswordStrength {
    /// Nothing typed yet.
    #[default]
    Empty,
    /// Easy to guess.
    Weak,
    /// Acceptable.
    Fair,
    /// Good.
    Strong,
}

/// First run: create the vault.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FirstRunView {
    /// "Protect your tokens".
    pub title: String,
    /// What the password is for.
    pub explanation: String,
    /// Password field label.
    pub password_label: String,
    /// Confirmation field label.
    pub confirmation_label: String,
    /// The strength of what is typed so far.
    pub strength: PasswordStrength,
    /// The strength as a hint sentence.
    pub strength_text: String,
    /// Whether the device offers a device key (biometrics).
    pub device_key_available: bool,
    /// "Also unlock with Pixel 8 (fingerprint)".
    pub device_key_label: Option<String>,
    /// The button.
    pub create_label: String,
    /// The other way in: "Use the vault from my sync server" (`JoinSync`), for a second
    /// device.
    pub join: JoinView,
    /// An error under a field.
    pub error: Option<FieldError>,
}

/// First run's "Use the vault from my sync server": the server's address and credentials, and
/// the vault's own password.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JoinView {
    /// "Already use mOTP Token on another device?".
    pub title: String,
    /// What joining does.
    pub explanation: String,
    /// "Address of the vault file on the server".
    pub url_label: String,
    /// An example address, as the field's placeholder.
    pub url_placeholder: String,
    /// "User name".
    pub user_label: String,
    /// "Server password (for Nextcloud, an app password)".
    pub server_password_label: String,
    /// "The vault's password (as set on your other device)".
    pub vault_password_label: String,
    /// "Use this vault".
    pub join_label: String,
    /// The server's copy is being fetched.
    pub joining: bool,
}

/// A way to unlock this vault, read from its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum UnlockMethodKind {
    /// The password.
    Password,
    /// This device's key store.
    DeviceKey,
}

/// One unlock method.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct UnlockMethod {
    /// Which.
    pub kind: UnlockMethodKind,
    /// "Password", "Pixel 8 (fingerprint)".
    pub label: String,
}

/// The unlock screen.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct UnlockView {
    /// "Unlock your tokens".
    pub title: String,
    /// The methods this vault offers on this device.
    pub methods: Vec<UnlockMethod>,
    /// The device-key prompt is up (the shell shows it; the core waits for no one).
    pub waiting_for_device_key: bool,
    /// The device key was invalidated: unlock with the password, then enrol again.
    pub device_key_invalidated: bool,
    /// Explains the above, when set.
    pub hint: Option<String>,
    /// Password field label.
    pub password_label: String,
    /// The button.
    pub unlock_label: String,
    /// An error under a field.
    pub error: Option<FieldError>,
}

/// What kind of one-time password a token makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TokenKindView {
    /// Mobile-OTP: 10 s steps, a PIN.
    Motp,
    /// TOTP (RFC 6238): its own period, no PIN.
    Totp,
    /// HOTP (RFC 4226): a code per tap of "next code".
    Hotp,
    /// Steam Guard: 5 characters every 30 s, no PIN.
    Steam,
    /// A kind made by a newer version of the app: kept, but no code here.
    Unsupported,
}

impl TokenKindView {
    /// The view's name for a kind; `None` (a kind this build does not know) is `Unsupported`.
    pub(crate) fn of(kind: Option<&motp_core::OtpKind>) -> TokenKindView {
        use motp_core::OtpKind;
        match kind {
            Some(OtpKind::Motp) => TokenKindView::Motp,
            Some(OtpKind::Totp(_)) => TokenKindView::Totp,
            Some(OtpKind::Hotp(_)) => TokenKindView::Hotp,
            Some(OtpKind::Steam) => TokenKindView::Steam,
            None => TokenKindView::Unsupported,
        }
    }
}

/// An icon's picture format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum IconImageFormat {
    /// SVG (`image/svg+xml`).
    Svg,
    /// PNG.
    Png,
    /// JPEG.
    Jpeg,
}

/// A picture of the installed icon pack: a file beside the vault, inside the app's storage.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct IconImage {
    /// The file's path.
    pub path: String,
    /// Its format.
    pub format: IconImageFormat,
}

/// What a row draws beside its token: the picture when there is one and the shell can draw
/// it, the initials otherwise (also while the picture loads).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RowIcon {
    /// Up to two letters from the issuer (or the account when there is no issuer); may be
    /// empty when neither has a letter or digit.
    pub initials: String,
    /// The icon pack's picture for the issuer, if the pack has one.
    pub image: Option<IconImage>,
}

/// One row of the token list.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TokenRow {
    /// The token's id.
    pub id: TokenKey,
    /// Issuer (company or server), if any.
    pub issuer: Option<String>,
    /// Account (VPN username).
    pub account: String,
    /// The kind.
    pub kind: TokenKindView,
    /// Seconds per code (mOTP 10; TOTP its period; 0 for HOTP).
    pub period_seconds: u32,
    /// "Next code" (HOTP): the action that moves the counter and shows the next code.
    pub next_code_label: Option<String>,
    /// Why there is no code (a kind this version cannot make).
    pub unsupported: Option<String>,
    /// Its group, if any.
    pub group: Option<String>,
    /// Shown first.
    pub favourite: bool,
    /// The icon's key, if any.
    pub icon_key: Option<String>,
    /// What to draw beside the token: the icon pack's picture for its issuer, or its initials.
    pub icon: RowIcon,
    /// The code grouped `a1b 2c3` / `123 456`, or `None` while the PIN is needed (HOTP: until
    /// "next code" is tapped) and while it is hidden (`masked_code`).
    pub code: Option<String>,
    /// "Hide codes" is on and the code is hidden: its shape in dots (`••• •••`), shown instead
    /// of the code; a tap sends `RevealCode`. The view then holds no code at all.
    pub masked_code: Option<String>,
    /// "Enter PIN" when the code needs the PIN.
    pub pin_prompt: Option<String>,
    /// Seconds until the next code (1 to the period; 0 for HOTP and without a code).
    pub seconds_left: u32,
    /// The same in words, for screen readers ("12 seconds left", plural rules of the user's
    /// language); `None` when there is no countdown (HOTP, no code yet).
    pub seconds_left_text: Option<String>,
    /// How much of the code's time has passed, 0.0–1.0, in whole seconds (animate between
    /// ticks if you like).
    pub progress: f32,
    /// When the next code starts, device clock, Unix ms.
    pub next_change_ms: i64,
    /// "Use within 8 s" near the end of the code's usable time; `None` when there is time.
    pub use_within: Option<String>,
    /// "Next: 3f2 a91": in the same last seconds, the code that comes next, so a user who is
    /// too late for this one types that one (as Aegis and 2FAS show it); `None` otherwise.
    pub upcoming: Option<String>,
    /// The typo guard's warning, after a PIN that does not match the one set up.
    pub typo_warning: Option<String>,
    /// Accessibility label / the tap action's description.
    pub copy_label: String,
}

/// The token list.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ListView {
    /// "Tokens".
    pub title: String,
    /// The rows to show: filtered by search and group, favourites first, then the manual order.
    pub rows: Vec<TokenRow>,
    /// Every group, sorted, for the group filter.
    pub groups: Vec<String>,
    /// The group shown, if one is chosen.
    pub selected_group: Option<String>,
    /// The search text.
    pub search: String,
    /// Shown when there are no rows ("No tokens yet" or "Nothing matches").
    pub empty_text: Option<String>,
    /// "You changed tokens since the last backup".
    pub backup_reminder: Option<String>,
    /// The device key was invalidated: offer to enrol this device again (Settings).
    pub offer_device_key_enrolment: Option<String>,
    /// How the rows are sorted.
    pub sort: TokenSort,
    /// The orders offered ("By hand", "By name"…), for the sort menu.
    pub sort_choices: Vec<SortChoice>,
    /// Rows may be dragged to reorder them (`MoveToken`): the list is sorted by hand.
    pub reorder: bool,
    /// A token was just deleted: the banner with "Undo" (`UndoDelete`), until it times out.
    pub undo: Option<UndoView>,
    /// The trash holds deleted tokens: "Trash (2)" as the way to it, else `None`.
    pub trash_link: Option<String>,
    /// A sync with the server is running (the pull-down's spinner).
    pub syncing: bool,
    /// The vault password was changed on another device: this banner leads to Settings,
    /// where it is typed once.
    pub password_changed: Option<String>,
}

/// One way to sort the list.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SortChoice {
    /// The order.
    pub sort: TokenSort,
    /// "By name".
    pub label: String,
}

/// The banner after a deletion.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct UndoView {
    /// "“alice” moved to the trash".
    pub text: String,
    /// The deleted token.
    pub token_id: TokenKey,
    /// When the banner goes away by itself, device clock, Unix ms.
    pub until_ms: i64,
}

/// One deleted token in the trash.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TrashRow {
    /// Its id (for `Restore` / `DeleteForGood`).
    pub id: TokenKey,
    /// Issuer, if any.
    pub issuer: Option<String>,
    /// Account.
    pub account: String,
    /// "Deleted for good in 29 days".
    pub purge_text: String,
}

/// The trash.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TrashView {
    /// "Trash".
    pub title: String,
    /// "Deleted tokens are kept for 30 days…".
    pub explanation: String,
    /// The deleted tokens, newest deletion first.
    pub rows: Vec<TrashRow>,
    /// "The trash is empty" when there are none.
    pub empty_text: Option<String>,
    /// An error (a restore that failed).
    pub error: Option<FieldError>,
}

/// The steps of adding a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum AddStep {
    /// Choose: scan, paste, type, generate.
    Choose,
    /// The camera is on.
    Scanning,
    /// What the QR code, URI or typed secret holds.
    Preview,
    /// Choose the PIN policy.
    PinPolicy,
    /// Check and add.
    Confirm,
    /// It looks like a token already in the vault: add anyway or go back.
    Duplicate,
}

/// What is about to be added.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AddPreview {
    /// The kind of token.
    pub kind: TokenKindView,
    /// "TOTP, 6 digits every 30 s (SHA-1)", for TOTP and HOTP.
    pub kind_text: Option<String>,
    /// Issuer.
    pub issuer: Option<String>,
    /// Account.
    pub account: String,
    /// The secret's length (not the secret).
    pub secret_chars: u32,
    /// Warnings: uppercase secret, short secret, not hex, PIN in the URI.
    pub warnings: Vec<String>,
    /// The URI carried a PIN (`pin=`): offer to keep it.
    pub pin_in_uri: bool,
}

/// A token the new one duplicates.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DuplicateView {
    /// The existing token.
    pub token_id: TokenKey,
    /// Its name.
    pub name: String,
    /// "Same secret", "Same issuer and account".
    pub reason: String,
}

/// A QR code to draw: `size` × `size` modules, row by row, 1 for dark. Holds the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct QrImage {
    /// Modules per side (without the quiet zone; leave 4 light modules around it).
    pub size: u32,
    /// `size * size` bytes, 1 dark, 0 light.
    pub modules: SecretBytes,
}

/// A generated secret, for the administrator to enter on the router.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GeneratedSecretView {
    /// The secret grouped in fours.
    pub grouped: SecretText,
    /// Its QR code (a `motp://` URI).
    pub qr: QrImage,
    /// What to do with it.
    pub instructions: String,
}

/// Adding a token.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AddView {
    /// "Add a token".
    pub title: String,
    /// The step.
    pub step: AddStep,
    /// The camera should be on.
    pub camera_on: bool,
    /// What will be added, once known.
    pub preview: Option<AddPreview>,
    /// The generated secret, when the user asked for one.
    pub generated: Option<GeneratedSecretView>,
    /// The PIN policy chosen.
    pub pin_policy: PinPolicyChoice,
    /// The choices' labels, in the order of [`PinPolicyChoice`]: ask, ask with typo guard,
    /// remember.
    pub pin_policy_labels: Vec<String>,
    /// Duplicates found, at the `Duplicate` step.
    pub duplicates: Vec<DuplicateView>,
    /// "Add anyway" (at the `Duplicate` step).
    pub add_anyway_label: Option<String>,
    /// An error under a field.
    pub error: Option<FieldError>,
    /// A split Google Authenticator export being scanned, code by code.
    pub export_scan: Option<ExportScanView>,
}

/// The codes of a split Google Authenticator export scanned so far.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ExportScanView {
    /// "1 of 3 QR codes of the export scanned: show the next one to the camera, in any order."
    pub progress: String,
    /// How many are scanned.
    pub scanned: u32,
    /// How many the export has.
    pub total: u32,
    /// Set when the last code shown was another export's.
    pub other_export: Option<String>,
    /// "Import the scanned codes" (sends `ImportScannedCodes`).
    pub import_label: String,
}

/// A revealed secret (after re-authentication).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RevealedSecret {
    /// The secret grouped in fours.
    pub grouped: SecretText,
    /// Its QR code, to move the token to another phone.
    pub qr: QrImage,
}

/// One token's detail and edit screen.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DetailView {
    /// Earlier versions from other devices that a sync replaced, newest first: each offered
    /// back with one tap (`RestoreVersion`).
    pub history: Vec<VersionView>,
    /// "Restore".
    pub restore_label: String,
    /// The token.
    pub token_id: TokenKey,
    /// Issuer.
    pub issuer: Option<String>,
    /// Account.
    pub account: String,
    /// Note.
    pub note: Option<String>,
    /// Group.
    pub group: Option<String>,
    /// Favourite.
    pub favourite: bool,
    /// Icon key.
    pub icon_key: Option<String>,
    /// PIN policy.
    pub pin_policy: PinPolicyChoice,
    /// The PIN policy in words.
    pub pin_policy_text: String,
    /// Server tolerance in seconds.
    pub tolerance_seconds: u32,
    /// The secret's length.
    pub secret_chars: u32,
    /// Warnings about the secret.
    pub secret_warnings: Vec<String>,
    /// The check code `a1b 2c3` to read to an administrator.
    pub check_code: String,
    /// The secret, once revealed.
    pub revealed: Option<RevealedSecret>,
    /// "Delete this token? …" while confirming.
    pub confirm_delete: Option<String>,
    /// An error under a field.
    pub error: Option<FieldError>,
}

/// What an import file holds, before anything is added.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ImportPreviewView {
    /// The file's name.
    pub file_name: String,
    /// "Aegis", "Authenticator Pro", "mOTP Token backup"… once read.
    pub format: Option<String>,
    /// The file is encrypted and its password is needed.
    pub needs_password: bool,
    /// mOTP tokens found.
    pub tokens: u32,
    /// Of which carry a PIN.
    pub with_pin: u32,
    /// Of which are already in the vault.
    pub duplicates: u32,
    /// Entries that cannot be imported (other kinds, damaged).
    pub skipped: u32,
    /// "7 tokens, 2 with a PIN, 1 already here".
    pub summary: String,
    /// One line per entry.
    pub entries: Vec<ImportEntryView>,
    /// An error under the password or file field.
    pub error: Option<FieldError>,
}

/// What happens (or happened) to one entry of an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ImportEntryStatus {
    /// Will be / was added.
    New,
    /// Already in the vault: skipped.
    Duplicate,
    /// Cannot be imported.
    Skipped,
}

/// One entry of an import.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ImportEntryView {
    /// Its name.
    pub name: String,
    /// Its status.
    pub status: ImportEntryStatus,
    /// The status in words ("New", "Already here", "Cannot be imported").
    pub status_text: String,
    /// Carries a PIN.
    pub has_pin: bool,
    /// Why, in words (duplicate of what, why skipped).
    pub detail: Option<String>,
}

/// An export format offered.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ExportOption {
    /// The format.
    pub format: ExportFormat,
    /// Its label ("Encrypted backup (mOTP Token)").
    pub label: String,
    /// A warning to show before exporting (URI lists are not encrypted).
    pub warning: Option<String>,
}

/// Backups.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BackupsView {
    /// "Backups".
    pub title: String,
    /// The export formats offered, with labels.
    pub export_formats: Vec<ExportOption>,
    /// "Last backup: …" or "No backup yet".
    pub last_backup: String,
    /// "You changed tokens since the last backup", when so.
    pub reminder: Option<String>,
    /// The automatic backups' folder.
    pub backup_folder: Option<String>,
    /// The import being previewed.
    pub import_preview: Option<ImportPreviewView>,
    /// The last import's report (same shape, statuses final).
    pub import_report: Option<ImportPreviewView>,
    /// An error under a field.
    pub error: Option<FieldError>,
    /// Google Authenticator's export on screen, one QR code at a time.
    pub google_export: Option<GoogleExportView>,
    /// "Restore an automatic backup" (`ShowBackupVersions`), when a folder is set.
    pub show_versions_label: Option<String>,
    /// The automatic backups' versions, newest first, once listed.
    pub versions: Option<Vec<BackupVersionView>>,
    /// "Merge in" (`MergeBackupVersion`): nothing made since is lost.
    pub merge_version_label: String,
    /// "Restore as it was" (`RestoreBackupVersion`, then a confirmation).
    pub restore_version_label: String,
    /// The confirmation of a restore as it was, with "Restore" (`ConfirmRestoreVersion`) and
    /// "Cancel" (`CancelRestoreVersion`).
    pub confirm_restore: Option<String>,
}

/// One version in the automatic backups' folder.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BackupVersionView {
    /// Its file name (for `MergeBackupVersion` / `RestoreBackupVersion`).
    pub file_name: String,
    /// "2026-12-05 02:52:00 UTC — 12 tokens".
    pub text: String,
    /// It was read and is this vault's (it can be merged in or restored).
    pub readable: bool,
}

/// Google Authenticator's export: the QR code on screen and how to page through them.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GoogleExportView {
    /// "In Google Authenticator, choose Transfer accounts, then Import accounts…".
    pub instructions: String,
    /// "The QR codes show every secret…".
    pub warning: String,
    /// The code on screen (`None` when no token can go to Google Authenticator).
    pub qr: Option<QrImage>,
    /// "QR code 2 of 3".
    pub progress: Option<String>,
    /// The code on screen, from 0 (send `ShowGoogleCode` with another).
    pub page: u32,
    /// How many codes there are.
    pub pages: u32,
    /// The tokens left out, named, when some are.
    pub left_out: Option<String>,
    /// Why there is no code at all, when no token can go there.
    pub nothing: Option<String>,
    /// "Previous code", when there is one before.
    pub previous_label: Option<String>,
    /// "Next code", when there is one after.
    pub next_label: Option<String>,
    /// "Done" (sends `CloseGoogleExport`).
    pub done_label: String,
}

/// The clock check's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[cfg_attr(feature = "uniffi", uniffi(name = "ClockVerdictKind"))]
pub enum ClockVerdictView {
    /// Within a few seconds.
    Fine,
    /// Off, but codes still work.
    Drifting,
    /// Off so far that codes will be rejected.
    CodesWillFail,
}

/// The clock check's result.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ClockView {
    /// The verdict with the stored correction applied.
    pub verdict: ClockVerdictView,
    /// "This device's clock is 5 min behind true time."
    pub summary: String,
    /// What to do.
    pub advice: String,
    /// Where the time came from.
    pub source: String,
    /// The correction to apply, seconds (device behind: positive).
    pub suggested_correction_seconds: i64,
    /// Applying would change something.
    pub can_apply: bool,
}

/// A doctor step's finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[cfg_attr(feature = "uniffi", uniffi(name = "DoctorStepStatus"))]
pub enum DoctorStatusView {
    /// In order.
    Ok,
    /// Unusual.
    Warning,
    /// A cause of failing logins.
    Problem,
    /// Not checked.
    Skipped,
}

/// Which cause a doctor step checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[cfg_attr(feature = "uniffi", uniffi(name = "DoctorStepId"))]
pub enum DoctorStepKind {
    /// The clock.
    Clock,
    /// The secret.
    Secret,
    /// The PIN or username.
    Pin,
    /// The code itself.
    Code,
}

/// One doctor step.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DoctorStepView {
    /// Which.
    pub kind: DoctorStepKind,
    /// "Clock", "Secret"…
    pub title: String,
    /// The finding.
    pub status: DoctorStatusView,
    /// What was found, in one localised sentence ("The clock is right.").
    pub text: String,
    /// The detailed finding, localised: the offset in seconds, which case of the secret
    /// matched, the check code, the username… (rendered from the engine's findings as data).
    pub detail: String,
    /// What to do, localised, when there is something to do.
    pub fix: Option<String>,
}

/// The doctor's report.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DoctorView {
    /// The token.
    pub token_id: TokenKey,
    /// The four steps.
    pub steps: Vec<DoctorStepView>,
    /// The step that found the cause, if one did.
    pub cause: Option<DoctorStepKind>,
    /// The conclusion, localised ("The clock is the problem.").
    pub verdict: String,
    /// The conclusion in detail, localised (with the named step's findings).
    pub detail: String,
    /// What to do first, localised.
    pub fix: String,
}

/// A token's check code, to read to the administrator.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CheckCodeView {
    /// The token.
    pub token_id: TokenKey,
    /// The check code, `a1b 2c3`.
    pub code: String,
    /// What to do with it.
    pub instructions: String,
}

/// Troubleshooting.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TroubleshootingView {
    /// "Troubleshooting".
    pub title: String,
    /// The correction stored, seconds.
    pub stored_correction_seconds: i64,
    /// The correction in words ("Codes are computed 5 min ahead of this device's clock").
    pub stored_correction_text: Option<String>,
    /// The last clock check.
    pub clock: Option<ClockView>,
    /// The last doctor report.
    pub doctor: Option<DoctorView>,
    /// A token's check code, when asked.
    pub check_code: Option<CheckCodeView>,
    /// The tokens the doctor and the check code can look at, in the list's order.
    pub tokens: Vec<TokenChoice>,
    /// An error under a field.
    pub error: Option<FieldError>,
}

/// A token to choose (in a picker).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TokenChoice {
    /// Its id.
    pub id: TokenKey,
    /// Its name as the list shows it.
    pub name: String,
}

/// Settings.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SettingsView {
    /// "Settings".
    pub title: String,
    /// Minutes in the background before locking.
    pub lock_after_background_minutes: u32,
    /// Minutes without a touch before locking (0: never).
    pub lock_after_inactivity_minutes: u32,
    /// Seconds before a copied code is cleared (0: never).
    pub clipboard_clear_seconds: u32,
    /// TOTP, HOTP and Steam codes are hidden until tapped (`SetHideCodes`).
    pub hide_codes: bool,
    /// The device offers a device key.
    pub device_key_available: bool,
    /// This vault has a device key for this device.
    pub device_key_enabled: bool,
    /// The device key was invalidated and can be enrolled again.
    pub device_key_needs_enrolment: bool,
    /// "Lock after this many minutes in the background".
    pub lock_after_background_label: String,
    /// "Lock after this many minutes without a touch".
    pub lock_after_inactivity_label: String,
    /// "Clear copied codes after this many seconds".
    pub clipboard_clear_label: String,
    /// "Unlock with the device key".
    pub device_key_label: String,
    /// The installed icon pack ("Icon pack: Aegis Icons, version 20240115, 1,234 icons"), or
    /// what importing one does when none is.
    pub icon_pack: String,
    /// Sync with a WebDAV server.
    pub sync: SyncView,
    /// An error under a field.
    pub error: Option<FieldError>,
}

/// An earlier version of part of a token, from another device.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VersionView {
    /// Its id, for `RestoreVersion`.
    pub version_id: String,
    /// "Changed on another device. Earlier note: “VPN at home”".
    pub text: String,
}

/// The settings screen's sync section: the server, "Sync now", and how the last sync went.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SyncView {
    /// "Sync".
    pub title: String,
    /// What sync does and what the server sees (nothing secret).
    pub explanation: String,
    /// The vault is linked to a server (`SyncNow`, `TurnOffSync`); else the fields and
    /// `SetUpSync`.
    pub linked: bool,
    /// The vault file's address on the server (empty when not linked).
    pub url: String,
    /// The server's user name (empty: none).
    pub user: String,
    /// "Address of the vault file on the server".
    pub url_label: String,
    /// An example address, as the field's placeholder.
    pub url_placeholder: String,
    /// "User name".
    pub user_label: String,
    /// "Server password (for Nextcloud, an app password)".
    pub password_label: String,
    /// "Set up sync".
    pub set_up_label: String,
    /// "Sync now".
    pub sync_now_label: String,
    /// "Turn off sync".
    pub turn_off_label: String,
    /// A sync is running (the pull-down's spinner, "Sync now" disabled).
    pub running: bool,
    /// How the last sync went, in words ("Synced 2 min ago.", "The last sync failed: …");
    /// `None` when not linked.
    pub last_result: Option<String>,
    /// The vault password was changed on another device: this sentence, a password field
    /// labelled `new_password_label` and a button `adopt_password_label` (`AdoptNewPassword`).
    pub password_changed: Option<String>,
    /// "The new vault password".
    pub new_password_label: String,
    /// "Use the new password".
    pub adopt_password_label: String,
}
