//! Fuzzes the Steam Guard (.maFile) importer: any bytes, with and without a password, must
//! give tokens or an error, never a panic, a hang or a runaway allocation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use motp_core::{ImportFormat, import};

fuzz_target!(|data: &[u8]| {
    // The first byte chooses whether a password is given, so both the "password required"
    // paths and the decryption paths are reached.
    let Some((&choice, body)) = data.split_first() else {
        return;
    };
    let password = (choice & 1 == 1).then_some("test");
    let _ = import(body, Some(ImportFormat::SteamGuard), password);
});
