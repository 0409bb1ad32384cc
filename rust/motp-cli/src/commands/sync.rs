//! `motp sync`: bring the vault in step with its other copies.
//!
//! - `motp sync setup URL [--user NAME] [--sync-password-file F]` links the vault to a file on
//!   a WebDAV server (Nextcloud: `https://HOST/remote.php/dav/files/USER/motp/vault.motp`;
//!   missing folders are made) and syncs at once: uploading the vault, or merging with a vault
//!   already there. The server's password is kept inside the encrypted vault, in this device's
//!   own settings, which are never uploaded. `motp sync off` unlinks it.
//! - `motp sync [COPY…] [--json]` merges the conflict copies a sync program (Syncthing,
//!   Dropbox, Nextcloud, OneDrive, iCloud Drive) left beside the vault file — which every
//!   command also does when it opens the vault — and removes them once merged; syncs with the
//!   server when one is linked (`motp_core::sync`); and merges each `COPY` named (another
//!   device's file, a copy on a stick: read, never changed). A file that is another vault is
//!   refused by its key, never merged. `--json` prints
//!   `{"added":N,"changed":N,"removed":N,"uploaded":BOOL,"merged":[…],"left":[…]}`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};
use motp_core::sync::{SyncOutcome, SyncTarget};
use motp_core::vault::{MergeReport, Vault};
use serde_json::json;
use zeroize::Zeroizing;

use super::common::VaultOpts;
use crate::failure::Failure;
use crate::out::say;
use crate::vault_open::{first_line_of, prompt};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SyncArgs {
    #[command(subcommand)]
    pub action: Option<SyncAction>,
    /// Other copies of this vault to merge in (read only).
    #[arg(value_name = "COPY")]
    pub copies: Vec<PathBuf>,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub vault: VaultOpts,
}

#[derive(Debug, Subcommand)]
pub enum SyncAction {
    /// Link the vault to its file on a WebDAV server, and sync with it.
    Setup(SetupArgs),
    /// Unlink the vault from its server (the server's copy stays).
    Off(OffArgs),
    /// Use here the vault password set on another device (the server's copy carries it).
    Password(PasswordArgs),
}

#[derive(Debug, Args)]
pub struct PasswordArgs {
    /// Read the new password from the first line of FILE instead of a prompt
    /// (MOTP_NEW_PASSWORD works too).
    #[arg(long, value_name = "FILE")]
    pub new_password_file: Option<PathBuf>,
    #[command(flatten)]
    pub vault: VaultOpts,
}

#[derive(Debug, Args)]
pub struct SetupArgs {
    /// The vault file's address on the server (https; http only to this computer).
    pub url: String,
    /// The server's user name.
    #[arg(long, value_name = "NAME")]
    pub user: Option<String>,
    /// Read the server's password from the first line of FILE instead of a prompt
    /// (MOTP_SYNC_PASSWORD works too).
    #[arg(long, value_name = "FILE")]
    pub sync_password_file: Option<PathBuf>,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub vault: VaultOpts,
}

#[derive(Debug, Args)]
pub struct OffArgs {
    #[command(flatten)]
    pub vault: VaultOpts,
}

pub fn run(a: SyncArgs) -> Result<ExitCode, Failure> {
    match a.action {
        Some(SyncAction::Setup(s)) => setup(s),
        Some(SyncAction::Off(o)) => {
            let mut vault = o.vault.open()?;
            vault.change(|v| {
                v.remove_sync_target();
                Ok(())
            })?;
            say!("this vault is no longer synced with a server (the server's copy stays)");
            Ok(ExitCode::SUCCESS)
        }
        Some(SyncAction::Password(p)) => adopt_password(p),
        None => sync(a),
    }
}

/// `motp sync password`: the password changed on another device, typed once here, checked
/// against the server's copy (it must open it to this vault's own key) and made this vault's.
fn adopt_password(a: PasswordArgs) -> Result<ExitCode, Failure> {
    let mut vault = a.vault.open()?;
    let target = vault
        .sync_target()
        .ok_or(motp_core::Error::SyncNotSetUp)??;
    let new = match (&a.new_password_file, std::env::var("MOTP_NEW_PASSWORD")) {
        (Some(f), _) => first_line_of(f, "new password")?,
        (None, Ok(p)) => motp_core::vault::Password::new(&p)?,
        (None, Err(_)) => motp_core::vault::Password::from_zeroizing(prompt(
            "The vault password set on another device: ",
            "cannot ask for the new password (no terminal): use --new-password-file FILE or \
             MOTP_NEW_PASSWORD",
        )?)?,
    };
    let response = crate::http::Client::new().send(&target.get(None))?;
    if response.status != 200 {
        return Err(motp_core::Error::SyncServer {
            action: "read the vault from the server".into(),
            status: response.status,
        }
        .into());
    }
    vault.change(|v| v.adopt_password_from(&response.body, &new))?;
    say!("this vault now opens with the password set on the other device");
    Ok(ExitCode::SUCCESS)
}

