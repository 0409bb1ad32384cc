//! `TokenVault`: the encrypted token store as one object for the apps.
//!
//! Every method that changes the vault saves it before returning, transactionally (atomically,
//! keeping the previous generation; a failed save leaves memory equal to the disk), so the app
//! never holds unsaved tokens. Secrets go in through `add*`
//! and `importFile`, and come out only through `revealSecret` and `exportFile`.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use motp_core::diagnose::DiagnoseOptions;
use motp_core::doctor::ClockInput;
use motp_core::vault::{
    DoctorRequest, ExportTarget, ImportOutcome, ImportSource, ImportedPin, KdfParams, NewToken,
    Password, PinPolicy, PinSetup, SlotKind, TokenId, TokenInfo, TokenUpdate, TypoGuardCheck,
    Vault,
};
use motp_core::{
    ClockCorrection, ImportFormat, OtpKind, Pin, ProvisioningUri, Secret, SecretLength,
};
use zeroize::Zeroizing;

use crate::checks::{DoctorResult, SecretCheck, clock_options};
use crate::engine::{CountdownInfo, SecretWarningRecord};
use crate::error::MotpError;
use crate::kind::TokenKind;
use crate::protector::{ForeignProtector, KeyProtector};
use crate::sensitive::SensitiveText;

type Result<T> = std::result::Result<T, MotpError>;

/// Unix milliseconds now: the timestamps stored with tokens (created, updated, last used).
fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

pub(crate) fn id(text: &str) -> Result<TokenId> {
    Ok(TokenId::parse(text)?)
}

fn password(text: String) -> Result<Password> {
    Ok(Password::from_zeroizing(Zeroizing::new(text))?)
}

/// Argon2id cost for a vault's password slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct KdfSettings {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl From<KdfSettings> for KdfParams {
    fn from(k: KdfSettings) -> Self {
        KdfParams {
            memory_kib: k.memory_kib,
            iterations: k.iterations,
            parallelism: k.parallelism,
        }
    }
}

/// The defaults for new vaults (64 MiB, about 0.5 s on a laptop, 1–2 s on a phone).
#[uniffi::export]
pub fn default_kdf_settings() -> KdfSettings {
    let d = KdfParams::DEFAULT;
    KdfSettings {
        memory_kib: d.memory_kib,
        iterations: d.iterations,
        parallelism: d.parallelism,
    }
}

/// How a token's PIN is handled. The PIN travels as a [`SensitiveText`], so printing a
/// `PinChoice` never shows it.
#[derive(Debug, Clone, uniffi::Enum)]
pub enum PinChoice {
    /// Typed for every code, never stored (the default).
    Ask,
    /// Typed for every code; a 4-bit check of this PIN is kept to catch typos (15 in 16).
    AskWithTypoGuard { pin: Arc<SensitiveText> },
    /// Stored inside the encrypted vault (gate it behind biometrics in the app).
    Remember { pin: Arc<SensitiveText> },
}

impl PinChoice {
    fn into_setup(self) -> Result<PinSetup> {
        Ok(match self {
            PinChoice::Ask => PinSetup::Ask,
            PinChoice::AskWithTypoGuard { pin } => {
                PinSetup::AskWithTypoGuard(Pin::new(pin.text())?)
            }
            PinChoice::Remember { pin } => PinSetup::Remember(Pin::new(pin.text())?),
        })
    }
}

/// Whether the PIN is typed or stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum PinPolicyKind {
    Ask,
    Remember,
}

/// A token as listed: everything but the secret and the PIN.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TokenRecord {
    pub id: String,
    /// mOTP, TOTP or HOTP with the parameters; `Unsupported` for a newer app's kind.
    pub kind: TokenKind,
    pub issuer: Option<String>,
    /// The VPN username: case-sensitive, show it with every code.
    pub account: String,
    /// The account has leading or trailing spaces (a likely cause of failing logins).
    pub account_has_outer_spaces: bool,
    /// `issuer:account`, the name lookups match.
    pub name: String,
    pub pin_policy: PinPolicyKind,
    pub typo_guard: bool,
    pub tolerance_seconds: u32,
    pub note: Option<String>,
    pub order: u32,
    pub created_ms: i64,
    pub updated_ms: i64,
    pub last_used_ms: Option<i64>,
    pub secret_length: u32,
    pub secret_warnings: Vec<SecretWarningRecord>,
    /// The group the token is filed under, if any.
    pub group: Option<String>,
    pub favourite: bool,
    /// The icon key chosen for it, if any.
    pub icon: Option<String>,
}

