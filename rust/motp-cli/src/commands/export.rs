//! `motp export FILE --format F`: every token through motp-core's `Vault::export_file`
//! (our encrypted backup, an Aegis vault, a URI list, Google Authenticator's export texts;
//! docs/import-export.md), one token's QR code through `motp_core::qr` (docs/qr.md), or
//! Google Authenticator's export as numbered QR code images in a folder.
//!
//! Format names are read by motp-core (`ExportTarget::from_code`), so the CLI and the apps
//! accept the same names. The export's password comes from a prompt or a file, never from an
//! argument. Exports are written atomically, readable only by the owner, and never over an
//! existing file without `--force`, nor ever over the vault or its own files. Options that make
//! no sense together are refused before any password is asked for.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use motp_core::vault::{ExportTarget, KdfParams, Password};
use serde_json::json;
use zeroize::Zeroizing;

use super::common::{VaultOpts, count};
use crate::failure::Failure;
use crate::files::write_export;
use crate::out::say;
use crate::vault_open::{NewPasswordSource, kdf, new_password, warn};

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// Every token, through `Vault::export_file`.
    Tokens(ExportTarget),
    /// One token's QR code as a PNG image.
    QrPng,
    /// One token's QR code as an SVG image.
    QrSvg,
    /// Google Authenticator's export as QR code images (`svg`: SVG, else PNG), one file a
    /// code, in a folder: `google-1-of-3.png`…
    GoogleQr { svg: bool },
}

impl ExportFormat {
    pub fn is_qr(self) -> bool {
        matches!(self, ExportFormat::QrPng | ExportFormat::QrSvg)
    }
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The file to write. An existing file is never replaced without --force.
    pub file: PathBuf,
    /// motp (our encrypted backup), aegis (an Aegis vault: encrypted unless --plain), uris
    /// (one motp:// URI per line, unencrypted), google (Google Authenticator's export texts,
    /// one QR code's a line), qr-png or qr-svg (one token's QR code, with --token;
    /// unencrypted), google-qr-png or google-qr-svg (Google Authenticator's export as QR code
    /// images: FILE is a folder, made if missing, that gets google-1-of-N.png…).
    #[arg(long, value_name = "FORMAT", value_parser = parse_export_format)]
    pub format: ExportFormat,
    /// The token whose QR code to write (qr-png, qr-svg): ISSUER:ACCOUNT, ACCOUNT, a unique
    /// prefix of either, or its id.
    #[arg(long, value_name = "NAME")]
    pub token: Option<String>,
    /// Read the export's password (motp, aegis) from the first line of FILE instead of asking
    /// twice.
    #[arg(long, value_name = "FILE", conflicts_with = "plain")]
    pub export_password_file: Option<PathBuf>,
    /// Write an unencrypted Aegis file (it holds the secrets in the clear).
    #[arg(long)]
    pub plain: bool,
    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub vault: VaultOpts,
}

fn parse_export_format(s: &str) -> Result<ExportFormat, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "qr-png" => Ok(ExportFormat::QrPng),
        "qr-svg" => Ok(ExportFormat::QrSvg),
        "google-qr-png" => Ok(ExportFormat::GoogleQr { svg: false }),
        "google-qr-svg" => Ok(ExportFormat::GoogleQr { svg: true }),
        other => ExportTarget::from_code(other)
            .map(ExportFormat::Tokens)
            .ok_or_else(|| {
                format!(
                    "unknown format \"{s}\": use motp, aegis, uris, google, qr-png, qr-svg, \
                     google-qr-png or google-qr-svg"
                )
            }),
    }
}

