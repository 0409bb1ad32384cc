//! `motp passwd`: a new vault password.

use std::path::PathBuf;

use clap::Args;

use super::common::VaultOpts;

#[derive(Debug, Args)]
pub struct PasswdArgs {
    /// Read the new password from the first line of FILE (for scripts; MOTP_NEW_PASSWORD works
    /// too). Otherwise it is asked twice without echo.
    #[arg(long, value_name = "FILE")]
    pub new_password_file: Option<PathBuf>,
    #[command(flatten)]
    pub vault: VaultOpts,
}
