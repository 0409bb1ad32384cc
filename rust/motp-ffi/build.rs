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
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    match std::env::var("CARGO_CFG_TARGET_OS").as_deref() {
        Ok("android") => {
            println!("cargo:rustc-cdylib-link-arg=-Wl,-z,max-page-size=16384");
            println!("cargo:rustc-cdylib-link-arg=-Wl,--pack-dyn-relocs=android");
        }
        Ok("linux") => println!("cargo:rustc-cdylib-link-arg=-Wl,-z,pack-relative-relocs"),
        _ => {}
    }
}
