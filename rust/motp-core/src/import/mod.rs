//! Reading other authenticator apps' backups.
//!
//! Pure functions: bytes (and a password) in, tokens and a per-entry report out. No files, no
//! vault: the caller reads the file and decides what to keep. Every entry of the backup is
//! accounted for, either as a [`PortableToken`] (mOTP, TOTP or HOTP) or as skipped with a
//! reason a person can act on ("Steam: not supported…", "9 digits is not supported", "the
//! secret is not valid Base32"), so an import never silently loses a token.
//!
//! | format | plain | encrypted |
//! |---|---|---|
//! | [Aegis](aegis) vault | JSON | scrypt + AES-256-GCM key slots |
//! | [Authenticator Pro / Stratum](authenticator_pro) backup | JSON | Argon2id + AES-256-GCM ("strong"), PBKDF2-SHA1 + AES-256-CBC ("legacy") |
//! | [andOTP](andotp) backup | JSON | PBKDF2-SHA1 + AES-256-GCM; SHA-256 + AES-256-GCM before 0.6.3 |
//! | [URI list](uri_list) | text, one `motp://` or `otpauth://` URI a line | — |
//! | [Google Authenticator](google) export | its QR codes' `otpauth-migration://` texts, one a line (protobuf, read with prost) | — |
//! | [2FAS](twofas) backup (`.2fas`, schemas 1–4) | JSON | PBKDF2-SHA256 + AES-256-GCM |
//! | [Bitwarden](bitwarden) export | JSON, CSV | — (encrypted exports are refused) |
//! | [FreeOTP+](freeotp_plus) backup | JSON | — |
//! | [Proton Authenticator](proton) export | JSON | — |
//! | [Steam Guard](steam_guard) data (a Steam Desktop Authenticator `.maFile`) | JSON | — |
//! | [Ente Auth](ente) export | text, one URI a line (read as a URI list) | Argon2id + libsodium secretstream (XChaCha20-Poly1305) |
//!
//! The layouts, what is kept and the limits are specified in `docs/import-export.md`.

pub mod aegis;
pub mod andotp;
pub mod authenticator_pro;
pub mod bitwarden;
pub(crate) mod crypto;
mod detect;
pub(crate) mod encoding;
pub mod ente;
pub mod freeotp_plus;
pub mod google;
pub(crate) mod json;
pub mod proton;
mod skip;
pub mod steam_guard;
pub mod twofas;
pub mod uri_list;

use std::fmt;

use crate::error::{Error, Result};
use crate::portable::PortableToken;

pub use skip::{FieldFault, FieldProblem, JsonType, SkipReason, UnsupportedKind};

pub use crypto::{PBKDF2_MAX_ITERATIONS, SCRYPT_MAX_MEMORY_BYTES, SCRYPT_MAX_P, SCRYPT_MAX_WORK};

/// Largest file we read: 64 MiB. Real backups are kilobytes; Aegis vaults with many custom
/// icons reach a few megabytes.
pub const MAX_IMPORT_BYTES: usize = 64 * 1024 * 1024;
/// The most entries an import reads (a JSON backup's entries, a URI list's lines that are not
/// blank or comments): ten times what a vault holds. Checked before the entries are turned
/// into tokens or report lines, so a file of millions of junk lines or `{}` entries is refused
/// in one pass instead of taking gigabytes.
pub const MAX_IMPORT_ENTRIES: usize = 100_000;

/// The error for a file with more than [`MAX_IMPORT_ENTRIES`] entries.
pub(crate) fn too_many_entries(format: &'static str, what: &'static str) -> Error {
    Error::ImportTooManyEntries {
        format,
        what,
        max: MAX_IMPORT_ENTRIES,
    }
}

