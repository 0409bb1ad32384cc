//! `motp code NAME`: a token's code. On a terminal it is grouped for reading, shown with the
//! account (the VPN username) and a countdown until it changes; to a pipe it is the bare code,
//! exactly as it is typed into the VPN client (as `motp otp` prints it).
//!
//! An mOTP token's PIN is asked unless the vault remembers it; TOTP codes need nothing but the
//! time. An HOTP token's counter moves and is saved before its code is printed, so a code is
//! never shown twice.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;
use motp_core::vault::{PinPolicy, TokenCode, TokenInfo, TypoGuardCheck, Vault};
use motp_core::{ClockCorrection, OtpKind, Pin};
use serde_json::json;

use super::common::{VaultOpts, correction_line};
use crate::failure::Failure;
use crate::input::SecretInput;
use crate::out::say;
use crate::timearg::{TimeArg, now_ms};
use crate::vault_open::warn;

#[derive(Debug, Args)]
pub struct CodeArgs {
    /// The token: ISSUER:ACCOUNT, ACCOUNT, a unique prefix of either, or its id.
    pub name: String,
    /// The instant: unix seconds or RFC 3339 (default: now).
    #[arg(
        long,
        value_name = "TIME",
        allow_negative_numbers = true,
        conflicts_with = "watch"
    )]
    pub at: Option<TimeArg>,
    /// Keep showing codes as they change (Ctrl-C to stop).
    #[arg(long)]
    pub watch: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub vault: VaultOpts,
}

/// The known kind of a token, or the error that says it needs a newer app.
fn known_kind(t: &TokenInfo) -> Result<OtpKind, Failure> {
    t.kind.ok_or_else(|| {
        motp_core::Error::TokenKindUnsupported {
            kind: t.kind_name.clone(),
        }
        .into()
    })
}

fn code_json(
    name: &str,
    kind: &OtpKind,
    c: &TokenCode,
    correction: ClockCorrection,
) -> serde_json::Value {
    json!({
        "name": name,
        "kind": kind.name(),
        "clock_correction_seconds": correction.0,
        "code": c.code.as_str(),
        "grouped": c.grouped,
        "counter": c.countdown.counter,
        "step_start": c.countdown.step_start_ms / 1000,
        "step_end": c.countdown.step_end_ms / 1000,
        "seconds_left": c.countdown.seconds_left(),
        "use_within_seconds": (c.countdown.use_within_ms + 999) / 1000,
        "typo_guard": c.typo_guard.code(),
    })
}

/// One frame of the live display: the code grouped for reading, a bar that empties as its step
/// runs out, and the advisory time left to type it (from the server's tolerance).
fn frame(c: &TokenCode) -> String {
    const WIDTH: usize = 20;
    let left = 1.0 - c.countdown.fraction_elapsed;
    let filled = ((left * WIDTH as f64).ceil() as usize).min(WIDTH);
    format!(
        "\r{}  [{}{}] {:>2}s  use within {:>2}s ",
        c.grouped,
        "#".repeat(filled),
        "-".repeat(WIDTH - filled),
        c.countdown.seconds_left(),
        (c.countdown.use_within_ms + 999) / 1000
    )
}

/// HOTP: the next code. The counter moves and the vault is saved before the code is printed
/// (motp-core's `next_hotp_code`), so a code is never shown twice.
fn hotp_code(a: &CodeArgs, vault: &mut Vault, info: &TokenInfo) -> Result<ExitCode, Failure> {
    if a.at.is_some() || a.watch {
        return Err(Failure::new(
            "an HOTP token's codes follow its counter, not the time: leave out --at and --watch",
        ));
    }
    let c = vault.next_hotp_code(info.id, now_ms())?;
    // The counter moved: other devices must not show this code again.
    a.vault.after_change(vault);
    let kind = known_kind(&vault.get(info.id)?)?;
    if a.json {
        let mut v = code_json(&info.name, &kind, &c, ClockCorrection(0));
        if let Some(map) = v.as_object_mut() {
            for k in [
                "step_start",
                "step_end",
                "seconds_left",
                "use_within_seconds",
            ] {
                map.remove(k);
            }
            map.insert("next_counter".into(), (c.countdown.counter + 1).into());
        }
        crate::out::json(&v)?;
        return Ok(ExitCode::SUCCESS);
    }
    let terminal = std::io::stdout().is_terminal();
    if terminal {
        say!("{} — username \"{}\"", info.name, info.account);
        say!("{}", c.grouped);
    } else {
        say!("{}", c.code);
    }
    // On standard error, so a script reading the code from standard output gets the code
    // alone.
    crate::out::error_line(&format!(
        "motp: the counter moved from {} to {} and is saved: the next `motp code` shows a new \
         code (if the server asks to resynchronise, `motp diagnose --uri` finds its counter)",
        c.countdown.counter,
        c.countdown.counter + 1
    ));
    Ok(ExitCode::SUCCESS)
}

