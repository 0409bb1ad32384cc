//! What is wrong with an icon pack, as the arguments of the catalog's `error-icon-pack`
//! (its selector `problem`, and the name, detail, size or count it quotes).

use motp_core::Error as CoreError;
use motp_core::icon_pack::IconPackProblemKind as K;

use crate::error::MessageArg;

const MIB: u64 = 1024 * 1024;

/// The arguments for an icon pack's error; `None` for any other engine error. Every message
/// gets the same ones (those it does not quote go unused): one way of building them.
pub(crate) fn icon_pack_args(e: &CoreError) -> Option<Vec<MessageArg>> {
    let (key, name, limit) = match e {
        CoreError::IconStore { .. } => ("store", "", 0),
        CoreError::IconPack(p) => (key(p.kind), p.name.as_str(), p.limit),
        _ => return None,
    };
    Some(vec![
        MessageArg::new("problem", key),
        MessageArg::new("name", name),
        // pack.json's problem, or (not stored, another problem) the engine's sentence.
        MessageArg::new(
            "detail",
            if name.is_empty() {
                e.to_string()
            } else {
                name.to_owned()
            },
        ),
        MessageArg::new("mib", limit.div_ceil(MIB)),
        MessageArg::new("max", limit),
    ])
}

/// The selector of `error-icon-pack` for a kind of problem.
fn key(kind: K) -> &'static str {
    match kind {
        K::NotZip => "not-zip",
        K::TooLarge => "too-large",
        K::TooManyFiles => "too-many-files",
        K::NoPackJson => "no-pack-json",
        K::PackJsonTooLarge => "pack-json-too-large",
        K::PackJsonInvalid => "pack-json-invalid",
        K::NoIcons => "no-icons",
        K::TooManyIcons => "too-many-icons",
        K::UnsafeName => "unsafe-name",
        K::MissingIcon => "missing-icon",
        K::NotAPicture => "not-a-picture",
        K::IconTooLarge => "icon-too-large",
        K::TotalTooLarge => "total-too-large",
        K::Unreadable => "unreadable",
        _ => "other",
    }
}
