//! `motp list`: the vault's tokens (name, kind, how the PIN is given, note), never their
//! secrets, and the stored clock correction if there is one.
//!
//! Names and notes come from whoever made the token (a URI, a QR code, an imported backup): they
//! are escaped before their width is measured, so the columns line up and no name drives the
//! terminal.

use std::process::ExitCode;

use clap::Args;
use motp_core::OtpKind;
use motp_core::text::escape_for_terminal;
use motp_core::vault::{PinPolicy, TokenInfo};
use serde_json::json;

use super::common::{VaultOpts, correction_line, pin_code};
use crate::failure::Failure;
use crate::out::say;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub vault: VaultOpts,
}

fn pin_words(t: &TokenInfo) -> &'static str {
    match (t.pin_policy, t.typo_guard) {
        (PinPolicy::Remember, _) => "remembered",
        (PinPolicy::Ask, true) => "asked (typo guard)",
        (PinPolicy::Ask, false) => "asked",
    }
}

pub fn run(a: ListArgs) -> Result<ExitCode, Failure> {
    let vault = a.vault.open()?;
    let tokens = vault.list();
    if a.json {
        let items: Vec<_> = tokens
            .iter()
            .map(|t| {
                json!({
                    "id": t.id.to_string(),
                    "kind": t.kind_name,
                    "name": t.name,
                    "issuer": t.issuer,
                    "account": t.account,
                    "pin_policy": pin_code(t),
                    "typo_guard": t.typo_guard,
                    "tolerance_seconds": t.tolerance_seconds,
                    "note": t.note,
                })
            })
            .collect();
        crate::out::json(&serde_json::Value::Array(items))?;
        return Ok(ExitCode::SUCCESS);
    }
    if tokens.is_empty() {
        say!("no tokens yet: add one with `motp add ACCOUNT` or `motp add ISSUER:ACCOUNT`");
        return Ok(ExitCode::SUCCESS);
    }
    // Names are escaped before their width is measured, so the columns line up even for a
    // name with an escaped control character; the header is never narrower than its title.
    let names: Vec<String> = tokens
        .iter()
        .map(|t| escape_for_terminal(&t.name).into_owned())
        .collect();
    let width = names
        .iter()
        .map(|n| n.chars().count())
        .max()
        .unwrap_or(0)
        .max("NAME".len());
    say!("{:<width$}  {:<5}  {:<18}  NOTE", "NAME", "KIND", "PIN");
    for (t, name) in tokens.iter().zip(&names) {
        let line = format!(
            "{:<width$}  {:<5}  {:<18}  {}",
            name,
            escape_for_terminal(&t.kind_name),
            match t.kind {
                Some(OtpKind::Motp) => pin_words(t),
                Some(_) => "none",
                None => "(newer app's kind)",
            },
            t.note.as_deref().unwrap_or("").replace('\n', " ")
        );
        say!("{}", line.trim_end());
    }
    if let Some(line) = correction_line(vault.settings().clock_correction) {
        say!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}
