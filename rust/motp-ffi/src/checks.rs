//! Troubleshooting through the FFI: the clock check, secret check codes, the doctor's report.

use std::time::Duration;

use motp_core::clock::{ClockCheckOptions, DEFAULT_SERVER};
use motp_core::doctor::{StepId, StepStatus};
use motp_core::secret_check::{CheckCodeMatch, LetterCase};
use motp_core::{CheckCode, ClockCheck, ClockVerdict, DoctorReport, Secret, SecretReport};
use zeroize::Zeroizing;

use crate::engine::{DiagnosisResult, SecretWarningRecord};
use crate::error::MotpError;

type Result<T> = std::result::Result<T, MotpError>;

/// What the clock's offset means for logins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ClockVerdictKind {
    /// Within 5 s.
    Fine,
    /// 5 s or more off, still within the server's window.
    Drifting,
    /// Beyond the server's window: codes will be rejected.
    CodesWillFail,
}

/// The result of asking a time server how far off this device's clock is.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ClockCheckResult {
    pub server: String,
    pub address: String,
    /// Milliseconds to add to this device's clock to get true time (positive: behind).
    pub offset_ms: i64,
    /// Half the round trip: how far the true offset may be from `offset_ms`.
    pub uncertainty_ms: u64,
    pub stratum: u8,
    pub verdict: ClockVerdictKind,
    /// The correction to store with `TokenVault.setClockCorrection` (replaces the old one).
    pub suggested_correction_seconds: i64,
    pub summary: String,
    pub advice: String,
}

impl From<&ClockCheck> for ClockCheckResult {
    fn from(c: &ClockCheck) -> Self {
        ClockCheckResult {
            server: c.server.clone(),
            address: c.address.to_string(),
            offset_ms: c.offset_ms,
            uncertainty_ms: c.uncertainty_ms,
            stratum: c.stratum,
            verdict: match c.verdict {
                ClockVerdict::Fine => ClockVerdictKind::Fine,
                ClockVerdict::Drifting => ClockVerdictKind::Drifting,
                ClockVerdict::CodesWillFail => ClockVerdictKind::CodesWillFail,
            },
            suggested_correction_seconds: c.suggested_correction.0,
            summary: c.summary(),
            advice: c.advice(),
        }
    }
}

pub(crate) fn clock_options(
    server: Option<String>,
    timeout_ms: u32,
    window_seconds: u32,
) -> ClockCheckOptions {
    ClockCheckOptions {
        server: server.unwrap_or_else(|| DEFAULT_SERVER.to_owned()),
        timeout: Duration::from_millis(timeout_ms.into()),
        window_seconds,
    }
}

/// Asks a time server (`HOST` or `HOST:PORT`; default the public NTP pool) how far off this
/// device's clock is. Network I/O: call it off the main thread, only when the user asks.
#[uniffi::export]
pub fn check_clock(
    server: Option<String>,
    timeout_ms: u32,
    window_seconds: u32,
) -> Result<ClockCheckResult> {
    let check = motp_core::clock::check_clock(&clock_options(server, timeout_ms, window_seconds))?;
    Ok((&check).into())
}

/// How a token's check code compares with the administrator's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum CheckCodeComparison {
    /// Same secret, letter for letter.
    Exact,
    /// The administrator's copy is this secret in lowercase.
    Lowercase,
    /// The administrator's copy is this secret in uppercase.
    Uppercase,
    /// A different secret.
    Different,
}

impl From<CheckCodeMatch> for CheckCodeComparison {
    fn from(m: CheckCodeMatch) -> Self {
        match m {
            CheckCodeMatch::Exact => CheckCodeComparison::Exact,
            CheckCodeMatch::Lowercase => CheckCodeComparison::Lowercase,
            CheckCodeMatch::Uppercase => CheckCodeComparison::Uppercase,
            CheckCodeMatch::Different => CheckCodeComparison::Different,
        }
    }
}

/// The letters of a secret: lowercase is the reference generator's form, uppercase LinOTP's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum LetterCaseKind {
    /// Digits (and symbols) only: letter case cannot be the problem.
    NoLetters,
    /// Lowercase letters only.
    Lower,
    /// Uppercase letters only.
    Upper,
    /// Both: almost certainly a copying mistake.
    Mixed,
}

