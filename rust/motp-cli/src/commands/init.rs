//! `motp init`: an empty encrypted vault for the desktop token's tokens (motp-core's `vault`;
//! the format is docs/vault-format.md).
//!
//! Everything that can be refused is refused before the new password is typed: an existing
//! vault, a folder or pipe at the path, or a vault's leftovers there.

use std::process::ExitCode;

use clap::Args;
use motp_core::vault::Vault;

use super::common::VaultOpts;
use crate::failure::Failure;
use crate::out::say;
use crate::vault_open::{kdf, new_vault_password};

#[derive(Debug, Args)]
pub struct InitArgs {
    #[command(flatten)]
    pub vault: VaultOpts,
}

pub fn run(a: InitArgs) -> Result<ExitCode, Failure> {
    let path = a.vault.path()?;
    // Before the password is typed: a vault, a folder or pipe, or a vault's leftovers there.
    Vault::check_can_create(&path)?;
    let pw = new_vault_password(a.vault.password_file.as_deref(), "MOTP_PASSWORD")?;
    Vault::create(&path, &pw, kdf())?;
    say!("created an empty vault at {}", path.display());
    Ok(ExitCode::SUCCESS)
}
