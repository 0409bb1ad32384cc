//! # motp-ffi
//!
//! The mobile API: a UniFFI façade over `motp-core` for the Android (Kotlin) and iPhone (Swift)
//! apps. **Conversion only** — every behaviour lives in motp-core; this crate turns core types
//! into records the bindings can carry and core errors into [`MotpError`].
//!
//! Rules: every call that can fail returns a `Result` (a panic through a non-throwing Swift
//! function is fatal); everything is synchronous (apps call slow operations such as opening a
//! vault off the main thread); secrets cross inbound (add/import) and outbound only through an
//! explicit reveal or export.

uniffi::setup_scaffolding!();

mod engine;
mod error;

pub use engine::*;
pub use error::MotpError;
