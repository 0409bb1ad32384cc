//! What is wrong with an icon pack, as data: below `error` (which carries it) and `icon_pack`
//! (which finds it), so neither needs the other.
//!
//! One record (a kind, the name it is about, the limit it passed) rather than an enum with a
//! payload per case: the same information, and a fraction of the code in the phone library
//! (clone, comparison, drop and the app's message arguments are one path each).

use std::fmt;

/// What kind of problem an icon pack has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IconPackProblemKind {
    /// Not a ZIP archive, or a damaged one.
    NotZip,
    /// The file is larger than the limit (`icon_pack::MAX_PACK_BYTES`).
    TooLarge,
    /// More files in the archive than the limit (`icon_pack::MAX_ENTRIES`).
    TooManyFiles,
    /// No `pack.json` at the archive's root.
    NoPackJson,
    /// `pack.json` is larger than the limit (`icon_pack::MAX_PACK_JSON_BYTES`).
    PackJsonTooLarge,
    /// `pack.json` is not the format Aegis defines; the name says what is wrong.
    PackJsonInvalid,
    /// The pack lists no icon.
    NoIcons,
    /// The pack lists more icons than the limit (`icon_pack::MAX_ICONS`).
    TooManyIcons,
    /// A file name that would leave the pack's folder.
    UnsafeName,
    /// An icon `pack.json` names is not in the archive.
    MissingIcon,
    /// An icon that is not SVG, PNG or JPEG (by its name or its content).
    NotAPicture,
    /// An icon larger than the limit (`icon_pack::MAX_ICON_BYTES`).
    IconTooLarge,
    /// The icons inflate to more than the limit together (`icon_pack::MAX_TOTAL_BYTES`).
    TotalTooLarge,
    /// A file in the archive could not be inflated (damaged, encrypted, compressed with a
    /// method other than deflate, or its CRC-32 differs).
    Unreadable,
}

/// What is wrong with an icon pack (motp-app says it in the user's language; the English is its
/// `Display`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IconPackProblem {
    /// What kind of problem.
    pub kind: IconPackProblemKind,
    /// The file it is about (cleaned of control characters, at most
    /// `icon_pack::MAX_NAME_CHARS`), or for `PackJsonInvalid` what is wrong; empty otherwise.
    pub name: String,
    /// The limit passed (bytes or a count, by the kind); 0 when there is none.
    pub limit: u64,
}

impl IconPackProblem {
    /// A problem of `kind` about `name` (may be empty), past `limit` (0: none).
    pub fn new(kind: IconPackProblemKind, name: &str, limit: u64) -> IconPackProblem {
        IconPackProblem {
            kind,
            name: name.to_owned(),
            limit,
        }
    }
}

impl fmt::Display for IconPackProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use IconPackProblemKind as K;
        let (name, limit) = (&self.name, self.limit);
        match self.kind {
            K::NotZip => write!(f, "the file is not a ZIP archive, or it is damaged"),
            K::TooLarge => write!(
                f,
                "the file is larger than the {limit} bytes an icon pack may be"
            ),
            K::TooManyFiles => write!(f, "the archive holds more than {limit} files"),
            K::NoPackJson => write!(f, "the archive has no pack.json at its root"),
            K::PackJsonTooLarge => write!(f, "pack.json is larger than {limit} bytes"),
            K::PackJsonInvalid => write!(f, "pack.json is not valid: {name}"),
            K::NoIcons => write!(f, "pack.json lists no icon"),
            K::TooManyIcons => write!(f, "pack.json lists more than {limit} icons"),
            K::UnsafeName => write!(f, "the name \"{name}\" points outside the pack"),
            K::MissingIcon => write!(f, "the icon \"{name}\" is not in the archive"),
            K::NotAPicture => write!(f, "\"{name}\" is not an SVG, PNG or JPEG picture"),
            K::IconTooLarge => write!(f, "the icon \"{name}\" is larger than {limit} bytes"),
            K::TotalTooLarge => write!(f, "the icons take more than {limit} bytes unpacked"),
            K::Unreadable => write!(f, "\"{name}\" in the archive cannot be unpacked"),
        }
    }
}
