//! `AppView`: the screen to draw, as UniFFI sees `motp_app::AppView`. Conversion only; every
//! sentence is already localised. A revealed or generated secret and its QR code are the only
//! secrets a view holds, as `SensitiveText` / `SensitiveBytes`.

use motp_app as core;

use crate::app::{AppJobKind, PinPolicyOption};
use crate::checks::{ClockVerdictKind, DoctorStepId, DoctorStepStatus};
use crate::sensitive::{SensitiveBytes, SensitiveText};
use crate::vault::ExportFileFormat;
use std::sync::Arc;

fn text(t: &core::SecretText) -> Arc<SensitiveText> {
    SensitiveText::new(t.expose().to_owned())
}

fn all<A, B: From<A>>(v: Vec<A>) -> Vec<B> {
    v.into_iter().map(Into::into).collect()
}

/// The whole view.
#[derive(Debug, Clone, uniffi::Record)]
pub struct AppView {
    pub screen: Screen,
    /// Slow work is running: show progress with this text; keep controls that start more
    /// work disabled.
    pub busy: Option<BusyView>,
    /// A notice on top of the screen, until dismissed.
    pub notice: Option<Notice>,
    /// The language of the sentences (`en`, `de`).
    pub locale: String,
    /// Every button, field and menu label, in the same language.
    pub labels: Labels,
}

impl From<core::AppView> for AppView {
    fn from(v: core::AppView) -> Self {
        AppView {
            screen: v.screen.into(),
            busy: v.busy.map(Into::into),
            notice: v.notice.map(Into::into),
            locale: v.locale,
            labels: v.labels.into(),
        }
    }
}

/// Declares the FFI twin of `motp_app::Labels` (all `String`s) and its conversion from one
/// list of names, so a label added in the core is added here by one word.
macro_rules! labels_record {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {
        /// The labels of the controls (buttons, fields, menus), localised: the shells draw
        /// these and no words of their own.
        #[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
        pub struct Labels {
            $($(#[$doc])* pub $name: String,)*
        }

        impl From<core::Labels> for Labels {
            fn from(l: core::Labels) -> Self {
                Labels { $($name: l.$name,)* }
            }
        }
    };
}

labels_record! {
    back, cancel, close, dismiss,
    /// "Continue": the next step of a flow.
    next,
    save, delete,
    /// The vault password (asked again before revealing a secret).
    password,
    add_token, lock, backups, troubleshooting, settings, search,
    /// The group filter's "no filter" choice.
    all_groups,
    /// After typing a PIN.
    show_code,
    scan_qr,
    /// Shown while the camera is on.
    scanning_hint,
    stop_scanning, uri, add_from_uri, issuer, account, secret, add_typed_secret,
    generate_secret, pin,
    /// The add flow's final confirmation.
    confirm_add,
    note, group, favourite, tolerance, reveal_secret, hide_secret, check_code,
    export_password, import_file, import_password, open_import, confirm_import,
    /// The import's "keep the PINs stored in the backup" choice.
    keep_pins,
    choose_backup_folder, check_clock, apply_correction, clear_correction, doctor_token,
    doctor_pin, doctor_code, doctor_admin_check_code, run_doctor, show_check_code,
    current_password, new_password, new_password_confirmation, change_password,
}

/// What is running.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BusyView {
    pub kind: AppJobKind,
    /// "Unlocking…", "Saving…".
    pub text: String,
}

impl From<core::BusyView> for BusyView {
    fn from(b: core::BusyView) -> Self {
        BusyView {
            kind: b.kind.into(),
            text: b.text,
        }
    }
}

/// How serious a notice is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum NoticeKind {
    Info,
    Warning,
    Error,
}

/// A sentence on top of the screen.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Notice {
    pub kind: NoticeKind,
    /// The message's stable code (an error code or a notice id).
    pub code: String,
    pub text: String,
}

