//! `view()`: the model drawn as plain records, every sentence from the catalog.

use motp_core::doctor::{StepId, StepStatus};
use motp_core::vault::{PinPolicy, TokenId};
use motp_core::{CheckCode, ClockVerdict, OtpKind, ProvisioningUri, SecretWarning};

use crate::app::{App, Phase};
use crate::backups::{Fate, Preview};
use crate::error::AppError;
use crate::event::PinPolicyChoice;
use crate::protocol::ExportFormat;
use crate::sensitive::{SecretBytes, SecretText};
use crate::session::{AddState, BackupsState, DetailState, Page, Session, TroubleState};
use crate::view::{
    AddPreview, AddView, AppView, BackupsView, CheckCodeView, ClockVerdictView, ClockView,
    DetailView, DoctorStatusView, DoctorStepKind, DoctorStepView, DoctorView, DuplicateView,
    ExportOption, ExportScanView, FieldError, FirstRunView, GeneratedSecretView, GoogleExportView,
    ImportEntryStatus, ImportEntryView, ImportPreviewView, PasswordStrength, QrImage,
    RevealedSecret, Screen, SettingsView, TokenChoice, TokenKindView, TroubleshootingView,
    UnlockMethod, UnlockMethodKind, UnlockView,
};
use motp_text::args;

impl App {
    pub(crate) fn render(&self, now_ms: i64) -> AppView {
        let screen = match &self.phase {
            Phase::Starting => Screen::Starting,
            Phase::FirstRun(f) => Screen::FirstRun {
                view: FirstRunView {
                    title: self.catalog.plain("first-run-title"),
                    explanation: self.catalog.plain("first-run-explanation"),
                    password_label: self.catalog.plain("field-password"),
                    confirmation_label: self.catalog.plain("field-password-confirmation"),
                    strength: f.strength,
                    strength_text: self.catalog.plain(match f.strength {
                        PasswordStrength::Empty => "strength-empty",
                        PasswordStrength::Weak => "strength-weak",
                        PasswordStrength::Fair => "strength-fair",
                        PasswordStrength::Strong => "strength-strong",
                    }),
                    device_key_available: self.config.device_key.is_some(),
                    device_key_label: self.config.device_key.as_ref().map(|d| {
                        self.catalog
                            .text("first-run-device-key", &args([("label", d.label.clone())]))
                    }),
                    create_label: self.catalog.plain("first-run-create"),
                    join: crate::view::JoinView {
                        title: self.catalog.plain("join-title"),
                        explanation: self.catalog.plain("join-explanation"),
                        url_label: self.catalog.plain("sync-url-label"),
                        url_placeholder: self.catalog.plain("sync-url-placeholder"),
                        user_label: self.catalog.plain("sync-user-label"),
                        server_password_label: self.catalog.plain("sync-password-label"),
                        vault_password_label: self.catalog.plain("join-vault-password-label"),
                        join_label: self.catalog.plain("join-button"),
                        joining: f.join.is_some(),
                    },
                    error: self.field_error(f.error.as_ref()),
                },
            },
            Phase::Locked(l) => {
                let mut methods = Vec::new();
                if l.doors.device && !l.device_key_invalidated {
                    if let Some(d) = &self.config.device_key {
                        methods.push(UnlockMethod {
                            kind: UnlockMethodKind::DeviceKey,
                            label: d.label.clone(),
                        });
                    }
                }
                if l.doors.password {
                    methods.push(UnlockMethod {
                        kind: UnlockMethodKind::Password,
                        label: self.catalog.plain("field-password"),
                    });
                }
                Screen::Unlock {
                    view: UnlockView {
                        title: self.catalog.plain("unlock-title"),
                        methods,
                        waiting_for_device_key: l.waiting_for_device_key,
                        device_key_invalidated: l.device_key_invalidated,
                        hint: l
                            .device_key_invalidated
                            .then(|| self.catalog.plain("unlock-invalidated-hint")),
                        password_label: self.catalog.plain("field-password"),
                        unlock_label: self.catalog.plain("unlock-button"),
                        error: self.field_error(l.error.as_ref()),
                    },
                }
            }
            Phase::Unlocked(s) => match &s.page {
                Page::List => Screen::List {
                    view: self.list_view(s, now_ms),
                },
                Page::Add(a) => Screen::Add {
                    view: self.add_view(a),
                },
                Page::Detail(d) => match self.detail_view(s, d) {
                    Some(v) => Screen::Detail { view: v },
                    None => Screen::List {
                        view: self.list_view(s, now_ms),
                    },
                },
                Page::Backups(b) => Screen::Backups {
                    view: self.backups_view(s, b, now_ms),
                },
                Page::Troubleshooting(t) => Screen::Troubleshooting {
                    view: self.trouble_view(s, t),
                },
                Page::Settings(st) => Screen::Settings {
                    view: SettingsView {
                        title: self.catalog.plain("settings-title"),
                        lock_after_background_minutes: self
                            .config
                            .settings
                            .lock_after_background_minutes,
                        lock_after_inactivity_minutes: self
                            .config
                            .settings
                            .lock_after_inactivity_minutes,
                        clipboard_clear_seconds: self.config.settings.clipboard_clear_seconds,
                        hide_codes: self.config.settings.hide_codes,
                        device_key_available: self.config.device_key.is_some(),
                        device_key_enabled: s.doors.device && !s.device_key_invalidated,
                        device_key_needs_enrolment: s.device_key_invalidated,
                        lock_after_background_label: self.catalog.plain("settings-lock-background"),
                        lock_after_inactivity_label: self.catalog.plain("settings-lock-inactivity"),
                        clipboard_clear_label: self.catalog.plain("settings-clipboard"),
                        device_key_label: self.catalog.plain("settings-device-key"),
                        icon_pack: self.icon_pack_summary(),
                        sync: self.sync_view(s, now_ms),
                        error: self.field_error(st.error.as_ref()),
                    },
                },
                Page::Trash(t) => Screen::Trash {
                    view: self.trash_view(s, t, now_ms),
                },
            },
        };
        AppView {
            screen,
            busy: self.busy_view(),
            notice: self.notice_view(),
            locale: self.catalog.locale().to_owned(),
            labels: self.labels.clone(),
        }
    }

