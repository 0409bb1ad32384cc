//! `motp rm NAME`: a token out of the vault.
//!
//! One transactional change, like every change to the vault; the removed token survives in the
//! vault's previous copy until the next change, and the command says so.

use std::process::ExitCode;

use clap::Args;

use super::common::VaultOpts;
use crate::failure::Failure;
use crate::out::say;

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
    say!(
        "removed {} (the previous copy, {}, still has it until the next change)",
        t.name,
        vault.prev_path().display()
    );
    Ok(ExitCode::SUCCESS)
}
