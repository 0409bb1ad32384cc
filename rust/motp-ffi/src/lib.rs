//! # motp-ffi
//!
//! The mobile API: a UniFFI façade over `motp-core` for the Android (Kotlin) and iPhone (Swift)
//! apps. **Conversion only** — every behaviour lives in motp-core; this crate turns core types
//! into records the bindings can carry and core errors into [`MotpError`].
//!
//! | module | what the apps get |
//! |---|---|
//! | `app` | `AppCore`: the apps' behaviour (`motp-app`): events in, effects and views out |
//! | `engine` | codes, countdowns, secrets, PINs, URIs, verify, diagnose (free functions) |
//! | `vault` | `TokenVault`: the encrypted store, codes, import/export, doctor |
//! | `kind` | `TokenKind`: mOTP, TOTP, HOTP and their parameters |
//! | `protector` | `KeyProtector`: the Android Keystore / iOS Keychain, implemented by the app |
//! | `checks` | the clock check, secret check codes, the doctor's report |
//! | `qr` | decoding camera frames and images, QR matrices for showing a token |
//! | `sensitive` | `SensitiveText`: secrets, PINs and passwords inside records, never printed |
//! | `error` | `MotpError` (Kotlin `MotpException`, Swift `MotpError`) |
//!
//! Rules: every call that can fail returns a `Result` (a panic through a non-throwing Swift
//! function is fatal); everything is synchronous (apps call slow operations such as opening a
//! vault off the main thread); secrets cross inbound (add/import) and outbound only through an
//! explicit reveal or export; secrets and PINs received from the app are wrapped in
//! `Zeroizing` as soon as they arrive.

uniffi::setup_scaffolding!();

mod app;
mod checks;
mod engine;
mod error;
mod kind;
mod protector;
#[cfg(feature = "qr")]
mod qr;
mod sensitive;
mod vault;

pub use app::*;
pub use checks::*;
pub use engine::*;
pub use error::MotpError;
pub use kind::*;
pub use protector::*;
#[cfg(feature = "qr")]
pub use qr::*;
pub use sensitive::{SensitiveBytes, SensitiveText};
pub use vault::*;