/// The formats we read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImportFormat {
    /// An Aegis vault (plain or encrypted JSON).
    Aegis,
    /// An Authenticator Pro / Stratum backup (`.authpro`: plain JSON or encrypted).
    AuthenticatorPro,
    /// An andOTP backup (plain JSON, or encrypted `.json.aes`).
    AndOtp,
    /// A text file of provisioning URIs, one a line.
    UriList,
    /// Google Authenticator's export: its QR codes' `otpauth-migration://` texts, one a line.
    GoogleAuthenticator,
    /// A 2FAS Authenticator backup (`.2fas`, plain or encrypted).
    TwoFas,
    /// A Bitwarden export (unencrypted JSON or CSV; the entries with a TOTP).
    Bitwarden,
    /// A FreeOTP+ JSON backup.
    FreeOtpPlus,
    /// A Proton Authenticator JSON export.
    ProtonAuthenticator,
    /// Steam's own authenticator data (a Steam Desktop Authenticator `.maFile`).
    SteamGuard,
    /// Ente Auth's encrypted export (its plain export is a [`ImportFormat::UriList`]).
    EnteAuth,
}

impl ImportFormat {
    /// Every format, for menus.
    pub const ALL: [ImportFormat; 11] = [
        ImportFormat::Aegis,
        ImportFormat::AuthenticatorPro,
        ImportFormat::AndOtp,
        ImportFormat::UriList,
        ImportFormat::GoogleAuthenticator,
        ImportFormat::TwoFas,
        ImportFormat::Bitwarden,
        ImportFormat::FreeOtpPlus,
        ImportFormat::ProtonAuthenticator,
        ImportFormat::SteamGuard,
        ImportFormat::EnteAuth,
    ];

    /// The name people know it by.
    pub fn name(self) -> &'static str {
        match self {
            ImportFormat::Aegis => "Aegis",
            ImportFormat::AuthenticatorPro => "Authenticator Pro",
            ImportFormat::AndOtp => "andOTP",
            ImportFormat::UriList => "URI list",
            ImportFormat::GoogleAuthenticator => "Google Authenticator",
            ImportFormat::TwoFas => "2FAS",
            ImportFormat::Bitwarden => "Bitwarden",
            ImportFormat::FreeOtpPlus => "FreeOTP+",
            ImportFormat::ProtonAuthenticator => "Proton Authenticator",
            ImportFormat::SteamGuard => "Steam Guard",
            ImportFormat::EnteAuth => "Ente Auth",
        }
    }

    /// "an Aegis backup", "a list of provisioning URIs"… for messages.
    pub fn described(self) -> &'static str {
        match self {
            ImportFormat::Aegis => "an Aegis backup",
            ImportFormat::AuthenticatorPro => "an Authenticator Pro backup",
            ImportFormat::AndOtp => "an andOTP backup",
            ImportFormat::UriList => "a list of provisioning URIs",
            ImportFormat::GoogleAuthenticator => "a Google Authenticator export",
            ImportFormat::TwoFas => "a 2FAS backup",
            ImportFormat::Bitwarden => "a Bitwarden export",
            ImportFormat::FreeOtpPlus => "a FreeOTP+ backup",
            ImportFormat::ProtonAuthenticator => "a Proton Authenticator export",
            ImportFormat::SteamGuard => "Steam's authenticator data (a .maFile)",
            ImportFormat::EnteAuth => "an Ente Auth encrypted export",
        }
    }

    /// A stable machine-readable name (command-line flags, JSON, FFI).
    pub fn code(self) -> &'static str {
        match self {
            ImportFormat::Aegis => "aegis",
            ImportFormat::AuthenticatorPro => "authenticator-pro",
            ImportFormat::AndOtp => "andotp",
            ImportFormat::UriList => "uri-list",
            ImportFormat::GoogleAuthenticator => "google-authenticator",
            ImportFormat::TwoFas => "2fas",
            ImportFormat::Bitwarden => "bitwarden",
            ImportFormat::FreeOtpPlus => "freeotp-plus",
            ImportFormat::ProtonAuthenticator => "proton-authenticator",
            ImportFormat::SteamGuard => "steam",
            ImportFormat::EnteAuth => "ente-auth",
        }
    }

    /// Reads [`ImportFormat::code`] back (also accepts "stratum", "uri", "google", "twofas",
    /// "freeotp+", "proton" and "ente").
    pub fn from_code(code: &str) -> Option<ImportFormat> {
        match code.to_ascii_lowercase().as_str() {
            "aegis" => Some(ImportFormat::Aegis),
            "authenticator-pro" | "authenticatorpro" | "authpro" | "stratum" => {
                Some(ImportFormat::AuthenticatorPro)
            }
            "andotp" => Some(ImportFormat::AndOtp),
            "uri-list" | "uri" | "uris" | "text" => Some(ImportFormat::UriList),
            "google-authenticator" | "google" | "otpauth-migration" => {
                Some(ImportFormat::GoogleAuthenticator)
            }
            "2fas" | "twofas" | "2fas-authenticator" => Some(ImportFormat::TwoFas),
            "bitwarden" => Some(ImportFormat::Bitwarden),
            "freeotp-plus" | "freeotp+" | "freeotpplus" => Some(ImportFormat::FreeOtpPlus),
            "proton-authenticator" | "proton" => Some(ImportFormat::ProtonAuthenticator),
            "steam" | "steam-guard" | "mafile" => Some(ImportFormat::SteamGuard),
            "ente-auth" | "ente" | "enteauth" => Some(ImportFormat::EnteAuth),
            _ => None,
        }
    }
}

