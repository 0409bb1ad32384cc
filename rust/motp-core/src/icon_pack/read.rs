//! Reading a pack file: the ZIP, `pack.json`, every icon it names, all bounded.

use std::io::{Cursor, Read};

use serde::Deserialize;

use super::{
    IconFormat, IconPack, IconPackProblem as P, MAX_DIRECTORY_BYTES, MAX_ENTRIES, MAX_ICON_BYTES,
    MAX_ICONS, MAX_NAME_CHARS, MAX_PACK_BYTES, MAX_PACK_JSON_BYTES, MAX_TOTAL_BYTES, PackIcon,
    shown_name,
};
use crate::error::{Error, Result};

/// `pack.json` as Aegis defines it (unknown members ignored, as Aegis does).
#[derive(Deserialize)]
struct PackJson {
    uuid: String,
    name: String,
    version: u64,
    icons: Vec<IconJson>,
}

#[derive(Deserialize)]
struct IconJson {
    filename: String,
    #[serde(default)]
    category: Option<String>,
    issuer: Vec<String>,
}

fn problem(p: P) -> Error {
    Error::IconPack(p)
}

/// Reads and checks an Aegis icon pack: the whole archive, `pack.json` and every icon it
/// lists, each within the limits of the module ([`MAX_PACK_BYTES`] and the others). Files the
/// pack does not list are not unpacked, but their names are checked like the listed ones.
pub fn read(zip: &[u8]) -> Result<IconPack> {
    if zip.len() > MAX_PACK_BYTES {
        return Err(problem(P::TooLarge {
            size: zip.len(),
            max: MAX_PACK_BYTES,
        }));
    }
    check_directory(zip)?;
    let mut archive = zip::ZipArchive::new(Cursor::new(zip)).map_err(|_| problem(P::NotZip))?;
    if archive.len() > MAX_ENTRIES {
        return Err(problem(P::TooManyFiles { max: MAX_ENTRIES }));
    }
    if let Some(bad) = archive
        .file_names()
        .map(|n| n.strip_suffix('/').unwrap_or(n))
        .find(|n| !is_safe_name(n))
    {
        return Err(problem(P::UnsafeName {
            name: shown_name(bad),
        }));
    }
    let json = {
        let file = archive
            .by_name("pack.json")
            .map_err(|_| problem(P::NoPackJson))?;
        if file.is_dir() {
            return Err(problem(P::NoPackJson));
        }
        read_bounded(file, MAX_PACK_JSON_BYTES)
            .map_err(|_| {
                problem(P::Unreadable {
                    name: "pack.json".into(),
                })
            })?
            .ok_or(problem(P::PackJsonTooLarge {
                max: MAX_PACK_JSON_BYTES,
            }))?
    };
    let pack: PackJson = serde_json::from_slice(&json).map_err(|e| {
        problem(P::PackJsonInvalid {
            detail: json_problem(&e),
        })
    })?;
    let uuid = uuid::Uuid::try_parse(pack.uuid.trim())
        .map_err(|_| {
            problem(P::PackJsonInvalid {
                detail: "its uuid is not a UUID".into(),
            })
        })?
        .hyphenated()
        .to_string();
    if pack.icons.is_empty() {
        return Err(problem(P::NoIcons));
    }
    if pack.icons.len() > MAX_ICONS {
        return Err(problem(P::TooManyIcons { max: MAX_ICONS }));
    }
    let mut total = 0u64;
    let mut icons = Vec::with_capacity(pack.icons.len());
    for i in pack.icons {
        let name = i.filename;
        let shown = || shown_name(&name);
        if !is_safe_name(&name) {
            return Err(problem(P::UnsafeName { name: shown() }));
        }
        let format = IconFormat::from_name(&name)
            .ok_or_else(|| problem(P::NotAPicture { name: shown() }))?;
        let file = match archive.by_name(&name) {
            Ok(f) if !f.is_dir() => f,
            Ok(_) | Err(zip::result::ZipError::FileNotFound) => {
                return Err(problem(P::MissingIcon { name: shown() }));
            }
            Err(_) => return Err(problem(P::Unreadable { name: shown() })),
        };
        if file.size() > MAX_ICON_BYTES {
            return Err(problem(P::IconTooLarge {
                name: shown(),
                max: MAX_ICON_BYTES,
            }));
        }
        // The budget left bounds the inflating too: a bomb stops at whichever limit comes first.
        let room = MAX_TOTAL_BYTES - total;
        let bytes = read_bounded(file, MAX_ICON_BYTES.min(room))
            .map_err(|_| problem(P::Unreadable { name: shown() }))?
            .ok_or_else(|| {
                if room < MAX_ICON_BYTES {
                    problem(P::TotalTooLarge {
                        max: MAX_TOTAL_BYTES,
                    })
                } else {
                    problem(P::IconTooLarge {
                        name: shown(),
                        max: MAX_ICON_BYTES,
                    })
                }
            })?;
        if !format.matches(&bytes) {
            return Err(problem(P::NotAPicture { name: shown() }));
        }
        total += bytes.len() as u64;
        let category = i.category.map(|c| shown_name(&c));
        icons.push(PackIcon {
            file_name: shown_name(&name),
            format,
            category,
            issuers: i.issuer.iter().map(|s| shown_name(s)).collect(),
            bytes,
        });
    }
    Ok(IconPack {
        uuid,
        name: shown_name(pack.name.trim()),
        version: pack.version,
        icons,
    })
}

