//! How the command line fails: one line on stderr, nothing on stdout, a documented exit code.

use std::process::ExitCode;

use crate::out::WriteError;

/// Exit code for bad input or a failed operation.
pub const EXIT_BAD_INPUT: u8 = 2;

/// Exit code when the reader of standard output went away (128 + SIGPIPE, what a shell
/// reports for a Unix tool that SIGPIPE ended).
pub const EXIT_CLOSED_PIPE: u8 = 141;

/// A failure to report to the user.
#[derive(Debug)]
pub struct Failure {
    message: String,
    closed_pipe: bool,
}

impl Failure {
    pub fn new(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            closed_pipe: false,
        }
    }

    /// The message, for a warning that goes on (a failed sync after a saved change).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Standard output's reader went away: the command stops quietly.
    pub fn closed_pipe() -> Self {
        Failure {
            message: String::new(),
            closed_pipe: true,
        }
    }

    /// Whether this is a closed pipe rather than an error to report.
    #[cfg(test)]
    pub fn is_closed_pipe(&self) -> bool {
        self.closed_pipe
    }

    /// Prints the one-line message (escaped: it may quote a name from a file) and returns exit
    /// code 2; a closed pipe prints nothing and returns 141.
    pub fn exit(self) -> ExitCode {
        if self.closed_pipe {
            return ExitCode::from(EXIT_CLOSED_PIPE);
        }
        // Messages from motp-core never contain secrets; keep them on one line regardless.
        let line = self.message.replace('\n', " ");
        crate::out::error_line(&format!("motp: {line}"));
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

/// Output that could not be written: a closed pipe stops the command quietly (exit 141), any
/// other error is reported (exit 2).
impl From<WriteError> for Failure {
    fn from(e: WriteError) -> Self {
        match e {
            WriteError::ClosedPipe => Failure::closed_pipe(),
            WriteError::Other(e) => Failure::new(format!("cannot write the output: {e}")),
        }
    }
}

/// Reports a command-line usage error as one line (help and version print normally).
pub fn clap_exit(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            // Help and version are output like any other: a closed pipe or a full disk is
            // reported the same way (exit 141 or 2), never a panic.
            match crate::out::raw(&e.render().to_string()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => Failure::from(e).exit(),
            }
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // `motp`, `motp secret`, `motp uri` alone: a usage error like any other, one line.
            crate::out::error_line(&missing_command(&e.render().to_string()));
            ExitCode::from(EXIT_BAD_INPUT)
        }
        _ => {
            let rendered = e.render().to_string();
            crate::out::error_line(&format!(
                "motp: {} (see motp --help)",
                first_paragraph(&rendered)
            ));
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}

/// The one line for a command group named without its subcommand, from clap's usage line
/// (`Usage: motp secret <COMMAND>`).
fn missing_command(rendered: &str) -> String {
    let usage = rendered
        .lines()
        .find_map(|l| l.trim().strip_prefix("Usage: "))
        .unwrap_or("motp <COMMAND>")
        .trim();
    let command = usage.split(" <").next().unwrap_or("motp");
    format!("motp: a command is missing: {usage} (see {command} --help)")
}

/// clap's message on one line: its first line, plus the indented lines that continue it (the
/// missing arguments of "the following required arguments were not provided:").
fn first_paragraph(rendered: &str) -> String {
    let mut lines = rendered.lines();
    let mut out = lines
        .next()
        .unwrap_or("invalid arguments")
        .trim_start_matches("error: ")
        .trim_end()
        .to_owned();
    for more in lines.take_while(|l| l.starts_with(char::is_whitespace) && !l.trim().is_empty()) {
        out.push(' ');
        out.push_str(more.trim());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Failure, WriteError, first_paragraph};

    #[test]
    fn write_errors_become_failures() {
        assert!(Failure::from(WriteError::ClosedPipe).is_closed_pipe());
        let full = WriteError::Other(std::io::Error::from_raw_os_error(28));
        assert!(!Failure::from(full).is_closed_pipe());
    }

    #[test]
    fn clap_messages_on_one_line() {
        let missing = "error: the following required arguments were not provided:\n  --code \
                       <CODE>\n\nUsage: motp doctor --code <CODE> <NAME>\n";
        assert_eq!(
            first_paragraph(missing),
            "the following required arguments were not provided: --code <CODE>"
        );
        assert_eq!(
            first_paragraph("error: unexpected argument '--x' found\n\nUsage: motp\n"),
            "unexpected argument '--x' found"
        );
        assert_eq!(first_paragraph(""), "invalid arguments");
    }
}