    fn add_view(&self, a: &AddState) -> AddView {
        let preview = a.candidate.as_ref().map(|c| {
            let mut warnings: Vec<String> = candidate_warnings(c)
                .iter()
                .map(|w| self.catalog.warning_text(w))
                .collect();
            if c.uri_pin.is_some() {
                warnings.push(self.catalog.plain("add-warning-pin-in-uri"));
            }
            AddPreview {
                kind: TokenKindView::of(Some(&c.kind)),
                kind_text: self.kind_text(&c.kind),
                issuer: c.issuer.clone(),
                account: c.account.clone(),
                secret_chars: c.secret.len() as u32,
                warnings,
                pin_in_uri: c.uri_pin.is_some(),
            }
        });
        let generated = a.candidate.as_ref().filter(|c| c.generated).map(|c| {
            let uri = ProvisioningUri {
                kind: motp_core::OtpKind::Motp,
                label_issuer_ignored: None,
                issuer: c.issuer.clone(),
                account: c.account.clone(),
                secret: c.secret.clone(),
                pin: None,
            };
            GeneratedSecretView {
                grouped: SecretText::from(c.secret.grouped()),
                qr: qr_of(&uri),
                instructions: self.catalog.plain("add-generated-instructions"),
            }
        });
        let duplicate_step = a.step == crate::view::AddStep::Duplicate;
        AddView {
            title: self.catalog.plain("add-title"),
            step: a.step,
            camera_on: a.camera_on,
            preview,
            generated,
            pin_policy: a.policy,
            pin_policy_labels: [
                "pin-policy-ask",
                "pin-policy-ask-guard",
                "pin-policy-remember",
            ]
            .iter()
            .map(|id| self.catalog.plain(id))
            .collect(),
            duplicates: a
                .duplicates
                .iter()
                .map(|(id, name, reason)| DuplicateView {
                    token_id: id.to_string(),
                    name: name.clone(),
                    reason: self.catalog.text(reason, &args([("name", name.clone())])),
                })
                .collect(),
            add_anyway_label: duplicate_step.then(|| self.catalog.plain("add-anyway")),
            error: self.field_error(a.error.as_ref()),
            export_scan: a.export_scan.as_ref().map(|scan| {
                let (scanned, total) = (scan.codes.len() as u32, scan.parts as u32);
                ExportScanView {
                    progress: self.catalog.text(
                        "add-export-progress",
                        &args([
                            ("scanned", scanned.to_string()),
                            ("total", total.to_string()),
                        ]),
                    ),
                    scanned,
                    total,
                    other_export: scan
                        .other_export
                        .then(|| self.catalog.plain("add-export-other")),
                    import_label: self.catalog.plain("add-export-import"),
                }
            }),
        }
    }

