//! `motp uri parse`: what a provisioning URI holds (kind, issuer, account, secret, the kind's
//! parameters, and warnings), from an argument, standard input or the QR code in a picture.
//!
//! Standard input is the default because it keeps the secret out of the shell history and the
//! process list; the QR code is read from a PNG or JPEG file (a screenshot or photo of the code
//! a server or another phone shows).

use std::process::ExitCode;

use clap::{Args, Subcommand};
use motp_core::{OtpKind, ProvisioningUri};
use serde_json::json;

use super::common::KindParams;
use crate::failure::Failure;
use crate::input::SecretInput;
use crate::out::say;

#[derive(Debug, Args)]
pub struct UriArgs {
    #[command(subcommand)]
    pub command: UriCommand,
}

#[derive(Debug, Subcommand)]
pub enum UriCommand {
    /// Read a provisioning URI (motp://, Aegis motp:, andOTP otpauth://motp/).
    Parse {
        /// The URI. Omit it (or give "-") to read it from standard input, which keeps the
        /// secret out of the shell history and the process list.
        #[arg(conflicts_with = "qr")]
        uri: Option<String>,
        /// Read the URI from the QR code in this PNG or JPEG image (a screenshot or photo of
        /// the code privacyIDEA, multiOTP or a phone shows) instead.
        #[arg(long, value_name = "IMAGE")]
        qr: Option<std::path::PathBuf>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(a: UriArgs) -> Result<ExitCode, Failure> {
    match a.command {
        UriCommand::Parse { uri, qr, json } => {
            let parsed = match qr {
                Some(path) => crate::files::scan_image_file(&path)?,
                None => {
                    let text = match uri.as_deref() {
                        None | Some("-") => SecretInput::new().line("URI")?,
                        Some(u) => zeroize::Zeroizing::new(u.to_owned()),
                    };
                    ProvisioningUri::parse(&text)?
                }
            };
            let warnings: Vec<String> = if parsed.kind == OtpKind::Motp {
                parsed
                    .secret
                    .warnings()
                    .iter()
                    .map(|w| w.to_string())
                    .collect()
            } else {
                Vec::new()
            };
            let params = KindParams::of(&parsed.kind);
            if json {
                crate::out::json(&json!({
                    "kind": parsed.kind.name(),
                    "issuer": parsed.issuer,
                    "account": parsed.account,
                    "secret": parsed.secret.expose(),
                    "algorithm": params.algorithm,
                    "digits": params.digits,
                    "period": params.period,
                    "t0": params.t0,
                    "counter": params.counter,
                    "pin_present": parsed.pin.is_some(),
                    "label_issuer_ignored": parsed.label_issuer_ignored,
                    "secret_warnings": warnings,
                }))?;
            } else {
                say!("kind:        {}", parsed.kind.name());
                say!(
                    "issuer:      {}",
                    parsed.issuer.as_deref().unwrap_or("(none)")
                );
                if let Some(l) = &parsed.label_issuer_ignored {
                    say!("             (the label says \"{l}\"; the issuer= parameter wins)");
                }
                say!("account:     {}", parsed.account);
                say!("secret:      {}", parsed.secret.expose());
                for line in params.lines() {
                    say!("{line}");
                }
                if parsed.kind == OtpKind::Motp {
                    say!(
                        "pin present: {}",
                        if parsed.pin.is_some() {
                            "yes (non-standard pin= parameter; not kept unless you choose to)"
                        } else {
                            "no"
                        }
                    );
                }
                for w in warnings {
                    say!("warning:     {w}");
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