impl From<core::Notice> for Notice {
    fn from(n: core::Notice) -> Self {
        Notice {
            kind: match n.kind {
                core::NoticeKind::Info => NoticeKind::Info,
                core::NoticeKind::Warning => NoticeKind::Warning,
                core::NoticeKind::Error => NoticeKind::Error,
            },
            code: n.code,
            text: n.text,
        }
    }
}

/// The input an error belongs to: show it under that field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum InputField {
    Secret,
    Pin,
    Uri,
    Password,
    PasswordConfirmation,
    /// The current password, asked again before changing it.
    CurrentPassword,
    Name,
    Note,
    Group,
    File,
    Code,
    CheckCode,
    Server,
}

impl From<core::Field> for InputField {
    fn from(f: core::Field) -> Self {
        use core::Field as F;
        match f {
            F::Secret => InputField::Secret,
            F::Pin => InputField::Pin,
            F::Uri => InputField::Uri,
            F::Password => InputField::Password,
            F::PasswordConfirmation => InputField::PasswordConfirmation,
            F::CurrentPassword => InputField::CurrentPassword,
            F::Name => InputField::Name,
            F::Note => InputField::Note,
            F::Group => InputField::Group,
            F::File => InputField::File,
            F::Code => InputField::Code,
            F::CheckCode => InputField::CheckCode,
            F::Server => InputField::Server,
        }
    }
}

/// An error on a screen: under its input field, or (without one) above the main action.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FieldError {
    pub field: Option<InputField>,
    /// The stable error code.
    pub code: String,
    pub text: String,
}

impl From<core::FieldError> for FieldError {
    fn from(e: core::FieldError) -> Self {
        FieldError {
            field: e.field.map(Into::into),
            code: e.code,
            text: e.text,
        }
    }
}

fn field_error(e: Option<core::FieldError>) -> Option<FieldError> {
    e.map(Into::into)
}

/// The screens.
#[derive(Debug, Clone, uniffi::Enum)]
pub enum Screen {
    /// Before the vault file has been looked at.
    Starting,
    FirstRun {
        view: FirstRunView,
    },
    Unlock {
        view: UnlockView,
    },
    List {
        view: ListView,
    },
    Add {
        view: AddView,
    },
    Detail {
        view: DetailView,
    },
    Backups {
        view: BackupsView,
    },
    Troubleshooting {
        view: TroubleshootingView,
    },
    Settings {
        view: SettingsView,
    },
}

impl From<core::Screen> for Screen {
    fn from(s: core::Screen) -> Self {
        use core::Screen as S;
        match s {
            S::Starting => Screen::Starting,
            S::FirstRun(v) => Screen::FirstRun { view: v.into() },
            S::Unlock(v) => Screen::Unlock { view: v.into() },
            S::List(v) => Screen::List { view: v.into() },
            S::Add(v) => Screen::Add { view: v.into() },
            S::Detail(v) => Screen::Detail { view: v.into() },
            S::Backups(v) => Screen::Backups { view: v.into() },
            S::Troubleshooting(v) => Screen::Troubleshooting { view: v.into() },
            S::Settings(v) => Screen::Settings { view: v.into() },
        }
    }
}

/// How strong a new password looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum PasswordStrength {
    Empty,
    Weak,
    Fair,
    Strong,
}

/// First run: create the vault.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FirstRunView {
    pub title: String,
    pub explanation: String,
    pub password_label: String,
    pub confirmation_label: String,
    pub strength: PasswordStrength,
    pub strength_text: String,
    pub device_key_available: bool,
    pub device_key_label: Option<String>,
    pub create_label: String,
    pub error: Option<FieldError>,
}

impl From<core::FirstRunView> for FirstRunView {
    fn from(v: core::FirstRunView) -> Self {
        FirstRunView {
            title: v.title,
            explanation: v.explanation,
            password_label: v.password_label,
            confirmation_label: v.confirmation_label,
            strength: match v.strength {
                core::PasswordStrength::Empty => PasswordStrength::Empty,
                core::PasswordStrength::Weak => PasswordStrength::Weak,
                core::PasswordStrength::Fair => PasswordStrength::Fair,
                core::PasswordStrength::Strong => PasswordStrength::Strong,
            },
            strength_text: v.strength_text,
            device_key_available: v.device_key_available,
            device_key_label: v.device_key_label,
            create_label: v.create_label,
            error: field_error(v.error),
        }
    }
}