    fn detail_view(&self, s: &Session, d: &DetailState) -> Option<DetailView> {
        let e = s.entry(d.id)?;
        let policy = match (e.info.pin_policy, e.info.typo_guard) {
            (PinPolicy::Remember, _) => PinPolicyChoice::Remember,
            (PinPolicy::Ask, true) => PinPolicyChoice::AskWithTypoGuard,
            (PinPolicy::Ask, false) => PinPolicyChoice::Ask,
        };
        let revealed = d.revealed.then(|| RevealedSecret {
            grouped: SecretText::from(e.secret.grouped()),
            qr: qr_of(&ProvisioningUri {
                kind: e.info.kind.unwrap_or_default(),
                label_issuer_ignored: None,
                issuer: e.info.issuer.clone(),
                account: e.info.account.clone(),
                secret: e.secret.clone(),
                pin: None,
            }),
        });
        Some(DetailView {
            history: e.history.iter().map(|v| self.version_view(v)).collect(),
            restore_label: self.catalog.plain("detail-history-restore"),
            token_id: e.key(),
            issuer: e.info.issuer.clone(),
            account: e.info.account.clone(),
            note: e.info.note.clone(),
            group: e.group().map(str::to_owned),
            favourite: e.favourite(),
            icon_key: e.icon_key().map(str::to_owned),
            pin_policy: policy,
            pin_policy_text: self.catalog.plain(match policy {
                PinPolicyChoice::Ask => "pin-policy-ask",
                PinPolicyChoice::AskWithTypoGuard => "pin-policy-ask-guard",
                PinPolicyChoice::Remember => "pin-policy-remember",
            }),
            tolerance_seconds: e.info.tolerance_seconds,
            secret_chars: e.info.secret_chars as u32,
            secret_warnings: e
                .info
                .secret_warnings
                .iter()
                .map(|w| self.catalog.warning_text(w))
                .collect(),
            check_code: CheckCode::of(&e.secret).to_string(),
            revealed,
            confirm_delete: d.confirm_delete.then(|| {
                self.catalog.text(
                    "detail-confirm-delete",
                    &args([("name", e.info.name.clone())]),
                )
            }),
            error: self.field_error(d.error.as_ref()),
        })
    }