pub fn run(a: CodeArgs) -> Result<ExitCode, Failure> {
    let mut vault = a.vault.open()?;
    let info = vault.find(&a.name)?;
    let kind = known_kind(&info)?;
    if let OtpKind::Hotp(_) = kind {
        return hotp_code(&a, &mut vault, &info);
    }
    // Only mOTP has a PIN; TOTP codes need nothing but the time.
    let pin = match (kind, info.pin_policy) {
        (OtpKind::Motp, PinPolicy::Ask) => Some(Pin::typed(
            &SecretInput::new().line(&format!("PIN for {}", info.name))?,
        )?),
        _ => None,
    };
    // "Recently used" goes to the vault's side record, never the vault file (a look is not a
    // change and must not move the recovery copy); a failure is no reason to withhold the code.
    // It is recorded first: it may wait (up to 10 s) for another program's save to finish, and
    // the code shown must be the one of the moment it is shown, not of before that wait.
    if a.at.is_none() {
        if let Err(e) = vault.mark_used(info.id, now_ms()) {
            warn(&format!("could not record the use of this token: {e}"));
        }
    }
    let at = a.at.map_or_else(now_ms, |t| t.0);
    let first = vault.code(info.id, pin.as_ref(), at)?;
    if first.typo_guard == TypoGuardCheck::Mismatch {
        warn(
            "this PIN fails the token's typo guard: it is not the PIN the token was set up with \
             (a login with this code will fail; re-type the PIN)",
        );
    }
    let correction = vault.settings().clock_correction;
    if a.json {
        crate::out::json(&code_json(&info.name, &kind, &first, correction))?;
        return Ok(ExitCode::SUCCESS);
    }
    // A person reading the terminal is told about a stored correction; a script reading a pipe
    // gets the code alone, as always (and the correction in --json).
    let terminal = std::io::stdout().is_terminal();
    if let Some(line) = correction_line(correction).filter(|_| terminal) {
        say!("{line}");
    }
    if terminal {
        // Usernames are case-sensitive and a stray space fails the login: show the account
        // with every code, and say so when it has spaces around it.
        say!("{} — username \"{}\"", info.name, info.account);
        if info.account.trim() != info.account {
            warn("this username has spaces before or after it: the VPN will likely reject it");
        }
    }
    let live = a.at.is_none() && terminal;
    if !live && !a.watch {
        // A person reads the grouped form; a script or clipboard gets the code without spaces,
        // exactly as it is typed into the VPN client (as `motp otp` prints it).
        if terminal {
            say!("{}", first.grouped);
        } else {
            say!("{}", first.code);
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut shown = first.countdown.counter;
    if live {
        crate::out::raw(&frame(&first))?;
    } else {
        say!("{}", first.code);
    }
    // Every write is flushed and checked: a closed pipe ends the loop quietly (exit 141), a
    // full disk with one line (exit 2).
    loop {
        std::thread::sleep(Duration::from_millis(if live { 100 } else { 250 }));
        let c = vault.code(info.id, pin.as_ref(), now_ms())?;
        let changed = c.countdown.counter != shown;
        if changed && !a.watch {
            say!();
            break;
        }
        if live {
            if changed {
                say!();
            }
            crate::out::raw(&frame(&c))?;
        } else if changed {
            say!("{}", c.code);
        }
        shown = c.countdown.counter;
    }
    Ok(ExitCode::SUCCESS)
}
