//! Keeping the installed pack beside the vault, in the folder [`STORE_DIR`].
//!
//! Icons are public logos, not secrets, so they are plain files next to the vault rather than
//! inside it: in the vault every save would re-encrypt and `fsync` megabytes of pictures (an
//! HOTP code saves the vault), the vault's size limit would be spent on them, and the shells
//! could not hand a file to the platform's image decoder. What would tell something about the
//! user — which of their tokens has which icon — is never written: it is matched in memory
//! from the issuers, which stay in the vault.
//!
//! The folder holds `index` and the icons as `G-N.svg`, `G-N.png`…: names we make (G the
//! install's generation, N the icon's place in the pack), never the pack's, so no name in a
//! pack becomes a path. `index` is two lines, `motp-icon-pack 1` and the generation, followed by
//! the pack's own `pack.json` as it was read and checked: loading reads it with the same code
//! (`read::PackJson`), so the index has no format of its own to write and parse.
//!
//! A new pack's files are written first, then its `index` (a temporary renamed over the old
//! one, so a crash leaves the old pack or the new one), then the old pack's files are removed.

use std::fs;
use std::io::Read;
use std::path::Path;

use super::read::PackJson;
use super::{IconFormat, IconIndex, IconPack, MAX_PACK_JSON_BYTES, StoredIcon};
use crate::error::{Error, Result};

/// The folder's name, beside the vault file.
pub const STORE_DIR: &str = "icon-pack";
const INDEX: &str = "index";
const MAGIC: &str = "motp-icon-pack 1";

fn io(what: &str, path: &Path, e: &std::io::Error) -> Error {
    Error::IconStore {
        detail: format!("{what} {}: {e}", path.display()),
    }
}

/// Writes `pack` into the folder `store` (replacing the pack there) and returns its index.
pub fn install(store: &Path, pack: &IconPack) -> Result<IconIndex> {
    match fs::create_dir(store) {
        Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => {
            return Err(io("cannot create", store, &e));
        }
        _ => {}
    }
    // A damaged index is replaced like any other.
    let old = load_with_generation(store).ok().flatten();
    let generation = old.as_ref().map_or(1, |(g, _)| (g + 1) % 1_000_000);
    for (n, icon) in pack.icons.iter().enumerate() {
        let path = store.join(file_name(generation, n, icon.format));
        fs::write(&path, &icon.bytes).map_err(|e| io("cannot write", &path, &e))?;
    }
    let mut index = format!("{MAGIC}\n{generation}\n").into_bytes();
    index.extend_from_slice(&pack.json);
    let temporary = store.join("index.new");
    fs::write(&temporary, &index).map_err(|e| io("cannot write", &temporary, &e))?;
    let index_path = store.join(INDEX);
    fs::rename(&temporary, &index_path).map_err(|e| io("cannot write", &index_path, &e))?;
    if let Some((_, old)) = old {
        for icon in &old.icons {
            // A file left behind is only litter: the index no longer names it.
            let _ = fs::remove_file(&icon.path);
        }
    }
    parse(store, &index)
        .map(|(_, index)| index)
        .ok_or_else(|| damaged(&index_path))
}

/// The pack installed in `store`, if any. A folder that is not ours (a damaged index) is an
/// error; no folder is `None`.
pub fn load(store: &Path) -> Result<Option<IconIndex>> {
    Ok(load_with_generation(store)?.map(|(_, index)| index))
}

fn load_with_generation(store: &Path) -> Result<Option<(u32, IconIndex)>> {
    let path = store.join(INDEX);
    let file = match fs::File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io("cannot open", &path, &e)),
    };
    let mut bytes = Vec::new();
    file.take(MAX_PACK_JSON_BYTES + 64)
        .read_to_end(&mut bytes)
        .map_err(|e| io("cannot read", &path, &e))?;
    parse(store, &bytes).map(Some).ok_or_else(|| damaged(&path))
}

fn damaged(path: &Path) -> Error {
    Error::IconStore {
        detail: format!("{} is damaged; import the icon pack again", path.display()),
    }
}

/// `G-N.svg`: the name of the pack's `n`th icon in generation `generation`.
fn file_name(generation: u32, n: usize, format: IconFormat) -> String {
    format!("{generation}-{n}.{}", format.extension())
}

/// The index, if it is one we wrote: its generation, and the pack with the icons' files.
fn parse(store: &Path, index: &[u8]) -> Option<(u32, IconIndex)> {
    let rest = index.strip_prefix(MAGIC.as_bytes())?.strip_prefix(b"\n")?;
    let end = rest.iter().position(|&b| b == b'\n')?;
    let generation: u32 = std::str::from_utf8(&rest[..end]).ok()?.parse().ok()?;
    let pack = PackJson::parse(&rest[end + 1..]).ok()?;
    let mut icons = Vec::with_capacity(pack.icons.len());
    for (n, icon) in pack.icons.into_iter().enumerate() {
        let format = IconFormat::from_name(&icon.filename)?;
        // As matching compares them: lower-cased, empty ones dropped (Aegis's containment
        // test would let an empty one match every token).
        let mut issuers = Vec::new();
        for issuer in &icon.issuers {
            let issuer = issuer.trim().to_lowercase();
            if !issuer.is_empty() {
                issuers.push(issuer);
            }
        }
        icons.push(StoredIcon {
            path: store.join(file_name(generation, n, format)),
            format,
            issuers,
        });
    }
    Some((
        generation,
        IconIndex {
            uuid: pack.uuid,
            name: pack.name,
            version: pack.version,
            icons,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_we_did_not_write_is_refused() {
        let store = Path::new("/s");
        let json = br#"{"uuid":"4bc8a4c8-8e47-4d3a-9d9b-7f9a2c6a1e55","name":"n","version":1,
            "icons":[{"filename":"../../a.SVG","issuer":["Google "," "]}]}"#;
        let index = [b"motp-icon-pack 1\n7\n".as_slice(), json].concat();
        let (generation, parsed) = parse(store, &index).expect("ours");
        assert_eq!(generation, 7);
        assert_eq!(
            parsed.icons[0].path,
            store.join("7-0.svg"),
            "our name, not the pack's"
        );
        assert_eq!(parsed.icons[0].issuers, ["google"]);
        assert!(parse(store, &[b"motp-icon-pack 2\n7\n".as_slice(), json].concat()).is_none());
        assert!(parse(store, &[b"motp-icon-pack 1\nx\n".as_slice(), json].concat()).is_none());
        assert!(parse(store, b"motp-icon-pack 1\n7\n{").is_none());
    }
}
