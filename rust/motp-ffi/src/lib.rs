//! # motp-ffi
//!
//! The Android and iPhone apps' native library: `libmotp_ffi.so` (Android, the JVM tests) and
//! `libmotp_ffi.a` (iOS). It holds no code of its own. The mobile API is motp-app's own types,
//! made UniFFI types by motp-app's `uniffi` feature (derives on its events, effects, views and
//! errors; `AppCore`, `AppJob` and the secret wrappers in `motp-app/src/uniffi_support.rs`), the
//! way bitwarden's sdk-internal puts the derives in its domain crates. This crate exists so the
//! library's name, crate types and link arguments (`build.rs`: 16 KB pages on Android) live in
//! one place and motp-app stays an ordinary Rust library for the desktop app and the tests.
//!
//! `uniffi-bindgen generate --library libmotp_ffi.so` finds the API in the library's metadata
//! (one component, namespace `motp_ffi`, configured by `rust/motp-app/uniffi.toml`) and writes
//! one Kotlin file and one Swift module: see `docs/mobile-api.md`.

pub use motp_app::*;
