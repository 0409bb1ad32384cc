//! The doctor: the vendor's troubleshooting guide walked for one token, in the guide's order.
//!
//! The guide names four causes of a failing mOTP login, and the doctor checks them in that
//! order, one [`Step`] each:
//!
//! 1. **clock** — the device clock is off ([`ClockInput`], from [`crate::clock`]), or a code
//!    was made at a time outside the server's window ([`diagnose`] says `ClockDrift`);
//! 2. **secret** — the token's secret differs from the server's copy: format warnings, the
//!    administrator's check code ([`CheckCode`]), or a code made with the other letter case;
//! 3. **pin** — a wrong PIN gives no error, just a rejected code: the PIN typo guard's verdict
//!    ([`PinGuard`]); and the username, which is case-sensitive and must have no stray spaces;
//! 4. **code** — the code was mistyped or expired: a code from another token or the server's
//!    log, diagnosed against this token's secret and PIN around a reference time.
//!
//! The walk is pure: the caller gathers the inputs (vault, clock check, prompts) and the
//! doctor only reasons about them, so every path is unit-tested. The verdict names the first
//! step, in the guide's order, that found a definite problem.

use crate::clock::{ClockCheck, ClockVerdict};
use crate::diagnose::{Cause, DiagnoseOptions, Diagnosis, diagnose};
use crate::error::{Error, Result};
use crate::finding::SecretVariant;
pub use crate::finding::StepId;
use crate::finding::{self, Conclusion, Finding, Fix};
use crate::otp::Code;
use crate::pin::Pin;
use crate::secret::Secret;
use crate::secret_check::{CheckCode, CheckCodeMatch, Reveal, SecretReport};
use crate::time::{ClockCorrection, counter_at_seconds};

/// What a step found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StepStatus {
    /// Checked, and in order.
    Ok,
    /// Something unusual that may cause failures.
    Warning,
    /// A definite cause of failing logins.
    Problem,
    /// Not checked: the input it needs was not given.
    Skipped,
}

impl StepStatus {
    /// Stable machine-readable name (JSON, FFI): `ok`, `warning`, `problem`, `skipped`.
    pub fn as_str(self) -> &'static str {
        match self {
            StepStatus::Ok => "ok",
            StepStatus::Warning => "warning",
            StepStatus::Problem => "problem",
            StepStatus::Skipped => "skipped",
        }
    }
}

/// One cause checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Which cause.
    pub id: StepId,
    /// What was found.
    pub status: StepStatus,
    /// What was found, in plain words.
    pub message: String,
    /// What to do about it; `None` when there is nothing to do.
    pub fix: Option<String>,
    /// What was found, as data: `message` is their English, joined. Apps render these in
    /// the user's language ([`crate::finding`]).
    pub findings: Vec<Finding>,
    /// What to do, as data: `fix` is their English, joined (none when `fix` is `None`).
    pub fixes: Vec<Fix>,
}

/// The PIN typo guard's verdict on the PIN just typed (the vault keeps the guard).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PinGuard {
    /// This token has no typo guard (or the PIN is stored, not typed).
    NotSet,
    /// The typed PIN passes the guard.
    Matches,
    /// The typed PIN fails the guard: it is not the PIN the token was set up with.
    Mismatch,
    /// The token has a typo guard, but the user typed no PIN for it to check.
    NotTyped,
}

/// What the clock check gave, if it ran.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClockInput {
    /// The user did not check the clock.
    NotChecked,
    /// The check's result.
    Checked(ClockCheck),
    /// The check failed (no network, kiss-o'-death…).
    Failed(Error),
}

/// A code to diagnose: from the failing login (as the server logged it), from another token
/// for the same account, or from the administrator's `motp verify`.
#[derive(Debug, Clone)]
pub struct CodeEvidence<'a> {
    /// The code.
    pub code: Code,
    /// The PIN to diagnose with (the one the user types into the token).
    pub pin: &'a Pin,
    /// When the code was made or typed, in Unix seconds, on a clock you trust: the server's
    /// log, or this device's clock once the clock check says it is right.
    pub at_unix_seconds: i64,
    /// The search span and the server's window.
    pub options: DiagnoseOptions,
}

