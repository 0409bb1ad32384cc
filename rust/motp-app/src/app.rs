//! [`App`]: the model, `update` (event in, effects out) and `view`.
//!
//! `update` never blocks: it changes the model and returns effects. Everything slow leaves as a
//! [`Job`] that owns what it needs (the vault moves into a save and comes back with its
//! outcome), so the shell can hold the core's lock only for the microseconds `update` and
//! `view` take. Time comes in with the events; the core reads no clock.

use crate::event::{FirstRunEvent, UnlockEvent};
use std::path::PathBuf;

use crate::config::AppConfig;
use crate::effect::{AppSettings, Effect};
use crate::error::{AppError, ErrorCode, Field, MessageArg, Result, classify};
use crate::event::Event;
use crate::icon_shelf::IconShelf;
use crate::protocol::{Done, Work};
use crate::protocol::{Job, JobKind, RequestId};
use crate::sensitive::SecretBytes;
use crate::session::{Doors, Session};
use crate::view::{AppView, BusyView, Labels, Notice, NoticeKind, PasswordStrength};
use motp_text::Catalog;

/// A device-key request out with the shell.
#[derive(Debug)]
pub(crate) enum DeviceRequest {
    /// Unlocking: the wrapped key sent to be unwrapped.
    Unwrap { id: RequestId, wrapped: SecretBytes },
    /// Enrolling: the vault key sent to be wrapped.
    Wrap { id: RequestId, key: SecretBytes },
}

impl DeviceRequest {
    pub(crate) fn id(&self) -> RequestId {
        match self {
            DeviceRequest::Unwrap { id, .. } | DeviceRequest::Wrap { id, .. } => *id,
        }
    }
}

/// The locked screens' state.
#[derive(Debug, Default)]
pub(crate) struct Locked {
    pub doors: Doors,
    pub waiting_for_device_key: bool,
    pub device_key_invalidated: bool,
    pub error: Option<AppError>,
}

/// The first-run screen's state.
#[derive(Debug, Default)]
pub(crate) struct FirstRun {
    pub strength: PasswordStrength,
    pub error: Option<AppError>,
    /// Joining a vault kept on a sync server: the request out for its copy.
    pub join: Option<Join>,
}

/// The server's copy being fetched to make this device's vault from it.
#[derive(Debug)]
pub(crate) struct Join {
    pub request: RequestId,
    pub target: motp_core::sync::SyncTarget,
    pub password: motp_core::vault::Password,
}

/// Where the app is.
#[derive(Debug)]
pub(crate) enum Phase {
    Starting,
    FirstRun(FirstRun),
    Locked(Locked),
    Unlocked(Box<Session>),
}

/// The app core: the whole behaviour of the phone apps, driven by events.
///
/// `App` is `Send` (the shell keeps it behind a mutex and calls it from any thread) and does no
/// slow work itself. See the crate documentation for the loop a shell runs.
#[derive(Debug)]
pub struct App {
    pub(crate) config: AppConfig,
    pub(crate) catalog: Catalog,
    /// The controls' labels in the catalog's language (built with it).
    pub(crate) labels: Labels,
    pub(crate) phase: Phase,
    /// The notice on top of the screen, kept as its message and arguments so it is said again
    /// in the new language after a switch.
    pub(crate) notice: Option<PendingNotice>,
    /// The job the view says is running, if any (the vault's own jobs; frame decoding and
    /// clock checks run without blocking the screen).
    pub(crate) busy: Option<(RequestId, JobKind)>,
    /// Jobs whose outcomes are awaited, besides `busy`.
    pub(crate) quiet_jobs: Vec<RequestId>,
    pub(crate) device_request: Option<DeviceRequest>,
    pub(crate) next_id: RequestId,
    /// The instant of the last event that carried one.
    pub(crate) now_ms: i64,
    pub(crate) last_activity_ms: i64,
    pub(crate) background_since: Option<i64>,
    /// The tick last asked for.
    pub(crate) tick_at: Option<i64>,
    /// The installed icon pack, if any (not secret: it stays across locks).
    pub(crate) icons: Option<IconShelf>,
}

/// A notice waiting on top of the screen: its stable code, and the message and arguments it
/// is rendered from at every view.
#[derive(Debug, Clone)]
pub(crate) struct PendingNotice {
    pub kind: NoticeKind,
    pub code: String,
    pub message_id: String,
    pub args: Vec<MessageArg>,
}

