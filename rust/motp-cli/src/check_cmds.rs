//! The troubleshooting tools: `clock` (cause 1 of the guide: clocks out of sync) and
//! `secret check` (cause 2: the secret differs between token and server).

use std::process::ExitCode;

use motp_core::clock::{ClockCheckOptions, ClockVerdict, assess::describe_offset, check_clock};
use motp_core::secret_check::{CheckCodeMatch, Reveal};
use motp_core::time::STEP_SECONDS;
use motp_core::verify::MAX_WINDOW_STEPS;
use motp_core::{CheckCode, Secret, SecretReport};
use serde_json::json;

use crate::args::ClockArgs;
use crate::failure::Failure;
use crate::input::SecretInput;

/// `motp clock`: one SNTP query, the offset, its uncertainty, a verdict and what to do.
/// Exit 1 when the offset is beyond the server's window (codes will fail).
pub fn clock(a: ClockArgs) -> Result<ExitCode, Failure> {
    if a.window > MAX_WINDOW_STEPS {
        return Err(Failure::new(format!(
            "a window of {} steps is wider than the {MAX_WINDOW_STEPS} (±1 day) we allow: use a \
             smaller --window",
            a.window
        )));
    }
    let options = ClockCheckOptions {
        server: a.server,
        timeout: a.timeout.0,
        window_seconds: a.window * STEP_SECONDS as u32,
    };
    let c = check_clock(&options)?;
    if a.json {
        println!(
            "{}",
            json!({
                "server": c.server,
                "address": c.address.to_string(),
                "stratum": c.stratum,
                "offset_ms": c.offset_ms,
                "uncertainty_ms": c.uncertainty_ms,
                "verdict": c.verdict.as_str(),
                "window_seconds": c.window_seconds,
                "suggested_correction_seconds": c.suggested_correction.0,
                "summary": c.summary(),
                "advice": c.advice(),
            })
        );
    } else {
        println!(
            "server:      {} ({}, stratum {})",
            c.server, c.address, c.stratum
        );
        println!(
            "offset:      {:+} ms ({})",
            c.offset_ms,
            describe_offset(c.offset_ms)
        );
        println!("uncertainty: ±{} ms", c.uncertainty_ms);
        println!("verdict:     {}", c.verdict.as_str());
        println!(
            "correction:  {:+} s (added to this device's clock by the token)",
            c.suggested_correction.0
        );
        println!("advice:      {}", c.advice());
    }
    Ok(if c.verdict == ClockVerdict::CodesWillFail {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `motp secret check`: the check code, format warnings, and a comparison with the other
/// side's check code. Exit 1 when `--compare` is given and the codes are not equal.
pub fn secret_check(compare: Option<&str>, reveal: bool, json: bool) -> Result<ExitCode, Failure> {
    // A mistyped check code fails before the secret is asked for.
    let admin = compare.map(CheckCode::parse).transpose()?;
    let secret = Secret::new(&SecretInput::new().line("secret")?)?;
    let report = SecretReport::new(
        &secret,
        if reveal {
            Reveal::Grouped
        } else {
            Reveal::Hidden
        },
    );
    let outcome = admin.map(|a| (a, report.compare(&a)));
    if json {
        let mut v = json!({
            "check_code": report.check_code.as_hex(),
            "check_code_grouped": report.check_code.to_string(),
            "length": report.length,
            "is_hex": report.is_hex,
            "case": report.case.as_str(),
            "warnings": report.warnings.iter().map(|w| json!({
                "code": w.code(),
                "message": w.to_string(),
            })).collect::<Vec<_>>(),
        });
        if let Some((a, m)) = outcome {
            v["compare"] = json!({
                "check_code": a.as_hex(),
                "match": m.as_str(),
                "advice": m.advice(),
            });
        }
        if let Some(g) = &report.grouped {
            v["secret_grouped"] = json!(g.as_str());
        }
        println!("{v}");
    } else {
        println!("check code:  {}", report.check_code);
        println!(
            "length:      {} characters{}",
            report.length,
            if report.is_hex { ", hex" } else { ", not hex" }
        );
        println!("case:        {}", report.case.as_str());
        for w in &report.warnings {
            println!("warning:     {w}");
        }
        if let Some(g) = &report.grouped {
            println!("secret:      {}", g.as_str());
        }
        if let Some((a, m)) = outcome {
            println!("compare:     {} against {a}: {}", m.as_str(), m.advice());
        }
    }
    Ok(match outcome {
        Some((_, m)) if m != CheckCodeMatch::Exact => ExitCode::from(1),
        _ => ExitCode::SUCCESS,
    })
}
