//! Everything the commands print goes through here: results on standard output, warnings and
//! errors on standard error.
//!
//! Two rules live in this one place so that no command can forget them:
//!
//! - **Text from outside never drives the terminal.** Token names, notes, labels from URIs, QR
//!   codes and imported backups can hold terminal escapes; every line is passed through
//!   `motp_core::text::escape_for_terminal`, and JSON gets those characters as `\uXXXX`
//!   escapes (which JSON readers turn back into the same text). Only [`raw`] output — the
//!   terminal QR code's colours and the live code's carriage return, both made by us — is
//!   written as is.
//! - **Output failures are errors, not panics.** A closed pipe (`motp list | head -1`) ends
//!   the command quietly with status 141, as a Unix tool killed by SIGPIPE would; any other
//!   write error (a full disk) is a one-line failure with status 2. Every write is flushed at
//!   once, so the error is met where it happens — before, say, a generated secret that could
//!   not be shown is saved. A write that fails returns a [`WriteError`], which `failure.rs`
//!   turns into that status (this module uses no other module of the CLI: `failure.rs` prints
//!   through it).

use std::io::Write;

use motp_core::text::{escape_for_terminal, is_unsafe_char};

/// Prints one line of text on standard output, escaped; `?` on the result in every command.
macro_rules! say {
    () => {
        $crate::out::line("")?
    };
    ($($arg:tt)*) => {
        $crate::out::line(&format!($($arg)*))?
    };
}
pub(crate) use say;

/// Why standard output could not be written (`failure.rs` makes it a `Failure`: exit 141 for a
/// closed pipe, a one-line error and exit 2 for the rest).
#[derive(Debug)]
pub enum WriteError {
    /// Standard output's reader went away: the command stops quietly.
    ClosedPipe,
    /// Any other write error (a full disk).
    Other(std::io::Error),
}

fn write_stdout(bytes: &[u8]) -> Result<(), WriteError> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(write_error)
}

/// What a write error on standard output means for the command.
fn write_error(e: std::io::Error) -> WriteError {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        WriteError::ClosedPipe
    } else {
        WriteError::Other(e)
    }
}

/// One line of text on standard output, its unsafe characters escaped.
pub fn line(text: &str) -> Result<(), WriteError> {
    let mut bytes = escape_for_terminal(text).into_owned().into_bytes();
    bytes.push(b'\n');
    write_stdout(&bytes)
}

/// One JSON value on one line of standard output. serde_json escapes the C0 controls; this
/// also escapes DEL, the C1 controls and the bidirectional ones, which it leaves as they are.
pub fn json(value: &serde_json::Value) -> Result<(), WriteError> {
    let text = value.to_string();
    let mut out = String::with_capacity(text.len() + 1);
    for c in text.chars() {
        if is_unsafe_char(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out.push('\n');
    write_stdout(out.as_bytes())
}

/// Text we made ourselves (colour codes, a carriage return), written as is, then flushed.
pub fn raw(text: &str) -> Result<(), WriteError> {
    write_stdout(text.as_bytes())
}

/// One line on standard error, escaped. Errors writing it are ignored: there is nowhere left
/// to report them, and the exit status still tells.
pub fn error_line(text: &str) {
    let mut bytes = escape_for_terminal(text).into_owned().into_bytes();
    bytes.push(b'\n');
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(&bytes).and_then(|()| err.flush());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_errors_are_told_apart() {
        let closed = write_error(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        assert!(matches!(closed, WriteError::ClosedPipe));
        let full = write_error(std::io::Error::from_raw_os_error(28));
        assert!(matches!(full, WriteError::Other(_)));
    }
}
