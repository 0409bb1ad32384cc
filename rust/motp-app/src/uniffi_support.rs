//! The mobile API's few hand-written parts (the `uniffi` feature): everything else the Kotlin and
//! Swift apps see is this crate's own events, effects and views, made UniFFI records and enums by
//! `cfg_attr` derives where they are declared (as bitwarden's sdk-internal does in its domain
//! crates). What is here cannot be a derive:
//!
//! - [`AppCore`]: the object the shells hold — `dispatch(event)`, `view()` — around [`App`]
//!   behind one mutex.
//! - [`AppJob`] and [`AppJobOutcome`]: a [`Job`] and its [`JobOutcome`] as opaque objects (they
//!   may own the vault and passwords), declared as custom types so the core's `Effect::RunJob`
//!   and `Event::JobFinished` carry them unchanged.
//! - [`SensitiveText`] and [`SensitiveBytes`]: how a [`SecretText`] / [`SecretBytes`] crosses.
//!   A generated record prints itself (a Kotlin `data class`'s `toString()`, Swift's reflection),
//!   so a PIN in a `String` field would reach the first log line that prints its event. The
//!   secret wrappers are custom types over these opaque objects instead: Rust keeps the bytes
//!   (zeroized when the last reference goes), the printed form is `SensitiveText(<hidden>)` in
//!   both languages, and the app reads one only with an explicit `expose()`.
//! - The free functions a shell calls before it has a core (default settings, time server,
//!   languages).
//!
//! Threading (see `docs/mobile-api.md`, "AppCore"): `dispatch` and `view` hold the mutex for the
//! microseconds `update` and `view` take; `AppJob.run()` owns what it needs and takes no lock of
//! the core, so nothing that redraws the screen ever waits behind Argon2, fsync or the network.

use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};

use crate::error::AppCoreError;
use crate::{
    App, AppConfig, AppSettings, AppView, Effect, Event, Job, JobKind, JobOutcome, RequestId,
    SecretBytes, SecretText,
};

uniffi::custom_type!(SecretText, Arc<SensitiveText>, {
    lower: |text| Arc::new(SensitiveText(text)),
    try_lift: |object| Ok(object.0.clone()),
});

uniffi::custom_type!(SecretBytes, Arc<SensitiveBytes>, {
    lower: |bytes| Arc::new(SensitiveBytes(bytes)),
    try_lift: |object| Ok(object.0.clone()),
});

uniffi::custom_type!(Job, Arc<AppJob>, {
    lower: |job| AppJob::new(job),
    try_lift: |object| Ok(object.take()?),
});

uniffi::custom_type!(JobOutcome, Arc<AppJobOutcome>, {
    lower: |outcome| Arc::new(AppJobOutcome::new(outcome)),
    try_lift: |object| Ok(object.take()?),
});

/// A secret, PIN or password as typed, held in Rust: prints as `SensitiveText(<hidden>)`.
#[derive(uniffi::Object)]
#[uniffi::export(Debug, Display)]
pub struct SensitiveText(SecretText);

impl fmt::Debug for SensitiveText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SensitiveText(<hidden>)")
    }
}

impl fmt::Display for SensitiveText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

#[uniffi::export]
impl SensitiveText {
    /// Takes the text the user typed. The app's own copy (an `EditText`'s, a `String`) stays the
    /// app's to clear; this one is wiped by Rust.
    #[uniffi::constructor]
    pub fn new(text: String) -> Arc<SensitiveText> {
        Arc::new(SensitiveText(SecretText::new(text)))
    }

    /// How many characters it holds (for a PIN field's dots), never which.
    pub fn char_count(&self) -> u32 {
        u32::try_from(self.0.expose().chars().count()).unwrap_or(u32::MAX)
    }

    /// Whether nothing was typed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The text, deliberately: for an effect's text the app must use (a code to copy) or a
    /// revealed secret to draw. Never log it.
    pub fn expose(&self) -> String {
        self.0.expose().to_owned()
    }
}

/// Bytes that must never print (the vault key for the device key store, a backup file, a QR
/// code of a secret), held in Rust: prints as `SensitiveBytes(<N bytes hidden>)`.
#[derive(uniffi::Object)]
#[uniffi::export(Debug, Display)]
pub struct SensitiveBytes(SecretBytes);

impl fmt::Debug for SensitiveBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SensitiveBytes(<{} bytes hidden>)", self.0.len())
    }
}

impl fmt::Display for SensitiveBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

#[uniffi::export]
impl SensitiveBytes {
    /// Takes bytes from the platform (the unwrapped vault key, a file the user opened).
    #[uniffi::constructor]
    pub fn new(bytes: Vec<u8>) -> Arc<SensitiveBytes> {
        Arc::new(SensitiveBytes(SecretBytes::new(bytes)))
    }

    /// How many bytes.
    pub fn byte_count(&self) -> u64 {
        self.0.len() as u64
    }

    /// The bytes, deliberately: to wrap with the device key, to write a file, to draw a QR code.
    pub fn expose(&self) -> Vec<u8> {
        self.0.expose().to_vec()
    }
}

/// The settings a first start uses.
#[uniffi::export]
pub fn default_app_settings() -> AppSettings {
    AppSettings::default()
}

/// The default time server for `AppCoreConfig.timeServer`.
#[uniffi::export]
pub fn default_time_server() -> String {
    motp_core::clock::DEFAULT_SERVER.to_owned()
}

