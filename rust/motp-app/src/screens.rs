//! Backups, troubleshooting and settings: their events and the results of their jobs.

use crate::event::{BackupsEvent, SettingsEvent, TroubleshootingEvent};
use std::net::{Ipv4Addr, SocketAddr};

use motp_core::clock::DEFAULT_WINDOW_SECONDS;
use motp_core::vault::{DoctorRequest, Password};
use motp_core::{
    CheckCode, ClockCheck, ClockCorrection, Code, DiagnoseOptions, Error as CoreError, Exported,
    Pin,
};

use crate::app::App;
use crate::backups::{Existing, Preview};
use crate::effect::Effect;
use crate::error::{AppError, ErrorCode, Field, Result};
use crate::event::Event;
use crate::protocol::ExportFormat;
use crate::protocol::{Change, RequestId, Work};
use crate::sensitive::{SecretBytes, SecretText};
use crate::session::{ClockResult, FileRequest, GoogleExport, ImportState, Page, Session};
use crate::view::NoticeKind;

/// The file name automatic backups were written under before they were versioned (one file,
/// replaced each time); versions are named with their time (`motp_core::vault::backup_name`).
pub const AUTO_BACKUP_FILE_NAME: &str = "mOTP-Token-backup.motp";

/// Longest auto-lock delay we accept (a day).
const MAX_LOCK_MINUTES: u32 = 24 * 60;
/// Longest clipboard delay we accept (ten minutes).
const MAX_CLIPBOARD_SECONDS: u32 = 600;

impl App {
    fn backups_error(&mut self, e: Option<AppError>) {
        if let Some(Page::Backups(b)) = self.session_mut().map(|s| &mut s.page) {
            match &mut b.import {
                Some(i) => i.error = e,
                None => b.error = e,
            }
        }
    }

    fn on_backups(&self) -> Result<()> {
        match self.session().map(|s| &s.page) {
            Some(Page::Backups(_)) => Ok(()),
            _ => Err(self.not_available()),
        }
    }

