//! `AppCore`: the phone apps' behaviour (`motp-app`) as one UniFFI object.
//!
//! Conversion only: events, effects and views are mirrored as UniFFI records and enums, and
//! every behaviour stays in `motp-app`. The threading rules a shell needs (see
//! `docs/mobile-api.md`, "AppCore"):
//!
//! - `dispatch` and `view` take the core's one mutex for the microseconds `App::update` and
//!   `App::view` take; call them from the UI thread (or any one thread).
//! - Slow work leaves as an `AppJob` inside the `RunJob` effect. `AppJob.run()` owns what it
//!   needs (the vault moves into it), takes **no** lock of the core, and runs on a worker
//!   thread; its outcome goes back with `dispatch(JobFinished)`. So neither `view()` nor the
//!   `Tick` dispatches that redraw the codes ever wait behind Argon2, fsync, the vault file's
//!   lock or the network.
//! - The device key is an effect (`UnwrapWithDeviceKey`/`WrapWithDeviceKey`) answered later by
//!   an event: no Rust lock is held and no thread waits while the platform's prompt is up.

mod effect;
mod error;
mod event;
mod view;

use std::sync::{Arc, Mutex, MutexGuard};

use motp_app::{App, AppConfig, DeviceKeyConfig, Job, JobOutcome, KdfChoice};

pub use effect::{AppEffect, AppJobKind, AppSettingsRecord, DeviceKeyPrompt, HapticFeedback};
pub use error::AppCoreError;
pub use event::{AppDestination, AppEvent, CameraProblem, PinPolicyOption, TokenEditInput};
pub use view::*;

/// The device's key store, as the shell describes it at start (when biometrics are enrolled).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DeviceKeyInfo {
    /// Stored in the vault's slot, e.g. `android-keystore:motp-vault`.
    pub protector_id: String,
    /// "Pixel 8 (fingerprint)".
    pub label: String,
}

/// How expensive the vault password's key derivation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum KdfCost {
    /// Argon2id at the vault format's defaults (64 MiB, 16 passes).
    Default,
    /// Argon2id at its cheapest. Tests only: it protects nothing.
    InsecureFastForTests,
}

/// What the shell tells the core at start.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AppCoreConfig {
    /// The vault file, inside the app's private storage.
    pub vault_path: String,
    /// The user's locale, a BCP 47 tag (`de-AT`).
    pub locale: String,
    pub device_key: Option<DeviceKeyInfo>,
    /// The settings from the last `PersistSettings` effect (or the defaults:
    /// `defaultAppSettings()`).
    pub settings: AppSettingsRecord,
    pub kdf: KdfCost,
    /// The NTP server for the clock check where the platform has no network time.
    pub time_server: String,
}

impl From<AppCoreConfig> for AppConfig {
    fn from(c: AppCoreConfig) -> Self {
        let mut config = AppConfig::new(&c.vault_path, &c.locale);
        config.device_key = c.device_key.map(|d| DeviceKeyConfig {
            protector_id: d.protector_id,
            label: d.label,
        });
        config.settings = c.settings.into();
        config.kdf = match c.kdf {
            KdfCost::Default => KdfChoice::Default,
            KdfCost::InsecureFastForTests => KdfChoice::InsecureFastForTests,
        };
        config.time_server = c.time_server;
        config
    }
}

/// The settings a first start uses.
#[uniffi::export]
pub fn default_app_settings() -> AppSettingsRecord {
    motp_app::AppSettings::default().into()
}

/// The default time server for `AppCoreConfig.timeServer`.
#[uniffi::export]
pub fn default_time_server() -> String {
    motp_core::clock::DEFAULT_SERVER.to_owned()
}

/// The languages the core's sentences are written in (BCP 47), the first the fallback.
#[uniffi::export]
pub fn app_languages() -> Vec<String> {
    motp_app::languages()
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// The app core: the whole behaviour of the phone apps, driven by events.
#[derive(uniffi::Object)]
pub struct AppCore {
    app: Mutex<App>,
}

impl std::fmt::Debug for AppCore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
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
    pub fn new(config: AppCoreConfig) -> Arc<AppCore> {
        Arc::new(AppCore {
            app: Mutex::new(App::new(config.into())),
        })
    }

    /// Handles one event and returns the effects to carry out, in order. Never blocks on slow
    /// work. Throws (changing nothing) when the event cannot be handled now: `Locked` after a
    /// lock, `Busy` while the vault saves, `NotAvailable` for an event that does not fit the
    /// screen. Mistakes in what the user typed are shown in the view, not thrown.
    pub fn dispatch(&self, event: AppEvent) -> Result<Vec<AppEffect>, AppCoreError> {
        let event = event.into_core()?;
        let effects = self.app().update(event)?;
        Ok(effects.into_iter().map(Into::into).collect())
    }

    /// The screen to draw, as of the last event.
    pub fn view(&self) -> AppView {
        let view = self.app().view();
        view.into()
    }

    /// Whether the vault is locked (or not created yet).
    pub fn is_locked(&self) -> bool {
        self.app().is_locked()
    }

    /// The settings as they are now (what the last `PersistSettings` carried).
    pub fn settings(&self) -> AppSettingsRecord {
        self.app().settings().clone().into()
    }
}

/// Slow work the core handed out (`RunJob`): run it once, on a worker thread.
#[derive(uniffi::Object)]
pub struct AppJob {
    id: u64,
    kind: AppJobKind,
    job: Mutex<Option<Job>>,
}

impl std::fmt::Debug for AppJob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "AppJob({}, {:?})", self.id, self.kind)
    }
}

impl AppJob {
    pub(crate) fn new(job: Job) -> Arc<AppJob> {
        Arc::new(AppJob {
            id: job.id(),
            kind: job.kind().into(),
            job: Mutex::new(Some(job)),
        })
    }
}

#[uniffi::export]
impl AppJob {
    /// The job's id (its outcome carries it back).
    pub fn id(&self) -> u64 {
        self.id
    }

    /// What kind of work it is.
    pub fn kind(&self) -> AppJobKind {
        self.kind
    }

    /// Does the work — key derivation, file I/O under the vault's lock, network — blocking,
    /// holding no lock of the `AppCore`. Call it on a worker thread, once; then dispatch
    /// `JobFinished` with the outcome.
    pub fn run(&self) -> Result<Arc<AppJobOutcome>, AppCoreError> {
        let job = self
            .job
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
            .ok_or_else(|| AppCoreError::NotAvailable {
                message: format!("job {} has already run", self.id),
            })?;
        let outcome = job.run();
        Ok(Arc::new(AppJobOutcome {
            id: outcome.id(),
            outcome: Mutex::new(Some(outcome)),
        }))
    }
}

/// What a job produced (it may hold the vault): hand it back once in `JobFinished`.
#[derive(uniffi::Object)]
pub struct AppJobOutcome {
    id: u64,
    outcome: Mutex<Option<JobOutcome>>,
}

impl std::fmt::Debug for AppJobOutcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "AppJobOutcome({})", self.id)
    }
}

impl AppJobOutcome {
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
    pub fn id(&self) -> u64 {
        self.id
    }
}
