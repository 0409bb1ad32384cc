//! `motp init`: an empty encrypted vault for the desktop token's tokens (motp-core's `vault`;
//! the format is docs/vault-format.md).
//!
//! Everything that can be refused is refused before the new password is typed: an existing
//! vault, a folder or pipe at the path, or a vault's leftovers there.
//!
//! `--from COPY` sets this device up from a copy of a vault made elsewhere (the file another
//! device keeps in a synced folder, a copy on a stick): the copy's password opens it, and this
//! device's own vault gets its own device id for the change stamps that merges go by, keeping
//! only the password slot. `motp sync COPY` later merges that copy's changes in.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use motp_core::vault::Vault;

use super::common::VaultOpts;
use crate::failure::Failure;
use crate::out::say;
use crate::vault_open::{kdf, new_vault_password, password};

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Set this device up from a copy of an existing vault (asks that vault's password).
    #[arg(long, value_name = "COPY")]
    pub from: Option<PathBuf>,
    #[command(flatten)]
    pub vault: VaultOpts,
}

pub fn run(a: InitArgs) -> Result<ExitCode, Failure> {
    let path = a.vault.path()?;
    // Before the password is typed: a vault, a folder or pipe, or a vault's leftovers there.
    Vault::check_can_create(&path)?;
    if let Some(copy) = &a.from {
        let bytes = crate::files::read_import_file(copy)?;
        let candidates = password(a.vault.password_file.as_deref())?;
        let last = candidates.len() - 1;
        for (i, pw) in candidates.iter().enumerate() {
            match Vault::create_from_copy(&path, &bytes, pw) {
                Ok(v) => {
                    say!(
                        "created this device's vault at {} from {} ({} tokens)",
                        path.display(),
                        copy.display(),
                        v.len()
                    );
                    return Ok(ExitCode::SUCCESS);
                }
                Err(motp_core::Error::VaultWrongPassword) if i < last => continue,
                Err(e) => return Err(e.into()),
            }
        }
        return Err(motp_core::Error::VaultWrongPassword.into());
    }
    let pw = new_vault_password(a.vault.password_file.as_deref(), "MOTP_PASSWORD")?;
    Vault::create(&path, &pw, kdf())?;
    say!("created an empty vault at {}", path.display());
    Ok(ExitCode::SUCCESS)
}
