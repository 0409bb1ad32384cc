//! Moving tokens into and out of a vault in every supported file format.
//!
//! One place decides which reader or writer a file goes through, so the desktop command line
//! and the phone apps (through motp-ffi) import and export exactly alike. Foreign formats are
//! parsed by [`crate::import`] and written by [`crate::export`]; our own backup is a vault file
//! ([`Vault::export_backup`]). Every entry of an import ends in the report: imported, a
//! duplicate of a token already there, or skipped with the reason the source gave
//! ("TOTP, not mOTP").

use super::crypto::Password;
use super::envelope;
use super::handle::Vault;
use super::import::{ImportEntry, ImportOutcome, ImportReport, ImportedPin};
use super::kdf::KdfParams;
use crate::error::{Error, Result};
use crate::export::{AegisExportParams, Exported, export_aegis, export_google, export_uri_list};
use crate::import::{EntryOutcome, ImportFormat, detect_format, import};

/// A file format a vault can import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImportSource {
    /// Our own encrypted backup (a vault file).
    MotpBackup,
    /// Another app's backup or a URI list.
    Foreign(ImportFormat),
}

impl ImportSource {
    /// Recognises a file by its content.
    pub fn detect(bytes: &[u8]) -> Option<ImportSource> {
        if envelope::inspect(bytes).is_ok() {
            return Some(ImportSource::MotpBackup);
        }
        detect_format(bytes).map(ImportSource::Foreign)
    }

    /// Reads a format name as typed (`motp`, `aegis`, `authenticator-pro`/`stratum`,
    /// `andotp`, `uris`/`uri-list`).
    pub fn from_code(code: &str) -> Option<ImportSource> {
        match code.to_ascii_lowercase().as_str() {
            "motp" | "motp-backup" => Some(ImportSource::MotpBackup),
            "uris" => Some(ImportSource::Foreign(ImportFormat::UriList)),
            other => ImportFormat::from_code(other).map(ImportSource::Foreign),
        }
    }

    /// The format's name for people.
    pub fn name(self) -> &'static str {
        match self {
            ImportSource::MotpBackup => "mOTP Token backup",
            ImportSource::Foreign(f) => f.name(),
        }
    }

    /// The stable machine-readable name (JSON, command line): `motp`, or the foreign
    /// format's code (`aegis`, `authenticator-pro`, `andotp`, `uris`). [`ImportSource::from_code`]
    /// reads it back.
    pub fn code(self) -> &'static str {
        match self {
            ImportSource::MotpBackup => "motp",
            ImportSource::Foreign(ImportFormat::UriList) => "uris",
            ImportSource::Foreign(f) => f.code(),
        }
    }
}

/// A file format a vault can export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportTarget {
    /// Our own encrypted backup; needs a password.
    MotpBackup,
    /// An Aegis vault, encrypted when a password is given (hex-secret mOTP entries only).
    Aegis,
    /// One `motp://` URI per line, never with a PIN. Unencrypted: as secret as the tokens.
    UriList,
    /// Google Authenticator's export: one `otpauth-migration://` text a line (a QR code each,
    /// ten accounts a code). Unencrypted; TOTP and HOTP only, the rest named with why.
    GoogleAuthenticator,
}

impl ExportTarget {
    /// Reads a format name as typed (`motp`, `aegis`, `uris`, `google`).
    pub fn from_code(code: &str) -> Option<ExportTarget> {
        match code.to_ascii_lowercase().as_str() {
            "motp" | "motp-backup" => Some(ExportTarget::MotpBackup),
            "aegis" => Some(ExportTarget::Aegis),
            "uris" | "uri-list" => Some(ExportTarget::UriList),
            "google" | "google-authenticator" => Some(ExportTarget::GoogleAuthenticator),
            _ => None,
        }
    }

    /// The stable machine-readable name (`motp`, `aegis`, `uris`, `google`), which
    /// [`ExportTarget::from_code`] reads back.
    pub fn code(self) -> &'static str {
        match self {
            ExportTarget::MotpBackup => "motp",
            ExportTarget::Aegis => "aegis",
            ExportTarget::UriList => "uris",
            ExportTarget::GoogleAuthenticator => "google",
        }
    }
}

/// What an import did, entry by entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportFileReport {
    /// The format read.
    pub source: ImportSource,
    /// Whether the file was encrypted.
    pub encrypted: bool,
    /// One entry per item in the file, in file order.
    pub report: ImportReport,
}

