//! The vault's data model: what a token is, what callers pass in and get back.
//!
//! Public types carry no secret unless their name says so ([`NewToken`], [`PinSetup`]); the
//! stored record with the secret and PIN ([`TokenRecord`]) never leaves the crate.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::typo_guard::{TypoGuard, TypoGuardCheck};
use crate::error::{Error, Result, TokenField};
use crate::kind::OtpKind;
use crate::otp::Code;
use crate::pin::Pin;
use crate::secret::{Secret, SecretWarning};
use crate::time::{ClockCorrection, Countdown, DEFAULT_TOLERANCE_SECONDS};

/// Longest issuer or account name.
pub const MAX_NAME_CHARS: usize = 256;
/// Longest note.
pub const MAX_NOTE_CHARS: usize = 4096;
/// Largest server tolerance we store (a day; real servers use seconds to minutes).
pub const MAX_TOLERANCE_SECONDS: u32 = 86_400;
/// Largest clock correction we store (a year either way).
pub const MAX_CLOCK_CORRECTION_SECONDS: i64 = 366 * 86_400;
/// Longest group name.
pub const MAX_GROUP_CHARS: usize = 64;
/// Longest icon key (a name from the apps' icon set, such as `draytek` or `mail`).
pub const MAX_ICON_CHARS: usize = 64;

/// A token's identifier: a random UUID, stable across edits, exports and devices.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TokenId(Uuid);

impl TokenId {
    pub(crate) fn generate() -> Result<TokenId> {
        Ok(TokenId(random_uuid()?))
    }

    /// Reads the hyphenated form (`0e3c…-…`).
    pub fn parse(text: &str) -> Result<TokenId> {
        Uuid::try_parse(text.trim())
            .map(TokenId)
            .map_err(|_| Error::TokenNotFound {
                name: text.to_owned(),
            })
    }
}

/// A random (version 4) UUID from the operating system's CSPRNG.
pub(crate) fn random_uuid() -> Result<Uuid> {
    let bytes = super::crypto::random::<16>()?;
    Ok(uuid::Builder::from_random_bytes(bytes).into_uuid())
}

impl fmt::Display for TokenId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0.hyphenated(), f)
    }
}

impl fmt::Debug for TokenId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TokenId({})", self.0.hyphenated())
    }
}

impl Serialize for TokenId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.hyphenated())
    }
}

impl<'de> Deserialize<'de> for TokenId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Uuid::try_parse(&text)
            .map(TokenId)
            .map_err(|_| serde::de::Error::custom("a token id is not a UUID"))
    }
}

/// Whether the PIN is typed for every code or kept in the vault.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PinPolicy {
    /// Typed each time, never stored (the default: the PIN stays a second factor).
    #[default]
    Ask,
    /// Stored inside the encrypted vault; apps gate it behind biometrics.
    Remember,
}

/// How a token's PIN is set up. Holds a PIN, so it is zeroized with it and never shown.
#[derive(Clone, PartialEq, Eq, Default)]
pub enum PinSetup {
    /// Ask for the PIN each time; no typo guard.
    #[default]
    Ask,
    /// Ask each time, and keep a 4-bit typo guard computed from this PIN (the PIN itself is not
    /// stored).
    AskWithTypoGuard(Pin),
    /// Store this PIN in the vault.
    Remember(Pin),
}

impl fmt::Debug for PinSetup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PinSetup::Ask => "PinSetup::Ask",
            PinSetup::AskWithTypoGuard(_) => "PinSetup::AskWithTypoGuard(<redacted>)",
            PinSetup::Remember(_) => "PinSetup::Remember(<redacted>)",
        })
    }
}

