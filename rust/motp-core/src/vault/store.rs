//! The I/O edge: reading, locking and atomically replacing the vault file.
//!
//! A save never modifies the vault file in place. Under an advisory lock on `<name>.lock` it
//!
//! 1. re-reads `<name>` and compares it with the bytes this handle opened — if another window
//!    or process saved in between, it stops with [`Error::VaultChangedElsewhere`];
//! 2. hard-links the current file as `<name>.prev` (through a temporary name and a rename, or
//!    by copying where hard links are unsupported);
//! 3. writes the new bytes to a temporary file in the same directory (mode 0600), `fsync`s it,
//!    renames it over `<name>` and `fsync`s the directory.
//!
//! Renames within a directory are atomic, so whenever the process dies or the power fails, the
//! vault file is the old state or the new one — never a mix — and `.prev` is a complete older
//! state. A failed write (full disk, read-only folder) removes the temporary file and leaves
//! the vault untouched.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fs4::fs_std::FileExt;

use super::envelope::MAX_FILE_BYTES;
use crate::error::{Error, Result};

/// How long a save waits for another process's save to finish.
const LOCK_WAIT: Duration = Duration::from_secs(10);

/// The files that make up one vault.
#[derive(Debug, Clone)]
pub(crate) struct Paths {
    pub main: PathBuf,
    pub prev: PathBuf,
    pub lock: PathBuf,
    dir: PathBuf,
    tmp_prefix: OsString,
}

impl Paths {
    pub(crate) fn new(path: &Path) -> Result<Paths> {
        let name = path.file_name().ok_or_else(|| Error::VaultIo {
            action: "use".into(),
            path: path.display().to_string(),
            reason: "it is not a file name".into(),
            consequence: "choose a file, not a folder".into(),
        })?;
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let with_suffix = |suffix: &str| {
            let mut n = name.to_os_string();
            n.push(suffix);
            dir.join(n)
        };
        let mut tmp_prefix = OsString::from(".");
        tmp_prefix.push(name);
        tmp_prefix.push(".tmp-");
        Ok(Paths {
            main: path.to_path_buf(),
            prev: with_suffix(".prev"),
            lock: with_suffix(".lock"),
            dir,
            tmp_prefix,
        })
    }

    fn tmp(&self, tag: &str) -> Result<PathBuf> {
        let r = super::crypto::random::<6>()?;
        let mut n = self.tmp_prefix.clone();
        n.push(format!(
            "{tag}{}-{}",
            std::process::id(),
            r.iter().map(|b| format!("{b:02x}")).collect::<String>()
        ));
        Ok(self.dir.join(n))
    }

    pub(crate) fn dir(&self) -> &Path {
        &self.dir
    }
}

fn io_err(action: &str, path: &Path, e: &io::Error, consequence: &str) -> Error {
    Error::VaultIo {
        action: action.into(),
        path: path.display().to_string(),
        reason: e.to_string(),
        consequence: consequence.into(),
    }
}

const UNCHANGED: &str = "the vault file is unchanged; free some disk space or check the \
                         folder's permissions, then save again";

/// Reads at most `MAX_FILE_BYTES + 1` bytes: enough to know a file is too large without
/// reading a huge one. `None` when the file does not exist.
pub(crate) fn read_capped(path: &Path) -> Result<Option<Vec<u8>>> {
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(io_err(
                "read",
                path,
                &e,
                "check the file's permissions and try again",
            ));
        }
    };
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_err("read", path, &e, "check the disk and try again"))?;
    Ok(Some(bytes))
}

/// The write lock, released on drop (and by the OS if the process dies).
#[derive(Debug)]
pub(crate) struct WriteLock {
    _file: File,
}

