//! `motp rm NAME`: a token out of the vault.
//!
//! One transactional change, like every change to the vault; the removed token survives in the
//! vault's previous copy until the next change, and the command says so — only when the save
//! really wrote that copy (a folder or a write-protected file in its place: a warning says the
//! copy may not have it).

use std::process::ExitCode;

use clap::Args;

use super::common::VaultOpts;
use crate::failure::Failure;
use crate::out::say;
use crate::vault_open::warn;

#[derive(Debug, Args)]
pub struct RmArgs {
    /// The token: ISSUER:ACCOUNT, ACCOUNT, a unique prefix of either, or its id.
    pub name: String,
    #[command(flatten)]
    pub vault: VaultOpts,
}

pub fn run(a: RmArgs) -> Result<ExitCode, Failure> {
    let mut vault = a.vault.open()?;
    let t = vault.find(&a.name)?;
    vault.change(|v| v.remove(t.id))?;
    a.vault.after_change(&mut vault);
    // The promise is made only when the save really wrote the previous copy.
    match vault.previous_copy_not_written() {
        None => say!(
            "removed {} (the previous copy, {}, still has it until the next change)",
            t.name,
            vault.prev_path().display()
        ),
        Some(reason) => {
            say!("removed {}", t.name);
            warn(&format!(
                "the previous copy, {}, could not be written ({reason}), so it may not have {}:                  the removal cannot be undone from it; make it a file you can write (not a                  folder, not write-protected) before the next change",
                vault.prev_path().display(),
                t.name
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}