/// A token to add. Holds the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewToken {
    /// mOTP, TOTP or HOTP, with the parameters.
    pub kind: OtpKind,
    /// Company or server, shown above the account.
    pub issuer: Option<String>,
    /// The VPN username: case-sensitive, shown everywhere.
    pub account: String,
    /// The secret: mOTP's exact text, or TOTP/HOTP's Base32 (any case, spaces, padding:
    /// it is stored in canonical form).
    pub secret: Secret,
    /// PIN policy and typo guard (mOTP only; TOTP and HOTP have no PIN).
    pub pin: PinSetup,
    /// The server's tolerance in seconds, shown as "use within".
    pub tolerance_seconds: u32,
    /// Free text.
    pub note: Option<String>,
    /// The group the apps file it under, if any.
    pub group: Option<String>,
    /// Whether it is pinned among the favourites.
    pub favourite: bool,
    /// The apps' icon key, if one was chosen.
    pub icon: Option<String>,
}

impl NewToken {
    /// An mOTP token with the defaults: PIN asked each time, no guard, 30 s tolerance, no
    /// note, no group or icon.
    pub fn new(issuer: Option<&str>, account: &str, secret: Secret) -> NewToken {
        NewToken {
            kind: OtpKind::Motp,
            issuer: issuer.map(str::to_owned),
            account: account.to_owned(),
            secret,
            pin: PinSetup::Ask,
            tolerance_seconds: DEFAULT_TOLERANCE_SECONDS,
            note: None,
            group: None,
            favourite: false,
            icon: None,
        }
    }

    /// A token of `kind` (TOTP/HOTP secrets in Base32) with the same defaults.
    pub fn of_kind(kind: OtpKind, issuer: Option<&str>, account: &str, secret: Secret) -> Self {
        NewToken {
            kind,
            ..NewToken::new(issuer, account, secret)
        }
    }
}

/// Changes to a token; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TokenUpdate {
    /// New issuer (`Some(None)` removes it).
    pub issuer: Option<Option<String>>,
    /// New account.
    pub account: Option<String>,
    /// New note (`Some(None)` removes it).
    pub note: Option<Option<String>>,
    /// New PIN policy / typo guard.
    pub pin: Option<PinSetup>,
    /// New tolerance.
    pub tolerance_seconds: Option<u32>,
    /// New TOTP/HOTP parameters (digits, period, algorithm, T0, counter). The kind itself
    /// cannot change: a TOTP secret is not an mOTP secret.
    pub kind: Option<OtpKind>,
    /// New group (`Some(None)` takes it out of its group).
    pub group: Option<Option<String>>,
    /// Pin or unpin among the favourites.
    pub favourite: Option<bool>,
    /// New icon key (`Some(None)` goes back to the default icon).
    pub icon: Option<Option<String>>,
}

/// What a list shows about a token: everything except the secret and the PIN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenInfo {
    /// The id.
    pub id: TokenId,
    /// The kind and its parameters; `None` for a kind made by a newer app, whose codes this
    /// build refuses (the token is kept unchanged).
    pub kind: Option<OtpKind>,
    /// The kind's name as stored: `motp`, `totp`, `hotp`, or a newer app's.
    pub kind_name: String,
    /// The issuer.
    pub issuer: Option<String>,
    /// The account (VPN username).
    pub account: String,
    /// `issuer:account`, or the account alone: the name lookups match.
    pub name: String,
    /// The PIN policy.
    pub pin_policy: PinPolicy,
    /// Whether a PIN typo guard is set.
    pub typo_guard: bool,
    /// The server tolerance in seconds.
    pub tolerance_seconds: u32,
    /// The note.
    pub note: Option<String>,
    /// Position in the list, from 0.
    pub order: usize,
    /// When added (unix ms).
    pub created_ms: i64,
    /// When last edited (unix ms).
    pub updated_ms: i64,
    /// When a code was last shown, if ever (unix ms).
    pub last_used_ms: Option<i64>,
    /// The secret's length in characters (not secret, and useful to compare with a router).
    pub secret_chars: usize,
    /// Anything unusual about the secret.
    pub secret_warnings: Vec<SecretWarning>,
    /// The group, if any.
    pub group: Option<String>,
    /// Whether it is among the favourites.
    pub favourite: bool,
    /// The icon key, if any.
    pub icon: Option<String>,
}

/// Vault-wide settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Settings {
    /// Seconds added to the device clock before computing codes.
    pub clock_correction: ClockCorrection,
}

