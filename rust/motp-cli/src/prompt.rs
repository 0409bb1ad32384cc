//! Hidden prompts on the terminal (secrets, PINs, passwords), and the one limit on how much
//! any line we read may hold.
//!
//! Echo is turned off on `/dev/tty` for the answer and always turned back on: when the answer
//! is read, when reading fails, and when the process is interrupted or killed by SIGINT,
//! SIGTERM or SIGHUP at the prompt. For the signals, a thread (signal-hook's safe iterator)
//! restores the saved terminal settings and then ends the process by the same signal, as it
//! would have ended without us — a shell sees the usual status. (SIGKILL cannot be caught: no
//! program can restore the terminal then; `stty sane` does.)
//!
//! Ctrl-D at the prompt ends the input: that is "nothing was typed", not "no terminal".

use zeroize::Zeroizing;

/// The longest line we read from anywhere — standard input, a password file, a prompt — in
/// bytes. Secrets, PINs, passwords and URIs are far shorter; `motp otp </dev/zero` stops here
/// instead of growing without limit.
pub const MAX_LINE_BYTES: usize = 8192;

/// Why a prompt gave no answer.
#[derive(Debug)]
pub enum PromptError {
    /// There is no terminal to ask on.
    NoTerminal,
    /// The input ended (Ctrl-D) before anything was typed.
    Ended,
    /// The line was longer than [`MAX_LINE_BYTES`].
    TooLong,
    /// What was typed is not UTF-8 text.
    NotUtf8,
    /// Reading the terminal failed.
    Io(std::io::Error),
}

/// Removes the line ending (`\n`, `\r\n`) and checks the text is UTF-8, wiping every copy.
pub fn finish_line(
    mut bytes: Zeroizing<Vec<u8>>,
) -> Result<Zeroizing<String>, std::str::Utf8Error> {
    while bytes.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        bytes.pop();
    }
    Ok(Zeroizing::new(std::str::from_utf8(&bytes)?.to_owned()))
}

/// Reads one line of at most [`MAX_LINE_BYTES`] from `reader`. `Ok(None)` when the input had
/// already ended; [`PromptError::TooLong`] when no line ending came in time.
pub fn read_capped_line(
    reader: &mut impl std::io::BufRead,
) -> Result<Option<Zeroizing<Vec<u8>>>, PromptError> {
    use std::io::{BufRead, Read};
    let mut line = Zeroizing::new(Vec::new());
    let mut limited = reader.take(MAX_LINE_BYTES as u64 + 1);
    limited
        .read_until(b'\n', &mut line)
        .map_err(PromptError::Io)?;
    if line.is_empty() {
        return Ok(None);
    }
    if line.len() > MAX_LINE_BYTES && line.last() != Some(&b'\n') {
        return Err(PromptError::TooLong);
    }
    Ok(Some(line))
}

/// Asks `prompt` on the terminal and reads the answer without echo.
#[cfg(unix)]
pub fn hidden(prompt: &str) -> Result<Zeroizing<String>, PromptError> {
    unix::hidden(prompt)
}

/// Asks `prompt` on the terminal and reads the answer without echo.
#[cfg(not(unix))]
pub fn hidden(prompt: &str) -> Result<Zeroizing<String>, PromptError> {
    match rpassword::prompt_password(prompt) {
        Ok(answer) if answer.len() > MAX_LINE_BYTES => Err(PromptError::TooLong),
        Ok(answer) => Ok(Zeroizing::new(answer)),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Err(PromptError::Ended),
        Err(e) => Err(PromptError::Io(e)),
    }
}

#[cfg(unix)]
mod unix {
    use std::fs::{File, OpenOptions};
    use std::io::{BufReader, Write};
    use std::os::fd::OwnedFd;
    use std::sync::{Mutex, OnceLock};

    use rustix::termios::{LocalModes, OptionalActions, Termios, tcgetattr, tcsetattr};
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    use zeroize::Zeroizing;

    use super::{PromptError, finish_line, read_capped_line};

    /// The terminal and its settings from before the prompt, while a prompt is showing.
    static SHOWING: Mutex<Option<(OwnedFd, Termios)>> = Mutex::new(None);
    static WATCHER: OnceLock<bool> = OnceLock::new();

    /// Starts (once) the thread that gives the terminal back when a signal ends the process.
    /// Its handlers are registered before this returns, so none can slip in between.
    fn watch_signals() -> bool {
        *WATCHER.get_or_init(|| {
            let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])
            else {
                return false;
            };
            std::thread::spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    restore_showing();
                    // Die by the signal, as the process would have without us.
                    let _ = signal_hook::low_level::emulate_default_handler(signal);
                    std::process::exit(128 + signal);
                }
            });
            true
        })
    }

    /// Puts back the settings of the terminal a prompt is showing on, if any, and ends the
    /// half-typed line.
    fn restore_showing() {
        let showing = match SHOWING.lock() {
            Ok(mut guard) => guard.take(),
            Err(poisoned) => poisoned.into_inner().take(),
        };
        if let Some((fd, saved)) = showing {
            let _ = tcsetattr(&fd, OptionalActions::Now, &saved);
            let _ = File::from(fd).write_all(b"\n");
        }
    }

    /// Restores the terminal when the prompt ends in any way (answer, error, panic).
    struct EchoOff;

    impl Drop for EchoOff {
        fn drop(&mut self) {
            restore_showing();
        }
    }

    pub(super) fn hidden(prompt: &str) -> Result<Zeroizing<String>, PromptError> {
        let tty = OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/tty")
            .map_err(|_| PromptError::NoTerminal)?;
        let saved = tcgetattr(&tty).map_err(|_| PromptError::NoTerminal)?;
        if !watch_signals() {
            return Err(PromptError::Io(std::io::Error::other(
                "cannot watch for interrupts to give the terminal back",
            )));
        }
        let mut quiet = saved.clone();
        quiet.local_modes.remove(LocalModes::ECHO);
        // The Enter that ends the answer still moves to the next line.
        quiet.local_modes.insert(LocalModes::ECHONL);
        {
            let fd = tty.try_clone().map_err(PromptError::Io)?;
            let mut showing = SHOWING.lock().unwrap_or_else(|p| p.into_inner());
            *showing = Some((fd.into(), saved));
        }
        let _restore = EchoOff;
        (&tty)
            .write_all(prompt.as_bytes())
            .and_then(|()| (&tty).flush())
            .map_err(PromptError::Io)?;
        tcsetattr(&tty, OptionalActions::Now, &quiet).map_err(|e| PromptError::Io(e.into()))?;
        let line = read_capped_line(&mut BufReader::new(&tty))?.ok_or(PromptError::Ended)?;
        finish_line(line).map_err(|_| PromptError::NotUtf8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_capped() {
        let mut short = &b"secret\r\nnext\n"[..];
        let line = read_capped_line(&mut short).unwrap().unwrap();
        assert_eq!(finish_line(line).unwrap().as_str(), "secret");
        assert_eq!(short, b"next\n");
        let mut ended = &b""[..];
        assert!(read_capped_line(&mut ended).unwrap().is_none());
        let zeros = vec![0u8; 3 * MAX_LINE_BYTES];
        let mut endless = &zeros[..];
        assert!(matches!(
            read_capped_line(&mut endless),
            Err(PromptError::TooLong)
        ));
        let mut exact = vec![b'7'; MAX_LINE_BYTES];
        exact.push(b'\n');
        let mut exact = &exact[..];
        assert_eq!(
            read_capped_line(&mut exact).unwrap().unwrap().len(),
            MAX_LINE_BYTES + 1
        );
    }
}
