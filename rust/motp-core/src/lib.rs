//! # motp-core
//!
//! The Mobile-OTP (mOTP) engine shared by the phone apps (through `motp-ffi`) and the desktop
//! `motp` tool. Pure Rust: no FFI, no UI, no clock reads inside the algorithm — time is always an
//! input, so every behaviour is testable at any instant.
//!
//! One module per concern:
//!
//! | module | job |
//! |---|---|
//! | [`otp`] | the algorithm: `MD5(counter ‖ secret ‖ pin)`, first 6 hex chars |
//! | [`secret`] | the shared secret as exact text, its warnings, generation |
//! | [`pin`] | the PIN, and the policy for new tokens |
//! | [`time`] | counters, countdowns, clock correction, "use within" |
//! | [`verify`] | the server's side: window search, constant-time compare, replay protection |
//! | [`diagnose`] | the troubleshooting guide as code: why a code was rejected |
//! | [`uri`] | provisioning URIs (`motp://`, Aegis, andOTP) |
//! | [`portable`] | the neutral token shape importers produce and exporters consume |
//! | [`vault`] | the encrypted, crash-safe token store |
//! | [`error`] | the crate's one public error type |

pub mod diagnose;
pub mod error;
pub mod otp;
pub mod pin;
pub mod portable;
pub mod secret;
pub mod time;
pub mod uri;
pub mod vault;
pub mod verify;

pub use diagnose::{Cause, DiagnoseOptions, Diagnosis, SecretVariant, diagnose};
pub use error::{Error, Result};
pub use otp::{Code, code};
pub use pin::Pin;
pub use portable::PortableToken;
pub use secret::{Secret, SecretLength, SecretWarning};
pub use time::{ClockCorrection, Countdown, STEP_SECONDS};
pub use uri::ProvisioningUri;
pub use verify::{DEFAULT_WINDOW_STEPS, Verification, VerifyOutcome, verify, verify_with_replay};