/// Everything the doctor reasons about, for one token.
#[derive(Debug, Clone)]
pub struct DoctorInput<'a> {
    /// The token's secret.
    pub secret: &'a Secret,
    /// The token's username / account, exactly as stored.
    pub account: &'a str,
    /// The clock check, if it ran.
    pub clock: ClockInput,
    /// The clock correction the token applies (judged together with the clock check).
    pub stored_correction: ClockCorrection,
    /// The check code the administrator computed from the server's copy of the secret.
    pub admin_check_code: Option<CheckCode>,
    /// The PIN typo guard's verdict on the typed PIN.
    pub pin_guard: PinGuard,
    /// A code to diagnose, if the user has one.
    pub evidence: Option<CodeEvidence<'a>>,
}

/// The walk's conclusion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// The first step (in the guide's order) that found a definite problem.
    pub cause: Option<StepId>,
    /// The overall finding in one or two sentences.
    pub summary: String,
    /// What to do first, in plain words.
    pub fix: String,
    /// The conclusion as data: `summary` is its English (with the named step's message).
    pub conclusion: Conclusion,
    /// What to do first, as data: `fix` is their English, joined.
    pub fixes: Vec<Fix>,
}

/// The doctor's report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoctorReport {
    /// The four steps, always in the order clock, secret, pin, code.
    pub steps: Vec<Step>,
    /// The conclusion.
    pub verdict: Verdict,
    /// The secret's report (without its characters), for the check code and warnings.
    pub secret: SecretReport,
    /// The diagnosis of the evidence code, when one was given.
    pub diagnosis: Option<Diagnosis>,
}

impl DoctorReport {
    /// The step with this id.
    pub fn step(&self, id: StepId) -> &Step {
        // Always present: `doctor` builds all four.
        &self.steps[id as usize]
    }
}

/// Walks the four causes for one token. Fails only on invalid evidence options or an
/// evidence time before 1970.
pub fn doctor(input: &DoctorInput<'_>) -> Result<DoctorReport> {
    let diagnosis = match &input.evidence {
        Some(e) => Some(diagnose(
            input.secret,
            e.pin,
            &e.code,
            counter_at_seconds(e.at_unix_seconds)?,
            e.options,
        )?),
        None => None,
    };
    let secret = SecretReport::new(input.secret, Reveal::Hidden);
    let steps = vec![
        clock_step(&input.clock, input.stored_correction, diagnosis.as_ref()),
        secret_step(&secret, input.admin_check_code, diagnosis.as_ref()),
        pin_step(input.pin_guard, input.account, diagnosis.as_ref()),
        code_step(input.evidence.is_some(), diagnosis.as_ref()),
    ];
    let verdict = conclude(&steps);
    Ok(DoctorReport {
        steps,
        verdict,
        secret,
        diagnosis,
    })
}

pub(crate) fn step(
    id: StepId,
    status: StepStatus,
    findings: Vec<Finding>,
    fixes: Vec<Fix>,
) -> Step {
    Step {
        id,
        status,
        message: finding::join(&findings),
        fix: (!fixes.is_empty()).then(|| finding::join(&fixes)),
        findings,
        fixes,
    }
}

