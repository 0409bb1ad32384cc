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
//! pack becomes a path. `index` is text, one record a line, fields separated by tabs (the
//! pack's texts hold no control character: `read` removed them):
//!
//! ```text
//! motp-icon-pack 1
//! GENERATION
//! UUID<TAB>VERSION<TAB>NAME
//! FILE<TAB>ISSUER<TAB>ISSUER…        one line per icon, issuers lower-cased
//! ```
//!
//! A new pack's files are written first, then its `index` (a temporary renamed over the old
//! one, so a crash leaves the old pack or the new one), then the old pack's files are removed.

use std::fs;
use std::io::Read;
use std::path::Path;

use super::{IconFormat, IconIndex, IconPack, MAX_ICONS, MAX_PACK_JSON_BYTES, StoredIcon};
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
    let generation = old
        .as_ref()
        .map_or(1, |(g, _)| g.wrapping_add(1) % 1_000_000);
    let mut text = format!(
        "{MAGIC}\n{generation}\n{}\t{}\t{}\n",
        pack.uuid, pack.version, pack.name
    );
    for (n, icon) in pack.icons.iter().enumerate() {
        let file = format!("{generation}-{n}.{}", icon.format.extension());
        let path = store.join(&file);
        fs::write(&path, &icon.bytes).map_err(|e| io("cannot write", &path, &e))?;
        text.push_str(&file);
        // Trimmed, lower-cased, empty ones dropped (Aegis's containment test would let an
        // empty one match every token): as matching compares them.
        for issuer in &icon.issuers {
            let issuer = issuer.trim().to_lowercase();
            if !issuer.is_empty() {
                text.push('\t');
                text.push_str(&issuer);
            }
        }
        text.push('\n');
    }
    let temporary = store.join("index.new");
    fs::write(&temporary, &text).map_err(|e| io("cannot write", &temporary, &e))?;
    let index_path = store.join(INDEX);
    fs::rename(&temporary, &index_path).map_err(|e| io("cannot write", &index_path, &e))?;
    if let Some((_, old)) = old {
        for icon in &old.icons {
            // A file left behind is only litter: the index no longer names it.
            let _ = fs::remove_file(&icon.path);
        }
    }
    parse(store, &text)
        .map(|(_, index)| index)
        .ok_or_else(|| damaged(&index_path))
}

/// The pack installed in `store`, if any. A folder that is not ours (a damaged index, a file
/// name we would not have written) is an error; no folder is `None`.
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
    file.take(MAX_PACK_JSON_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io("cannot read", &path, &e))?;
    let text = String::from_utf8(bytes).map_err(|_| damaged(&path))?;
    parse(store, &text).map(Some).ok_or_else(|| damaged(&path))
}

fn damaged(path: &Path) -> Error {
    Error::IconStore {
        detail: format!("{} is damaged; import the icon pack again", path.display()),
    }
}

/// The index's text, if it is one we wrote.
fn parse(store: &Path, text: &str) -> Option<(u32, IconIndex)> {
    let mut lines = text.lines();
    if lines.next()? != MAGIC {
        return None;
    }
    let generation: u32 = lines.next()?.parse().ok()?;
    let mut head = lines.next()?.splitn(3, '\t');
    let (uuid, version, name) = (head.next()?, head.next()?.parse().ok()?, head.next()?);
    let mut icons = Vec::new();
    for line in lines {
        let mut fields = line.split('\t');
        let file = fields.next()?;
        if icons.len() >= MAX_ICONS || !is_our_name(file) {
            return None;
        }
        let mut issuers = Vec::new();
        for issuer in fields {
            issuers.push(issuer.to_owned());
        }
        icons.push(StoredIcon {
            path: store.join(file),
            format: IconFormat::from_name(file)?,
            issuers,
        });
    }
    Some((
        generation,
        IconIndex {
            uuid: uuid.to_owned(),
            name: name.to_owned(),
            version,
            icons,
        },
    ))
}

/// `3-123.svg`, `12-4.png`, `1-5.jpg`: the names `install` gives.
fn is_our_name(file: &str) -> bool {
    let number = |n: &str| !n.is_empty() && n.len() <= 6 && n.bytes().all(|b| b.is_ascii_digit());
    file.split_once('.').is_some_and(|(stem, ext)| {
        matches!(ext, "svg" | "png" | "jpg")
            && stem
                .split_once('-')
                .is_some_and(|(g, n)| number(g) && number(n))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_own_file_names_are_loaded() {
        for good in ["1-0.svg", "12-12.png", "999999-999999.jpg"] {
            assert!(is_our_name(good), "{good}");
        }
        for bad in [
            "../1-0.svg",
            "0.svg",
            "a-1.svg",
            "1-1.gif",
            "1-1.svg.png",
            "-1.svg",
            "1-1234567.png",
            "/1-1.png",
        ] {
            assert!(!is_our_name(bad), "{bad}");
        }
    }

    #[test]
    fn an_index_we_did_not_write_is_refused() {
        let store = Path::new("/s");
        assert!(parse(store, "motp-icon-pack 1\n1\nu\t1\tn\n1-0.svg\tgoogle\n").is_some());
        assert!(parse(store, "motp-icon-pack 2\n1\nu\t1\tn\n").is_none());
        assert!(parse(store, "motp-icon-pack 1\nx\nu\t1\tn\n").is_none());
        assert!(parse(store, "motp-icon-pack 1\n1\nu\t1\tn\n../x.svg\tgoogle\n").is_none());
    }
}