    pub(crate) fn handle_backups(
        &mut self,
        event: BackupsEvent,
        fx: &mut Vec<Effect>,
    ) -> Result<()> {
        match event {
            BackupsEvent::Export {
                format, password, ..
            } => {
                self.on_backups()?;
                let password = password.filter(|p| !p.is_empty());
                if format == ExportFormat::MotpBackup && password.is_none() {
                    let e = self.error(ErrorCode::PasswordEmpty, Some(Field::Password), Vec::new());
                    self.backups_error(Some(e));
                    return Ok(());
                }
                self.require_idle()?;
                self.backups_error(None);
                let kdf = self.config.kdf.params();
                let Some(vault) = self.session_mut().and_then(|s| s.vault.take()) else {
                    return Err(self.error(ErrorCode::Busy, None, Vec::new()));
                };
                let id = self.start_job(
                    Work::Export {
                        vault,
                        format,
                        password,
                        kdf,
                    },
                    true,
                    fx,
                );
                let generation = self.session().map_or(0, |s| s.generation);
                if let Some(s) = self.session_mut() {
                    s.files.insert(id, FileRequest::Export(format, generation));
                }
                Ok(())
            }
            BackupsEvent::ChooseImportFile { .. } => {
                self.on_backups()?;
                let id = self.fresh_id();
                if let Some(s) = self.session_mut() {
                    s.files.insert(id, FileRequest::Import);
                }
                fx.push(Effect::OpenFile {
                    request: id,
                    mime_types: vec![
                        "application/json".into(),
                        "application/octet-stream".into(),
                        "text/plain".into(),
                    ],
                });
                Ok(())
            }
            BackupsEvent::ImportPassword { password, .. } => {
                match self.session_mut().map(|s| &mut s.page) {
                    Some(Page::Backups(b)) if b.import.is_some() => {
                        if let Some(i) = &mut b.import {
                            i.password = Some(password);
                        }
                    }
                    _ => return Err(self.not_available()),
                }
                self.read_import(fx);
                Ok(())
            }
            BackupsEvent::ConfirmImport { keep_pins, .. } => {
                let Some(Page::Backups(b)) = self.session().map(|s| &s.page) else {
                    return Err(self.not_available());
                };
                let Some(i) = b.import.as_ref().filter(|i| i.preview.is_some()) else {
                    return Err(self.not_available());
                };
                let change = Change::Import {
                    bytes: i.bytes.clone(),
                    password: i.password.clone(),
                    keep_pins,
                };
                self.commit(change, fx)
            }
            BackupsEvent::ShowGoogleCode { page } => {
                let Some(Page::Backups(b)) = self.session_mut().map(|s| &mut s.page) else {
                    return Err(self.not_available());
                };
                match &mut b.google {
                    Some(g) if (page as usize) < g.codes.len() => {
                        g.page = page as usize;
                        Ok(())
                    }
                    _ => Err(self.not_available()),
                }
            }
            BackupsEvent::CloseGoogleExport => {
                if let Some(Page::Backups(b)) = self.session_mut().map(|s| &mut s.page) {
                    b.google = None;
                }
                Ok(())
            }
            BackupsEvent::CloseImport => {
                if let Some(Page::Backups(b)) = self.session_mut().map(|s| &mut s.page) {
                    b.import = None;
                    b.report = None;
                }
                Ok(())
            }
            BackupsEvent::ShowBackupVersions { .. } => {
                self.on_backups()?;
                self.show_backup_versions(fx)
            }
            BackupsEvent::MergeBackupVersion { file_name, .. } => {
                self.on_backups()?;
                self.take_backup_version(file_name, false, fx)
            }
            BackupsEvent::RestoreBackupVersion { file_name, .. } => {
                self.on_backups()?;
                self.ask_restore_version(file_name)
            }
            BackupsEvent::ConfirmRestoreVersion { .. } => {
                self.on_backups()?;
                self.answer_restore_version(true, fx)
            }
            BackupsEvent::CancelRestoreVersion => self.answer_restore_version(false, fx),
            BackupsEvent::SetBackupFolder { folder, .. } => {
                self.config.settings.backup_folder = folder.filter(|f| !f.trim().is_empty());
                fx.push(self.persist());
                Ok(())
            }
        }
    }

    /// The answers to the backups' file effects (`OpenFile`, `SaveFile`, `SaveToFolder`).
    pub(crate) fn handle_file_answer(&mut self, event: Event, fx: &mut Vec<Effect>) -> Result<()> {
        match event {
            Event::FileOpened {
                request,
                name,
                bytes,
                ..
            } => {
                match self.take_file(request) {
                    Some(FileRequest::Import) => {}
                    Some(FileRequest::IconPack) => {
                        self.icon_pack_opened(bytes, fx);
                        return Ok(());
                    }
                    Some(what @ (FileRequest::CountVersion(_) | FileRequest::TakeVersion(..))) => {
                        return self.version_read(what, Some(bytes), fx);
                    }
                    _ => return Ok(()),
                }
                if let Some(Page::Backups(b)) = self.session_mut().map(|s| &mut s.page) {
                    b.report = None;
                    b.error = None;
                    b.import = Some(ImportState {
                        file_name: name,
                        bytes,
                        password: None,
                        needs_password: false,
                        preview: None,
                        error: None,
                    });
                }
                self.read_import(fx);
                Ok(())
            }
            Event::FileSaved { request, .. } => {
                match self.take_file(request) {
                    Some(FileRequest::Export(format, generation)) => {
                        // Only a file that holds everything and opens with a password counts
                        // as a backup (a URI list is a transfer, not a backup).
                        if format != ExportFormat::UriList {
                            self.backed_up(generation);
                            fx.push(self.persist());
                        }
                        self.notify(NoticeKind::Info, "notice-exported", &[]);
                    }
                    Some(FileRequest::AutoBackup(generation)) => {
                        self.backed_up(generation);
                        fx.push(self.persist());
                        self.rotate_backups(fx);
                    }
                    _ => {}
                }
                Ok(())
            }
            Event::FolderListed {
                request, listing, ..
            } => {
                if let Some(what) = self.take_file(request) {
                    self.folder_listed(what, listing.file_names, fx);
                }
                Ok(())
            }
            Event::FileFailed {
                request, reason, ..
            } => {
                let what = self.take_file(request);
                if let Some(w @ FileRequest::CountVersion(_)) = what {
                    return self.version_read(w, None, fx);
                }
                // A rotation that could not list the folder: the next backup tries again.
                if matches!(what, Some(FileRequest::RotateBackups)) {
                    return Ok(());
                }
                if what.is_some()
                    && let Some(reason) = reason
                {
                    let e = self.error(
                        ErrorCode::FileFailed,
                        Some(Field::File),
                        vec![crate::error::MessageArg::new("detail", reason)],
                    );
                    self.notify_error(&e);
                }
                Ok(())
            }
            _ => Err(self.not_available()),
        }
    }

