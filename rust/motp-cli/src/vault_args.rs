//! The shape of the vault commands (`init`, `add`, `list`, `code`, `show`, `rm`, `passwd`).
//! Secrets, PINs and passwords are never arguments: they come from stdin, a hidden prompt, a
//! password file or the environment (see `vault_cmds.rs`).

use std::path::PathBuf;

use clap::Args;

use crate::timearg::TimeArg;

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
    /// --uri it may be left out: the URI's label is used.
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
