//! The doctor's findings and fixes in the user's language.
//!
//! motp-core's doctor reports what it found as data ([`motp_core::finding`]): each step's
//! findings and fixes, the verdict's conclusion, a diagnosis with its numbers. Its English
//! sentences are for the CLI; here the same values are rendered from the catalog
//! (`doctor-found-*`, `doctor-fix-*`, `diagnosed-*`, `doctor-verdict-*`), so a German report
//! says the same numbers, cases and names as the English one, in German.

use motp_core::ClockVerdict;
use motp_core::diagnose::SecretVariant;
use motp_core::doctor::{StepId, StepStatus};
use motp_core::finding::{Alternative, Conclusion, Diagnosed, Finding, Fix};
use motp_core::secret_check::CheckCodeMatch;
use motp_core::{DoctorReport, HashAlgorithm};

use motp_core::{Error, SecretWarning};

use crate::catalog::{Arg, Catalog, MessageArg};

/// Why a clock check failed, as the selector of `error-clock-failed` (`not-found`, `timeout`,
/// `unreachable`, `refused`, `unsynchronized`, `bad-reply`), and the server asked; `None` for
/// any other error. The engine's sentences advise the command line (`--server`); the apps say
/// what happened in their own words, with the server's name.
pub fn clock_failure(e: &Error) -> Option<(&'static str, &str)> {
    Some(match e {
        Error::ClockServerNotFound { server, .. } => ("not-found", server),
        Error::ClockTimeout { server, .. } => ("timeout", server),
        Error::ClockUnreachable { server, .. } => ("unreachable", server),
        Error::ClockKissOfDeath { server, .. } => ("refused", server),
        Error::ClockServerUnsynchronized { server, .. } => ("unsynchronized", server),
        Error::ClockBadReply { server, .. } => ("bad-reply", server),
        _ => return None,
    })
}

/// The arguments of `error-clock-failed` for a failed clock check (`reason`, `server`), or
/// `None` for any other error. The apps keep these with the error, so it is said again in a new
/// language after a switch; the doctor and the CLI render them at once.
pub fn clock_failure_args(e: &Error) -> Option<Vec<MessageArg>> {
    clock_failure(e).map(|(reason, server)| {
        vec![
            MessageArg::new("reason", reason),
            MessageArg::new("server", server),
        ]
    })
}

/// `"+130 s"`: a signed number of seconds, as text (a Fluent number would lose the `+`).
fn signed_seconds(s: i64) -> Arg {
    Arg::Text(format!("{s:+} s"))
}

fn num(n: impl TryInto<i64> + Copy + ToString) -> Arg {
    match n.try_into() {
        Ok(v) => Arg::Num(v),
        Err(_) => Arg::Text(n.to_string()),
    }
}

fn algorithm(a: HashAlgorithm) -> Arg {
    Arg::Text(a.name().to_owned())
}

fn match_name(m: CheckCodeMatch) -> &'static str {
    match m {
        CheckCodeMatch::Exact => "exact",
        CheckCodeMatch::Lowercase => "lowercase",
        CheckCodeMatch::Uppercase => "uppercase",
        CheckCodeMatch::Different => "different",
    }
}

impl Catalog {
    /// A warning about a secret as the user typed or scanned it ("has uppercase letters").
    pub fn warning_text(&self, w: &SecretWarning) -> String {
        match w {
            SecretWarning::NotHex => self.plain("secret-warning-not-hex"),
            SecretWarning::HasUppercase => self.plain("secret-warning-uppercase"),
            SecretWarning::UnusualLength { length } => {
                self.typed("secret-warning-unusual-length", &[("length", num(*length))])
            }
            SecretWarning::Weak { length } => {
                self.typed("secret-warning-short", &[("length", num(*length))])
            }
        }
    }

    /// A clock check that failed, in the user's words: why (the server not found, no answer…)
    /// and which server; another engine error is quoted.
    pub fn clock_error_text(&self, e: &Error) -> String {
        match clock_failure_args(e) {
            Some(args) => self.text("error-clock-failed", &args),
            None if matches!(e, Error::ClockServerInvalid { .. }) => self.text(
                "error-clock-server-invalid",
                &[MessageArg::new("detail", e)],
            ),
            None => self.text("error-other", &[MessageArg::new("detail", e)]),
        }
    }