pub(crate) fn lock(paths: &Paths) -> Result<WriteLock> {
    let mut opts = OpenOptions::new();
    opts.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let file = opts.open(&paths.lock).map_err(|e| {
        io_err(
            "create the lock file",
            &paths.lock,
            &e,
            "the vault file is unchanged; check the folder's permissions",
        )
    })?;
    let deadline = Instant::now() + LOCK_WAIT;
    loop {
        match FileExt::try_lock_exclusive(&file) {
            Ok(true) => return Ok(WriteLock { _file: file }),
            Ok(false) => {}
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
            Err(e) => {
                return Err(io_err(
                    "lock",
                    &paths.lock,
                    &e,
                    "the vault file is unchanged; this file system may not support locks",
                ));
            }
        }
        if Instant::now() >= deadline {
            return Err(Error::VaultBusy {
                path: paths.lock.display().to_string(),
            });
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// What the caller expects to find on disk before replacing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expect<'a> {
    /// Creating: there must be no vault yet.
    Nothing,
    /// Saving: the file must still hold exactly these bytes (`None`: still be missing).
    Bytes(Option<&'a [u8]>),
}

/// Atomically replaces the vault with `new_bytes`; see the module documentation.
/// `keep_prev` says whether the current file is a good state worth keeping as `.prev`.
pub(crate) fn commit(
    paths: &Paths,
    expect: Expect<'_>,
    new_bytes: &[u8],
    keep_prev: bool,
) -> Result<()> {
    let _lock = lock(paths)?;
    let current = read_capped(&paths.main)?;
    match expect {
        Expect::Nothing if current.is_some() => {
            return Err(Error::VaultExists {
                path: paths.main.display().to_string(),
            });
        }
        Expect::Bytes(expected) if current.as_deref() != expected => {
            return Err(Error::VaultChangedElsewhere);
        }
        _ => {}
    }
    remove_stale_temporaries(paths);
    if keep_prev && current.is_some() {
        keep_as_prev(paths, current.as_deref().unwrap_or_default())?;
    }
    let tmp = paths.tmp("")?;
    if let Err(e) = write_durably(&tmp, new_bytes, UNCHANGED) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    if let Err(e) = fs::rename(&tmp, &paths.main) {
        let _ = fs::remove_file(&tmp);
        return Err(io_err("replace", &paths.main, &e, UNCHANGED));
    }
    sync_dir(paths.dir());
    Ok(())
}

/// Leftovers of saves that were killed midway: safe to delete under the lock, since only the
/// lock holder writes temporaries.
fn remove_stale_temporaries(paths: &Paths) {
    let Ok(entries) = fs::read_dir(paths.dir()) else {
        return;
    };
    let prefix = paths.tmp_prefix.as_encoded_bytes();
    for entry in entries.flatten() {
        if entry.file_name().as_encoded_bytes().starts_with(prefix) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Makes the current file `.prev`: a hard link (no data copied) renamed into place, or a
/// durable copy where the file system has no hard links.
fn keep_as_prev(paths: &Paths, current: &[u8]) -> Result<()> {
    let tmp = paths.tmp("prev-")?;
    if fs::hard_link(&paths.main, &tmp).is_err() {
        if let Err(e) = write_durably(&tmp, current, UNCHANGED) {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
    }
    let renamed = fs::rename(&tmp, &paths.prev);
    // If `.prev` already was a link to the same file (a save killed right after this step),
    // POSIX rename succeeds without doing anything and the temporary name stays: remove it.
    let _ = fs::remove_file(&tmp);
    renamed.map_err(|e| io_err("replace", &paths.prev, &e, UNCHANGED))
}

/// Creates `path` (mode 0600, must not exist), writes `bytes` and `fsync`s it. `consequence`
/// tells the user what a failure left behind.
fn write_durably(path: &Path, bytes: &[u8], consequence: &str) -> Result<()> {
    let mut opts = OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let mut f = opts
        .open(path)
        .map_err(|e| io_err("create", path, &e, consequence))?;
    f.write_all(bytes)
        .map_err(|e| io_err("write", path, &e, consequence))?;
    f.sync_all()
        .map_err(|e| io_err("flush to disk", path, &e, consequence))?;
    Ok(())
}

const NOT_WRITTEN: &str = "nothing was written; free some disk space or check the folder's \
                           permissions, then export again";

/// Writes an exported file (a backup, an Aegis vault, a URI list, a QR image) the way the vault
/// itself is written: a temporary file in the same folder, readable only by its owner (mode
/// 0600 on Unix), `fsync`ed, then moved into place and the folder `fsync`ed. Whatever happens,
/// `path` is either absent (or its old content) or the complete new file — never a half-written
/// export a user might mistake for a good backup.
///
/// Unless `overwrite`, an existing `path` is refused with [`Error::ExportFileExists`], checked
/// atomically (a hard link that fails if the name is taken; a check just before the rename where
/// the file system has no hard links).
pub fn write_export_file(path: &Path, bytes: &[u8], overwrite: bool) -> Result<()> {
    let paths = Paths::new(path)?;
    let exists = || Error::ExportFileExists {
        path: path.display().to_string(),
    };
    if !overwrite && fs::symlink_metadata(path).is_ok() {
        return Err(exists());
    }
    let tmp = paths.tmp("export-")?;
    if let Err(e) = write_durably(&tmp, bytes, NOT_WRITTEN) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    let placed = if overwrite {
        fs::rename(&tmp, path).map_err(|e| io_err("replace", path, &e, NOT_WRITTEN))
    } else {
        match fs::hard_link(&tmp, path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(exists()),
            // No hard links here (some network and FAT file systems): check, then rename.
            Err(_) if fs::symlink_metadata(path).is_ok() => Err(exists()),
            Err(_) => fs::rename(&tmp, path).map_err(|e| io_err("create", path, &e, NOT_WRITTEN)),
        }
    };
    // After a rename the temporary name is gone already; after a link it is a second name.
    let _ = fs::remove_file(&tmp);
    placed?;
    sync_dir(paths.dir());
    Ok(())
}

/// `fsync`s a directory so renames in it survive power loss. Best effort: some file systems
/// (and all of Windows) cannot sync a directory, and the rename has already happened.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Creates the folder for a new vault (mode 0700 on Unix).
pub(crate) fn create_dir(dir: &Path) -> Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir).map_err(|e| {
        io_err(
            "create the folder",
            dir,
            &e,
            "no vault was created; check the path and permissions",
        )
    })
}