impl From<TokenInfo> for TokenRecord {
    fn from(t: TokenInfo) -> Self {
        TokenRecord {
            id: t.id.to_string(),
            kind: TokenKind::of(t.kind, &t.kind_name),
            group: t.group,
            favourite: t.favourite,
            icon: t.icon,
            account_has_outer_spaces: t.account.trim() != t.account,
            issuer: t.issuer,
            account: t.account,
            name: t.name,
            pin_policy: match t.pin_policy {
                PinPolicy::Ask => PinPolicyKind::Ask,
                PinPolicy::Remember => PinPolicyKind::Remember,
            },
            typo_guard: t.typo_guard,
            tolerance_seconds: t.tolerance_seconds,
            note: t.note,
            order: t.order as u32,
            created_ms: t.created_ms,
            updated_ms: t.updated_ms,
            last_used_ms: t.last_used_ms,
            secret_length: t.secret_chars as u32,
            secret_warnings: t.secret_warnings.iter().map(Into::into).collect(),
        }
    }
}

/// A token to add by hand.
#[derive(Debug, Clone, uniffi::Record)]
pub struct NewTokenInput {
    pub issuer: Option<String>,
    pub account: String,
    /// mOTP: exactly as the router or server shows it (spaces are removed, case is kept).
    /// TOTP/HOTP: Base32 as the service shows it (any case, spaces and padding ignored).
    pub secret: Arc<SensitiveText>,
    /// mOTP only; TOTP and HOTP tokens have no PIN (use `Ask`).
    pub pin: PinChoice,
    /// The server's tolerance for the "use within" hint (default 30 s).
    pub tolerance_seconds: Option<u32>,
    pub note: Option<String>,
    /// `None` (the default) is mOTP.
    #[uniffi(default)]
    pub kind: Option<TokenKind>,
    #[uniffi(default)]
    pub group: Option<String>,
    #[uniffi(default)]
    pub favourite: bool,
    #[uniffi(default)]
    pub icon: Option<String>,
}

/// What the PIN typo guard says about the PIN used for a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum TypoGuardStatus {
    /// The PIN passes (or is the stored one).
    Ok,
    /// "This PIN does not match the one you set up": the code is still shown.
    Mismatch,
    /// The token has no guard.
    NotSet,
}

impl From<TypoGuardCheck> for TypoGuardStatus {
    fn from(c: TypoGuardCheck) -> Self {
        match c {
            TypoGuardCheck::Ok => TypoGuardStatus::Ok,
            TypoGuardCheck::Mismatch => TypoGuardStatus::Mismatch,
            TypoGuardCheck::NotSet => TypoGuardStatus::NotSet,
        }
    }
}

/// A token's code at an instant, with everything the screen shows around it.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct TokenCodeInfo {
    /// Lowercase, no spaces: what to copy.
    pub code: String,
    /// `a1b 2c3`: what to show.
    pub grouped: String,
    pub countdown: CountdownInfo,
    pub typo_guard: TypoGuardStatus,
}

/// What unlocks a key slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum SlotKindRecord {
    /// The vault password (Argon2id).
    Password,
    /// The platform key store (Android Keystore, iOS Keychain).
    Platform,
    /// A kind made by a newer app; kept as is.
    Unknown,
}

/// A key slot, as listed.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SlotRecord {
    pub id: String,
    pub kind: SlotKindRecord,
    /// The platform key store's label, or the unknown type's name.
    pub label: Option<String>,
}

/// File formats for import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ImportFileFormat {
    MotpBackup,
    Aegis,
    AuthenticatorPro,
    AndOtp,
    UriList,
}

