//! What is wrong with an icon pack, as the arguments of the catalog's `error-icon-pack`
//! (its selector `problem`, and the name, count or size it quotes).

use motp_core::Error as CoreError;
use motp_core::icon_pack::IconPackProblem as P;

use crate::error::MessageArg;

const MIB: u64 = 1024 * 1024;

/// The arguments for an icon pack's error; `None` for any other engine error.
pub(crate) fn icon_pack_args(e: &CoreError) -> Option<Vec<MessageArg>> {
    // Every message gets the same arguments (the ones it does not quote are empty): one way
    // of building them is less code in the phone library than one per problem.
    let (key, name, bytes, max): (&str, &str, u64, usize) = match e {
        CoreError::IconStore { .. } => ("store", "", 0, 0),
        CoreError::IconPack(problem) => match problem {
            P::NotZip => ("not-zip", "", 0, 0),
            P::TooLarge { max, .. } => ("too-large", "", *max as u64, 0),
            P::TooManyFiles { max } => ("too-many-files", "", 0, *max),
            P::NoPackJson => ("no-pack-json", "", 0, 0),
            P::PackJsonTooLarge { max } => ("pack-json-too-large", "", *max, 0),
            P::PackJsonInvalid { detail } => ("pack-json-invalid", detail.as_str(), 0, 0),
            P::NoIcons => ("no-icons", "", 0, 0),
            P::TooManyIcons { max } => ("too-many-icons", "", 0, *max),
            P::UnsafeName { name } => ("unsafe-name", name.as_str(), 0, 0),
            P::MissingIcon { name } => ("missing-icon", name.as_str(), 0, 0),
            P::NotAPicture { name } => ("not-a-picture", name.as_str(), 0, 0),
            P::IconTooLarge { name, max } => ("icon-too-large", name.as_str(), *max, 0),
            P::TotalTooLarge { max } => ("total-too-large", "", *max, 0),
            P::Unreadable { name } => ("unreadable", name.as_str(), 0, 0),
            _ => ("other", "", 0, 0),
        },
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
        MessageArg::new("mib", bytes.div_ceil(MIB)),
        MessageArg::new("max", max),
    ])
}