fn clock_step(clock: &ClockInput, stored: ClockCorrection, diagnosis: Option<&Diagnosis>) -> Step {
    let (mut status, mut findings, mut fix) = match clock {
        ClockInput::NotChecked => (
            StepStatus::Skipped,
            vec![Finding::ClockNotChecked],
            Some(Fix::RunClockCheck),
        ),
        ClockInput::Failed(e) => (
            StepStatus::Skipped,
            vec![Finding::ClockCheckFailed(e.clone())],
            Some(Fix::RetryClockCheck),
        ),
        ClockInput::Checked(c) => {
            let mut findings = vec![Finding::ClockMeasured(c.clone())];
            if stored.0 != 0 {
                findings.push(Finding::ClockCorrected {
                    correction_seconds: stored.0,
                    residual_ms: c.offset_after_ms(stored),
                });
            }
            let status = match c.verdict_after(stored) {
                ClockVerdict::Fine => StepStatus::Ok,
                ClockVerdict::Drifting => StepStatus::Warning,
                ClockVerdict::CodesWillFail => StepStatus::Problem,
            };
            (status, findings, finding::clock_fix(c, stored))
        }
    };
    if let Some(d) = diagnosis.filter(|d| d.cause == Cause::ClockDrift) {
        status = StepStatus::Problem;
        findings.push(Finding::CodeOutsideWindow {
            offset_seconds: d.offset_seconds.unwrap_or(0),
        });
        fix = Some(Fix::Diagnosed(d.finding.clone()));
    }
    step(StepId::Clock, status, findings, fix.into_iter().collect())
}

fn secret_step(
    report: &SecretReport,
    admin: Option<CheckCode>,
    diagnosis: Option<&Diagnosis>,
) -> Step {
    let code = report.check_code;
    if let Some(admin) = admin {
        let m = report.compare(&admin);
        let status = if m == CheckCodeMatch::Exact {
            StepStatus::Ok
        } else {
            StepStatus::Problem
        };
        let finding = Finding::CheckCodes {
            token: code,
            server: admin,
            result: m,
        };
        let fixes = if status == StepStatus::Problem {
            vec![Fix::CheckCodeAdvice(m)]
        } else {
            Vec::new()
        };
        return step(StepId::Secret, status, vec![finding], fixes);
    }
    if let Some(d) = diagnosis.filter(|d| d.cause == Cause::SecretCase) {
        return step(
            StepId::Secret,
            StepStatus::Problem,
            vec![Finding::CodeFromOtherCase {
                variant: d.secret_variant.unwrap_or(SecretVariant::Lowercase),
                check_code: code,
            }],
            vec![Fix::Diagnosed(d.finding.clone())],
        );
    }
    let proven = diagnosis.is_some_and(|d| d.cause != Cause::NoMatch);
    let compare = Fix::CompareCheckCodes { check_code: code };
    if report.warnings.is_empty() {
        let finding = if proven {
            Finding::SecretProven { check_code: code }
        } else {
            Finding::SecretNormal {
                length: report.length,
                check_code: code,
            }
        };
        let fixes = if proven { Vec::new() } else { vec![compare] };
        return step(StepId::Secret, StepStatus::Ok, vec![finding], fixes);
    }
    let finding = Finding::SecretUnusual {
        check_code: code,
        warnings: report.warnings.clone(),
    };
    if proven {
        step(StepId::Secret, StepStatus::Ok, vec![finding], Vec::new())
    } else {
        step(
            StepId::Secret,
            StepStatus::Warning,
            vec![finding],
            vec![compare],
        )
    }
}

fn pin_step(guard: PinGuard, account: &str, diagnosis: Option<&Diagnosis>) -> Step {
    let mut status = StepStatus::Ok;
    // Set when nothing here could check the PIN: the step is then "skipped", never "ok".
    let mut unchecked = false;
    let mut findings = Vec::new();
    let mut fixes = Vec::new();
    let proven = diagnosis.is_some_and(|d| d.cause != Cause::NoMatch);
    match guard {
        PinGuard::Mismatch => {
            status = StepStatus::Problem;
            findings.push(Finding::PinMismatch);
            fixes.push(Fix::TypePinAgain);
        }
        PinGuard::Matches => findings.push(Finding::PinMatches),
        PinGuard::NotTyped if !proven => {
            unchecked = true;
            findings.push(Finding::PinNotTyped);
            fixes.push(Fix::TypePinForGuard);
        }
        PinGuard::NotSet | PinGuard::NotTyped => {
            if proven {
                findings.push(Finding::PinProven);
            } else {
                unchecked = true;
                findings.push(Finding::PinUncheckable);
            }
        }
    }
    username_findings(account, &mut status, &mut findings, &mut fixes);
    // A username warning is a finding and outranks "skipped"; otherwise an unchecked PIN is
    // reported as skipped, so the verdict says the PIN was not checked.
    if unchecked && status == StepStatus::Ok {
        status = StepStatus::Skipped;
    }
    step(StepId::Pin, status, findings, fixes)
}

