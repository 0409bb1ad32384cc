//! The doctor for TOTP, HOTP and Steam tokens: the guide's four steps, as they apply to them.
//!
//! 1. **clock** — TOTP and Steam. A TOTP server accepts about ±1 period (±30 s), far less than
//!    mOTP's ±3 minutes, so a clock that is fine for mOTP can fail TOTP: the clock check is
//!    judged against the token's own period (Steam's: 30 s). HOTP codes do not depend on the
//!    clock.
//! 2. **secret** — the key's length (RFC 4226 asks for at least 128 bits), the check code to
//!    compare with the server's copy, and Base32 reading mistakes (O/0, I/1, padding) are
//!    caught when the secret is entered.
//! 3. **pin** — TOTP and HOTP have no PIN; the username is checked as for mOTP.
//! 4. **code** — a code from the server's enrolment page (or its log), diagnosed with the
//!    token's parameters; if none matches, the common alternatives are tried (SHA-1/256/512,
//!    6–8 digits, 30 or 60 s periods) and a mismatch of parameters is named.
//!
//! Pure, like [`mod@crate::doctor`]: the caller gathers the inputs; it returns the same
//! [`DoctorReport`], so every front end shows it the same way.

use crate::clock::ClockVerdict;
use crate::diagnose::{Cause, Diagnosis};
use crate::doctor::{ClockInput, DoctorReport, StepId, StepStatus, conclude, step};
use crate::error::Result;
use crate::finding::{Alternative, Finding, Fix};
use crate::kind::{CodeFormat, HashAlgorithm, HotpParams, OtpKind, STEAM_TIMING, TotpParams};
use crate::oath::{MIN_KEY_BYTES, key_bytes};
use crate::oath_check::{
    OathCause, OathDiagnosis, diagnose_hotp, diagnose_time_based, diagnose_totp,
};
use crate::otp::Code;
use crate::secret::{Secret, SecretWarning};
use crate::secret_check::{CheckCode, CheckCodeMatch, Reveal, SecretReport};
use crate::time::ClockCorrection;

/// A code to diagnose and how widely to search.
#[derive(Debug, Clone, Copy)]
pub struct OathEvidence {
    /// The code (6–8 digits).
    pub code: Code,
    /// TOTP: when it was shown, Unix seconds on a clock you trust.
    pub at_unix_seconds: i64,
    /// TOTP: seconds searched either side; HOTP: counters searched either side.
    pub span: u32,
    /// The server's window: TOTP periods either side, HOTP look-ahead.
    pub window: u32,
}

/// Everything the TOTP/HOTP doctor reasons about.
#[derive(Debug, Clone)]
pub struct OathDoctorInput<'a> {
    /// The token's kind and parameters (for HOTP, `counter` is the server's, as far as known).
    pub kind: OtpKind,
    /// The token's Base32 secret.
    pub secret: &'a Secret,
    /// The username, exactly as stored.
    pub account: &'a str,
    /// The clock check, if it ran.
    pub clock: ClockInput,
    /// The clock correction the token applies.
    pub stored_correction: ClockCorrection,
    /// The administrator's check code of the server's copy (of the canonical Base32 text).
    pub admin_check_code: Option<CheckCode>,
    /// A code to diagnose.
    pub evidence: Option<OathEvidence>,
}

