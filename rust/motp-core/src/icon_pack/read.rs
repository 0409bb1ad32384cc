//! Reading a pack file: the ZIP, `pack.json`, every icon it names, all bounded.

use serde_json::Value;

use super::zipdir::{self, Entry};
use super::{
    IconFormat, IconPack, IconPackProblem, IconPackProblemKind as K, MAX_ENTRIES, MAX_ICON_BYTES,
    MAX_ICONS, MAX_NAME_CHARS, MAX_PACK_BYTES, MAX_PACK_JSON_BYTES, MAX_TOTAL_BYTES, PackIcon,
    shown_name,
};
use crate::error::{Error, Result};

/// The error for a problem of `kind` about `name` (cleaned for the message), past `limit`.
fn problem(kind: K, name: &str, limit: u64) -> Error {
    Error::IconPack(IconPackProblem::new(kind, &shown_name(name), limit))
}

/// Reads and checks an Aegis icon pack: the whole archive, `pack.json` and every icon it
/// lists, each within the limits of the module ([`MAX_PACK_BYTES`] and the others). Files the
/// pack does not list are not unpacked, but their names are checked like the listed ones.
///
/// The ZIP structure is read straight from the bytes (`zipdir.rs`: its directory is walked,
/// never copied whole; at most [`MAX_ENTRIES`] entries are looked at), the data inflated by
/// `miniz_oxide` into a buffer that stops at the limit, and each file's size and CRC-32
/// checked against the directory.
pub fn read(zip: &[u8]) -> Result<IconPack> {
    if zip.len() > MAX_PACK_BYTES {
        return Err(problem(K::TooLarge, "", MAX_PACK_BYTES as u64));
    }
    let (directory, count) = zipdir::directory(zip).ok_or_else(|| problem(K::NotZip, "", 0))?;
    let too_many = || problem(K::TooManyFiles, "", MAX_ENTRIES as u64);
    if count > MAX_ENTRIES {
        return Err(too_many());
    }
    // Looked up by a walk through the list: a pack has a few thousand files at most, and a
    // list is less code in the phone library than a map (the import is a job).
    let mut files: Vec<Entry<'_>> = Vec::new();
    for e in zipdir::entries(directory) {
        let e = e.ok_or_else(|| problem(K::NotZip, "", 0))?;
        if files.len() >= MAX_ENTRIES {
            return Err(too_many());
        }
        let bare = e.name.strip_suffix(b"/").unwrap_or(e.name);
        match std::str::from_utf8(bare) {
            Ok(name) if is_safe_name(name) => {}
            _ => return Err(problem(K::UnsafeName, &String::from_utf8_lossy(bare), 0)),
        }
        files.push(e);
    }
    let file = |name: &str| files.iter().find(|e| e.name == name.as_bytes());
    let json = match file("pack.json") {
        Some(e) => unpack(zip, e, "pack.json", MAX_PACK_JSON_BYTES)?
            .ok_or_else(|| problem(K::PackJsonTooLarge, "", MAX_PACK_JSON_BYTES))?,
        None => return Err(problem(K::NoPackJson, "", 0)),
    };
    let pack = PackJson::parse(&json)?;
    if pack.icons.is_empty() {
        return Err(problem(K::NoIcons, "", 0));
    }
    let mut total = 0u64;
    let mut icons = Vec::with_capacity(pack.icons.len());
    for i in pack.icons {
        let name = i.filename.as_str();
        if !is_safe_name(name) {
            return Err(problem(K::UnsafeName, name, 0));
        }
        let Some(format) = IconFormat::from_name(name) else {
            return Err(problem(K::NotAPicture, name, 0));
        };
        let Some(entry) = file(name) else {
            return Err(problem(K::MissingIcon, name, 0));
        };
        // The budget left bounds the inflating too: a bomb stops at whichever limit comes first.
        let room = MAX_TOTAL_BYTES - total;
        let Some(bytes) = unpack(zip, entry, name, MAX_ICON_BYTES.min(room))? else {
            return Err(if room < MAX_ICON_BYTES {
                problem(K::TotalTooLarge, "", MAX_TOTAL_BYTES)
            } else {
                problem(K::IconTooLarge, name, MAX_ICON_BYTES)
            });
        };
        if !format.matches(&bytes) {
            return Err(problem(K::NotAPicture, name, 0));
        }
        total += bytes.len() as u64;
        icons.push(PackIcon {
            file_name: shown_name(name),
            format,
            issuers: i.issuers,
            bytes,
        });
    }
    Ok(IconPack {
        uuid: pack.uuid,
        name: pack.name,
        version: pack.version,
        icons,
        json,
    })
}

