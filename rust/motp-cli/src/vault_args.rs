//! The shape of the vault commands (`init`, `add`, `list`, `code`, `show`, `rm`, `passwd`,
//! `doctor`).
//! Secrets, PINs and passwords are never arguments: they come from stdin, a hidden prompt, a
//! password file or the environment (see `vault_cmds.rs`).

use std::path::PathBuf;

use clap::Args;

use crate::timearg::{DurationArg, TimeArg};

/// Where the vault is and how to get its password (shared by every vault command).
#[derive(Debug, Args)]
pub struct VaultOpts {
    /// The vault file (default: tokens.motp in the OS data directory; or set MOTP_VAULT).
    #[arg(long, value_name = "PATH")]
    pub vault: Option<PathBuf>,
    /// Read the vault password from the first line of FILE instead of a prompt. For scripts;
    /// less safe than the prompt (the file must be protected). MOTP_PASSWORD works too, and is
    /// less safe still (other processes of the same user can read the environment).
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    #[command(flatten)]
    pub vault: VaultOpts,
}

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

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub vault: VaultOpts,
}

#[derive(Debug, Args)]
pub struct CodeArgs {
    /// The token: ISSUER:ACCOUNT, ACCOUNT, a unique prefix of either, or its id.
    pub name: String,
    /// The instant: unix seconds or RFC 3339 (default: now).
    #[arg(
        long,
        value_name = "TIME",
        allow_negative_numbers = true,
        conflicts_with = "watch"
    )]
    pub at: Option<TimeArg>,
    /// Keep showing codes as they change (Ctrl-C to stop).
    #[arg(long)]
    pub watch: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub vault: VaultOpts,
}

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

#[derive(Debug, Args)]
pub struct RmArgs {
    /// The token: ISSUER:ACCOUNT, ACCOUNT, a unique prefix of either, or its id.
    pub name: String,
    #[command(flatten)]
    pub vault: VaultOpts,
}

#[derive(Debug, Args)]
pub struct PasswdArgs {
    /// Read the new password from the first line of FILE (for scripts; MOTP_NEW_PASSWORD works
    /// too). Otherwise it is asked twice without echo.
    #[arg(long, value_name = "FILE")]
    pub new_password_file: Option<PathBuf>,
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

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// The token: ISSUER:ACCOUNT, ACCOUNT, a unique prefix of either, or its id.
    pub name: String,
    /// A code to diagnose: the one the server rejected (from its log), or the one another
    /// token for the same account shows.
    #[arg(long, value_name = "CODE")]
    pub code: Option<String>,
    /// When that code was shown, by this device's clock (the stored clock correction is
    /// applied): unix seconds or RFC 3339 (default: now).
    #[arg(
        long,
        value_name = "TIME",
        allow_negative_numbers = true,
        requires = "code"
    )]
    pub at: Option<TimeArg>,
    /// How far around that time to search for the code, e.g. 1h, 90m (default 1h, at most 24h).
    #[arg(long, value_name = "DURATION", requires = "code")]
    pub span: Option<DurationArg>,
    /// The check code the administrator read from the server's copy of the secret
    /// (`motp secret check` on the server), e.g. "9f9 f51".
    #[arg(long, value_name = "CHECKCODE")]
    pub admin_check_code: Option<String>,
    /// The time server and the VPN server's window.
    #[command(flatten)]
    pub clock: crate::args::ClockServerArgs,
    /// Skip the clock check (no network); the clock step is reported as skipped.
    #[arg(long, conflicts_with_all = ["server", "timeout"])]
    pub no_clock: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub vault: VaultOpts,
}
