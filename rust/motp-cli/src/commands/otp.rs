//! `motp otp`: the code for a secret and PIN read from standard input (one per line), or with
//! `--uri` for a provisioning URI of any kind (motp://, otpauth://totp, otpauth://hotp).
//!
//! An offline tool: nothing is stored and no network is used. The secret, the PIN and the URI
//! come from standard input, never the command line, which other users and the shell history
//! can read. An mOTP URI is read with the PIN on the next line and gives the code its secret
//! gives; TOTP and HOTP URIs carry everything else (an HOTP URI's counter is the code's).

use std::process::ExitCode;

use clap::Args;
use motp_core::time::{ClockCorrection, Countdown, DEFAULT_TOLERANCE_SECONDS};
use motp_core::{OtpKind, oath};
use serde_json::json;

use super::common::{at_ms, check_at, read_secret_and_pin, read_uri};
use crate::failure::Failure;
use crate::out::say;
use crate::timearg::TimeArg;

#[derive(Debug, Args)]
pub struct OtpArgs {
    /// The instant: unix seconds or RFC 3339 (default: now).
    #[arg(long, value_name = "TIME", allow_negative_numbers = true)]
    pub at: Option<TimeArg>,
    /// Read a provisioning URI of any kind (motp://, otpauth://totp, otpauth://hotp) from
    /// standard input instead of a secret; for mOTP the PIN follows on the next line.
    #[arg(long)]
    pub uri: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: OtpArgs) -> Result<ExitCode, Failure> {
    check_at(a.at)?;
    if a.uri {
        return run_uri(a);
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

/// `otp --uri`: the code of the URI's kind.
fn run_uri(a: OtpArgs) -> Result<ExitCode, Failure> {
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
