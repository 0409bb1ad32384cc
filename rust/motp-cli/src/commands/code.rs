//! `motp code NAME`: a token's code.

use clap::Args;

use super::common::VaultOpts;
use crate::timearg::TimeArg;

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
