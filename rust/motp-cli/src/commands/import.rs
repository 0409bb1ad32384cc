//! `motp import FILE`: tokens from another app's backup (Aegis, Authenticator Pro / Stratum,
//! andOTP), a text file of motp:// URIs, or our own backup, into the vault through motp-core's
//! `Vault::import_file` (docs/import-export.md).
//!
//! Format names are read by motp-core (`ImportSource::from_code`), so the CLI and the apps
//! accept the same names. The file's password comes from a prompt or a file, never from an
//! argument; it is asked only when the file turns out to be encrypted. The file is read whole,
//! but never more than an import can be (`files::read_import_file`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use motp_core::Error;
use motp_core::vault::{ImportFileReport, ImportOutcome, ImportSource, Password, Vault};
use serde_json::json;
use zeroize::Zeroizing;

use super::common::{VaultOpts, count};
use crate::failure::Failure;
use crate::files::{qr_texts_of_image, read_import_file};
use crate::out::say;
use crate::timearg::now_ms;
use crate::vault_open::{first_line_of, prompt};

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file: an Aegis vault, an Authenticator Pro / Stratum, andOTP or 2FAS backup, a
    /// Bitwarden export (JSON or CSV), a FreeOTP+ backup, a Proton Authenticator export, a text
    /// file of motp:// or otpauth:// URIs (Ente Auth's plain export), Ente Auth's encrypted
    /// export, a Google Authenticator export, or an mOTP Token backup (`motp export --format
    /// motp`).
    #[arg(required_unless_present = "qr", conflicts_with = "qr")]
    pub file: Option<PathBuf>,
    /// Import from pictures of QR codes instead of a file (PNG or JPEG, one or more codes
    /// each): the codes of a Google Authenticator export, in any order, or otpauth://, motp://
    /// and steam:// codes.
    #[arg(long, value_name = "IMAGE", num_args = 1..)]
    pub qr: Vec<PathBuf>,
    /// The file's format: motp, aegis, authenticator-pro (stratum), andotp, uris,
    /// google-authenticator (google: the export's QR code texts, one a line), 2fas, bitwarden,
    /// freeotp-plus, proton-authenticator, steam (Steam's own .maFile) or ente-auth (Ente
    /// Auth's encrypted export). Detected
    /// from the content when left out (name andotp for backups from before andOTP 0.6.3).
    #[arg(long, value_name = "FORMAT", value_parser = parse_import_source)]
    pub format: Option<ImportSource>,
    /// Keep the PINs the file stores (Aegis and Stratum can hold one): the tokens then remember
    /// their PIN. By default they are dropped and the tokens ask for the PIN each time.
    #[arg(long)]
    pub keep_pins: bool,
    /// Read the file's own password (if it is encrypted) from the first line of FILE instead
    /// of a prompt.
    #[arg(long, value_name = "FILE")]
    pub import_password_file: Option<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub vault: VaultOpts,
}

fn parse_import_source(s: &str) -> Result<ImportSource, String> {
    ImportSource::from_code(s.trim()).ok_or_else(|| {
        format!(
            "unknown format \"{s}\": use motp, aegis, authenticator-pro, andotp, uris, \
             google-authenticator, 2fas, bitwarden, freeotp-plus, proton-authenticator or steam"
        )
    })
}

/// Imports with the password file's password, or first without one and, if the file turns out
/// to be encrypted, with a password asked without echo. The whole import is one transactional
/// change (one save; none when every entry was skipped): if another program saved the vault
/// meanwhile it is re-applied to the newer file without asking for anything again.
fn import_with_password(
    vault: &mut Vault,
    a: &ImportArgs,
    bytes: &[u8],
) -> Result<ImportFileReport, Failure> {
    let now = now_ms();
    let given = a
        .import_password_file
        .as_deref()
        .map(|f| first_line_of(f, "import password"))
        .transpose()?;
    let mut import = |password: Option<&str>| {
        vault.change(|v| v.import_file(bytes, a.format, password, a.keep_pins, now))
    };
    match import(given.as_ref().map(Password::expose)) {
        Err(e @ Error::ImportPasswordRequired { .. }) if given.is_none() => {
            let asked = prompt(
                &format!("Password of {}: ", source_name(a)),
                &format!("{e} (no terminal to ask on): use --import-password-file FILE"),
            )?;
            if asked.is_empty() {
                return Err(e.into());
            }
            Ok(import(Some(&asked))?)
        }
        other => Ok(other?),
    }
}

