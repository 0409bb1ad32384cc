//! Adding a token: camera frames → decode → preview → PIN policy → confirm, with the duplicate
//! check before anything is added; or a pasted URI, a typed secret, a generated one.

use crate::event::AddEvent;
use motp_core::import::ImportFormat;
use motp_core::vault::NewToken;
use motp_core::{OtpKind, Pin, ProvisioningUri, Secret, SecretLength};

use crate::app::App;
use crate::effect::Effect;
use crate::error::{AppError, ErrorCode, Field, MessageArg, Result};
use crate::event::{CameraProblem, PinPolicyChoice};
use crate::protocol::{Change, Work};
use crate::sensitive::{SecretBytes, SecretText};
use crate::session::{AddState, BackupsState, Candidate, Entry, ExportScan, ImportState, Page};
use crate::view::AddStep;

/// Message ids of the two duplicate reasons.
const SAME_SECRET: &str = "add-duplicate-same-secret";
const SAME_NAME: &str = "add-duplicate-same-name";

impl App {
    fn add(&mut self) -> Result<&mut AddState> {
        let na = self.not_available();
        self.add_state().ok_or(na)
    }

    fn add_error(&mut self, e: Option<AppError>) {
        if let Some(a) = self.add_state() {
            a.error = e;
        }
    }

    pub(crate) fn handle_add(&mut self, event: AddEvent, fx: &mut Vec<Effect>) -> Result<()> {
        match event {
            AddEvent::ScanQr { .. } => {
                let a = self.add()?;
                *a = AddState {
                    step: AddStep::Scanning,
                    camera_on: true,
                    ..AddState::default()
                };
                fx.push(Effect::StartCamera);
                Ok(())
            }
            AddEvent::CameraFrame {
                luma,
                width,
                height,
                row_stride,
                ..
            } => {
                // Frames come ~30 times a second: decode one at a time off the UI thread and
                // drop the rest meanwhile (the next frame is as good). Frames that race a
                // `StopCamera` (the add screen was left) are dropped too.
                let Some(a) = self.add_state() else {
                    return Ok(());
                };
                if !a.camera_on || a.decoding {
                    return Ok(());
                }
                a.decoding = true;
                self.start_job(
                    Work::DecodeFrame {
                        luma,
                        width,
                        height,
                        row_stride,
                    },
                    false,
                    fx,
                );
                Ok(())
            }
            AddEvent::StopScanning { .. } => {
                let a = self.add()?;
                if a.end_scanning() {
                    a.step = AddStep::Choose;
                    fx.push(Effect::StopCamera);
                }
                Ok(())
            }
            AddEvent::PictureChosen {
                luma,
                width,
                height,
                row_stride,
                ..
            } => {
                let a = self.add()?;
                a.error = None;
                self.start_job(
                    Work::DecodePicture {
                        luma,
                        width,
                        height,
                        row_stride,
                    },
                    true,
                    fx,
                );
                Ok(())
            }
            AddEvent::ImportScannedCodes { .. } => {
                if self.add()?.export_scan.is_none() {
                    return Err(self.not_available());
                }
                self.import_scanned_codes(fx);
                Ok(())
            }
            AddEvent::CameraUnavailable { problem, .. } => {
                // A late answer (the add screen was left, or scanning already stopped) changes
                // nothing.
                let Some(a) = self.add_state() else {
                    return Ok(());
                };
                if !a.end_scanning() {
                    return Ok(());
                }
                a.step = AddStep::Choose;
                let reason = match problem {
                    CameraProblem::PermissionDenied => "denied",
                    CameraProblem::NoCamera => "missing",
                    CameraProblem::Failed => "failed",
                };
                let e = self.error(
                    ErrorCode::CameraUnavailable,
                    None,
                    vec![MessageArg::new("problem", reason)],
                );
                self.add_error(Some(e));
                Ok(())
            }
            AddEvent::UriPasted { uri, .. } => {
                self.add()?;
                self.read_uri(&uri, fx);
                Ok(())
            }
            AddEvent::ManualEntry {
                issuer,
                account,
                secret,
                ..
            } => {
                self.add()?;
                self.preview_typed(issuer, &account, false, || Secret::new(secret.expose()));
                Ok(())
            }
            AddEvent::GenerateSecret {
                issuer,
                account,
                long,
                ..
            } => {
                self.add()?;
                let length = if long {
                    SecretLength::Hex32
                } else {
                    SecretLength::Hex16
                };
                self.preview_typed(issuer, &account, true, || Secret::generate(length));
                Ok(())
            }
            AddEvent::PreviewAccepted { .. } => {
                let a = self.add()?;
                let Some(c) = &a.candidate else {
                    return Err(self.not_available());
                };
                // TOTP and HOTP have no PIN: straight to the confirmation.
                a.step = if c.kind.uses_pin() {
                    AddStep::PinPolicy
                } else {
                    AddStep::Confirm
                };
                a.error = None;
                Ok(())
            }
            AddEvent::PinPolicyChosen {
                policy,
                pin,
                keep_uri_pin,
                ..
            } => {
                let a = self.add()?;
                let Some(c) = &a.candidate else {
                    return Err(self.not_available());
                };
                let uri_pin = c.uri_pin.clone();
                let pin = match (keep_uri_pin, uri_pin, pin) {
                    (true, Some(p), _) => Some(p),
                    (_, _, Some(typed)) => match Pin::new(typed.expose()) {
                        Ok(p) => Some(p),
                        Err(e) => {
                            let e = self.core_error(&e, Some(Field::Pin));
                            self.add_error(Some(e));
                            return Ok(());
                        }
                    },
                    _ => None,
                };
                if let Err(e) = self.pin_setup(policy, pin.clone()) {
                    self.add_error(Some(e));
                    return Ok(());
                }
                let a = self.add()?;
                a.policy = policy;
                a.pin = if policy == PinPolicyChoice::Ask {
                    None
                } else {
                    pin
                };
                a.step = AddStep::Confirm;
                a.error = None;
                Ok(())
            }
            AddEvent::ConfirmAdd { .. } => {
                let duplicates = {
                    let a = self.add()?;
                    let Some(c) = a.candidate.clone() else {
                        return Err(self.not_available());
                    };
                    let tokens = self.session().map(|s| s.tokens.as_slice()).unwrap_or(&[]);
                    duplicates_of(tokens, &c)
                };
                if duplicates.is_empty() {
                    return self.add_now(fx);
                }
                let a = self.add()?;
                a.duplicates = duplicates;
                a.step = AddStep::Duplicate;
                Ok(())
            }
            AddEvent::AddAnyway { .. } => {
                if self.add()?.step != AddStep::Duplicate {
                    return Err(self.not_available());
                }
                self.add_now(fx)
            }
        }
    }