impl App {
    /// A core for `config`. Send [`Event::Started`] next.
    pub fn new(config: AppConfig) -> App {
        let catalog = Catalog::new(&config.locale);
        App {
            labels: Labels::from_catalog(&catalog),
            catalog,
            config,
            phase: Phase::Starting,
            notice: None,
            busy: None,
            quiet_jobs: Vec::new(),
            device_request: None,
            next_id: 1,
            now_ms: 0,
            last_activity_ms: 0,
            background_since: None,
            tick_at: None,
            icons: None,
        }
    }

    /// Handles one event: updates the model and returns the effects for the shell, in order.
    ///
    /// Fails, changing nothing, when the event cannot be handled now: [`ErrorCode::Locked`]
    /// after a lock for anything that needs the vault, [`ErrorCode::Busy`] while the vault is
    /// saving, [`ErrorCode::NotAvailable`] for an event that does not fit the screen. Errors
    /// in what the user typed are not failures of `update`: they are shown in the view, under
    /// their field.
    pub fn update(&mut self, event: Event) -> Result<Vec<Effect>> {
        let mut fx = Vec::new();
        if let Some(now) = event.now_ms() {
            self.now_ms = now;
            self.auto_lock(now, &mut fx);
        }
        if event.is_user_activity() {
            self.last_activity_ms = self.now_ms;
        }
        let result = self.handle(event, &mut fx);
        self.schedule_tick(&mut fx);
        result.map(|()| fx)
    }

    /// The screen to draw, at the time of the last event.
    pub fn view(&self) -> AppView {
        self.render(self.now_ms)
    }

    /// The settings as they are now (what the last `PersistSettings` carried).
    pub fn settings(&self) -> &AppSettings {
        &self.config.settings
    }

    /// Whether the vault is locked (or not created yet).
    pub fn is_locked(&self) -> bool {
        !matches!(self.phase, Phase::Unlocked(_))
    }

    fn handle(&mut self, event: Event, fx: &mut Vec<Effect>) -> Result<()> {
        match event {
            Event::Started { .. } => {
                self.phase = Phase::Starting;
                self.start_job(
                    Work::Inspect {
                        path: self.vault_path(),
                    },
                    true,
                    fx,
                );
                self.load_icons(fx);
                Ok(())
            }
            Event::LocaleChanged { locale } => {
                self.catalog = Catalog::new(&locale);
                self.labels = Labels::from_catalog(&self.catalog);
                self.config.locale = locale;
                Ok(())
            }
            Event::WentToBackground { now_ms } => {
                self.background_since = Some(now_ms);
                if self.config.settings.lock_after_background_minutes == 0 {
                    self.lock(fx);
                }
                Ok(())
            }
            Event::CameToForeground { now_ms } => {
                self.background_since = None;
                self.last_activity_ms = now_ms;
                // Still unlocked: what the other devices did meanwhile comes in.
                self.sync_now(false, fx);
                Ok(())
            }
            Event::Tick { .. } => {
                self.sync_if_due(fx);
                Ok(())
            }
            Event::HttpAnswered {
                request,
                status,
                etag,
                body,
                ..
            } => {
                let response = crate::http::response(status, etag, body);
                if matches!(self.phase, Phase::FirstRun(_)) {
                    self.join_answered(request, response, fx);
                } else {
                    self.http_answered(request, response, fx);
                }
                Ok(())
            }
            Event::HttpFailed {
                request,
                failure,
                detail,
                ..
            } => {
                if matches!(self.phase, Phase::FirstRun(_)) {
                    self.join_failed(request, failure, detail);
                } else {
                    self.http_failed(request, failure, detail, fx);
                }
                Ok(())
            }
            Event::Lock { .. } => {
                self.lock(fx);
                Ok(())
            }
            Event::DismissNotice => {
                self.notice = None;
                Ok(())
            }
            Event::JobFinished { outcome, .. } => {
                // A clone of an outcome carries nothing (an outcome is delivered once): the
                // job is still awaited.
                if matches!(outcome.done, Done::Taken) {
                    return Ok(());
                }
                let id = outcome.id;
                if self.busy.is_some_and(|(b, _)| b == id) {
                    self.busy = None;
                } else if let Some(pos) = self.quiet_jobs.iter().position(|j| *j == id) {
                    self.quiet_jobs.remove(pos);
                } else {
                    // Not awaited (a lock came in between): drop it, and the vault with it.
                    return Ok(());
                }
                self.job_done(outcome.done, fx)
            }
            e @ (Event::FirstRun(FirstRunEvent::FirstRunPasswordChanged { .. })
            | Event::FirstRun(FirstRunEvent::CreateVault { .. })
            | Event::Unlock(UnlockEvent::UnlockWithPassword { .. })
            | Event::Unlock(UnlockEvent::UnlockWithDeviceKey { .. })
            | Event::DeviceKeyUnwrapped { .. }
            | Event::DeviceKeyWrapped { .. }
            | Event::DeviceKeyCancelled { .. }
            | Event::DeviceKeyInvalidated { .. }
            | Event::DeviceKeyFailed { .. }) => self.handle_door(e, fx),
            Event::FirstRun(FirstRunEvent::JoinSync {
                url,
                user,
                server_password,
                vault_password,
                ..
            }) => self.join_sync(&url, &user, server_password, vault_password, fx),
            other => self.with_session(other, fx),
        }
    }