/// A way to unlock this vault, read from its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum UnlockMethodKind {
    Password,
    DeviceKey,
}

/// One unlock method.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct UnlockMethod {
    pub kind: UnlockMethodKind,
    /// "Password", "Pixel 8 (fingerprint)".
    pub label: String,
}

/// The unlock screen.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct UnlockView {
    pub title: String,
    pub methods: Vec<UnlockMethod>,
    /// The device-key prompt is up (the core waits for no one).
    pub waiting_for_device_key: bool,
    /// Unlock with the password, then enrol the device again.
    pub device_key_invalidated: bool,
    pub hint: Option<String>,
    pub password_label: String,
    pub unlock_label: String,
    pub error: Option<FieldError>,
}

impl From<core::UnlockView> for UnlockView {
    fn from(v: core::UnlockView) -> Self {
        UnlockView {
            title: v.title,
            methods: v
                .methods
                .into_iter()
                .map(|m| UnlockMethod {
                    kind: match m.kind {
                        core::UnlockMethodKind::Password => UnlockMethodKind::Password,
                        core::UnlockMethodKind::DeviceKey => UnlockMethodKind::DeviceKey,
                    },
                    label: m.label,
                })
                .collect(),
            waiting_for_device_key: v.waiting_for_device_key,
            device_key_invalidated: v.device_key_invalidated,
            hint: v.hint,
            password_label: v.password_label,
            unlock_label: v.unlock_label,
            error: field_error(v.error),
        }
    }
}

/// What kind of one-time password a token makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum TokenKindView {
    /// Mobile-OTP: 10 s steps, a PIN.
    Motp,
    /// TOTP (RFC 6238): its own period, no PIN.
    Totp,
    /// HOTP (RFC 4226): a code per tap of "next code".
    Hotp,
    /// Made by a newer version of the app: kept, no code here.
    Unsupported,
}

impl From<core::TokenKindView> for TokenKindView {
    fn from(k: core::TokenKindView) -> Self {
        match k {
            core::TokenKindView::Motp => TokenKindView::Motp,
            core::TokenKindView::Totp => TokenKindView::Totp,
            core::TokenKindView::Hotp => TokenKindView::Hotp,
            core::TokenKindView::Unsupported => TokenKindView::Unsupported,
        }
    }
}

/// One row of the token list.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct TokenRow {
    pub id: String,
    pub issuer: Option<String>,
    /// The VPN username.
    pub account: String,
    pub kind: TokenKindView,
    /// Seconds per code (mOTP 10; TOTP its period; 0 for HOTP).
    pub period_seconds: u32,
    /// "Next code" (HOTP).
    pub next_code_label: Option<String>,
    /// Why there is no code (a kind this version cannot make).
    pub unsupported: Option<String>,
    pub group: Option<String>,
    pub favourite: bool,
    pub icon_key: Option<String>,
    /// The code grouped `a1b 2c3` / `123 456`, or `None` while the PIN is needed (HOTP: until
    /// "next code" is tapped).
    pub code: Option<String>,
    /// "Enter PIN" when the code needs the PIN.
    pub pin_prompt: Option<String>,
    /// Seconds until the next code (1–10).
    pub seconds_left: u32,
    /// How much of the code's time has passed, 0.0–1.0.
    pub progress: f32,
    /// When the next code starts, device clock, Unix ms.
    pub next_change_ms: i64,
    /// "Use within 8 s" near the end of the code's usable time.
    pub use_within: Option<String>,
    /// The typo guard's warning.
    pub typo_warning: Option<String>,
    /// Accessibility label of the tap-to-copy action.
    pub copy_label: String,
}