impl Vault {
    /// Imports a whole file: detects the format unless given, decrypts with `password` when
    /// the file is encrypted, adds every token that is not a duplicate (keeping PINs only if
    /// `keep_pins`), and reports every entry. Nothing is saved: call [`Vault::save`].
    pub fn import_file(
        &mut self,
        bytes: &[u8],
        source: Option<ImportSource>,
        password: Option<&str>,
        keep_pins: bool,
        now_ms: i64,
    ) -> Result<ImportFileReport> {
        let is_backup = match source {
            Some(ImportSource::MotpBackup) => true,
            Some(ImportSource::Foreign(_)) => false,
            None => envelope::inspect(bytes).is_ok(),
        };
        if is_backup {
            let password =
                password
                    .filter(|p| !p.is_empty())
                    .ok_or(Error::ImportPasswordRequired {
                        format: "mOTP Token",
                    })?;
            let report = self.import_backup(bytes, &Password::new(password)?, keep_pins, now_ms)?;
            return Ok(ImportFileReport {
                source: ImportSource::MotpBackup,
                encrypted: true,
                report,
            });
        }
        // Foreign formats: the importer detects the format itself when none is given, and its
        // errors name what an unreadable file seems to be.
        let format = match source {
            Some(ImportSource::Foreign(f)) => Some(f),
            _ => None,
        };
        let imported = import(bytes, format, password)?;
        let source = ImportSource::Foreign(imported.format);
        let encrypted = imported.encrypted;
        let mut entries = Vec::with_capacity(imported.entries.len());
        let mut tokens = Vec::new();
        // Remember where each token sits among the entries, so the vault's verdicts
        // (imported or duplicate) land back in file order.
        let mut slots = Vec::new();
        for e in imported.entries {
            match e.outcome {
                EntryOutcome::Token(t) => {
                    slots.push(entries.len());
                    entries.push(None);
                    tokens.push(t);
                }
                EntryOutcome::Skipped { reason } => entries.push(Some(ImportEntry {
                    name: e.label,
                    outcome: ImportOutcome::SkippedInvalid { reason },
                    pin: ImportedPin::None,
                })),
            }
        }
        let added = self.import_tokens(tokens, keep_pins, now_ms);
        for (slot, entry) in slots.into_iter().zip(added.entries) {
            entries[slot] = Some(entry);
        }
        Ok(ImportFileReport {
            source,
            encrypted,
            report: ImportReport {
                entries: entries.into_iter().flatten().collect(),
            },
        })
    }

    /// Exports every token in `target`'s format. `password` is required for our own backup,
    /// optional for Aegis (none: a plain, unencrypted Aegis file) and ignored for URI lists.
    /// `kdf` is used for our own backup's password slot ([`KdfParams::DEFAULT`] outside tests).
    pub fn export_file(
        &self,
        target: ExportTarget,
        password: Option<&str>,
        kdf: KdfParams,
    ) -> Result<Exported> {
        let password = password.filter(|p| !p.is_empty());
        match target {
            ExportTarget::MotpBackup => {
                let password = password.ok_or(Error::ExportPasswordEmpty)?;
                let bytes = self.export_backup(&Password::new(password)?, kdf)?;
                Ok(Exported {
                    bytes: bytes.into(),
                    skipped: Vec::new(),
                    count: self.len(),
                })
            }
            ExportTarget::Aegis | ExportTarget::UriList | ExportTarget::GoogleAuthenticator => {
                let tokens = self.portable_tokens();
                let mut e = match target {
                    ExportTarget::Aegis => {
                        export_aegis(&tokens, password, AegisExportParams::default())?
                    }
                    ExportTarget::GoogleAuthenticator => export_google(&tokens)?,
                    _ => export_uri_list(&tokens),
                };
                // Every token not written is named, with why: the ones no other format holds.
                e.skipped
                    .extend(self.newer_kinds().into_iter().map(|(name, kind)| {
                        (
                            name,
                            format!(
                                "a \"{kind}\" token, a kind made by a newer version of mOTP Token \
                             that this version cannot write: export it with the newer version \
                             (it stays in the vault)"
                            ),
                        )
                    }));
                Ok(e)
            }
        }
    }
}

impl Vault {
    /// The token as a provisioning URI (`motp://…` or `otpauth://totp|hotp/…`, never with a PIN),
    /// for moving it to another device as text or a QR code. As secret as the secret: only
    /// after an explicit reveal.
    pub fn provisioning_uri(&self, id: super::model::TokenId) -> Result<crate::ProvisioningUri> {
        let info = self.get(id)?;
        let kind = info.kind.ok_or_else(|| Error::TokenKindUnsupported {
            kind: info.kind_name.clone(),
        })?;
        Ok(crate::ProvisioningUri {
            kind,
            label_issuer_ignored: None,
            issuer: info.issuer,
            account: info.account,
            secret: self.reveal_secret(id)?,
            pin: None,
        })
    }
}