    fn backups_view(&self, s: &Session, b: &BackupsState, now_ms: i64) -> BackupsView {
        let last_backup = match self.config.settings.last_backup_ms {
            Some(ms) => self.catalog.text(
                "backups-last",
                &args([("days", ((now_ms - ms).max(0) / 86_400_000).to_string())]),
            ),
            None => self.catalog.plain("backups-none"),
        };
        let import_preview = b.import.as_ref().map(|i| {
            let mut v = match &i.preview {
                Some(p) => self.preview_view(&i.file_name, p),
                None => ImportPreviewView {
                    file_name: i.file_name.clone(),
                    format: None,
                    needs_password: i.needs_password,
                    tokens: 0,
                    with_pin: 0,
                    duplicates: 0,
                    skipped: 0,
                    summary: self.catalog.plain(if i.needs_password {
                        "import-needs-password"
                    } else {
                        "import-reading"
                    }),
                    entries: Vec::new(),
                    error: None,
                },
            };
            v.error = self.field_error(i.error.as_ref());
            v
        });
        let import_report = b.report.as_ref().map(|r| {
            let entries: Vec<ImportEntryView> = r
                .report
                .entries
                .iter()
                .map(|e| {
                    use motp_core::vault::{ImportOutcome, ImportedPin};
                    let (status, detail) = match &e.outcome {
                        ImportOutcome::Imported(_) => (ImportEntryStatus::New, None),
                        ImportOutcome::SkippedDuplicate { reason, .. } => (
                            ImportEntryStatus::Duplicate,
                            Some(self.duplicate_reason_text(reason)),
                        ),
                        ImportOutcome::SkippedInvalid { reason } => (
                            ImportEntryStatus::Skipped,
                            Some(self.skip_reason_text(reason)),
                        ),
                    };
                    ImportEntryView {
                        name: e.name.clone(),
                        status,
                        status_text: self.import_status_text(status),
                        has_pin: e.pin != ImportedPin::None,
                        detail,
                    }
                })
                .collect();
            ImportPreviewView {
                file_name: String::new(),
                format: Some(r.source.name().to_owned()),
                needs_password: false,
                tokens: r.report.imported() as u32,
                with_pin: r.report.pins_kept() as u32,
                duplicates: r.report.duplicates() as u32,
                skipped: (r.report.skipped() - r.report.duplicates()) as u32,
                summary: self.catalog.text(
                    "import-report",
                    &args([
                        ("imported", r.report.imported().to_string()),
                        ("skipped", r.report.skipped().to_string()),
                    ]),
                ),
                entries,
                error: None,
            }
        });
        BackupsView {
            show_versions_label: self
                .config
                .settings
                .backup_folder
                .as_ref()
                .map(|_| self.catalog.plain("backup-versions-show")),
            versions: b.versions.as_deref().map(|v| self.backup_versions_view(v)),
            merge_version_label: self.catalog.plain("backup-version-merge"),
            restore_version_label: self.catalog.plain("backup-version-restore"),
            confirm_restore: b
                .confirm_restore
                .as_deref()
                .and_then(motp_core::vault::backup_time)
                .map(|_| self.catalog.plain("backup-version-confirm-restore")),
            title: self.catalog.plain("backups-title"),
            export_formats: [
                (ExportFormat::MotpBackup, "export-motp", None),
                (ExportFormat::Aegis, "export-aegis", None),
                (
                    ExportFormat::UriList,
                    "export-uris",
                    Some("export-uris-warning"),
                ),
                (
                    ExportFormat::GoogleAuthenticator,
                    "export-google",
                    Some("export-google-warning"),
                ),
            ]
            .into_iter()
            .map(|(format, label, warning)| ExportOption {
                format,
                label: self.catalog.plain(label),
                warning: warning.map(|w| self.catalog.plain(w)),
            })
            .collect(),
            last_backup,
            reminder: self.backup_reminder(s),
            backup_folder: self.config.settings.backup_folder.clone(),
            import_preview,
            import_report,
            error: self.field_error(b.error.as_ref()),
            google_export: b.google.as_ref().map(|g| self.google_export_view(g)),
        }
    }