/// A code for a token at an instant.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenCode {
    /// The code: 6 hex characters (mOTP) or 6–8 digits (TOTP, HOTP).
    pub code: Code,
    /// The code as `a1b 2c3` / `123 456`.
    pub grouped: String,
    /// Time left, step bounds, "use within", in the token's own period. For HOTP, which has
    /// no time steps, the counter of the code shown and zero times.
    pub countdown: Countdown,
    /// What the typo guard says about the PIN used.
    pub typo_guard: TypoGuardCheck,
}

/// The kind of a stored token: one this build knows, or a newer app's (kept, never used).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum StoredKind {
    Known(OtpKind),
    Unknown(String),
}

impl StoredKind {
    pub(crate) fn name(&self) -> &str {
        match self {
            StoredKind::Known(k) => k.name(),
            StoredKind::Unknown(n) => n,
        }
    }

    /// The known kind, or the error that says the token needs a newer app.
    pub(crate) fn known(&self) -> Result<&OtpKind> {
        match self {
            StoredKind::Known(k) => Ok(k),
            StoredKind::Unknown(n) => Err(Error::TokenKindUnsupported { kind: n.clone() }),
        }
    }
}

/// The stored token, secret and PIN included. Crate-private: callers get [`TokenInfo`], and a
/// secret only through an explicit reveal or export. Its JSON shape is in `record_json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    try_from = "super::record_json::TokenJson",
    into = "super::record_json::TokenJson"
)]
pub(crate) struct TokenRecord {
    pub id: TokenId,
    pub kind: StoredKind,
    pub issuer: Option<String>,
    pub account: String,
    pub secret: Secret,
    pub pin_policy: PinPolicy,
    pub pin: Option<Pin>,
    pub typo_guard: Option<TypoGuard>,
    pub tolerance_seconds: u32,
    pub note: Option<String>,
    pub created_ms: i64,
    pub updated_ms: i64,
    pub last_used_ms: Option<i64>,
    pub group: Option<String>,
    pub favourite: bool,
    pub icon: Option<String>,
    /// Where it stands in the user's order (the list is kept sorted by it; ties by id).
    pub position: i64,
    /// When each part last changed (format version 3): a merge of two copies takes each part
    /// from the later change (`super::merge`).
    pub stamps: super::stamps::Stamps,
    /// Versions of its parts that lost a merge, newest first, a few per part: what the apps
    /// show as "changed on another device; earlier version: …".
    pub history: Vec<super::stamps::FieldVersion>,
    /// Members this build does not know (a newer app's), written back unchanged.
    pub extra: Map<String, Value>,
}

impl TokenRecord {
    /// `issuer:account`, or the account alone.
    pub(crate) fn name(&self) -> String {
        match &self.issuer {
            Some(i) => format!("{i}:{}", self.account),
            None => self.account.clone(),
        }
    }

    pub(crate) fn info(&self, order: usize) -> TokenInfo {
        TokenInfo {
            id: self.id,
            kind: self.kind.known().ok().copied(),
            kind_name: self.kind.name().to_owned(),
            issuer: self.issuer.clone(),
            account: self.account.clone(),
            name: self.name(),
            pin_policy: self.pin_policy,
            typo_guard: self.typo_guard.is_some(),
            tolerance_seconds: self.tolerance_seconds,
            note: self.note.clone(),
            order,
            created_ms: self.created_ms,
            updated_ms: self.updated_ms,
            last_used_ms: self.last_used_ms,
            secret_chars: self.secret.len(),
            secret_warnings: self.secret_warnings(),
            group: self.group.clone(),
            favourite: self.favourite,
            icon: self.icon.clone(),
        }
    }

    /// mOTP's warnings (hex, case, length); for TOTP/HOTP only a key shorter than RFC 4226's
    /// 128 bits (Base32 is case-free and its length varies by design).
    fn secret_warnings(&self) -> Vec<SecretWarning> {
        match &self.kind {
            StoredKind::Known(OtpKind::Motp) => self.secret.warnings(),
            StoredKind::Known(_) => {
                let bytes = self.secret.len() * 5 / 8;
                if bytes < crate::oath::MIN_KEY_BYTES {
                    vec![SecretWarning::Weak {
                        length: self.secret.len(),
                    }]
                } else {
                    Vec::new()
                }
            }
            StoredKind::Unknown(_) => Vec::new(),
        }
    }

