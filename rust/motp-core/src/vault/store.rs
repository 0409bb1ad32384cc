//! The I/O edge: reading, locking and atomically replacing the vault file.
//!
//! A vault path that is a symbolic link is resolved once ([`Paths::new`]): the lock file, the
//! temporaries, `.prev` and the side record all live beside the *real* file, and the rename
//! replaces the real file, so the link stays a link and both paths lock the same lock file.
//!
//! A save never modifies the vault file in place. Under an advisory lock on `<name>.lock` it
//!
//! 1. re-reads `<name>` and lets the caller decide what to write given what is there now (the
//!    bytes it opened: go ahead; newer bytes: re-apply the change to them, or refuse);
//! 2. writes the new bytes to a temporary file in the same directory (mode 0600) and `fsync`s
//!    it — a full disk fails here, before anything else was touched;
//! 3. hard-links the current file to a second temporary name (or copies it, durably, where
//!    hard links are unsupported);
//! 4. renames the new file over `<name>` and `fsync`s the directory — the change is made;
//! 5. renames the linked old state over `<name>.prev`.
//!
//! Renames within a directory are atomic, so whenever the process dies or the power fails, the
//! vault file is the old state or the new one — never a mix — and `.prev` is a complete older
//! state. `.prev` only moves forward once the change itself is in place: a save that fails at
//! any step leaves both files exactly as they were.
//!
//! Only regular files are read: a folder, a named pipe or a device where the vault (or its
//! `.prev`) should be is refused without blocking (its type is checked before opening, the
//! open never waits, and the opened file is checked again).

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

/// How many symbolic links in a row a vault path may go through (Linux's own limit).
const MAX_SYMLINK_HOPS: usize = 40;

/// The files that make up one vault, beside its real file.
#[derive(Debug, Clone)]
pub(crate) struct Paths {
    /// The path as the caller gave it (shown to the user, returned by `Vault::path`).
    pub given: PathBuf,
    /// The real vault file: `given` with every symbolic link in its last component resolved.
    pub main: PathBuf,
    pub prev: PathBuf,
    pub lock: PathBuf,
    /// The "last used" side record (see `used.rs`).
    pub used: PathBuf,
    dir: PathBuf,
    tmp_prefix: OsString,
}

fn not_a_file_name(path: &Path) -> Error {
    Error::VaultIo {
        action: "use".into(),
        path: path.display().to_string(),
        reason: "it is not a file name".into(),
        consequence: "choose a file, not a folder".into(),
    }
}

/// Follows symbolic links in the last component of `path` (a link to a link…), without
/// requiring the final target to exist: a dangling link is where a new vault will be created.
fn resolve_final_symlinks(path: &Path) -> Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..MAX_SYMLINK_HOPS {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = fs::read_link(&p).map_err(|e| {
                    io_err("follow the link", &p, &e, "nothing was read or written")
                })?;
                p = match p.parent() {
                    Some(parent) if target.is_relative() => parent.join(target),
                    _ => target,
                };
            }
            _ => return Ok(p),
        }
    }
    Err(Error::VaultIo {
        action: "follow the link".into(),
        path: path.display().to_string(),
        reason: format!("more than {MAX_SYMLINK_HOPS} symbolic links in a row (a loop?)"),
        consequence: "nothing was read or written; point the link at the vault file".into(),
    })
}

