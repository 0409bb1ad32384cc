//! `otp --uri`, `verify --uri` and `diagnose --uri`: the offline tools for a provisioning URI
//! of any kind, read from standard input (never the command line: it holds the secret). mOTP
//! URIs are read with the PIN on the next line and checked exactly as `otp`/`verify`/
//! `diagnose` check a secret; TOTP and HOTP URIs carry everything else, and an HOTP URI's
//! counter is taken as the server's (the counter of the next code it expects).

use std::process::ExitCode;

use motp_core::diagnose::DiagnoseOptions;
use motp_core::oath_check::{
    self, DEFAULT_HOTP_LOOK_AHEAD, DEFAULT_HOTP_SEARCH, DEFAULT_TOTP_WINDOW, OathDiagnosis,
};
use motp_core::time::{ClockCorrection, Countdown, DEFAULT_TOLERANCE_SECONDS, STEP_SECONDS};
use motp_core::{Code, OtpKind, Pin, ProvisioningUri, oath};
use serde_json::json;

use crate::commands::diagnose::DiagnoseArgs;
use crate::commands::otp::OtpArgs;
use crate::commands::verify::VerifyArgs;
use crate::engine_cmds::{at_ms, check_at, diagnosis_json};
use crate::failure::Failure;
use crate::input::SecretInput;
use crate::out::say;

/// The URI from standard input, and for mOTP the PIN after it.
fn read_uri() -> Result<(ProvisioningUri, Option<Pin>), Failure> {
    let mut input = SecretInput::new();
    let uri = ProvisioningUri::parse(input.line("provisioning URI")?.trim())?;
    let pin = match uri.kind {
        OtpKind::Motp => Some(Pin::raw(input.line("PIN")?.trim())),
        _ => None,
    };
    Ok((uri, pin))
}

/// Checks the code's shape before anything is read: 6 hex characters (mOTP) or 6–8 digits
/// (TOTP, HOTP); the error is mOTP's when it is neither.
pub(crate) fn precheck(code: &str) -> Result<(), Failure> {
    match Code::parse(code) {
        Ok(_) => Ok(()),
        Err(hex) => {
            let digits = code
                .chars()
                .filter(char::is_ascii_digit)
                .count()
                .clamp(6, 8) as u8;
            Code::parse_digits(code, digits)
                .map(|_| ())
                .map_err(|_| hex.into())
        }
    }
}

/// The code as the URI's kind reads it.
fn code_for(kind: &OtpKind, text: &str) -> Result<Code, Failure> {
    Ok(match kind {
        OtpKind::Motp => Code::parse(text)?,
        OtpKind::Totp(p) => Code::parse_digits(text, p.digits)?,
        OtpKind::Hotp(p) => Code::parse_digits(text, p.digits)?,
    })
}

pub fn otp(a: OtpArgs) -> Result<ExitCode, Failure> {
    let (uri, pin) = read_uri()?;
    let at = at_ms(a.at);
    let (code, countdown) = match (uri.kind, &pin) {
        (OtpKind::Motp, Some(pin)) => {
            let c = Countdown::at(at, ClockCorrection(0), DEFAULT_TOLERANCE_SECONDS)?;
            (motp_core::code(&uri.secret, pin, c.counter), Some(c))
        }
        (OtpKind::Totp(p), _) => {
            let c = Countdown::for_period(
                at,
                ClockCorrection(0),
                DEFAULT_TOLERANCE_SECONDS,
                p.period_seconds,
                p.t0_seconds,
            )?;
            let key = oath::key_bytes(&uri.secret)?;
            (oath::hotp(&key, c.counter, p.algorithm, p.digits), Some(c))
        }
        (OtpKind::Hotp(p), _) => {
            let key = oath::key_bytes(&uri.secret)?;
            (oath::hotp(&key, p.counter, p.algorithm, p.digits), None)
        }
        (OtpKind::Motp, None) => return Err(Failure::new("the PIN is missing")),
    };
    if a.json {
        let mut v = json!({
            "kind": uri.kind.name(),
            "code": code.as_str(),
        });
        if let Some(map) = v.as_object_mut() {
            match (uri.kind, countdown) {
                (OtpKind::Hotp(p), _) => {
                    map.insert("counter".into(), p.counter.into());
                }
                (_, Some(c)) => {
                    map.insert("counter".into(), c.counter.into());
                    map.insert("step_start".into(), (c.step_start_ms / 1000).into());
                    map.insert("step_end".into(), (c.step_end_ms / 1000).into());
                    map.insert("seconds_left".into(), c.seconds_left().into());
                }
                _ => {}
            }
        }
        crate::out::json(&v)?;
    } else {
        say!("{code}");
    }
    Ok(ExitCode::SUCCESS)
}

