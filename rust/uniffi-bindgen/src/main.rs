//! `cargo run -p uniffi-bindgen -- generate --library target/release/libmotp_ffi.so …`
//!
//! Built from the workspace so the generated Kotlin and Swift always match the uniffi version
//! (pinned exactly in the root Cargo.toml) of the library they load.

fn main() {
    uniffi::uniffi_bindgen_main()
}