impl From<core::TokenRow> for TokenRow {
    fn from(r: core::TokenRow) -> Self {
        TokenRow {
            id: r.id,
            issuer: r.issuer,
            account: r.account,
            kind: r.kind.into(),
            period_seconds: r.period_seconds,
            next_code_label: r.next_code_label,
            unsupported: r.unsupported,
            group: r.group,
            favourite: r.favourite,
            icon_key: r.icon_key,
            code: r.code,
            pin_prompt: r.pin_prompt,
            seconds_left: r.seconds_left,
            progress: r.progress,
            next_change_ms: r.next_change_ms,
            use_within: r.use_within,
            typo_warning: r.typo_warning,
            copy_label: r.copy_label,
        }
    }
}

/// The token list.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ListView {
    pub title: String,
    /// Filtered by search and group, favourites first, then the manual order.
    pub rows: Vec<TokenRow>,
    pub groups: Vec<String>,
    pub selected_group: Option<String>,
    pub search: String,
    pub empty_text: Option<String>,
    pub backup_reminder: Option<String>,
    pub offer_device_key_enrolment: Option<String>,
}

impl From<core::ListView> for ListView {
    fn from(v: core::ListView) -> Self {
        ListView {
            title: v.title,
            rows: all(v.rows),
            groups: v.groups,
            selected_group: v.selected_group,
            search: v.search,
            empty_text: v.empty_text,
            backup_reminder: v.backup_reminder,
            offer_device_key_enrolment: v.offer_device_key_enrolment,
        }
    }
}

/// The steps of adding a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum AddStep {
    Choose,
    Scanning,
    Preview,
    PinPolicy,
    Confirm,
    Duplicate,
}

/// What is about to be added.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AddPreview {
    pub kind: TokenKindView,
    /// "TOTP, 6 digits every 30 s (SHA-1)", for TOTP and HOTP.
    pub kind_text: Option<String>,
    pub issuer: Option<String>,
    pub account: String,
    /// The secret's length (not the secret).
    pub secret_chars: u32,
    pub warnings: Vec<String>,
    /// The URI carried a PIN: offer to keep it.
    pub pin_in_uri: bool,
}

impl From<core::AddPreview> for AddPreview {
    fn from(p: core::AddPreview) -> Self {
        AddPreview {
            kind: p.kind.into(),
            kind_text: p.kind_text,
            issuer: p.issuer,
            account: p.account,
            secret_chars: p.secret_chars,
            warnings: p.warnings,
            pin_in_uri: p.pin_in_uri,
        }
    }
}

/// A token the new one duplicates.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DuplicateView {
    pub token_id: String,
    pub name: String,
    /// "Same secret", "Same issuer and account".
    pub reason: String,
}

impl From<core::DuplicateView> for DuplicateView {
    fn from(d: core::DuplicateView) -> Self {
        DuplicateView {
            token_id: d.token_id,
            name: d.name,
            reason: d.reason,
        }
    }
}

/// A QR code to draw: `size` × `size` modules, row by row, 1 dark, 0 light (leave a 4-module
/// light quiet zone). It holds a secret: `modules.expose()` only to draw it.
#[derive(Debug, Clone, uniffi::Record)]
pub struct QrImage {
    pub size: u32,
    pub modules: Arc<SensitiveBytes>,
}

impl From<core::QrImage> for QrImage {
    fn from(q: core::QrImage) -> Self {
        QrImage {
            size: q.size,
            modules: SensitiveBytes::new(q.modules.expose().to_vec()),
        }
    }
}

/// A generated secret for the administrator to enter on the router.
#[derive(Debug, Clone, uniffi::Record)]
pub struct GeneratedSecretView {
    /// The secret grouped in fours.
    pub grouped: Arc<SensitiveText>,
    pub qr: QrImage,
    pub instructions: String,
}

