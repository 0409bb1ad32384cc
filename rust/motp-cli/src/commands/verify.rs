//! `motp verify CODE`: a code checked as a VPN server would check it.

use clap::Args;

use crate::timearg::TimeArg;

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The code to check (6 hex characters; TOTP/HOTP: 6-8 digits).
    pub code: String,
    /// The server's instant: unix seconds or RFC 3339 (default: now).
    #[arg(long, value_name = "TIME", allow_negative_numbers = true)]
    pub at: Option<TimeArg>,
    /// Accept codes up to this many 10-second steps away (default 18 = ±3 min); with a TOTP
    /// URI, periods either side (default 1); with an HOTP URI, counters ahead (default 10).
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
