//! Reading secrets and PINs: from standard input, one per line, or from a prompt without echo
//! when standard input is a terminal. Never from the command line, where other users and the
//! shell history could read them.

use std::io::{BufRead, IsTerminal};

use zeroize::Zeroizing;

use crate::failure::Failure;

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

    /// Reads one line: a hidden prompt on a terminal, else the next line of stdin. `what` names
    /// the value in the prompt and in the error when stdin ends early.
    pub fn line(&mut self, what: &str) -> Result<Zeroizing<String>, Failure> {
        if self.terminal {
            let value = rpassword::prompt_password(format!("{what}: "))
                .map_err(|e| Failure::new(format!("cannot read the {what}: {e}")))?;
            return Ok(Zeroizing::new(value));
        }
        let mut line = Zeroizing::new(String::new());
        let n = std::io::stdin().lock().read_line(&mut line).map_err(|e| {
            Failure::new(format!("cannot read the {what} from standard input: {e}"))
        })?;
        if n == 0 {
            return Err(Failure::new(format!(
                "expected the {what} on a line of standard input, but the input ended"
            )));
        }
        while line.ends_with('\n') || line.ends_with('\r') {
            line.pop();
        }
        Ok(line)
    }

    /// Reads a value the user may leave out: an empty line, or standard input that has
    /// already ended, gives `None`. Surrounding spaces are removed.
    pub fn optional_line(&mut self, what: &str) -> Result<Option<Zeroizing<String>>, Failure> {
        if !self.terminal {
            let mut line = Zeroizing::new(String::new());
            std::io::stdin().lock().read_line(&mut line).map_err(|e| {
                Failure::new(format!("cannot read the {what} from standard input: {e}"))
            })?;
            return Ok(Some(line).filter(|l| !l.trim().is_empty()));
        }
        let line = self.line(what)?;
        Ok(Some(line).filter(|l| !l.trim().is_empty()))
    }
}