/// Adding a token.
#[derive(Debug, Clone, uniffi::Record)]
pub struct AddView {
    pub title: String,
    pub step: AddStep,
    pub camera_on: bool,
    pub preview: Option<AddPreview>,
    pub generated: Option<GeneratedSecretView>,
    pub pin_policy: PinPolicyOption,
    /// Labels of ask, ask with typo guard, remember.
    pub pin_policy_labels: Vec<String>,
    pub duplicates: Vec<DuplicateView>,
    pub add_anyway_label: Option<String>,
    pub error: Option<FieldError>,
}

impl From<core::AddView> for AddView {
    fn from(v: core::AddView) -> Self {
        AddView {
            title: v.title,
            step: match v.step {
                core::AddStep::Choose => AddStep::Choose,
                core::AddStep::Scanning => AddStep::Scanning,
                core::AddStep::Preview => AddStep::Preview,
                core::AddStep::PinPolicy => AddStep::PinPolicy,
                core::AddStep::Confirm => AddStep::Confirm,
                core::AddStep::Duplicate => AddStep::Duplicate,
            },
            camera_on: v.camera_on,
            preview: v.preview.map(Into::into),
            generated: v.generated.map(|g| GeneratedSecretView {
                grouped: text(&g.grouped),
                qr: g.qr.into(),
                instructions: g.instructions,
            }),
            pin_policy: v.pin_policy.into(),
            pin_policy_labels: v.pin_policy_labels,
            duplicates: all(v.duplicates),
            add_anyway_label: v.add_anyway_label,
            error: field_error(v.error),
        }
    }
}

/// A revealed secret (after re-authentication).
#[derive(Debug, Clone, uniffi::Record)]
pub struct RevealedSecret {
    /// The secret grouped in fours.
    pub grouped: Arc<SensitiveText>,
    /// Its QR code, to move the token to another phone.
    pub qr: QrImage,
}

/// One token's detail and edit screen.
#[derive(Debug, Clone, uniffi::Record)]
pub struct DetailView {
    pub token_id: String,
    pub issuer: Option<String>,
    pub account: String,
    pub note: Option<String>,
    pub group: Option<String>,
    pub favourite: bool,
    pub icon_key: Option<String>,
    pub pin_policy: PinPolicyOption,
    pub pin_policy_text: String,
    pub tolerance_seconds: u32,
    pub secret_chars: u32,
    pub secret_warnings: Vec<String>,
    /// `a1b 2c3`, to read to an administrator.
    pub check_code: String,
    pub revealed: Option<RevealedSecret>,
    /// "Delete this token? …" while confirming.
    pub confirm_delete: Option<String>,
    pub error: Option<FieldError>,
}

impl From<core::DetailView> for DetailView {
    fn from(v: core::DetailView) -> Self {
        DetailView {
            token_id: v.token_id,
            issuer: v.issuer,
            account: v.account,
            note: v.note,
            group: v.group,
            favourite: v.favourite,
            icon_key: v.icon_key,
            pin_policy: v.pin_policy.into(),
            pin_policy_text: v.pin_policy_text,
            tolerance_seconds: v.tolerance_seconds,
            secret_chars: v.secret_chars,
            secret_warnings: v.secret_warnings,
            check_code: v.check_code,
            revealed: v.revealed.map(|r| RevealedSecret {
                grouped: text(&r.grouped),
                qr: r.qr.into(),
            }),
            confirm_delete: v.confirm_delete,
            error: field_error(v.error),
        }
    }
}

/// What happens (or happened) to one entry of an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ImportEntryStatus {
    New,
    Duplicate,
    Skipped,
}

/// One entry of an import.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ImportEntryView {
    pub name: String,
    pub status: ImportEntryStatus,
    /// The status in words.
    pub status_text: String,
    pub has_pin: bool,
    pub detail: Option<String>,
}

impl From<core::ImportEntryView> for ImportEntryView {
    fn from(e: core::ImportEntryView) -> Self {
        ImportEntryView {
            name: e.name,
            status: match e.status {
                core::ImportEntryStatus::New => ImportEntryStatus::New,
                core::ImportEntryStatus::Duplicate => ImportEntryStatus::Duplicate,
                core::ImportEntryStatus::Skipped => ImportEntryStatus::Skipped,
            },
            status_text: e.status_text,
            has_pin: e.has_pin,
            detail: e.detail,
        }
    }
}