pub fn verify(a: VerifyArgs) -> Result<ExitCode, Failure> {
    precheck(&a.code)?;
    check_at(a.at)?;
    let (uri, pin) = read_uri()?;
    let submitted = code_for(&uri.kind, &a.code)?;
    let at = at_ms(a.at);
    let seconds = at.div_euclid(1000);
    let (accepted, json, text) = match (uri.kind, pin) {
        (OtpKind::Motp, Some(pin)) => {
            let window = a.window.unwrap_or(motp_core::DEFAULT_WINDOW_STEPS);
            let counter = motp_core::time::counter_at_ms(at)?;
            let r = motp_core::verify(&uri.secret, &pin, &submitted, counter, window)?;
            (
                r.is_some(),
                json!({
                    "kind": "motp",
                    "accepted": r.is_some(),
                    "offset_steps": r.map(|v| v.offset_steps),
                    "offset_seconds": r.map(|v| v.offset_seconds()),
                }),
                match r {
                    Some(v) => format!(
                        "accepted ({:+} s from the server's time)",
                        v.offset_seconds()
                    ),
                    None => format!(
                        "rejected: no code within ±{window} steps (±{} s) matches",
                        i64::from(window) * STEP_SECONDS
                    ),
                },
            )
        }
        (OtpKind::Totp(p), _) => {
            let window = a.window.unwrap_or(DEFAULT_TOTP_WINDOW);
            let key = oath::key_bytes(&uri.secret)?;
            let r = oath_check::verify_totp(&key, &p, &submitted, seconds, window)?;
            let period = i64::from(p.period_seconds);
            (
                r.is_some(),
                json!({
                    "kind": "totp",
                    "accepted": r.is_some(),
                    "offset_periods": r.map(|m| m.offset),
                    "offset_seconds": r.map(|m| m.offset * period),
                    "counter": r.map(|m| m.counter),
                }),
                match r {
                    Some(m) if m.offset == 0 => "accepted".to_owned(),
                    Some(m) => format!(
                        "accepted ({:+} periods = {:+} s from the server's time)",
                        m.offset,
                        m.offset * period
                    ),
                    None => format!(
                        "rejected: no code within ±{window} periods (±{} s) matches",
                        i64::from(window) * period
                    ),
                },
            )
        }
        (OtpKind::Hotp(p), _) => {
            let window = a.window.unwrap_or(DEFAULT_HOTP_LOOK_AHEAD);
            let key = oath::key_bytes(&uri.secret)?;
            let r = oath_check::verify_hotp(&key, &p, &submitted, window)?;
            (
                r.is_some(),
                json!({
                    "kind": "hotp",
                    "accepted": r.is_some(),
                    "counter": r.map(|m| m.counter),
                    "resync_counter": r.map(|m| m.counter + 1),
                }),
                match r {
                    Some(m) => format!(
                        "accepted: the code of counter {}; the server's counter is now {}",
                        m.counter,
                        m.counter + 1
                    ),
                    None => format!(
                        "rejected: no code of counters {} to {} matches",
                        p.counter,
                        p.counter.saturating_add(u64::from(window))
                    ),
                },
            )
        }
        (OtpKind::Motp, None) => return Err(Failure::new("the PIN is missing")),
    };
    if a.json {
        crate::out::json(&json)?;
    } else {
        say!("{text}");
    }
    Ok(if accepted {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn oath_diagnosis_json(kind: &OtpKind, d: &OathDiagnosis) -> serde_json::Value {
    json!({
        "kind": kind.name(),
        "cause": d.cause.as_str(),
        "offset_seconds": d.offset_seconds,
        "counter": d.counter,
        "resync_counter": d.resync_counter,
        "advice": d.advice,
    })
}

pub fn diagnose(a: DiagnoseArgs) -> Result<ExitCode, Failure> {
    precheck(&a.code)?;
    check_at(a.at)?;
    let span = a.span.map(|s| s.as_span_seconds()).transpose()?;
    let (uri, pin) = read_uri()?;
    let submitted = code_for(&uri.kind, &a.code)?;
    let at = at_ms(a.at);
    let (json, cause, advice) = match (uri.kind, pin) {
        (OtpKind::Motp, Some(pin)) => {
            let mut options = DiagnoseOptions {
                window_steps: a.window.unwrap_or(motp_core::DEFAULT_WINDOW_STEPS),
                ..DiagnoseOptions::default()
            };
            if let Some(s) = span {
                options.span_seconds = s;
            }
            let counter = motp_core::time::counter_at_ms(at)?;
            let d = motp_core::diagnose(&uri.secret, &pin, &submitted, counter, options)?;
            let mut v = diagnosis_json(&d);
            if let Some(map) = v.as_object_mut() {
                map.insert("kind".into(), "motp".into());
            }
            (v, d.cause.as_str(), d.advice)
        }
        (OtpKind::Totp(p), _) => {
            let key = oath::key_bytes(&uri.secret)?;
            let d = oath_check::diagnose_totp(
                &key,
                &p,
                &submitted,
                at.div_euclid(1000),
                span.unwrap_or(motp_core::diagnose::DEFAULT_SPAN_SECONDS),
                a.window.unwrap_or(DEFAULT_TOTP_WINDOW),
            )?;
            (
                oath_diagnosis_json(&uri.kind, &d),
                d.cause.as_str(),
                d.advice,
            )
        }
        (OtpKind::Hotp(p), _) => {
            let key = oath::key_bytes(&uri.secret)?;
            let d = oath_check::diagnose_hotp(
                &key,
                &p,
                &submitted,
                DEFAULT_HOTP_SEARCH,
                a.window.unwrap_or(DEFAULT_HOTP_LOOK_AHEAD),
            )?;
            (
                oath_diagnosis_json(&uri.kind, &d),
                d.cause.as_str(),
                d.advice,
            )
        }
        (OtpKind::Motp, None) => return Err(Failure::new("the PIN is missing")),
    };
    if a.json {
        crate::out::json(&json)?;
    } else {
        say!("{cause}: {advice}");
    }
    Ok(ExitCode::SUCCESS)
}