fn code_step(has_evidence: bool, diagnosis: Option<&Diagnosis>) -> Step {
    match diagnosis {
        None if !has_evidence => step(
            StepId::Code,
            StepStatus::Skipped,
            vec![Finding::NoCode],
            vec![Fix::TypeCodeCarefully, Fix::DiagnoseRejectedCode],
        ),
        None => step(
            StepId::Code,
            StepStatus::Skipped,
            vec![Finding::CodeNotDiagnosed],
            vec![Fix::TypeCodeCarefully],
        ),
        Some(d) => match d.cause {
            Cause::Match => step(
                StepId::Code,
                StepStatus::Ok,
                vec![Finding::CodeDiagnosed(d.finding.clone())],
                Vec::new(),
            ),
            Cause::ClockDrift | Cause::SecretCase => step(
                StepId::Code,
                StepStatus::Ok,
                vec![Finding::CodeFailedForCauseAbove],
                Vec::new(),
            ),
            Cause::NoMatch => step(
                StepId::Code,
                StepStatus::Problem,
                vec![Finding::CodeDiagnosed(d.finding.clone())],
                vec![Fix::TypeCodeCarefully],
            ),
        },
    }
}

/// What the username says: none saved, spaces around it, or how to type it.
fn username_findings(
    account: &str,
    status: &mut StepStatus,
    findings: &mut Vec<Finding>,
    fixes: &mut Vec<Fix>,
) {
    if account.is_empty() {
        *status = (*status).max(StepStatus::Warning);
        findings.push(Finding::UsernameMissing);
        fixes.push(Fix::SaveUsername);
    } else if account.trim() != account {
        *status = (*status).max(StepStatus::Warning);
        findings.push(Finding::UsernameSpaces {
            account: account.to_owned(),
        });
        fixes.push(Fix::UsernameWithoutSpaces {
            trimmed: account.trim().to_owned(),
        });
    } else {
        findings.push(Finding::UsernameExact {
            account: account.to_owned(),
        });
    }
}

/// The PIN step of a token without a PIN (TOTP, HOTP): the username alone.
pub(crate) fn pin_step_for_username(account: &str) -> Step {
    let mut status = StepStatus::Ok;
    let mut findings = vec![Finding::NoPinForKind];
    let mut fixes = Vec::new();
    username_findings(account, &mut status, &mut findings, &mut fixes);
    step(StepId::Pin, status, findings, fixes)
}