impl fmt::Display for ImportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What an import found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The format read.
    pub format: ImportFormat,
    /// Whether the file was encrypted (and so a password was used).
    pub encrypted: bool,
    /// Every entry of the backup in file order, imported or skipped.
    pub entries: Vec<ImportEntry>,
}

impl Imported {
    /// The tokens found.
    pub fn tokens(&self) -> impl Iterator<Item = &PortableToken> {
        self.entries.iter().filter_map(|e| match &e.outcome {
            EntryOutcome::Token(t) => Some(t),
            EntryOutcome::Skipped { .. } => None,
        })
    }

    /// The tokens found, by value.
    pub fn into_tokens(self) -> Vec<PortableToken> {
        self.entries
            .into_iter()
            .filter_map(|e| match e.outcome {
                EntryOutcome::Token(t) => Some(t),
                EntryOutcome::Skipped { .. } => None,
            })
            .collect()
    }

    /// The skipped entries as `(label, reason)`.
    pub fn skipped(&self) -> impl Iterator<Item = (&str, &SkipReason)> {
        self.entries.iter().filter_map(|e| match &e.outcome {
            EntryOutcome::Skipped { reason } => Some((e.label.as_str(), reason)),
            EntryOutcome::Token(_) => None,
        })
    }
}

/// One entry of a backup and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportEntry {
    /// `issuer: account` (or whichever exists, or `entry N` / `line N`), for the report. Never
    /// the secret.
    pub label: String,
    /// Imported, or skipped with a reason.
    pub outcome: EntryOutcome,
}

/// What became of one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryOutcome {
    /// A token (mOTP, TOTP or HOTP), ready for the vault.
    Token(PortableToken),
    /// Not imported, and why ("Steam: not supported…", "the secret is not valid Base32"…).
    Skipped {
        /// The reason, as data; its `Display` is the English words (never a secret).
        reason: SkipReason,
    },
}

/// Guesses a file's format from its content (magic headers, JSON shape, URI schemes).
///
/// `None` when no importer recognises it; [`import`] with `format: None` then explains what
/// the file seems to be. An andOTP encrypted backup from before andOTP 0.6.3 has no
/// recognisable structure: pass [`ImportFormat::AndOtp`] explicitly for those.
pub fn detect_format(bytes: &[u8]) -> Option<ImportFormat> {
    detect::sniff(bytes).ok().map(|(format, _)| format)
}

