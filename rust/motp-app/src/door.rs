//! The ways in: first run (create), unlock with the password or the device key, and the
//! device-key answers (which also serve enrolment while unlocked).

use crate::event::{FirstRunEvent, UnlockEvent};
use motp_core::Error as CoreError;
use motp_core::vault::Password;

use crate::app::{App, DeviceRequest, FirstRun, Locked, Phase};
use crate::effect::{DeviceKeyPrompt, Effect};
use crate::error::{ErrorCode, Field, MessageArg, Result};
use crate::event::Event;
use crate::protocol::{Change, Done, Work};
use crate::sensitive::{SecretBytes, SecretText};
use crate::session::Doors;
use crate::session::Session;
use crate::view::{NoticeKind, PasswordStrength};
use motp_text::args;

/// A hint, not a rule: length and variety of characters. A dictionary-based estimator
/// (zxcvbn) would add megabytes of word lists to the phone library for a hint; the vault's
/// Argon2id (64 MiB, 16 passes) is what actually slows guessing.
pub(crate) fn strength(password: &str) -> PasswordStrength {
    let len = password.chars().count();
    if len == 0 {
        return PasswordStrength::Empty;
    }
    let classes = [
        password.chars().any(|c| c.is_lowercase()),
        password.chars().any(|c| c.is_uppercase()),
        password.chars().any(|c| c.is_numeric()),
        password.chars().any(|c| !c.is_alphanumeric()),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    match (len, classes) {
        (0..=7, _) => PasswordStrength::Weak,
        (8..=11, _) | (12..=15, 0..=1) => PasswordStrength::Fair,
        _ => PasswordStrength::Strong,
    }
}

impl App {
    pub(crate) fn handle_door(&mut self, event: Event, fx: &mut Vec<Effect>) -> Result<()> {
        match event {
            Event::FirstRun(FirstRunEvent::FirstRunPasswordChanged { password }) => {
                let Phase::FirstRun(f) = &mut self.phase else {
                    return Err(self.not_available());
                };
                f.strength = strength(password.expose());
                Ok(())
            }
            Event::FirstRun(FirstRunEvent::CreateVault {
                password,
                confirmation,
                use_device_key,
                ..
            }) => self.create_vault(password, confirmation, use_device_key, fx),
            Event::Unlock(UnlockEvent::UnlockWithPassword { password, .. }) => {
                self.require_locked()?;
                let password = match Password::new(password.expose()) {
                    Ok(p) => p,
                    Err(e) => {
                        let err = self.core_error(&e, Some(Field::Password));
                        self.set_locked_error(Some(err));
                        return Ok(());
                    }
                };
                self.set_locked_error(None);
                let path = self.vault_path();
                self.start_job(Work::OpenWithPassword { path, password }, true, fx);
                Ok(())
            }
            Event::Unlock(UnlockEvent::UnlockWithDeviceKey { .. }) => {
                self.require_locked()?;
                let Some(device) = self.config.device_key.clone() else {
                    return Err(self.error(ErrorCode::NoDeviceKey, None, Vec::new()));
                };
                self.set_locked_error(None);
                let path = self.vault_path();
                self.start_job(
                    Work::ReadDeviceSlot {
                        path,
                        protector_id: device.protector_id,
                        label: device.label,
                    },
                    true,
                    fx,
                );
                Ok(())
            }
            Event::DeviceKeyUnwrapped { request, key, .. } => {
                let Some(DeviceRequest::Unwrap { id, .. }) = &self.device_request else {
                    return Ok(());
                };
                if *id != request {
                    return Ok(());
                }
                let Some(DeviceRequest::Unwrap { wrapped, .. }) = self.device_request.take() else {
                    return Ok(());
                };
                let Some(device) = self.config.device_key.clone() else {
                    return Ok(());
                };
                if let Phase::Locked(l) = &mut self.phase {
                    l.waiting_for_device_key = false;
                }
                let path = self.vault_path();
                self.start_job(
                    Work::OpenWithDeviceKey {
                        path,
                        protector_id: device.protector_id,
                        label: device.label,
                        wrapped,
                        key,
                    },
                    true,
                    fx,
                );
                Ok(())
            }
            Event::DeviceKeyWrapped {
                request, wrapped, ..
            } => {
                let Some(DeviceRequest::Wrap { id, .. }) = &self.device_request else {
                    return Ok(());
                };
                if *id != request {
                    return Ok(());
                }
                let Some(DeviceRequest::Wrap { key, .. }) = self.device_request.take() else {
                    return Ok(());
                };
                let Some(device) = self.config.device_key.clone() else {
                    return Ok(());
                };
                self.commit(
                    Change::AddDeviceSlot {
                        protector_id: device.protector_id,
                        label: device.label,
                        key,
                        wrapped,
                    },
                    fx,
                )
            }
            Event::DeviceKeyCancelled { request, .. } => {
                if self.take_device_request(request) {
                    let e = self.error(ErrorCode::DeviceKeyCancelled, None, Vec::new());
                    self.device_key_failed(e, false);
                }
                Ok(())
            }
            Event::DeviceKeyInvalidated { request, .. } => {
                if self.take_device_request(request) {
                    let e = self.error(ErrorCode::DeviceKeyInvalidated, None, Vec::new());
                    self.device_key_failed(e, true);
                }
                Ok(())
            }
            Event::DeviceKeyFailed {
                request, reason, ..
            } => {
                if self.take_device_request(request) {
                    let e = self.error(
                        ErrorCode::DeviceKeyFailed,
                        None,
                        vec![MessageArg::new("detail", reason)],
                    );
                    self.device_key_failed(e, false);
                }
                Ok(())
            }
            _ => Err(self.not_available()),
        }
    }

    fn create_vault(
        &mut self,
        password: SecretText,
        confirmation: SecretText,
        use_device_key: bool,
        fx: &mut Vec<Effect>,
    ) -> Result<()> {
        if !matches!(self.phase, Phase::FirstRun(_)) {
            return Err(self.not_available());
        }
        let problem = if password.is_empty() {
            Some(self.error(ErrorCode::PasswordEmpty, Some(Field::Password), Vec::new()))
        } else if password != confirmation {
            Some(self.error(
                ErrorCode::PasswordsDiffer,
                Some(Field::PasswordConfirmation),
                Vec::new(),
            ))
        } else {
            None
        };
        let password = match (problem, Password::new(password.expose())) {
            (None, Ok(p)) => p,
            (Some(e), _) => {
                self.first_run_error(e);
                return Ok(());
            }
            (None, Err(e)) => {
                let e = self.core_error(&e, Some(Field::Password));
                self.first_run_error(e);
                return Ok(());
            }
        };
        if let Phase::FirstRun(f) = &mut self.phase {
            f.error = None;
        }
        let record_key_for = match (&self.config.device_key, use_device_key) {
            (Some(d), true) => Some((d.protector_id.clone(), d.label.clone())),
            _ => None,
        };
        let path = self.vault_path();
        self.start_job(
            Work::Create {
                path,
                password,
                kdf: self.config.kdf.params(),
                record_key_for,
            },
            true,
            fx,
        );
        Ok(())
    }

    fn first_run_error(&mut self, e: crate::AppError) {
        if let Phase::FirstRun(f) = &mut self.phase {
            f.error = Some(e);
        }
    }

    fn require_locked(&self) -> Result<()> {
        if !matches!(self.phase, Phase::Locked(_)) {
            return Err(self.not_available());
        }
        if self.busy.is_some() {
            return Err(self.error(ErrorCode::Busy, None, Vec::new()));
        }
        Ok(())
    }

    fn set_locked_error(&mut self, error: Option<crate::AppError>) {
        if let Phase::Locked(l) = &mut self.phase {
            l.error = error;
        }
    }

    pub(crate) fn not_available(&self) -> crate::AppError {
        self.error(ErrorCode::NotAvailable, None, Vec::new())
    }

    fn take_device_request(&mut self, request: u64) -> bool {
        if self
            .device_request
            .as_ref()
            .is_some_and(|r| r.id() == request)
        {
            self.device_request = None;
            true
        } else {
            false
        }
    }

    /// The prompt was closed or failed: say so where the user is.
    fn device_key_failed(&mut self, e: crate::AppError, invalidated: bool) {
        match &mut self.phase {
            Phase::Locked(l) => {
                l.waiting_for_device_key = false;
                l.device_key_invalidated |= invalidated;
                l.error = Some(e);
            }
            Phase::Unlocked(s) => {
                s.device_key_invalidated |= invalidated;
                let kind = if invalidated {
                    NoticeKind::Warning
                } else {
                    NoticeKind::Info
                };
                self.notify_error_as(kind, &e);
            }
            _ => {}
        }
    }

    /// Results of the jobs that open doors.
    pub(crate) fn door_job_done(&mut self, done: Done, fx: &mut Vec<Effect>) -> Result<()> {
        match done {
            Done::Inspected(Ok(None)) => {
                self.phase = Phase::FirstRun(FirstRun::default());
            }
            Done::Inspected(Ok(Some(summary))) => {
                let kinds: Vec<_> = summary.slots.into_iter().map(|s| s.kind).collect();
                self.phase = Phase::Locked(Locked {
                    doors: Doors::of(&kinds, self.config.device_key.as_ref()),
                    ..Locked::default()
                });
            }
            Done::Inspected(Err(e)) => {
                // Unreadable header: offer the password (opening tries the previous copy) and
                // say what is wrong.
                let err = self.core_error(&e, None);
                self.phase = Phase::Locked(Locked {
                    doors: Doors {
                        password: true,
                        device: false,
                    },
                    error: Some(err),
                    ..Locked::default()
                });
            }
            Done::Created(Ok((vault, key))) => {
                self.unlocked(vault);
                self.notify(NoticeKind::Info, "notice-vault-created", &[]);
                if let Some(key) = key {
                    self.ask_wrap(key, fx);
                }
            }
            Done::Created(Err(e)) => {
                let err = self.core_error(&e, None);
                self.first_run_error(err);
            }
            Done::Opened(Ok(opened)) => {
                let invalidated = match &self.phase {
                    Phase::Locked(l) => l.device_key_invalidated,
                    _ => false,
                };
                let warning = opened.warning.is_some();
                self.unlocked(Box::new(opened.vault));
                if let Phase::Unlocked(s) = &mut self.phase {
                    s.device_key_invalidated = invalidated;
                }
                if warning {
                    self.notify(NoticeKind::Warning, "notice-recovered-from-previous", &[]);
                }
                self.purge_trash_after_open(fx);
                // What the other devices did while this one was locked comes in (after the
                // purge's save, if one started: the sync waits for the vault).
                self.sync_now(false, fx);
            }
            Done::Opened(Err(e)) | Done::DeviceSlot(Err(e)) => {
                let field = matches!(e, CoreError::VaultWrongPassword).then_some(Field::Password);
                let err = self.core_error(&e, field);
                if let Phase::Locked(l) = &mut self.phase {
                    l.error = Some(err);
                    l.waiting_for_device_key = false;
                }
            }
            Done::DeviceSlot(Ok(wrapped)) => {
                let Some(device) = self.config.device_key.clone() else {
                    return Ok(());
                };
                let id = self.fresh_id();
                fx.push(Effect::UnwrapWithDeviceKey {
                    request: id,
                    protector_id: device.protector_id,
                    wrapped: wrapped.expose().to_vec(),
                    prompt: DeviceKeyPrompt {
                        title: self.catalog.plain("device-key-unlock-title"),
                        reason: self.catalog.plain("device-key-unlock-reason"),
                        cancel: self.catalog.plain("device-key-use-password"),
                    },
                });
                self.device_request = Some(DeviceRequest::Unwrap { id, wrapped });
                if let Phase::Locked(l) = &mut self.phase {
                    l.waiting_for_device_key = true;
                }
            }
            _ => {}
        }
        Ok(())
    }

    pub(crate) fn enter_unlocked(&mut self, vault: Box<motp_core::vault::Vault>) {
        self.unlocked(vault);
    }

    fn unlocked(&mut self, vault: Box<motp_core::vault::Vault>) {
        let session = Session::new(vault, self.config.device_key.as_ref());
        self.phase = Phase::Unlocked(Box::new(session));
        self.last_activity_ms = self.now_ms;
        self.background_since = None;
    }

    /// Asks the shell to wrap the vault key with the device key (enrolment).
    pub(crate) fn ask_wrap(&mut self, key: SecretBytes, fx: &mut Vec<Effect>) {
        let Some(device) = self.config.device_key.clone() else {
            return;
        };
        let id = self.fresh_id();
        fx.push(Effect::WrapWithDeviceKey {
            request: id,
            prompt: DeviceKeyPrompt {
                title: self
                    .catalog
                    .text("device-key-enrol-title", &args([("label", device.label)])),
                reason: self.catalog.plain("device-key-enrol-reason"),
                cancel: self.catalog.plain("label-cancel"),
            },
            protector_id: device.protector_id,
            key: key.clone(),
        });
        self.device_request = Some(DeviceRequest::Wrap { id, key });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strength_hints() {
        assert_eq!(strength(""), PasswordStrength::Empty);
        assert_eq!(strength("abc123!"), PasswordStrength::Weak);
        assert_eq!(strength("Abc123!x"), PasswordStrength::Fair);
        assert_eq!(strength("abcdefghijklm"), PasswordStrength::Fair);
        assert_eq!(strength("abcdefghijkl3"), PasswordStrength::Strong);
        assert_eq!(
            strength("correct horse battery staple"),
            PasswordStrength::Strong
        );
    }
}