impl From<ImportFileFormat> for ImportSource {
    fn from(f: ImportFileFormat) -> Self {
        match f {
            ImportFileFormat::MotpBackup => ImportSource::MotpBackup,
            ImportFileFormat::Aegis => ImportSource::Foreign(ImportFormat::Aegis),
            ImportFileFormat::AuthenticatorPro => {
                ImportSource::Foreign(ImportFormat::AuthenticatorPro)
            }
            ImportFileFormat::AndOtp => ImportSource::Foreign(ImportFormat::AndOtp),
            ImportFileFormat::UriList => ImportSource::Foreign(ImportFormat::UriList),
        }
    }
}

fn import_file_format(s: ImportSource) -> ImportFileFormat {
    match s {
        ImportSource::MotpBackup => ImportFileFormat::MotpBackup,
        ImportSource::Foreign(ImportFormat::Aegis) => ImportFileFormat::Aegis,
        ImportSource::Foreign(ImportFormat::AuthenticatorPro) => ImportFileFormat::AuthenticatorPro,
        ImportSource::Foreign(ImportFormat::AndOtp) => ImportFileFormat::AndOtp,
        ImportSource::Foreign(ImportFormat::UriList) => ImportFileFormat::UriList,
    }
}

/// What happened to one entry of an imported file.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum ImportEntryOutcome {
    Imported { id: String },
    Duplicate { existing_id: String, reason: String },
    Skipped { reason: String },
}

/// What became of the PIN a file stored with a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ImportedPinKind {
    /// The file stored no PIN (or the token was not imported).
    None,
    /// Kept: the token remembers it.
    Kept,
    /// Not kept: the token asks for its PIN (tell the user to have it ready).
    Dropped,
}

/// One entry of an imported file.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ImportEntryRecord {
    /// `issuer:account` as the file names it (never the secret).
    pub name: String,
    pub outcome: ImportEntryOutcome,
    pub pin: ImportedPinKind,
}

/// An import, entry by entry.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ImportResult {
    pub format: ImportFileFormat,
    pub encrypted: bool,
    pub imported: u32,
    /// PINs the file stored that were not kept (`keep_pins` false).
    pub pins_dropped: u32,
    pub entries: Vec<ImportEntryRecord>,
}

/// File formats for export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ExportFileFormat {
    /// Our own encrypted backup (password required).
    MotpBackup,
    /// An Aegis vault: encrypted with a password, plain without.
    Aegis,
    /// One motp:// URI per line (unencrypted; never a PIN).
    UriList,
}

/// An entry left out of an export, and why.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExportSkip {
    pub name: String,
    pub reason: String,
}

/// An exported file: write `bytes` where the user chose.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExportResult {
    pub bytes: Vec<u8>,
    pub count: u32,
    pub skipped: Vec<ExportSkip>,
}

/// A doctor session's inputs besides the token.
#[derive(Debug, Clone, uniffi::Record)]
pub struct DoctorInputs {
    /// The PIN as the user types it (`None`: the stored PIN, if any).
    pub pin: Option<Arc<SensitiveText>>,
    /// The check code the administrator read out.
    pub admin_check_code: Option<String>,
    /// A code another token (or the server's log) shows for the same account.
    pub other_code: Option<String>,
    /// When that code was shown (device time, unix ms).
    pub at_unix_ms: i64,
    /// Check the clock against this NTP server first (`None`: skip the clock check).
    pub clock_server: Option<String>,
    pub clock_timeout_ms: u32,
}

/// The encrypted token vault, one file on disk. Thread-safe: calls are serialised.
#[derive(uniffi::Object)]
pub struct TokenVault {
    vault: Mutex<Vault>,
    open_warning: Option<String>,
}

impl std::fmt::Debug for TokenVault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenVault(..)")
    }
}

impl TokenVault {
    fn code_of(&self, id: TokenId, pin: Option<String>, unix_ms: i64) -> Result<TokenCodeInfo> {
        let pin = pin.map(|p| Pin::raw(&Zeroizing::new(p)));
        self.code_with(id, pin.as_ref(), unix_ms)
    }

