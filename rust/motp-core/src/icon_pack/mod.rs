//! Aegis icon packs: read one (a ZIP with `pack.json` at its root), keep it beside the vault,
//! and find the icon for a token's issuer; the initials shown when no icon fits.
//!
//! The format is Aegis's (`docs/icon-packs.md` in this repository describes what we read):
//! `pack.json` holds `uuid`, `name`, `version` and `icons`, each icon a `filename` relative to
//! the archive's root, an optional `category` and an `issuer` list matched case-insensitively
//! against a token's issuer. SVG, PNG and JPEG icons are accepted.
//!
//! A pack comes from the internet, so reading it is bounded everywhere ([`read`]): the archive's
//! size, its central directory and entry count, `pack.json`'s size, the number of icons, each
//! icon's size and the total decompressed, all counted on the bytes actually inflated (a
//! declared size is never trusted: a zip bomb stops at the limit). A name that could leave the
//! pack's folder (`../`, an absolute path, a drive letter, a backslash) refuses the pack, and
//! the stored copy never uses the pack's names as paths anyway ([`install`]).
//!
//! Icons are not secret (they are public logos), so they are kept beside the vault, not in it:
//! see [`install`] and `docs/icon-packs.md`. Which icon a token gets is worked out in memory
//! from its issuer and never written down outside the vault.

mod read;
mod store;
mod zipdir;

use std::fmt;

pub use crate::icon_problem::{IconPackProblem, IconPackProblemKind};
pub use read::read;
pub use store::{STORE_DIR, install, load};

/// The largest pack file read (the ZIP itself).
pub const MAX_PACK_BYTES: usize = 32 * 1024 * 1024;
/// The largest central directory (the archive's list of files) accepted.
pub const MAX_DIRECTORY_BYTES: usize = 4 * 1024 * 1024;
/// The most files an archive may hold.
pub const MAX_ENTRIES: usize = 20_000;
/// The largest `pack.json`.
pub const MAX_PACK_JSON_BYTES: u64 = 4 * 1024 * 1024;
/// The most icons a pack may list.
pub const MAX_ICONS: usize = 10_000;
/// The largest icon, decompressed.
pub const MAX_ICON_BYTES: u64 = 1024 * 1024;
/// The most bytes all icons together may inflate to.
pub const MAX_TOTAL_BYTES: u64 = 64 * 1024 * 1024;
/// The longest file name in a pack.
pub const MAX_NAME_CHARS: usize = 255;

/// An icon's picture format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IconFormat {
    /// `image/svg+xml`, `.svg`.
    Svg,
    /// `image/png`, `.png`.
    Png,
    /// `image/jpeg`, `.jpg` or `.jpeg`.
    Jpeg,
}

impl IconFormat {
    /// The format of a file named `name`, by its extension (any letter case).
    pub fn from_name(name: &str) -> Option<IconFormat> {
        let (_, ext) = name.rsplit_once('.')?;
        let is = |e: &str| ext.eq_ignore_ascii_case(e);
        if is("svg") {
            Some(IconFormat::Svg)
        } else if is("png") {
            Some(IconFormat::Png)
        } else if is("jpg") || is("jpeg") {
            Some(IconFormat::Jpeg)
        } else {
            None
        }
    }

    /// The file extension we store it under.
    pub fn extension(self) -> &'static str {
        match self {
            IconFormat::Svg => "svg",
            IconFormat::Png => "png",
            IconFormat::Jpeg => "jpg",
        }
    }

    /// Its MIME type.
    pub fn mime_type(self) -> &'static str {
        match self {
            IconFormat::Svg => "image/svg+xml",
            IconFormat::Png => "image/png",
            IconFormat::Jpeg => "image/jpeg",
        }
    }

    /// Whether `bytes` look like a picture of this format (PNG and JPEG by their signature,
    /// SVG as UTF-8 text with an `<svg` element).
    pub fn matches(self, bytes: &[u8]) -> bool {
        match self {
            IconFormat::Png => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            IconFormat::Jpeg => bytes.starts_with(&[0xFF, 0xD8, 0xFF]),
            IconFormat::Svg => std::str::from_utf8(bytes).is_ok_and(|t| t.contains("<svg")),
        }
    }
}

/// One icon read from a pack.
#[derive(Clone, PartialEq, Eq)]
pub struct PackIcon {
    /// Its name in the archive (as `pack.json` gives it).
    pub file_name: String,
    /// Its format.
    pub format: IconFormat,
    /// The issuers it is for, as the pack spells them.
    pub issuers: Vec<String>,
    /// The picture.
    pub bytes: Vec<u8>,
}

