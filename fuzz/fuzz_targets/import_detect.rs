//! Fuzzes format detection and the automatic import path.
#![no_main]

use libfuzzer_sys::fuzz_target;
use motp_core::{detect_format, import};

fuzz_target!(|data: &[u8]| {
    let detected = detect_format(data);
    let result = import(data, None, None);
    // Whatever was detected is what the automatic import reads (or refuses for a password).
    if let (Some(format), Ok(imported)) = (detected, &result) {
        assert_eq!(imported.format, format);
    }
});
