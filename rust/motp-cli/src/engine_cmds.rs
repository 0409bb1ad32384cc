//! The offline tools: `otp`, `verify`, `diagnose`, `secret generate`, `uri parse` (also from a
//! QR code image).

use std::process::ExitCode;

use motp_core::diagnose::{DiagnoseOptions, Diagnosis};
use motp_core::time::{ClockCorrection, Countdown, DEFAULT_TOLERANCE_SECONDS, STEP_SECONDS};
use motp_core::{Code, OtpKind, Pin, ProvisioningUri, Secret, SecretLength};
use serde_json::json;

use crate::commands::diagnose::DiagnoseArgs;
use crate::commands::otp::OtpArgs;
use crate::commands::secret::{SecretArgs, SecretCommand};
use crate::commands::uri::{UriArgs, UriCommand};
use crate::commands::verify::VerifyArgs;
use crate::failure::Failure;
use crate::input::SecretInput;
use crate::out::say;
use crate::timearg::{TimeArg, now_ms};

/// The instant to compute at. A given TIME is checked before anything is read from stdin, so a
/// bad `--at` fails without prompting; "now" is read after the prompts, when the code is shown.
pub(crate) fn at_ms(at: Option<TimeArg>) -> i64 {
    at.map_or_else(now_ms, |t| t.0)
}

pub(crate) fn check_at(at: Option<TimeArg>) -> Result<(), Failure> {
    if let Some(t) = at {
        counter_at(t.0)?;
    }
    Ok(())
}

/// Reads the secret then the PIN. The PIN may lie outside the 4–8 digit policy for new tokens
/// (servers such as privacyIDEA set others; the published vectors use `1` and `77777777`), but
/// what cannot be a PIN — letters, a NUL, non-ASCII digits, 10 kB — is refused
/// ([`Pin::typed`]).
fn read_secret_and_pin() -> Result<(Secret, Pin), Failure> {
    let mut input = SecretInput::new();
    let secret = Secret::new(&input.line("secret")?)?;
    let pin = Pin::typed(&input.line("PIN")?)?;
    Ok((secret, pin))
}

fn counter_at(unix_ms: i64) -> Result<u64, Failure> {
    Ok(motp_core::time::counter_at_ms(unix_ms)?)
}

pub fn otp(a: OtpArgs) -> Result<ExitCode, Failure> {
    check_at(a.at)?;
    if a.uri {
        return crate::oath_cmds::otp(a);
    }
    let (secret, pin) = read_secret_and_pin()?;
    let countdown = Countdown::at(at_ms(a.at), ClockCorrection(0), DEFAULT_TOLERANCE_SECONDS)?;
    let code = motp_core::code(&secret, &pin, countdown.counter);
    if a.json {
        crate::out::json(&json!({
            "code": code.as_str(),
            "counter": countdown.counter,
            "step_start": countdown.step_start_ms / 1000,
            "step_end": countdown.step_end_ms / 1000,
            "seconds_left": countdown.seconds_left(),
        }))?;
    } else {
        say!("{code}");
    }
    Ok(ExitCode::SUCCESS)
}

