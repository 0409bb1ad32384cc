//! `motp uri parse`: what a provisioning URI holds.

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct UriArgs {
    #[command(subcommand)]
    pub command: UriCommand,
}

#[derive(Debug, Subcommand)]
pub enum UriCommand {
    /// Read a provisioning URI (motp://, Aegis motp:, andOTP otpauth://motp/).
    Parse {
        /// The URI. Omit it (or give "-") to read it from standard input, which keeps the
        /// secret out of the shell history and the process list.
        #[arg(conflicts_with = "qr")]
        uri: Option<String>,
        /// Read the URI from the QR code in this PNG or JPEG image (a screenshot or photo of
        /// the code privacyIDEA, multiOTP or a phone shows) instead.
        #[arg(long, value_name = "IMAGE")]
        qr: Option<std::path::PathBuf>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}
