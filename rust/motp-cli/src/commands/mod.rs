//! The commands: one file per command in this folder, each holding its clap arguments (`XArgs`,
//! and its sub-subcommands if it has any) next to its `run`, and the helpers only it uses;
//! options and helpers several commands share are in `common.rs`. This file holds the `Cli`
//! parser, the `Command` enum and the one dispatch, [`run`].
//!
//! To add a command: a new file in `src/commands/` (and its `mod` line here), one variant in
//! [`Command`], one line in [`run`].
//!
//! Secrets and PINs never appear among the arguments: they are read from standard input or a
//! hidden prompt (see `input.rs`).

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::failure::Failure;

mod add;
mod clock;
mod code;
mod common;
mod diagnose;
mod doctor;
mod export;
mod import;
mod init;
mod list;
mod otp;
mod passwd;
mod rm;
mod secret;
mod show;
mod sync;
mod uri;
mod verify;

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
    /// Merge the vault's other copies: the conflict copies a sync program left beside it, and
    /// any copies named.
    Sync(sync::SyncArgs),
}

/// Runs the command the user named.
pub fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Command::Otp(a) => otp::run(a),
        Command::Verify(a) => verify::run(a),
        Command::Diagnose(a) => diagnose::run(a),
        Command::Secret(a) => secret::run(a),
        Command::Uri(a) => uri::run(a),
        Command::Clock(a) => clock::run(a),
        Command::Init(a) => init::run(a),
        Command::Add(a) => add::run(a),
        Command::List(a) => list::run(a),
        Command::Code(a) => code::run(a),
        Command::Show(a) => show::run(a),
        Command::Rm(a) => rm::run(a),
        Command::Passwd(a) => passwd::run(a),
        Command::Import(a) => import::run(a),
        Command::Export(a) => export::run(a),
        Command::Doctor(a) => doctor::run(a),
        Command::Sync(a) => sync::run(a),
    }
}