/// Walks the four steps for a TOTP, HOTP or Steam token.
pub fn oath_doctor(input: &OathDoctorInput<'_>) -> Result<DoctorReport> {
    let key = key_bytes(input.secret)?;
    let (diagnosis, alternative) = match (&input.kind, input.evidence) {
        (_, None) | (OtpKind::Motp, _) => (None, None),
        (OtpKind::Totp(p), Some(e)) => {
            let d = diagnose_totp(&key, p, &e.code, e.at_unix_seconds, e.span, e.window).ok();
            let alt = match &d {
                Some(d) if d.cause != OathCause::NoMatch => None,
                _ => totp_alternative(&key, p, &e),
            };
            (d, alt)
        }
        // Steam has no parameters to get wrong: no alternative is tried.
        (OtpKind::Steam, Some(e)) => {
            let d = diagnose_time_based(
                &key,
                &STEAM_TIMING,
                CodeFormat::Steam,
                &e.code,
                e.at_unix_seconds,
                e.span,
                e.window,
            )
            .ok();
            (d, None)
        }
        (OtpKind::Hotp(p), Some(e)) => {
            let d = diagnose_hotp(&key, p, &e.code, e.span, e.window).ok();
            let alt = match &d {
                Some(d) if d.cause != OathCause::NoMatch => None,
                _ => hotp_alternative(&key, p, &e),
            };
            (d, alt)
        }
    };
    let mut secret = SecretReport::new(input.secret, Reveal::Hidden);
    secret.warnings = oath_warnings(&key, input.secret);
    let steps = vec![
        clock_step(input, diagnosis.as_ref()),
        secret_step(&secret, key.len(), input.admin_check_code),
        crate::doctor::pin_step_for_username(input.account),
        code_step(input, diagnosis.as_ref(), alternative),
    ];
    let verdict = conclude(&steps);
    Ok(DoctorReport {
        steps,
        verdict,
        secret,
        diagnosis: diagnosis.map(|d| as_diagnosis(&d)),
    })
}

fn oath_warnings(key: &[u8], secret: &Secret) -> Vec<SecretWarning> {
    if key.len() < MIN_KEY_BYTES {
        vec![SecretWarning::Weak {
            length: secret.len(),
        }]
    } else {
        Vec::new()
    }
}

/// The TOTP/HOTP diagnosis in the shape reports carry.
fn as_diagnosis(d: &OathDiagnosis) -> Diagnosis {
    Diagnosis {
        cause: match d.cause {
            OathCause::Match => Cause::Match,
            OathCause::ClockDrift => Cause::ClockDrift,
            _ => Cause::NoMatch,
        },
        offset_seconds: d.offset_seconds,
        secret_variant: None,
        advice: d.advice.clone(),
        finding: d.finding.clone(),
    }
}

fn clock_step(
    input: &OathDoctorInput<'_>,
    diagnosis: Option<&OathDiagnosis>,
) -> crate::doctor::Step {
    let Some(p) = input.kind.oath_timing() else {
        return step(
            StepId::Clock,
            StepStatus::Ok,
            vec![Finding::HotpNoClock],
            Vec::new(),
        );
    };
    let window = input.evidence.map_or(1, |e| e.window.max(1));
    let tolerance = i64::from(p.period_seconds) * i64::from(window);
    let why = Finding::TotpTolerance {
        tolerance_seconds: tolerance,
        window,
        period_seconds: p.period_seconds,
    };
    if let Some(d) = diagnosis.filter(|d| d.cause == OathCause::ClockDrift) {
        return step(
            StepId::Clock,
            StepStatus::Problem,
            vec![
                Finding::TotpCodeOff {
                    offset_seconds: d.offset_seconds.unwrap_or(0),
                },
                why,
            ],
            vec![Fix::Diagnosed(d.finding.clone())],
        );
    }
    match &input.clock {
        ClockInput::NotChecked => step(
            StepId::Clock,
            StepStatus::Skipped,
            vec![Finding::ClockNotChecked, why],
            vec![Fix::RunClockCheckBriefly],
        ),
        ClockInput::Failed(e) => step(
            StepId::Clock,
            StepStatus::Skipped,
            vec![Finding::ClockCheckFailed(e.clone()), why],
            vec![Fix::RetryClockCheckBriefly],
        ),
        ClockInput::Checked(c) => {
            let off_ms = c.offset_after_ms(input.stored_correction);
            let off = off_ms.unsigned_abs() / 1000;
            let status = if off as i64 > tolerance {
                StepStatus::Problem
            } else if off as i64 * 2 > tolerance
                || c.verdict_after(input.stored_correction) != ClockVerdict::Fine
            {
                StepStatus::Warning
            } else {
                StepStatus::Ok
            };
            let fixes = if status == StepStatus::Ok {
                Vec::new()
            } else {
                vec![Fix::TotpClock {
                    correction_seconds: c.suggested_correction.0,
                    tolerance_seconds: tolerance,
                }]
            };
            step(
                StepId::Clock,
                status,
                vec![Finding::ClockMeasured(c.clone()), why],
                fixes,
            )
        }
    }
}

