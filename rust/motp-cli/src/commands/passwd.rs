//! `motp passwd`: a new vault password.
//!
//! The new password is asked twice without echo, or read from `--new-password-file FILE` or
//! `$MOTP_NEW_PASSWORD` for scripts; never from an argument. The new password slot gets fresh
//! key derivation (`vault_open::kdf`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use motp_core::vault::{SlotId, SlotKind, Vault};

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

/// The ids of the vault's password slots.
fn password_slots(v: &Vault) -> Vec<SlotId> {
    v.slots()
        .into_iter()
        .filter(|s| matches!(s.kind, SlotKind::Password { .. }))
        .map(|s| s.id)
        .collect()
}

pub fn run(a: PasswdArgs) -> Result<ExitCode, Failure> {
    let mut vault = a.vault.open()?;
    let new = new_vault_password(a.new_password_file.as_deref(), "MOTP_NEW_PASSWORD")?;
    let kdf = kdf();
    // The password slots this vault was opened with: should another `passwd` save first, the
    // change re-applied to its file would silently replace that new password with this one,
    // and both would say "password changed". The later one fails instead, with a sentence.
    let opened_with = password_slots(&vault);
    vault.change(|v| {
        if password_slots(v) != opened_with {
            return Err(motp_core::Error::VaultPasswordChangedElsewhere);
        }
        v.change_password(&new, kdf)
    })?;
    say!("password changed");
    a.vault.after_change(&mut vault);
    Ok(ExitCode::SUCCESS)
}
