//! How the command line fails: one line on stderr, nothing on stdout, a documented exit code.

use std::process::ExitCode;

/// Exit code for bad input or a failed operation.
pub const EXIT_BAD_INPUT: u8 = 2;

/// A failure to report to the user.
#[derive(Debug)]
pub struct Failure {
    message: String,
}

impl Failure {
    pub fn new(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
        }
    }

    /// Prints the one-line message and returns exit code 2.
    pub fn exit(self) -> ExitCode {
        // Messages from motp-core never contain secrets; keep them on one line regardless.
        let line = self.message.replace('\n', " ");
        eprintln!("motp: {line}");
        ExitCode::from(EXIT_BAD_INPUT)
    }
}

impl From<motp_core::Error> for Failure {
    fn from(e: motp_core::Error) -> Self {
        Failure::new(e.to_string())
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::new(format!("input/output error: {e}"))
    }
}

/// Reports a command-line usage error as one line (help and version print normally).
pub fn clap_exit(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                ExitCode::from(EXIT_BAD_INPUT)
            } else {
                ExitCode::SUCCESS
            }
        }
        _ => {
            let rendered = e.render().to_string();
            let first = rendered
                .lines()
                .next()
                .unwrap_or("invalid arguments")
                .trim_start_matches("error: ");
            eprintln!("motp: {first} (see motp --help)");
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}
