//! `motp import FILE`: tokens from another app's backup, a URI list or our own backup.
//!
//! Format names are read by motp-core (`ImportSource::from_code`), so the CLI and the apps
//! accept the same names. The file's password comes from a prompt or a file, never from an
//! argument.

use std::path::PathBuf;

use clap::Args;
use motp_core::vault::ImportSource;

use super::common::VaultOpts;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file: an Aegis vault, an Authenticator Pro / Stratum or andOTP backup, a text file
    /// of motp:// URIs, or an mOTP Token backup (`motp export --format motp`).
    pub file: PathBuf,
    /// The file's format: motp, aegis, authenticator-pro (stratum), andotp or uris. Detected
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
        format!("unknown format \"{s}\": use motp, aegis, authenticator-pro, andotp or uris")
    })
}
