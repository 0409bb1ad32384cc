//! `motp doctor NAME`: the four causes of a failing login walked for one token.

use clap::Args;

use super::common::{ClockServerArgs, VaultOpts};
use crate::timearg::{DurationArg, TimeArg};

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
    pub clock: ClockServerArgs,
    /// Skip the clock check (no network); the clock step is reported as skipped.
    #[arg(long, conflicts_with_all = ["server", "timeout"])]
    pub no_clock: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub vault: VaultOpts,
}
