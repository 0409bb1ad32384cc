//! `motp rm NAME`: a token out of the vault.

use clap::Args;

use super::common::VaultOpts;

#[derive(Debug, Args)]
pub struct RmArgs {
    /// The token: ISSUER:ACCOUNT, ACCOUNT, a unique prefix of either, or its id.
    pub name: String,
    #[command(flatten)]
    pub vault: VaultOpts,
}
