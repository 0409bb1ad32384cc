//! `motp diagnose CODE`: why a code was rejected (clock drift, secret case, or a wrong
//! secret/PIN), for a secret and PIN read from standard input, or with `--uri` for a
//! provisioning URI of any kind.
//!
//! An offline tool for administrators: motp-core searches around the instant for the code and
//! names the likeliest cause. The secret, PIN and URI come from standard input, never the
//! command line. An mOTP URI is diagnosed exactly as a secret and PIN are; an HOTP URI's
//! counter is taken as the server's, and the diagnosis names the counter to resynchronise to.

use std::process::ExitCode;

use clap::Args;
use motp_core::diagnose::DiagnoseOptions;
use motp_core::oath_check::OathDiagnosis;
use motp_core::{Code, OtpKind, Token, TokenDiagnosis};
use serde_json::json;

use super::common::{
    at_ms, check_at, counter_at, diagnosis_json, precheck, read_secret_and_pin, read_uri,
};
use crate::failure::Failure;
use crate::out::say;
use crate::timearg::{DurationArg, TimeArg};

#[derive(Debug, Args)]
pub struct DiagnoseArgs {
    /// The code that was rejected, or that another token shows.
    pub code: String,
    /// The reference instant: unix seconds or RFC 3339 (default: now).
    #[arg(long, value_name = "TIME", allow_negative_numbers = true)]
    pub at: Option<TimeArg>,
    /// How far around the instant to search, e.g. 1h, 90m, 3600 (default 1h, at most 24h).
    /// With an HOTP URI, 1,000 counters either side are searched.
    #[arg(long, value_name = "DURATION")]
    pub span: Option<DurationArg>,
    /// The server's window in steps; a match inside it is "match" (default 18). With a TOTP
    /// URI, periods either side (default 1); with an HOTP URI, its look-ahead (default 10).
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

pub fn run(a: DiagnoseArgs) -> Result<ExitCode, Failure> {
    if a.uri {
        return run_uri(a);
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
        let advice = crate::locale::words().map_or(d.advice, |w| w.diagnosed_text(&d.finding));
        say!("{}: {advice}", d.cause.as_str());
    }
    Ok(ExitCode::SUCCESS)
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

/// `diagnose --uri`: the code diagnosed as the URI's kind is (the token layer picks the
/// search).
fn run_uri(a: DiagnoseArgs) -> Result<ExitCode, Failure> {
    precheck(&a.code)?;
    check_at(a.at)?;
    let span = a.span.map(|s| s.as_span_seconds()).transpose()?;
    let (uri, pin) = read_uri()?;
    let token = Token {
        kind: &uri.kind,
        secret: &uri.secret,
        pin: pin.as_ref(),
    };
    let submitted = token.parse_code(&a.code)?;
    let d = token.diagnose(&submitted, at_ms(a.at), a.window, span)?;
    if a.json {
        let json = match &d {
            TokenDiagnosis::Motp(m) => {
                let mut v = diagnosis_json(m);
                if let Some(map) = v.as_object_mut() {
                    map.insert("kind".into(), "motp".into());
                }
                v
            }
            TokenDiagnosis::Oath(o) => oath_diagnosis_json(&uri.kind, o),
        };
        crate::out::json(&json)?;
    } else {
        let advice = crate::locale::words()
            .map_or_else(|| d.advice().to_owned(), |w| w.diagnosed_text(d.finding()));
        say!("{}: {advice}", d.cause());
    }
    Ok(ExitCode::SUCCESS)
}
