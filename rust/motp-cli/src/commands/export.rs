//! `motp export FILE --format F`: the tokens, or one token's QR code, into a file.
//!
//! Format names are read by motp-core (`ExportTarget::from_code`), so the CLI and the apps
//! accept the same names. The export's password comes from a prompt or a file, never from an
//! argument.

use std::path::PathBuf;

use clap::Args;
use motp_core::vault::ExportTarget;

use super::common::VaultOpts;

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// Every token, through `Vault::export_file`.
    Tokens(ExportTarget),
    /// One token's QR code as a PNG image.
    QrPng,
    /// One token's QR code as an SVG image.
    QrSvg,
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
    /// (one motp:// URI per line, unencrypted), qr-png or qr-svg (one token's QR code, with
    /// --token; unencrypted).
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
        other => ExportTarget::from_code(other)
            .map(ExportFormat::Tokens)
            .ok_or_else(|| {
                format!("unknown format \"{s}\": use motp, aegis, uris, qr-png or qr-svg")
            }),
    }
}