fn secret_step(
    report: &SecretReport,
    key_len: usize,
    admin: Option<CheckCode>,
) -> crate::doctor::Step {
    let code = report.check_code;
    if let Some(admin) = admin {
        let same = report.compare(&admin) == CheckCodeMatch::Exact;
        return step(
            StepId::Secret,
            if same {
                StepStatus::Ok
            } else {
                StepStatus::Problem
            },
            vec![Finding::CheckCodes {
                token: code,
                server: admin,
                result: if same {
                    CheckCodeMatch::Exact
                } else {
                    CheckCodeMatch::Different
                },
            }],
            if same {
                Vec::new()
            } else {
                vec![Fix::ReenterBase32]
            },
        );
    }
    let bits = key_len * 8;
    if key_len < MIN_KEY_BYTES {
        return step(
            StepId::Secret,
            StepStatus::Warning,
            vec![Finding::KeyShort {
                bits,
                check_code: code,
            }],
            vec![Fix::CompareWithEnrolment],
        );
    }
    step(
        StepId::Secret,
        StepStatus::Ok,
        vec![Finding::KeyOk {
            bits,
            check_code: code,
        }],
        vec![Fix::CompareBase32CheckCodes { check_code: code }],
    )
}

fn code_step(
    input: &OathDoctorInput<'_>,
    diagnosis: Option<&OathDiagnosis>,
    alternative: Option<Alternative>,
) -> crate::doctor::Step {
    let Some(e) = input.evidence else {
        return step(
            StepId::Code,
            StepStatus::Skipped,
            vec![Finding::NoCode],
            vec![Fix::GiveEnrolmentCode],
        );
    };
    let digits = input.kind.code_length();
    // A TOTP code shown before T0 cannot be the token's: the token has no codes then.
    if let OtpKind::Totp(p) = input.kind {
        if e.at_unix_seconds < p.t0_seconds {
            return step(
                StepId::Code,
                StepStatus::Problem,
                vec![Finding::BeforeStart {
                    at_unix_seconds: e.at_unix_seconds,
                    t0_seconds: p.t0_seconds,
                }],
                vec![Fix::AddAgainFromLink],
            );
        }
    }
    if let Some(alt) = alternative {
        return step(
            StepId::Code,
            StepStatus::Problem,
            vec![Finding::ParametersDiffer(alt)],
            vec![Fix::AddAgainWith(alt)],
        );
    }
    if e.code.len() != usize::from(digits) {
        return step(
            StepId::Code,
            StepStatus::Problem,
            vec![Finding::DigitsDiffer {
                code_digits: e.code.len(),
                token_digits: digits,
            }],
            vec![Fix::AddAgainFromLink],
        );
    }
    match diagnosis {
        Some(d) => {
            let matched = d.cause == OathCause::Match;
            step(
                StepId::Code,
                if matched {
                    StepStatus::Ok
                } else {
                    StepStatus::Problem
                },
                vec![Finding::CodeDiagnosed(d.finding.clone())],
                if matched {
                    Vec::new()
                } else {
                    vec![Fix::Diagnosed(d.finding.clone())]
                },
            )
        }
        None => step(
            StepId::Code,
            StepStatus::Skipped,
            vec![Finding::CodeNotDiagnosed],
            Vec::new(),
        ),
    }
}

/// Periods tried besides the token's.
const PERIODS: [u32; 3] = [30, 60, 15];