/// Reads a backup.
///
/// `format: None` detects it. `password` is needed only for encrypted backups (an empty
/// password counts as none). Errors are distinct for: an encrypted backup without a password
/// ([`Error::ImportPasswordRequired`]), a wrong password ([`Error::ImportWrongPassword`]), a
/// file we cannot read ([`Error::ImportUnrecognized`], naming what it seems to be), a format
/// that cannot hold mOTP ([`Error::ImportCannotHoldMotp`]), a damaged backup
/// ([`Error::ImportMalformed`]) and hostile key-derivation parameters
/// ([`Error::ImportKdfLimit`]).
pub fn import(
    bytes: &[u8],
    format: Option<ImportFormat>,
    password: Option<&str>,
) -> Result<Imported> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(Error::ImportTooLarge {
            size: bytes.len(),
            max: MAX_IMPORT_BYTES,
        });
    }
    let password = password.filter(|p| !p.is_empty());
    let (format, json) = match (format, detect::sniff(bytes)) {
        (None, sniffed) => sniffed?,
        (Some(asked), Ok((found, json))) if asked == found => (asked, json),
        (Some(asked), Ok((found, _))) => {
            return Err(Error::ImportUnrecognized {
                what: format!(
                    "{}, not {}; import it as {found}",
                    found.described(),
                    asked.described()
                ),
            });
        }
        (Some(_), Err(e @ Error::ImportCannotHoldMotp { .. })) => return Err(e),
        // Not recognised as anything: let the asked-for importer say what is wrong in its own
        // terms (and try the andOTP layouts that cannot be sniffed).
        (Some(asked), Err(_)) => (asked, None),
    };
    match format {
        ImportFormat::Aegis => aegis::import(bytes, json, password),
        ImportFormat::AuthenticatorPro => authenticator_pro::import(bytes, json, password),
        ImportFormat::AndOtp => andotp::import(bytes, json, password),
        ImportFormat::UriList => uri_list::import(bytes),
        ImportFormat::GoogleAuthenticator => google::import(bytes),
        ImportFormat::TwoFas => twofas::import(bytes, json, password),
        ImportFormat::Bitwarden => bitwarden::import(bytes, json, password),
        ImportFormat::FreeOtpPlus => freeotp_plus::import(bytes, json),
        ImportFormat::ProtonAuthenticator => proton::import(bytes, json),
        ImportFormat::SteamGuard => steam_guard::import(bytes, json),
        ImportFormat::EnteAuth => ente::import(bytes, json, password),
    }
}

/// The label shown in the report: `issuer: account`, whichever exists, or `entry N`.
/// Control characters are replaced and the length capped, since labels come from the file.
pub(crate) fn label(issuer: Option<&str>, account: Option<&str>, index: usize) -> String {
    let issuer = issuer.map(str::trim).filter(|s| !s.is_empty());
    let account = account.map(str::trim).filter(|s| !s.is_empty());
    let text = match (issuer, account) {
        (Some(i), Some(a)) => format!("{i}: {a}"),
        (Some(one), None) | (None, Some(one)) => one.to_owned(),
        (None, None) => return format!("entry {}", index + 1),
    };
    printable(&text, 120)
}

/// Reads a backup's JSON list of entries, in order: an entry that is not an object is skipped
/// with the reason; an object is labelled by its `issuer_key` and `account_key` fields and judged
/// by `outcome` (an `Err` is a reason to skip it). Every format's entry list goes through here,
/// so every report reads alike.
pub(crate) fn read_entries(
    format: &'static str,
    list: &[serde_json::Value],
    issuer_key: &str,
    account_key: &str,
    outcome: impl Fn(
        &serde_json::Map<String, serde_json::Value>,
    ) -> std::result::Result<EntryOutcome, SkipReason>,
) -> Result<Vec<ImportEntry>> {
    read_entries_named(
        format,
        list,
        |entry| {
            (
                json::opt_str(entry, issuer_key).ok().flatten(),
                json::opt_str(entry, account_key).ok().flatten(),
            )
        },
        outcome,
    )
}

