//! The ZIP structure of an icon pack, read straight from its bytes: the end record, the central
//! directory's entries, each file's local header (PKWARE's APPNOTE.TXT 4.3.6, 4.3.7, 4.3.12,
//! 4.3.16). Only what a pack needs: one disk, no ZIP64 (a pack has far fewer than 65,535 files
//! and 4 GiB), no encryption. Inflating, sizes and CRC-32 are the reader's (`read.rs`).
//!
//! Written here rather than taken from a crate for the phone library's size alone: `zip` made it
//! 202 KB larger, `rawzip` (no dependencies) 14 KB more than this (docs/icon-packs.md).
//! Every offset and length comes from the file, so every access is checked (`get`): a damaged
//! or hostile archive gives `None`, never a panic (fuzz target `icon_pack`).

/// A file as the central directory describes it.
pub(super) struct Entry<'a> {
    /// Its name, as stored.
    pub name: &'a [u8],
    /// Compression method: 0 stored, 8 deflated.
    pub method: u16,
    /// General purpose flags (bit 0: encrypted).
    pub flags: u16,
    /// CRC-32 of the uncompressed data.
    pub crc: u32,
    /// Compressed size.
    pub compressed: u32,
    /// Uncompressed size.
    pub size: u32,
    /// Where its local header starts.
    pub local: u32,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// The central directory: its bytes and how many entries the end record says it holds. The end
/// record is the last 22 bytes, or ends in a comment of at most 64 KiB: the first signature in
/// that reach whose comment ends exactly at the end of the file is taken (a comment may itself
/// hold something that looks like an end record; it comes after the real one).
pub(super) fn directory(zip: &[u8]) -> Option<(&[u8], usize)> {
    const RECORD: usize = 22;
    let first = zip.len().saturating_sub(RECORD + usize::from(u16::MAX));
    let end = (first..=zip.len().checked_sub(RECORD)?).find(|&at| {
        zip.get(at..at + 4) == Some(b"PK\x05\x06")
            && u16_at(zip, at + 20).is_some_and(|c| at + RECORD + usize::from(c) == zip.len())
    })?;
    let count = u16_at(zip, end + 10)?;
    let size = u32_at(zip, end + 12)? as usize;
    let offset = u32_at(zip, end + 16)? as usize;
    Some((
        zip.get(offset..offset.checked_add(size)?)?,
        usize::from(count),
    ))
}

/// The entries of a central directory, in order; `None` for a damaged one (ends the walk).
pub(super) fn entries(directory: &[u8]) -> impl Iterator<Item = Option<Entry<'_>>> {
    let mut rest = directory;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let entry = (|| {
            if rest.get(..4)? != b"PK\x01\x02" {
                return None;
            }
            let name_len = usize::from(u16_at(rest, 28)?);
            let skip =
                46 + name_len + usize::from(u16_at(rest, 30)?) + usize::from(u16_at(rest, 32)?);
            let entry = Entry {
                name: rest.get(46..46 + name_len)?,
                method: u16_at(rest, 10)?,
                flags: u16_at(rest, 8)?,
                crc: u32_at(rest, 16)?,
                compressed: u32_at(rest, 20)?,
                size: u32_at(rest, 24)?,
                local: u32_at(rest, 42)?,
            };
            rest = rest.get(skip..)?;
            Some(entry)
        })();
        if entry.is_none() {
            rest = &[];
        }
        Some(entry)
    })
}

/// The file's stored bytes (compressed or not), after its local header.
pub(super) fn data<'a>(zip: &'a [u8], e: &Entry<'_>) -> Option<&'a [u8]> {
    let local = e.local as usize;
    if zip.get(local..local + 4)? != b"PK\x03\x04" {
        return None;
    }
    let start =
        local + 30 + usize::from(u16_at(zip, local + 26)?) + usize::from(u16_at(zip, local + 28)?);
    zip.get(start..start.checked_add(e.compressed as usize)?)
}
