//! `motp diagnose CODE`: why a code was rejected.

use clap::Args;

use crate::timearg::{DurationArg, TimeArg};

#[derive(Debug, Args)]
pub struct DiagnoseArgs {
    /// The code that was rejected, or that another token shows.
    pub code: String,
    /// The reference instant: unix seconds or RFC 3339 (default: now).
    #[arg(long, value_name = "TIME", allow_negative_numbers = true)]
    pub at: Option<TimeArg>,
    /// How far around the instant to search, e.g. 1h, 90m, 3600 (default 1h, at most 24h).
    /// With an HOTP URI, 1,000 counters either side are searched.
    #[arg(long, value_name = "DURATION")]
    pub span: Option<DurationArg>,
    /// The server's window in steps; a match inside it is "match" (default 18). With a TOTP
    /// URI, periods either side (default 1); with an HOTP URI, its look-ahead (default 10).
    #[arg(long, value_name = "STEPS")]
    pub window: Option<u32>,
    /// Read a provisioning URI of any kind from standard input instead of a secret (for mOTP
    /// the PIN follows on the next line); an HOTP URI's counter is the server's.
    #[arg(long)]
    pub uri: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}