/// Refuses an archive whose central directory (its list of files) says it holds more than
/// [`MAX_ENTRIES`] files or is larger than [`MAX_DIRECTORY_BYTES`], before the ZIP reader
/// builds its table of them: the end-of-directory record is the last 22 bytes, or ends in a
/// comment of at most 64 KiB. ZIP64 archives (more than 65,534 files) are refused the same way.
fn check_directory(zip: &[u8]) -> Result<()> {
    const SIGNATURE: &[u8] = b"PK\x05\x06";
    const RECORD: usize = 22;
    let start = zip.len().saturating_sub(RECORD + usize::from(u16::MAX));
    let Some(at) = zip[start..]
        .windows(SIGNATURE.len())
        .rposition(|w| w == SIGNATURE)
        .map(|p| start + p)
        .filter(|&p| zip.len() - p >= RECORD)
    else {
        return Err(problem(P::NotZip));
    };
    let record = &zip[at..at + RECORD];
    let entries = usize::from(u16::from_le_bytes([record[10], record[11]]));
    let size = u32::from_le_bytes([record[12], record[13], record[14], record[15]]);
    if entries > MAX_ENTRIES || usize::try_from(size).map_or(true, |s| s > MAX_DIRECTORY_BYTES) {
        return Err(problem(P::TooManyFiles { max: MAX_ENTRIES }));
    }
    Ok(())
}

/// Whether a name stays inside the pack's folder: relative, `/`-separated, no `.` or `..`
/// parts, no backslash, drive letter or control character, at most [`MAX_NAME_CHARS`].
pub(crate) fn is_safe_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().count() <= MAX_NAME_CHARS
        && !name.starts_with('/')
        && !name
            .chars()
            .any(|c| c == '\\' || c == ':' || crate::text::is_unsafe_char(c))
        && name
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
}

/// At most `max` bytes of `r`: `None` when there are more.
fn read_bounded(r: impl Read, max: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut out = Vec::new();
    r.take(max.saturating_add(1)).read_to_end(&mut out)?;
    Ok((out.len() as u64 <= max).then_some(out))
}

/// What is wrong with `pack.json`, in a few words (serde's message names the member).
fn json_problem(e: &serde_json::Error) -> String {
    let text = e.to_string();
    shown_name(text.split(" at line").next().unwrap_or(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_leave_the_pack_are_unsafe() {
        for bad in [
            "",
            "/etc/passwd",
            "../x.png",
            "icons/../../x.png",
            "a//b.png",
            "./a.png",
            "C:/x.png",
            "a\\..\\b.png",
            "a\u{1b}[2J.png",
            "a\u{202e}gnp.svg",
        ] {
            assert!(!is_safe_name(bad), "{bad:?}");
        }
        let long = "a".repeat(MAX_NAME_CHARS - 4) + ".png";
        assert!(is_safe_name(&long));
        assert!(!is_safe_name(&format!("a{long}")));
        for good in [
            "pack.json",
            "icons/Google/google.svg",
            "Über uns.png",
            "a..b.png",
        ] {
            assert!(is_safe_name(good), "{good:?}");
        }
    }
}
