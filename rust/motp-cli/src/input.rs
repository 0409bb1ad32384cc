//! Reading secrets and PINs: from standard input, one per line, or from a prompt without echo
//! when standard input is a terminal. Never from the command line, where other users and the
//! shell history could read them.

use std::io::IsTerminal;

use zeroize::Zeroizing;

use crate::failure::Failure;
use crate::prompt::{MAX_LINE_BYTES, PromptError, finish_line, read_capped_line};

/// Reads successive secret lines (secret, then PIN…) from stdin or prompts.
#[derive(Debug)]
pub struct SecretInput {
    terminal: bool,
}

impl SecretInput {
    pub fn new() -> Self {
        SecretInput {
            terminal: std::io::stdin().is_terminal(),
        }
    }

    /// Reads one line: a hidden prompt on a terminal, else the next line of stdin (at most
    /// [`MAX_LINE_BYTES`]). `what` names the value in the prompt and in the error when the
    /// input ends early.
    pub fn line(&mut self, what: &str) -> Result<Zeroizing<String>, Failure> {
        self.read(what)?.ok_or_else(|| {
            Failure::new(if self.terminal {
                format!("no {what} was typed (the input ended): nothing was done")
            } else {
                format!("expected the {what} on a line of standard input, but the input ended")
            })
        })
    }

    /// The next line, or `None` when the input has ended.
    fn read(&mut self, what: &str) -> Result<Option<Zeroizing<String>>, Failure> {
        let line = if self.terminal {
            match crate::prompt::hidden(&format!("{what}: ")) {
                Ok(answer) => return Ok(Some(answer)),
                Err(PromptError::Ended) => return Ok(None),
                Err(e) => return Err(read_failure(what, e)),
            }
        } else {
            read_capped_line(&mut std::io::stdin().lock()).map_err(|e| read_failure(what, e))?
        };
        line.map(|l| {
            finish_line(l).map_err(|_| {
                Failure::new(format!(
                    "the {what} on standard input is not UTF-8 text: check what is piped in"
                ))
            })
        })
        .transpose()
    }

    /// Reads a value the user may leave out: an empty line, or input that has already ended
    /// (Ctrl-D at a prompt), gives `None`. Surrounding spaces are removed.
    pub fn optional_line(&mut self, what: &str) -> Result<Option<Zeroizing<String>>, Failure> {
        Ok(self.read(what)?.filter(|l| !l.trim().is_empty()))
    }
}

/// The one-line failure for a line that could not be read.
pub fn read_failure(what: &str, e: PromptError) -> Failure {
    Failure::new(match e {
        PromptError::NoTerminal => format!("cannot ask for the {what}: no terminal"),
        PromptError::Ended => format!("no {what} was typed (the input ended): nothing was done"),
        PromptError::TooLong => format!(
            "the {what} is longer than {MAX_LINE_BYTES} bytes on one line, which no {what} is: \
             check what is typed or piped in"
        ),
        PromptError::NotUtf8 => format!(
            "the {what} typed is not UTF-8 text: set the terminal to UTF-8 and type it again \
             (nothing was done)"
        ),
        PromptError::Io(e) => format!("cannot read the {what}: {e}"),
    })
}