    /// A step's findings as one paragraph, in the user's language.
    pub fn step_detail(&self, findings: &[Finding]) -> String {
        findings
            .iter()
            .map(|f| self.finding_text(f))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Fixes as one paragraph; `None` when there is nothing to do.
    pub fn fixes_text(&self, fixes: &[Fix]) -> Option<String> {
        (!fixes.is_empty()).then(|| {
            fixes
                .iter()
                .map(|f| self.fix_text(f))
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    /// The verdict's detail: its conclusion, with the named step's findings.
    pub fn verdict_detail(&self, r: &DoctorReport) -> String {
        let c = self;
        match &r.verdict.conclusion {
            Conclusion::Problem(id) => c.typed(
                "doctor-verdict-problem",
                &[
                    ("cause", id.as_str().into()),
                    ("detail", self.step_detail(&r.step(*id).findings).into()),
                ],
            ),
            Conclusion::Warning(id) => c.typed(
                "doctor-verdict-warning",
                &[("detail", self.step_detail(&r.step(*id).findings).into())],
            ),
            Conclusion::Skipped(ids) => {
                let names: Vec<String> = ids
                    .iter()
                    .map(|id| c.typed("doctor-step-name", &[("step", id.as_str().into())]))
                    .collect();
                c.typed(
                    "doctor-verdict-skipped",
                    &[("steps", names.join(", ").into())],
                )
            }
            Conclusion::InOrder => c.plain("doctor-verdict-in-order"),
        }
    }

    /// "Clock", "Secret"…
    pub fn step_title(&self, id: StepId) -> String {
        self.plain(match id {
            StepId::Clock => "doctor-step-clock",
            StepId::Secret => "doctor-step-secret",
            StepId::Pin => "doctor-step-pin",
            StepId::Code => "doctor-step-code",
        })
    }

    /// The one-line finding of a step (`doctor-clock-ok`…). A secret that looks normal but
    /// was compared with nothing (no check code from the server, no code that proves it) is
    /// "ok" to the engine, since nothing is wrong with it; the headline must not claim it
    /// matches the server's copy.
    pub fn step_status_text(&self, step: &motp_core::doctor::Step) -> String {
        let unproven = step.id == StepId::Secret
            && step.status == StepStatus::Ok
            && step
                .findings
                .iter()
                .any(|f| matches!(f, motp_core::finding::Finding::SecretNormal { .. }));
        if unproven {
            return self.plain("doctor-secret-ok-unproven");
        }
        self.plain(&format!(
            "doctor-{}-{}",
            step.id.as_str(),
            step.status.as_str()
        ))
    }

    /// "2 min 10 s", "1 h 5 min", "40 s".
    fn span(&self, seconds: u64) -> String {
        let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        self.typed(
            "span",
            &[("hours", num(h)), ("minutes", num(m)), ("seconds", num(s))],
        )
    }

    /// "40 ms", "1.5 s", "2 min 10 s": the size of a clock offset.
    fn offset_size(&self, offset_ms: i64) -> String {
        let abs = offset_ms.unsigned_abs();
        if abs < 1000 {
            self.typed("size-ms", &[("ms", num(abs))])
        } else if abs < 10_000 {
            self.typed(
                "size-tenths",
                &[
                    ("seconds", num(abs / 1000)),
                    ("tenths", num(abs % 1000 / 100)),
                ],
            )
        } else {
            self.span((abs + 500) / 1000)
        }
    }

    /// "2 min 10 s behind true time" (`id`: `doctor-offset`, or `doctor-offset-clause` for a
    /// relative clause, which some languages word differently).
    fn offset(&self, id: &str, offset_ms: i64) -> String {
        let direction = match offset_ms {
            0 => "none",
            o if o > 0 => "behind",
            _ => "ahead",
        };
        self.typed(
            id,
            &[
                ("direction", direction.into()),
                ("size", self.offset_size(offset_ms).into()),
            ],
        )
    }

    /// "pool.ntp.org:123", or "pool.ntp.org:123 at 192.0.2.1:123" when the address differs.
    fn server_text(&self, check: &motp_core::ClockCheck) -> String {
        let address = check.address.to_string();
        if address == check.server {
            address
        } else {
            self.typed(
                "doctor-server-at",
                &[
                    ("server", check.server.as_str().into()),
                    ("address", address.into()),
                ],
            )
        }
    }

    fn case(&self, variant: SecretVariant) -> String {
        let case = match variant {
            SecretVariant::Uppercase => "uppercase",
            _ => "lowercase",
        };
        self.typed("doctor-case", &[("case", case.into())])
    }

    fn periods(&self, count: i64) -> String {
        self.typed("count-periods", &[("count", num(count))])
    }

    fn alternative(&self, alt: &Alternative) -> String {
        match alt {
            Alternative::Totp { matches, token } => self.typed(
                "doctor-alternative-totp",
                &[
                    ("algorithm", algorithm(matches.algorithm)),
                    ("digits", num(matches.digits)),
                    ("period", num(matches.period_seconds)),
                    ("token_algorithm", algorithm(token.algorithm)),
                    ("token_digits", num(token.digits)),
                    ("token_period", num(token.period_seconds)),
                ],
            ),
            Alternative::Hotp {
                algorithm: a,
                digits,
                token,
            } => self.typed(
                "doctor-alternative-hotp",
                &[
                    ("algorithm", algorithm(*a)),
                    ("digits", num(*digits)),
                    ("token_algorithm", algorithm(token.algorithm)),
                    ("token_digits", num(token.digits)),
                ],
            ),
        }
    }

    fn finding_text(&self, f: &Finding) -> String {
        let c = self;
        match f {
            Finding::ClockNotChecked => c.plain("doctor-found-clock-not-checked"),
            // The app's own sentence for the error (its details are the engine's).
            Finding::ClockCheckFailed(e) => self.clock_error_text(e),
            Finding::ClockMeasured(check) => c.typed(
                "doctor-found-clock-measured",
                &[
                    (
                        "offset",
                        self.offset("doctor-offset", check.offset_ms).into(),
                    ),
                    ("uncertainty", num(check.uncertainty_ms)),
                    ("server", self.server_text(check).into()),
                ],
            ),
            Finding::ClockCorrected {
                correction_seconds,
                residual_ms,
            } => c.typed(
                "doctor-found-clock-corrected",
                &[
                    ("correction", signed_seconds(*correction_seconds)),
                    (
                        "offset",
                        self.offset("doctor-offset-clause", *residual_ms).into(),
                    ),
                ],
            ),
            Finding::CodeOutsideWindow { offset_seconds } => c.typed(
                "doctor-found-code-outside-window",
                &[
                    (
                        "direction",
                        match offset_seconds {
                            0 => "at",
                            s if *s > 0 => "after",
                            _ => "before",
                        }
                        .into(),
                    ),
                    ("span", self.span(offset_seconds.unsigned_abs()).into()),
                ],
            ),
            Finding::HotpNoClock => c.plain("doctor-found-hotp-no-clock"),
            Finding::TotpCodeOff { offset_seconds } => c.typed(
                "doctor-found-totp-code-off",
                &[("span", self.span(offset_seconds.unsigned_abs()).into())],
            ),
            Finding::TotpTolerance {
                tolerance_seconds,
                window,
                period_seconds,
            } => c.typed(
                "doctor-found-totp-tolerance",
                &[
                    ("tolerance", num(*tolerance_seconds)),
                    ("window", self.periods(i64::from(*window)).into()),
                    ("period", num(*period_seconds)),
                ],
            ),
            Finding::CheckCodes {
                token,
                server,
                result,
            } => c.typed(
                "doctor-found-check-codes",
                &[
                    ("token", token.to_string().into()),
                    ("server", server.to_string().into()),
                    ("result", match_name(*result).into()),
                ],
            ),
            Finding::CodeFromOtherCase {
                variant,
                check_code,
            } => c.typed(
                "doctor-found-code-other-case",
                &[
                    ("case", self.case(*variant).into()),
                    ("check_code", check_code.to_string().into()),
                ],
            ),
            Finding::SecretProven { check_code } => c.typed(
                "doctor-found-secret-proven",
                &[("check_code", check_code.to_string().into())],
            ),
            Finding::SecretNormal { length, check_code } => c.typed(
                "doctor-found-secret-normal",
                &[
                    ("length", num(*length)),
                    ("check_code", check_code.to_string().into()),
                ],
            ),
            Finding::SecretUnusual {
                check_code,
                warnings,
            } => c.typed(
                "doctor-found-secret-unusual",
                &[
                    ("check_code", check_code.to_string().into()),
                    (
                        "warnings",
                        warnings
                            .iter()
                            .map(|w| self.warning_text(w))
                            .collect::<Vec<_>>()
                            .join(" ")
                            .into(),
                    ),
                ],
            ),
            Finding::KeyShort { bits, check_code } => c.typed(
                "doctor-found-key-short",
                &[
                    ("bits", num(*bits)),
                    ("check_code", check_code.to_string().into()),
                ],
            ),
            Finding::KeyOk { bits, check_code } => c.typed(
                "doctor-found-key-ok",
                &[
                    ("bits", num(*bits)),
                    ("check_code", check_code.to_string().into()),
                ],
            ),
            Finding::PinMismatch => c.plain("doctor-found-pin-mismatch"),
            Finding::PinMatches => c.plain("doctor-found-pin-matches"),
            Finding::PinNotTyped => c.plain("doctor-found-pin-not-typed"),
            Finding::PinProven => c.plain("doctor-found-pin-proven"),
            Finding::PinUncheckable => c.plain("doctor-found-pin-uncheckable"),
            Finding::NoPinForKind => c.plain("doctor-found-no-pin"),
            Finding::UsernameMissing => c.plain("doctor-found-username-missing"),
            Finding::UsernameSpaces { account } => c.typed(
                "doctor-found-username-spaces",
                &[("account", account.as_str().into())],
            ),
            Finding::UsernameExact { account } => c.typed(
                "doctor-found-username-exact",
                &[("account", account.as_str().into())],
            ),
            Finding::NoCode => c.plain("doctor-found-no-code"),
            Finding::CodeNotDiagnosed => c.plain("doctor-found-code-not-diagnosed"),
            Finding::CodeDiagnosed(d) => self.diagnosed_text(d),
            Finding::CodeFailedForCauseAbove => c.plain("doctor-found-code-failed-for-cause-above"),
            Finding::ParametersDiffer(alt) => c.typed(
                "doctor-found-parameters-differ",
                &[("alternative", self.alternative(alt).into())],
            ),
            Finding::DigitsDiffer {
                code_digits,
                token_digits,
            } => c.typed(
                "doctor-found-digits-differ",
                &[
                    ("code_digits", num(*code_digits)),
                    ("token_digits", num(*token_digits)),
                ],
            ),
            Finding::BeforeStart {
                at_unix_seconds,
                t0_seconds,
            } => c.typed(
                "doctor-found-before-start",
                &[
                    ("at", at_unix_seconds.to_string().into()),
                    ("t0", t0_seconds.to_string().into()),
                ],
            ),
        }
    }

    fn fix_text(&self, f: &Fix) -> String {
        let c = self;
        match f {
            Fix::RunClockCheck => c.plain("doctor-fix-run-clock-check"),
            Fix::RetryClockCheck => c.plain("doctor-fix-retry-clock-check"),
            Fix::RunClockCheckBriefly => c.plain("doctor-fix-run-clock-check-briefly"),
            Fix::RetryClockCheckBriefly => c.plain("doctor-fix-retry-clock-check-briefly"),
            Fix::ClockAdvice {
                offset_ms,
                window_seconds,
                correction_seconds,
            } => {
                let id = match ClockVerdict::for_offset(*offset_ms, *window_seconds) {
                    ClockVerdict::Fine => return c.plain("doctor-fix-clock-fine"),
                    ClockVerdict::Drifting => "doctor-fix-clock-drifting",
                    ClockVerdict::CodesWillFail => "doctor-fix-clock-fail",
                };
                c.typed(
                    id,
                    &[
                        ("offset", self.offset("doctor-offset", *offset_ms).into()),
                        ("window", self.span(u64::from(*window_seconds)).into()),
                        ("correction", signed_seconds(*correction_seconds)),
                    ],
                )
            }
            Fix::TotpClock {
                correction_seconds,
                tolerance_seconds,
            } => c.typed(
                "doctor-fix-totp-clock",
                &[
                    ("correction", signed_seconds(*correction_seconds)),
                    ("tolerance", num(*tolerance_seconds)),
                ],
            ),
            Fix::Diagnosed(d) => self.diagnosed_text(d),
            Fix::CheckCodeAdvice(m) => c.typed(
                "doctor-fix-check-codes",
                &[("result", match_name(*m).into())],
            ),
            Fix::CompareCheckCodes { check_code } => c.typed(
                "doctor-fix-compare-check-codes",
                &[("check_code", check_code.to_string().into())],
            ),
            Fix::ReenterBase32 => c.plain("doctor-fix-reenter-base32"),
            Fix::CompareWithEnrolment => c.plain("doctor-fix-compare-with-enrolment"),
            Fix::CompareBase32CheckCodes { check_code } => c.typed(
                "doctor-fix-compare-base32-check-codes",
                &[("check_code", check_code.to_string().into())],
            ),
            Fix::TypePinAgain => c.plain("doctor-fix-type-pin-again"),
            Fix::TypePinForGuard => c.plain("doctor-fix-type-pin-for-guard"),
            Fix::SaveUsername => c.plain("doctor-fix-save-username"),
            Fix::UsernameWithoutSpaces { trimmed } => c.typed(
                "doctor-fix-username-without-spaces",
                &[("account", trimmed.as_str().into())],
            ),
            Fix::TypeCodeCarefully => c.plain("doctor-fix-type-code"),
            Fix::DiagnoseRejectedCode => c.plain("doctor-fix-diagnose-rejected-code"),
            Fix::GiveEnrolmentCode => c.plain("doctor-fix-give-enrolment-code"),
            Fix::AddAgainWith(alt) => c.typed(
                "doctor-fix-add-again-with",
                &[("alternative", self.alternative(alt).into())],
            ),
            Fix::AddAgainFromLink => c.plain("doctor-fix-add-again-from-link"),
            Fix::AskAdministrator => c.plain("doctor-fix-ask-administrator"),
        }
    }

    pub fn diagnosed_text(&self, d: &Diagnosed) -> String {
        let c = self;
        let ahead_behind = |s: i64| -> Arg {
            match s {
                0 => "none",
                s if s > 0 => "ahead",
                _ => "behind",
            }
            .into()
        };
        let after_before = |s: i64| -> Arg { if s > 0 { "after" } else { "before" }.into() };
        match *d {
            Diagnosed::Match { offset_seconds } => c.typed(
                "diagnosed-match",
                &[
                    ("direction", ahead_behind(offset_seconds)),
                    ("span", self.span(offset_seconds.unsigned_abs()).into()),
                ],
            ),
            Diagnosed::ClockDrift { offset_seconds } => c.typed(
                "diagnosed-clock-drift",
                &[
                    ("direction", ahead_behind(offset_seconds)),
                    ("span", self.span(offset_seconds.unsigned_abs()).into()),
                    ("correction", signed_seconds(-offset_seconds)),
                ],
            ),
            Diagnosed::SecretCase {
                variant,
                clock_off_seconds,
            } => {
                let mut text = c.typed(
                    "diagnosed-secret-case",
                    &[("case", self.case(variant).into())],
                );
                if let Some(off) = clock_off_seconds {
                    text.push(' ');
                    text.push_str(&c.typed(
                        "diagnosed-secret-case-clock",
                        &[
                            ("direction", ahead_behind(off)),
                            ("span", self.span(off.unsigned_abs()).into()),
                        ],
                    ));
                }
                text
            }
            Diagnosed::NoMatch { span_seconds } => c.typed(
                "diagnosed-no-match",
                &[("span", self.span(span_seconds.into()).into())],
            ),
            Diagnosed::TotpMatch {
                periods,
                period_seconds,
                window,
            } => {
                if periods == 0 {
                    c.plain("diagnosed-totp-match-now")
                } else {
                    c.typed(
                        "diagnosed-totp-match-off",
                        &[
                            ("direction", after_before(periods)),
                            ("periods", self.periods(periods.abs()).into()),
                            ("seconds", num(periods.abs() * period_seconds)),
                            ("window", self.periods(i64::from(window)).into()),
                        ],
                    )
                }
            }
            Diagnosed::TotpClockDrift {
                offset_seconds,
                window,
                period_seconds,
            } => c.typed(
                "diagnosed-totp-clock-drift",
                &[
                    ("direction", after_before(offset_seconds)),
                    ("span", self.span(offset_seconds.unsigned_abs()).into()),
                    ("tolerance", num(i64::from(window) * period_seconds)),
                    ("window", self.periods(i64::from(window)).into()),
                    ("period", num(period_seconds)),
                ],
            ),
            Diagnosed::TotpNoMatch { span_seconds } => c.typed(
                "diagnosed-totp-no-match",
                &[("span", self.span(span_seconds.into()).into())],
            ),
            Diagnosed::HotpMatch {
                counter,
                ahead,
                server,
                look_ahead,
            } => c.typed(
                "diagnosed-hotp-match",
                &[
                    ("counter", num(counter)),
                    ("ahead", num(ahead)),
                    ("server", num(server)),
                    ("look_ahead", num(look_ahead)),
                    ("next", num(counter.saturating_add(1))),
                ],
            ),
            Diagnosed::HotpAhead {
                counter,
                ahead,
                server,
                look_ahead,
            } => c.typed(
                "diagnosed-hotp-ahead",
                &[
                    ("counter", num(counter)),
                    ("ahead", num(ahead)),
                    ("server", num(server)),
                    ("look_ahead", num(look_ahead)),
                    ("next", num(counter.saturating_add(1))),
                ],
            ),
            Diagnosed::HotpBehind {
                counter,
                behind,
                server,
            } => c.typed(
                "diagnosed-hotp-behind",
                &[
                    ("counter", num(counter)),
                    ("behind", num(behind)),
                    ("server", num(server)),
                ],
            ),
            Diagnosed::HotpNoMatch { search, server } => c.typed(
                "diagnosed-hotp-no-match",
                &[("search", num(search)), ("server", num(server))],
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use motp_core::clock::DEFAULT_WINDOW_SECONDS;
    use motp_core::doctor::{ClockInput, CodeEvidence, DoctorInput, PinGuard, doctor};
    use motp_core::oath_doctor::{OathDoctorInput, OathEvidence, oath_doctor};
    use motp_core::{
        CheckCode, ClockCheck, ClockCorrection, Code, DiagnoseOptions, HotpParams, OtpKind, Pin,
        Secret, TotpParams, code,
    };

    use super::*;
    use crate::english_check::english_words;

    const NOW: i64 = 1_700_000_000;
    const KEY: &[u8] = b"12345678901234567890";

    fn app(locale: &str) -> Catalog {
        Catalog::new(locale)
    }

    fn clock(offset_s: i64) -> ClockInput {
        ClockInput::Checked(ClockCheck::from_measurement(
            "pool.ntp.org:123".into(),
            "192.0.2.1:123".parse().unwrap(),
            offset_s * 1_000_000,
            20_000,
            2,
            DEFAULT_WINDOW_SECONDS,
        ))
    }

    /// mOTP reports covering every finding and fix of the mOTP doctor (but the unusual secret:
    /// its warnings are the app's own sentences, see `unusual_secret_quotes_the_apps_warnings`).
    fn motp_reports() -> Vec<DoctorReport> {
        let lower = Secret::new("0123456789abcdef").unwrap();
        let upper = Secret::new("0123456789ABCDEF").unwrap();
        let pin = Pin::raw("1234");
        let at = (NOW / 10) as u64;
        let evidence = |c: Code| {
            Some(CodeEvidence {
                code: c,
                pin: &pin,
                at_unix_seconds: NOW,
                options: DiagnoseOptions::default(),
            })
        };
        let mut inputs = Vec::new();
        // All fine, with the administrator's check code and a matching code.
        let mut i = base(&lower);
        i.admin_check_code = Some(CheckCode::of(&lower));
        i.evidence = evidence(code(&lower, &pin, at));
        inputs.push(i);
        // A matching code made 20 s ahead, inside the window.
        let mut i = base(&lower);
        i.evidence = evidence(code(&lower, &pin, at + 2));
        i.pin_guard = PinGuard::NotSet;
        inputs.push(i);
        // Clock 10 min ahead, secret in the other case by check code, PIN mismatch.
        let mut i = base(&upper);
        i.clock = clock(-600);
        i.pin_guard = PinGuard::Mismatch;
        i.admin_check_code = Some(CheckCode::of(&lower));
        inputs.push(i);
        // The other case, the other way round.
        let mut i = base(&lower);
        i.admin_check_code = Some(CheckCode::of(&upper));
        inputs.push(i);
        // Drifting (+60 s behind), then behind by 5 min with a stored correction.
        let mut i = base(&lower);
        i.clock = clock(60);
        inputs.push(i);
        let mut i = base(&lower);
        i.clock = clock(300);
        i.stored_correction = ClockCorrection(290);
        inputs.push(i);
        let mut i = base(&lower);
        i.clock = clock(2);
        inputs.push(i);
        // Not checked; a code made 5 min ahead (clock drift), no typo guard.
        let mut i = base(&lower);
        i.clock = ClockInput::NotChecked;
        i.pin_guard = PinGuard::NotSet;
        i.evidence = evidence(code(&lower, &pin, at + 30));
        inputs.push(i);
        // A code made with the uppercase secret, 4 min behind.
        let mut i = base(&lower);
        i.evidence = evidence(code(&upper, &pin, at - 24));
        inputs.push(i);
        let mut i = base(&lower);
        i.evidence = evidence(code(&upper, &pin, at));
        inputs.push(i);
        // Different secrets; a code that matches nothing; no PIN typed.
        let mut i = base(&lower);
        i.admin_check_code = Some(CheckCode::parse("000 000").unwrap());
        i.pin_guard = PinGuard::NotTyped;
        inputs.push(i);
        let mut i = base(&lower);
        i.pin_guard = PinGuard::NotSet;
        i.evidence = evidence(code(&lower, &Pin::raw("9999"), at));
        inputs.push(i);
        // Usernames: spaces, none.
        let mut i = base(&lower);
        i.account = " alice ";
        inputs.push(i);
        let mut i = base(&lower);
        i.account = "";
        i.clock = ClockInput::NotChecked;
        inputs.push(i);
        inputs.iter().map(|i| doctor(i).unwrap()).collect()
    }

    fn base(secret: &Secret) -> DoctorInput<'_> {
        DoctorInput {
            secret,
            account: "007",
            clock: clock(0),
            stored_correction: ClockCorrection(0),
            admin_check_code: None,
            pin_guard: PinGuard::Matches,
            evidence: None,
        }
    }

    fn oath_reports() -> Vec<DoctorReport> {
        let secret = motp_core::oath::secret_from_key(KEY).unwrap();
        let short = motp_core::oath::secret_from_key(b"0123456789").unwrap();
        let totp = TotpParams::default();
        let server = TotpParams {
            algorithm: HashAlgorithm::Sha256,
            digits: 8,
            period_seconds: 60,
            t0_seconds: 0,
        };
        let hotp = HotpParams {
            algorithm: HashAlgorithm::Sha1,
            digits: 6,
            counter: 3,
        };
        let input = |kind: OtpKind, s: &Secret, e: Option<OathEvidence>| -> DoctorReport {
            oath_doctor(&OathDoctorInput {
                kind,
                secret: s,
                account: "alice",
                clock: clock(20),
                stored_correction: ClockCorrection(0),
                admin_check_code: None,
                evidence: e,
            })
            .unwrap()
        };
        let totp_e = |params: &TotpParams, at: i64, window: u32| OathEvidence {
            code: motp_core::oath::totp(KEY, at, params).unwrap(),
            at_unix_seconds: NOW,
            span: 3600,
            window,
        };
        let hotp_e = |counter: u64| OathEvidence {
            code: motp_core::oath::hotp(KEY, counter, HashAlgorithm::Sha1, 6),
            at_unix_seconds: 0,
            span: 1000,
            window: 10,
        };
        let with_admin = |admin: CheckCode| {
            oath_doctor(&OathDoctorInput {
                kind: OtpKind::Totp(totp),
                secret: &secret,
                account: "alice",
                clock: ClockInput::NotChecked,
                stored_correction: ClockCorrection(0),
                admin_check_code: Some(admin),
                evidence: None,
            })
            .unwrap()
        };
        let mut reports = vec![
            with_admin(CheckCode::of(&secret)),
            with_admin(CheckCode::parse("000 000").unwrap()),
        ];
        reports.extend([
            input(OtpKind::Totp(totp), &secret, None),
            input(OtpKind::Totp(totp), &short, None),
            input(OtpKind::Totp(totp), &secret, Some(totp_e(&totp, NOW, 1))),
            input(
                OtpKind::Totp(totp),
                &secret,
                Some(totp_e(&totp, NOW + 30, 2)),
            ),
            input(
                OtpKind::Totp(totp),
                &secret,
                Some(totp_e(&totp, NOW - 120, 1)),
            ),
            input(OtpKind::Totp(totp), &secret, Some(totp_e(&server, NOW, 1))),
            input(OtpKind::Hotp(hotp), &secret, Some(hotp_e(3))),
            input(OtpKind::Hotp(hotp), &secret, Some(hotp_e(40))),
            input(OtpKind::Hotp(hotp), &secret, Some(hotp_e(1))),
            input(
                OtpKind::Hotp(hotp),
                &secret,
                Some(OathEvidence {
                    code: Code::parse_digits("12345678", 8).unwrap(),
                    at_unix_seconds: 0,
                    span: 10,
                    window: 1,
                }),
            ),
        ]);
        reports
    }

    /// The English catalog says exactly what the engine says, finding by finding: the two are
    /// rendered from the same values, and this proves the catalog kept every number and word.
    #[test]
    fn english_catalog_says_what_the_engine_says() {
        let en = app("en");
        let mut compared = 0;
        for r in motp_reports().into_iter().chain(oath_reports()) {
            for st in &r.steps {
                assert_eq!(
                    en.step_detail(&st.findings),
                    st.message,
                    "{:?}",
                    st.findings
                );
                assert_eq!(en.fixes_text(&st.fixes), st.fix, "{:?}", st.fixes);
                compared += 1;
            }
            assert_eq!(en.verdict_detail(&r), r.verdict.summary);
            assert_eq!(
                en.fixes_text(&r.verdict.fixes).unwrap_or_default(),
                r.verdict.fix
            );
        }
        assert!(compared > 100, "{compared}");
    }

    #[test]
    fn german_reports_have_no_english() {
        let de = app("de");
        let en = app("en");
        for r in motp_reports().into_iter().chain(oath_reports()) {
            let mut texts = vec![de.verdict_detail(&r)];
            texts.extend(de.fixes_text(&r.verdict.fixes));
            for st in &r.steps {
                let german = de.step_detail(&st.findings);
                assert_ne!(german, en.step_detail(&st.findings));
                texts.push(german);
                texts.extend(de.fixes_text(&st.fixes));
            }
            for t in texts {
                assert!(english_words(&t).is_empty(), "English in {t:?}");
                assert!(
                    !t.contains(concat!("doctor", "-")),
                    "an id, not a sentence: {t}"
                );
            }
        }
    }

    /// Every language words every report: no id shows, no placeable is left unfilled, and each
    /// step reads differently from English.
    #[test]
    fn every_language_words_every_report() {
        let en = app("en");
        for lang in crate::languages().into_iter().skip(1) {
            let c = app(lang);
            assert_eq!(c.locale(), lang);
            for r in motp_reports().into_iter().chain(oath_reports()) {
                let mut texts = vec![c.verdict_detail(&r)];
                texts.extend(c.fixes_text(&r.verdict.fixes));
                for st in &r.steps {
                    let detail = c.step_detail(&st.findings);
                    assert_ne!(detail, en.step_detail(&st.findings), "{lang}: {detail}");
                    texts.push(detail);
                    texts.extend(c.fixes_text(&st.fixes));
                    texts.push(c.step_status_text(st));
                }
                for t in texts {
                    let id = [
                        concat!("doctor", "-"),
                        concat!("diagnosed", "-"),
                        concat!("count", "-"),
                        concat!("size", "-"),
                    ]
                    .iter()
                    .any(|p| t.contains(p));
                    assert!(!id && !t.contains('{'), "{lang}: {t}");
                }
            }
        }
    }

    #[test]
    fn german_keeps_the_numbers_cases_and_names() {
        let de = app("de");
        let reports = motp_reports();
        // Clock 10 min ahead: the correction to apply, signed.
        let clock = reports[2].step(StepId::Clock);
        let fix = de.fixes_text(&clock.fixes).unwrap();
        assert!(fix.contains("-600 s") && fix.contains("10 Min."), "{fix}");
        assert!(de.step_detail(&clock.findings).contains("geht 10 Min. vor"));
        // The secret is uppercase, the server has it in lowercase.
        let secret = reports[2].step(StepId::Secret);
        let detail = de.step_detail(&secret.findings);
        assert!(detail.contains("Kleinbuchstaben"), "{detail}");
        assert!(
            detail.contains(&CheckCode::of(&Secret::new("0123456789ABCDEF").unwrap()).to_string())
        );
        // A code made with the uppercase secret, 4 min behind: the case and the clock.
        let secret = reports[8].step(StepId::Secret);
        let fix = de.fixes_text(&secret.fixes).unwrap();
        assert!(
            fix.contains("Großbuchstaben") && fix.contains("4 Min. nach"),
            "{fix}"
        );
        // A username that looks like a number stays as typed; spaces are named.
        let pin = de.step_detail(&reports[0].step(StepId::Pin).findings);
        assert!(pin.contains("„007“"), "{pin}");
        let fix = de.fixes_text(&reports[12].step(StepId::Pin).fixes).unwrap();
        assert!(fix.contains("„alice“"), "{fix}");
        // Plural forms: one period, two periods.
        let oath = oath_reports();
        let one = de.step_detail(&oath[2].step(StepId::Clock).findings);
        assert!(one.contains("±1 Periode zu 30 s"), "{one}");
        let two = de.step_detail(&oath[5].step(StepId::Code).findings);
        assert!(
            two.contains("1 Periode (30 s)") && two.contains("±2 Perioden"),
            "{two}"
        );
        let en = app("en").step_detail(&oath[5].step(StepId::Code).findings);
        assert!(en.contains("±2 periods"), "{en}");
    }

    /// Counts take their plural forms in both languages, and English still equals the engine.
    #[test]
    fn counts_take_plural_forms() {
        let (de, en) = (app("de"), app("en"));
        for (search, german, english) in [
            (1, "1 Zählerstand um", "1 counter of"),
            (2, "2 Zählerständen um", "2 counters of"),
        ] {
            let d = Diagnosed::HotpNoMatch { search, server: 7 };
            assert!(
                de.diagnosed_text(&d).contains(german),
                "{}",
                de.diagnosed_text(&d)
            );
            assert!(en.diagnosed_text(&d).contains(english));
            assert_eq!(en.diagnosed_text(&d), d.to_string());
        }
        for (periods, german) in [(1, "1 Periode (30 s)"), (3, "3 Perioden (90 s)")] {
            let d = Diagnosed::TotpMatch {
                periods,
                period_seconds: 30,
                window: 3,
            };
            assert!(
                de.diagnosed_text(&d).contains(german),
                "{}",
                de.diagnosed_text(&d)
            );
            assert_eq!(en.diagnosed_text(&d), d.to_string());
        }
    }

    #[test]
    fn unusual_secret_quotes_the_apps_warnings() {
        let secret = Secret::new("AAAAAAAAAAAAAAAAAAAAAAAAZ").unwrap();
        let r = doctor(&DoctorInput {
            secret: &secret,
            account: "alice",
            clock: clock(0),
            stored_correction: ClockCorrection(0),
            admin_check_code: None,
            pin_guard: PinGuard::Matches,
            evidence: None,
        })
        .unwrap();
        let de = app("de");
        let detail = de.step_detail(&r.step(StepId::Secret).findings);
        assert!(detail.contains("nicht hexadezimal"), "{detail}");
        assert!(detail.contains("25 Zeichen"), "{detail}");
        assert!(english_words(&detail).is_empty(), "{detail}");
        assert!(
            de.verdict_detail(&r)
                .starts_with("Keine eindeutige Ursache")
        );
    }

    /// Every message id this file names exists in English (the selectors of
    /// `error-clock-failed` are variant keys, not ids).
    #[test]
    fn every_message_this_file_uses_exists() {
        let en = Catalog::new("en");
        let selectors = ["not-found", "bad-reply"];
        let mut checked = 0;
        for word in crate::english_check::quoted_message_ids(include_str!("doctor.rs")) {
            if !selectors.contains(&word) {
                assert!(en.has_message(word), "en.ftl lacks {word}");
                checked += 1;
            }
        }
        assert!(checked > 40, "only {checked} ids found: the scan is broken");
    }

    /// A clock offset is sized in its unit, at each unit's edge; its direction has three words.
    #[test]
    fn offsets_are_sized_in_their_unit() {
        let en = app("en");
        assert_eq!(en.offset_size(999), "999 ms");
        assert_eq!(en.offset_size(-999), "999 ms");
        assert_eq!(en.offset_size(1_000), "1.0 s");
        assert_eq!(en.offset_size(1_500), "1.5 s");
        assert_eq!(en.offset_size(9_999), "9.9 s");
        assert_eq!(en.offset_size(10_000), "10 s");
        assert_eq!(en.offset_size(130_400), "2 min 10 s");
        assert_eq!(en.offset("doctor-offset", 0), "right on true time");
        assert_eq!(en.offset("doctor-offset", 1), "1 ms behind true time");
        assert_eq!(en.offset("doctor-offset", -1), "1 ms ahead of true time");
    }

    #[test]
    fn step_titles_warnings_and_failed_clock_checks_have_their_words() {
        let en = app("en");
        let titles: Vec<String> = [StepId::Clock, StepId::Secret, StepId::Pin, StepId::Code]
            .into_iter()
            .map(|id| en.step_title(id))
            .collect();
        assert_eq!(titles, ["Clock", "Secret", "PIN and username", "The code"]);
        assert_eq!(
            en.warning_text(&SecretWarning::Weak { length: 8 }),
            "The secret is only 8 characters long, shorter than recommended: 16 hex characters \
             for mOTP, 26 Base32 characters (128 bits) for TOTP and HOTP."
        );
        assert!(
            en.warning_text(&SecretWarning::HasUppercase)
                .contains("uppercase")
        );
        let timeout = Error::ClockTimeout {
            server: "time.example".into(),
            address: "192.0.2.1:123".into(),
            timeout_ms: 3_000,
        };
        assert_eq!(clock_failure(&timeout), Some(("timeout", "time.example")));
        let text = en.clock_error_text(&timeout);
        assert!(
            text.contains("time.example") && text.contains("did not answer"),
            "{text}"
        );
        assert_eq!(clock_failure(&Error::QrNotFound), None);
        assert!(
            en.clock_error_text(&Error::QrNotFound)
                .starts_with("Something went wrong")
        );
    }

    /// A code outside the window is placed before or after the instant checked as the engine
    /// places it; at the instant itself (which the engine never reports as outside) the
    /// catalog has its own words.
    #[test]
    fn a_code_outside_the_window_is_placed_in_time_as_the_engine_places_it() {
        let en = app("en");
        for offset_seconds in [1, -1, 90, -3_600] {
            let f = Finding::CodeOutsideWindow { offset_seconds };
            assert_eq!(en.finding_text(&f), f.to_string(), "{offset_seconds}");
        }
        let at = en.finding_text(&Finding::CodeOutsideWindow { offset_seconds: 0 });
        assert!(at.contains("made for the reference time"), "{at}");
    }

    /// Each failed clock check's reason, as `error-clock-failed` selects it.
    #[test]
    fn every_failed_clock_check_has_its_reason() {
        let s = || "time.example".to_owned();
        let cases = [
            (
                Error::ClockServerNotFound {
                    server: s(),
                    reason: s(),
                },
                "not-found",
            ),
            (
                Error::ClockTimeout {
                    server: s(),
                    address: s(),
                    timeout_ms: 1,
                },
                "timeout",
            ),
            (
                Error::ClockUnreachable {
                    server: s(),
                    address: s(),
                    reason: s(),
                },
                "unreachable",
            ),
            (
                Error::ClockKissOfDeath {
                    server: s(),
                    code: s(),
                    advice: s(),
                },
                "refused",
            ),
            (
                Error::ClockServerUnsynchronized {
                    server: s(),
                    problem: s(),
                },
                "unsynchronized",
            ),
            (
                Error::ClockBadReply {
                    server: s(),
                    problem: s(),
                },
                "bad-reply",
            ),
        ];
        let en = app("en");
        let mut texts = std::collections::HashSet::new();
        for (e, reason) in cases {
            assert_eq!(clock_failure(&e), Some((reason, "time.example")), "{e:?}");
            assert!(
                texts.insert(en.clock_error_text(&e)),
                "{reason}: not its own sentence"
            );
        }
    }

    /// Each step's one-line status, and a secret that is fine but was compared with nothing is
    /// not said to match the server's.
    #[test]
    fn step_statuses_have_their_lines_and_an_unproven_secret_is_not_called_matching() {
        let en = app("en");
        let mut unproven = 0;
        for r in motp_reports().into_iter().chain(oath_reports()) {
            for st in &r.steps {
                let line = en.step_status_text(st);
                let compared_with_nothing = st.id == StepId::Secret
                    && st.status == StepStatus::Ok
                    && st
                        .findings
                        .iter()
                        .any(|f| matches!(f, Finding::SecretNormal { .. }));
                let id = if compared_with_nothing {
                    unproven += 1;
                    "doctor-secret-ok-unproven".to_owned()
                } else {
                    format!("doctor-{}-{}", st.id.as_str(), st.status.as_str())
                };
                assert_eq!(line, en.plain(&id), "{:?} {:?}", st.id, st.status);
                assert!(
                    !line.is_empty() && !line.starts_with(concat!("doctor", "-")),
                    "{line}"
                );
            }
        }
        assert!(unproven > 0, "no report had an unproven secret");
    }
}
