//! `motp`: a desktop mOTP token and a VPN administrator's tools, on `motp-core`.
//!
//! Exit codes: 0 success, 1 a negative answer (`verify` rejected the code, `clock` found codes
//! will fail, `secret check --compare` found different secrets, `doctor` found a cause), 2 bad
//! input or any other failure — always with exactly one line on stderr and nothing on stdout.
//! The commands are listed in docs/cli.md; each is a file of `commands/`.

mod commands;
mod failure;
mod files;
mod http;
mod input;
mod locale;
mod out;
mod prompt;
mod server_sync;
mod timearg;
mod vault_open;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // Before anything else, above all before any secret is read: no core dumps.
    motp_core::harden::no_core_dumps();
    let cli = match commands::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return failure::clap_exit(e),
    };
    match commands::run(cli) {
        Ok(code) => code,
        Err(f) => f.exit(),
    }
}
