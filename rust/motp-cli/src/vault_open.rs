//! Finding and unlocking the vault, and every password the commands need: the vault's, a new
//! one, and those of files being imported or exported.
//!
//! Passwords never come from the command line. Each comes from a prompt without echo when a
//! person is at a terminal, or from the first line of a file named with an option (for
//! scripts), and the vault's also from `$MOTP_PASSWORD` (less safe: documented so). Without a
//! terminal and without a file, a command stops with one line saying which option to use,
//! rather than hang on a prompt nobody sees.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use motp_core::vault::{KdfParams, Password, Vault};
use zeroize::Zeroizing;

use crate::failure::Failure;

/// Tests set this to create vaults with the cheapest key derivation; never for real vaults.
const FAST_KDF_ENV: &str = "MOTP_INSECURE_FAST_KDF_FOR_TESTS";

/// The key-derivation parameters for a new password slot (a vault's or our own backup's).
/// Call it only where a slot is made: when the test override takes effect it says so on
/// standard error, every time, so a shipped binary never weakens a vault silently.
pub fn kdf() -> KdfParams {
    if std::env::var(FAST_KDF_ENV).as_deref() == Ok("1") {
        warn(&format!(
            "{FAST_KDF_ENV}=1: this password is protected by the cheapest key derivation, \
             for tests only; anyone with the file can guess it quickly"
        ));
        KdfParams::INSECURE_FAST_FOR_TESTS
    } else {
        KdfParams::DEFAULT
    }
}

/// Where the vault is and where its password may come from, as the command line gave them
/// (`--vault PATH`, `--password-file FILE`): plain values, so that this module knows nothing
/// of the commands' argument structs.
#[derive(Debug, Clone, Copy)]
pub struct VaultAccess<'a> {
    /// The vault file named on the command line, if any.
    pub path: Option<&'a Path>,
    /// The file whose first line is the vault password, if any.
    pub password_file: Option<&'a Path>,
}