pub fn verify(a: VerifyArgs) -> Result<ExitCode, Failure> {
    if a.uri {
        return crate::oath_cmds::verify(a);
    }
    let submitted = Code::parse(&a.code)?;
    let window = a.window.unwrap_or(motp_core::DEFAULT_WINDOW_STEPS);
    check_at(a.at)?;
    let (secret, pin) = read_secret_and_pin()?;
    let counter = counter_at(at_ms(a.at))?;
    let result = motp_core::verify(&secret, &pin, &submitted, counter, window)?;
    if a.json {
        crate::out::json(&json!({
            "accepted": result.is_some(),
            "offset_steps": result.map(|v| v.offset_steps),
            "offset_seconds": result.map(|v| v.offset_seconds()),
        }))?;
    } else {
        match result {
            Some(v) if v.offset_steps == 0 => say!("accepted"),
            Some(v) => say!(
                "accepted ({:+} steps = {:+} s from the server's time)",
                v.offset_steps,
                v.offset_seconds()
            ),
            None => say!(
                "rejected: no code within ±{} steps (±{} s) matches",
                window,
                i64::from(window) * STEP_SECONDS
            ),
        }
    }
    Ok(if result.is_some() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// A diagnosis as JSON (also part of `motp doctor --json`).
pub fn diagnosis_json(d: &Diagnosis) -> serde_json::Value {
    json!({
        "cause": d.cause.as_str(),
        "offset_seconds": d.offset_seconds,
        "secret_variant": d.secret_variant.map(|v| v.as_str()),
        "advice": d.advice,
    })
}

pub fn diagnose(a: DiagnoseArgs) -> Result<ExitCode, Failure> {
    if a.uri {
        return crate::oath_cmds::diagnose(a);
    }
    let submitted = Code::parse(&a.code)?;
    check_at(a.at)?;
    let mut options = DiagnoseOptions {
        window_steps: a.window.unwrap_or(motp_core::DEFAULT_WINDOW_STEPS),
        ..DiagnoseOptions::default()
    };
    if let Some(span) = a.span {
        options.span_seconds = span.as_span_seconds()?;
    }
    let (secret, pin) = read_secret_and_pin()?;
    let counter = counter_at(at_ms(a.at))?;
    let d = motp_core::diagnose(&secret, &pin, &submitted, counter, options)?;
    if a.json {
        crate::out::json(&diagnosis_json(&d))?;
    } else {
        say!("{}: {}", d.cause.as_str(), d.advice);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn secret(a: SecretArgs) -> Result<ExitCode, Failure> {
    match a.command {
        SecretCommand::Generate { length } => {
            let secret = Secret::generate(SecretLength::try_from(length)?)?;
            say!("{}", secret.expose());
        }
        SecretCommand::Check {
            compare,
            reveal,
            json,
        } => return crate::check_cmds::secret_check(compare.as_deref(), reveal, json),
    }
    Ok(ExitCode::SUCCESS)
}

pub fn uri(a: UriArgs) -> Result<ExitCode, Failure> {
    match a.command {
        UriCommand::Parse { uri, qr, json } => {
            let parsed = match qr {
                Some(path) => crate::files::scan_image_file(&path)?,
                None => {
                    let text = match uri.as_deref() {
                        None | Some("-") => SecretInput::new().line("URI")?,
                        Some(u) => zeroize::Zeroizing::new(u.to_owned()),
                    };
                    ProvisioningUri::parse(&text)?
                }
            };
            let warnings: Vec<String> = if parsed.kind == OtpKind::Motp {
                parsed
                    .secret
                    .warnings()
                    .iter()
                    .map(|w| w.to_string())
                    .collect()
            } else {
                Vec::new()
            };
            let params = KindParams::of(&parsed.kind);
            if json {
                crate::out::json(&json!({
                    "kind": parsed.kind.name(),
                    "issuer": parsed.issuer,
                    "account": parsed.account,
                    "secret": parsed.secret.expose(),
                    "algorithm": params.algorithm,
                    "digits": params.digits,
                    "period": params.period,
                    "t0": params.t0,
                    "counter": params.counter,
                    "pin_present": parsed.pin.is_some(),
                    "label_issuer_ignored": parsed.label_issuer_ignored,
                    "secret_warnings": warnings,
                }))?;
            } else {
                say!("kind:        {}", parsed.kind.name());
                say!(
                    "issuer:      {}",
                    parsed.issuer.as_deref().unwrap_or("(none)")
                );
                if let Some(l) = &parsed.label_issuer_ignored {
                    say!("             (the label says \"{l}\"; the issuer= parameter wins)");
                }
                say!("account:     {}", parsed.account);
                say!("secret:      {}", parsed.secret.expose());
                for line in params.lines() {
                    say!("{line}");
                }
                if parsed.kind == OtpKind::Motp {
                    say!(
                        "pin present: {}",
                        if parsed.pin.is_some() {
                            "yes (non-standard pin= parameter; not kept unless you choose to)"
                        } else {
                            "no"
                        }
                    );
                }
                for w in warnings {
                    say!("warning:     {w}");
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A kind's parameters as JSON values (null where the kind has none) and text lines.
pub struct KindParams {
    pub algorithm: Option<&'static str>,
    pub digits: Option<u8>,
    pub period: Option<u32>,
    pub t0: Option<i64>,
    pub counter: Option<u64>,
}

impl KindParams {
    pub fn of(kind: &OtpKind) -> KindParams {
        let none = KindParams {
            algorithm: None,
            digits: None,
            period: None,
            t0: None,
            counter: None,
        };
        match kind {
            OtpKind::Motp => none,
            OtpKind::Totp(p) => KindParams {
                algorithm: Some(p.algorithm.name()),
                digits: Some(p.digits),
                period: Some(p.period_seconds),
                t0: Some(p.t0_seconds),
                ..none
            },
            OtpKind::Hotp(p) => KindParams {
                algorithm: Some(p.algorithm.name()),
                digits: Some(p.digits),
                counter: Some(p.counter),
                ..none
            },
        }
    }

    /// `algorithm:   SHA1` … for the text output of `uri parse` and `show`.
    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(a) = self.algorithm {
            out.push(format!("algorithm:   {a}"));
        }
        if let Some(d) = self.digits {
            out.push(format!("digits:      {d}"));
        }
        if let Some(p) = self.period {
            out.push(format!("period:      {p} s"));
        }
        if let Some(t) = self.t0.filter(|t| *t != 0) {
            out.push(format!("t0:          {t}"));
        }
        if let Some(c) = self.counter {
            out.push(format!("counter:     {c} (the next code's)"));
        }
        out
    }
}
