//! `motp verify CODE`: a code checked as a VPN server would check it (exit 0 accepted, 1
//! rejected), for a secret and PIN read from standard input, or with `--uri` for a provisioning
//! URI of any kind.
//!
//! An offline tool for administrators. The secret, PIN and URI come from standard input, never
//! the command line. An mOTP URI is checked exactly as a secret and PIN are; a TOTP URI's
//! window is in periods either side; an HOTP URI's counter is taken as the server's (the
//! counter of the next code it expects), so an accepted code also names the counter the server
//! moves to.

use std::process::ExitCode;

use clap::Args;
use motp_core::time::STEP_SECONDS;
use motp_core::{Code, Token, Verdict};
use serde_json::json;

use super::common::{at_ms, check_at, counter_at, precheck, read_secret_and_pin, read_uri};
use crate::failure::Failure;
use crate::out::say;
use crate::timearg::TimeArg;

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The code to check (6 hex characters; TOTP/HOTP: 6-8 digits).
    pub code: String,
    /// The server's instant: unix seconds or RFC 3339 (default: now).
    #[arg(long, value_name = "TIME", allow_negative_numbers = true)]
    pub at: Option<TimeArg>,
    /// Accept codes up to this many 10-second steps away (default 18 = ±3 min); with a TOTP
    /// URI, periods either side (default 1); with an HOTP URI, counters ahead (default 10).
    #[arg(long, value_name = "STEPS")]
    pub window: Option<u32>,
    /// Read a provisioning URI of any kind from standard input instead of a secret (for mOTP
    /// the PIN follows on the next line); an HOTP URI's counter is the server's.
    #[arg(long)]
    pub uri: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: VerifyArgs) -> Result<ExitCode, Failure> {
    if a.uri {
        return run_uri(a);
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

/// `verify --uri`: the code checked as the URI's kind is (the token layer picks the window's
/// unit and the algorithm); the wording follows the verdict.
fn run_uri(a: VerifyArgs) -> Result<ExitCode, Failure> {
    precheck(&a.code)?;
    check_at(a.at)?;
    let (uri, pin) = read_uri()?;
    let token = Token {
        kind: &uri.kind,
        secret: &uri.secret,
        pin: pin.as_ref(),
    };
    let submitted = token.parse_code(&a.code)?;
    let verdict = token.verify(&submitted, at_ms(a.at), a.window)?;
    let (json, text) = match verdict {
        Verdict::Motp {
            window_steps: window,
            matched: r,
        } => (
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
        ),
        Verdict::Totp {
            window_periods: window,
            period_seconds,
            matched: r,
        } => {
            let period = i64::from(period_seconds);
            (
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
        Verdict::Hotp {
            first_counter,
            look_ahead: window,
            matched: r,
        } => (
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
                    first_counter,
                    first_counter.saturating_add(u64::from(window))
                ),
            },
        ),
    };
    if a.json {
        crate::out::json(&json)?;
    } else {
        say!("{text}");
    }
    Ok(if verdict.accepted() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
