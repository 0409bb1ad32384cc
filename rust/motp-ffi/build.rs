//! How the library is linked: for 16 KB memory pages on Android, with packed relocations.
//!
//! Android 15 and later run on devices whose kernel uses 16 KB pages; a shared library whose
//! LOAD segments are aligned to 4 KB does not load there, and Google Play requires 16 KB
//! alignment for apps targeting Android 15+. NDK r28 and later link that way by default; older
//! NDKs need `-z max-page-size=16384`. It is set here rather than in a `.cargo/config.toml` or
//! RUSTFLAGS so that every build of the library for Android gets it — `scripts/build-android.sh`
//! (cargo-ndk sets RUSTFLAGS of its own), a Gradle plugin, or a plain `cargo build --target`.
//!
//! Relative relocations packed: a library of records and strings is mostly pointers, and each
//! pointer in read-only-after-relocation data costs a 24-byte `Elf64_Rela` (about 150 KB of the
//! 2.5 MiB library). Packed, they take a few kilobytes: Android's own packing (`APS2`, read by
//! the loader since API 23; the app's minSdk is 26) and `DT_RELR` on Linux (glibc 2.36, GNU ld
//! 2.38 and lld). Apple's linker packs its fixups by itself.
//!
//! Identical code folded (`--icf=all`) in the phones' build (`release-mobile`, the only profile
//! at opt-level "z"): generic code instantiated for many types often compiles to the same bytes
//! (sorts, drops, serde visitors), and lld keeps one copy — 50 KB of the library. Rust makes no
//! promise that two functions have distinct addresses, so folding is sound. Only where the
//! linker is lld: the NDK's, and rust-lld, Rust's default linker for x86_64 Linux.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let mobile = std::env::var("OPT_LEVEL").as_deref() == Ok("z");
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    match std::env::var("CARGO_CFG_TARGET_OS").as_deref() {
        Ok("android") => {
            println!("cargo:rustc-cdylib-link-arg=-Wl,-z,max-page-size=16384");
            println!("cargo:rustc-cdylib-link-arg=-Wl,--pack-dyn-relocs=android");
            if mobile {
                println!("cargo:rustc-cdylib-link-arg=-Wl,--icf=all");
            }
        }
        Ok("linux") => {
            println!("cargo:rustc-cdylib-link-arg=-Wl,-z,pack-relative-relocs");
            if mobile && arch == "x86_64" {
                println!("cargo:rustc-cdylib-link-arg=-Wl,--icf=all");
            }
        }
        _ => {}
    }
}
