//! `motp doctor NAME`: the troubleshooting guide's four causes (clock, secret, PIN, code) walked
//! for one token of the vault, by motp-core's `Vault::doctor` (docs/troubleshooting.md). The
//! command only gathers the inputs — the clock check, the PIN, the administrator's check code,
//! a code to diagnose — and prints the report.
//!
//! Its clock options are `clock`'s (`ClockServerArgs` in common.rs), checked the same way, and
//! everything that can be checked is checked before the vault password is asked for. Exit 1
//! when the walk names a cause.

use std::process::ExitCode;

use clap::Args;
use motp_core::clock::{ClockCheckOptions, check_clock};
use motp_core::diagnose::DiagnoseOptions;
use motp_core::doctor::{ClockInput, DoctorReport};
use motp_core::vault::{DoctorRequest, PinPolicy};
use motp_core::{CheckCode, Pin};
use motp_text::{Catalog, args};
use serde_json::json;

use super::common::{
    ClockServerArgs, VaultOpts, clock_json, diagnosis_json, precheck, window_seconds,
};
use crate::failure::Failure;
use crate::input::SecretInput;
use crate::out::say;
use crate::timearg::{DurationArg, TimeArg, now_ms};

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// The token: ISSUER:ACCOUNT, ACCOUNT, a unique prefix of either, or its id.
    pub name: String,
    /// A code to diagnose: the one the server rejected (from its log), or the one another
    /// token for the same account shows.
    #[arg(long, value_name = "CODE")]
    pub code: Option<String>,
    /// When that code was shown, by this device's clock (the stored clock correction is
    /// applied): unix seconds or RFC 3339 (default: now).
    #[arg(
        long,
        value_name = "TIME",
        allow_negative_numbers = true,
        requires = "code"
    )]
    pub at: Option<TimeArg>,
    /// How far around that time to search for the code, e.g. 1h, 90m (default 1h, at most 24h).
    #[arg(long, value_name = "DURATION", requires = "code")]
    pub span: Option<DurationArg>,
    /// The check code the administrator read from the server's copy of the secret
    /// (`motp secret check` on the server), e.g. "9f9 f51".
    #[arg(long, value_name = "CHECKCODE")]
    pub admin_check_code: Option<String>,
    /// The time server and the VPN server's window.
    #[command(flatten)]
    pub clock: ClockServerArgs,
    /// Skip the clock check (no network); the clock step is reported as skipped.
    #[arg(long, conflicts_with_all = ["server", "timeout"])]
    pub no_clock: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub vault: VaultOpts,
}

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
            precheck(c)?;
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

/// The report for people. The frame's words come from the catalog (motp-text); the findings
/// are the engine's English, or in the user's language when the catalog speaks it
/// (`crate::locale`): the same values the phone apps word.
fn print_report(name: &str, account: &str, r: &DoctorReport) -> Result<(), Failure> {
    let words = crate::locale::words();
    let english = Catalog::new("en");
    let frame = words.as_ref().unwrap_or(&english);
    say!(
        "{}",
        frame.text(
            "cli-doctor-title",
            &args([("name", name.to_owned()), ("account", account.to_owned())])
        )
    );
    say!();
    for (n, s) in r.steps.iter().enumerate() {
        let (message, fix) = match &words {
            Some(w) => (w.step_detail(&s.findings), w.fixes_text(&s.fixes)),
            None => (s.message.clone(), s.fix.clone()),
        };
        say!(
            "{}. {:<7} {:<8} {}",
            n + 1,
            s.id.as_str(),
            s.status.as_str(),
            message
        );
        if let Some(fix) = fix {
            say!(
                "{:<20}{}",
                "",
                frame.text("cli-doctor-fix", &args([("fix", fix)]))
            );
        }
    }
    say!();
    let (verdict, fix) = match &words {
        Some(w) => (
            w.verdict_detail(r),
            w.fixes_text(&r.verdict.fixes).unwrap_or_default(),
        ),
        None => (r.verdict.summary.clone(), r.verdict.fix.clone()),
    };
    say!(
        "{}",
        frame.text("cli-doctor-verdict", &args([("verdict", verdict)]))
    );
    if !fix.is_empty() {
        say!(
            "{}",
            frame.text("cli-doctor-what-to-do", &args([("fix", fix)]))
        );
    }
    say!(
        "{}",
        frame.text(
            "cli-doctor-check-code",
            &args([("code", r.secret.check_code.to_string())])
        )
    );
    Ok(())
}

/// Exit 1 when the walk names a cause (a definite problem), 0 otherwise.
pub fn run(a: DoctorArgs) -> Result<ExitCode, Failure> {
    let checked = check_args(&a)?;
    let vault = a.vault.open()?;
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