    fn take_file(&mut self, request: u64) -> Option<FileRequest> {
        self.session_mut().and_then(|s| s.files.remove(&request))
    }

    fn backed_up(&mut self, generation: u64) {
        let s = &mut self.config.settings;
        s.last_backup_generation = s.last_backup_generation.max(generation);
        s.last_backup_ms = Some(self.now_ms);
    }

    pub(crate) fn persist(&self) -> Effect {
        Effect::PersistSettings {
            settings: self.config.settings.clone(),
        }
    }

    /// Reads the file being imported (again, with its password if one was typed).
    pub(crate) fn read_import(&mut self, fx: &mut Vec<Effect>) {
        let Some(s) = self.session() else { return };
        let Page::Backups(b) = &s.page else { return };
        let Some(i) = &b.import else { return };
        let existing = s
            .tokens
            .iter()
            .map(|e| Existing {
                name: e.info.name.clone(),
                kind: e.info.kind_name.clone(),
                account: e.info.account.clone(),
                secret: e.secret.clone(),
            })
            .collect();
        let work = Work::ReadImport {
            bytes: i.bytes.clone(),
            password: i.password.clone(),
            existing,
        };
        self.start_job(work, true, fx);
    }

    pub(crate) fn import_read(&mut self, result: std::result::Result<Preview, CoreError>) {
        let (preview, needs_password, error) = match result {
            Ok(p) => (Some(p), false, None),
            // A missing password is a question, not an error.
            Err(CoreError::ImportPasswordRequired { .. }) => (None, true, None),
            Err(e @ CoreError::ImportWrongPassword { .. }) => {
                (None, true, Some(self.core_error(&e, Some(Field::Password))))
            }
            Err(e) => (None, false, Some(self.core_error(&e, Some(Field::File)))),
        };
        if let Some(Page::Backups(b)) = self.session_mut().map(|s| &mut s.page)
            && let Some(i) = &mut b.import
        {
            i.needs_password = needs_password;
            i.preview = preview;
            i.error = error;
        }
    }

    /// Google Authenticator's export is made: its codes go on screen, not into a file (the
    /// file request made for it is dropped).
    fn show_google_export(&mut self, id: RequestId, exported: Exported) {
        let codes: Vec<SecretText> = String::from_utf8_lossy(&exported.bytes)
            .lines()
            .map(SecretText::from)
            .collect();
        let left_out = exported.skipped.into_iter().map(|(name, _)| name).collect();
        let Some(s) = self.session_mut() else { return };
        s.files.remove(&id);
        if let Page::Backups(b) = &mut s.page {
            b.google = Some(GoogleExport {
                codes,
                left_out,
                page: 0,
            });
        }
    }