/// The languages the core's sentences are written in (BCP 47), the first the fallback.
#[uniffi::export]
pub fn app_languages() -> Vec<String> {
    crate::languages().into_iter().map(str::to_owned).collect()
}

/// The app core: the whole behaviour of the phone apps, driven by events.
#[derive(uniffi::Object)]
pub struct AppCore {
    app: Mutex<App>,
}

impl fmt::Debug for AppCore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AppCore(..)")
    }
}

impl AppCore {
    fn app(&self) -> MutexGuard<'_, App> {
        // `update` changes the model only in memory; a panic in it (a bug) leaves a model that
        // is still memory-safe to draw and to lock, so a poisoned lock is used as is.
        self.app.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[uniffi::export]
impl AppCore {
    /// A core for `config`. Dispatch `Started` next.
    #[uniffi::constructor]
    pub fn new(config: AppConfig) -> Arc<AppCore> {
        // Before the vault is read: no core file of this process holds a key or a secret.
        // Desktop Linux only; Android and iOS keep apps' memory out of dumps themselves.
        #[cfg(all(target_os = "linux", not(target_os = "android")))]
        motp_core::harden::no_core_dumps();
        Arc::new(AppCore {
            app: Mutex::new(App::new(config)),
        })
    }

    /// Handles one event and returns the effects to carry out, in order. Never blocks on slow
    /// work. Throws (changing nothing) when the event cannot be handled now: `Locked` after a
    /// lock, `Busy` while the vault saves, `NotAvailable` for an event that does not fit the
    /// screen (or a job outcome handed back twice). Mistakes in what the user typed are shown
    /// in the view, not thrown.
    pub fn dispatch(&self, event: Event) -> Result<Vec<Effect>, AppCoreError> {
        Ok(self.app().update(event)?)
    }

    /// The screen to draw, as of the last event.
    pub fn view(&self) -> AppView {
        self.app().view()
    }

    /// Whether the vault is locked (or not created yet).
    pub fn is_locked(&self) -> bool {
        self.app().is_locked()
    }

    /// The settings as they are now (what the last `PersistSettings` carried).
    pub fn settings(&self) -> AppSettings {
        self.app().settings().clone()
    }
}

/// Slow work the core handed out (`RunJob`): run it once, on a worker thread.
#[derive(uniffi::Object)]
pub struct AppJob {
    id: RequestId,
    kind: JobKind,
    job: Mutex<Option<Job>>,
}

impl fmt::Debug for AppJob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AppJob({}, {:?})", self.id, self.kind)
    }
}

impl AppJob {
    fn new(job: Job) -> Arc<AppJob> {
        Arc::new(AppJob {
            id: job.id(),
            kind: job.kind(),
            job: Mutex::new(Some(job)),
        })
    }

    fn take(&self) -> Result<Job, AppCoreError> {
        self.job
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
            .ok_or_else(|| AppCoreError::NotAvailable {
                message: format!("job {} has already run", self.id),
            })
    }
}

#[uniffi::export]
impl AppJob {
    /// The job's id (its outcome carries it back).
    pub fn id(&self) -> RequestId {
        self.id
    }

    /// What kind of work it is.
    pub fn kind(&self) -> JobKind {
        self.kind
    }

    /// Does the work — key derivation, file I/O under the vault's lock, network — blocking,
    /// holding no lock of the `AppCore`. Call it on a worker thread, once; then dispatch
    /// `JobFinished` with the outcome. A second call throws `NotAvailable`.
    pub fn run(&self) -> Result<JobOutcome, AppCoreError> {
        Ok(self.take()?.run())
    }
}

/// What a job produced (it may hold the vault): hand it back once in `JobFinished`.
#[derive(uniffi::Object)]
pub struct AppJobOutcome {
    id: RequestId,
    outcome: Mutex<Option<JobOutcome>>,
}

impl fmt::Debug for AppJobOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AppJobOutcome({})", self.id)
    }
}

impl AppJobOutcome {
    fn new(outcome: JobOutcome) -> AppJobOutcome {
        AppJobOutcome {
            id: outcome.id(),
            outcome: Mutex::new(Some(outcome)),
        }
    }

    fn take(&self) -> Result<JobOutcome, AppCoreError> {
        self.outcome
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
            .ok_or_else(|| AppCoreError::NotAvailable {
                message: format!("the outcome of job {} was already handed back", self.id),
            })
    }
}

#[uniffi::export]
impl AppJobOutcome {
    /// The id of the job that produced it.
    pub fn id(&self) -> RequestId {
        self.id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_secret_wrappers_never_print_their_content() {
        let s = SensitiveText::new("0123456789abcdef".to_owned());
        assert_eq!(format!("{s:?}"), "SensitiveText(<hidden>)");
        assert_eq!(s.to_string(), "SensitiveText(<hidden>)");
        assert_eq!(s.char_count(), 16);
        assert!(!s.is_empty());
        assert_eq!(s.expose(), "0123456789abcdef");
        let b = SensitiveBytes::new(vec![1, 2, 3]);
        assert_eq!(format!("{b:?}"), "SensitiveBytes(<3 bytes hidden>)");
        assert_eq!(b.to_string(), format!("{b:?}"));
        assert_eq!(b.expose(), vec![1, 2, 3]);
    }
}
