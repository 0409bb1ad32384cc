//! Events while unlocked: navigation, and the changes that go to the vault as one atomic save
//! each; the results of the jobs that carry them.

use crate::event::{DetailEvent, ListEvent};
use motp_core::vault::{PinSetup, TokenId, TokenUpdate};
use motp_core::{ClockCorrection, Pin};

use crate::app::{App, Phase};
use crate::effect::{Effect, HapticKind};
use crate::error::{AppError, ErrorCode, Field, Result};
use crate::event::{Destination, Event, PinPolicyChoice, TokenEdit};
use crate::protocol::{Change, Changed, Done, Work};
use crate::session::{
    AddState, BackupsState, DetailState, Page, Session, SettingsState, TrashState, TroubleState,
};
use crate::view::NoticeKind;

impl App {
    /// The session, when unlocked (callers are only reached while unlocked).
    pub(crate) fn session(&self) -> Option<&Session> {
        match &self.phase {
            Phase::Unlocked(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn session_mut(&mut self) -> Option<&mut Session> {
        match &mut self.phase {
            Phase::Unlocked(s) => Some(s),
            _ => None,
        }
    }

    /// The token a view's id names.
    pub(crate) fn token_id(&self, key: &str) -> Result<TokenId> {
        let id = TokenId::parse(key)
            .map_err(|_| self.error(ErrorCode::UnknownToken, None, Vec::new()))?;
        match self.session().and_then(|s| s.entry(id)) {
            Some(_) => Ok(id),
            None => Err(self.error(ErrorCode::UnknownToken, None, Vec::new())),
        }
    }

    pub(crate) fn handle_unlocked(&mut self, event: Event, fx: &mut Vec<Effect>) -> Result<()> {
        match event {
            Event::Navigate { to, .. } => self.navigate(to, fx),
            Event::Back { .. } => {
                self.leave_page(fx);
                if let Some(s) = self.session_mut() {
                    s.page = Page::List;
                }
                Ok(())
            }
            Event::List(e) => self.handle_list(e, fx),
            Event::Add(e) => self.handle_add(e, fx),
            Event::Detail(e) => self.handle_detail(e, fx),
            Event::Backups(e) => self.handle_backups(e, fx),
            e @ (Event::FileOpened { .. }
            | Event::FileSaved { .. }
            | Event::FileFailed { .. }
            | Event::FolderListed { .. }) => self.handle_file_answer(e, fx),
            Event::Troubleshooting(e) => self.handle_troubleshooting(e, fx),
            e @ (Event::NetworkTimeAnswered { .. } | Event::NetworkTimeUnavailable { .. }) => {
                self.handle_network_time(e, fx)
            }
            Event::Settings(e) => self.handle_settings(e, fx),
            Event::Trash(e) => self.handle_trash(e, fx),
            _ => Err(self.not_available()),
        }
    }

    /// The token list's events.
    fn handle_list(&mut self, event: ListEvent, fx: &mut Vec<Effect>) -> Result<()> {
        match event {
            ListEvent::SearchChanged { query, .. } => {
                if let Some(s) = self.session_mut() {
                    s.search = query;
                }
                Ok(())
            }
            ListEvent::GroupSelected { group, .. } => {
                if let Some(s) = self.session_mut() {
                    s.group = group;
                }
                Ok(())
            }
            ListEvent::PinEntered { token_id, pin, .. } => self.pin_entered(&token_id, &pin, fx),
            ListEvent::CopyCode { token_id, .. } => self.copy_code(&token_id, fx),
            ListEvent::NextHotpCode { token_id, .. } => {
                let id = self.token_id(&token_id)?;
                let is_hotp = self
                    .session()
                    .and_then(|s| s.entry(id))
                    .is_some_and(|e| matches!(e.kind(), Some(motp_core::OtpKind::Hotp(_))));
                if !is_hotp {
                    return Err(self.not_available());
                }
                self.commit(Change::NextHotp(id), fx)
            }
            ListEvent::MoveToken {
                token_id, to_index, ..
            } => self.move_token(&token_id, to_index, fx),
            ListEvent::SortChosen { sort, .. } => {
                self.config.settings.sort = sort;
                fx.push(self.persist());
                Ok(())
            }
            ListEvent::RevealCode { token_id, .. } => self.reveal_code(&token_id, fx),
            ListEvent::DeleteToken { token_id, .. } => {
                let id = self.token_id(&token_id)?;
                self.commit(Change::Trash(id), fx)
            }
            ListEvent::UndoDelete { .. } => self.undo_delete(fx),
            ListEvent::Refresh { .. } => {
                self.sync_now(true, fx);
                Ok(())
            }
            ListEvent::DismissUndo => {
                if let Some(s) = self.session_mut() {
                    s.undo = None;
                }
                Ok(())
            }
        }
    }

    /// The detail screen's events.
    fn handle_detail(&mut self, event: DetailEvent, fx: &mut Vec<Effect>) -> Result<()> {
        match event {
            DetailEvent::SaveEdit { token_id, edit, .. } => self.save_edit(&token_id, edit, fx),
            DetailEvent::RevealSecret {
                token_id, password, ..
            } => {
                let id = self.token_id(&token_id)?;
                self.on_detail(id)?;
                let password = match motp_core::vault::Password::new(password.expose()) {
                    Ok(p) => p,
                    Err(e) => {
                        let err = self.core_error(&e, Some(Field::Password));
                        self.detail_error(Some(err));
                        return Ok(());
                    }
                };
                self.require_idle()?;
                let path = self.vault_path();
                self.start_job(Work::Reauthenticate { path, password }, true, fx);
                Ok(())
            }
            DetailEvent::HideSecret => {
                if let Some(Page::Detail(d)) = self.session_mut().map(|s| &mut s.page) {
                    d.revealed = false;
                }
                Ok(())
            }
            DetailEvent::DeleteToken { token_id, .. } => {
                let id = self.token_id(&token_id)?;
                self.on_detail(id)?;
                if let Some(Page::Detail(d)) = self.session_mut().map(|s| &mut s.page) {
                    d.confirm_delete = true;
                }
                Ok(())
            }
            DetailEvent::CancelDelete => {
                if let Some(Page::Detail(d)) = self.session_mut().map(|s| &mut s.page) {
                    d.confirm_delete = false;
                }
                Ok(())
            }
            DetailEvent::RestoreVersion {
                token_id,
                version_id,
                ..
            } => {
                let id = self.token_id(&token_id)?;
                self.on_detail(id)?;
                let version = self
                    .session()
                    .and_then(|s| s.entry(id))
                    .and_then(|e| {
                        e.history
                            .iter()
                            .find(|v| crate::render::version_id(v) == version_id)
                    })
                    .cloned()
                    .ok_or_else(|| self.not_available())?;
                self.commit(Change::RestoreVersion(id, version.part, version.stamp), fx)
            }
            DetailEvent::ConfirmDelete { token_id, .. } => {
                let id = self.token_id(&token_id)?;
                self.on_detail(id)?;
                self.commit(Change::Trash(id), fx)
            }
        }
    }

    fn navigate(&mut self, to: Destination, fx: &mut Vec<Effect>) -> Result<()> {
        let page = match to {
            Destination::List => Page::List,
            Destination::Add => Page::Add(Box::default()),
            Destination::Detail { token_id } => Page::Detail(DetailState {
                id: self.token_id(&token_id)?,
                revealed: false,
                confirm_delete: false,
                error: None,
            }),
            Destination::Backups => Page::Backups(Box::<BackupsState>::default()),
            Destination::Troubleshooting => Page::Troubleshooting(Box::<TroubleState>::default()),
            Destination::Settings => Page::Settings(SettingsState::default()),
            Destination::Trash => Page::Trash(TrashState::default()),
        };
        self.leave_page(fx);
        if let Some(s) = self.session_mut() {
            s.page = page;
        }
        Ok(())
    }

    /// Leaving a screen: stop the camera if it runs.
    fn leave_page(&mut self, fx: &mut Vec<Effect>) {
        if let Some(Page::Add(a)) = self.session().map(|s| &s.page)
            && a.camera_on
        {
            fx.push(Effect::StopCamera);
        }
    }

    /// Fails with `Busy` while the vault is out in a job.
    pub(crate) fn require_idle(&self) -> Result<()> {
        match self.session() {
            Some(s) if s.vault.is_some() && self.busy.is_none() => Ok(()),
            Some(_) => Err(self.error(ErrorCode::Busy, None, Vec::new())),
            None => Err(self.error(ErrorCode::Locked, None, Vec::new())),
        }
    }

    fn on_detail(&self, id: TokenId) -> Result<()> {
        match self.session().map(|s| &s.page) {
            Some(Page::Detail(d)) if d.id == id => Ok(()),
            _ => Err(self.not_available()),
        }
    }

    fn detail_error(&mut self, error: Option<AppError>) {
        if let Some(Page::Detail(d)) = self.session_mut().map(|s| &mut s.page) {
            d.error = error;
        }
    }

    /// Sends `change` to the vault as one atomic save, in a job that takes the vault along.
    pub(crate) fn commit(&mut self, change: Change, fx: &mut Vec<Effect>) -> Result<()> {
        self.require_idle()?;
        let read_back = self.config.settings.backup_folder.is_some();
        let now_ms = self.now_ms;
        let Some(vault) = self.session_mut().and_then(|s| s.vault.take()) else {
            return Err(self.error(ErrorCode::Busy, None, Vec::new()));
        };
        self.start_job(
            Work::Commit {
                vault,
                change,
                now_ms,
                read_back,
            },
            true,
            fx,
        );
        Ok(())
    }

    /// The PIN setup a policy choice and PIN make.
    pub(crate) fn pin_setup(
        &self,
        policy: PinPolicyChoice,
        pin: Option<Pin>,
    ) -> std::result::Result<PinSetup, AppError> {
        let need = || self.error(ErrorCode::PinRequired, Some(Field::Pin), Vec::new());
        Ok(match policy {
            PinPolicyChoice::Ask => PinSetup::Ask,
            PinPolicyChoice::AskWithTypoGuard => PinSetup::AskWithTypoGuard(pin.ok_or_else(need)?),
            PinPolicyChoice::Remember => PinSetup::Remember(pin.ok_or_else(need)?),
        })
    }

    fn save_edit(&mut self, key: &str, edit: TokenEdit, fx: &mut Vec<Effect>) -> Result<()> {
        let id = self.token_id(key)?;
        self.on_detail(id)?;
        let entry_policy = self
            .session()
            .and_then(|s| s.entry(id))
            .map(|e| e.info.pin_policy);
        let pin = match edit.pin.as_ref().map(|p| Pin::new(p.expose())) {
            None => None,
            Some(Ok(p)) => Some(p),
            Some(Err(e)) => {
                let err = self.core_error(&e, Some(Field::Pin));
                self.detail_error(Some(err));
                return Ok(());
            }
        };
        // A new PIN alone changes the remembered PIN of a token that remembers it.
        let policy = edit.pin_policy.or(match (&pin, entry_policy) {
            (Some(_), Some(motp_core::vault::PinPolicy::Remember)) => {
                Some(PinPolicyChoice::Remember)
            }
            _ => None,
        });
        let pin_setup = match policy {
            None => None,
            Some(policy) => match self.pin_setup(policy, pin) {
                Ok(setup) => Some(setup),
                Err(e) => {
                    self.detail_error(Some(e));
                    return Ok(());
                }
            },
        };
        let optional = |text: Option<String>| {
            text.map(|t| {
                let t = t.trim().to_owned();
                (!t.is_empty()).then_some(t)
            })
        };
        let update = TokenUpdate {
            issuer: optional(edit.issuer),
            account: edit.account,
            note: optional(edit.note),
            pin: pin_setup,
            tolerance_seconds: edit.tolerance_seconds,
            group: optional(edit.group),
            favourite: edit.favourite,
            icon: optional(edit.icon_key),
            ..TokenUpdate::default()
        };
        self.detail_error(None);
        self.commit(Change::Update(id, Box::new(update)), fx)
    }

    /// Results of the jobs an unlocked session starts.
    /// Results of the jobs an unlocked session starts; then, the vault being home, a sync that
    /// waited for it goes on.
    pub(crate) fn session_job_done(&mut self, done: Done, fx: &mut Vec<Effect>) -> Result<()> {
        let result = self.session_job_done_inner(done, fx);
        self.sync_resume(fx);
        result
    }

    fn session_job_done_inner(&mut self, done: Done, fx: &mut Vec<Effect>) -> Result<()> {
        match done {
            Done::Committed {
                vault,
                result,
                saved_file,
                password_field,
            } => {
                let device = self.config.device_key.clone();
                if let Some(s) = self.session_mut() {
                    s.take_back(vault, device.as_ref());
                }
                match result {
                    Ok(changed) => {
                        if !matches!(changed, Changed::Key(_)) {
                            self.sync_after_change();
                        }
                        self.committed(changed, saved_file, fx)
                    }
                    Err(e) => {
                        let mut err = self.core_error(&e, None);
                        // A wrong password is said under the field the change checked: the
                        // current one for a password change, the new one when taking the
                        // password set on another device.
                        if err.code == ErrorCode::WrongPassword {
                            err.field = password_field;
                        }
                        self.change_failed(err);
                    }
                }
                Ok(())
            }
            Done::Exported { vault, result } => {
                let device = self.config.device_key.clone();
                if let Some(s) = self.session_mut() {
                    s.take_back(vault, device.as_ref());
                }
                self.exported(result, fx);
                Ok(())
            }
            Done::ImportRead(result) => {
                self.import_read(result);
                Ok(())
            }
            Done::Reauthenticated(result) => {
                match result {
                    Ok(()) => {
                        if let Some(Page::Detail(d)) = self.session_mut().map(|s| &mut s.page) {
                            d.revealed = true;
                            d.error = None;
                        }
                    }
                    Err(e) => {
                        let err = self.core_error(&e, Some(Field::Password));
                        self.detail_error(Some(err));
                    }
                }
                Ok(())
            }
            Done::Clock(result) => {
                self.clock_measured(result.map(|check| crate::session::ClockResult {
                    source: check.server.clone(),
                    check,
                }));
                Ok(())
            }
            Done::Frame(result) => {
                self.frame_decoded(result, fx);
                Ok(())
            }
            Done::Picture(result) => {
                self.picture_decoded(result, fx);
                Ok(())
            }
            Done::SyncStepped {
                vault,
                sync,
                result,
            } => {
                let device = self.config.device_key.clone();
                if let Some(s) = self.session_mut() {
                    s.take_back(vault, device.as_ref());
                }
                self.sync_stepped(sync, result, fx);
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// A change is saved: move on from the screen that asked for it.
    fn committed(
        &mut self,
        changed: Changed,
        saved_file: Option<crate::sensitive::SecretBytes>,
        fx: &mut Vec<Effect>,
    ) {
        if let Changed::Key(key) = changed {
            self.ask_wrap(key, fx);
            return;
        }
        if let Changed::Hotp(id, code) = changed {
            let now = self.now_ms;
            if let Some(s) = self.session_mut() {
                s.hotp_codes.insert(id, code.expose().to_owned());
                // Asking for the next code is asking to see it.
                s.revealed.insert(id, now + crate::list::HOTP_REVEAL_MS);
            }
            self.record_use(id, fx);
            if let Some(bytes) = saved_file {
                self.auto_backup(bytes, fx);
            }
            return;
        }
        if let Changed::BackupTaken(report) = changed {
            self.backup_taken(report);
            if let Some(bytes) = saved_file {
                self.auto_backup(bytes, fx);
            }
            return;
        }
        if let Changed::Trashed(id) = changed {
            self.trashed(id);
            if let Some(bytes) = saved_file {
                self.auto_backup(bytes, fx);
            }
            return;
        }
        let Some(page) = self.session().map(|s| s.page.clone()) else {
            return;
        };
        match (page, changed) {
            (_, Changed::Restored) => {
                self.notify(NoticeKind::Info, "notice-token-restored", &[]);
            }
            (Page::Add(_), Changed::Added) => {
                if let Some(s) = self.session_mut() {
                    s.page = Page::List;
                }
                self.notify(NoticeKind::Info, "notice-token-added", &[]);
                fx.push(Effect::Haptic {
                    kind: HapticKind::Success,
                });
                fx.push(Effect::Announce {
                    text: self.catalog.plain("notice-token-added"),
                });
            }
            (Page::Detail(d), _) => {
                let gone = self.session().is_some_and(|s| s.entry(d.id).is_none());
                if gone {
                    if let Some(s) = self.session_mut() {
                        s.page = Page::List;
                        s.pins.remove(&d.id);
                    }
                    self.notify(NoticeKind::Info, "notice-token-deleted", &[]);
                } else {
                    self.notify(NoticeKind::Info, "notice-saved", &[]);
                }
            }
            (Page::Backups(_), Changed::Imported(report)) => {
                if let Some(Page::Backups(b)) = self.session_mut().map(|s| &mut s.page) {
                    b.import = None;
                    b.report = Some(*report);
                }
            }
            (Page::Settings(_), _) | (Page::Troubleshooting(_), _) => {
                self.notify(NoticeKind::Info, "notice-saved", &[]);
            }
            _ => {}
        }
        if let Some(bytes) = saved_file {
            self.auto_backup(bytes, fx);
        }
    }

    /// A change failed: the vault is as it was on disk; say why where the user is.
    fn change_failed(&mut self, err: AppError) {
        let Some(s) = self.session_mut() else { return };
        match &mut s.page {
            Page::Add(a) => a.error = Some(err),
            Page::Detail(d) => d.error = Some(err),
            Page::Backups(b) => match &mut b.import {
                Some(i) => i.error = Some(err),
                None => b.error = Some(err),
            },
            Page::Settings(st) => st.error = Some(err),
            Page::Trash(t) => t.error = Some(err),
            Page::Troubleshooting(t) => t.error = Some(err),
            Page::List => self.notify_error(&err),
        }
    }

    /// The clock correction to store.
    pub(crate) fn set_correction(
        &mut self,
        correction: ClockCorrection,
        fx: &mut Vec<Effect>,
    ) -> Result<()> {
        self.commit(Change::Correction(correction), fx)
    }

    /// The add screen's state, if it is the screen shown.
    pub(crate) fn add_state(&mut self) -> Option<&mut AddState> {
        match self.session_mut().map(|s| &mut s.page) {
            Some(Page::Add(a)) => Some(a),
            _ => None,
        }
    }
}
