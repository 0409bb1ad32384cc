//! `motp add`: a token into the vault, its secret read from standard input, generated
//! (`--generate`), or taken from a provisioning URI on standard input (`--uri`) or in the QR
//! code of a picture (`--qr`).
//!
//! Secrets and PINs are never arguments. Everything that can be checked is checked before the
//! vault password is asked for and before anything is saved; a generated secret exists nowhere
//! else, so it is shown before the token is saved, and only for a token that will be added.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use motp_core::vault::{NewToken, PinSetup};
use motp_core::{OtpKind, Pin, ProvisioningUri, Secret, SecretLength};

use super::common::{VaultOpts, kind_words};
use crate::failure::Failure;
use crate::input::SecretInput;
use crate::out::say;
use crate::timearg::now_ms;
use crate::vault_open::warn;

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The token's name: ACCOUNT or ISSUER:ACCOUNT (the account is the VPN username). With
    /// --uri or --qr it may be left out: the URI's label is used.
    pub name: Option<String>,
    /// Generate a new random secret (printed once, to give to the VPN router or server)
    /// instead of reading one from standard input.
    #[arg(long, conflicts_with = "uri")]
    pub generate: bool,
    /// With --generate: 16 (classic mOTP) or 32 (DrayTek, privacyIDEA) hex characters.
    #[arg(long, default_value_t = 16, requires = "generate")]
    pub length: usize,
    /// Read a provisioning URI (motp://…) from standard input instead of a bare secret.
    #[arg(long)]
    pub uri: bool,
    /// Read the provisioning URI from the QR code in this PNG or JPEG image (a screenshot or
    /// photo of the code the VPN server or another device shows) instead.
    #[arg(long, value_name = "IMAGE", conflicts_with_all = ["generate", "uri"])]
    pub qr: Option<PathBuf>,
    /// Store the PIN in the vault (read after the secret) so `code` does not ask for it.
    #[arg(long, conflicts_with = "typo_guard")]
    pub remember_pin: bool,
    /// Ask for the PIN each time, but keep a 4-bit check of it that catches 15 of 16 typos
    /// (the PIN is read once now; see docs/vault-format.md for the trade-off).
    #[arg(long)]
    pub typo_guard: bool,
    /// The server's tolerance in seconds, shown as "use within" (default 30).
    #[arg(long, value_name = "SECS", default_value_t = motp_core::time::DEFAULT_TOLERANCE_SECONDS)]
    pub tolerance: u32,
    /// A free-text note.
    #[arg(long)]
    pub note: Option<String>,
    #[command(flatten)]
    pub vault: VaultOpts,
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

pub fn run(a: AddArgs) -> Result<ExitCode, Failure> {
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
    let mut vault = a.vault.open()?;
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
    a.vault.after_change(&mut vault);
    Ok(ExitCode::SUCCESS)
}
