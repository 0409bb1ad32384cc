//! `motp clock`: cause 1 of the troubleshooting guide, clocks out of sync. One SNTP query to a
//! time server gives this device's offset; `--apply` stores the suggested correction in the
//! vault, `--clear` removes it.
//!
//! The best fix remains automatic network time on the device; the correction stored in the
//! vault is for devices whose clock the user cannot set. `list` and `code` say while one is
//! stored, so codes computed for a time other than the device clock's never surprise anyone.
//! The server options are `ClockServerArgs` (common.rs), shared with `doctor`.

use std::process::ExitCode;

use clap::Args;
use motp_core::ClockCorrection;
use motp_core::clock::{ClockCheck, ClockVerdict, assess::describe_offset, check_clock};
use motp_core::vault::Vault;
use serde_json::json;

use super::common::{ClockServerArgs, VaultOpts, clock_json};
use crate::failure::Failure;
use crate::out::say;

#[derive(Debug, Args)]
pub struct ClockArgs {
    /// The time server and the VPN server's window.
    #[command(flatten)]
    pub clock: ClockServerArgs,
    /// After the check, store its suggested correction in the vault, so the token's codes
    /// follow true time even though this device's clock does not (a fine clock stores none).
    #[arg(long)]
    pub apply: bool,
    /// Remove the vault's stored clock correction, without asking a time server.
    #[arg(long, conflicts_with_all = ["apply", "server", "timeout", "window"])]
    pub clear: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// The vault (for --apply and --clear).
    #[command(flatten)]
    pub vault: VaultOpts,
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
    let mut vault = a.vault.open()?;
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
pub fn run(a: ClockArgs) -> Result<ExitCode, Failure> {
    if a.clear {
        return clear(&a);
    }
    // Bad options, then the vault password, fail before any network traffic.
    let options = a.clock.options()?;
    let mut vault = a.apply.then(|| a.vault.open()).transpose()?;
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