    fn google_export_view(&self, g: &crate::session::GoogleExport) -> GoogleExportView {
        let pages = g.codes.len() as u32;
        let page = g.page as u32;
        let c = &self.catalog;
        GoogleExportView {
            instructions: c.plain("export-google-instructions"),
            warning: c.plain("export-google-warning"),
            qr: g.codes.get(g.page).map(|code| qr_of_text(code.expose())),
            progress: (pages > 0).then(|| {
                c.text(
                    "export-google-progress",
                    &args([
                        ("page", (page + 1).to_string()),
                        ("pages", pages.to_string()),
                    ]),
                )
            }),
            page,
            pages,
            left_out: (!g.left_out.is_empty()).then(|| {
                c.text(
                    "export-google-left-out",
                    &args([("names", g.left_out.join(", "))]),
                )
            }),
            nothing: (pages == 0).then(|| c.plain("export-google-nothing")),
            previous_label: (page > 0).then(|| c.plain("export-google-previous")),
            next_label: (page + 1 < pages).then(|| c.plain("export-google-next")),
            done_label: c.plain("export-google-done"),
        }
    }

    fn preview_view(&self, file_name: &str, p: &Preview) -> ImportPreviewView {
        let count = |f: fn(&Fate) -> bool| p.entries.iter().filter(|e| f(&e.fate)).count();
        let tokens = count(|f| !matches!(f, Fate::Skipped(_)));
        let duplicates = count(|f| matches!(f, Fate::Duplicate(_)));
        let skipped = count(|f| matches!(f, Fate::Skipped(_)));
        let with_pin = p.entries.iter().filter(|e| e.has_pin).count();
        let summary = [
            self.catalog.text(
                "import-preview-count",
                &args([("count", tokens.to_string())]),
            ),
            self.catalog.text(
                "import-preview-pins",
                &args([("count", with_pin.to_string())]),
            ),
            self.catalog.text(
                "import-preview-duplicates",
                &args([("count", duplicates.to_string())]),
            ),
            self.catalog.text(
                "import-preview-skipped",
                &args([("count", skipped.to_string())]),
            ),
        ]
        .join(", ");
        ImportPreviewView {
            file_name: file_name.to_owned(),
            format: Some(p.format.clone()),
            needs_password: false,
            tokens: tokens as u32,
            with_pin: with_pin as u32,
            duplicates: duplicates as u32,
            skipped: skipped as u32,
            summary,
            entries: p
                .entries
                .iter()
                .map(|e| {
                    let status = match e.fate {
                        Fate::New => ImportEntryStatus::New,
                        Fate::Duplicate(_) => ImportEntryStatus::Duplicate,
                        Fate::Skipped(_) => ImportEntryStatus::Skipped,
                    };
                    (e, status)
                })
                .map(|(e, status)| ImportEntryView {
                    name: e.name.clone(),
                    status,
                    status_text: self.import_status_text(status),
                    has_pin: e.has_pin,
                    detail: match &e.fate {
                        Fate::New => None,
                        Fate::Duplicate(of) => Some(
                            self.catalog
                                .text("import-duplicate-of", &args([("name", of.clone())])),
                        ),
                        Fate::Skipped(reason) => Some(self.skip_reason_text(reason)),
                    },
                })
                .collect(),
            error: None,
        }
    }

    fn trouble_view(&self, s: &Session, t: &TroubleState) -> TroubleshootingView {
        let stored = s.correction.0;
        let clock = s.clock.as_ref().map(|c| {
            let offset = c.check.offset_ms;
            let verdict = match c.check.verdict_after(s.correction) {
                ClockVerdict::Fine => ClockVerdictView::Fine,
                ClockVerdict::Drifting => ClockVerdictView::Drifting,
                ClockVerdict::CodesWillFail => ClockVerdictView::CodesWillFail,
            };
            let suggested = c.check.suggested_correction.0;
            ClockView {
                verdict,
                summary: self.offset_text(offset),
                advice: self.catalog.plain(match (verdict, stored == suggested) {
                    (ClockVerdictView::Fine, _) if stored != 0 && stored == suggested => {
                        "clock-advice-corrected"
                    }
                    (ClockVerdictView::Fine, _) => "clock-advice-fine",
                    (ClockVerdictView::Drifting, _) => "clock-advice-drifting",
                    (ClockVerdictView::CodesWillFail, _) => "clock-advice-fail",
                }),
                source: c.source.clone(),
                suggested_correction_seconds: suggested,
                can_apply: suggested != stored,
            }
        });
        TroubleshootingView {
            title: self.catalog.plain("trouble-title"),
            stored_correction_seconds: stored,
            stored_correction_text: (stored != 0).then(|| {
                self.catalog.text(
                    "clock-correction-stored",
                    &args([("offset", self.duration_text(stored * 1000))]),
                )
            }),
            clock,
            doctor: t.doctor.as_ref().map(|(id, r)| self.doctor_view(*id, r)),
            check_code: t.check_code.and_then(|id| {
                let e = s.entry(id)?;
                Some(CheckCodeView {
                    token_id: id.to_string(),
                    code: CheckCode::of(&e.secret).to_string(),
                    instructions: self.catalog.plain("check-code-instructions"),
                })
            }),
            tokens: s
                .tokens
                .iter()
                .map(|e| TokenChoice {
                    id: e.key(),
                    name: e.info.name.clone(),
                })
                .collect(),
            error: self.field_error(t.error.as_ref()),
        }
    }

