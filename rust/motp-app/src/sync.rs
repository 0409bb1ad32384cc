//! When the vault syncs with its WebDAV server, and what the app says of it.
//!
//! The engine (`motp_core::sync::WebDavSync`) plans the requests and reads the answers; this
//! module decides when a sync runs — on unlocking, a moment after each saved change, on coming
//! back to the foreground, on a pull-down, on "Sync now" — and carries it: each request leaves
//! as `Effect::SendHttp` for the platform's client, each answer goes to the engine in a job
//! that takes the vault along (an answer may merge and save it). One sync at a time; one asked
//! for meanwhile runs when it is over, so a change saved during a sync still reaches the
//! server. A lock drops the sync with the session; the server is never left half-written (a
//! `PUT` is whole or not at all, and the next sync starts from a fresh read).

use motp_core::Error as CoreError;
use motp_core::sync::{HttpResponse, SyncOutcome, SyncStep, SyncTarget, WebDavSync};
use motp_core::vault::Password;

use crate::app::App;
use crate::effect::Effect;
use crate::error::{AppError, ErrorCode, Field, MessageArg, Result};
use crate::http::{HttpCall, HttpFailure};
use crate::protocol::{Change, RequestId, Work};
use crate::sensitive::SecretText;
use crate::session::Session;
use crate::session::SyncRun;
use crate::view::{NoticeKind, SyncView};
use motp_text::Arg;

/// How long after a saved change the sync waits, so a burst of edits (a reorder, an import
/// followed by renames) goes to the server in one upload.
pub(crate) const SYNC_AFTER_CHANGE_MS: i64 = 2_000;

impl App {
    /// Syncs with the server now, if the vault is linked to one. `asked`: the user asked for
    /// it, so a failure is said on top of the screen too. A sync already running, or the vault
    /// out in a job, makes this one wait its turn.
    pub(crate) fn sync_now(&mut self, asked: bool, fx: &mut Vec<Effect>) {
        let busy = self.busy.is_some();
        let Some(s) = self.session_mut() else { return };
        s.sync.due_ms = None;
        if s.sync_linked.is_none() {
            return;
        }
        if s.sync.run.is_some() || s.vault.is_none() || busy {
            s.sync.again = true;
            s.sync.again_asked |= asked;
            return;
        }
        let Some(vault) = s.vault.as_deref() else {
            return;
        };
        let started = WebDavSync::start(vault);
        match started {
            Ok((sync, request)) => {
                let id = self.fresh_id();
                if let Some(s) = self.session_mut() {
                    s.sync.run = Some(SyncRun {
                        sync: Some(Box::new(sync)),
                        request: Some(id),
                        parked: None,
                        asked,
                    });
                }
                fx.push(Effect::SendHttp {
                    request: id,
                    call: HttpCall::from_request(request, 0),
                });
            }
            Err(e) => {
                let err = self.core_error(&e, None);
                self.sync_over(Err(err), asked, fx);
            }
        }
    }

    /// A change was saved: sync a moment later, if the vault is linked.
    pub(crate) fn sync_after_change(&mut self) {
        let now = self.now_ms;
        if let Some(s) = self.session_mut()
            && s.sync_linked.is_some()
        {
            s.sync.due_ms = Some(now + SYNC_AFTER_CHANGE_MS);
        }
    }

    /// When the sync after a change is due, if one is.
    pub(crate) fn sync_due(&self) -> Option<i64> {
        self.session().and_then(|s| s.sync.due_ms)
    }

    /// Time passed: the sync after a change runs once it is due.
    pub(crate) fn sync_if_due(&mut self, fx: &mut Vec<Effect>) {
        if self.sync_due().is_some_and(|t| t <= self.now_ms) {
            self.sync_now(false, fx);
        }
    }

    /// The server answered request `request`.
    pub(crate) fn http_answered(
        &mut self,
        request: RequestId,
        response: HttpResponse,
        fx: &mut Vec<Effect>,
    ) {
        let Some(run) = self.awaited(request) else {
            return;
        };
        run.request = None;
        run.parked = Some(response);
        self.sync_step(fx);
    }

