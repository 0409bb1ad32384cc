//! What several commands share: options that are flattened into more than one command's
//! arguments, and the helpers more than one command's `run` calls. A helper only one command
//! uses stays in that command's file.
//!
//! - The desktop token's encrypted vault (motp-core's `vault`; the format is
//!   docs/vault-format.md), named by `VaultOpts` in every vault command: `--vault PATH`, else
//!   `$MOTP_VAULT`, else `tokens.motp` in the OS data directory. Its password comes from a
//!   prompt without echo on the terminal; scripts use `--password-file FILE` or
//!   `$MOTP_PASSWORD` (less safe, and documented so). Secrets, PINs and passwords are never
//!   arguments: they come from stdin, a hidden prompt, a password file or the environment (see
//!   `vault_open.rs`).
//! - The time server (`ClockServerArgs`, for `clock` and `doctor`) and the JSON of its answer.
//! - The offline tools' inputs (`otp`, `verify`, `diagnose`): the `--at` instant, the secret
//!   and PIN from standard input, and with `--uri` a provisioning URI of any kind, also from
//!   standard input (never the command line: it holds the secret). mOTP URIs are read with the
//!   PIN on the next line and checked exactly as a secret and PIN are; TOTP and HOTP URIs carry
//!   everything else, and an HOTP URI's counter is taken as the server's (the counter of the
//!   next code it expects).
//! - How a token, a kind and a clock correction are worded for people and in JSON.

use std::path::PathBuf;

use clap::Args;
use motp_core::clock::ClockCheck;
use motp_core::diagnose::Diagnosis;
use motp_core::time::STEP_SECONDS;
use motp_core::vault::{PinPolicy, TokenInfo, Vault};
use motp_core::verify::MAX_WINDOW_STEPS;
use motp_core::{ClockCorrection, Code, OtpKind, Pin, ProvisioningUri, Secret};
use serde_json::json;

use crate::failure::Failure;
use crate::input::SecretInput;
use crate::timearg::{TimeArg, TimeoutArg, now_ms};
use crate::vault_open::{self, VaultAccess};

// ---- the vault ----

/// Where the vault is and how to get its password (shared by every vault command).
#[derive(Debug, Args)]
pub struct VaultOpts {
    /// The vault file (default: tokens.motp in the OS data directory; or set MOTP_VAULT).
    #[arg(long, value_name = "PATH")]
    pub vault: Option<PathBuf>,
    /// Read the vault password from the first line of FILE instead of a prompt. For scripts;
    /// less safe than the prompt (the file must be protected). MOTP_PASSWORD works too, and is
    /// less safe still (other processes of the same user can read the environment).
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
    /// Do not sync with the vault's server after a change (it syncs on the next `motp sync`).
    #[arg(long)]
    pub offline: bool,
}

impl VaultOpts {
    /// The vault file: `--vault`, else `$MOTP_VAULT`, else the OS data directory's.
    pub fn path(&self) -> Result<PathBuf, Failure> {
        vault_open::vault_path(self.vault.as_deref())
    }

    /// Opens the vault with its password (from `--password-file`, `$MOTP_PASSWORD` or a
    /// prompt), telling the user when its previous copy had to be used.
    pub fn open(&self) -> Result<Vault, Failure> {
        vault_open::open(self.access())
    }

    /// [`VaultOpts::open`] without merging the conflict copies beside the file.
    pub fn open_without_merging(&self) -> Result<Vault, Failure> {
        vault_open::open_only(self.access())
    }

    /// After a change: sync with the linked server unless `--offline` (a failure is a warning:
    /// the change is saved here).
    pub fn after_change(&self, vault: &mut Vault) {
        crate::server_sync::after_change(vault, self.offline);
    }

    fn access(&self) -> VaultAccess<'_> {
        VaultAccess {
            path: self.vault.as_deref(),
            password_file: self.password_file.as_deref(),
        }
    }
}

// ---- the time server (`clock`, `doctor`) ----

/// Which time server to ask and how to judge its answer: shared by `motp clock` and
/// `motp doctor`, so both take the same options and check them the same way.
#[derive(Debug, Args)]
pub struct ClockServerArgs {
    /// The time server: HOST or HOST:PORT (default pool.ntp.org:123).
    #[arg(long, value_name = "HOST[:PORT]", default_value = motp_core::clock::DEFAULT_SERVER)]
    pub server: String,
    /// How long to wait for the answer: seconds (3, 0.5) or with a unit (500ms).
    #[arg(
        long,
        value_name = "SECS",
        default_value = "3",
        allow_hyphen_values = true
    )]
    pub timeout: TimeoutArg,
    /// The VPN server's window in 10-second steps, to judge the clock's offset (and, for
    /// doctor, a code) (default 18 = ±3 min).
    #[arg(long, value_name = "STEPS", default_value_t = motp_core::DEFAULT_WINDOW_STEPS)]
    pub window: u32,
}

impl ClockServerArgs {
    /// The clock check's options, checked before any network traffic.
    pub fn options(&self) -> Result<motp_core::ClockCheckOptions, Failure> {
        let options = motp_core::ClockCheckOptions {
            server: self.server.clone(),
            timeout: self.timeout.0,
            window_seconds: window_seconds(self.window)?,
        };
        options.validate()?;
        Ok(options)
    }
}

/// The `--window` in seconds, refused beyond what `verify` allows.
pub fn window_seconds(steps: u32) -> Result<u32, Failure> {
    if steps > MAX_WINDOW_STEPS {
        return Err(Failure::new(format!(
            "a window of {steps} steps is wider than the {MAX_WINDOW_STEPS} (±1 day) we allow: \
             use a smaller --window"
        )));
    }
    Ok(steps * STEP_SECONDS as u32)
}