/// [`read_entries`] for formats whose issuer and account are not top-level text fields of the
/// entry (2FAS nests them, Bitwarden's live in a URI): `names` gives the entry's
/// `(issuer, account)` for its label.
pub(crate) fn read_entries_named<'a>(
    format: &'static str,
    list: &'a [serde_json::Value],
    names: impl Fn(&'a serde_json::Map<String, serde_json::Value>) -> (Option<&'a str>, Option<&'a str>),
    outcome: impl Fn(
        &serde_json::Map<String, serde_json::Value>,
    ) -> std::result::Result<EntryOutcome, SkipReason>,
) -> Result<Vec<ImportEntry>> {
    if list.len() > MAX_IMPORT_ENTRIES {
        return Err(too_many_entries(format, "entries"));
    }
    Ok(list
        .iter()
        .enumerate()
        .map(|(index, entry)| {
            let serde_json::Value::Object(entry) = entry else {
                return ImportEntry {
                    label: format!("entry {}", index + 1),
                    outcome: skipped(SkipReason::NotAnObject {
                        found: JsonType::of(entry),
                    }),
                };
            };
            let (issuer, account) = names(entry);
            ImportEntry {
                label: label(issuer, account, index),
                outcome: outcome(entry).unwrap_or_else(skipped),
            }
        })
        .collect())
}

/// A provisioning URI that another format stores in an entry (Bitwarden's `login.totp`,
/// Proton Authenticator's `content.uri`, a line of Ente Auth's export): the token, or the reason
/// to skip it. Steam (`steam://SECRET`, `otpauth://steam/…`) is read as Steam; Yandex
/// (`otpauth://yaotp/…`) is skipped by name, whatever else the URI holds.
pub(crate) fn uri_token(text: &str) -> std::result::Result<PortableToken, SkipReason> {
    let text = text.trim();
    let head = text.get(..16).unwrap_or(text).to_ascii_lowercase();
    if head.starts_with("otpauth://yaotp/") {
        return Err(SkipReason::UnsupportedKind(UnsupportedKind::Yandex));
    }
    crate::uri::ProvisioningUri::parse(text)
        .map(PortableToken::from)
        .map_err(SkipReason::Invalid)
}

/// `text` with control and bidirectional characters ([`crate::text::is_unsafe_char`])
/// replaced by `?`, cut to `max` characters.
pub(crate) fn printable(text: &str, max: usize) -> String {
    let mut out: String = text
        .chars()
        .take(max)
        .map(|c| {
            if crate::text::is_unsafe_char(c) {
                '?'
            } else {
                c
            }
        })
        .collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}

/// A kind of token we do not hold, e.g. "Steam: not supported…".
pub(crate) fn unsupported(kind: UnsupportedKind) -> EntryOutcome {
    skipped(SkipReason::UnsupportedKind(kind))
}

/// The hash algorithm an entry names (`None`: SHA-1, the default of every format).
pub(crate) fn algorithm(
    name: Option<&str>,
) -> std::result::Result<crate::kind::HashAlgorithm, SkipReason> {
    match name {
        None => Ok(crate::kind::HashAlgorithm::Sha1),
        Some(a) => {
            crate::kind::HashAlgorithm::parse(a).map_err(|_| SkipReason::AlgorithmUnsupported {
                name: printable(a, 32),
            })
        }
    }
}

/// A type the file names that we do not know, printable and cut short.
pub(crate) fn unknown_type(name: &str) -> EntryOutcome {
    unsupported(UnsupportedKind::Unknown(printable(name, 20)))
}

/// A TOTP or HOTP entry's kind and secret, from the fields every backup format has in some
/// spelling: `kind` is "totp" or "hotp", `secret` Base32. Errors name the field.
pub(crate) fn oath_token(
    kind: &str,
    secret: &str,
    algorithm: crate::kind::HashAlgorithm,
    digits: Option<i64>,
    period: Option<i64>,
    counter: Option<i64>,
) -> std::result::Result<(crate::kind::OtpKind, crate::secret::Secret), SkipReason> {
    use crate::kind::{self, HotpParams, OtpKind, TotpParams};
    // Steam's parameters are fixed: whatever the file says of digits and period (5 and 30 in
    // Aegis's and 2FAS's files) is not read.
    if kind == "steam" {
        return Ok((OtpKind::Steam, crate::oath::base32_secret(secret)?));
    }
    let digits = match digits {
        None => kind::DEFAULT_DIGITS,
        Some(d) => {
            let d8 = u8::try_from(d).unwrap_or(0);
            kind::check_digits(d8).map_err(|_| SkipReason::DigitsUnsupported { digits: d })?;
            d8
        }
    };
    let secret = crate::oath::base32_secret(secret)?;
    let kind = if kind == "hotp" {
        let counter = counter.ok_or(SkipReason::CounterMissing)?;
        OtpKind::Hotp(HotpParams {
            algorithm,
            digits,
            counter: u64::try_from(counter).map_err(|_| SkipReason::CounterNegative)?,
        })
    } else {
        let given = period.unwrap_or(i64::from(kind::DEFAULT_PERIOD_SECONDS));
        let period = u32::try_from(given).unwrap_or(0);
        kind::check_period(period).map_err(|_| SkipReason::PeriodUnsupported { seconds: given })?;
        OtpKind::Totp(TotpParams {
            algorithm,
            digits,
            period_seconds: period,
            t0_seconds: 0,
        })
    };
    Ok((kind, secret))
}