/// What an import file holds, before anything is added (and, as the report, after).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ImportPreviewView {
    pub file_name: String,
    pub format: Option<String>,
    pub needs_password: bool,
    pub tokens: u32,
    pub with_pin: u32,
    pub duplicates: u32,
    pub skipped: u32,
    /// "7 tokens, 2 with a PIN, 1 already here".
    pub summary: String,
    pub entries: Vec<ImportEntryView>,
    pub error: Option<FieldError>,
}

impl From<core::ImportPreviewView> for ImportPreviewView {
    fn from(v: core::ImportPreviewView) -> Self {
        ImportPreviewView {
            file_name: v.file_name,
            format: v.format,
            needs_password: v.needs_password,
            tokens: v.tokens,
            with_pin: v.with_pin,
            duplicates: v.duplicates,
            skipped: v.skipped,
            summary: v.summary,
            entries: all(v.entries),
            error: field_error(v.error),
        }
    }
}

/// An export format offered.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExportOption {
    pub format: ExportFileFormat,
    pub label: String,
    /// Shown before exporting (URI lists are not encrypted).
    pub warning: Option<String>,
}

/// Backups.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BackupsView {
    pub title: String,
    pub export_formats: Vec<ExportOption>,
    pub last_backup: String,
    pub reminder: Option<String>,
    pub backup_folder: Option<String>,
    pub import_preview: Option<ImportPreviewView>,
    pub import_report: Option<ImportPreviewView>,
    pub error: Option<FieldError>,
}

impl From<core::BackupsView> for BackupsView {
    fn from(v: core::BackupsView) -> Self {
        BackupsView {
            title: v.title,
            export_formats: v
                .export_formats
                .into_iter()
                .map(|o| ExportOption {
                    format: o.format.into(),
                    label: o.label,
                    warning: o.warning,
                })
                .collect(),
            last_backup: v.last_backup,
            reminder: v.reminder,
            backup_folder: v.backup_folder,
            import_preview: v.import_preview.map(Into::into),
            import_report: v.import_report.map(Into::into),
            error: field_error(v.error),
        }
    }
}

/// The clock check's result.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ClockView {
    /// With the stored correction applied.
    pub verdict: ClockVerdictKind,
    pub summary: String,
    pub advice: String,
    /// Where the time came from.
    pub source: String,
    /// Seconds (device behind: positive).
    pub suggested_correction_seconds: i64,
    pub can_apply: bool,
}

impl From<core::ClockView> for ClockView {
    fn from(c: core::ClockView) -> Self {
        ClockView {
            verdict: match c.verdict {
                core::ClockVerdictView::Fine => ClockVerdictKind::Fine,
                core::ClockVerdictView::Drifting => ClockVerdictKind::Drifting,
                core::ClockVerdictView::CodesWillFail => ClockVerdictKind::CodesWillFail,
            },
            summary: c.summary,
            advice: c.advice,
            source: c.source,
            suggested_correction_seconds: c.suggested_correction_seconds,
            can_apply: c.can_apply,
        }
    }
}

fn step_kind(k: core::DoctorStepKind) -> DoctorStepId {
    match k {
        core::DoctorStepKind::Clock => DoctorStepId::Clock,
        core::DoctorStepKind::Secret => DoctorStepId::Secret,
        core::DoctorStepKind::Pin => DoctorStepId::Pin,
        core::DoctorStepKind::Code => DoctorStepId::Code,
    }
}

/// One doctor step.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DoctorStepView {
    pub kind: DoctorStepId,
    pub title: String,
    pub status: DoctorStepStatus,
    /// The finding in one localised sentence.
    pub text: String,
    /// The detailed finding (numbers, which case of the secret…), localised from the engine's
    /// findings.
    pub detail: String,
    pub fix: Option<String>,
}