/// The clock check as JSON (`motp clock --json`, and part of `motp doctor --json`).
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

// ---- the offline tools' inputs (`otp`, `verify`, `diagnose`) ----

/// The instant to compute at. A given TIME is checked before anything is read from stdin, so a
/// bad `--at` fails without prompting; "now" is read after the prompts, when the code is shown.
pub fn at_ms(at: Option<TimeArg>) -> i64 {
    at.map_or_else(now_ms, |t| t.0)
}

pub fn check_at(at: Option<TimeArg>) -> Result<(), Failure> {
    if let Some(t) = at {
        counter_at(t.0)?;
    }
    Ok(())
}

pub fn counter_at(unix_ms: i64) -> Result<u64, Failure> {
    Ok(motp_core::time::counter_at_ms(unix_ms)?)
}

/// Reads the secret then the PIN. The PIN may lie outside the 4–8 digit policy for new tokens
/// (servers such as privacyIDEA set others; the published vectors use `1` and `77777777`), but
/// what cannot be a PIN — letters, a NUL, non-ASCII digits, 10 kB — is refused
/// ([`Pin::typed`]).
pub fn read_secret_and_pin() -> Result<(Secret, Pin), Failure> {
    let mut input = SecretInput::new();
    let secret = Secret::new(&input.line("secret")?)?;
    let pin = Pin::typed(&input.line("PIN")?)?;
    Ok((secret, pin))
}

/// A diagnosis as JSON (`motp diagnose --json`, and part of `motp doctor --json`).
pub fn diagnosis_json(d: &Diagnosis) -> serde_json::Value {
    json!({
        "cause": d.cause.as_str(),
        "offset_seconds": d.offset_seconds,
        "secret_variant": d.secret_variant.map(|v| v.as_str()),
        "advice": d.advice,
    })
}

// ---- OATH (TOTP, HOTP) next to mOTP: `--uri` and `doctor --code` ----

/// The URI from standard input, and for mOTP the PIN after it.
pub fn read_uri() -> Result<(ProvisioningUri, Option<Pin>), Failure> {
    let mut input = SecretInput::new();
    let uri = ProvisioningUri::parse(input.line("provisioning URI")?.trim())?;
    let pin = if uri.kind.uses_pin() {
        Some(Pin::raw(input.line("PIN")?.trim()))
    } else {
        None
    };
    Ok((uri, pin))
}

/// Checks the code's shape before anything is read: 6 hex characters (mOTP) or 6–8 digits
/// (TOTP, HOTP); the error is mOTP's when it is neither.
pub fn precheck(code: &str) -> Result<(), Failure> {
    match Code::parse(code) {
        Ok(_) => Ok(()),
        Err(hex) => {
            let digits = code
                .chars()
                .filter(char::is_ascii_digit)
                .count()
                .clamp(6, 8) as u8;
            Code::parse_digits(code, digits)
                .map(|_| ())
                .map_err(|_| hex.into())
        }
    }
}

// ---- tokens and kinds, worded ----

/// A kind's parameters as JSON values (null where the kind has none) and text lines.
pub struct KindParams {
    pub algorithm: Option<&'static str>,
    pub digits: Option<u8>,
    pub period: Option<u32>,
    pub t0: Option<i64>,
    pub counter: Option<u64>,
}

impl KindParams {
    pub fn of(kind: &OtpKind) -> KindParams {
        let none = KindParams {
            algorithm: None,
            digits: None,
            period: None,
            t0: None,
            counter: None,
        };
        match kind {
            OtpKind::Motp => none,
            OtpKind::Totp(p) => KindParams {
                algorithm: Some(p.algorithm.name()),
                digits: Some(p.digits),
                period: Some(p.period_seconds),
                t0: Some(p.t0_seconds),
                ..none
            },
            OtpKind::Hotp(p) => KindParams {
                algorithm: Some(p.algorithm.name()),
                digits: Some(p.digits),
                counter: Some(p.counter),
                ..none
            },
            // Steam's fixed parameters, shown as what they are (5 characters, not digits).
            OtpKind::Steam => KindParams {
                algorithm: Some(motp_core::kind::STEAM_TIMING.algorithm.name()),
                period: Some(motp_core::kind::STEAM_TIMING.period_seconds),
                ..none
            },
        }
    }

    /// `algorithm:   SHA1` … for the text output of `uri parse` and `show`.
    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(a) = self.algorithm {
            out.push(format!("algorithm:   {a}"));
        }
        if let Some(d) = self.digits {
            out.push(format!("digits:      {d}"));
        }
        if let Some(p) = self.period {
            out.push(format!("period:      {p} s"));
        }
        if let Some(t) = self.t0.filter(|t| *t != 0) {
            out.push(format!("t0:          {t}"));
        }
        if let Some(c) = self.counter {
            out.push(format!("counter:     {c} (the next code's)"));
        }
        out
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
        OtpKind::Steam => "Steam Guard, 5 characters, every 30 s".into(),
    }
}

/// A token's PIN policy in JSON (`list --json`, `show --json`).
pub fn pin_code(t: &TokenInfo) -> &'static str {
    match t.pin_policy {
        PinPolicy::Ask => "ask",
        PinPolicy::Remember => "remember",
    }
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

/// "1 token", "2 tokens".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn counts() {
        assert_eq!(count(1, "token", "tokens"), "1 token");
        assert_eq!(count(0, "token", "tokens"), "0 tokens");
        assert_eq!(count(2, "entry", "entries"), "2 entries");
    }
}
