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
    let file = crate::files::open_regular(path, &format!("{what} file"))?;
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

// ---- the one password rule ----
//
// Every password, whatever its source — a prompt, a password file, `MOTP_PASSWORD` or
// `MOTP_NEW_PASSWORD` — is the text of one line: its trailing line endings (CR, LF) are not
// part of it, it is UTF-8, and it is at most `MAX_LINE_BYTES` (8192) bytes. Prompts and
// password files give exactly that (a line without its ending, capped); the environment is held
// to the same rule here. A new password the rule would change is refused (it could never be
// typed or read from a file); an existing vault's password from the environment is read under
// the rule, and only if that is wrong, as given (a vault made before the rule).

/// An environment variable's text: `None` when unset; a non-UTF-8 value has its own message.
fn env_text(name: &str) -> Result<Option<Zeroizing<String>>, Failure> {
    match std::env::var_os(name) {
        None => Ok(None),
        Some(v) => v
            .into_string()
            .map(|s| Some(Zeroizing::new(s)))
            .map_err(|_| {
                Failure::new(format!(
                    "{name} is not UTF-8 text, and a password must be: set it again from a UTF-8 \
                 terminal, or use a password file (nothing was done)"
                ))
            }),
    }
}

/// Why the rule would change `raw`, in words; `None` when it stands as given.
fn rule_would_change(raw: &str) -> Option<String> {
    let max = crate::prompt::MAX_LINE_BYTES;
    if raw.ends_with(['\r', '\n']) {
        Some("it ends with a line break (CR or LF), which a password never includes".into())
    } else if raw.len() > max {
        Some(format!(
            "it is {} bytes long, more than the {max} bytes a password may be",
            raw.len()
        ))
    } else {
        None
    }
}

fn empty_env(name: &str) -> Failure {
    Failure::new(format!("{name} is set but empty: set the password in it"))
}

/// A new password from the environment, refused when the rule would change it.
fn new_from_env(name: &str) -> Result<Option<Password>, Failure> {
    let Some(raw) = env_text(name)? else {
        return Ok(None);
    };
    if let Some(why) = rule_would_change(&raw) {
        return Err(Failure::new(format!(
            "{name} cannot be a new password: {why}, so no prompt or password file could ever \
             give it: set it without that (nothing was done)"
        )));
    }
    Password::from_zeroizing(raw)
        .map(Some)
        .map_err(|_| empty_env(name))
}

/// An existing vault's password from the environment: under the rule first, then — only when
/// the rule changed it — as given, for a vault made before the rule.
fn existing_from_env(name: &str) -> Result<Option<Vec<Password>>, Failure> {
    let Some(raw) = env_text(name)? else {
        return Ok(None);
    };
    let ruled = raw.trim_end_matches(['\r', '\n']);
    let mut candidates = Vec::with_capacity(2);
    if !ruled.is_empty() && ruled.len() <= crate::prompt::MAX_LINE_BYTES {
        candidates.push(Password::from_zeroizing(Zeroizing::new(ruled.to_owned()))?);
    }
    if rule_would_change(&raw).is_some() {
        candidates.push(Password::from_zeroizing(raw)?);
    }
    if candidates.is_empty() {
        return Err(empty_env(name));
    }
    Ok(Some(candidates))
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

/// The password of an existing vault: the one to try, and from `MOTP_PASSWORD` possibly a
/// second (see [`existing_from_env`]).
/// The vault password to try, from `--password-file`, `$MOTP_PASSWORD` or a prompt (several
/// readings of `$MOTP_PASSWORD` when its end is ambiguous).
pub fn password(password_file: Option<&Path>) -> Result<Vec<Password>, Failure> {
    if let Some(f) = password_file {
        return Ok(vec![first_line_of(f, "password")?]);
    }
    if let Some(p) = existing_from_env("MOTP_PASSWORD")? {
        return Ok(p);
    }
    Ok(vec![Password::from_zeroizing(prompt(
        "Vault password: ",
        VAULT_NO_TERMINAL,
    )?)?])
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
    if let Some(p) = src.env.map(new_from_env).transpose()?.flatten() {
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

/// Opens the vault, telling the user when its previous copy had to be used, and merges the
/// conflict copies a sync program left beside it ([`merge_conflict_copies`]).
pub fn open(access: VaultAccess<'_>) -> Result<Vault, Failure> {
    let mut vault = open_only(access)?;
    merge_conflict_copies(&mut vault);
    Ok(vault)
}

/// [`open`] without merging the conflict copies (`motp sync` merges them itself, to count
/// them).
pub fn open_only(access: VaultAccess<'_>) -> Result<Vault, Failure> {
    let path = vault_path(access.path)?;
    let candidates = password(access.password_file)?;
    let last = candidates.len() - 1;
    for (i, pw) in candidates.iter().enumerate() {
        let opened = match Vault::open_with_password(&path, pw) {
            Ok(opened) => opened,
            Err(motp_core::Error::VaultWrongPassword) if i < last => continue,
            Err(e) => return Err(e.into()),
        };
        if i > 0 {
            warn(
                "this vault's password is MOTP_PASSWORD exactly as set, with a line break at \
                 its end or more than 8192 bytes, which no prompt or password file can give: \
                 change it with motp passwd",
            );
        }
        if let Some(w) = opened.warning {
            warn(&w.to_string());
        }
        return Ok(opened.vault);
    }
    Err(motp_core::Error::VaultWrongPassword.into())
}

/// Merges the conflict copies a sync program left beside the vault file (Syncthing, Dropbox,
/// Nextcloud, OneDrive, iCloud Drive; `motp_core::vault::ConflictCopies`), telling the user on
/// standard error; a copy that cannot be merged is left where it is, with a warning, and the
/// command goes on with the vault as it is.
pub fn merge_conflict_copies(vault: &mut Vault) {
    match vault.merge_conflict_copies() {
        Ok(done) => {
            if !done.merged.is_empty() {
                let r = done.report;
                warn(&format!(
                    "merged {} conflict cop{} of the vault left by a sync program ({} added, {} \
                     changed, {} removed) and removed {}",
                    done.merged.len(),
                    if done.merged.len() == 1 { "y" } else { "ies" },
                    r.added,
                    r.changed,
                    r.removed,
                    if done.merged.len() == 1 { "it" } else { "them" },
                ));
            }
            for (path, why) in done.left {
                warn(&format!("{} was not merged: {why}", path.display()));
            }
        }
        Err(e) => warn(&format!("the vault's conflict copies were not merged: {e}")),
    }
}

/// A warning on standard error, on one line; the command goes on.
pub fn warn(text: &str) {
    crate::out::error_line(&format!("motp: warning: {}", text.replace('\n', " ")));
}
