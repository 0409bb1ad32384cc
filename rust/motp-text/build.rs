//! Deflates the Fluent catalogs (`locales/*.ftl`) into `OUT_DIR`, where `src/catalog.rs`
//! includes them: eight languages of plain text would be about 280 KB of the phone library;
//! deflated they are about 80 KB, and a catalog is inflated only when it is loaded (start, a
//! language change), in well under a millisecond.

use std::error::Error;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    println!("cargo:rerun-if-changed=locales");
    let mut names = Vec::new();
    for entry in std::fs::read_dir("locales")? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "ftl") {
            names.push(path);
        }
    }
    names.sort();
    for path in names {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().ok_or("a catalog without a name")?;
        let text = std::fs::read(&path)?;
        let deflated = miniz_oxide::deflate::compress_to_vec(&text, 10);
        let mut target = name.to_os_string();
        target.push(".deflate");
        std::fs::write(out.join(target), deflated)?;
    }
    Ok(())
}