impl From<LetterCase> for LetterCaseKind {
    fn from(c: LetterCase) -> Self {
        match c {
            LetterCase::NoLetters => LetterCaseKind::NoLetters,
            LetterCase::Lower => LetterCaseKind::Lower,
            LetterCase::Upper => LetterCaseKind::Upper,
            LetterCase::Mixed => LetterCaseKind::Mixed,
        }
    }
}

/// A secret described without its characters, for comparing with the server's copy.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SecretCheck {
    pub length: u32,
    pub is_hex: bool,
    pub letter_case: LetterCaseKind,
    pub warnings: Vec<SecretWarningRecord>,
    /// First 6 hex of SHA-256 of the secret text, grouped `a1b 2c3`: read it out to the
    /// administrator, who computes the same from the server's copy with `motp secret check`.
    pub check_code: String,
}

impl From<&SecretReport> for SecretCheck {
    fn from(r: &SecretReport) -> Self {
        SecretCheck {
            length: r.length as u32,
            is_hex: r.is_hex,
            letter_case: r.case.into(),
            warnings: r.warnings.iter().map(Into::into).collect(),
            check_code: r.check_code.to_string(),
        }
    }
}

/// The check report of a secret as typed (the administrator's side of the comparison).
#[uniffi::export]
pub fn secret_check(secret: String) -> Result<SecretCheck> {
    let secret = Secret::new(&Zeroizing::new(secret))?;
    Ok((&SecretReport::new(&secret, motp_core::secret_check::Reveal::Hidden)).into())
}

/// Compares a secret's check code with one read out by the other side.
#[uniffi::export]
pub fn compare_check_code(secret: String, other_check_code: String) -> Result<CheckCodeComparison> {
    let secret = Secret::new(&Zeroizing::new(secret))?;
    let report = SecretReport::new(&secret, motp_core::secret_check::Reveal::Hidden);
    Ok(report.compare(&CheckCode::parse(&other_check_code)?).into())
}

/// The four causes of failing logins, in the order the doctor walks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum DoctorStepId {
    /// 1. Clocks out of sync.
    Clock,
    /// 2. The secret differs between token and server.
    Secret,
    /// 3. Wrong PIN or username.
    Pin,
    /// 4. Code mistyped or expired.
    Code,
}

/// What a doctor step found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum DoctorStepStatus {
    /// Checked, and in order.
    Ok,
    /// Something unusual that may cause failures.
    Warning,
    /// A definite cause of failing logins.
    Problem,
    /// Not checked: the input it needs was not given.
    Skipped,
}

/// One step of the doctor's walk.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DoctorStep {
    pub id: DoctorStepId,
    pub status: DoctorStepStatus,
    pub message: String,
    pub fix: Option<String>,
}

/// The doctor's walk through the four causes of failing logins, with a verdict.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DoctorResult {
    pub steps: Vec<DoctorStep>,
    /// The step that found the problem, if any.
    pub cause: Option<DoctorStepId>,
    pub summary: String,
    pub fix: String,
    pub secret: SecretCheck,
    pub diagnosis: Option<DiagnosisResult>,
}

fn step_id(id: StepId) -> DoctorStepId {
    match id {
        StepId::Clock => DoctorStepId::Clock,
        StepId::Secret => DoctorStepId::Secret,
        StepId::Pin => DoctorStepId::Pin,
        StepId::Code => DoctorStepId::Code,
    }
}

fn step_status(s: StepStatus) -> DoctorStepStatus {
    match s {
        StepStatus::Ok => DoctorStepStatus::Ok,
        StepStatus::Warning => DoctorStepStatus::Warning,
        StepStatus::Problem => DoctorStepStatus::Problem,
        StepStatus::Skipped => DoctorStepStatus::Skipped,
    }
}

impl From<DoctorReport> for DoctorResult {
    fn from(r: DoctorReport) -> Self {
        DoctorResult {
            steps: r
                .steps
                .into_iter()
                .map(|s| DoctorStep {
                    id: step_id(s.id),
                    status: step_status(s.status),
                    message: s.message,
                    fix: s.fix,
                })
                .collect(),
            cause: r.verdict.cause.map(step_id),
            summary: r.verdict.summary,
            fix: r.verdict.fix,
            secret: (&r.secret).into(),
            diagnosis: r.diagnosis.map(Into::into),
        }
    }
}
