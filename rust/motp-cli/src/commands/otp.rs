//! `motp otp`: the code for a secret and PIN read from standard input.

use clap::Args;

use crate::timearg::TimeArg;

#[derive(Debug, Args)]
pub struct OtpArgs {
    /// The instant: unix seconds or RFC 3339 (default: now).
    #[arg(long, value_name = "TIME", allow_negative_numbers = true)]
    pub at: Option<TimeArg>,
    /// Read a provisioning URI of any kind (motp://, otpauth://totp, otpauth://hotp) from
    /// standard input instead of a secret; for mOTP the PIN follows on the next line.
    #[arg(long)]
    pub uri: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}