    /// Applies a PIN setup: stored PIN and guard are replaced together.
    pub(crate) fn set_pin(&mut self, setup: PinSetup) -> Result<()> {
        if !matches!(setup, PinSetup::Ask) && !matches!(self.kind, StoredKind::Known(OtpKind::Motp))
        {
            return Err(Error::WrongKind(format!(
                "a {} token has no PIN: only mOTP tokens remember a PIN or keep a typo guard",
                self.kind.name().to_uppercase()
            )));
        }
        match setup {
            PinSetup::Ask => {
                self.pin_policy = PinPolicy::Ask;
                self.pin = None;
                self.typo_guard = None;
            }
            PinSetup::AskWithTypoGuard(pin) => {
                self.typo_guard = Some(TypoGuard::new(&pin)?);
                self.pin_policy = PinPolicy::Ask;
                self.pin = None;
            }
            PinSetup::Remember(pin) => {
                self.pin_policy = PinPolicy::Remember;
                self.pin = Some(pin);
                self.typo_guard = None;
            }
        }
        Ok(())
    }

    /// Checks the invariants a decoded file might break.
    pub(crate) fn check(&self) -> std::result::Result<(), String> {
        check_stored_names(self.issuer.as_deref(), &self.account).map_err(|e| e.to_string())?;
        check_stored_note(self.note.as_deref()).map_err(|e| e.to_string())?;
        check_tolerance(self.tolerance_seconds).map_err(|e| e.to_string())?;
        match (self.pin_policy, &self.pin) {
            (PinPolicy::Remember, None) => {
                return Err("a token remembers its PIN but has none".into());
            }
            (PinPolicy::Ask, Some(_)) => {
                return Err("a token asks for its PIN but has one stored".into());
            }
            _ => {}
        }
        if let Some(g) = &self.typo_guard {
            if !g.is_well_formed() {
                return Err("a PIN typo guard is not a 4-bit value".into());
            }
        }
        check_organisation(self.group.as_deref(), self.icon.as_deref())
            .map_err(|e| e.to_string())?;
        if let StoredKind::Known(kind) = &self.kind {
            kind.check().map_err(|e| e.to_string())?;
            if !kind.uses_pin() {
                if self.pin.is_some() || self.typo_guard.is_some() {
                    return Err(format!("a {} token has a PIN", kind.name()));
                }
                crate::oath::key_bytes(&self.secret)
                    .map_err(|_| format!("a {} token's secret is not Base32", kind.name()))?;
            }
        }
        Ok(())
    }
}

/// One deleted token as stored in the trash (`trash.rs`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct TrashRecord {
    /// When it was deleted (unix ms).
    pub deleted_ms: i64,
    /// The token as it was, secret and PIN included.
    pub token: TokenRecord,
}

/// Checks a new or changed token's issuer and account: bounded, account not empty, and no
/// control or bidirectional character (`crate::text`: names are printed on terminals).
pub(crate) fn check_names(issuer: Option<&str>, account: &str) -> Result<()> {
    check_stored_names(issuer, account)?;
    for (field, text) in [
        (TokenField::Issuer, issuer.unwrap_or("")),
        (TokenField::Account, account),
    ] {
        crate::text::check_label(field, text)?;
    }
    Ok(())
}