fn format_code(f: ExportFormat) -> &'static str {
    match f {
        ExportFormat::Tokens(t) => t.code(),
        ExportFormat::QrPng => "qr-png",
        ExportFormat::QrSvg => "qr-svg",
        ExportFormat::GoogleQr { svg: false } => "google-qr-png",
        ExportFormat::GoogleQr { svg: true } => "google-qr-svg",
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

pub fn run(a: ExportArgs) -> Result<ExitCode, Failure> {
    check_export_options(&a)?;
    if let ExportFormat::GoogleQr { svg } = a.format {
        return run_google_qr(&a, svg);
    }
    // Fail before any password is typed in vain (write_export checks again, atomically).
    if !a.force && std::fs::symlink_metadata(&a.file).is_ok() {
        return Err(Failure::new(format!(
            "{} already exists: choose another file name, or add --force to replace it",
            a.file.display()
        )));
    }
    let vault_file = a.vault.path()?;
    // Never over the vault or its own files (its recovery copy above all), --force or not.
    if motp_core::vault::is_vault_file(&a.file, &vault_file) {
        return Err(Failure::new(format!(
            "{} is the vault or one of its own files (its previous copy, lock or records): \
             export to another file",
            a.file.display()
        )));
    }
    let vault = a.vault.open()?;
    let (bytes, count_written, skipped, encrypted, token) = match a.format {
        ExportFormat::Tokens(target) => {
            let password = match target {
                ExportTarget::MotpBackup => Some(export_password(&a, "Backup password")?),
                ExportTarget::Aegis if !a.plain => {
                    Some(export_password(&a, "Password for the Aegis file")?)
                }
                ExportTarget::Aegis | ExportTarget::UriList | ExportTarget::GoogleAuthenticator => {
                    None
                }
            };
            // Only our own backup gets a new password slot (and says so if the test override
            // weakens it); Aegis files use Aegis's own scrypt parameters.
            let kdf = match target {
                ExportTarget::MotpBackup => kdf(),
                ExportTarget::Aegis | ExportTarget::UriList | ExportTarget::GoogleAuthenticator => {
                    KdfParams::DEFAULT
                }
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
        ExportFormat::GoogleQr { .. } => unreachable!("handled by run_google_qr"),
    };
    // A file that holds none of the tokens is no backup: say why instead of writing it.
    if count_written == 0 {
        if let Some(refusal) = nothing_to_write(&format!("as {}", format_code(a.format)), &skipped)
        {
            return Err(refusal);
        }
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

/// `--format google-qr-png|google-qr-svg DIR`: Google Authenticator's export, one QR code image
/// a part (`google-1-of-3.png`…), each written whole like any export; a part already there is
/// not replaced without --force, and the parts written before it stay (each is whole).
fn run_google_qr(a: &ExportArgs, svg: bool) -> Result<ExitCode, Failure> {
    let dir = &a.file;
    match std::fs::symlink_metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            return Err(Failure::new(format!(
                "{} is a file: --format {} writes its QR codes into a folder; name a folder \
                 (it is made if missing)",
                dir.display(),
                format_code(a.format)
            )));
        }
        Err(_) => make_private_dir(dir)?,
    }
    let vault_file = a.vault.path()?;
    let vault = a.vault.open()?;
    let e = vault.export_file(ExportTarget::GoogleAuthenticator, None, KdfParams::DEFAULT)?;
    if e.count == 0 {
        if let Some(refusal) = nothing_to_write("to Google Authenticator", &e.skipped) {
            return Err(refusal);
        }
    }
    let text = std::str::from_utf8(&e.bytes)
        .map_err(|_| Failure::new("the export is not text (a bug): nothing was written"))?;
    let parts: Vec<&str> = text.lines().collect();
    let mut files = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let name = format!(
            "google-{}-of-{}.{}",
            i + 1,
            parts.len(),
            if svg { "svg" } else { "png" }
        );
        let path = dir.join(&name);
        if motp_core::vault::is_vault_file(&path, &vault_file) {
            return Err(Failure::new(format!(
                "{} is the vault or one of its own files: export to another folder",
                path.display()
            )));
        }
        let matrix = motp_core::qr::encode_text(part)?;
        let bytes = if svg {
            Zeroizing::new(matrix.to_svg().as_bytes().to_vec())
        } else {
            // 6 px a module: a code of ten accounts is about 600 px wide, easy for a camera
            // on a laptop screen.
            matrix.to_png(6)?
        };
        write_export(&path, &bytes, a.force)?;
        files.push(path.display().to_string());
    }
    warn(&format!(
        "the QR codes in {} are not encrypted and hold the secrets: whoever sees them has the \
         tokens; delete them once Google Authenticator has scanned them",
        dir.display()
    ));
    if a.json {
        let skipped: Vec<_> = e
            .skipped
            .iter()
            .map(|(name, reason)| json!({ "name": name, "reason": reason }))
            .collect();
        crate::out::json(&json!({
            "folder": dir.display().to_string(),
            "format": format_code(a.format),
            "encrypted": false,
            "count": e.count,
            "files": files,
            "skipped": skipped,
        }))?;
        return Ok(ExitCode::SUCCESS);
    }
    say!(
        "exported {} to {} as {} (scan them in order in Google Authenticator: Transfer \
         accounts, Import accounts)",
        count(e.count, "token", "tokens"),
        dir.display(),
        count(parts.len(), "QR code", "QR codes"),
    );
    for f in &files {
        say!("wrote      {f}");
    }
    for (name, reason) in &e.skipped {
        say!("skipped    {name}: {reason}");
    }
    Ok(ExitCode::SUCCESS)
}

/// Why nothing was written when no token could go `whither` ("as aegis", "to Google
/// Authenticator"): the first token left out and its reason, and how many more; `None` when
/// none was left out (an empty vault writes an empty file).
fn nothing_to_write(whither: &str, skipped: &[(String, String)]) -> Option<Failure> {
    let (name, reason) = skipped.first()?;
    let others = match skipped.len() - 1 {
        0 => String::new(),
        n => format!(" (and {} more)", count(n, "token", "tokens")),
    };
    Some(Failure::new(format!(
        "no token can be exported {whither}: {name}: {reason}{others}; nothing was written"
    )))
}

/// Makes the folder for QR codes, readable only by the owner (they hold secrets).
fn make_private_dir(dir: &std::path::Path) -> Result<(), Failure> {
    let mut b = std::fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir).map_err(|e| {
        Failure::new(format!(
            "cannot make the folder {}: {e}; make it yourself or name another",
            dir.display()
        ))
    })
}