/// What the import reads, for messages: the file, or the first picture.
fn source_name(a: &ImportArgs) -> String {
    match (&a.file, a.qr.first()) {
        (Some(f), _) => f.display().to_string(),
        (None, Some(first)) if a.qr.len() == 1 => first.display().to_string(),
        (None, Some(first)) => format!("{} and {} more", first.display(), a.qr.len() - 1),
        (None, None) => String::new(),
    }
}

/// The bytes to import: the file's, or the texts of every QR code in the pictures, one a line
/// (read as Google Authenticator's export when one of them is, else as a URI list).
fn import_bytes(a: &ImportArgs) -> Result<Zeroizing<Vec<u8>>, Failure> {
    if let Some(file) = &a.file {
        return read_import_file(file);
    }
    let mut bytes = Zeroizing::new(Vec::new());
    for image in &a.qr {
        for text in qr_texts_of_image(image)? {
            bytes.extend_from_slice(text.as_bytes());
            bytes.push(b'\n');
        }
    }
    Ok(bytes)
}

pub fn run(a: ImportArgs) -> Result<ExitCode, Failure> {
    let bytes = import_bytes(&a)?;
    let mut vault = a.vault.open()?;
    let r = import_with_password(&mut vault, &a, &bytes)?;
    if r.report.imported() > 0 {
        a.vault.after_change(&mut vault);
    }
    let report = &r.report;
    let duplicates = report.duplicates();
    let invalid = report.skipped() - duplicates;
    let warnings_of = |outcome: &ImportOutcome| -> Vec<String> {
        match outcome {
            ImportOutcome::Imported(id) => vault
                .get(*id)
                .map(|t| t.secret_warnings.iter().map(ToString::to_string).collect())
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    };
    if a.json {
        let entries: Vec<_> = report
            .entries
            .iter()
            .map(|e| {
                let mut v = match &e.outcome {
                    ImportOutcome::Imported(id) => json!({
                        "name": e.name,
                        "outcome": "imported",
                        "id": id.to_string(),
                        "pin": e.pin.as_str(),
                    }),
                    ImportOutcome::SkippedDuplicate { existing, reason } => json!({
                        "name": e.name,
                        "outcome": "duplicate",
                        "existing_id": existing.to_string(),
                        "reason": reason.to_string(),
                    }),
                    ImportOutcome::SkippedInvalid { reason } => json!({
                        "name": e.name,
                        "outcome": "skipped",
                        "reason": reason.to_string(),
                    }),
                };
                if let ImportOutcome::Imported(id) = &e.outcome {
                    v["secret_warnings"] = vault
                        .get(*id)
                        .map(|t| t.secret_warnings.iter().map(|w| w.code()).collect())
                        .unwrap_or_default();
                }
                v
            })
            .collect();
        crate::out::json(&json!({
            "file": source_name(&a),
            "format": r.source.code(),
            "format_name": r.source.name(),
            "encrypted": r.encrypted,
            "entries_total": report.entries.len(),
            "imported": report.imported(),
            "duplicates": duplicates,
            "skipped": invalid,
            "pins_kept": report.pins_kept(),
            "pins_dropped": report.pins_dropped(),
            "entries": entries,
        }))?;
        return Ok(ExitCode::SUCCESS);
    }
    for e in &report.entries {
        match &e.outcome {
            ImportOutcome::Imported(_) => say!("imported   {}", e.name),
            ImportOutcome::SkippedDuplicate { reason, .. } => {
                say!("duplicate  {}: {reason}", e.name);
            }
            ImportOutcome::SkippedInvalid { reason } => say!("skipped    {}: {reason}", e.name),
        }
        for w in warnings_of(&e.outcome) {
            say!("           warning: {w}");
        }
    }
    say!(
        "{}{}: {} imported, {}, {} skipped (of {})",
        r.source.name(),
        if r.encrypted { " (encrypted)" } else { "" },
        report.imported(),
        count(duplicates, "duplicate", "duplicates"),
        invalid,
        count(report.entries.len(), "entry", "entries"),
    );
    match (report.pins_dropped(), report.pins_kept()) {
        (0, 0) => {}
        (0, kept) => say!(
            "{} the PIN the file stored (--keep-pins)",
            count(kept, "token keeps", "tokens keep")
        ),
        (dropped, _) => say!(
            "{} stored in the file {} not kept: {} for the PIN each time (type it when \
             motp code asks; --keep-pins keeps stored PINs)",
            count(dropped, "PIN", "PINs"),
            if dropped == 1 { "was" } else { "were" },
            if dropped == 1 {
                "that token asks"
            } else {
                "those tokens ask"
            }
        ),
    }
    Ok(ExitCode::SUCCESS)
}
