//! The vault envelope parser and decryptor on arbitrary bytes: must return an error or a
//! vault, never panic, hang or allocate without bound. Files asking for costly key derivation
//! are only parsed (their parameters are attacker-chosen; opening caps them, and the fuzzer
//! would spend its time in Argon2 otherwise). Seeds in fuzz/seeds/vault_open use the password
//! "fuzz" with the cheapest parameters.
#![no_main]

use libfuzzer_sys::fuzz_target;
use motp_core::vault::{Password, SlotKind, SoftwareKeyProtector, Unlock, inspect, open_bytes_to_tokens};

fuzz_target!(|data: &[u8]| {
    let Ok(summary) = inspect(data) else { return };
    let cheap = summary.slots.iter().all(|s| match &s.kind {
        SlotKind::Password { kdf } => kdf.memory_kib <= 64 && kdf.iterations <= 2,
        _ => true,
    });
    if cheap {
        let pw = Password::new("fuzz").expect("non-empty");
        let _ = open_bytes_to_tokens(data, Unlock::Password(&pw));
        let device = SoftwareKeyProtector::new("fuzz-keystore", "Fuzz", [7; 32]);
        let _ = open_bytes_to_tokens(data, Unlock::Protector(&device));
    }
});
