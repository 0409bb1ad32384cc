//! `motp secret generate` and `motp secret check`.

use clap::{Args, Subcommand};

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