    /// An error to show under its field, its sentence rendered again in the current language
    /// (an error on screen follows a language change like every other word).
    pub(crate) fn field_error(&self, e: Option<&AppError>) -> Option<FieldError> {
        e.map(|e| FieldError {
            field: e.field,
            code: e.code.as_str().to_owned(),
            text: self.catalog.text(&e.code.message_id(), &e.args),
        })
    }

    /// An import entry's status in words.
    fn import_status_text(&self, status: ImportEntryStatus) -> String {
        self.catalog.plain(match status {
            ImportEntryStatus::New => "import-status-new",
            ImportEntryStatus::Duplicate => "import-status-duplicate",
            ImportEntryStatus::Skipped => "import-status-skipped",
        })
    }

    fn doctor_view(&self, id: TokenId, r: &motp_core::DoctorReport) -> DoctorView {
        let kind_of = |step: StepId| match step {
            StepId::Clock => DoctorStepKind::Clock,
            StepId::Secret => DoctorStepKind::Secret,
            StepId::Pin => DoctorStepKind::Pin,
            StepId::Code => DoctorStepKind::Code,
        };
        DoctorView {
            token_id: id.to_string(),
            steps: r
                .steps
                .iter()
                .map(|st| {
                    let status = match st.status {
                        StepStatus::Ok => DoctorStatusView::Ok,
                        StepStatus::Warning => DoctorStatusView::Warning,
                        StepStatus::Problem => DoctorStatusView::Problem,
                        StepStatus::Skipped => DoctorStatusView::Skipped,
                    };
                    DoctorStepView {
                        kind: kind_of(st.id),
                        title: self.catalog.step_title(st.id),
                        status,
                        // `doctor-clock-ok`, `doctor-secret-problem`…
                        text: self.catalog.step_status_text(st),
                        detail: self.catalog.step_detail(&st.findings),
                        fix: self.catalog.fixes_text(&st.fixes),
                    }
                })
                .collect(),
            cause: r.verdict.cause.map(kind_of),
            verdict: self.catalog.plain(match r.verdict.cause {
                Some(StepId::Clock) => "doctor-cause-clock",
                Some(StepId::Secret) => "doctor-cause-secret",
                Some(StepId::Pin) => "doctor-cause-pin",
                Some(StepId::Code) => "doctor-cause-code",
                None => "doctor-cause-none",
            }),
            detail: self.catalog.verdict_detail(r),
            fix: self
                .catalog
                .fixes_text(&r.verdict.fixes)
                .unwrap_or_default(),
        }
    }