/// A TOTP parameter set other than the token's that produces the code near the time.
fn totp_alternative(key: &[u8], token: &TotpParams, e: &OathEvidence) -> Option<Alternative> {
    let digits = u8::try_from(e.code.len()).ok()?;
    for algorithm in HashAlgorithm::ALL {
        for period_seconds in std::iter::once(token.period_seconds).chain(PERIODS) {
            let p = TotpParams {
                algorithm,
                digits,
                period_seconds,
                t0_seconds: token.t0_seconds,
            };
            if p == *token {
                continue;
            }
            let d = diagnose_totp(
                key,
                &p,
                &e.code,
                e.at_unix_seconds,
                e.span.min(600),
                e.window,
            )
            .ok()?;
            if d.cause == OathCause::Match || d.cause == OathCause::ClockDrift {
                return Some(Alternative::Totp {
                    matches: p,
                    token: *token,
                });
            }
        }
    }
    None
}

/// An HOTP parameter set other than the token's that produces the code near its counter.
fn hotp_alternative(key: &[u8], token: &HotpParams, e: &OathEvidence) -> Option<Alternative> {
    let digits = u8::try_from(e.code.len()).ok()?;
    for algorithm in HashAlgorithm::ALL {
        let p = HotpParams {
            algorithm,
            digits,
            counter: token.counter,
        };
        if p == *token {
            continue;
        }
        let d = diagnose_hotp(key, &p, &e.code, e.span.min(1_000), e.window).ok()?;
        if d.cause != OathCause::NoMatch {
            return Some(Alternative::Hotp {
                algorithm,
                digits,
                token: *token,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oath::{hotp, secret_from_key};

    const KEY: &[u8] = b"12345678901234567890";

    fn input<'a>(
        kind: OtpKind,
        secret: &'a Secret,
        evidence: Option<OathEvidence>,
    ) -> OathDoctorInput<'a> {
        OathDoctorInput {
            kind,
            secret,
            account: "alice",
            clock: ClockInput::NotChecked,
            stored_correction: ClockCorrection(0),
            admin_check_code: None,
            evidence,
        }
    }

    #[test]
    fn a_server_with_other_parameters_is_named() {
        let secret = secret_from_key(KEY).unwrap();
        // The server uses SHA-256, 8 digits, 60 s; the token was set up with the defaults.
        let server = TotpParams {
            algorithm: HashAlgorithm::Sha256,
            digits: 8,
            period_seconds: 60,
            t0_seconds: 0,
        };
        let code = crate::oath::totp(KEY, 1_700_000_000, &server).unwrap();
        let e = OathEvidence {
            code,
            at_unix_seconds: 1_700_000_000,
            span: 600,
            window: 1,
        };
        let r = oath_doctor(&input(
            OtpKind::Totp(TotpParams::default()),
            &secret,
            Some(e),
        ))
        .unwrap();
        assert_eq!(r.verdict.cause, Some(StepId::Code));
        let m = &r.step(StepId::Code).message;
        assert!(m.contains("SHA256, 8 digits, a 60 s period"), "{m}");
    }

    #[test]
    fn totp_clock_drift_and_hotp_resync() {
        let secret = secret_from_key(KEY).unwrap();
        let p = TotpParams::default();
        let code = crate::oath::totp(KEY, 1_700_000_000 - 120, &p).unwrap();
        let e = OathEvidence {
            code,
            at_unix_seconds: 1_700_000_000,
            span: 3600,
            window: 1,
        };
        let r = oath_doctor(&input(OtpKind::Totp(p), &secret, Some(e))).unwrap();
        assert_eq!(r.verdict.cause, Some(StepId::Clock));
        assert!(
            r.step(StepId::Clock).message.contains("±30 s"),
            "{:?}",
            r.steps
        );

        let h = HotpParams {
            algorithm: HashAlgorithm::Sha1,
            digits: 6,
            counter: 3,
        };
        let e = OathEvidence {
            code: hotp(KEY, 40, HashAlgorithm::Sha1, 6),
            at_unix_seconds: 0,
            span: 1000,
            window: 10,
        };
        let r = oath_doctor(&input(OtpKind::Hotp(h), &secret, Some(e))).unwrap();
        assert_eq!(r.verdict.cause, Some(StepId::Code));
        assert!(
            r.verdict.fix.contains("set its counter to 41"),
            "{}",
            r.verdict.fix
        );
        assert_eq!(r.step(StepId::Clock).status, StepStatus::Ok);
    }
}
