//! `import` and `export`: whole files in and out of the vault through motp-core's
//! `Vault::import_file` / `Vault::export_file` (docs/import-export.md), and one token's QR code
//! through `motp_core::qr` (docs/qr.md). Exports are written atomically, readable only by the
//! owner, and never over an existing file without `--force`.

use std::process::ExitCode;

use motp_core::Error;
use motp_core::vault::{ExportTarget, ImportFileReport, ImportOutcome, KdfParams, Password, Vault};
use serde_json::json;
use zeroize::Zeroizing;

use crate::commands::export::{ExportArgs, ExportFormat};
use crate::commands::import::ImportArgs;
use crate::failure::Failure;
use crate::files::{read_import_file, write_export};
use crate::out::say;
use crate::timearg::now_ms;
use crate::vault_open::{
    NewPasswordSource, first_line_of, kdf, new_password, open, prompt, vault_path, warn,
};

/// "1 token", "2 tokens".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

// ---- import ----

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
                &format!("Password of {}: ", a.file.display()),
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

pub fn import(a: ImportArgs) -> Result<ExitCode, Failure> {
    let bytes = read_import_file(&a.file)?;
    let mut vault = open(&a.vault)?;
    let r = import_with_password(&mut vault, &a, &bytes)?;
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
            "file": a.file.display().to_string(),
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

// ---- export ----

fn format_code(f: ExportFormat) -> &'static str {
    match f {
        ExportFormat::Tokens(t) => t.code(),
        ExportFormat::QrPng => "qr-png",
        ExportFormat::QrSvg => "qr-svg",
    }
}

/// Refuses option combinations that make no sense, before any password is asked for.
fn check_export_options(a: &ExportArgs) -> Result<(), Failure> {
    let encrypted_format = matches!(
        a.format,
        ExportFormat::Tokens(ExportTarget::MotpBackup | ExportTarget::Aegis)
    );
    if a.format.is_qr() && a.token.is_none() {
        return Err(Failure::new(
            "--format qr-png and qr-svg write one token's QR code: name it with --token NAME",
        ));
    }
    if !a.format.is_qr() && a.token.is_some() {
        return Err(Failure::new(
            "--token is only for --format qr-png or qr-svg: motp, aegis and uris export every \
             token",
        ));
    }
    if a.plain && a.format != ExportFormat::Tokens(ExportTarget::Aegis) {
        return Err(Failure::new(
            "--plain is only for --format aegis: motp backups are always encrypted, URI lists \
             and QR codes never",
        ));
    }
    if a.export_password_file.is_some() && !encrypted_format {
        return Err(Failure::new(
            "--export-password-file is only for --format motp or aegis: URI lists and QR codes \
             are not encrypted",
        ));
    }
    Ok(())
}

/// The export's password: from the file, or asked twice.
fn export_password(a: &ExportArgs, label: &str) -> Result<Password, Failure> {
    new_password(NewPasswordSource {
        file: a.export_password_file.as_deref(),
        env: None,
        label,
        no_terminal: "cannot ask for the export password (no terminal): use \
                      --export-password-file FILE",
    })
}

pub fn export(a: ExportArgs) -> Result<ExitCode, Failure> {
    check_export_options(&a)?;
    // Fail before any password is typed in vain (write_export checks again, atomically).
    if !a.force && std::fs::symlink_metadata(&a.file).is_ok() {
        return Err(Failure::new(format!(
            "{} already exists: choose another file name, or add --force to replace it",
            a.file.display()
        )));
    }
    let vault_file = vault_path(&a.vault)?;
    // Never over the vault or its own files (its recovery copy above all), --force or not.
    if motp_core::vault::is_vault_file(&a.file, &vault_file) {
        return Err(Failure::new(format!(
            "{} is the vault or one of its own files (its previous copy, lock or records): \
             export to another file",
            a.file.display()
        )));
    }
    let vault = open(&a.vault)?;
    let (bytes, count_written, skipped, encrypted, token) = match a.format {
        ExportFormat::Tokens(target) => {
            let password = match target {
                ExportTarget::MotpBackup => Some(export_password(&a, "Backup password")?),
                ExportTarget::Aegis if !a.plain => {
                    Some(export_password(&a, "Password for the Aegis file")?)
                }
                ExportTarget::Aegis | ExportTarget::UriList => None,
            };
            // Only our own backup gets a new password slot (and says so if the test override
            // weakens it); Aegis files use Aegis's own scrypt parameters.
            let kdf = match target {
                ExportTarget::MotpBackup => kdf(),
                ExportTarget::Aegis | ExportTarget::UriList => KdfParams::DEFAULT,
            };
            let e = vault.export_file(target, password.as_ref().map(Password::expose), kdf)?;
            (e.bytes, e.count, e.skipped, password.is_some(), None)
        }
        ExportFormat::QrPng | ExportFormat::QrSvg => {
            let t = vault.find(a.token.as_deref().unwrap_or_default())?;
            let matrix = motp_core::qr::for_token(&vault.provisioning_uri(t.id)?)?;
            let bytes = if a.format == ExportFormat::QrPng {
                // 8 px a module: a typical token's code is about 360 px wide.
                matrix.to_png(8)?
            } else {
                Zeroizing::new(matrix.to_svg().as_bytes().to_vec())
            };
            (bytes, 1, Vec::new(), false, Some(t.name))
        }
    };
    // A file that holds none of the tokens is no backup: say why instead of writing it.
    if let (0, Some((name, reason))) = (count_written, skipped.first()) {
        let others = match skipped.len() - 1 {
            0 => String::new(),
            n => format!(" (and {} more)", count(n, "token", "tokens")),
        };
        return Err(Failure::new(format!(
            "no token can be exported as {}: {name}: {reason}{others}; nothing was written",
            format_code(a.format),
        )));
    }
    write_export(&a.file, &bytes, a.force)?;
    if !encrypted {
        warn(&format!(
            "{} is not encrypted and holds the secret{}: whoever reads it has the token{}; keep \
             it private and delete it when done",
            a.file.display(),
            if token.is_some() { "" } else { "s" },
            if token.is_some() { "" } else { "s" },
        ));
    }
    if a.json {
        let skipped: Vec<_> = skipped
            .iter()
            .map(|(name, reason)| json!({ "name": name, "reason": reason }))
            .collect();
        crate::out::json(&json!({
            "file": a.file.display().to_string(),
            "format": format_code(a.format),
            "encrypted": encrypted,
            "count": count_written,
            "token": token,
            "skipped": skipped,
        }))?;
        return Ok(ExitCode::SUCCESS);
    }
    match &token {
        Some(name) => say!(
            "wrote the QR code of {name} to {} ({})",
            a.file.display(),
            if a.format == ExportFormat::QrPng {
                "PNG"
            } else {
                "SVG"
            }
        ),
        None => say!(
            "exported {} to {} ({}{})",
            count(count_written, "token", "tokens"),
            a.file.display(),
            format_code(a.format),
            if encrypted {
                ", encrypted"
            } else {
                ", not encrypted"
            }
        ),
    }
    for (name, reason) in &skipped {
        say!("skipped    {name}: {reason}");
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn counts() {
        assert_eq!(count(1, "token", "tokens"), "1 token");
        assert_eq!(count(0, "token", "tokens"), "0 tokens");
        assert_eq!(count(2, "entry", "entries"), "2 entries");
    }
}
