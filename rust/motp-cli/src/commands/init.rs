//! `motp init`: an empty encrypted vault.

use clap::Args;

use super::common::VaultOpts;

#[derive(Debug, Args)]
pub struct InitArgs {
    #[command(flatten)]
    pub vault: VaultOpts,
}
