//! First run on a second device: "Use the vault from my sync server". The server's copy is
//! fetched (an HTTP effect, as every sync request), this device's own vault is made from it in
//! a job (it opens with the vault's password; it gets its own device id and keeps only the
//! password slot) and linked to the server, and the app unlocks into it and syncs.
//!
//! A device never joins by linking a fresh vault of its own: that is another vault (another
//! key), which the sync refuses to merge or overwrite.

use motp_core::Error as CoreError;
use motp_core::sync::{HttpResponse, SyncTarget};
use motp_core::vault::{Password, Vault};

use crate::app::{App, Join, Phase};
use crate::effect::Effect;
use crate::error::{ErrorCode, Field, MessageArg, Result};
use crate::http::{HttpCall, HttpFailure};
use crate::protocol::{RequestId, Work};
use crate::sensitive::{SecretBytes, SecretText};
use crate::view::NoticeKind;

impl App {
    /// "Use the vault from my sync server": the address and the passwords checked, the copy
    /// asked for.
    pub(crate) fn join_sync(
        &mut self,
        url: &str,
        user: &str,
        server_password: SecretText,
        vault_password: SecretText,
        fx: &mut Vec<Effect>,
    ) -> Result<()> {
        let Phase::FirstRun(f) = &self.phase else {
            return Err(self.not_available());
        };
        if f.join.is_some() || self.busy.is_some() {
            return Err(self.error(ErrorCode::Busy, None, Vec::new()));
        }
        let user = Some(user.trim()).filter(|u| !u.is_empty());
        let server_password = Some(server_password)
            .filter(|p| !p.is_empty())
            .map(|p| zeroize::Zeroizing::new(p.expose().to_owned()));
        let target = match SyncTarget::new(url, user, server_password) {
            Ok(t) => t,
            Err(e) => {
                let err = self.core_error(&e, Some(Field::SyncAddress));
                self.set_first_run_error(err);
                return Ok(());
            }
        };
        let password = match Password::new(vault_password.expose()) {
            Ok(p) => p,
            Err(e) => {
                let err = self.core_error(&e, Some(Field::Password));
                self.set_first_run_error(err);
                return Ok(());
            }
        };
        let request = self.fresh_id();
        fx.push(Effect::SendHttp {
            request,
            call: HttpCall::from_request(target.get(None), 0),
        });
        if let Phase::FirstRun(f) = &mut self.phase {
            f.error = None;
            f.join = Some(Join {
                request,
                target,
                password,
            });
        }
        Ok(())
    }

    /// The join's request, taken if `request` answers it.
    fn take_join(&mut self, request: RequestId) -> Option<Join> {
        match &mut self.phase {
            Phase::FirstRun(f) if f.join.as_ref().is_some_and(|j| j.request == request) => {
                f.join.take()
            }
            _ => None,
        }
    }

    /// The server answered: its copy makes this device's vault (a job: a key derivation and
    /// the first save), or the answer is said under the address.
    pub(crate) fn join_answered(
        &mut self,
        request: RequestId,
        response: HttpResponse,
        fx: &mut Vec<Effect>,
    ) {
        let Some(join) = self.take_join(request) else {
            return;
        };
        let problem = match response.status {
            200..=299 => {
                let path = self.vault_path();
                self.start_job(
                    Work::Join {
                        path,
                        copy: SecretBytes::new(response.body),
                        password: join.password,
                        target: Box::new(join.target),
                    },
                    true,
                    fx,
                );
                return;
            }
            status => crate::http::status_problem(status),
        };
        let err = self.error(
            ErrorCode::SyncFailed,
            Some(Field::SyncAddress),
            vec![
                MessageArg::new("problem", problem),
                MessageArg::new("status", response.status),
                MessageArg::new("detail", ""),
            ],
        );
        self.set_first_run_error(err);
    }

    /// No answer from the server: said under the address.
    pub(crate) fn join_failed(&mut self, request: RequestId, failure: HttpFailure, detail: String) {
        if self.take_join(request).is_none() {
            return;
        }
        let err = self.error(
            ErrorCode::SyncFailed,
            Some(Field::SyncAddress),
            vec![
                MessageArg::new("problem", failure.problem()),
                MessageArg::new("detail", detail),
            ],
        );
        self.set_first_run_error(err);
    }

    /// This device's vault is made and linked: unlocked, then synced (which records the
    /// server's version).
    pub(crate) fn joined(
        &mut self,
        result: std::result::Result<Box<Vault>, CoreError>,
        fx: &mut Vec<Effect>,
    ) {
        match result {
            Ok(vault) => {
                self.enter_unlocked(vault);
                self.notify(NoticeKind::Info, "notice-joined", &[]);
                self.sync_now(false, fx);
            }
            Err(e) => {
                let field = match e {
                    CoreError::VaultWrongPassword => Field::Password,
                    _ => Field::SyncAddress,
                };
                let err = self.core_error(&e, Some(field));
                self.set_first_run_error(err);
            }
        }
    }

    fn set_first_run_error(&mut self, e: crate::AppError) {
        if let Phase::FirstRun(f) = &mut self.phase {
            f.error = Some(e);
        }
    }
}