    /// Request `request` got no answer: the sync ends; this device's vault is saved as it is,
    /// and the next sync starts again from a fresh read.
    pub(crate) fn http_failed(
        &mut self,
        request: RequestId,
        failure: HttpFailure,
        detail: String,
        fx: &mut Vec<Effect>,
    ) {
        let Some(run) = self.awaited(request) else {
            return;
        };
        let asked = run.asked;
        if let Some(s) = self.session_mut() {
            s.sync.run = None;
        }
        let err = self.error(
            ErrorCode::SyncFailed,
            None,
            vec![
                MessageArg::new("problem", failure.problem()),
                MessageArg::new("detail", detail),
            ],
        );
        self.sync_over(Err(err), asked, fx);
    }

    /// The sync in progress, if it awaits the answer to `request` (a stale answer, after a
    /// lock or to an earlier sync, is ignored).
    fn awaited(&mut self, request: RequestId) -> Option<&mut SyncRun> {
        self.session_mut()?
            .sync
            .run
            .as_mut()
            .filter(|r| r.request == Some(request))
    }

    /// Hands a parked answer to the engine, in a job that takes the vault along, once the
    /// vault is home and no other vault work runs; else it waits for [`App::sync_resume`].
    fn sync_step(&mut self, fx: &mut Vec<Effect>) {
        if self.busy.is_some() {
            return;
        }
        let Some(s) = self.session_mut() else { return };
        if s.vault.is_none() {
            return;
        }
        let Some(run) = s.sync.run.as_mut() else {
            return;
        };
        let (Some(response), Some(sync)) = (run.parked.take(), run.sync.take()) else {
            return;
        };
        let Some(vault) = s.vault.take() else { return };
        self.start_job(
            Work::SyncStep {
                vault,
                sync,
                response,
            },
            true,
            fx,
        );
    }

    /// The vault is home from a job: a parked answer goes on, a sync that waited its turn
    /// starts.
    pub(crate) fn sync_resume(&mut self, fx: &mut Vec<Effect>) {
        let Some(s) = self.session() else { return };
        if s.sync.run.as_ref().is_some_and(|r| r.parked.is_some()) {
            self.sync_step(fx);
        } else if s.sync.run.is_none() && s.sync.again {
            let asked = s.sync.again_asked;
            if let Some(s) = self.session_mut() {
                s.sync.again = false;
                s.sync.again_asked = false;
            }
            self.sync_now(asked, fx);
        }
    }

    /// The engine took an answer (the vault is already home): the next request, or the end.
    pub(crate) fn sync_stepped(
        &mut self,
        sync: Box<WebDavSync>,
        result: std::result::Result<SyncStep, CoreError>,
        fx: &mut Vec<Effect>,
    ) {
        let asked = self
            .session()
            .and_then(|s| s.sync.run.as_ref())
            .is_some_and(|r| r.asked);
        match result {
            Ok(SyncStep::Send { request, wait_ms }) => {
                let id = self.fresh_id();
                if let Some(run) = self.session_mut().and_then(|s| s.sync.run.as_mut()) {
                    run.sync = Some(sync);
                    run.request = Some(id);
                    fx.push(Effect::SendHttp {
                        request: id,
                        call: HttpCall::from_request(request, wait_ms),
                    });
                }
            }
            Ok(SyncStep::Done(outcome)) => {
                if let Some(s) = self.session_mut() {
                    s.sync.run = None;
                }
                self.sync_over(Ok(outcome), asked, fx);
            }
            Err(e) => {
                if let Some(s) = self.session_mut() {
                    s.sync.run = None;
                }
                let err = self.core_error(&e, None);
                self.sync_over(Err(err), asked, fx);
            }
        }
    }