    /// Events that need the unlocked vault.
    fn with_session(&mut self, event: Event, fx: &mut Vec<Effect>) -> Result<()> {
        if !matches!(self.phase, Phase::Unlocked(_)) {
            return Err(match self.phase {
                Phase::Locked(_) => self.error(ErrorCode::Locked, None, Vec::new()),
                _ => self.error(ErrorCode::NotAvailable, None, Vec::new()),
            });
        }
        self.handle_unlocked(event, fx)
    }

    /// Locks: drops the session — the vault (its key), every secret and PIN copy, typed PINs,
    /// pending device-key requests — all of them zeroizing types. A running camera is stopped.
    pub(crate) fn lock(&mut self, fx: &mut Vec<Effect>) {
        let doors = match std::mem::replace(&mut self.phase, Phase::Starting) {
            Phase::Unlocked(session) => {
                if matches!(&session.page, crate::session::Page::Add(a) if a.camera_on) {
                    fx.push(Effect::StopCamera);
                }
                let doors = session.doors.clone();
                let invalidated = session.device_key_invalidated;
                drop(session);
                Some((doors, invalidated))
            }
            other => {
                self.phase = other;
                None
            }
        };
        if let Some((doors, invalidated)) = doors {
            self.phase = Phase::Locked(Locked {
                doors,
                device_key_invalidated: invalidated,
                ..Locked::default()
            });
            self.device_request = None;
            self.busy = None;
            self.quiet_jobs.clear();
            self.notice = None;
        }
    }

    /// Locks when the user was away longer than the settings allow.
    fn auto_lock(&mut self, now: i64, fx: &mut Vec<Effect>) {
        if let Some(deadline) = self.lock_deadline()
            && now >= deadline
        {
            self.lock(fx);
        }
    }

    /// When the vault locks by itself if nothing happens, if it is unlocked.
    pub(crate) fn lock_deadline(&self) -> Option<i64> {
        if !matches!(self.phase, Phase::Unlocked(_)) {
            return None;
        }
        let s = &self.config.settings;
        match self.background_since {
            Some(since) => Some(since + minutes_ms(s.lock_after_background_minutes)),
            None if s.lock_after_inactivity_minutes > 0 => {
                Some(self.last_activity_ms + minutes_ms(s.lock_after_inactivity_minutes))
            }
            None => None,
        }
    }

    /// Asks for one tick at the next instant the view changes, if that instant moved.
    fn schedule_tick(&mut self, fx: &mut Vec<Effect>) {
        let next = [
            self.next_view_change(self.now_ms),
            self.lock_deadline(),
            self.sync_due(),
        ]
        .into_iter()
        .flatten()
        .filter(|t| *t > self.now_ms)
        .min();
        if next != self.tick_at {
            self.tick_at = next;
            if let Some(at_ms) = next {
                fx.push(Effect::ScheduleTick { at_ms });
            }
        }
    }

    pub(crate) fn vault_path(&self) -> PathBuf {
        PathBuf::from(&self.config.vault_path)
    }