/// `--vault PATH` (`given`), else `$MOTP_VAULT`, else `tokens.motp` in the OS data directory.
pub fn vault_path(given: Option<&Path>) -> Result<PathBuf, Failure> {
    if let Some(p) = given {
        return Ok(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os("MOTP_VAULT").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "motp")
        .map(|d| d.data_dir().join("tokens.motp"))
        .ok_or_else(|| {
            Failure::new(
                "cannot find this user's data directory: give the vault with --vault PATH or \
                 MOTP_VAULT",
            )
        })
}

/// The first line of a password file, without its line ending (at most
/// [`MAX_LINE_BYTES`](crate::prompt::MAX_LINE_BYTES)).
///
/// Like ssh with a private key, a file that other users may read (or write) is refused: the
/// password in it would no longer be a secret. `chmod 600 FILE` makes it private.
pub fn first_line_of(path: &Path, what: &str) -> Result<Password, Failure> {
    let shown = path.display();
    let cannot =
        |e: std::io::Error| Failure::new(format!("cannot read the {what} file {shown}: {e}"));
    let file = std::fs::File::open(path).map_err(cannot)?;
    check_private(&file, path, what)?;
    let line = crate::prompt::read_capped_line(&mut std::io::BufReader::new(file))
        .map_err(|e| match e {
            crate::prompt::PromptError::Io(e) => cannot(e),
            _ => Failure::new(format!(
                "the first line of the {what} file {shown} is longer than {} bytes: put the \
                 password alone on the first line",
                crate::prompt::MAX_LINE_BYTES
            )),
        })?
        .unwrap_or_default();
    let line = crate::prompt::finish_line(line).map_err(|_| {
        Failure::new(format!(
            "the first line of the {what} file {shown} is not UTF-8 text"
        ))
    })?;
    Password::from_zeroizing(line).map_err(|_| {
        Failure::new(format!(
            "the {what} file {shown} has an empty first line: put the password on it"
        ))
    })
}

/// Refuses a password file that others can read or write (Unix permissions).
#[cfg(unix)]
fn check_private(file: &std::fs::File, path: &Path, what: &str) -> Result<(), Failure> {
    use std::os::unix::fs::PermissionsExt;
    let mode = file
        .metadata()
        .map_err(|e| {
            Failure::new(format!(
                "cannot read the {what} file {}: {e}",
                path.display()
            ))
        })?
        .permissions()
        .mode();
    if mode & 0o077 != 0 {
        return Err(Failure::new(format!(
            "the {what} file {} can be read or changed by other users (mode {:04o}): make it \
             private with `chmod 600 {}` (nothing was done)",
            path.display(),
            mode & 0o7777,
            path.display()
        )));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_file: &std::fs::File, _path: &Path, _what: &str) -> Result<(), Failure> {
    Ok(())
}

fn from_env(name: &str) -> Result<Option<Password>, Failure> {
    match std::env::var(name) {
        Ok(v) => Password::from_zeroizing(Zeroizing::new(v))
            .map(Some)
            .map_err(|_| Failure::new(format!("{name} is set but empty: set the password in it"))),
        Err(_) => Ok(None),
    }
}

/// Whether a person can answer a prompt: with standard input and standard error both
/// redirected this is a script.
pub fn person_present() -> bool {
    std::io::stdin().is_terminal() || std::io::stderr().is_terminal()
}

/// Asks on the terminal without echo, but only when a person is there; otherwise fails with
/// `no_terminal` (which says where the password goes instead). Ctrl-D at the prompt is "no
/// password typed", not "no terminal".
pub fn prompt(text: &str, no_terminal: &str) -> Result<Zeroizing<String>, Failure> {
    use crate::prompt::PromptError;
    if !person_present() {
        return Err(Failure::new(no_terminal));
    }
    crate::prompt::hidden(text).map_err(|e| match e {
        PromptError::NoTerminal => Failure::new(no_terminal),
        other => crate::input::read_failure("password", other),
    })
}

const VAULT_NO_TERMINAL: &str =
    "cannot ask for the vault password (no terminal): use --password-file FILE or MOTP_PASSWORD";

/// The password of an existing vault.
fn password(password_file: Option<&Path>) -> Result<Password, Failure> {
    if let Some(f) = password_file {
        return first_line_of(f, "password");
    }
    if let Some(p) = from_env("MOTP_PASSWORD")? {
        return Ok(p);
    }
    Ok(Password::from_zeroizing(prompt(
        "Vault password: ",
        VAULT_NO_TERMINAL,
    )?)?)
}

/// Where a new password comes from when no prompt is wanted.
#[derive(Debug, Clone, Copy)]
pub struct NewPasswordSource<'a> {
    /// A file named with an option.
    pub file: Option<&'a Path>,
    /// An environment variable, if this password may come from one.
    pub env: Option<&'a str>,
    /// The prompt's label ("New vault password").
    pub label: &'a str,
    /// The one line to fail with when no person can be asked.
    pub no_terminal: &'a str,
}

/// A new password: from a file or the environment, or asked twice.
pub fn new_password(src: NewPasswordSource<'_>) -> Result<Password, Failure> {
    if let Some(f) = src.file {
        return first_line_of(f, "password");
    }
    if let Some(p) = src.env.map(from_env).transpose()?.flatten() {
        return Ok(p);
    }
    let first = prompt(&format!("{}: ", src.label), src.no_terminal)?;
    let again = prompt(&format!("{} again: ", src.label), src.no_terminal)?;
    if *first != *again {
        return Err(Failure::new(
            "the two passwords differ: nothing was done; try again",
        ));
    }
    Ok(Password::from_zeroizing(first)?)
}

/// A new vault password (`init`, `passwd`).
pub fn new_vault_password(file: Option<&Path>, env: &str) -> Result<Password, Failure> {
    new_password(NewPasswordSource {
        file,
        env: Some(env),
        label: "New vault password",
        no_terminal: VAULT_NO_TERMINAL,
    })
}

/// Opens the vault, telling the user when its previous copy had to be used.
pub fn open(access: VaultAccess<'_>) -> Result<Vault, Failure> {
    let path = vault_path(access.path)?;
    let pw = password(access.password_file)?;
    let opened = Vault::open_with_password(&path, &pw)?;
    if let Some(w) = opened.warning {
        warn(&w.to_string());
    }
    Ok(opened.vault)
}

/// A warning on standard error, on one line; the command goes on.
pub fn warn(text: &str) {
    crate::out::error_line(&format!("motp: warning: {}", text.replace('\n', " ")));
}
