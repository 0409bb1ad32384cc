//! The command line's shape (clap): the `Cli` parser and the `Command` enum, one variant per
//! command. Each command's arguments are in its own file of this folder; what several share is
//! in `common.rs`. Secrets and PINs never appear here: they are read from standard input or a
//! hidden prompt (see `input.rs`).

use clap::{Parser, Subcommand};

pub(crate) mod add;
pub(crate) mod clock;
pub(crate) mod code;
pub(crate) mod common;
pub(crate) mod diagnose;
pub(crate) mod doctor;
pub(crate) mod export;
pub(crate) mod import;
pub(crate) mod init;
pub(crate) mod list;
pub(crate) mod otp;
pub(crate) mod passwd;
pub(crate) mod rm;
pub(crate) mod secret;
pub(crate) mod show;
pub(crate) mod uri;
pub(crate) mod verify;

/// mOTP Token: Mobile-OTP codes for VPN logins, and tools for the administrators who run them.
#[derive(Debug, Parser)]
#[command(name = "motp", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the code for a secret and PIN read from standard input (one per line).
    Otp(otp::OtpArgs),
    /// Check a code as a VPN server would (exit 0 accepted, 1 rejected); secret and PIN on stdin.
    Verify(verify::VerifyArgs),
    /// Explain why a code was rejected: clock drift, secret case, or a wrong secret/PIN.
    Diagnose(diagnose::DiagnoseArgs),
    /// Secret tools.
    Secret(secret::SecretArgs),
    /// Provisioning URI tools.
    Uri(uri::UriArgs),
    /// Ask a time server how far off this device's clock is, and whether codes will fail.
    Clock(clock::ClockArgs),
    // ---- vault: the desktop token (init.rs … passwd.rs; the vault options in common.rs) ----
    /// Create an empty encrypted vault for your tokens.
    Init(init::InitArgs),
    /// Add a token: secret from standard input, --generate, --uri (URI from standard input) or
    /// --qr IMAGE.
    Add(add::AddArgs),
    /// List the tokens (no secrets).
    List(list::ListArgs),
    /// Show a token's code, with a countdown on a terminal (PIN asked unless remembered).
    Code(code::CodeArgs),
    /// Show a token's details; --reveal also prints its secret.
    Show(show::ShowArgs),
    /// Remove a token.
    Rm(rm::RmArgs),
    /// Change the vault password.
    Passwd(passwd::PasswdArgs),
    /// Import tokens from another app's backup, a URI list or an mOTP Token backup.
    Import(import::ImportArgs),
    /// Export the tokens (encrypted backup, Aegis, URI list) or one token's QR code.
    Export(export::ExportArgs),
    /// Walk the four causes of a failing login for one token: clock, secret, PIN, code.
    Doctor(doctor::DoctorArgs),
}