    fn code_with(&self, id: TokenId, pin: Option<&Pin>, unix_ms: i64) -> Result<TokenCodeInfo> {
        let c = self.lock().code(id, pin, unix_ms)?;
        Ok(TokenCodeInfo {
            code: c.code.as_str().to_owned(),
            grouped: c.grouped,
            countdown: c.countdown.into(),
            typo_guard: c.typo_guard.into(),
        })
    }

    fn wrap(vault: Vault, open_warning: Option<String>) -> Arc<TokenVault> {
        Arc::new(TokenVault {
            vault: Mutex::new(vault),
            open_warning,
        })
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, Vault> {
        // A panic while holding the lock cannot leave the vault half-changed on disk (saves are
        // atomic), so a poisoned lock is still safe to use.
        self.vault.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs a change and saves it, transactionally (`Vault::change`): if the save fails, the
    /// vault in memory stays equal to the file on disk and the error says why; if another
    /// instance saved meanwhile, its file is re-read with the key already held and the change
    /// re-applied to it, asking the user for nothing.
    fn change<T>(&self, f: impl FnMut(&mut Vault) -> motp_core::Result<T>) -> Result<T> {
        Ok(self.lock().change(f)?)
    }
}

#[uniffi::export]
impl TokenVault {
    /// Creates a new vault file protected by a password (default Argon2id cost).
    #[uniffi::constructor]
    pub fn create(path: String, password: String) -> Result<Arc<TokenVault>> {
        Self::create_with_kdf(path, password, default_kdf_settings())
    }

    /// Creates a new vault with explicit Argon2id cost (tests and benchmarks use cheap ones).
    #[uniffi::constructor]
    pub fn create_with_kdf(
        path: String,
        password: String,
        kdf: KdfSettings,
    ) -> Result<Arc<TokenVault>> {
        let v = Vault::create(Path::new(&path), &self::password(password)?, kdf.into())?;
        Ok(Self::wrap(v, None))
    }

    /// Creates a new vault unlocked by the platform key store only. Add a password with
    /// `changePassword` so a lost device key does not lose the tokens.
    #[uniffi::constructor]
    pub fn create_with_protector(
        path: String,
        protector: Arc<dyn KeyProtector>,
    ) -> Result<Arc<TokenVault>> {
        let v = Vault::create_with_protector(Path::new(&path), &ForeignProtector(protector))?;
        Ok(Self::wrap(v, None))
    }

    /// Opens a vault with its password. Slow on purpose (Argon2id): call off the main thread.
    #[uniffi::constructor]
    pub fn open(path: String, password: String) -> Result<Arc<TokenVault>> {
        let o = Vault::open_with_password(Path::new(&path), &self::password(password)?)?;
        Ok(Self::wrap(o.vault, o.warning.map(|w| w.to_string())))
    }

    /// Opens a vault with the platform key store.
    #[uniffi::constructor]
    pub fn open_with_protector(
        path: String,
        protector: Arc<dyn KeyProtector>,
    ) -> Result<Arc<TokenVault>> {
        let o = Vault::open_with_protector(Path::new(&path), &ForeignProtector(protector))?;
        Ok(Self::wrap(o.vault, o.warning.map(|w| w.to_string())))
    }

    /// Set when the vault file was damaged and its previous copy was opened: show it.
    pub fn open_warning(&self) -> Option<String> {
        self.open_warning.clone()
    }

    /// Every token, in the user's order.
    pub fn list(&self) -> Vec<TokenRecord> {
        self.lock().list().into_iter().map(Into::into).collect()
    }

    /// One token by id.
    pub fn get(&self, id: String) -> Result<TokenRecord> {
        Ok(self.lock().get(self::id(&id)?)?.into())
    }

    /// One token by a typed name (`issuer:account`, the account, or a unique prefix).
    pub fn find(&self, name: String) -> Result<TokenRecord> {
        Ok(self.lock().find(&name)?.into())
    }

    /// Adds a token typed by hand; returns its id.
    pub fn add(&self, token: NewTokenInput) -> Result<String> {
        let kind = match &token.kind {
            None => OtpKind::Motp,
            Some(k) => k.to_core().ok_or_else(|| {
                MotpError::from(motp_core::Error::WrongKind(
                    "a token of an unsupported kind cannot be added: choose mOTP, TOTP or HOTP"
                        .into(),
                ))
            })?,
        };
        let secret = Secret::new(token.secret.text())?;
        let mut t = NewToken::of_kind(kind, token.issuer.as_deref(), &token.account, secret);
        t.pin = token.pin.into_setup()?;
        if let Some(tol) = token.tolerance_seconds {
            t.tolerance_seconds = tol;
        }
        t.note = token.note;
        t.group = token.group;
        t.favourite = token.favourite;
        t.icon = token.icon;
        Ok(self.change(|v| v.add(t.clone(), now_ms()))?.to_string())
    }

    /// Files a token under a group, pins or unpins it among the favourites, and sets its icon
    /// key (`None` clears a group or icon).
    pub fn organise(
        &self,
        id: String,
        group: Option<String>,
        favourite: bool,
        icon: Option<String>,
    ) -> Result<()> {
        let id = self::id(&id)?;
        let update = TokenUpdate {
            group: Some(group),
            favourite: Some(favourite),
            icon: Some(icon),
            ..TokenUpdate::default()
        };
        self.change(|v| v.update(id, update.clone(), now_ms()))
    }

    /// The next code of an HOTP token. The counter moves and the vault is saved **before**
    /// the code is returned, so no code is ever shown twice; on failure nothing is shown.
    pub fn next_hotp_code(&self, id: String) -> Result<TokenCodeInfo> {
        let id = self::id(&id)?;
        let c = self.lock().next_hotp_code(id, now_ms())?;
        Ok(TokenCodeInfo {
            code: c.code.as_str().to_owned(),
            grouped: c.grouped,
            countdown: c.countdown.into(),
            typo_guard: c.typo_guard.into(),
        })
    }

    /// Adds the token a provisioning URI (or scanned QR code) describes. A `pin=` in the URI is
    /// kept only if `keep_uri_pin` (ask the user first); otherwise `pin` decides.
    pub fn add_from_uri(&self, uri: String, pin: PinChoice, keep_uri_pin: bool) -> Result<String> {
        let u = ProvisioningUri::parse(&Zeroizing::new(uri))?;
        let mut t = NewToken::of_kind(u.kind, u.issuer.as_deref(), &u.account, u.secret);
        t.pin = match (keep_uri_pin, u.pin) {
            // TOTP and HOTP have no PIN: `pin` does not apply.
            _ if u.kind != OtpKind::Motp => PinSetup::Ask,
            (true, Some(p)) => PinSetup::Remember(Pin::new(p.expose())?),
            _ => pin.into_setup()?,
        };
        Ok(self.change(|v| v.add(t.clone(), now_ms()))?.to_string())
    }

    /// Adds a token with a new random secret (16 or 32 hex) for a router where the token makes
    /// the secret (DrayTek); show it once with `revealSecret` so the user can enter it there.
    pub fn add_generated(
        &self,
        issuer: Option<String>,
        account: String,
        length: u32,
        pin: PinChoice,
    ) -> Result<String> {
        let secret = Secret::generate(SecretLength::try_from(length as usize)?)?;
        let mut t = NewToken::new(issuer.as_deref(), &account, secret);
        t.pin = pin.into_setup()?;
        Ok(self.change(|v| v.add(t.clone(), now_ms()))?.to_string())
    }

    /// Changes the issuer and account (the VPN username).
    pub fn rename(&self, id: String, issuer: Option<String>, account: String) -> Result<()> {
        let id = self::id(&id)?;
        let changes = TokenUpdate {
            issuer: Some(issuer),
            account: Some(account),
            ..TokenUpdate::default()
        };
        self.change(|v| v.update(id, changes.clone(), now_ms()))
    }

    /// Sets or clears the note.
    pub fn set_note(&self, id: String, note: Option<String>) -> Result<()> {
        let id = self::id(&id)?;
        let changes = TokenUpdate {
            note: Some(note),
            ..TokenUpdate::default()
        };
        self.change(|v| v.update(id, changes.clone(), now_ms()))
    }

    /// Changes how the PIN is handled (typed, typed with a typo guard, remembered).
    pub fn set_pin_choice(&self, id: String, pin: PinChoice) -> Result<()> {
        let id = self::id(&id)?;
        let changes = TokenUpdate {
            pin: Some(pin.into_setup()?),
            ..TokenUpdate::default()
        };
        self.change(|v| v.update(id, changes.clone(), now_ms()))
    }

    /// Sets the server's tolerance used for the "use within" hint.
    pub fn set_tolerance(&self, id: String, seconds: u32) -> Result<()> {
        let id = self::id(&id)?;
        let changes = TokenUpdate {
            tolerance_seconds: Some(seconds),
            ..TokenUpdate::default()
        };
        self.change(|v| v.update(id, changes.clone(), now_ms()))
    }

    /// Removes a token.
    pub fn remove(&self, id: String) -> Result<()> {
        let id = self::id(&id)?;
        self.change(|v| v.remove(id))
    }

    /// Puts the tokens in this order (every id exactly once).
    pub fn reorder(&self, ids: Vec<String>) -> Result<()> {
        let ids = ids
            .iter()
            .map(|i| self::id(i))
            .collect::<Result<Vec<_>>>()?;
        self.change(|v| v.reorder(&ids))
    }

    /// The secret, for an explicit "reveal" or "compare with the router" screen. The one way a
    /// secret leaves the vault besides an export.
    pub fn reveal_secret(&self, id: String) -> Result<String> {
        Ok(self
            .lock()
            .reveal_secret(self::id(&id)?)?
            .expose()
            .to_owned())
    }

    /// The secret's length, hex-ness, case, warnings and check code — without its characters.
    pub fn secret_check(&self, id: String) -> Result<SecretCheck> {
        let secret = self.lock().reveal_secret(self::id(&id)?)?;
        let report = motp_core::SecretReport::new(&secret, motp_core::secret_check::Reveal::Hidden);
        Ok((&report).into())
    }

    /// The code now (device clock plus the vault's clock correction). `pin` is required unless
    /// the token remembers its PIN.
    pub fn code(&self, id: String, pin: Option<String>) -> Result<TokenCodeInfo> {
        self.code_of(self::id(&id)?, pin, now_ms())
    }

    /// The code at `unix_ms` (device time; the vault's clock correction is applied).
    pub fn code_at(&self, id: String, pin: Option<String>, unix_ms: i64) -> Result<TokenCodeInfo> {
        self.code_of(self::id(&id)?, pin, unix_ms)
    }

    /// A handle on one token, for a screen that shows its code again and again: its calls skip
    /// looking the id up and passing it across the boundary (about a fifth of a Kotlin call).
    pub fn token(self: Arc<Self>, id: String) -> Result<Arc<TokenHandle>> {
        let id = self::id(&id)?;
        self.lock().get(id)?;
        Ok(Arc::new(TokenHandle { vault: self, id }))
    }

    /// What the typo guard says about a PIN, without computing a code.
    pub fn check_pin(&self, id: String, pin: String) -> Result<TypoGuardStatus> {
        let pin = Pin::raw(&Zeroizing::new(pin));
        Ok(self.lock().check_pin(self::id(&id)?, &pin)?.into())
    }

    /// Records that a code was used now (shown in the list as "last used").
    pub fn mark_used(&self, id: String) -> Result<()> {
        let id = self::id(&id)?;
        // A side record, not a save: a look never moves the vault's recovery copy.
        Ok(self.lock().mark_used(id, now_ms())?)
    }

    /// Seconds added to the device clock before computing codes.
    pub fn clock_correction(&self) -> i64 {
        self.lock().settings().clock_correction.0
    }

    /// Sets the clock correction (e.g. `ClockCheckResult.suggestedCorrectionSeconds`).
    pub fn set_clock_correction(&self, seconds: i64) -> Result<()> {
        self.change(|v| v.set_clock_correction(ClockCorrection(seconds)))
    }

    /// The key slots.
    pub fn slots(&self) -> Vec<SlotRecord> {
        self.lock()
            .slots()
            .into_iter()
            .map(|s| {
                let (kind, label) = match s.kind {
                    SlotKind::Password { .. } => (SlotKindRecord::Password, None),
                    SlotKind::Platform { label, .. } => (SlotKindRecord::Platform, Some(label)),
                    SlotKind::Unknown { type_name } => (SlotKindRecord::Unknown, Some(type_name)),
                };
                SlotRecord {
                    id: s.id.to_string(),
                    kind,
                    label,
                }
            })
            .collect()
    }

    /// Sets a new password (replacing the old password slot; platform slots keep working).
    pub fn change_password(&self, new_password: String) -> Result<()> {
        let p = password(new_password)?;
        self.change(|v| v.change_password(&p, KdfParams::DEFAULT).map(|_| ()))
    }

    /// Adds (or re-enrols) a platform key store slot; returns the slot id.
    pub fn add_platform_slot(&self, protector: Arc<dyn KeyProtector>) -> Result<String> {
        let p = ForeignProtector(protector);
        Ok(self.change(|v| v.add_platform_slot(&p))?.to_string())
    }

    /// Removes a slot (never the last usable one).
    pub fn remove_slot(&self, slot_id: String) -> Result<()> {
        let id = motp_core::vault::SlotId::parse(&slot_id)?;
        self.change(|v| v.remove_slot(id))
    }

    /// Imports a file from another app or our own backup (`format`: `None` detects it), with
    /// its own password if encrypted. PINs are kept only if `keep_pins`.
    pub fn import_file(
        &self,
        bytes: Vec<u8>,
        format: Option<ImportFileFormat>,
        password: Option<String>,
        keep_pins: bool,
    ) -> Result<ImportResult> {
        let bytes = Zeroizing::new(bytes);
        let password = password.map(Zeroizing::new);
        let r = self.change(|v| {
            v.import_file(
                &bytes,
                format.map(Into::into),
                password.as_deref().map(String::as_str),
                keep_pins,
                now_ms(),
            )
        })?;
        let entries = r
            .report
            .entries
            .iter()
            .map(|e| ImportEntryRecord {
                name: e.name.clone(),
                outcome: match &e.outcome {
                    ImportOutcome::Imported(id) => {
                        ImportEntryOutcome::Imported { id: id.to_string() }
                    }
                    ImportOutcome::SkippedDuplicate { existing, reason } => {
                        ImportEntryOutcome::Duplicate {
                            existing_id: existing.to_string(),
                            reason: reason.to_string(),
                        }
                    }
                    ImportOutcome::SkippedInvalid { reason } => ImportEntryOutcome::Skipped {
                        reason: reason.to_string(),
                    },
                },
                pin: match e.pin {
                    ImportedPin::None => ImportedPinKind::None,
                    ImportedPin::Kept => ImportedPinKind::Kept,
                    ImportedPin::Dropped => ImportedPinKind::Dropped,
                },
            })
            .collect();
        Ok(ImportResult {
            format: import_file_format(r.source),
            encrypted: r.encrypted,
            imported: r.report.imported() as u32,
            pins_dropped: r.report.pins_dropped() as u32,
            entries,
        })
    }

    /// Exports every token. `password`: required for our backup, optional for Aegis (none:
    /// unencrypted), ignored for URI lists.
    pub fn export_file(
        &self,
        format: ExportFileFormat,
        password: Option<String>,
    ) -> Result<ExportResult> {
        let target = match format {
            ExportFileFormat::MotpBackup => ExportTarget::MotpBackup,
            ExportFileFormat::Aegis => ExportTarget::Aegis,
            ExportFileFormat::UriList => ExportTarget::UriList,
        };
        let password = password.map(Zeroizing::new);
        let e = self.lock().export_file(
            target,
            password.as_deref().map(String::as_str),
            KdfParams::DEFAULT,
        )?;
        Ok(ExportResult {
            bytes: e.bytes.to_vec(),
            count: e.count as u32,
            skipped: e
                .skipped
                .into_iter()
                .map(|(name, reason)| ExportSkip { name, reason })
                .collect(),
        })
    }

    /// Walks the four causes of failing logins for one token (clock, secret, PIN, code) and
    /// ends with a verdict and the fix. Runs the clock check when `clock_server` is given
    /// (network I/O: call off the main thread).
    pub fn doctor(&self, id: String, inputs: DoctorInputs) -> Result<DoctorResult> {
        let id = self::id(&id)?;
        let clock = match inputs.clock_server {
            None => ClockInput::NotChecked,
            Some(server) => {
                let options = clock_options(
                    Some(server),
                    inputs.clock_timeout_ms,
                    motp_core::clock::DEFAULT_WINDOW_SECONDS,
                );
                match motp_core::clock::check_clock(&options) {
                    Ok(c) => ClockInput::Checked(c),
                    Err(e) => ClockInput::Failed(e),
                }
            }
        };
        let request = DoctorRequest {
            pin: inputs.pin.map(|p| Pin::raw(p.text())),
            clock,
            admin_check_code: inputs
                .admin_check_code
                .as_deref()
                .map(motp_core::CheckCode::parse)
                .transpose()?,
            other_code: inputs
                .other_code
                .as_deref()
                .map(|c| self.lock().parse_code_for(id, c))
                .transpose()?,
            at_unix_ms: inputs.at_unix_ms,
            options: DiagnoseOptions::default(),
        };
        Ok(self.lock().doctor(id, request)?.into())
    }
}

/// One token of an open vault (from `TokenVault.token(id)`). Holds the vault open while it lives.
#[derive(Debug, uniffi::Object)]
pub struct TokenHandle {
    vault: Arc<TokenVault>,
    id: TokenId,
}

#[uniffi::export]
impl TokenHandle {
    /// The token's id.
    pub fn id(&self) -> String {
        self.id.to_string()
    }

    /// The token as listed (fails if it was removed meanwhile).
    pub fn record(&self) -> Result<TokenRecord> {
        Ok(self.vault.lock().get(self.id)?.into())
    }

    /// The code now; `pin` is required unless the token remembers its PIN.
    pub fn code(&self, pin: Option<String>) -> Result<TokenCodeInfo> {
        self.vault.code_of(self.id, pin, now_ms())
    }

    /// The code at `unix_ms` (device time; the vault's clock correction is applied).
    pub fn code_at(&self, pin: Option<String>, unix_ms: i64) -> Result<TokenCodeInfo> {
        self.vault.code_of(self.id, pin, unix_ms)
    }

    /// A code session for the screen that shows this token: the PIN typed once (or `None` for
    /// a remembered one) stays in Rust, zeroized when the session is closed, and every redraw
    /// calls `CodeSession.codeAt(unixMs)` with no strings crossing the boundary. Fails now, not
    /// at the first redraw, if the token needs a PIN and none was given.
    pub fn session(&self, pin: Option<String>) -> Result<Arc<CodeSession>> {
        let pin = pin.map(|p| Pin::raw(&Zeroizing::new(p)));
        self.vault.code_with(self.id, pin.as_ref(), now_ms())?;
        Ok(Arc::new(CodeSession {
            vault: Arc::clone(&self.vault),
            id: self.id,
            pin,
        }))
    }
}

/// One token's codes with its PIN held in Rust (from `TokenHandle.session(pin)`).
#[derive(uniffi::Object)]
pub struct CodeSession {
    vault: Arc<TokenVault>,
    id: TokenId,
    pin: Option<Pin>,
}

impl std::fmt::Debug for CodeSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CodeSession({:?}, pin: <redacted>)", self.id)
    }
}

#[uniffi::export]
impl CodeSession {
    /// The code now.
    pub fn code(&self) -> Result<TokenCodeInfo> {
        self.vault.code_with(self.id, self.pin.as_ref(), now_ms())
    }

    /// The code at `unix_ms` (device time; the vault's clock correction is applied).
    pub fn code_at(&self, unix_ms: i64) -> Result<TokenCodeInfo> {
        self.vault.code_with(self.id, self.pin.as_ref(), unix_ms)
    }
}
