//! The desktop token: `init`, `add`, `list`, `code`, `show`, `rm`, `passwd` on an encrypted
//! vault (motp-core's `vault`; the format is docs/vault-format.md).
//!
//! The vault is `--vault PATH`, else `$MOTP_VAULT`, else `tokens.motp` in the OS data
//! directory. Its password comes from a prompt without echo on the terminal; scripts use
//! `--password-file FILE` or `$MOTP_PASSWORD` (less safe, and documented so).

use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::Duration;

use motp_core::qr::TerminalStyle;
use motp_core::vault::{
    NewToken, PinPolicy, PinSetup, TokenCode, TokenInfo, TypoGuardCheck, Vault,
};
use motp_core::{ClockCorrection, OtpKind, Pin, ProvisioningUri, Secret, SecretLength};
use serde_json::json;

use crate::commands::add::AddArgs;
use crate::commands::code::CodeArgs;
use crate::commands::init::InitArgs;
use crate::commands::list::ListArgs;
use crate::commands::passwd::PasswdArgs;
use crate::commands::rm::RmArgs;
use crate::commands::show::{QrStyle, ShowArgs};
use crate::failure::Failure;
use crate::input::SecretInput;
use crate::out::say;
use crate::timearg::now_ms;
use crate::vault_open::{kdf, new_vault_password, open, vault_path, warn};
use motp_core::text::escape_for_terminal;

fn rfc3339(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_else(|| format!("{ms} ms"))
}

fn pin_words(t: &TokenInfo) -> &'static str {
    match (t.pin_policy, t.typo_guard) {
        (PinPolicy::Remember, _) => "remembered",
        (PinPolicy::Ask, true) => "asked (typo guard)",
        (PinPolicy::Ask, false) => "asked",
    }
}

/// "TOTP, SHA1, 6 digits, every 30 s", for people.
pub fn kind_words(kind: &OtpKind) -> String {
    match kind {
        OtpKind::Motp => "mOTP".into(),
        OtpKind::Totp(p) => {
            let t0 = if p.t0_seconds == 0 {
                String::new()
            } else {
                format!(" from T0 = {}", p.t0_seconds)
            };
            format!(
                "TOTP, {}, {} digits, every {} s{t0}",
                p.algorithm, p.digits, p.period_seconds
            )
        }
        OtpKind::Hotp(p) => format!(
            "HOTP, {}, {} digits, next counter {}",
            p.algorithm, p.digits, p.counter
        ),
    }
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

fn pin_code(t: &TokenInfo) -> &'static str {
    match t.pin_policy {
        PinPolicy::Ask => "ask",
        PinPolicy::Remember => "remember",
    }
}

pub fn init(a: InitArgs) -> Result<ExitCode, Failure> {
    let path = vault_path(&a.vault)?;
    // Before the password is typed: a vault, a folder or pipe, or a vault's leftovers there.
    Vault::check_can_create(&path)?;
    let pw = new_vault_password(a.vault.password_file.as_deref(), "MOTP_PASSWORD")?;
    Vault::create(&path, &pw, kdf())?;
    say!("created an empty vault at {}", path.display());
    Ok(ExitCode::SUCCESS)
}

/// `ISSUER:ACCOUNT` or `ACCOUNT`.
fn split_name(name: &str) -> (Option<String>, String) {
    match name.split_once(':') {
        Some((issuer, account)) if !issuer.trim().is_empty() => {
            (Some(issuer.trim().to_owned()), account.trim().to_owned())
        }
        Some((_, account)) => (None, account.trim().to_owned()),
        None => (None, name.trim().to_owned()),
    }
}

/// The name for a token read from a URI: the one given, else the URI's label. A PIN the URI
/// carries (a non-standard `pin=`) is not used: the PIN is always the user's to type.
fn from_uri(name: Option<&str>, uri: ProvisioningUri) -> (Option<String>, String, Secret, OtpKind) {
    if let Some(l) = &uri.label_issuer_ignored {
        warn(&format!(
            "the URI's label says the issuer is \"{l}\" but its issuer= parameter says \"{}\": \
             the parameter is used",
            uri.issuer.as_deref().unwrap_or_default()
        ));
    }
    if uri.pin.is_some() {
        warn(
            "the URI also carries a PIN (a non-standard pin= parameter); it is not used: type \
             the PIN with --remember-pin or --typo-guard, or at each code",
        );
    }
    let (issuer, account) = match name {
        Some(n) => split_name(n),
        None => (uri.issuer, uri.account),
    };
    (issuer, account, uri.secret, uri.kind)
}