    pub(crate) fn fresh_id(&mut self) -> RequestId {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Sends `work` out as a job; `busy` makes the view say so (and refuse more vault work).
    pub(crate) fn start_job(&mut self, work: Work, busy: bool, fx: &mut Vec<Effect>) -> RequestId {
        let id = self.fresh_id();
        if busy {
            self.busy = Some((id, work.kind()));
        } else {
            self.quiet_jobs.push(id);
        }
        fx.push(Effect::RunJob {
            job: Job { id, work },
        });
        id
    }

    /// An error with its sentence from the catalog.
    pub(crate) fn error(
        &self,
        code: ErrorCode,
        field: Option<Field>,
        args: Vec<MessageArg>,
    ) -> AppError {
        let message = self.catalog.text(&code.message_id(), &args);
        AppError {
            code,
            field,
            args,
            message,
        }
    }

    /// An engine error as the app's error, with `field` when the engine's has none.
    pub(crate) fn core_error(&self, e: &motp_core::Error, field: Option<Field>) -> AppError {
        let (code, f, mut args) = classify(e);
        if let Some(icon_args) = crate::icon_text::icon_pack_args(e) {
            args = icon_args;
        }
        if let motp_core::Error::SecretNotBase32 { problem } = e {
            // A TOTP/HOTP secret pasted or scanned with a Base32 slip: say which character, in
            // the user's words; the message's selector is the problem's own message id.
            let (id, base32_args) = crate::base32_text::base32_message(problem);
            args = vec![MessageArg::new("problem", id)];
            args.extend(base32_args.into_iter().map(|(name, value)| match value {
                motp_text::Arg::Num(n) => MessageArg::new(name, n),
                motp_text::Arg::Text(t) => MessageArg::new(name, t),
            }));
        }
        self.error(code, f.or(field), args)
    }

    /// Puts a notice on top of the screen.
    pub(crate) fn notify(&mut self, kind: NoticeKind, id: &str, args: &[MessageArg]) {
        self.notice = Some(PendingNotice {
            kind,
            code: id.to_owned(),
            message_id: id.to_owned(),
            args: args.to_vec(),
        });
    }

    /// Puts an error on top of the screen (as `kind`: a device key that stopped working is a
    /// warning, a cancelled prompt information).
    pub(crate) fn notify_error_as(&mut self, kind: NoticeKind, e: &AppError) {
        self.notice = Some(PendingNotice {
            kind,
            code: e.code.as_str().to_owned(),
            message_id: e.code.message_id(),
            args: e.args.clone(),
        });
    }

    /// Puts an error on top of the screen.
    pub(crate) fn notify_error(&mut self, e: &AppError) {
        self.notify_error_as(NoticeKind::Error, e);
    }

    /// The notice as the view shows it, in the current language.
    pub(crate) fn notice_view(&self) -> Option<Notice> {
        self.notice.as_ref().map(|n| Notice {
            kind: n.kind,
            code: n.code.clone(),
            text: self.catalog.text(&n.message_id, &n.args),
        })
    }

    pub(crate) fn busy_view(&self) -> Option<BusyView> {
        self.busy.map(|(_, kind)| BusyView {
            kind,
            text: self.catalog.plain(match kind {
                JobKind::InspectVault => "busy-starting",
                JobKind::CreateVault => "busy-creating",
                JobKind::Unlock | JobKind::ReadDeviceSlot => "busy-unlocking",
                JobKind::Save | JobKind::RecordUse => "busy-saving",
                JobKind::Export => "busy-exporting",
                JobKind::ReadImport => "busy-reading-file",
                JobKind::Reauthenticate => "busy-checking-password",
                JobKind::ClockCheck => "busy-clock",
                JobKind::DecodeFrame | JobKind::DecodePicture => "busy-scanning",
                JobKind::ImportIconPack | JobKind::LoadIcons => "busy-icon-pack",
                JobKind::Sync => "busy-syncing",
            }),
        })
    }

    /// Hands a finished job's result to whoever waits for it.
    fn job_done(&mut self, done: Done, fx: &mut Vec<Effect>) -> Result<()> {
        match done {
            Done::Taken => Ok(()),
            d @ (Done::IconPackImported(_) | Done::IconsLoaded(_)) => {
                self.icon_job_done(d, fx);
                Ok(())
            }
            d @ (Done::Inspected(_) | Done::Created(_) | Done::Opened(_) | Done::DeviceSlot(_)) => {
                self.door_job_done(d, fx)
            }
            Done::Joined(result) => {
                self.joined(result, fx);
                Ok(())
            }
            other => match &mut self.phase {
                Phase::Unlocked(_) => self.session_job_done(other, fx),
                // The vault came back after a lock: dropping it wipes it.
                _ => Ok(()),
            },
        }
    }
}

pub(crate) fn minutes_ms(minutes: u32) -> i64 {
    i64::from(minutes) * 60_000
}
