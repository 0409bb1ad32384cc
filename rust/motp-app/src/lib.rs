//! # motp-app
//!
//! The phone apps' whole behaviour as plain Rust on motp-core: which screen shows what, what
//! each tap does, when to lock, when the next code is due, what every sentence says. No FFI, no
//! platform, no clock, no threads of its own — the managed-effects pattern of the Elm
//! architecture and of Crux:
//!
//! ```text
//!          Event (user action, now_ms, lifecycle, answer to an effect)
//!   shell ───────────────────────────────────────────────▶ App::update ──▶ Vec<Effect>
//!     ▲                                                                        │
//!     └─── carries out each Effect (tick timer, job on a worker, device-key ◀──┘
//!          prompt, camera, clipboard, files, network time), answers with Events;
//!          draws App::view() after every update
//! ```
//!
//! ## The loop a shell runs
//!
//! 1. `App::new(AppConfig)`, then `update(Event::Started { now_ms })`.
//! 2. For every effect returned: [`Effect::RunJob`] → run [`Job::run`] on a worker thread with
//!    no lock held, then `update(Event::JobFinished { outcome, now_ms })`;
//!    [`Effect::ScheduleTick`] → (re)arm the one timer; the device-key, camera, clipboard,
//!    file and network-time effects → the platform, answering with the event the effect names.
//! 3. After every `update`, draw `view()`.
//!
//! `update` and `view` take microseconds and never block, so a shell may call them under a
//! mutex from the UI thread. Everything slow leaves as a [`Job`]; the device key is an effect
//! answered later by an event, so no thread waits while its prompt is up.
//!
//! | module | job |
//! |---|---|
//! | `event`, `effect`, `view` | the public vocabulary: what comes in, what goes out, what is drawn |
//! | `protocol` | the job protocol: [`RequestId`], [`Job`], [`JobOutcome`], the work and its results as data |
//! | `config` | [`AppConfig`]: what the shell tells the core at start |
//! | `app` | [`App`]: model, `update`, auto-lock, the one tick |
//! | `session` | the unlocked vault's state: entries, typed PINs, the page, the doors |
//! | `door` | first run, unlock, the device key's answers |
//! | `unlocked` | navigation, atomic saves, job results |
//! | `list`, `add`, `screens` | the screens' behaviour |
//! | `render` | `view()` |
//! | `jobs` | running the slow work ([`Job::run`]) |
//! | `labels` | every control's label, built once per language |
//! | `import_text`, `base32_text` | the importers' skip reasons in the user's words |
//! | `device_key` | the device key as effects over motp-core's synchronous `KeyProtector` |
//! | `backups` | import previews |
//! | (motp-text) | the Fluent catalog (`rust/motp-text/locales/*.ftl`) and the doctor's words |
//! | `error` | [`AppError`]: stable code, field, arguments, localised sentence |
//! | `sensitive` | [`SecretText`], [`SecretBytes`]: zeroizing, never printed |
//! | `uniffi_support` | (feature `uniffi`) the mobile API's hand-written part: `AppCore`, `AppJob`, the secret wrappers as opaque objects |

mod add;
mod app;
mod backup_versions;
mod backups;
mod base32_text;
mod catalog_check;
mod config;
mod device_key;
mod door;
mod effect;
mod error;
mod event;
mod http;
mod icon_import;
mod icon_shelf;
mod icon_text;
mod import_text;
mod jobs;
mod join;
mod labels;
mod list;
mod protocol;
mod render;
mod screens;
mod sensitive;
mod session;
mod sync;
mod trash;
#[cfg(feature = "uniffi")]
mod uniffi_support;
mod unlocked;
mod view;

// The mobile API's one UniFFI component. Its namespace is `motp_ffi`, the library's name, so the
// generated files are `motp_ffi.kt` and `MotpCore.swift` whichever crate declares the types.
#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!("motp_ffi");

pub use app::App;
pub use config::{AppConfig, DeviceKeyConfig, KdfChoice};
pub use effect::{AppSettings, DeviceKeyPrompt, Effect, HapticKind, TokenSort};
#[cfg(feature = "uniffi")]
pub use error::AppCoreError;
pub use error::{AppError, ErrorCode, Field, MessageArg, Result};
pub use event::{
    AddEvent, BackupsEvent, CameraProblem, Destination, DetailEvent, Event, FirstRunEvent,
    FolderListing, ListEvent, PinPolicyChoice, SettingsEvent, TokenEdit, TokenKey, TrashEvent,
    TroubleshootingEvent, UnlockEvent,
};
pub use http::{HttpCall, HttpFailure, HttpHeader, MAX_HTTP_BODY_BYTES};
pub use motp_text::languages;
pub use protocol::{ExportFormat, Job, JobKind, JobOutcome, RequestId};
pub use screens::AUTO_BACKUP_FILE_NAME;
pub use sensitive::{SecretBytes, SecretText};
#[cfg(feature = "uniffi")]
pub use uniffi_support::{
    AppCore, AppJob, AppJobOutcome, SensitiveBytes, SensitiveText, app_languages,
    default_app_settings, default_time_server,
};
pub use view::*;

#[cfg(test)]
mod tests {
    /// The shell keeps the core behind a mutex and hands jobs and their outcomes between
    /// threads: all of them must be `Send`.
    #[test]
    fn what_crosses_threads_is_send() {
        fn send<T: Send>() {}
        send::<super::App>();
        send::<super::Job>();
        send::<super::JobOutcome>();
        send::<super::Event>();
        send::<super::Effect>();
        send::<super::AppView>();
    }
}