pub(crate) fn conclude(steps: &[Step]) -> Verdict {
    let (conclusion, basis) =
        if let Some(s) = steps.iter().find(|s| s.status == StepStatus::Problem) {
            (Conclusion::Problem(s.id), Some(s))
        } else if let Some(s) = steps.iter().find(|s| s.status == StepStatus::Warning) {
            (Conclusion::Warning(s.id), Some(s))
        } else {
            let skipped: Vec<StepId> = steps
                .iter()
                .filter(|s| s.status == StepStatus::Skipped)
                .map(|s| s.id)
                .collect();
            if skipped.is_empty() {
                (Conclusion::InOrder, None)
            } else {
                (Conclusion::Skipped(skipped), None)
            }
        };
    let fixes = match (&conclusion, basis) {
        (_, Some(s)) => s.fixes.clone(),
        (Conclusion::Skipped(_), None) => {
            let first = steps.iter().find(|s| s.status == StepStatus::Skipped);
            match first {
                Some(s) if !s.fixes.is_empty() => s.fixes.clone(),
                _ => vec![Fix::AskAdministrator],
            }
        }
        _ => vec![Fix::AskAdministrator],
    };
    Verdict {
        cause: match conclusion {
            Conclusion::Problem(id) => Some(id),
            _ => None,
        },
        summary: conclusion.english(basis.map_or("", |s| s.message.as_str())),
        fix: finding::join(&fixes),
        conclusion,
        fixes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::DEFAULT_WINDOW_SECONDS;
    use crate::otp::code;

    const NOW: i64 = 1_700_000_000;

    fn secret(s: &str) -> Secret {
        Secret::new(s).unwrap()
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

    fn input<'a>(s: &'a Secret, account: &'a str) -> DoctorInput<'a> {
        DoctorInput {
            secret: s,
            account,
            clock: clock(0),
            stored_correction: ClockCorrection(0),
            admin_check_code: None,
            pin_guard: PinGuard::Matches,
            evidence: None,
        }
    }

    fn evidence<'a>(code: Code, pin: &'a Pin) -> Option<CodeEvidence<'a>> {
        Some(CodeEvidence {
            code,
            pin,
            at_unix_seconds: NOW,
            options: DiagnoseOptions::default(),
        })
    }

    fn statuses(r: &DoctorReport) -> Vec<(&'static str, &'static str)> {
        r.steps
            .iter()
            .map(|s| (s.id.as_str(), s.status.as_str()))
            .collect()
    }

    #[test]
    fn all_fine() {
        let s = secret("0123456789abcdef");
        let pin = Pin::raw("1234");
        let c = code(&s, &pin, (NOW / 10) as u64);
        let mut i = input(&s, "alice");
        i.admin_check_code = Some(CheckCode::of(&s));
        i.evidence = evidence(c, &pin);
        let r = doctor(&i).unwrap();
        assert_eq!(
            statuses(&r),
            vec![
                ("clock", "ok"),
                ("secret", "ok"),
                ("pin", "ok"),
                ("code", "ok")
            ]
        );
        assert_eq!(r.verdict.cause, None);
        assert_eq!(r.verdict.summary, "Everything checked is in order.");
        assert!(r.verdict.fix.contains("locked"), "{}", r.verdict.fix);
        assert!(r.step(StepId::Pin).message.contains("case-sensitive"));
        assert_eq!(r.diagnosis.unwrap().cause, Cause::Match);
    }

    #[test]
    fn bad_clock_is_named_first() {
        let s = secret("0123456789ABCDEF");
        let mut i = input(&s, "alice");
        i.clock = clock(-600);
        i.pin_guard = PinGuard::Mismatch;
        i.admin_check_code = Some(CheckCode::of(&secret("0123456789abcdef")));
        let r = doctor(&i).unwrap();
        assert_eq!(r.verdict.cause, Some(StepId::Clock));
        assert!(
            r.verdict
                .summary
                .starts_with("The likeliest cause is the clock")
        );
        assert!(r.verdict.fix.contains("-600 s"), "{}", r.verdict.fix);
        assert!(
            r.verdict.summary.contains("10 min ahead"),
            "{}",
            r.verdict.summary
        );
        // The later problems are still reported in their steps.
        assert_eq!(r.step(StepId::Secret).status, StepStatus::Problem);
        assert_eq!(r.step(StepId::Pin).status, StepStatus::Problem);
    }

    #[test]
    fn drifting_clock_is_a_warning_and_a_stored_correction_counts() {
        let s = secret("0123456789abcdef");
        let mut i = input(&s, "alice");
        i.clock = clock(60);
        let r = doctor(&i).unwrap();
        assert_eq!(r.step(StepId::Clock).status, StepStatus::Warning);
        assert_eq!(r.verdict.cause, None);
        assert!(r.verdict.summary.contains("No definite cause"));
        assert!(r.verdict.fix.contains("+60 s"), "{}", r.verdict.fix);

        i.clock = clock(300);
        assert_eq!(
            doctor(&i).unwrap().step(StepId::Clock).status,
            StepStatus::Problem
        );
        i.stored_correction = ClockCorrection(300);
        let r = doctor(&i).unwrap();
        assert_eq!(r.step(StepId::Clock).status, StepStatus::Ok);
        assert!(
            r.step(StepId::Clock)
                .message
                .contains("correction of +300 s"),
            "{}",
            r.step(StepId::Clock).message
        );
    }

    #[test]
    fn clock_not_checked_or_failed_is_skipped() {
        let s = secret("0123456789abcdef");
        let mut i = input(&s, "alice");
        i.clock = ClockInput::NotChecked;
        let r = doctor(&i).unwrap();
        assert_eq!(r.step(StepId::Clock).status, StepStatus::Skipped);
        assert!(
            r.verdict.summary.contains("skipped (clock, code)"),
            "{}",
            r.verdict.summary
        );

        i.clock = ClockInput::Failed(Error::ClockTimeout {
            server: "pool.ntp.org:123".into(),
            address: "192.0.2.1:123".into(),
            timeout_ms: 3000,
        });
        let r = doctor(&i).unwrap();
        assert_eq!(r.step(StepId::Clock).status, StepStatus::Skipped);
        assert!(r.step(StepId::Clock).message.contains("no answer"));
    }

    #[test]
    fn code_from_a_drifting_device_blames_the_clock() {
        let s = secret("0123456789abcdef");
        let pin = Pin::raw("1234");
        let c = code(&s, &pin, (NOW / 10 + 30) as u64); // made 5 min ahead
        let mut i = input(&s, "alice");
        i.clock = ClockInput::NotChecked;
        i.pin_guard = PinGuard::NotSet;
        i.evidence = evidence(c, &pin);
        let r = doctor(&i).unwrap();
        assert_eq!(r.verdict.cause, Some(StepId::Clock));
        assert!(
            r.step(StepId::Clock)
                .message
                .contains("5 min after the reference"),
            "{}",
            r.step(StepId::Clock).message
        );
        assert_eq!(r.step(StepId::Code).status, StepStatus::Ok);
        assert!(r.step(StepId::Pin).message.contains("so it is right"));
        assert!(r.step(StepId::Secret).message.contains("so it is right"));
    }

    #[test]
    fn secret_case_mismatch_by_check_code() {
        let s = secret("0123456789ABCDEF");
        let mut i = input(&s, "alice");
        i.admin_check_code = Some(CheckCode::of(&secret("0123456789abcdef")));
        let r = doctor(&i).unwrap();
        assert_eq!(r.verdict.cause, Some(StepId::Secret));
        assert!(r.verdict.fix.contains("lowercase"), "{}", r.verdict.fix);
        assert!(
            !format!("{r:?}").contains("0123456789"),
            "no secret in the report"
        );
    }

    #[test]
    fn secret_case_mismatch_by_code() {
        let s = secret("0123456789abcdef");
        let pin = Pin::raw("1234");
        let c = code(&secret("0123456789ABCDEF"), &pin, (NOW / 10) as u64);
        let mut i = input(&s, "alice");
        i.evidence = evidence(c, &pin);
        let r = doctor(&i).unwrap();
        assert_eq!(r.verdict.cause, Some(StepId::Secret));
        assert!(r.step(StepId::Secret).message.contains("uppercase"));
        assert_eq!(r.step(StepId::Code).status, StepStatus::Ok);
    }

    #[test]
    fn different_secret() {
        let s = secret("0123456789abcdef");
        let mut i = input(&s, "alice");
        i.admin_check_code = Some(CheckCode::parse("000 000").unwrap());
        let r = doctor(&i).unwrap();
        assert_eq!(r.verdict.cause, Some(StepId::Secret));
        assert!(
            r.verdict.fix.contains("different secrets"),
            "{}",
            r.verdict.fix
        );
    }

    #[test]
    fn unusual_secret_is_a_warning() {
        let s = secret("AAAAAAAAAAAAAAAAAAAAAAAAZ");
        let r = doctor(&input(&s, "alice")).unwrap();
        assert_eq!(r.step(StepId::Secret).status, StepStatus::Warning);
        assert!(r.step(StepId::Secret).message.contains("not hexadecimal"));
        assert!(r.verdict.fix.contains(&r.secret.check_code.to_string()));
    }

    #[test]
    fn pin_typo_guard_mismatch() {
        let s = secret("0123456789abcdef");
        let mut i = input(&s, "alice");
        i.pin_guard = PinGuard::Mismatch;
        let r = doctor(&i).unwrap();
        assert_eq!(r.verdict.cause, Some(StepId::Pin));
        assert!(r.verdict.fix.contains("PIN again"));
    }

    #[test]
    fn pin_not_typed_for_a_guarded_token() {
        let s = secret("0123456789abcdef");
        let mut i = input(&s, "alice");
        i.pin_guard = PinGuard::NotTyped;
        let r = doctor(&i).unwrap();
        let pin = r.step(StepId::Pin);
        // Nothing checked the PIN: "skipped", never "ok" (the verdict then says so).
        assert_eq!(pin.status, StepStatus::Skipped);
        assert!(pin.message.contains("No PIN was typed"), "{}", pin.message);
        assert!(pin.fix.as_ref().unwrap().contains("type the PIN"));
        assert_eq!(r.verdict.cause, None);
    }

    #[test]
    fn username_with_spaces_or_missing() {
        let s = secret("0123456789abcdef");
        let r = doctor(&input(&s, " alice ")).unwrap();
        assert_eq!(r.step(StepId::Pin).status, StepStatus::Warning);
        assert!(
            r.step(StepId::Pin)
                .fix
                .as_ref()
                .unwrap()
                .contains("\"alice\"")
        );
        let r = doctor(&input(&s, "")).unwrap();
        assert_eq!(r.step(StepId::Pin).status, StepStatus::Warning);
        // A wrong PIN outranks a username warning in the same step.
        let mut i = input(&s, " alice");
        i.pin_guard = PinGuard::Mismatch;
        assert_eq!(
            doctor(&i).unwrap().step(StepId::Pin).status,
            StepStatus::Problem
        );
    }

    #[test]
    fn code_that_matches_nothing() {
        let s = secret("0123456789abcdef");
        let pin = Pin::raw("1234");
        let c = code(&s, &Pin::raw("9999"), (NOW / 10) as u64);
        let mut i = input(&s, "alice");
        i.pin_guard = PinGuard::NotSet;
        i.evidence = evidence(c, &pin);
        let r = doctor(&i).unwrap();
        assert_eq!(r.verdict.cause, Some(StepId::Code));
        assert!(r.verdict.summary.contains("secret or PIN differ"));
        assert!(r.verdict.fix.contains("6 characters"));
        assert!(r.step(StepId::Pin).message.contains("cannot be checked"));
        assert_eq!(r.step(StepId::Pin).status, StepStatus::Skipped);
    }

    #[test]
    fn invalid_evidence_is_an_error() {
        let s = secret("0123456789abcdef");
        let pin = Pin::raw("1234");
        let mut i = input(&s, "alice");
        i.evidence = Some(CodeEvidence {
            code: code(&s, &pin, 1),
            pin: &pin,
            at_unix_seconds: -5,
            options: DiagnoseOptions::default(),
        });
        assert!(matches!(doctor(&i), Err(Error::TimeBeforeEpoch { .. })));
    }

    #[test]
    fn steps_are_always_in_the_guides_order() {
        let s = secret("0123456789abcdef");
        let r = doctor(&input(&s, "alice")).unwrap();
        let ids: Vec<StepId> = r.steps.iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            [StepId::Clock, StepId::Secret, StepId::Pin, StepId::Code]
        );
        for id in ids {
            assert_eq!(r.step(id).id, id);
        }
    }
}