    /// "TOTP, 6 digits every 30 s (SHA1)" / "HOTP, 6 digits (SHA1)" / "Steam Guard, 5
    /// characters every 30 s"; `None` for mOTP.
    fn kind_text(&self, kind: &OtpKind) -> Option<String> {
        match kind {
            OtpKind::Motp => None,
            OtpKind::Totp(p) => Some(self.catalog.text(
                "kind-totp",
                &args([
                    ("digits", p.digits.to_string()),
                    ("period", p.period_seconds.to_string()),
                    ("algorithm", p.algorithm.name().to_owned()),
                ]),
            )),
            OtpKind::Hotp(p) => Some(self.catalog.text(
                "kind-hotp",
                &args([
                    ("digits", p.digits.to_string()),
                    ("algorithm", p.algorithm.name().to_owned()),
                ]),
            )),
            OtpKind::Steam => Some(self.catalog.plain("kind-steam")),
        }
    }

    /// "5 min 0 s" from milliseconds (sign dropped).
    fn duration_text(&self, ms: i64) -> String {
        let total = ms.unsigned_abs().div_ceil(1000);
        self.catalog.text(
            "duration",
            &args([
                ("minutes", (total / 60).to_string()),
                ("seconds", (total % 60).to_string()),
            ]),
        )
    }

    /// "This device's clock is 5 min 0 s behind true time."
    fn offset_text(&self, offset_ms: i64) -> String {
        let id = match offset_ms {
            o if o.abs() < 1000 => "clock-on-time",
            o if o > 0 => "clock-behind",
            _ => "clock-ahead",
        };
        self.catalog
            .text(id, &args([("offset", self.duration_text(offset_ms))]))
    }
}

/// What is unusual about a candidate's secret: mOTP's checks for mOTP (hex, case, length);
/// for TOTP/HOTP only a key shorter than RFC 4226's 128 bits (Base32 is case-free).
fn candidate_warnings(c: &crate::session::Candidate) -> Vec<SecretWarning> {
    match c.kind {
        OtpKind::Motp => c.secret.warnings(),
        _ => match motp_core::oath::key_bytes(&c.secret) {
            Ok(k) if k.len() < motp_core::oath::MIN_KEY_BYTES => vec![SecretWarning::Weak {
                length: c.secret.len(),
            }],
            _ => Vec::new(),
        },
    }
}

/// A URI's QR code as modules (empty if it cannot be encoded, which a URI of at most 4 kB
/// never is).
fn qr_of(uri: &ProvisioningUri) -> QrImage {
    matrix_image(motp_core::qr::for_token(uri))
}

/// A text's QR code as modules (an export code of ten accounts is far below a code's limit).
fn qr_of_text(text: &str) -> QrImage {
    matrix_image(motp_core::qr::encode_text(text))
}

fn matrix_image(m: motp_core::Result<motp_core::qr::QrMatrix>) -> QrImage {
    match m {
        Ok(m) => QrImage {
            size: m.size(),
            modules: SecretBytes::new(m.modules().iter().map(|d| u8::from(*d)).collect::<Vec<_>>()),
        },
        Err(_) => QrImage {
            size: 0,
            modules: SecretBytes::default(),
        },
    }
}

/// A version's id in the view: its part and its stamp (unique within a token's history).
pub(crate) fn version_id(v: &motp_core::vault::TokenVersion) -> String {
    format!("{}@{}", v.part, v.stamp)
}

impl App {
    /// An earlier version in words: which part, and what it was.
    fn version_view(&self, v: &motp_core::vault::TokenVersion) -> crate::view::VersionView {
        let c = &self.catalog;
        let value = match (v.part.as_str(), v.value.as_deref()) {
            (_, None) => c.plain("history-value-empty"),
            ("favourite", Some("true")) => c.plain("history-value-yes"),
            ("favourite", Some(_)) => c.plain("history-value-no"),
            (_, Some(text)) => text.to_owned(),
        };
        crate::view::VersionView {
            version_id: version_id(v),
            text: c.text(
                "detail-history-version",
                &args([
                    (
                        "part",
                        c.text("history-part", &args([("part", v.part.clone())])),
                    ),
                    ("value", value),
                    (
                        "origin",
                        if v.from_other_device { "other" } else { "here" }.to_owned(),
                    ),
                ]),
            ),
        }
    }
}
