//! The decrypted-content decoder on arbitrary bytes (the fuzzer cannot forge ciphertext, so
//! the JSON inside the encryption gets its own target).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = motp_core::vault::fuzzing::decode_content(data);
});
