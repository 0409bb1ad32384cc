//! `motp passwd`: a new vault password.
//!
//! The new password is asked twice without echo, or read from `--new-password-file FILE` or
//! `$MOTP_NEW_PASSWORD` for scripts; never from an argument. The new password slot gets fresh
//! key derivation (`vault_open::kdf`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::common::VaultOpts;
use crate::failure::Failure;
use crate::out::say;
use crate::vault_open::{kdf, new_vault_password};

#[derive(Debug, Args)]
pub struct PasswdArgs {
    /// Read the new password from the first line of FILE (for scripts; MOTP_NEW_PASSWORD works
    /// too). Otherwise it is asked twice without echo.
    #[arg(long, value_name = "FILE")]
    pub new_password_file: Option<PathBuf>,
    #[command(flatten)]
    pub vault: VaultOpts,
}

pub fn run(a: PasswdArgs) -> Result<ExitCode, Failure> {
    let mut vault = a.vault.open()?;
    let new = new_vault_password(a.new_password_file.as_deref(), "MOTP_NEW_PASSWORD")?;
    let kdf = kdf();
    vault.change(|v| v.change_password(&new, kdf))?;
    say!("password changed");
    Ok(ExitCode::SUCCESS)
}
