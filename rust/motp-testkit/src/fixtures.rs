//! The shared fixtures (`../shared/fixtures`: other apps' backups and camera frames, GPL test
//! data), read at run time from beside the checkout and never copied into the repository. One
//! reader for every crate's tests, so a missing `../shared` fails the same loud way everywhere.

use std::io::Read;

/// The folder, from any crate of the workspace (each sits at `rust/NAME`).
fn path(name: &str) -> String {
    format!(
        "{}/../../../shared/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// A fixture's bytes; panics, naming the file, when `../shared/fixtures` is not there.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = path(name);
    std::fs::read(&path).unwrap_or_else(|e| {
        panic!("shared fixture {path} is missing ({e}): the tests need ../shared/fixtures")
    })
}

/// A gzip'd fixture, unpacked.
pub fn fixture_gz(name: &str) -> Vec<u8> {
    let mut raw = Vec::new();
    flate2::read::GzDecoder::new(&fixture(name)[..])
        .read_to_end(&mut raw)
        .unwrap_or_else(|e| panic!("shared fixture {name} is not valid gzip: {e}"));
    raw
}
