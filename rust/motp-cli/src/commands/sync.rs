//! `motp sync [COPY…] [--json]`: bring the vault in step with its other copies.
//!
//! Without a server (the vault lives in a folder Syncthing, Dropbox, Nextcloud, OneDrive or
//! iCloud Drive keeps in step), this merges the conflict copies those programs leave beside the
//! file — which every command also does when it opens the vault — and removes them once the
//! merged vault is on disk. `COPY` names further copies of the same vault to merge (another
//! device's file, a copy on a stick): they are read, never changed. A file that is another
//! vault is refused by its key, never merged. The summary says what changed:
//! `{"added":N,"changed":N,"removed":N,"uploaded":false,"merged":[…],"left":[…]}` with
//! `--json`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use motp_core::vault::MergeReport;
use serde_json::json;

use super::common::VaultOpts;
use crate::failure::Failure;
use crate::out::say;

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Other copies of this vault to merge in (read only).
    #[arg(value_name = "COPY")]
    pub copies: Vec<PathBuf>,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub vault: VaultOpts,
}

pub fn run(a: SyncArgs) -> Result<ExitCode, Failure> {
    // Opening merges the conflict copies already (and says so on standard error); what it did
    // is asked again here so the summary counts it.
    let mut vault = a.vault.open_without_merging()?;
    let folder = vault.merge_conflict_copies()?;
    let mut total = folder.report;
    let mut merged: Vec<String> = folder
        .merged
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let mut left: Vec<(String, String)> = folder
        .left
        .iter()
        .map(|(p, why)| (p.display().to_string(), why.clone()))
        .collect();
    for path in &a.copies {
        let bytes = crate::files::read_import_file(path)?;
        match vault.merge_copy(&bytes) {
            Ok(r) => {
                add(&mut total, r);
                merged.push(path.display().to_string());
            }
            Err(e) => left.push((path.display().to_string(), e.to_string())),
        }
    }
    if a.json {
        crate::out::json(&json!({
            "added": total.added,
            "changed": total.changed,
            "removed": total.removed,
            "uploaded": false,
            "merged": merged,
            "left": left.iter().map(|(p, why)| json!({"path": p, "reason": why})).collect::<Vec<_>>(),
        }))?;
    } else {
        if merged.is_empty() {
            say!(
                "nothing to merge: no conflict copies beside {}",
                vault.path().display()
            );
        } else {
            say!(
                "merged {} cop{}: {} added, {} changed, {} removed",
                merged.len(),
                if merged.len() == 1 { "y" } else { "ies" },
                total.added,
                total.changed,
                total.removed
            );
        }
        for (p, why) in &left {
            say!("not merged: {p}: {why}");
        }
    }
    Ok(if left.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn add(total: &mut MergeReport, r: MergeReport) {
    total.added += r.added;
    total.changed += r.changed;
    total.removed += r.removed;
}