/// A skipped entry with a reason.
pub(crate) fn skipped(reason: impl Into<SkipReason>) -> EntryOutcome {
    EntryOutcome::Skipped {
        reason: reason.into(),
    }
}

/// Optional text: `None` for absent or blank.
pub(crate) fn non_empty(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(label(Some("Corp"), Some("alice"), 0), "Corp: alice");
        assert_eq!(label(Some(""), Some("alice"), 0), "alice");
        assert_eq!(label(Some("Corp"), None, 0), "Corp");
        assert_eq!(label(None, Some("  "), 4), "entry 5");
        assert_eq!(label(Some("a\nb"), None, 0), "a?b");
        assert_eq!(label(Some("a\u{202e}b\x1b"), None, 0), "a?b?");
        assert_eq!(label(Some(&"x".repeat(200)), None, 0).chars().count(), 121);
    }

    /// The reasons a TOTP/HOTP entry is skipped are data with the file's values.
    #[test]
    fn oath_entries_are_skipped_with_structured_reasons() {
        use crate::kind::HashAlgorithm::Sha1;
        let secret = "JBSWY3DPEHPK3PXP";
        let reason = |r: std::result::Result<_, SkipReason>| r.err().unwrap();
        assert_eq!(
            reason(oath_token("totp", secret, Sha1, Some(9), None, None)),
            SkipReason::DigitsUnsupported { digits: 9 }
        );
        let period = reason(oath_token("totp", secret, Sha1, None, Some(-30), None));
        assert_eq!(period, SkipReason::PeriodUnsupported { seconds: -30 });
        assert!(
            period
                .to_string()
                .starts_with("period=-30 is not supported")
        );
        assert_eq!(
            reason(oath_token("hotp", secret, Sha1, None, None, None)),
            SkipReason::CounterMissing
        );
        assert_eq!(
            reason(oath_token("hotp", secret, Sha1, None, None, Some(-1))),
            SkipReason::CounterNegative
        );
        assert!(matches!(
            reason(oath_token("totp", "JBSWY3D0", Sha1, None, None, None)),
            SkipReason::Invalid(Error::SecretNotBase32 {
                problem: crate::oath::Base32Problem::NotBase32 {
                    position: 8,
                    digit: Some('0')
                }
            })
        ));
        let md5 = algorithm(Some("MD5\u{1b}")).unwrap_err();
        assert_eq!(
            md5,
            SkipReason::AlgorithmUnsupported {
                name: "MD5?".into()
            }
        );
        assert_eq!(algorithm(None).unwrap(), Sha1);
    }

    #[test]
    fn format_codes_round_trip() {
        for f in ImportFormat::ALL {
            assert_eq!(ImportFormat::from_code(f.code()), Some(f));
        }
        assert_eq!(
            ImportFormat::from_code("Stratum"),
            Some(ImportFormat::AuthenticatorPro)
        );
        assert_eq!(ImportFormat::from_code("gauth"), None);
        assert_eq!(
            ImportFormat::from_code("google"),
            Some(ImportFormat::GoogleAuthenticator)
        );
    }

    #[test]
    fn refuses_huge_input_before_reading_it() {
        let big = vec![b' '; MAX_IMPORT_BYTES + 1];
        assert!(matches!(
            import(&big, None, None),
            Err(Error::ImportTooLarge { .. })
        ));
    }
}
