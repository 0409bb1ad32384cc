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
use motp_core::sync::SyncTarget;
use motp_core::vault::Vault;

use super::common::VaultOpts;
use crate::failure::Failure;
use crate::out::say;
use crate::vault_open::{kdf, new_vault_password, password};

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Set this device up from a copy of an existing vault (asks that vault's password): a
    /// file, or the vault's address on a WebDAV server (then linked to it, as `motp sync
    /// setup` does).
    #[arg(long, value_name = "COPY|URL")]
    pub from: Option<String>,
    /// The sync server's user name (with --from URL).
    #[arg(long, value_name = "NAME", requires = "from")]
    pub user: Option<String>,
    /// Read the sync server's password from the first line of FILE (with --from URL).
    #[arg(long, value_name = "FILE", requires = "from")]
    pub sync_password_file: Option<PathBuf>,
    #[command(flatten)]
    pub vault: VaultOpts,
}

/// The vault file on the server.
fn fetch(target: &SyncTarget) -> Result<Vec<u8>, Failure> {
    let response = crate::http::Client::new().send(&target.get(None))?;
    match response.status {
        200 => Ok(response.body),
        404 => Err(Failure::new(format!(
            "there is no vault at {}: set it up from the device that has the vault (motp sync \
             setup URL)",
            target.url()
        ))),
        401 | 403 => Err(motp_core::Error::SyncRefused {
            status: response.status,
        }
        .into()),
        status => Err(motp_core::Error::SyncServer {
            action: "read the vault from the server".into(),
            status,
        }
        .into()),
    }
}

pub fn run(a: InitArgs) -> Result<ExitCode, Failure> {
    let path = a.vault.path()?;
    // Before the password is typed: a vault, a folder or pipe, or a vault's leftovers there.
    Vault::check_can_create(&path)?;
    if let Some(copy) = &a.from {
        let remote = if copy.starts_with("https://") || copy.starts_with("http://") {
            let password =
                super::sync::sync_password(a.user.as_deref(), a.sync_password_file.as_deref())?;
            Some(SyncTarget::new(copy, a.user.as_deref(), password)?)
        } else {
            None
        };
        let bytes = match &remote {
            Some(target) => fetch(target)?,
            None => crate::files::read_import_file(std::path::Path::new(copy))?.to_vec(),
        };
        let candidates = password(a.vault.password_file.as_deref())?;
        let last = candidates.len() - 1;
        for (i, pw) in candidates.iter().enumerate() {
            match Vault::create_from_copy(&path, &bytes, pw) {
                Ok(mut v) => {
                    say!(
                        "created this device's vault at {} from {copy} ({} tokens)",
                        path.display(),
                        v.len()
                    );
                    if let Some(target) = &remote {
                        v.change(|v| {
                            v.set_sync_target(target);
                            Ok(())
                        })?;
                        crate::server_sync::with_server(&mut v)?;
                        say!("synced with {}", target.url());
                    }
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