    fn add_now(&mut self, fx: &mut Vec<Effect>) -> Result<()> {
        let a = self.add()?;
        let (Some(c), policy, pin) = (a.candidate.clone(), a.policy, a.pin.clone()) else {
            return Err(self.not_available());
        };
        let setup = self.pin_setup(policy, pin)?;
        let mut token = NewToken::of_kind(c.kind, c.issuer.as_deref(), &c.account, c.secret);
        token.pin = setup;
        self.commit(Change::Add(Box::new(token)), fx)
    }

    /// Reads a pasted or scanned URI into the preview, or says why it can't be added.
    fn read_uri(&mut self, uri: &SecretText, fx: &mut Vec<Effect>) {
        if motp_core::import::google::is_export_qr(uri.expose()) {
            self.read_export_qr(uri, fx);
            return;
        }
        // mOTP, TOTP and HOTP: the preview shows the kind, and the token is added as such.
        match ProvisioningUri::parse(uri.expose()) {
            Ok(u) => {
                if self.add_state().is_some_and(|a| a.camera_on) {
                    fx.push(Effect::StopCamera);
                }
                self.preview(Candidate {
                    kind: u.kind,
                    issuer: u.issuer,
                    account: u.account,
                    secret: u.secret,
                    uri_pin: u.pin,
                    generated: false,
                });
            }
            Err(e) => {
                let e = self.core_error(&e, Some(Field::Uri));
                self.add_error(Some(e));
            }
        }
    }

    /// One QR code of a Google Authenticator export (scanned from the old phone's screen, or
    /// pasted). An export split over several codes is collected first: each new code counts
    /// ("2 of 3 scanned"), a repeat changes nothing, another export's code is refused, and the
    /// camera stays on until every code is in (or the user imports what is scanned). Then it
    /// opens as an import on the backups screen, whose preview lists every account (and any
    /// code still missing) for the user to confirm.
    fn read_export_qr(&mut self, text: &SecretText, fx: &mut Vec<Effect>) {
        let part = motp_core::import::google::export_part(text.expose());
        let complete = match (part, self.add_state()) {
            (Some(p), Some(a)) if p.parts > 1 => {
                let scan = a.export_scan.get_or_insert_with(|| ExportScan {
                    batch_id: p.batch_id,
                    parts: p.parts,
                    codes: Default::default(),
                    other_export: false,
                });
                scan.other_export = scan.batch_id != p.batch_id;
                if !scan.other_export {
                    scan.codes.entry(p.index).or_insert_with(|| text.clone());
                }
                scan.codes.len() as i32 >= scan.parts
            }
            // One code, or one that cannot be read: the import says what it holds.
            _ => {
                let bytes = text.expose().as_bytes().to_vec();
                self.open_export_import(bytes, fx);
                return;
            }
        };
        if complete {
            self.import_scanned_codes(fx);
        }
    }

