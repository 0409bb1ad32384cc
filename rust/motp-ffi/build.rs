//! Android libraries linked for 16 KB memory pages.
//!
//! Android 15 and later run on devices whose kernel uses 16 KB pages; a shared library whose
//! LOAD segments are aligned to 4 KB does not load there, and Google Play requires 16 KB
//! alignment for apps targeting Android 15+. NDK r28 and later link that way by default; older
//! NDKs need `-z max-page-size=16384`. It is set here rather than in a `.cargo/config.toml` or
//! RUSTFLAGS so that every build of the library for Android gets it — `scripts/build-android.sh`
//! (cargo-ndk sets RUSTFLAGS of its own), a Gradle plugin, or a plain `cargo build --target`.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("android") {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-z,max-page-size=16384");
    }
}