    /// An export is made: hand it to the shell to save.
    pub(crate) fn exported(
        &mut self,
        result: std::result::Result<Exported, CoreError>,
        fx: &mut Vec<Effect>,
    ) {
        // The export job's id was registered as the file request; find it.
        let pending = self.session().and_then(|s| {
            s.files
                .iter()
                .find(|(_, f)| matches!(f, FileRequest::Export(..)))
                .map(|(id, f)| (*id, f.clone()))
        });
        let Some((id, FileRequest::Export(format, _))) = pending else {
            return;
        };
        match result {
            Ok(exported) => {
                let (name, mime) = match format {
                    ExportFormat::MotpBackup => ("mOTP-Token-backup.motp", "application/json"),
                    ExportFormat::Aegis => ("aegis-export.json", "application/json"),
                    ExportFormat::UriList => ("motp-tokens.txt", "text/plain"),
                    ExportFormat::GoogleAuthenticator => {
                        self.show_google_export(id, exported);
                        return;
                    }
                };
                fx.push(Effect::SaveFile {
                    request: id,
                    suggested_name: name.into(),
                    mime_type: mime.into(),
                    bytes: SecretBytes::from(exported.bytes),
                });
            }
            Err(e) => {
                if let Some(s) = self.session_mut() {
                    s.files.remove(&id);
                }
                let err = self.core_error(&e, Some(Field::Password));
                self.backups_error(Some(err));
            }
        }
    }

    /// Writes the saved vault file to the automatic backups' folder.
    pub(crate) fn auto_backup(&mut self, bytes: SecretBytes, fx: &mut Vec<Effect>) {
        let Some(folder) = self.config.settings.backup_folder.clone() else {
            return;
        };
        let id = self.fresh_id();
        let generation = self.session().map_or(0, |s| s.generation);
        if let Some(s) = self.session_mut() {
            s.files.insert(id, FileRequest::AutoBackup(generation));
        }
        fx.push(Effect::SaveToFolder {
            request: id,
            folder,
            file_name: self.auto_backup_name(),
            bytes,
        });
    }

    /// "You changed tokens since the last backup", when the vault holds changes no backup has.
    pub(crate) fn backup_reminder(&self, s: &Session) -> Option<String> {
        let behind = s.generation > self.config.settings.last_backup_generation;
        (behind && !s.tokens.is_empty()).then(|| {
            self.catalog
                .plain(if self.config.settings.backup_folder.is_some() {
                    "backups-reminder-auto-failed"
                } else {
                    "backups-reminder"
                })
        })
    }

    // ---- troubleshooting ----

    fn trouble_error(&mut self, e: Option<AppError>) {
        if let Some(Page::Troubleshooting(t)) = self.session_mut().map(|s| &mut s.page) {
            t.error = e;
        }
    }

    pub(crate) fn handle_troubleshooting(
        &mut self,
        event: TroubleshootingEvent,
        fx: &mut Vec<Effect>,
    ) -> Result<()> {
        match event {
            TroubleshootingEvent::CheckClock { .. } => {
                let id = self.fresh_id();
                if let Some(s) = self.session_mut() {
                    s.clock_request = Some(id);
                }
                self.trouble_error(None);
                fx.push(Effect::AskNetworkTime { request: id });
                Ok(())
            }
            TroubleshootingEvent::ApplyClockCorrection { .. } => {
                let Some(c) = self.session().and_then(|s| s.clock.as_ref()) else {
                    return Err(self.not_available());
                };
                let correction = c.check.suggested_correction;
                self.set_correction(correction, fx)
            }
            TroubleshootingEvent::ClearClockCorrection { .. } => {
                self.set_correction(ClockCorrection(0), fx)
            }
            TroubleshootingEvent::RunDoctor {
                token_id,
                pin,
                code,
                admin_check_code,
                ..
            } => {
                let id = self.token_id(&token_id)?;
                let admin = match admin_check_code.filter(|c| !c.trim().is_empty()) {
                    None => None,
                    Some(c) => match CheckCode::parse(&c) {
                        Ok(c) => Some(c),
                        Err(e) => {
                            let e = self.core_error(&e, Some(Field::CheckCode));
                            self.trouble_error(Some(e));
                            return Ok(());
                        }
                    },
                };
                let other_code = match code.filter(|c| !c.trim().is_empty()) {
                    None => None,
                    Some(c) => match Code::parse(&c) {
                        Ok(c) => Some(c),
                        Err(e) => {
                            let e = self.core_error(&e, Some(Field::Code));
                            self.trouble_error(Some(e));
                            return Ok(());
                        }
                    },
                };
                let pin = pin.filter(|p| !p.is_empty()).map(|p| Pin::raw(p.expose()));
                let clock = match self.session().and_then(|s| s.clock.as_ref()) {
                    Some(c) => motp_core::doctor::ClockInput::Checked(c.check.clone()),
                    None => motp_core::doctor::ClockInput::NotChecked,
                };
                self.require_idle()?;
                let request = DoctorRequest {
                    pin,
                    clock,
                    admin_check_code: admin,
                    other_code,
                    at_unix_ms: self.now_ms,
                    options: DiagnoseOptions::default(),
                };
                let report = self
                    .session()
                    .and_then(|s| s.vault.as_ref())
                    .map(|v| v.doctor(id, request));
                match report {
                    Some(Ok(report)) => {
                        if let Some(Page::Troubleshooting(t)) =
                            self.session_mut().map(|s| &mut s.page)
                        {
                            t.doctor = Some((id, report));
                            t.error = None;
                        }
                    }
                    Some(Err(e)) => {
                        let e = self.core_error(&e, None);
                        self.trouble_error(Some(e));
                    }
                    None => return Err(self.error(ErrorCode::Busy, None, Vec::new())),
                }
                Ok(())
            }
            TroubleshootingEvent::ShowCheckCode { token_id, .. } => {
                let id = self.token_id(&token_id)?;
                if let Some(Page::Troubleshooting(t)) = self.session_mut().map(|s| &mut s.page) {
                    t.check_code = Some(id);
                    Ok(())
                } else {
                    Err(self.not_available())
                }
            }
        }
    }