impl Paths {
    pub(crate) fn new(path: &Path) -> Result<Paths> {
        path.file_name().ok_or_else(|| not_a_file_name(path))?;
        let main = resolve_final_symlinks(path)?;
        let name = main.file_name().ok_or_else(|| not_a_file_name(&main))?;
        let dir = match main.parent() {
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
            given: path.to_path_buf(),
            prev: with_suffix(".prev"),
            lock: with_suffix(".lock"),
            used: with_suffix(".used"),
            main,
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

    /// Temporaries of this file's saves (or exports) that are still in the folder.
    fn temporaries(&self) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(self.dir()) else {
            return Vec::new();
        };
        let prefix = self.tmp_prefix.as_encoded_bytes();
        entries
            .flatten()
            .filter(|e| e.file_name().as_encoded_bytes().starts_with(prefix))
            .map(|e| e.path())
            .collect()
    }

    /// This vault's own files: the vault, `.prev`, the lock and the side record.
    fn own_files(&self) -> [&Path; 4] {
        [&self.main, &self.prev, &self.lock, &self.used]
    }

    /// Whether a file called `name` in this vault's folder would be one of its own files (the
    /// four above, or a save's temporary).
    fn owns_name(&self, name: &std::ffi::OsStr) -> bool {
        self.own_files().iter().any(|p| p.file_name() == Some(name))
            || name
                .as_encoded_bytes()
                .starts_with(self.tmp_prefix.as_encoded_bytes())
    }

    /// Whether `path` (already resolved) is one of this vault's own files, by its path.
    fn owns(&self, path: &Path) -> bool {
        self.own_files().contains(&path)
            || (path.parent() == Some(self.dir())
                && path.file_name().is_some_and(|n| self.owns_name(n)))
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

const UNCHANGED: &str = "the vault file and its previous copy are unchanged; free some disk \
                         space or check the folder's permissions, then try again";

/// What a file that is not a regular file is, in words.
fn kind_of(t: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if t.is_dir() {
        "a folder"
    } else {
        "not a regular file"
    }
}

fn not_regular(path: &Path, t: &fs::FileType, consequence: &str) -> Error {
    Error::VaultIo {
        action: "use".into(),
        path: path.display().to_string(),
        reason: format!("it is {}, not a vault file", kind_of(t)),
        consequence: consequence.into(),
    }
}

const NOT_USED: &str = "nothing was read or written; give the path of a vault file";

/// `OpenOptions` that never wait: opening a named pipe for reading returns at once instead of
/// waiting for a writer (the type is refused right after).
fn nonblocking(opts: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    opts
}

/// Opens an existing regular file for reading, refusing anything else without blocking: the
/// type is checked before opening (so a device is never opened) and again on the open file (so
/// a swap in between is caught). `None` when there is no file.
fn open_regular(path: &Path) -> Result<Option<(File, u64)>> {
    let cannot = |e: &io::Error| {
        io_err(
            "read",
            path,
            e,
            "check the file's permissions and try again",
        )
    };
    match fs::metadata(path) {
        Ok(m) if !m.is_file() => return Err(not_regular(path, &m.file_type(), NOT_USED)),
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(cannot(&e)),
    }
    let file = match nonblocking(OpenOptions::new().read(true)).open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(cannot(&e)),
    };
    let m = file.metadata().map_err(|e| cannot(&e))?;
    if !m.is_file() {
        return Err(not_regular(path, &m.file_type(), NOT_USED));
    }
    Ok(Some((file, m.len())))
}

/// Reads a vault file (or its `.prev`): `None` when it does not exist. A file larger than any
/// vault is refused with its real size before it is read; one that grows while it is read is
/// cut at `MAX_FILE_BYTES + 1`, which the parser refuses.
pub(crate) fn read_capped(path: &Path) -> Result<Option<Vec<u8>>> {
    read_at_most(path, MAX_FILE_BYTES)
}

pub(crate) fn read_at_most(path: &Path, max: u64) -> Result<Option<Vec<u8>>> {
    let Some((file, size)) = open_regular(path)? else {
        return Ok(None);
    };
    if size > max {
        return Err(Error::VaultTooLarge { size, max });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_err("read", path, &e, "check the disk and try again"))?;
    Ok(Some(bytes))
}

/// The vault file as an open or a save finds it.
#[derive(Debug, Clone)]
pub(crate) enum OnDisk {
    /// There is no file.
    Missing,
    /// The file's bytes (at most [`MAX_FILE_BYTES`]).
    Bytes(Vec<u8>),
    /// A file larger than any vault: damaged beyond reading, since no save ever writes one
    /// (`envelope::seal` refuses). A vault recovered from `.prev` replaces it.
    TooLarge {
        /// Its size when it was looked at.
        size: u64,
    },
}

impl OnDisk {
    /// The bytes, when there is a file that could be read.
    pub(crate) fn bytes(&self) -> Option<&[u8]> {
        match self {
            OnDisk::Bytes(b) => Some(b),
            OnDisk::Missing | OnDisk::TooLarge { .. } => None,
        }
    }

    /// Whether a save finds the file as this handle last saw it. Two oversized files count as
    /// the same damaged file: neither is a state anyone saved, so replacing it loses nothing.
    pub(crate) fn same_as(&self, other: &OnDisk) -> bool {
        match (self, other) {
            (OnDisk::Missing, OnDisk::Missing) => true,
            (OnDisk::Bytes(a), OnDisk::Bytes(b)) => a == b,
            (OnDisk::TooLarge { .. }, OnDisk::TooLarge { .. }) => true,
            _ => false,
        }
    }
}

/// Reads the vault file for an open or a save: an oversized file is not an error here but a
/// state ([`OnDisk::TooLarge`]), so that a vault recovered from `.prev` can still replace it.
pub(crate) fn read_on_disk(path: &Path) -> Result<OnDisk> {
    match read_capped(path) {
        Ok(None) => Ok(OnDisk::Missing),
        Ok(Some(b)) => Ok(OnDisk::Bytes(b)),
        Err(Error::VaultTooLarge { size, .. }) => Ok(OnDisk::TooLarge { size }),
        Err(e) => Err(e),
    }
}

/// The write lock, released on drop (and by the OS if the process dies).
#[derive(Debug)]
pub(crate) struct WriteLock {
    _file: File,
}

pub(crate) fn lock(paths: &Paths) -> Result<WriteLock> {
    const CONSEQUENCE: &str = "the vault file is unchanged; check the folder's permissions";
    let mut opts = OpenOptions::new();
    opts.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let file = nonblocking(&mut opts)
        .open(&paths.lock)
        .map_err(|e| io_err("create the lock file", &paths.lock, &e, CONSEQUENCE))?;
    let m = file
        .metadata()
        .map_err(|e| io_err("lock", &paths.lock, &e, CONSEQUENCE))?;
    if !m.is_file() {
        return Err(not_regular(&paths.lock, &m.file_type(), CONSEQUENCE));
    }
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

/// What a save writes, decided under the lock from what the file holds now.
#[derive(Debug)]
pub(crate) struct Plan {
    /// The new vault file.
    pub bytes: Vec<u8>,
    /// Whether the file being replaced is a good state worth keeping as `.prev` (not when it
    /// is the damaged file the vault was recovered from).
    pub keep_current_as_prev: bool,
}

/// Whether a save may create the vault or must replace one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Creating: there must be no vault, and nothing a vault could be recovered from.
    Create,
    /// Replacing whatever `decide` accepts.
    Save,
}

/// Refuses to create a vault where one exists, where something else is in the way, or where
/// a previous copy or a save's temporary shows that a vault was there: the new empty vault's
/// first save would otherwise push the old tokens out of reach.
pub(crate) fn check_can_create(paths: &Paths) -> Result<()> {
    const NOT_CREATED: &str = "no vault was created; choose another path";
    match fs::symlink_metadata(&paths.main) {
        Ok(m) if m.is_file() => {
            return Err(Error::VaultExists {
                path: paths.given.display().to_string(),
            });
        }
        Ok(m) => return Err(not_regular(&paths.given, &m.file_type(), NOT_CREATED)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_err("check", &paths.given, &e, NOT_CREATED)),
    }
    let name = paths.given.display().to_string();
    if fs::symlink_metadata(&paths.prev).is_ok() {
        return Err(Error::VaultLeftovers {
            path: name,
            found: paths.prev.display().to_string(),
            advice: "open the vault as usual — its previous copy opens with a warning and the \
                     next change restores the vault file — or move that file away to start a \
                     new vault"
                .into(),
        });
    }
    if let Some(tmp) = paths.temporaries().into_iter().next() {
        return Err(Error::VaultLeftovers {
            found: tmp.display().to_string(),
            advice: format!(
                "it is a save that was interrupted: rename it to {} and open the vault, or move \
                 it away to start a new vault",
                paths.main.display()
            ),
            path: name,
        });
    }
    Ok(())
}

/// Atomically replaces the vault with what `decide` returns given what the file holds now;
/// see the module documentation.
pub(crate) fn commit(
    paths: &Paths,
    mode: Mode,
    decide: impl FnOnce(&OnDisk) -> Result<Plan>,
) -> Result<Committed> {
    let _lock = lock(paths)?;
    if mode == Mode::Create {
        check_can_create(paths)?;
    }
    let current = read_on_disk(&paths.main)?;
    let plan = decide(&current)?;
    remove_stale_temporaries(paths);
    let tmp = paths.tmp("")?;
    if let Err(e) = write_durably(&tmp, &plan.bytes, UNCHANGED) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    let old = match current.bytes() {
        Some(current) if plan.keep_current_as_prev => match link_current(paths, current) {
            Ok(old) => Some(old),
            Err(e) => {
                let _ = fs::remove_file(&tmp);
                return Err(e);
            }
        },
        _ => None,
    };
    if let Err(e) = fs::rename(&tmp, &paths.main) {
        let _ = fs::remove_file(&tmp);
        if let Some(old) = &old {
            let _ = fs::remove_file(old);
        }
        return Err(io_err("replace", &paths.main, &e, UNCHANGED));
    }
    sync_dir(paths.dir());
    // The change is in place; only now does the recovery copy move forward. Should this rename
    // fail (a folder or a write-protected file in its place), `.prev` stays the complete older
    // state it was, the save still succeeded, and the caller is told: nobody may then promise
    // that `.prev` holds the state just replaced.
    let mut prev_not_written = None;
    if let Some(old) = old {
        if let Err(e) = fs::rename(&old, &paths.prev) {
            let _ = fs::remove_file(&old);
            prev_not_written = Some(e.to_string());
        }
    }
    Ok(Committed { prev_not_written })
}

/// What a successful save did besides replacing the vault file.
#[derive(Debug, Clone, Default)]
pub(crate) struct Committed {
    /// Why `.prev` could not be made the state this save replaced (the operating system's
    /// words), when it should have been.
    pub prev_not_written: Option<String>,
}

/// Leftovers of saves that were killed midway: safe to delete under the lock, since only the
/// lock holder writes temporaries.
fn remove_stale_temporaries(paths: &Paths) {
    for t in paths.temporaries() {
        let _ = fs::remove_file(t);
    }
}

/// A second name for the current vault file, to become `.prev` once the new file is in place:
/// a hard link (no data copied), or a durable copy where the file system has no hard links.
fn link_current(paths: &Paths, current: &[u8]) -> Result<PathBuf> {
    let tmp = paths.tmp("prev-")?;
    if fs::hard_link(&paths.main, &tmp).is_err() {
        if let Err(e) = write_durably(&tmp, current, UNCHANGED) {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
    }
    Ok(tmp)
}

/// Creates `path` (mode 0600, must not exist), writes `bytes` and `fsync`s it. `consequence`
/// tells the user what a failure left behind.
fn write_durably(path: &Path, bytes: &[u8], consequence: &str) -> Result<()> {
    let mut f = create_private(path).map_err(|e| io_err("create", path, &e, consequence))?;
    f.write_all(bytes)
        .map_err(|e| io_err("write", path, &e, consequence))?;
    f.sync_all()
        .map_err(|e| io_err("flush to disk", path, &e, consequence))?;
    Ok(())
}

/// Creates a new file readable only by its owner (mode 0600 on Unix); fails if it exists.
fn create_private(path: &Path) -> io::Result<File> {
    let mut opts = OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    opts.open(path)
}

/// Replaces the small side record (`<name>.used`) under the vault's lock: `update` gets the
/// current record's bytes (if any, up to `max`) and returns the new ones. Atomic (temporary +
/// rename) but deliberately not `fsync`ed: it holds bookkeeping that power loss may cost,
/// never the user's data, and a look at a code should not wait for the disk.
pub(crate) fn update_side_record(
    paths: &Paths,
    max: u64,
    update: impl FnOnce(Option<Vec<u8>>) -> Result<Vec<u8>>,
) -> Result<()> {
    const CONSEQUENCE: &str = "only the \"last used\" time was not recorded";
    let _lock = lock(paths)?;
    // A damaged or oversized record is ignored (and replaced), like a missing one.
    let current = read_at_most(&paths.used, max).ok().flatten();
    let bytes = update(current)?;
    let tmp = paths.tmp("used-")?;
    let written = create_private(&tmp)
        .and_then(|mut f| f.write_all(&bytes))
        .and_then(|()| fs::rename(&tmp, &paths.used));
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(io_err("write", &paths.used, &e, CONSEQUENCE));
    }
    Ok(())
}

// ---- exports ----

const NOT_WRITTEN: &str = "nothing was written; free some disk space or check the folder's \
                           permissions, then export again";

/// Where `path` really is: symbolic links in its last component followed, its folder made
/// absolute. `None` if the folder does not exist.
fn real_location(path: &Path) -> Option<PathBuf> {
    let resolved = resolve_final_symlinks(path).ok()?;
    let name = resolved.file_name()?;
    let dir = match resolved.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Some(fs::canonicalize(dir).ok()?.join(name))
}

/// Whether writing to `candidate` would write over the vault at `vault` or one of its own
/// files — the file itself, `.prev`, the lock, the side record, a save's temporary — by any
/// path (symbolic links, `..`, a hard link, the same folder through a bind mount). Exports must
/// never do that, `--force` or not. Paths are compared first; then (Unix) files and folders by
/// device and inode, which no second path can disguise.
pub fn is_vault_file(candidate: &Path, vault: &Path) -> bool {
    let (Some(c), Some(v)) = (real_location(candidate), real_location(vault)) else {
        return false;
    };
    let Ok(paths) = Paths::new(&v) else {
        return false;
    };
    if paths.owns(&c) {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let same = |a: &fs::Metadata, b: &fs::Metadata| a.dev() == b.dev() && a.ino() == b.ino();
        // The vault's folder by another path: one of its own names there is one of its files.
        let folder = c.parent().and_then(|d| fs::metadata(d).ok());
        if let (Some(a), Ok(b), Some(name)) = (folder, fs::metadata(paths.dir()), c.file_name()) {
            if same(&a, &b) && paths.owns_name(name) {
                return true;
            }
        }
        // One of its files by another name (a hard link).
        if let Ok(a) = fs::metadata(&c) {
            return paths
                .own_files()
                .iter()
                .any(|p| fs::metadata(p).is_ok_and(|b| same(&a, &b)));
        }
    }
    false
}

/// Writes an exported file (a backup, an Aegis vault, a URI list, a QR image) so that it is
/// never seen half-written and never outlives a killed export as a hidden copy: readable only
/// by its owner (mode 0600 on Unix), `fsync`ed, then given its name and the folder `fsync`ed.
///
/// On Linux the file is written without any name (`O_TMPFILE`) and linked into place only
/// when complete (with `overwrite`, the old file is removed just before), so a kill at any
/// moment leaves no other name behind: `path` is its old content, absent, or the complete new
/// file. Elsewhere (and on file
/// systems without `O_TMPFILE`) it goes through a named temporary that every failure removes;
/// a temporary of ours left by a killed export (its process is gone) is removed by the next
/// export to the same folder and name.
///
/// Unless `overwrite`, an existing `path` is refused with [`Error::ExportFileExists`], checked
/// atomically (a link that fails if the name is taken; a check just before the rename where
/// the file system has no hard links).
pub fn write_export_file(path: &Path, bytes: &[u8], overwrite: bool) -> Result<()> {
    let paths = Paths::new(path)?;
    let exists = || Error::ExportFileExists {
        path: path.display().to_string(),
    };
    if !overwrite && fs::symlink_metadata(path).is_ok() {
        return Err(exists());
    }
    remove_dead_export_temporaries(&paths);
    #[cfg(target_os = "linux")]
    if let Some(done) = anonymous::write(&paths, path, bytes, overwrite) {
        done?;
        sync_dir(paths.dir());
        return Ok(());
    }
    let tmp = paths.tmp("export-")?;
    if let Err(e) = write_durably(&tmp, bytes, NOT_WRITTEN) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    let placed = place(&tmp, path, overwrite);
    // After a rename the temporary name is gone already; after a link it is a second name.
    let _ = fs::remove_file(&tmp);
    placed?;
    sync_dir(paths.dir());
    Ok(())
}

/// Gives the complete temporary `tmp` the name `path`.
fn place(tmp: &Path, path: &Path, overwrite: bool) -> Result<()> {
    let exists = || Error::ExportFileExists {
        path: path.display().to_string(),
    };
    if overwrite {
        return fs::rename(tmp, path).map_err(|e| io_err("replace", path, &e, NOT_WRITTEN));
    }
    match fs::hard_link(tmp, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(exists()),
        // No hard links here (some network and FAT file systems): check, then rename.
        Err(_) if fs::symlink_metadata(path).is_ok() => Err(exists()),
        Err(_) => fs::rename(tmp, path).map_err(|e| io_err("create", path, &e, NOT_WRITTEN)),
    }
}

/// Removes export temporaries for this name whose writing process no longer exists (a killed
/// export); a live export's temporary is left alone.
fn remove_dead_export_temporaries(paths: &Paths) {
    let tag = {
        let mut t = paths.tmp_prefix.clone();
        t.push("export-");
        t
    };
    for t in paths.temporaries() {
        let Some(name) = t.file_name() else { continue };
        let Some(rest) = name.as_encoded_bytes().strip_prefix(tag.as_encoded_bytes()) else {
            continue;
        };
        let pid = std::str::from_utf8(rest)
            .ok()
            .and_then(|r| r.split('-').next())
            .and_then(|p| p.parse::<u32>().ok());
        if pid.is_some_and(|pid| !process_alive(pid)) {
            let _ = fs::remove_file(&t);
        }
    }
}

/// Whether a process with this id exists (Unix); elsewhere assume it does (keep its file).
fn process_alive(pid: u32) -> bool {
    #[cfg(unix)]
    {
        if pid == std::process::id() {
            return true;
        }
        let Some(pid) = i32::try_from(pid)
            .ok()
            .and_then(rustix::process::Pid::from_raw)
        else {
            return false;
        };
        !matches!(
            rustix::process::test_kill_process(pid),
            Err(rustix::io::Errno::SRCH)
        )
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}

/// Exports written with no name until complete: Linux `O_TMPFILE`, then `linkat`.
#[cfg(target_os = "linux")]
mod anonymous {
    use std::fs::File;
    use std::io::Write;
    use std::os::fd::AsRawFd;
    use std::path::Path;

    use rustix::fs::{AtFlags, CWD, Mode, OFlags};
    use rustix::io::Errno;

    use super::{NOT_WRITTEN, Paths, io_err};
    use crate::error::{Error, Result};

    /// `None` when this folder cannot hold anonymous files (the caller falls back to a named
    /// temporary); otherwise the outcome.
    pub(super) fn write(
        paths: &Paths,
        path: &Path,
        bytes: &[u8],
        overwrite: bool,
    ) -> Option<Result<()>> {
        let fd = match rustix::fs::openat(
            CWD,
            paths.dir(),
            OFlags::WRONLY | OFlags::TMPFILE | OFlags::CLOEXEC,
            Mode::from_raw_mode(0o600),
        ) {
            Ok(fd) => fd,
            // No O_TMPFILE on this file system or kernel.
            Err(Errno::OPNOTSUPP | Errno::ISDIR | Errno::INVAL | Errno::NOSYS) => return None,
            Err(e) => {
                return Some(Err(io_err(
                    "create",
                    path,
                    &std::io::Error::from(e),
                    NOT_WRITTEN,
                )));
            }
        };
        let mut file = File::from(fd);
        if let Err(e) = file.write_all(bytes).and_then(|()| file.sync_all()) {
            return Some(Err(io_err("write", path, &e, NOT_WRITTEN)));
        }
        // The file gets a name only now, complete and on disk. Through /proc, which needs no
        // privilege (AT_EMPTY_PATH would need CAP_DAC_READ_SEARCH).
        let own = format!("/proc/self/fd/{}", file.as_raw_fd());
        let link = || rustix::fs::linkat(CWD, own.as_str(), CWD, path, AtFlags::SYMLINK_FOLLOW);
        // Replacing (`--force`): remove the old file, then link. No second name ever exists, so
        // nothing is left behind by a kill in between; `path` is its old content, absent, or
        // the complete new file. Should another program recreate it in between, try again.
        let mut attempts = 0;
        loop {
            if overwrite {
                match std::fs::remove_file(path) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => return Some(Err(io_err("replace", path, &e, NOT_WRITTEN))),
                }
            }
            attempts += 1;
            return match link() {
                Ok(()) => Some(Ok(())),
                Err(Errno::EXIST) if overwrite && attempts < 5 => continue,
                Err(Errno::EXIST) => Some(Err(Error::ExportFileExists {
                    path: path.display().to_string(),
                })),
                // No /proc, or a file system that refuses: the caller uses a named temporary.
                Err(Errno::NOENT | Errno::PERM | Errno::XDEV | Errno::OPNOTSUPP) => None,
                Err(e) => Some(Err(io_err(
                    "create",
                    path,
                    &std::io::Error::from(e),
                    NOT_WRITTEN,
                ))),
            };
        }
    }
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