    /// A sync ended: remember how, say what it brought, and run the one that waited.
    fn sync_over(
        &mut self,
        result: std::result::Result<SyncOutcome, AppError>,
        asked: bool,
        fx: &mut Vec<Effect>,
    ) {
        let now = self.now_ms;
        match &result {
            Ok(outcome) => {
                let r = outcome.report;
                if r.added + r.changed + r.removed > 0 {
                    self.notify(
                        NoticeKind::Info,
                        "notice-synced",
                        &[
                            MessageArg::new("added", r.added as i64),
                            MessageArg::new("changed", r.changed as i64),
                            MessageArg::new("removed", r.removed as i64),
                        ],
                    );
                } else if asked {
                    self.notify(NoticeKind::Info, "notice-sync-up-to-date", &[]);
                }
                if outcome.password_changed_elsewhere {
                    self.notify(NoticeKind::Warning, "notice-sync-password-changed", &[]);
                }
            }
            Err(e) if asked => self.notify_error(e),
            Err(_) => {}
        }
        if let Some(s) = self.session_mut() {
            s.sync.last = Some((now, result));
        }
        self.sync_resume(fx);
    }

    /// "Set up sync": the address checked, the link saved, then the first sync.
    pub(crate) fn set_up_sync(
        &mut self,
        url: &str,
        user: &str,
        password: SecretText,
        fx: &mut Vec<Effect>,
    ) -> Result<()> {
        let user = Some(user.trim()).filter(|u| !u.is_empty());
        let password = Some(password)
            .filter(|p| !p.is_empty())
            .map(|p| zeroize::Zeroizing::new(p.expose().to_owned()));
        match SyncTarget::new(url, user, password) {
            Ok(target) => {
                self.settings_error(None);
                self.commit(Change::LinkSync(Box::new(target)), fx)?;
                if let Some(s) = self.session_mut() {
                    // Linked and saved first: the first sync runs when the save is done.
                    s.sync.again = true;
                    s.sync.again_asked = true;
                }
                Ok(())
            }
            Err(e) => {
                let err = self.core_error(&e, Some(Field::SyncAddress));
                self.settings_error(Some(err));
                Ok(())
            }
        }
    }

    /// "Turn off sync": the link removed (the server's copy stays where it is).
    pub(crate) fn turn_off_sync(&mut self, fx: &mut Vec<Effect>) -> Result<()> {
        self.commit(Change::UnlinkSync, fx)?;
        if let Some(s) = self.session_mut() {
            s.sync = Default::default();
        }
        Ok(())
    }

    /// The password set on another device, typed here once: checked against the server's
    /// copy's slot (a key derivation, in the save's job) and taken.
    pub(crate) fn adopt_new_password(
        &mut self,
        password: &SecretText,
        fx: &mut Vec<Effect>,
    ) -> Result<()> {
        match Password::new(password.expose()) {
            Ok(password) => {
                self.settings_error(None);
                self.commit(Change::AdoptServerPassword(password), fx)
            }
            Err(e) => {
                let err = self.core_error(&e, Some(Field::Password));
                self.settings_error(Some(err));
                Ok(())
            }
        }
    }
}

impl App {
    /// The settings screen's sync section.
    pub(crate) fn sync_view(&self, s: &Session, now_ms: i64) -> SyncView {
        let c = &self.catalog;
        let (url, user) = s.sync_linked.clone().unwrap_or_default();
        let last_result = s.sync_linked.as_ref().map(|_| match &s.sync.last {
            None => c.plain("sync-never"),
            Some((at, result)) => {
                let minutes = Arg::Num((now_ms - at).max(0) / 60_000);
                match result {
                    Ok(_) => c.typed("sync-last-ok", &[("minutes", minutes)]),
                    Err(e) => c.typed(
                        "sync-last-failed",
                        &[
                            ("minutes", minutes),
                            ("reason", Arg::Text(e.message.clone())),
                        ],
                    ),
                }
            }
        });
        SyncView {
            title: c.plain("sync-title"),
            explanation: c.plain("sync-explanation"),
            linked: s.sync_linked.is_some(),
            url,
            user,
            url_label: c.plain("sync-url-label"),
            url_placeholder: c.plain("sync-url-placeholder"),
            user_label: c.plain("sync-user-label"),
            password_label: c.plain("sync-password-label"),
            set_up_label: c.plain("sync-set-up"),
            sync_now_label: c.plain("sync-now"),
            turn_off_label: c.plain("sync-turn-off"),
            running: s.sync.run.is_some(),
            last_result,
            password_changed: s.password_pending.then(|| c.plain("sync-password-changed")),
            new_password_label: c.plain("sync-new-password-label"),
            adopt_password_label: c.plain("sync-adopt-password"),
        }
    }
}
