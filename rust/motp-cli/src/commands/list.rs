//! `motp list`: the vault's tokens, without secrets.

use clap::Args;

use super::common::VaultOpts;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub vault: VaultOpts,
}