/// What a stored token's names must be for the vault to open: bounded, account not empty, no
/// control character. Bidirectional controls, refused for new names only since this rule came
/// later, are escaped wherever names are printed.
fn check_stored_names(issuer: Option<&str>, account: &str) -> Result<()> {
    if account.trim().is_empty() {
        return Err(Error::TokenInvalid {
            field: TokenField::Account,
            problem: "the account is empty: enter the user name you log in to the VPN with".into(),
        });
    }
    for (field, text) in [
        (TokenField::Issuer, issuer.unwrap_or("")),
        (TokenField::Account, account),
    ] {
        let what = field.words();
        if text.chars().count() > MAX_NAME_CHARS {
            return Err(Error::TokenInvalid {
                field,
                problem: format!(
                    "the {what} is longer than {MAX_NAME_CHARS} characters: shorten it"
                ),
            });
        }
        if text.chars().any(char::is_control) {
            return Err(Error::TokenInvalid {
                field,
                problem: format!(
                    "the {what} contains a control character (such as a line break): remove it"
                ),
            });
        }
    }
    if issuer.is_some_and(|i| i.trim().is_empty()) {
        return Err(Error::TokenInvalid {
            field: TokenField::Issuer,
            problem: "the issuer is blank: leave it out or enter a name".into(),
        });
    }
    Ok(())
}

/// Checks a new or changed note: bounded, and no control or bidirectional character but line
/// breaks and tabs (`crate::text`). Imported notes are cleaned before they get here.
pub(crate) fn check_note(note: Option<&str>) -> Result<()> {
    check_stored_note(note)?;
    note.map_or(Ok(()), crate::text::check_note_text)
}

/// What a stored note must be for the vault to open: bounded (notes are escaped when printed).
fn check_stored_note(note: Option<&str>) -> Result<()> {
    if note.is_some_and(|n| n.chars().count() > MAX_NOTE_CHARS) {
        return Err(Error::TokenInvalid {
            field: TokenField::Note,
            problem: format!("the note is longer than {MAX_NOTE_CHARS} characters: shorten it"),
        });
    }
    Ok(())
}

pub(crate) fn check_tolerance(seconds: u32) -> Result<()> {
    if seconds > MAX_TOLERANCE_SECONDS {
        return Err(Error::TokenInvalid {
            field: TokenField::Tolerance,
            problem: format!(
                "the server tolerance of {seconds} s is more than a day: enter it in seconds \
             (typically 30 to 180)"
            ),
        });
    }
    Ok(())
}

/// Checks a group name and an icon key: short, printable.
pub(crate) fn check_organisation(group: Option<&str>, icon: Option<&str>) -> Result<()> {
    for (field, text, max) in [
        (TokenField::Group, group, MAX_GROUP_CHARS),
        (TokenField::Icon, icon, MAX_ICON_CHARS),
    ] {
        let Some(text) = text else { continue };
        let what = field.words();
        if text.trim().is_empty() {
            return Err(Error::TokenInvalid {
                field,
                problem: format!("the {what} is blank: leave it out or enter one"),
            });
        }
        if text.chars().count() > max {
            return Err(Error::TokenInvalid {
                field,
                problem: format!("the {what} is longer than {max} characters: shorten it"),
            });
        }
        if text.chars().any(char::is_control) {
            return Err(Error::TokenInvalid {
                field,
                problem: format!(
                    "the {what} contains a control character (such as a line break): remove it"
                ),
            });
        }
    }
    Ok(())
}

/// Trims a name and turns a blank optional one into `None`.
pub(crate) fn tidy_issuer(issuer: Option<String>) -> Option<String> {
    issuer
        .map(|i| i.trim().to_owned())
        .filter(|i| !i.is_empty())
}

/// The secret as a JSON string. Deserializing goes through a zeroizing buffer.
pub(super) mod secret_text {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(secret: &Secret, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(secret.expose())
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Secret, D::Error> {
        let text = Zeroizing::new(String::deserialize(d)?);
        Secret::new(&text).map_err(|_| serde::de::Error::custom("a stored secret is invalid"))
    }
}

/// The stored PIN as a JSON string or null.
pub(super) mod pin_text {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(pin: &Option<Pin>, s: S) -> Result<S::Ok, S::Error> {
        match pin {
            Some(p) => s.serialize_some(p.expose()),
            None => s.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Pin>, D::Error> {
        let text: Option<String> = Option::deserialize(d)?;
        Ok(text.map(|t| {
            let t = Zeroizing::new(t);
            Pin::raw(&t)
        }))
    }
}
