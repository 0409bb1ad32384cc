//! The troubleshooting tools: `clock` (cause 1 of the guide: clocks out of sync), with
//! `--apply` / `--clear` for the vault's stored clock correction, and `secret check` (cause 2:
//! the secret differs between token and server).

use std::process::ExitCode;

use motp_core::clock::{ClockCheck, ClockVerdict, assess::describe_offset, check_clock};
use motp_core::secret_check::{CheckCodeMatch, Reveal};
use motp_core::vault::Vault;
use motp_core::{CheckCode, ClockCorrection, Secret, SecretReport};
use serde_json::json;

use crate::commands::clock::ClockArgs;
use crate::failure::Failure;
use crate::input::SecretInput;
use crate::out::say;
use crate::vault_open::open;

/// The clock check as JSON (also part of `motp doctor --json`).
pub fn clock_json(c: &ClockCheck) -> serde_json::Value {
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
}

/// A change to the vault's clock correction: what it was and what it is now.
#[derive(Debug, Clone, Copy)]
struct Stored {
    previous: ClockCorrection,
    now: ClockCorrection,
}

impl Stored {
    fn json(self) -> serde_json::Value {
        json!({
            "correction_seconds": self.now.0,
            "previous_correction_seconds": self.previous.0,
        })
    }
}

/// Stores `correction` in the vault and saves it (only if it changed).
fn store(vault: &mut Vault, correction: ClockCorrection) -> Result<Stored, Failure> {
    let previous = vault.settings().clock_correction;
    if previous != correction {
        vault.change(|v| v.set_clock_correction(correction))?;
    }
    Ok(Stored {
        previous,
        now: correction,
    })
}

/// The correction `--apply` stores: the check's suggestion, except for a clock that is fine.
/// Offsets under 5 s are within what a code's 10-second step absorbs, and a correction stored
/// for them would turn wrong as soon as the device's own network time catches up; so a fine
/// clock stores none (which also undoes an old correction once the clock is fixed).
fn correction_to_apply(c: &ClockCheck) -> ClockCorrection {
    match c.verdict {
        ClockVerdict::Fine => ClockCorrection(0),
        ClockVerdict::Drifting | ClockVerdict::CodesWillFail => c.suggested_correction,
    }
}

/// `motp clock --clear`: removes the stored correction; no time server is asked.
fn clear(a: &ClockArgs) -> Result<ExitCode, Failure> {
    let mut vault = open(&a.vault)?;
    let stored = store(&mut vault, ClockCorrection(0))?;
    if a.json {
        crate::out::json(&stored.json())?;
    } else if stored.previous.0 == 0 {
        say!("no clock correction was stored: codes follow this device's clock");
    } else {
        say!(
            "clock correction cleared (was {:+} s): codes follow this device's clock again",
            stored.previous.0
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `motp clock`: one SNTP query, the offset, its uncertainty, a verdict and what to do.
/// Exit 1 when the offset is beyond the server's window (codes will fail) — unless `--apply`
/// stored the correction that makes the token's codes right again.
pub fn clock(a: ClockArgs) -> Result<ExitCode, Failure> {
    if a.clear {
        return clear(&a);
    }
    // Bad options, then the vault password, fail before any network traffic.
    let options = a.clock.options()?;
    let mut vault = a.apply.then(|| open(&a.vault)).transpose()?;
    let c = check_clock(&options)?;
    let stored = match vault.as_mut() {
        Some(v) => Some(store(v, correction_to_apply(&c))?),
        None => None,
    };
    if a.json {
        let mut v = clock_json(&c);
        if let Some(s) = stored {
            v["applied"] = s.json();
        }
        crate::out::json(&v)?;
    } else {
        say!(
            "server:      {} ({}, stratum {})",
            c.server,
            c.address,
            c.stratum
        );
        say!(
            "offset:      {:+} ms ({})",
            c.offset_ms,
            describe_offset(c.offset_ms)
        );
        say!("uncertainty: ±{} ms", c.uncertainty_ms);
        say!("verdict:     {}", c.verdict.as_str());
        say!(
            "correction:  {:+} s (added to this device's clock by the token)",
            c.suggested_correction.0
        );
        say!("advice:      {}", c.advice());
        if let Some(s) = stored {
            say!("stored:      {}", stored_words(s));
        }
    }
    Ok(
        if c.verdict == ClockVerdict::CodesWillFail && stored.is_none() {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        },
    )
}

fn stored_words(s: Stored) -> String {
    let was = format!("was {:+} s", s.previous.0);
    if s.now.0 == 0 {
        format!(
            "no clock correction ({was}): this device's clock is fine, so the token's codes \
             follow it"
        )
    } else {
        format!(
            "a clock correction of {:+} s in the vault ({was}): the token's codes now follow \
             true time; motp clock --clear removes it once this device's clock is fixed",
            s.now.0
        )
    }
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
        crate::out::json(&v)?;
    } else {
        say!("check code:  {}", report.check_code);
        say!(
            "length:      {} characters{}",
            report.length,
            if report.is_hex { ", hex" } else { ", not hex" }
        );
        say!("case:        {}", report.case.as_str());
        for w in &report.warnings {
            say!("warning:     {w}");
        }
        if let Some(g) = &report.grouped {
            say!("secret:      {}", g.as_str());
        }
        if let Some((a, m)) = outcome {
            say!("compare:     {} against {a}: {}", m.as_str(), m.advice());
        }
    }
    Ok(match outcome {
        Some((_, m)) if m != CheckCodeMatch::Exact => ExitCode::from(1),
        _ => ExitCode::SUCCESS,
    })
}
