//! Fuzzes the icon-pack reader: any bytes must give a checked pack or a refusal, never a
//! panic, a hang or an allocation past the reader's limits (zip bombs, lying headers, huge
//! directories, names that leave the pack). A pack that is read is also matched.
#![no_main]

use libfuzzer_sys::fuzz_target;
use motp_core::icon_pack;

fuzz_target!(|data: &[u8]| {
    if let Ok(pack) = icon_pack::read(data) {
        for icon in &pack.icons {
            assert!(icon.format.matches(&icon.bytes));
            assert!(icon.bytes.len() as u64 <= icon_pack::MAX_ICON_BYTES);
            let _ = icon_pack::initials(icon.issuers.first().map_or("", String::as_str));
        }
    }
});
