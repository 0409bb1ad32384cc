//! What is wrong with an icon pack, as the arguments of the catalog's `error-icon-pack`
//! (its selector `problem`, and the name, count or size it quotes).

use motp_core::Error as CoreError;
use motp_core::icon_pack::IconPackProblem as P;

use crate::error::MessageArg;

const MIB: u64 = 1024 * 1024;

/// The arguments for an icon pack's error; `None` for any other engine error.
pub(crate) fn icon_pack_args(e: &CoreError) -> Option<Vec<MessageArg>> {
    let problem = match e {
        CoreError::IconPack(p) => p,
        CoreError::IconStore { .. } => {
            return Some(vec![
                MessageArg::new("problem", "store"),
                MessageArg::new("detail", e),
            ]);
        }
        _ => return None,
    };
    let mib = |bytes: u64| MessageArg::new("mib", bytes.div_ceil(MIB));
    let name = |n: &str| MessageArg::new("name", n);
    let (key, extra): (&str, Vec<MessageArg>) = match problem {
        P::NotZip => ("not-zip", vec![]),
        P::TooLarge { max, .. } => ("too-large", vec![mib(*max as u64)]),
        P::TooManyFiles { max } => ("too-many-files", vec![MessageArg::new("max", *max as u64)]),
        P::NoPackJson => ("no-pack-json", vec![]),
        P::PackJsonTooLarge { max } => ("pack-json-too-large", vec![mib(*max)]),
        P::PackJsonInvalid { detail } => {
            ("pack-json-invalid", vec![MessageArg::new("detail", detail)])
        }
        P::NoIcons => ("no-icons", vec![]),
        P::TooManyIcons { max } => ("too-many-icons", vec![MessageArg::new("max", *max as u64)]),
        P::UnsafeName { name: n } => ("unsafe-name", vec![name(n)]),
        P::MissingIcon { name: n } => ("missing-icon", vec![name(n)]),
        P::NotAPicture { name: n } => ("not-a-picture", vec![name(n)]),
        P::IconTooLarge { name: n, max } => ("icon-too-large", vec![name(n), mib(*max)]),
        P::TotalTooLarge { max } => ("total-too-large", vec![mib(*max)]),
        P::Unreadable { name: n } => ("unreadable", vec![name(n)]),
        _ => ("other", vec![MessageArg::new("detail", e)]),
    };
    let mut args = vec![MessageArg::new("problem", key)];
    args.extend(extra);
    Some(args)
}