    /// Imports the export codes scanned so far: the preview names any code still missing.
    pub(crate) fn import_scanned_codes(&mut self, fx: &mut Vec<Effect>) {
        let Some(scan) = self.add_state().and_then(|a| a.export_scan.take()) else {
            return;
        };
        let mut bytes = Vec::new();
        for code in scan.codes.values() {
            bytes.extend_from_slice(code.expose().as_bytes());
            bytes.push(b'\n');
        }
        self.open_export_import(bytes, fx);
    }

    fn open_export_import(&mut self, bytes: Vec<u8>, fx: &mut Vec<Effect>) {
        if self.add_state().is_some_and(|a| a.camera_on) {
            fx.push(Effect::StopCamera);
        }
        let Some(s) = self.session_mut() else { return };
        s.page = Page::Backups(Box::new(BackupsState {
            import: Some(ImportState {
                file_name: ImportFormat::GoogleAuthenticator.name().to_owned(),
                bytes: SecretBytes::new(bytes),
                password: None,
                needs_password: false,
                preview: None,
                error: None,
            }),
            ..BackupsState::default()
        }));
        self.read_import(fx);
    }

    /// A hand-typed or generated mOTP token to preview: the account is checked before the
    /// secret is read or made, and either error is shown under its field.
    fn preview_typed(
        &mut self,
        issuer: Option<String>,
        account: &str,
        generated: bool,
        secret: impl FnOnce() -> motp_core::Result<Secret>,
    ) {
        let account = account.trim().to_owned();
        if account.is_empty() {
            let e = self.error(ErrorCode::NameInvalid, Some(Field::Name), Vec::new());
            self.add_error(Some(e));
            return;
        }
        match secret() {
            Ok(secret) => self.preview(Candidate {
                kind: OtpKind::Motp,
                issuer: issuer.filter(|i| !i.trim().is_empty()),
                account,
                secret,
                uri_pin: None,
                generated,
            }),
            Err(e) => {
                let e = self.core_error(&e, Some(Field::Secret));
                self.add_error(Some(e));
            }
        }
    }

    fn preview(&mut self, candidate: Candidate) {
        if let Some(a) = self.add_state() {
            a.candidate = Some(candidate);
            a.step = AddStep::Preview;
            a.end_scanning();
            a.error = None;
            a.duplicates.clear();
        }
    }

    /// A frame was decoded: the first QR code in it goes to the preview.
    pub(crate) fn frame_decoded(
        &mut self,
        result: std::result::Result<Vec<SecretText>, motp_core::Error>,
        fx: &mut Vec<Effect>,
    ) {
        let Some(a) = self.add_state() else { return };
        a.decoding = false;
        if !a.camera_on {
            return;
        }
        match result {
            Ok(texts) => {
                if let Some(text) = texts.into_iter().next() {
                    self.read_uri(&text, fx);
                }
            }
            Err(e) => {
                let e = self.core_error(&e, None);
                self.add_error(Some(e));
            }
        }
    }
}

impl App {
    /// The QR codes of a chosen picture: a Google Authenticator export's codes are collected
    /// (several may be in one screenshot), else the first token code is previewed as a
    /// scanned one; a picture without a code says so.
    pub(crate) fn picture_decoded(
        &mut self,
        result: std::result::Result<Vec<SecretText>, motp_core::Error>,
        fx: &mut Vec<Effect>,
    ) {
        if self.add_state().is_none() {
            return;
        }
        let texts = match result {
            Ok(t) if t.is_empty() => Err(motp_core::Error::QrNotFound),
            other => other,
        };
        let texts = match texts {
            Ok(t) => t,
            Err(e) => {
                let e = self.core_error(&e, None);
                self.add_error(Some(e));
                return;
            }
        };
        let (exports, others): (Vec<_>, Vec<_>) = texts
            .into_iter()
            .partition(|t| motp_core::import::google::is_export_qr(t.expose()));
        if !exports.is_empty() {
            for text in &exports {
                // The last code of an export moves on to the import: stop there.
                if self.add_state().is_none() {
                    break;
                }
                self.read_export_qr(text, fx);
            }
            return;
        }
        let first_token = others
            .iter()
            .find(|t| ProvisioningUri::parse(t.expose()).is_ok())
            .or(others.first());
        if let Some(text) = first_token {
            self.read_uri(text, fx);
        }
    }
}

/// The tokens a candidate duplicates: the same secret, or the same issuer and account.
fn duplicates_of(
    tokens: &[Entry],
    c: &Candidate,
) -> Vec<(motp_core::vault::TokenId, String, &'static str)> {
    tokens
        .iter()
        .filter_map(|t| {
            let reason = if t.secret == c.secret {
                SAME_SECRET
            } else if t.info.account == c.account && t.info.issuer.as_deref() == c.issuer.as_deref()
            {
                SAME_NAME
            } else {
                return None;
            };
            Some((t.id(), t.info.name.clone(), reason))
        })
        .collect()
}