impl fmt::Debug for PackIcon {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PackIcon")
            .field("file_name", &self.file_name)
            .field("format", &self.format)
            .field("issuers", &self.issuers)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

/// A pack read and checked, ready to [`install`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IconPack {
    /// The pack's UUID (the same across its versions).
    pub uuid: String,
    /// Its name.
    pub name: String,
    /// Its version.
    pub version: u64,
    /// Its icons, in the pack's order.
    pub icons: Vec<PackIcon>,
    /// Its `pack.json`, as read (the store keeps it as its index).
    pub json: Vec<u8>,
}

/// An icon kept on disk: where, in which format, for which issuers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredIcon {
    /// The file, inside the store's folder.
    pub path: std::path::PathBuf,
    /// Its format.
    pub format: IconFormat,
    /// The issuers it is for, lower-cased (empty ones dropped).
    pub issuers: Vec<String>,
}

/// The installed pack: its name and version, and its icons on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IconIndex {
    /// The pack's UUID.
    pub uuid: String,
    /// Its name.
    pub name: String,
    /// Its version.
    pub version: u64,
    /// Its icons, in the pack's order.
    pub icons: Vec<StoredIcon>,
}

impl IconIndex {
    /// The icon for a token of `issuer`, matched as Aegis does: case-insensitively, an icon
    /// whose issuer contains the token's or is contained in it. An icon naming the issuer
    /// exactly wins over one that only contains it; otherwise the pack's order decides. No
    /// icon for an empty issuer.
    pub fn find(&self, issuer: &str) -> Option<&StoredIcon> {
        let wanted = issuer.trim().to_lowercase();
        if wanted.is_empty() {
            return None;
        }
        self.icons
            .iter()
            .find(|i| i.issuers.contains(&wanted))
            .or_else(|| {
                self.icons.iter().find(|i| {
                    i.issuers
                        .iter()
                        .any(|s| s.contains(&wanted) || wanted.contains(s.as_str()))
                })
            })
    }
}

/// Up to two letters for a token without an icon: the first letter or digit of the first two
/// words of `text` (its issuer, or its account when it has none), upper-cased; empty when
/// `text` has no letter or digit.
pub fn initials(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

/// A name from a pack, fit to be quoted in a message: unsafe characters dropped, cut to
/// [`MAX_NAME_CHARS`].
pub(crate) fn shown_name(name: &str) -> String {
    name.chars()
        .filter(|&c| !crate::text::is_unsafe_char(c))
        .take(MAX_NAME_CHARS)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn icon(issuers: &[&str]) -> StoredIcon {
        StoredIcon {
            path: PathBuf::from("x"),
            format: IconFormat::Svg,
            issuers: issuers.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    #[test]
    fn matching_is_aegis_s_case_insensitive_containment_exact_first() {
        let index = IconIndex {
            uuid: String::new(),
            name: String::new(),
            version: 1,
            icons: vec![
                icon(&["google cloud"]),
                icon(&["google", "gmail"]),
                icon(&["bank"]),
            ],
        };
        let at = |i: &str| {
            index
                .find(i)
                .map(|s| index.icons.iter().position(|x| x == s))
        };
        assert_eq!(at("GOOGLE"), Some(Some(1)), "exact beats containment");
        assert_eq!(at("Gmail"), Some(Some(1)));
        assert_eq!(
            at("Google Cloud Platform"),
            Some(Some(0)),
            "issuer contains the icon's"
        );
        assert_eq!(at("cloud"), Some(Some(0)), "the icon's contains the issuer");
        assert_eq!(at("  Deutsche Bank "), Some(Some(2)));
        assert_eq!(at("DrayTek"), None);
        assert_eq!(at("   "), None, "an empty issuer matches nothing");
    }

    #[test]
    fn initials_are_two_letters_at_most() {
        assert_eq!(initials("Google"), "G");
        assert_eq!(initials("deutsche bank"), "DB");
        assert_eq!(initials("ACME VPN (office)"), "AV");
        assert_eq!(
            initials("ßtraße"),
            "SS",
            "upper-casing may give two letters"
        );
        assert_eq!(initials("  "), "");
        assert_eq!(initials("123 go"), "1G");
        assert_eq!(initials("Ärzte-Kammer"), "ÄK");
    }

    #[test]
    fn formats_by_name_and_content() {
        assert_eq!(IconFormat::from_name("a/B.SVG"), Some(IconFormat::Svg));
        assert_eq!(IconFormat::from_name("b.jpeg"), Some(IconFormat::Jpeg));
        assert_eq!(IconFormat::from_name("c.gif"), None);
        assert_eq!(IconFormat::from_name("png"), None);
        assert!(IconFormat::Png.matches(b"\x89PNG\r\n\x1a\nrest"));
        assert!(!IconFormat::Png.matches(b"<svg/>"));
        assert!(IconFormat::Svg.matches(b"<?xml?><svg xmlns='x'/>"));
        assert!(!IconFormat::Svg.matches(b"\xff\xfe<svg"));
        assert!(IconFormat::Jpeg.matches(&[0xFF, 0xD8, 0xFF, 0xE0]));
    }
}
