//! `motp`: a desktop mOTP token and a VPN administrator's tools, on `motp-core`.
//!
//! Exit codes: 0 success, 1 a negative answer (`verify` rejected the code, `clock` found codes
//! will fail, `secret check --compare` found different secrets, `doctor` found a cause), 2 bad
//! input or any other failure — always with exactly one line on stderr and nothing on stdout.
//! The commands are listed in docs/cli.md.

mod check_cmds;
mod commands;
mod doctor_cmds;
mod engine_cmds;
mod failure;
mod files;
mod input;
mod oath_cmds;
mod out;
mod prompt;
mod timearg;
mod transfer_cmds;
mod vault_cmds;
mod vault_open;

use std::process::ExitCode;

use clap::Parser;

use crate::commands::{Cli, Command};
use crate::failure::Failure;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return failure::clap_exit(e),
    };
    match run(cli) {
        Ok(code) => code,
        Err(f) => f.exit(),
    }
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Command::Otp(a) => engine_cmds::otp(a),
        Command::Verify(a) => engine_cmds::verify(a),
        Command::Diagnose(a) => engine_cmds::diagnose(a),
        Command::Secret(a) => engine_cmds::secret(a),
        Command::Uri(a) => engine_cmds::uri(a),
        Command::Clock(a) => check_cmds::clock(a),
        Command::Init(a) => vault_cmds::init(a),
        Command::Add(a) => vault_cmds::add(a),
        Command::List(a) => vault_cmds::list(a),
        Command::Code(a) => vault_cmds::code(a),
        Command::Show(a) => vault_cmds::show(a),
        Command::Rm(a) => vault_cmds::rm(a),
        Command::Passwd(a) => vault_cmds::passwd(a),
        Command::Import(a) => transfer_cmds::import(a),
        Command::Export(a) => transfer_cmds::export(a),
        Command::Doctor(a) => doctor_cmds::doctor(a),
    }
}
