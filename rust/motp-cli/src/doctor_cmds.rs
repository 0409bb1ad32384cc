//! `motp doctor NAME`: the troubleshooting guide's four causes (clock, secret, PIN, code) walked
//! for one token of the vault, by motp-core's `Vault::doctor` (docs/troubleshooting.md). The
//! command only gathers the inputs — the clock check, the PIN, the administrator's check code,
//! a code to diagnose — and prints the report.

use std::process::ExitCode;

use motp_core::clock::{ClockCheckOptions, check_clock};
use motp_core::diagnose::DiagnoseOptions;
use motp_core::doctor::{ClockInput, DoctorReport};
use motp_core::vault::{DoctorRequest, PinPolicy};
use motp_core::{CheckCode, Pin};
use serde_json::json;

use crate::check_cmds::clock_json;
use crate::commands::common::window_seconds;
use crate::commands::doctor::DoctorArgs;
use crate::engine_cmds::diagnosis_json;
use crate::failure::Failure;
use crate::input::SecretInput;
use crate::out::say;
use crate::timearg::now_ms;
use crate::vault_open::open;

/// The parts of the request that can be checked before the vault password is asked for.
struct Checked {
    /// The code as typed: checked here as an mOTP code or 6–8 digits, read for the token's
    /// kind once the vault is open.
    code: Option<String>,
    admin: Option<CheckCode>,
    options: DiagnoseOptions,
    clock: Option<ClockCheckOptions>,
}

fn check_args(a: &DoctorArgs) -> Result<Checked, Failure> {
    let code = match a.code.as_deref() {
        None => None,
        Some(c) => {
            crate::oath_cmds::precheck(c)?;
            Some(c.to_owned())
        }
    };
    let admin = a
        .admin_check_code
        .as_deref()
        .map(CheckCode::parse)
        .transpose()?;
    window_seconds(a.clock.window)?;
    let mut options = DiagnoseOptions {
        window_steps: a.clock.window,
        ..DiagnoseOptions::default()
    };
    if let Some(span) = a.span {
        options.span_seconds = span.as_span_seconds()?;
    }
    let clock = (!a.no_clock).then(|| a.clock.options()).transpose()?;
    Ok(Checked {
        code,
        admin,
        options,
        clock,
    })
}

fn report_json(
    name: &str,
    id: &str,
    account: &str,
    r: &DoctorReport,
    clock: &ClockInput,
) -> serde_json::Value {
    let steps: Vec<_> = r
        .steps
        .iter()
        .map(|s| {
            json!({
                "id": s.id.as_str(),
                "status": s.status.as_str(),
                "message": s.message,
                "fix": s.fix,
            })
        })
        .collect();
    let clock = match clock {
        ClockInput::NotChecked => serde_json::Value::Null,
        ClockInput::Checked(c) => clock_json(c),
        ClockInput::Failed(e) => json!({ "error": e.to_string() }),
    };
    json!({
        "token": name,
        "id": id,
        "account": account,
        "steps": steps,
        "cause": r.verdict.cause.map(|c| c.as_str()),
        "summary": r.verdict.summary,
        "fix": r.verdict.fix,
        "secret": {
            "check_code": r.secret.check_code.as_hex(),
            "check_code_grouped": r.secret.check_code.to_string(),
            "length": r.secret.length,
            "is_hex": r.secret.is_hex,
            "case": r.secret.case.as_str(),
            "warnings": r.secret.warnings.iter().map(|w| json!({
                "code": w.code(),
                "message": w.to_string(),
            })).collect::<Vec<_>>(),
        },
        "diagnosis": r.diagnosis.as_ref().map(diagnosis_json),
        "clock": clock,
    })
}

fn print_report(name: &str, account: &str, r: &DoctorReport) -> Result<(), Failure> {
    say!("doctor for {name} (log in as \"{account}\")");
    say!();
    for (n, s) in r.steps.iter().enumerate() {
        say!(
            "{}. {:<7} {:<8} {}",
            n + 1,
            s.id.as_str(),
            s.status.as_str(),
            s.message
        );
        if let Some(fix) = &s.fix {
            say!("{:<20}fix: {fix}", "");
        }
    }
    say!();
    say!("verdict:    {}", r.verdict.summary);
    if !r.verdict.fix.is_empty() {
        say!("what to do: {}", r.verdict.fix);
    }
    say!(
        "check code: {} (compare it with the administrator's; it reveals nothing that makes codes)",
        r.secret.check_code
    );
    Ok(())
}

/// Exit 1 when the walk names a cause (a definite problem), 0 otherwise.
pub fn doctor(a: DoctorArgs) -> Result<ExitCode, Failure> {
    let checked = check_args(&a)?;
    let vault = open(&a.vault)?;
    let info = vault.find(&a.name)?;
    // The PIN as the user types it (checked against the typo guard; used to diagnose the
    // code). A token that remembers its PIN is not asked; an empty answer skips the PIN check
    // (and a code cannot then be diagnosed for a token that asks for its PIN).
    let is_motp = info.kind == Some(motp_core::OtpKind::Motp);
    let pin = match info.pin_policy {
        PinPolicy::Remember => None,
        // TOTP and HOTP tokens have no PIN.
        PinPolicy::Ask if !is_motp => None,
        PinPolicy::Ask => SecretInput::new()
            .optional_line(&format!("PIN for {} (Enter to skip)", info.name))?
            .map(|p| Pin::typed(&p))
            .transpose()?,
    };
    if is_motp && pin.is_none() && info.pin_policy == PinPolicy::Ask && checked.code.is_some() {
        return Err(Failure::new(format!(
            "{} asks for its PIN each time: type the PIN to have --code diagnosed",
            info.name
        )));
    }
    let clock = match &checked.clock {
        None => ClockInput::NotChecked,
        Some(o) => match check_clock(o) {
            Ok(c) => ClockInput::Checked(c),
            Err(e) => ClockInput::Failed(e),
        },
    };
    let request = DoctorRequest {
        pin,
        clock: clock.clone(),
        admin_check_code: checked.admin,
        other_code: checked
            .code
            .as_deref()
            .map(|c| vault.parse_code_for(info.id, c))
            .transpose()?,
        at_unix_ms: a.at.map_or_else(now_ms, |t| t.0),
        options: checked.options,
    };
    let report = vault.doctor(info.id, request)?;
    if a.json {
        crate::out::json(&report_json(
            &info.name,
            &info.id.to_string(),
            &info.account,
            &report,
            &clock,
        ))?;
    } else {
        print_report(&info.name, &info.account, &report)?;
    }
    Ok(if report.verdict.cause.is_some() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
