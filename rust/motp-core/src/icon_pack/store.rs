//! Keeping the installed pack beside the vault, in the folder [`STORE_DIR`].
//!
//! Icons are public logos, not secrets, so they are plain files next to the vault rather than
//! inside it: in the vault every save would re-encrypt and `fsync` megabytes of pictures (an
//! HOTP code saves the vault), the vault's size limit would be spent on them, and the shells
//! could not hand a file to the platform's image decoder. What would tell something about the
//! user — which of their tokens has which icon — is never written: it is matched in memory
//! from the issuers, which stay in the vault.
//!
//! The folder holds `index.json` (our own small index: the pack's uuid, name, version and, per
//! icon, its file and lower-cased issuers) and the icons as `0.svg`, `1.png`…: names we make,
//! never the pack's, so no name in a pack becomes a path. A new pack is written to
//! `icon-pack.new` and renamed into place; the previous one is removed after.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{IconFormat, IconIndex, IconPack, MAX_ICONS, MAX_PACK_JSON_BYTES, StoredIcon};
use crate::error::{Error, Result};

/// The folder's name, beside the vault file.
pub const STORE_DIR: &str = "icon-pack";
const INDEX: &str = "index.json";
const INDEX_FORMAT: u32 = 1;

#[derive(Serialize, Deserialize)]
struct IndexJson {
    format: u32,
    uuid: String,
    name: String,
    version: u64,
    icons: Vec<IndexIcon>,
}

#[derive(Serialize, Deserialize)]
struct IndexIcon {
    file: String,
    issuers: Vec<String>,
}

fn io(what: &str, path: &Path, e: &std::io::Error) -> Error {
    Error::IconStore {
        detail: format!("{what} {}: {e}", path.display()),
    }
}

/// Writes `pack` into the folder `store` (replacing the pack there) and returns its index.
pub fn install(store: &Path, pack: &IconPack) -> Result<IconIndex> {
    let staging = sibling(store, "new");
    let old = sibling(store, "old");
    remove_dir(&staging)?;
    fs::create_dir_all(&staging).map_err(|e| io("cannot create", &staging, &e))?;
    let mut index = IndexJson {
        format: INDEX_FORMAT,
        uuid: pack.uuid.clone(),
        name: pack.name.clone(),
        version: pack.version,
        icons: Vec::with_capacity(pack.icons.len()),
    };
    for (n, icon) in pack.icons.iter().enumerate() {
        let file = format!("{n}.{}", icon.format.extension());
        let path = staging.join(&file);
        fs::write(&path, &icon.bytes).map_err(|e| io("cannot write", &path, &e))?;
        index.icons.push(IndexIcon {
            file,
            issuers: lowered(&icon.issuers),
        });
    }
    let path = staging.join(INDEX);
    let json = serde_json::to_vec(&index).map_err(|e| Error::IconStore {
        detail: e.to_string(),
    })?;
    fs::write(&path, json).map_err(|e| io("cannot write", &path, &e))?;
    remove_dir(&old)?;
    if store.exists() {
        fs::rename(store, &old).map_err(|e| io("cannot move", store, &e))?;
    }
    fs::rename(&staging, store).map_err(|e| io("cannot move", &staging, &e))?;
    remove_dir(&old)?;
    Ok(to_index(store, index))
}

/// The pack installed in `store`, if any. A folder that is not ours (a damaged index, a file
/// name we would not have written) is an error; no folder is `None`.
pub fn load(store: &Path) -> Result<Option<IconIndex>> {
    let path = store.join(INDEX);
    let file = match fs::File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io("cannot open", &path, &e)),
    };
    let mut bytes = Vec::new();
    file.take(MAX_PACK_JSON_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io("cannot read", &path, &e))?;
    let damaged = |why: &str| Error::IconStore {
        detail: format!(
            "{} is damaged ({why}); import the icon pack again",
            path.display()
        ),
    };
    let index: IndexJson = serde_json::from_slice(&bytes).map_err(|_| damaged("not JSON"))?;
    if index.format != INDEX_FORMAT {
        return Err(damaged("unknown format"));
    }
    if index.icons.len() > MAX_ICONS || !index.icons.iter().all(|i| is_our_name(&i.file)) {
        return Err(damaged("unexpected files"));
    }
    Ok(Some(to_index(store, index)))
}

fn to_index(store: &Path, index: IndexJson) -> IconIndex {
    IconIndex {
        uuid: index.uuid,
        name: index.name,
        version: index.version,
        icons: index
            .icons
            .into_iter()
            .filter_map(|i| {
                Some(StoredIcon {
                    format: IconFormat::from_name(&i.file)?,
                    path: store.join(&i.file),
                    issuers: lowered(&i.issuers),
                })
            })
            .collect(),
    }
}

/// Issuers as matching compares them: trimmed, lower-cased, empty ones dropped (Aegis's
/// containment test would let an empty one match every token).
fn lowered(issuers: &[String]) -> Vec<String> {
    issuers
        .iter()
        .map(|s| s.trim().to_lowercase())
        .filter(|s| !s.is_empty())
        .collect()
}

/// `123.svg`, `4.png`, `5.jpg`: the names `install` gives.
fn is_our_name(file: &str) -> bool {
    file.split_once('.').is_some_and(|(n, ext)| {
        !n.is_empty()
            && n.len() <= 6
            && n.bytes().all(|b| b.is_ascii_digit())
            && matches!(ext, "svg" | "png" | "jpg")
    })
}

fn sibling(store: &Path, suffix: &str) -> PathBuf {
    let mut name = store.file_name().unwrap_or_default().to_os_string();
    name.push(".");
    name.push(suffix);
    store.with_file_name(name)
}

fn remove_dir(dir: &Path) -> Result<()> {
    match fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io("cannot remove", dir, &e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_own_file_names_are_loaded() {
        for good in ["0.svg", "12.png", "999999.jpg"] {
            assert!(is_our_name(good), "{good}");
        }
        for bad in [
            "../0.svg",
            "a.svg",
            "1.gif",
            "1.svg.png",
            ".svg",
            "1234567.png",
            "/1.png",
        ] {
            assert!(!is_our_name(bad), "{bad}");
        }
    }
}
