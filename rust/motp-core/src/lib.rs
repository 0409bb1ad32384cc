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
//! | [`kind`] | the three kinds of token (mOTP, TOTP, HOTP) and their parameters |
//! | [`oath`] | HOTP (RFC 4226) and TOTP (RFC 6238), Base32 secrets |
//! | [`oath_doctor`] | the doctor's four steps for a TOTP or HOTP token (clock per period, parameter mismatches) |
//! | [`oath_check`] | TOTP/HOTP on the server's side: verify (window, look-ahead), diagnose (drift, resync) |
//! | [`secret`] | the shared secret as exact text, its warnings, generation |
//! | [`pin`] | the PIN, and the policy for new tokens |
//! | [`time`] | counters, countdowns, clock correction, "use within" |
//! | [`verify`](mod@verify) | the server's side: window search, constant-time compare, replay protection |
//! | [`diagnose`](mod@diagnose) | the troubleshooting guide as code: why a code was rejected |
//! | [`clock`] | the on-demand clock check against a time server (network half behind feature `clock`) |
//! | [`secret_check`] | a secret's report and its short check code for comparing with the server's copy |
//! | [`doctor`](mod@doctor) | the guide's four causes walked in order for one token |
//! | [`uri`] | provisioning URIs (`motp://`, Aegis, andOTP) |
//! | [`portable`] | the neutral token shape importers produce and exporters consume |
//! | [`import`](mod@import) | reading Aegis, Authenticator Pro / Stratum, andOTP backups, URI lists and Google Authenticator's export |
//! | [`export`] | writing Aegis vaults (plain or encrypted) and URI lists |
//! | [`vault`] | the encrypted, crash-safe token store |
//! | `qr` | QR codes: decode camera frames and images, draw a token's (feature `qr`) |
//! | [`text`] | names and notes from outside kept from driving a terminal (escape, refuse, clean) |
//! | [`harden`] | no core dumps of a process that holds secrets (the CLI, the apps' core on desktop Linux) |
//! | [`error`] | the crate's one public error type |

pub mod base32;
pub mod clock;
pub mod diagnose;
pub mod doctor;
pub mod error;
pub mod export;
pub mod finding;
pub mod harden;
pub mod icon_pack;
pub mod icon_problem;
pub mod import;
pub mod kind;
mod migration;
pub mod oath;
pub mod oath_check;
pub mod oath_doctor;
pub mod otp;
pub mod pin;
pub mod portable;
#[cfg(feature = "qr")]
pub mod qr;
pub mod secret;
pub mod secret_check;
pub mod sync;
pub mod text;
pub mod time;
pub mod token;
pub mod uri;
pub mod vault;
pub mod verify;

pub use clock::{ClockCheck, ClockCheckOptions, ClockVerdict};
pub use diagnose::{Cause, DiagnoseOptions, Diagnosis, SecretVariant, diagnose};
pub use doctor::{DoctorInput, DoctorReport, doctor};
pub use error::{Error, Result};
pub use export::{AegisExportParams, Exported, export_aegis, export_uri_list};
pub use import::{EntryOutcome, ImportEntry, ImportFormat, Imported, detect_format, import};
pub use kind::{HashAlgorithm, HotpParams, OtpKind, TotpParams};
pub use otp::{Code, code};
pub use pin::Pin;
pub use portable::PortableToken;
#[cfg(feature = "qr")]
pub use qr::{QrMatrix, TerminalStyle};
pub use secret::{Secret, SecretLength, SecretWarning};
pub use secret_check::{CheckCode, SecretReport};
pub use time::{ClockCorrection, Countdown, STEP_SECONDS};
pub use token::{CodeAt, Token, TokenDiagnosis, Verdict};
pub use uri::ProvisioningUri;
pub use verify::{DEFAULT_WINDOW_STEPS, Verification, VerifyOutcome, verify, verify_with_replay};
