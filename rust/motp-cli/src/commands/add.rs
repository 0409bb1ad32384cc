//! `motp add`: a token into the vault.

use std::path::PathBuf;

use clap::Args;

use super::common::VaultOpts;

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The token's name: ACCOUNT or ISSUER:ACCOUNT (the account is the VPN username). With
    /// --uri or --qr it may be left out: the URI's label is used.
    pub name: Option<String>,
    /// Generate a new random secret (printed once, to give to the VPN router or server)
    /// instead of reading one from standard input.
    #[arg(long, conflicts_with = "uri")]
    pub generate: bool,
    /// With --generate: 16 (classic mOTP) or 32 (DrayTek, privacyIDEA) hex characters.
    #[arg(long, default_value_t = 16, requires = "generate")]
    pub length: usize,
    /// Read a provisioning URI (motp://…) from standard input instead of a bare secret.
    #[arg(long)]
    pub uri: bool,
    /// Read the provisioning URI from the QR code in this PNG or JPEG image (a screenshot or
    /// photo of the code the VPN server or another device shows) instead.
    #[arg(long, value_name = "IMAGE", conflicts_with_all = ["generate", "uri"])]
    pub qr: Option<PathBuf>,
    /// Store the PIN in the vault (read after the secret) so `code` does not ask for it.
    #[arg(long, conflicts_with = "typo_guard")]
    pub remember_pin: bool,
    /// Ask for the PIN each time, but keep a 4-bit check of it that catches 15 of 16 typos
    /// (the PIN is read once now; see docs/vault-format.md for the trade-off).
    #[arg(long)]
    pub typo_guard: bool,
    /// The server's tolerance in seconds, shown as "use within" (default 30).
    #[arg(long, value_name = "SECS", default_value_t = motp_core::time::DEFAULT_TOLERANCE_SECONDS)]
    pub tolerance: u32,
    /// A free-text note.
    #[arg(long)]
    pub note: Option<String>,
    #[command(flatten)]
    pub vault: VaultOpts,
}
