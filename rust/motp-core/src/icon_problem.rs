//! What is wrong with an icon pack, as data: below `error` (which carries it) and `icon_pack`
//! (which finds it), so neither needs the other.

use std::fmt;

/// What is wrong with an icon pack, as data (motp-app says it in the user's language; the
/// English is its `Display`). A name from the pack is cleaned of control characters and cut
/// to `icon_pack::MAX_NAME_CHARS` before it is kept here.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum IconPackProblem {
    /// Not a ZIP archive, or a damaged one.
    NotZip,
    /// The file is larger than `icon_pack::MAX_PACK_BYTES`.
    TooLarge {
        /// Its size.
        size: usize,
        /// The limit.
        max: usize,
    },
    /// More files (or a larger list of them) than any icon pack has.
    TooManyFiles {
        /// The limit.
        max: usize,
    },
    /// No `pack.json` at the archive's root.
    NoPackJson,
    /// `pack.json` is larger than `icon_pack::MAX_PACK_JSON_BYTES`.
    PackJsonTooLarge {
        /// The limit.
        max: u64,
    },
    /// `pack.json` is not the format Aegis defines.
    PackJsonInvalid {
        /// What is wrong, in English (never a secret).
        detail: String,
    },
    /// The pack lists no icon.
    NoIcons,
    /// The pack lists more than `icon_pack::MAX_ICONS` icons.
    TooManyIcons {
        /// The limit.
        max: usize,
    },
    /// A file name that would leave the pack's folder.
    UnsafeName {
        /// The name.
        name: String,
    },
    /// An icon `pack.json` names is not in the archive.
    MissingIcon {
        /// The name.
        name: String,
    },
    /// An icon that is not SVG, PNG or JPEG (by its name or its content).
    NotAPicture {
        /// The name.
        name: String,
    },
    /// An icon larger than `icon_pack::MAX_ICON_BYTES`.
    IconTooLarge {
        /// The name.
        name: String,
        /// The limit.
        max: u64,
    },
    /// The icons inflate to more than `icon_pack::MAX_TOTAL_BYTES` together.
    TotalTooLarge {
        /// The limit.
        max: u64,
    },
    /// A file in the archive could not be inflated (damaged, encrypted, or compressed with a
    /// method other than deflate).
    Unreadable {
        /// The name.
        name: String,
    },
}

impl fmt::Display for IconPackProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use IconPackProblem as P;
        match self {
            P::NotZip => write!(f, "the file is not a ZIP archive, or it is damaged"),
            P::TooLarge { size, max } => {
                write!(
                    f,
                    "the file is {size} bytes, more than the {max} an icon pack may be"
                )
            }
            P::TooManyFiles { max } => {
                write!(f, "the archive holds more than {max} files")
            }
            P::NoPackJson => write!(f, "the archive has no pack.json at its root"),
            P::PackJsonTooLarge { max } => write!(f, "pack.json is larger than {max} bytes"),
            P::PackJsonInvalid { detail } => write!(f, "pack.json is not valid: {detail}"),
            P::NoIcons => write!(f, "pack.json lists no icon"),
            P::TooManyIcons { max } => write!(f, "pack.json lists more than {max} icons"),
            P::UnsafeName { name } => {
                write!(f, "the name \"{name}\" points outside the pack")
            }
            P::MissingIcon { name } => write!(f, "the icon \"{name}\" is not in the archive"),
            P::NotAPicture { name } => {
                write!(f, "\"{name}\" is not an SVG, PNG or JPEG picture")
            }
            P::IconTooLarge { name, max } => {
                write!(f, "the icon \"{name}\" is larger than {max} bytes")
            }
            P::TotalTooLarge { max } => {
                write!(f, "the icons take more than {max} bytes unpacked")
            }
            P::Unreadable { name } => write!(f, "\"{name}\" in the archive cannot be unpacked"),
        }
    }
}