    /// The answers to `AskNetworkTime`.
    pub(crate) fn handle_network_time(&mut self, event: Event, fx: &mut Vec<Effect>) -> Result<()> {
        match event {
            Event::NetworkTimeAnswered {
                request,
                network_ms,
                device_ms,
                uncertainty_ms,
                source,
            } => {
                if !self.take_clock_request(request) {
                    return Ok(());
                }
                let offset_us = network_ms.saturating_sub(device_ms).saturating_mul(1000);
                let check = ClockCheck::from_measurement(
                    source.clone(),
                    SocketAddr::from((Ipv4Addr::UNSPECIFIED, 0)),
                    offset_us,
                    uncertainty_ms.saturating_mul(2000),
                    0,
                    DEFAULT_WINDOW_SECONDS,
                );
                self.clock_measured(Ok(ClockResult { check, source }));
                Ok(())
            }
            Event::NetworkTimeUnavailable { request, .. } => {
                if !self.take_clock_request(request) {
                    return Ok(());
                }
                let server = self.config.time_server.clone();
                self.start_job(
                    Work::ClockCheck {
                        server,
                        window_seconds: DEFAULT_WINDOW_SECONDS,
                    },
                    true,
                    fx,
                );
                Ok(())
            }
            _ => Err(self.not_available()),
        }
    }

    fn take_clock_request(&mut self, request: u64) -> bool {
        match self.session_mut() {
            Some(s) if s.clock_request == Some(request) => {
                s.clock_request = None;
                true
            }
            _ => false,
        }
    }

    /// A clock check finished (from the platform's network time or an NTP job).
    pub(crate) fn clock_measured(&mut self, result: std::result::Result<ClockResult, CoreError>) {
        match result {
            Ok(c) => {
                if let Some(s) = self.session_mut() {
                    s.clock = Some(c);
                }
            }
            Err(e) => {
                let e = self.core_error(&e, None);
                self.trouble_error(Some(e));
            }
        }
    }

    // ---- settings ----

    pub(crate) fn settings_error(&mut self, e: Option<AppError>) {
        if let Some(Page::Settings(st)) = self.session_mut().map(|s| &mut s.page) {
            st.error = e;
        }
    }

