//! The command line's shape (clap). Secrets and PINs never appear here: they are read from
//! standard input or a hidden prompt (see `input.rs`).

use clap::{Args, Parser, Subcommand};

use crate::timearg::{DurationArg, TimeArg, TimeoutArg};
use crate::transfer_args::{ExportArgs, ImportArgs};
use crate::vault_args::{
    AddArgs, CodeArgs, DoctorArgs, InitArgs, ListArgs, PasswdArgs, RmArgs, ShowArgs, VaultOpts,
};

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
    Otp(OtpArgs),
    /// Check a code as a VPN server would (exit 0 accepted, 1 rejected); secret and PIN on stdin.
    Verify(VerifyArgs),
    /// Explain why a code was rejected: clock drift, secret case, or a wrong secret/PIN.
    Diagnose(DiagnoseArgs),
    /// Secret tools.
    Secret(SecretArgs),
    /// Provisioning URI tools.
    Uri(UriArgs),
    /// Ask a time server how far off this device's clock is, and whether codes will fail.
    Clock(ClockArgs),
    // ---- vault: the desktop token (vault_args.rs, vault_cmds.rs) ----
    /// Create an empty encrypted vault for your tokens.
    Init(InitArgs),
    /// Add a token: secret from standard input, --generate, --uri (URI from standard input) or
    /// --qr IMAGE.
    Add(AddArgs),
    /// List the tokens (no secrets).
    List(ListArgs),
    /// Show a token's code, with a countdown on a terminal (PIN asked unless remembered).
    Code(CodeArgs),
    /// Show a token's details; --reveal also prints its secret.
    Show(ShowArgs),
    /// Remove a token.
    Rm(RmArgs),
    /// Change the vault password.
    Passwd(PasswdArgs),
    /// Import tokens from another app's backup, a URI list or an mOTP Token backup.
    Import(ImportArgs),
    /// Export the tokens (encrypted backup, Aegis, URI list) or one token's QR code.
    Export(ExportArgs),
    /// Walk the four causes of a failing login for one token: clock, secret, PIN, code.
    Doctor(DoctorArgs),
}

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
    pub fn options(&self) -> Result<motp_core::ClockCheckOptions, crate::failure::Failure> {
        let options = motp_core::ClockCheckOptions {
            server: self.server.clone(),
            timeout: self.timeout.0,
            window_seconds: crate::check_cmds::window_seconds(self.window)?,
        };
        options.validate()?;
        Ok(options)
    }
}

#[derive(Debug, Args)]
pub struct ClockArgs {
    /// The time server and the VPN server's window.
    #[command(flatten)]
    pub clock: ClockServerArgs,
    /// After the check, store its suggested correction in the vault, so the token's codes
    /// follow true time even though this device's clock does not (a fine clock stores none).
    #[arg(long)]
    pub apply: bool,
    /// Remove the vault's stored clock correction, without asking a time server.
    #[arg(long, conflicts_with_all = ["apply", "server", "timeout", "window"])]
    pub clear: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// The vault (for --apply and --clear).
    #[command(flatten)]
    pub vault: VaultOpts,
}

#[derive(Debug, Args)]
pub struct OtpArgs {
    /// The instant: unix seconds or RFC 3339 (default: now).
    #[arg(long, value_name = "TIME", allow_negative_numbers = true)]
    pub at: Option<TimeArg>,
    /// Read a provisioning URI of any kind (motp://, otpauth://totp, otpauth://hotp) from
    /// standard input instead of a secret; for mOTP the PIN follows on the next line.
    #[arg(long)]
    pub uri: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The code to check (6 hex characters; TOTP/HOTP: 6-8 digits).
    pub code: String,
    /// The server's instant: unix seconds or RFC 3339 (default: now).
    #[arg(long, value_name = "TIME", allow_negative_numbers = true)]
    pub at: Option<TimeArg>,
    /// Accept codes up to this many 10-second steps away (default 18 = ±3 min); with a TOTP
    /// URI, periods either side (default 1); with an HOTP URI, counters ahead (default 10).
    #[arg(long, value_name = "STEPS")]
    pub window: Option<u32>,
    /// Read a provisioning URI of any kind from standard input instead of a secret (for mOTP
    /// the PIN follows on the next line); an HOTP URI's counter is the server's.
    #[arg(long)]
    pub uri: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct DiagnoseArgs {
    /// The code that was rejected, or that another token shows.
    pub code: String,
    /// The reference instant: unix seconds or RFC 3339 (default: now).
    #[arg(long, value_name = "TIME", allow_negative_numbers = true)]
    pub at: Option<TimeArg>,
    /// How far around the instant to search, e.g. 1h, 90m, 3600 (default 1h, at most 24h).
    /// With an HOTP URI, 1,000 counters either side are searched.
    #[arg(long, value_name = "DURATION")]
    pub span: Option<DurationArg>,
    /// The server's window in steps; a match inside it is "match" (default 18). With a TOTP
    /// URI, periods either side (default 1); with an HOTP URI, its look-ahead (default 10).
    #[arg(long, value_name = "STEPS")]
    pub window: Option<u32>,
    /// Read a provisioning URI of any kind from standard input instead of a secret (for mOTP
    /// the PIN follows on the next line); an HOTP URI's counter is the server's.
    #[arg(long)]
    pub uri: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

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
