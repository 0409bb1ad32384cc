//! A vault in a folder that another program keeps in step (Syncthing, Dropbox, Nextcloud,
//! OneDrive, iCloud Drive): the conflict copies those programs leave beside the file when two
//! devices saved it between two syncs are merged back in, and removed once the merged vault is
//! on disk.
//!
//! The names, as each program writes them for a file `tokens.motp`:
//!
//! | program | conflict copy |
//! |---|---|
//! | Syncthing | `tokens.sync-conflict-20261204-101530-ABCDEF7.motp` |
//! | Dropbox | `tokens (Alice's conflicted copy 2026-12-04).motp` |
//! | Nextcloud, ownCloud | `tokens (conflicted copy 2026-12-04 101530).motp` |
//! | OneDrive | `tokens-LAPTOP.motp` (the device's name) |
//! | iCloud Drive | `tokens 2.motp` |
//!
//! A name alone proves nothing (`tokens-old.motp` may be the user's own file), so a candidate
//! is merged only when it opens with this vault's master key, which every copy of one vault
//! shares and no other file has; anything else is left where it is and reported.

use std::path::{Path, PathBuf};

use super::handle::Vault;
use super::merge::MergeReport;
use super::store;
use crate::error::{Error, Result};

/// Most candidates looked at in one pass (a folder of thousands of look-alikes is not ours).
const MAX_CANDIDATES: usize = 64;

/// What merging a folder's conflict copies did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConflictCopies {
    /// The copies merged in and then removed.
    pub merged: Vec<PathBuf>,
    /// Files named like conflict copies that were left alone, with the reason.
    pub left: Vec<(PathBuf, String)>,
    /// What the merge changed in this vault.
    pub report: MergeReport,
}

/// Whether `name` is a conflict copy's name for the vault file `vault` (both file names).
pub fn is_conflict_copy_name(vault: &str, name: &str) -> bool {
    if name == vault || name.starts_with('.') {
        return false;
    }
    let (stem, ext) = match vault.rfind('.') {
        Some(i) if i > 0 => (&vault[..i], &vault[i..]),
        _ => (vault, ""),
    };
    let Some(middle) = name
        .strip_prefix(stem)
        .and_then(|rest| rest.strip_suffix(ext))
    else {
        return false;
    };
    // Syncthing: `.sync-conflict-YYYYMMDD-HHMMSS-DEVICE`.
    if let Some(rest) = middle.strip_prefix(".sync-conflict-") {
        return rest.len() >= 15 && rest.as_bytes()[..8].iter().all(u8::is_ascii_digit);
    }
    // Dropbox, Nextcloud, ownCloud: ` (… conflicted copy …)`.
    if let Some(inner) = middle
        .strip_prefix(" (")
        .and_then(|rest| rest.strip_suffix(')'))
    {
        return inner.contains("conflicted copy") || inner.contains("Conflicted copy");
    }
    // iCloud Drive: ` 2`, ` 3`…
    if let Some(n) = middle.strip_prefix(' ') {
        return !n.is_empty() && n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit());
    }
    // OneDrive: `-DEVICENAME`.
    if let Some(device) = middle.strip_prefix('-') {
        return !device.is_empty()
            && device.len() <= 64
            && device
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    }
    false
}

/// The conflict copies beside the vault file at `main` (its real path), sorted by name.
pub(crate) fn find(main: &Path) -> Result<Vec<PathBuf>> {
    let (Some(dir), Some(name)) = (main.parent(), main.file_name().and_then(|n| n.to_str())) else {
        return Ok(Vec::new());
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(Error::VaultIo {
                action: "list".into(),
                path: dir.display().to_string(),
                reason: e.to_string(),
                consequence: "nothing was merged or changed; check the folder's permissions".into(),
            });
        }
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| is_conflict_copy_name(name, n))
        })
        .map(|e| e.path())
        .take(MAX_CANDIDATES)
        .collect();
    found.sort();
    Ok(found)
}

impl Vault {
    /// Merges another copy of this vault (the file bytes: a conflict copy, a server's copy,
    /// another device's file) and saves the result, transactionally like every change
    /// ([`Vault::change`]). A copy made with another key is refused
    /// ([`Error::VaultNotThisOne`]) and nothing changes.
    pub fn merge_copy(&mut self, copy: &[u8]) -> Result<MergeReport> {
        let content = self.decrypt_copy(copy)?;
        self.change(|v| Ok(v.merge_content(&content)))
    }

    /// What merging `other` (another opened copy of this vault) in would change, without
    /// changing anything: for a preview, and to time the merge alone.
    pub fn merge_preview(&self, other: &Vault) -> MergeReport {
        super::merge::merge(self.content(), other.content()).1
    }

    /// Merges every conflict copy beside the vault file into the vault, saves once, and only
    /// then removes the copies that were merged (so a crash at any point leaves each edit in
    /// the vault or still in its copy). Copies that are another vault, damaged or unreadable
    /// are left where they are, with the reason.
    pub fn merge_conflict_copies(&mut self) -> Result<ConflictCopies> {
        let mut out = ConflictCopies::default();
        let candidates = find(self.real_path())?;
        if candidates.is_empty() {
            return Ok(out);
        }
        let mut copies = Vec::new();
        for path in candidates {
            let read = store::read_capped(&path)
                .and_then(|b| {
                    b.ok_or_else(|| Error::VaultNotFound {
                        path: path.display().to_string(),
                    })
                })
                .and_then(|bytes| self.decrypt_copy(&bytes));
            match read {
                Ok(content) => copies.push((path, content)),
                Err(e) => out.left.push((path, e.to_string())),
            }
        }
        if copies.is_empty() {
            return Ok(out);
        }
        out.report = self.change(|v| {
            let mut total = MergeReport::default();
            for (_, content) in &copies {
                total += v.merge_content(content);
            }
            Ok(total)
        })?;
        for (path, _) in copies {
            match std::fs::remove_file(&path) {
                Ok(()) => out.merged.push(path),
                Err(e) => out.left.push((
                    path,
                    format!("merged, but it could not be removed ({e}); remove it by hand"),
                )),
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::is_conflict_copy_name;

    #[test]
    fn each_programs_conflict_copies_are_recognised_and_nothing_else() {
        let v = "tokens.motp";
        for copy in [
            "tokens.sync-conflict-20261204-101530-ABCDEF7.motp",
            "tokens (Alice's conflicted copy 2026-12-04).motp",
            "tokens (conflicted copy 2026-12-04 101530).motp",
            "tokens (Conflicted copy from LAPTOP on 2026-12-04).motp",
            "tokens-LAPTOP.motp",
            "tokens-Alices-MacBook-Pro.motp",
            "tokens 2.motp",
        ] {
            assert!(is_conflict_copy_name(v, copy), "{copy}");
        }
        for other in [
            "tokens.motp",
            "tokens.motp.prev",
            "tokens.motp.lock",
            "tokens.motp.used",
            ".tokens.motp.tmp-123-abc",
            "tokens.sync-conflict-x.motp",
            "tokens (copy).motp",
            "tokens 2.txt",
            "other.motp",
            "tokens.motp 2",
            "tokens-.motp",
            "tokens-a b.motp",
        ] {
            assert!(!is_conflict_copy_name(v, other), "{other}");
        }
        assert!(is_conflict_copy_name("vault", "vault 2"));
        assert!(is_conflict_copy_name(
            "vault",
            "vault.sync-conflict-20261204-101530-ABCDEF7"
        ));
    }
}