    pub(crate) fn handle_settings(
        &mut self,
        event: SettingsEvent,
        fx: &mut Vec<Effect>,
    ) -> Result<()> {
        match event {
            SettingsEvent::SetAutoLock {
                background_minutes,
                inactivity_minutes,
                ..
            } => {
                if background_minutes > MAX_LOCK_MINUTES || inactivity_minutes > MAX_LOCK_MINUTES {
                    let e = self.error(
                        ErrorCode::SettingInvalid,
                        None,
                        motp_text::args([("max", MAX_LOCK_MINUTES.to_string())]),
                    );
                    self.settings_error(Some(e));
                    return Ok(());
                }
                let s = &mut self.config.settings;
                s.lock_after_background_minutes = background_minutes;
                s.lock_after_inactivity_minutes = inactivity_minutes;
                self.settings_error(None);
                fx.push(self.persist());
                Ok(())
            }
            SettingsEvent::SetHideCodes { hide, .. } => {
                self.config.settings.hide_codes = hide;
                if let Some(s) = self.session_mut() {
                    s.revealed.clear();
                }
                fx.push(self.persist());
                Ok(())
            }
            SettingsEvent::SetClipboardClear { seconds, .. } => {
                if seconds > MAX_CLIPBOARD_SECONDS {
                    let e = self.error(
                        ErrorCode::SettingInvalid,
                        None,
                        motp_text::args([("max", MAX_CLIPBOARD_SECONDS.to_string())]),
                    );
                    self.settings_error(Some(e));
                    return Ok(());
                }
                self.config.settings.clipboard_clear_seconds = seconds;
                self.settings_error(None);
                fx.push(self.persist());
                Ok(())
            }
            SettingsEvent::SetDeviceKey { enabled, .. } => {
                let Some(device) = self.config.device_key.clone() else {
                    return Err(self.error(ErrorCode::NoDeviceKey, None, Vec::new()));
                };
                if enabled {
                    self.commit(
                        Change::RecordKey {
                            protector_id: device.protector_id,
                            label: device.label,
                        },
                        fx,
                    )
                } else {
                    self.commit(
                        Change::RemoveDeviceSlot {
                            protector_id: device.protector_id.clone(),
                        },
                        fx,
                    )?;
                    fx.push(Effect::DeleteDeviceKey {
                        protector_id: device.protector_id,
                    });
                    Ok(())
                }
            }
            SettingsEvent::ChangePassword {
                current_password,
                new_password,
                confirmation,
                ..
            } => {
                if current_password.is_empty() {
                    let e = self.error(
                        ErrorCode::PasswordEmpty,
                        Some(Field::CurrentPassword),
                        Vec::new(),
                    );
                    self.settings_error(Some(e));
                    return Ok(());
                }
                if new_password.is_empty() {
                    let e = self.error(ErrorCode::PasswordEmpty, Some(Field::Password), Vec::new());
                    self.settings_error(Some(e));
                    return Ok(());
                }
                if new_password != confirmation {
                    let e = self.error(
                        ErrorCode::PasswordsDiffer,
                        Some(Field::PasswordConfirmation),
                        Vec::new(),
                    );
                    self.settings_error(Some(e));
                    return Ok(());
                }
                let current = match Password::new(current_password.expose()) {
                    Ok(p) => p,
                    Err(e) => {
                        let e = self.core_error(&e, Some(Field::CurrentPassword));
                        self.settings_error(Some(e));
                        return Ok(());
                    }
                };
                match Password::new(new_password.expose()) {
                    Ok(new) => {
                        self.settings_error(None);
                        let kdf = self.config.kdf.params();
                        self.commit(Change::Password { current, new, kdf }, fx)
                    }
                    Err(e) => {
                        let e = self.core_error(&e, Some(Field::Password));
                        self.settings_error(Some(e));
                        Ok(())
                    }
                }
            }
            SettingsEvent::ImportIconPack { .. } => self.choose_icon_pack(fx),
            SettingsEvent::SetUpSync {
                url,
                user,
                password,
                ..
            } => self.set_up_sync(&url, &user, password, fx),
            SettingsEvent::SyncNow { .. } => {
                self.sync_now(true, fx);
                Ok(())
            }
            SettingsEvent::TurnOffSync { .. } => self.turn_off_sync(fx),
            SettingsEvent::AdoptNewPassword { password, .. } => {
                self.adopt_new_password(&password, fx)
            }
        }
    }
}
