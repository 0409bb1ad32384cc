//! What several commands share: where the vault is and how to get its password (`VaultOpts`,
//! flattened into every vault command), and which time server to ask (`ClockServerArgs`, for
//! `clock` and `doctor`).
//!
//! Secrets, PINs and passwords are never arguments: they come from stdin, a hidden prompt, a
//! password file or the environment (see `vault_open.rs`).

use std::path::PathBuf;

use clap::Args;
use motp_core::time::STEP_SECONDS;
use motp_core::verify::MAX_WINDOW_STEPS;

use crate::failure::Failure;
use crate::timearg::TimeoutArg;

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

/// Which time server to ask and how to judge its answer: shared by `motp clock` and
/// `motp doctor`, so both take the same options and check them the same way.
#[derive(Debug, Args)]
pub struct ClockServerArgs {
    /// The time server: HOST or HOST:PORT (default pool.ntp.org:123).
    #[arg(long, value_name = "HOST[:PORT]", default_value = motp_core::clock::DEFAULT_SERVER)]
    pub server: String,
    /// How long to wait for the answer: seconds (3, 0.5) or with a unit (500ms).
    #[arg(
        long,
        value_name = "SECS",
        default_value = "3",
        allow_hyphen_values = true
    )]
    pub timeout: TimeoutArg,
    /// The VPN server's window in 10-second steps, to judge the clock's offset (and, for
    /// doctor, a code) (default 18 = ±3 min).
    #[arg(long, value_name = "STEPS", default_value_t = motp_core::DEFAULT_WINDOW_STEPS)]
    pub window: u32,
}

impl ClockServerArgs {
    /// The clock check's options, checked before any network traffic.
    pub fn options(&self) -> Result<motp_core::ClockCheckOptions, Failure> {
        let options = motp_core::ClockCheckOptions {
            server: self.server.clone(),
            timeout: self.timeout.0,
            window_seconds: window_seconds(self.window)?,
        };
        options.validate()?;
        Ok(options)
    }
}

/// The `--window` in seconds, refused beyond what `verify` allows.
pub fn window_seconds(steps: u32) -> Result<u32, Failure> {
    if steps > MAX_WINDOW_STEPS {
        return Err(Failure::new(format!(
            "a window of {steps} steps is wider than the {MAX_WINDOW_STEPS} (±1 day) we allow: \
             use a smaller --window"
        )));
    }
    Ok(steps * STEP_SECONDS as u32)
}
