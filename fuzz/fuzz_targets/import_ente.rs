//! Fuzzes the Ente Auth encrypted-export importer: any bytes, with and without a password,
//! must give tokens or an error, never a panic, a hang or a runaway allocation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use motp_core::{ImportFormat, import};

/// The most Argon2id memory an input may ask for when a password is given. The importer
/// accepts up to Ente Auth's own 1 GiB × 4 passes (seconds and a gigabyte each, by design);
/// an input that asks for that would only measure Argon2id and trip libFuzzer's timeout, so
/// such inputs are run without a password, which reaches every check but the derivation.
const FUZZ_MAX_MEMORY_BYTES: u64 = 1 << 20;

fuzz_target!(|data: &[u8]| {
    let Some((&choice, body)) = data.split_first() else {
        return;
    };
    let cheap = serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .and_then(|doc| {
            let params = doc.get("kdfParams")?;
            let memory = params.get("memLimit")?.as_u64()?;
            let passes = params.get("opsLimit")?.as_u64()?;
            Some(memory.saturating_mul(passes) <= FUZZ_MAX_MEMORY_BYTES)
        })
        .unwrap_or(true);
    let password = (choice & 1 == 1 && cheap).then_some("test");
    let _ = import(body, Some(ImportFormat::EnteAuth), password);
});
