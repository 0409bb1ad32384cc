//! `motp clock`: how far off this device's clock is.

use clap::Args;

use super::common::{ClockServerArgs, VaultOpts};

#[derive(Debug, Args)]
pub struct ClockArgs {
    /// The time server and the VPN server's window.
    #[command(flatten)]
    pub clock: ClockServerArgs,
    /// After the check, store its suggested correction in the vault, so the token's codes
    /// follow true time even though this device's clock does not (a fine clock stores none).
    #[arg(long)]
    pub apply: bool,
    /// Remove the vault's stored clock correction, without asking a time server.
    #[arg(long, conflicts_with_all = ["apply", "server", "timeout", "window"])]
    pub clear: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// The vault (for --apply and --clear).
    #[command(flatten)]
    pub vault: VaultOpts,
}