/// A file's bytes, at most `max` of them (`None` when there are more), stored or deflated,
/// its size and CRC-32 checked against the directory.
fn unpack(zip: &[u8], e: &Entry<'_>, name: &str, max: u64) -> Result<Option<Vec<u8>>> {
    let unreadable = || problem(K::Unreadable, name, 0);
    if u64::from(e.size) > max {
        return Ok(None);
    }
    let data = zipdir::data(zip, e).ok_or_else(unreadable)?;
    let limit = usize::try_from(max).unwrap_or(usize::MAX);
    let bytes = match e.method {
        0 => data.to_vec(),
        8 => match miniz_oxide::inflate::decompress_to_vec_with_limit(data, limit) {
            Ok(bytes) => bytes,
            Err(e) if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
                return Ok(None);
            }
            Err(_) => return Err(unreadable()),
        },
        // Another method (bzip2, LZMA…): Aegis packs are stored or deflated.
        _ => return Err(unreadable()),
    };
    if bytes.len() > limit {
        return Ok(None);
    }
    // Bit 0: encrypted (its bytes would not be the picture).
    if e.flags & 1 == 1 || bytes.len() as u64 != u64::from(e.size) || crc32(&bytes) != e.crc {
        return Err(unreadable());
    }
    Ok(Some(bytes))
}

/// CRC-32 (ISO-HDLC, the one ZIP uses), four bits at a time from a 16-entry table: a byte
/// table would be faster but 1 KiB (or 16 KiB sliced) in the phone library, and an icon pack
/// is checked once, in a job.
fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 16] = {
        let mut table = [0u32; 16];
        let mut i = 0;
        while i < 16 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 4 {
                c = if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            table[i] = c;
            i += 1;
        }
        table
    };
    let mut crc = !0u32;
    for &b in bytes {
        crc = TABLE[((crc ^ u32::from(b)) & 0xF) as usize] ^ (crc >> 4);
        crc = TABLE[((crc ^ (u32::from(b) >> 4)) & 0xF) as usize] ^ (crc >> 4);
    }
    !crc
}

/// `pack.json` as Aegis defines it: `uuid`, `name`, `version` and `icons`, each with a
/// `filename` and an `issuer` list (and a `category`, which the app does not use); other
/// members are ignored, as Aegis ignores them. Read through `serde_json::Value`, which the importers already use.
pub(super) struct PackJson {
    pub(super) uuid: String,
    pub(super) name: String,
    pub(super) version: u64,
    pub(super) icons: Vec<IconJson>,
}

pub(super) struct IconJson {
    pub(super) filename: String,
    pub(super) issuers: Vec<String>,
}

impl PackJson {
    pub(super) fn parse(json: &[u8]) -> Result<PackJson> {
        let invalid = |detail: &str| problem(K::PackJsonInvalid, detail, 0);
        let root: Value =
            serde_json::from_slice(json).map_err(|_| invalid("it is not JSON text"))?;
        if root
            .get("icons")
            .and_then(Value::as_array)
            .is_some_and(|l| l.len() > MAX_ICONS)
        {
            return Err(problem(K::TooManyIcons, "", MAX_ICONS as u64));
        }
        // The member being read, named in the message when it is missing or of another type.
        let mut member = "uuid";
        let mut members = || {
            let uuid = root.get("uuid")?.as_str()?.trim().to_ascii_lowercase();
            member = "name";
            let name = shown_name(root.get("name")?.as_str()?.trim());
            member = "version";
            let version = root.get("version")?.as_u64()?;
            member = "icons";
            let list = root.get("icons")?.as_array()?;
            let mut icons = Vec::with_capacity(list.len());
            for icon in list {
                member = "filename";
                let filename = icon.get("filename")?.as_str()?.to_owned();
                member = "issuer";
                let mut issuers = Vec::new();
                for issuer in icon.get("issuer")?.as_array()? {
                    issuers.push(shown_name(issuer.as_str()?));
                }
                icons.push(IconJson { filename, issuers });
            }
            Some(PackJson {
                uuid,
                name,
                version,
                icons,
            })
        };
        let pack = members()
            .ok_or_else(|| invalid(&format!("\"{member}\" is missing or not of its type")))?;
        if !is_uuid(&pack.uuid) {
            return Err(invalid("its uuid is not a UUID"));
        }
        Ok(pack)
    }
}

/// Whether `s` is a UUID in its usual form, `8-4-4-4-12` hex digits (as Aegis's
/// `UUID.fromString` reads it).
fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.bytes().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_is_zip_s() {
        assert_eq!(
            crc32(b"123456789"),
            0xCBF4_3926,
            "the check value of CRC-32/ISO-HDLC"
        );
        assert_eq!(crc32(b""), 0);
        assert_eq!(
            crc32(b"The quick brown fox jumps over the lazy dog"),
            0x414F_A339
        );
    }

    #[test]
    fn uuids_in_their_usual_form() {
        assert!(is_uuid("4bc8a4c8-8e47-4d3a-9d9b-7f9a2c6a1e55"));
        assert!(!is_uuid("4bc8a4c88e474d3a9d9b7f9a2c6a1e55"));
        assert!(!is_uuid("4bc8a4c8-8e47-4d3a-9d9b-7f9a2c6a1e5g"));
        assert!(!is_uuid("4bc8a4c8-8e47-4d3a-9d9b-7f9a2c6a1e5"));
    }

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