/// The server's password: `--sync-password-file`, `$MOTP_SYNC_PASSWORD`, or a prompt; none
/// when no user is given (a server open to this computer alone).
pub fn sync_password(
    user: Option<&str>,
    file: Option<&std::path::Path>,
) -> Result<Option<Zeroizing<String>>, Failure> {
    if user.is_none() {
        return Ok(None);
    }
    if let Some(f) = file {
        return Ok(Some(Zeroizing::new(
            first_line_of(f, "sync password")?.expose().to_owned(),
        )));
    }
    if let Ok(p) = std::env::var("MOTP_SYNC_PASSWORD") {
        return Ok(Some(Zeroizing::new(p)));
    }
    prompt(
        "Sync server password: ",
        "cannot ask for the sync server's password (no terminal): use --sync-password-file \
         FILE or MOTP_SYNC_PASSWORD",
    )
    .map(Some)
}

fn setup(a: SetupArgs) -> Result<ExitCode, Failure> {
    let password = sync_password(a.user.as_deref(), a.sync_password_file.as_deref())?;
    let target = SyncTarget::new(&a.url, a.user.as_deref(), password)?;
    let mut vault = a.vault.open()?;
    vault.change(|v| {
        v.set_sync_target(&target);
        Ok(())
    })?;
    let outcome = crate::server_sync::with_server(&mut vault)?;
    print(&Summary::from(outcome), a.json, &vault)?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Default)]
struct Summary {
    report: MergeReport,
    uploaded: bool,
    merged: Vec<String>,
    left: Vec<(String, String)>,
    server: bool,
}

impl From<SyncOutcome> for Summary {
    fn from(o: SyncOutcome) -> Summary {
        Summary {
            report: o.report,
            uploaded: o.uploaded,
            server: true,
            ..Summary::default()
        }
    }
}

fn sync(a: SyncArgs) -> Result<ExitCode, Failure> {
    // Opening would merge the conflict copies already; they are merged here to count them.
    let mut vault = a.vault.open_without_merging()?;
    let folder = vault.merge_conflict_copies()?;
    let mut s = Summary {
        report: folder.report,
        merged: folder
            .merged
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
        left: folder
            .left
            .iter()
            .map(|(p, why)| (p.display().to_string(), why.clone()))
            .collect(),
        ..Summary::default()
    };
    for path in &a.copies {
        let bytes = crate::files::read_import_file(path)?;
        match vault.merge_copy(&bytes) {
            Ok(r) => {
                s.report += r;
                s.merged.push(path.display().to_string());
            }
            Err(e) => s.left.push((path.display().to_string(), e.to_string())),
        }
    }
    if vault.sync_target().is_some() {
        let o = crate::server_sync::with_server(&mut vault)?;
        s.report += o.report;
        s.uploaded = o.uploaded;
        s.server = true;
    }
    print(&s, a.json, &vault)?;
    Ok(if s.left.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn print(s: &Summary, as_json: bool, vault: &Vault) -> Result<(), Failure> {
    let r = s.report;
    if as_json {
        crate::out::json(&json!({
            "added": r.added,
            "changed": r.changed,
            "removed": r.removed,
            "uploaded": s.uploaded,
            "merged": s.merged,
            "left": s.left.iter().map(|(p, why)| json!({"path": p, "reason": why})).collect::<Vec<_>>(),
        }))?;
        return Ok(());
    }
    if !s.server && s.merged.is_empty() && s.left.is_empty() {
        say!(
            "nothing to merge: no conflict copies beside {}, and no sync server (motp sync setup URL)",
            vault.path().display()
        );
        return Ok(());
    }
    say!(
        "{} added, {} changed, {} removed{}{}",
        r.added,
        r.changed,
        r.removed,
        if s.merged.is_empty() {
            String::new()
        } else {
            format!(
                "; merged {} cop{}",
                s.merged.len(),
                if s.merged.len() == 1 { "y" } else { "ies" }
            )
        },
        if s.server {
            if s.uploaded {
                "; uploaded to the server"
            } else {
                "; the server had it all"
            }
        } else {
            ""
        }
    );
    for (p, why) in &s.left {
        say!("not merged: {p}: {why}");
    }
    Ok(())
}