impl From<core::DoctorStepView> for DoctorStepView {
    fn from(s: core::DoctorStepView) -> Self {
        DoctorStepView {
            kind: step_kind(s.kind),
            title: s.title,
            status: match s.status {
                core::DoctorStatusView::Ok => DoctorStepStatus::Ok,
                core::DoctorStatusView::Warning => DoctorStepStatus::Warning,
                core::DoctorStatusView::Problem => DoctorStepStatus::Problem,
                core::DoctorStatusView::Skipped => DoctorStepStatus::Skipped,
            },
            text: s.text,
            detail: s.detail,
            fix: s.fix,
        }
    }
}

/// The doctor's report.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DoctorView {
    pub token_id: String,
    pub steps: Vec<DoctorStepView>,
    /// The step that found the cause, if one did.
    pub cause: Option<DoctorStepId>,
    /// The conclusion, localised.
    pub verdict: String,
    /// The conclusion in detail, localised from the engine's findings.
    pub detail: String,
    pub fix: String,
}

impl From<core::DoctorView> for DoctorView {
    fn from(d: core::DoctorView) -> Self {
        DoctorView {
            token_id: d.token_id,
            steps: all(d.steps),
            cause: d.cause.map(step_kind),
            verdict: d.verdict,
            detail: d.detail,
            fix: d.fix,
        }
    }
}

/// A token's check code, to read to the administrator.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CheckCodeView {
    pub token_id: String,
    pub code: String,
    pub instructions: String,
}

/// Troubleshooting.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TroubleshootingView {
    pub title: String,
    pub stored_correction_seconds: i64,
    pub stored_correction_text: Option<String>,
    pub clock: Option<ClockView>,
    pub doctor: Option<DoctorView>,
    pub check_code: Option<CheckCodeView>,
    /// The tokens the doctor and the check code can look at, in the list's order.
    pub tokens: Vec<TokenChoice>,
    pub error: Option<FieldError>,
}

/// A token to choose in a picker.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TokenChoice {
    pub id: String,
    pub name: String,
}

impl From<core::TroubleshootingView> for TroubleshootingView {
    fn from(v: core::TroubleshootingView) -> Self {
        TroubleshootingView {
            title: v.title,
            stored_correction_seconds: v.stored_correction_seconds,
            stored_correction_text: v.stored_correction_text,
            clock: v.clock.map(Into::into),
            doctor: v.doctor.map(Into::into),
            check_code: v.check_code.map(|c| CheckCodeView {
                token_id: c.token_id,
                code: c.code,
                instructions: c.instructions,
            }),
            tokens: v
                .tokens
                .into_iter()
                .map(|c| TokenChoice {
                    id: c.id,
                    name: c.name,
                })
                .collect(),
            error: field_error(v.error),
        }
    }
}

/// Settings.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SettingsView {
    pub title: String,
    pub lock_after_background_minutes: u32,
    pub lock_after_inactivity_minutes: u32,
    pub clipboard_clear_seconds: u32,
    pub device_key_available: bool,
    pub device_key_enabled: bool,
    pub device_key_needs_enrolment: bool,
    pub lock_after_background_label: String,
    pub lock_after_inactivity_label: String,
    pub clipboard_clear_label: String,
    pub device_key_label: String,
    pub error: Option<FieldError>,
}

impl From<core::SettingsView> for SettingsView {
    fn from(v: core::SettingsView) -> Self {
        SettingsView {
            title: v.title,
            lock_after_background_minutes: v.lock_after_background_minutes,
            lock_after_inactivity_minutes: v.lock_after_inactivity_minutes,
            clipboard_clear_seconds: v.clipboard_clear_seconds,
            device_key_available: v.device_key_available,
            device_key_enabled: v.device_key_enabled,
            device_key_needs_enrolment: v.device_key_needs_enrolment,
            lock_after_background_label: v.lock_after_background_label,
            lock_after_inactivity_label: v.lock_after_inactivity_label,
            clipboard_clear_label: v.clipboard_clear_label,
            device_key_label: v.device_key_label,
            error: field_error(v.error),
        }
    }
}
