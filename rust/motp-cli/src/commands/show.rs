//! `motp show NAME`: a token's details.

use clap::Args;

use super::common::VaultOpts;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The token: ISSUER:ACCOUNT, ACCOUNT, a unique prefix of either, or its id.
    pub name: String,
    /// Also print the secret (grouped in fours, and as is).
    #[arg(long)]
    pub reveal: bool,
    /// Also draw the token's QR code (its motp:// URI, without the PIN) for another device to
    /// scan. It carries the secret, so it needs --reveal.
    #[arg(long, conflicts_with = "json")]
    pub qr: bool,
    /// How to draw the QR code: ansi (black on white with colour codes; any colour terminal),
    /// dark or light (no colour codes, for a dark or light background). Default: ansi, or dark
    /// when NO_COLOR is set.
    #[arg(long, value_name = "STYLE", requires = "qr")]
    pub qr_style: Option<QrStyle>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub vault: VaultOpts,
}

/// How `show --qr` draws the code (motp-core's `TerminalStyle`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum QrStyle {
    /// Black on white set with ANSI colour codes: readable on any colour terminal.
    Ansi,
    /// No colour codes; for light text on a dark background.
    Dark,
    /// No colour codes; for dark text on a light background (or paper).
    Light,
}