pub fn add(a: AddArgs) -> Result<ExitCode, Failure> {
    if a.name.is_none() && !a.uri && a.qr.is_none() {
        return Err(Failure::new(
            "give the token a name: motp add ACCOUNT or motp add ISSUER:ACCOUNT",
        ));
    }
    let length = a
        .generate
        .then(|| SecretLength::try_from(a.length))
        .transpose()?;
    // A picture without a token fails before the vault password is asked for.
    let scanned =
        a.qr.as_deref()
            .map(crate::files::scan_image_file)
            .transpose()?;
    let mut vault = open(&a.vault)?;
    let mut input = SecretInput::new();
    let (issuer, account, secret, kind) = if let Some(length) = length {
        let (issuer, account) = split_name(a.name.as_deref().unwrap_or_default());
        (issuer, account, Secret::generate(length)?, OtpKind::Motp)
    } else if let Some(uri) = scanned {
        from_uri(a.name.as_deref(), uri)
    } else if a.uri {
        let text = input.line("provisioning URI")?;
        from_uri(a.name.as_deref(), ProvisioningUri::parse(text.trim())?)
    } else {
        let (issuer, account) = split_name(a.name.as_deref().unwrap_or_default());
        (
            issuer,
            account,
            Secret::new(&input.line("secret")?)?,
            OtpKind::Motp,
        )
    };
    if kind != OtpKind::Motp && (a.remember_pin || a.typo_guard) {
        return Err(Failure::new(format!(
            "this is a {} token, which has no PIN: leave out --remember-pin and --typo-guard",
            kind.name().to_uppercase()
        )));
    }
    let pin = if a.remember_pin {
        PinSetup::Remember(Pin::new(&input.line("PIN")?)?)
    } else if a.typo_guard {
        PinSetup::AskWithTypoGuard(Pin::new(&input.line("PIN")?)?)
    } else {
        PinSetup::Ask
    };
    if kind == OtpKind::Motp {
        for w in secret.warnings() {
            warn(&w.to_string());
        }
    }
    let generated = a.generate.then(|| secret.clone());
    let mut token = NewToken::of_kind(kind, issuer.as_deref(), &account, secret);
    token.pin = pin;
    token.tolerance_seconds = a.tolerance;
    token.note = a.note;
    let now = now_ms();
    // Checked on a copy first (names, limits), so a generated secret is shown only for a token
    // that will be added, and shown before anything is saved.
    let mut preview = vault.clone();
    let planned = preview.add(token.clone(), now)?;
    let info = preview.get(planned)?;
    // A generated secret exists nowhere else: it is shown (and flushed) before the token is
    // saved, so a write that fails (a closed pipe, a full disk) leaves no token whose secret
    // nobody saw.
    if let Some(s) = &generated {
        say!("secret: {}", s.expose());
        say!(
            "enter this secret on the VPN router or server for {}; `motp show {} --reveal` \
             shows it again",
            info.account,
            info.name
        );
    }
    // One transactional change: re-applied (without asking again) if another program saved
    // the vault meanwhile; nothing in memory or on disk if it fails.
    let id = vault.change(|v| v.add(token.clone(), now))?;
    match kind {
        OtpKind::Motp => say!("added {} (id {id})", info.name),
        _ => say!("added {} (id {id}), {}", info.name, kind_words(&kind)),
    }
    Ok(ExitCode::SUCCESS)
}

pub fn list(a: ListArgs) -> Result<ExitCode, Failure> {
    let vault = open(&a.vault)?;
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

/// The line shown while the vault holds a clock correction, so that codes computed for a time
/// other than the device clock's never surprise anyone.
pub fn correction_line(c: ClockCorrection) -> Option<String> {
    (c.0 != 0).then(|| {
        format!(
            "clock correction: {:+} s (set by motp clock --apply; added to this device's clock \
             for every code; motp clock --clear removes it)",
            c.0
        )
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

pub fn code(a: CodeArgs) -> Result<ExitCode, Failure> {
    let mut vault = open(&a.vault)?;
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
    let at = a.at.map_or_else(now_ms, |t| t.0);
    let first = vault.code(info.id, pin.as_ref(), at)?;
    if first.typo_guard == TypoGuardCheck::Mismatch {
        warn(
            "this PIN fails the token's typo guard: it is not the PIN the token was set up with \
             (a login with this code will fail; re-type the PIN)",
        );
    }
    // "Recently used" goes to the vault's side record, never the vault file (a look is not a
    // change and must not move the recovery copy); a failure is no reason to withhold the code.
    if a.at.is_none() {
        if let Err(e) = vault.mark_used(info.id, at) {
            warn(&format!("could not record the use of this token: {e}"));
        }
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

pub fn show(a: ShowArgs) -> Result<ExitCode, Failure> {
    if a.qr && !a.reveal {
        return Err(Failure::new(
            "the QR code carries the secret: add --reveal to show it",
        ));
    }
    let vault = open(&a.vault)?;
    let t = vault.find(&a.name)?;
    let secret = a.reveal.then(|| vault.reveal_secret(t.id)).transpose()?;
    let warnings: Vec<String> = t.secret_warnings.iter().map(ToString::to_string).collect();
    if a.json {
        let params = crate::engine_cmds::KindParams::of(&t.kind.unwrap_or_default());
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

pub fn rm(a: RmArgs) -> Result<ExitCode, Failure> {
    let mut vault = open(&a.vault)?;
    let t = vault.find(&a.name)?;
    vault.change(|v| v.remove(t.id))?;
    say!(
        "removed {} (the previous copy, {}, still has it until the next change)",
        t.name,
        vault.prev_path().display()
    );
    Ok(ExitCode::SUCCESS)
}

pub fn passwd(a: PasswdArgs) -> Result<ExitCode, Failure> {
    let mut vault = open(&a.vault)?;
    let new = new_vault_password(a.new_password_file.as_deref(), "MOTP_NEW_PASSWORD")?;
    let kdf = kdf();
    vault.change(|v| v.change_password(&new, kdf))?;
    say!("password changed");
    Ok(ExitCode::SUCCESS)
}
