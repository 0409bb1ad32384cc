//! `motp show NAME`: a token's details; `--reveal` adds its secret (grouped in fours, and as
//! is) and `--qr` draws its QR code on the terminal for another device to scan.
//!
//! The QR code carries the secret, so it needs `--reveal`; it holds the token's motp:// URI
//! without the PIN, which stays the user's to type.

use std::process::ExitCode;

use clap::Args;
use motp_core::OtpKind;
use motp_core::qr::TerminalStyle;
use motp_core::vault::PinPolicy;
use serde_json::json;

use super::common::{KindParams, VaultOpts, kind_words, pin_code};
use crate::failure::Failure;
use crate::out::say;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The token: ISSUER:ACCOUNT, ACCOUNT, a unique prefix of either, or its id.
    pub name: String,
    /// Also print the secret (grouped in fours, and as is).
    #[arg(long)]
    pub reveal: bool,
    /// Also draw the token's QR code (its motp:// URI, without the PIN) for another device to
    /// scan. It carries the secret, so it needs --reveal.
    #[arg(long, conflicts_with = "json")]
    pub qr: bool,
    /// How to draw the QR code: ansi (black on white with colour codes; any colour terminal),
    /// dark or light (no colour codes, for a dark or light background). Default: ansi, or dark
    /// when NO_COLOR is set.
    #[arg(long, value_name = "STYLE", requires = "qr")]
    pub qr_style: Option<QrStyle>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub vault: VaultOpts,
}

/// How `show --qr` draws the code (motp-core's `TerminalStyle`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum QrStyle {
    /// Black on white set with ANSI colour codes: readable on any colour terminal.
    Ansi,
    /// No colour codes; for light text on a dark background.
    Dark,
    /// No colour codes; for dark text on a light background (or paper).
    Light,
}

fn rfc3339(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_else(|| format!("{ms} ms"))
}

/// The rendering for `--qr-style`, defaulting to ANSI colours (readable on any colour
/// terminal, dark or light) unless the user turned colours off with `NO_COLOR`.
fn qr_style(style: Option<QrStyle>) -> TerminalStyle {
    match style {
        Some(QrStyle::Ansi) => TerminalStyle::Ansi,
        Some(QrStyle::Dark) => TerminalStyle::DarkBackground,
        Some(QrStyle::Light) => TerminalStyle::LightBackground,
        None if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) => {
            TerminalStyle::DarkBackground
        }
        None => TerminalStyle::Ansi,
    }
}

pub fn run(a: ShowArgs) -> Result<ExitCode, Failure> {
    if a.qr && !a.reveal {
        return Err(Failure::new(
            "the QR code carries the secret: add --reveal to show it",
        ));
    }
    let vault = a.vault.open()?;
    let t = vault.find(&a.name)?;
    let secret = a.reveal.then(|| vault.reveal_secret(t.id)).transpose()?;
    let warnings: Vec<String> = t.secret_warnings.iter().map(ToString::to_string).collect();
    if a.json {
        let params = KindParams::of(&t.kind.unwrap_or_default());
        let mut v = json!({
            "id": t.id.to_string(),
            "kind": t.kind_name,
            "algorithm": params.algorithm,
            "digits": params.digits,
            "period": params.period,
            "t0": params.t0,
            "counter": params.counter,
            "group": t.group,
            "favourite": t.favourite,
            "icon": t.icon,
            "name": t.name,
            "issuer": t.issuer,
            "account": t.account,
            "pin_policy": pin_code(&t),
            "typo_guard": t.typo_guard,
            "tolerance_seconds": t.tolerance_seconds,
            "note": t.note,
            "created": rfc3339(t.created_ms),
            "updated": rfc3339(t.updated_ms),
            "last_used": t.last_used_ms.map(rfc3339),
            "secret_length": t.secret_chars,
            "secret_warnings": t.secret_warnings.iter().map(|w| w.code()).collect::<Vec<_>>(),
        });
        if let (Some(s), Some(map)) = (&secret, v.as_object_mut()) {
            map.insert("secret".into(), s.expose().into());
        }
        crate::out::json(&v)?;
        return Ok(ExitCode::SUCCESS);
    }
    say!("name:       {}", t.name);
    say!(
        "kind:       {}",
        t.kind.as_ref().map_or_else(
            || format!("{} (made by a newer version of mOTP Token)", t.kind_name),
            kind_words
        )
    );
    say!("issuer:     {}", t.issuer.as_deref().unwrap_or("(none)"));
    say!("account:    {}", t.account);
    say!("id:         {}", t.id);
    say!(
        "PIN:        {}",
        match (t.kind, t.pin_policy, t.typo_guard) {
            (Some(OtpKind::Motp), PinPolicy::Remember, _) => "remembered in the vault",
            (Some(OtpKind::Motp), PinPolicy::Ask, true) => "asked each time (typo guard on)",
            (Some(OtpKind::Motp), PinPolicy::Ask, false) => "asked each time",
            _ => "none (only mOTP tokens have a PIN)",
        }
    );
    say!("tolerance:  {} s", t.tolerance_seconds);
    if let Some(n) = &t.note {
        say!("note:       {}", n.replace('\n', " "));
    }
    match &secret {
        Some(s) => {
            say!("secret:     {}", &*s.grouped());
            say!(
                "            {} (exact text, {} characters)",
                s.expose(),
                s.len()
            );
        }
        None => say!(
            "secret:     {} characters, hidden (--reveal shows it)",
            t.secret_chars
        ),
    }
    for w in &warnings {
        say!("warning:    {w}");
    }
    say!("created:    {}", rfc3339(t.created_ms));
    say!("updated:    {}", rfc3339(t.updated_ms));
    say!(
        "last used:  {}",
        t.last_used_ms.map_or_else(|| "never".into(), rfc3339)
    );
    if a.qr {
        let matrix = motp_core::qr::for_token(&vault.provisioning_uri(t.id)?)?;
        say!(
            "QR code:    the token's provisioning URI, without a PIN; whoever scans it has \
             the token"
        );
        // Our own colour codes: written as they are.
        crate::out::raw(&matrix.to_terminal(qr_style(a.qr_style)))?;
    }
    Ok(ExitCode::SUCCESS)
}
