//! `motp otp`: the code for a secret and PIN read from standard input (one per line), or with
//! `--uri` for a provisioning URI of any kind (motp://, otpauth://totp, otpauth://hotp).
//!
//! An offline tool: nothing is stored and no network is used. The secret, the PIN and the URI
//! come from standard input, never the command line, which other users and the shell history
//! can read. An mOTP URI is read with the PIN on the next line and gives the code its secret
//! gives; TOTP and HOTP URIs carry everything else (an HOTP URI's counter is the code's).

use std::process::ExitCode;

use clap::Args;
use motp_core::Token;
use motp_core::time::{ClockCorrection, Countdown, DEFAULT_TOLERANCE_SECONDS};
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

/// `otp --uri`: the code of the URI's kind (the token layer picks the algorithm).
fn run_uri(a: OtpArgs) -> Result<ExitCode, Failure> {
    let (uri, pin) = read_uri()?;
    let token = Token {
        kind: &uri.kind,
        secret: &uri.secret,
        pin: pin.as_ref(),
    };
    let c = token.code_at(at_ms(a.at), ClockCorrection(0), DEFAULT_TOLERANCE_SECONDS)?;
    if a.json {
        let mut v = json!({
            "kind": uri.kind.name(),
            "code": c.code.as_str(),
            "counter": c.counter,
        });
        if let (Some(map), Some(countdown)) = (v.as_object_mut(), c.countdown) {
            map.insert("step_start".into(), (countdown.step_start_ms / 1000).into());
            map.insert("step_end".into(), (countdown.step_end_ms / 1000).into());
            map.insert("seconds_left".into(), countdown.seconds_left().into());
        }
        crate::out::json(&v)?;
    } else {
        say!("{}", c.code);
    }
    Ok(ExitCode::SUCCESS)
}
