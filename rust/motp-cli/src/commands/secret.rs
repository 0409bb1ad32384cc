//! `motp secret generate` (a new random secret) and `motp secret check` (cause 2 of the
//! troubleshooting guide: the secret differs between token and server).
//!
//! `check` reads the secret from standard input and prints its check code: a short digest the
//! administrator and the user can read to each other, to compare the two copies of the secret
//! without reading the secret aloud. `--compare` takes the other side's check code and says
//! whether they match, and if not whether the secrets differ only in letter case.

use std::process::ExitCode;

use clap::{Args, Subcommand};
use motp_core::secret_check::{CheckCodeMatch, Reveal};
use motp_core::{CheckCode, Secret, SecretLength, SecretReport};
use serde_json::json;

use crate::failure::Failure;
use crate::input::SecretInput;
use crate::out::say;

#[derive(Debug, Args)]
pub struct SecretArgs {
    #[command(subcommand)]
    pub command: SecretCommand,
}

#[derive(Debug, Subcommand)]
pub enum SecretCommand {
    /// Generate a new random secret (lowercase hex) and print it.
    Generate {
        /// 16 (classic mOTP) or 32 (DrayTek, privacyIDEA) hex characters.
        #[arg(long, default_value_t = 16)]
        length: usize,
    },
    /// Check a secret read from standard input: its check code (to compare with the other
    /// side's without reading the secret aloud), format and case warnings.
    Check {
        /// The check code computed on the other side (e.g. "a1b 2c3"): says whether they match,
        /// and if not whether the secrets differ only in letter case (exit 1 unless equal).
        #[arg(long, value_name = "CHECKCODE")]
        compare: Option<String>,
        /// Also print the secret itself, grouped in fours, for comparing character by character.
        #[arg(long)]
        reveal: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(a: SecretArgs) -> Result<ExitCode, Failure> {
    match a.command {
        SecretCommand::Generate { length } => {
            let secret = Secret::generate(SecretLength::try_from(length)?)?;
            say!("{}", secret.expose());
        }
        SecretCommand::Check {
            compare,
            reveal,
            json,
        } => return check(compare.as_deref(), reveal, json),
    }
    Ok(ExitCode::SUCCESS)
}

/// `motp secret check`: the check code, format warnings, and a comparison with the other
/// side's check code. Exit 1 when `--compare` is given and the codes are not equal.
fn check(compare: Option<&str>, reveal: bool, json: bool) -> Result<ExitCode, Failure> {
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
