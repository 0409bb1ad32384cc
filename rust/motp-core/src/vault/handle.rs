//! [`Vault`]: an opened vault file and every operation on it.
//!
//! Two ways to change a vault:
//!
//! - [`Vault::change`] (what apps and the command line use): a closure edits a *copy*; the copy
//!   is saved in one atomic replacement and only then becomes the vault in memory. A save that
//!   fails leaves memory equal to the file on disk, and a save that meets a newer file (another
//!   window, process or device saved meanwhile) re-reads it with the key already held and runs
//!   the closure again on it — adds, removals and renames commute — without asking the user for
//!   anything.
//! - The editing methods ([`Vault::add`], [`Vault::update`]…) followed by [`Vault::save`]: edits
//!   in memory, written together. A newer file on disk makes the save fail with
//!   [`Error::VaultChangedElsewhere`], since edits already made cannot be re-applied.
//!
//! "Last used" times are not changes: [`Vault::mark_used`] writes them to a small side record
//! (`used.rs`), never to the vault file, so a look at a code neither rewrites the vault nor
//! moves its recovery copy. Time is always an argument (`now_ms`, `unix_ms`): nothing here reads
//! the clock.

use std::fmt;
use std::path::Path;

use super::content::{Content, MAX_TOKENS};
use super::crypto::{MasterKey, Password};
use super::envelope::{self, VaultFile};
use super::import::{
    ImportEntry, ImportOutcome, ImportReport, ImportedPin, SkipReason, TokenIdentity, duplicate_of,
};
use super::kdf::KdfParams;
use super::lookup;
use super::merge;
use super::model::{
    self, MAX_CLOCK_CORRECTION_SECONDS, NewToken, PinPolicy, PinSetup, Settings, StoredKind,
    TokenCode, TokenId, TokenInfo, TokenRecord, TokenUpdate,
};
use super::protector::KeyProtector;
use super::slots::{Slot, SlotId, SlotInfo};
use super::store::{self, Mode, OnDisk, Paths, Plan};
use super::trash::{self, TrashedInfo};
use super::typo_guard::TypoGuardCheck;
use super::unlock::{Unlock, Unlocked, unlock};
use super::used;
use crate::error::{Error, Result, TokenField};
use crate::kind::{HotpParams, OtpKind};
use crate::oath;
use crate::pin::Pin;
use crate::portable::PortableToken;
use crate::secret::Secret;
use crate::time::{ClockCorrection, Countdown};

/// A save about to be written: the file, and the state memory takes once it is.
struct Sealed {
    bytes: Vec<u8>,
    content: Content,
    clock: super::hlc::Clock,
}

/// The wall clock for change stamps only (never for codes, whose time is always the caller's):
/// stamps need the device's own sense of "now", and the hybrid clock keeps them increasing even
/// when it jumps back.
fn wall_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// Something the caller should tell the user about an open that succeeded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenWarning {
    /// The vault file was missing or damaged (including a damaged key slot, which looks like a
    /// wrong password until the same password opens the previous copy); its previous copy
    /// (`.prev`) was opened.
    RecoveredFromPrevious {
        /// Why the vault file could not be used.
        reason: String,
    },
}

impl fmt::Display for OpenWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenWarning::RecoveredFromPrevious { reason } => write!(
                f,
                "the vault file could not be used ({reason}); its previous copy was opened \
                 instead, so the most recent change may be missing — check your tokens, then \
                 save to replace the damaged file"
            ),
        }
    }
}

/// The result of opening: the vault and, rarely, a warning to show.
#[derive(Debug)]
pub struct Opened {
    /// The unlocked vault.
    pub vault: Vault,
    /// Set when the previous copy had to be used.
    pub warning: Option<OpenWarning>,
}

/// Records "last used" times in a vault's side record (see [`Vault::use_recorder`]).
#[derive(Clone)]
pub struct UseRecorder {
    paths: Paths,
    key: MasterKey,
}

impl UseRecorder {
    /// Records that token `id` was used at `unix_ms` (kept if later than what is there).
    pub fn record(&self, id: TokenId, unix_ms: i64) -> Result<()> {
        used::record(&self.paths, &self.key, id, unix_ms)
    }
}

impl fmt::Debug for UseRecorder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("UseRecorder(<redacted>)")
    }
}

/// An unlocked vault backed by a file.
#[derive(Clone)]
pub struct Vault {
    paths: Paths,
    state: Unlocked,
    /// The vault file when opened or last saved; a save proceeds only if the file is still
    /// exactly that (`OnDisk::same_as`).
    baseline: OnDisk,
    /// Whether `baseline` is a good vault worth keeping as `.prev` on the next save.
    baseline_is_good: bool,
    /// Why the last save by this handle could not move `.prev` forward (see
    /// [`Vault::previous_copy_not_written`]).
    prev_not_written: Option<String>,
    dirty: bool,
}

impl fmt::Debug for Vault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Vault")
            .field("path", &self.paths.main)
            .field("generation", &self.state.content.generation)
            .field("tokens", &self.state.content.tokens.len())
            .field("slots", &self.state.slots.len())
            .field("dirty", &self.dirty)
            .finish_non_exhaustive()
    }
}

/// Errors after which the `.prev` copy is worth trying: the main file is missing, unreadable
/// or damaged. Never a wrong password (the previous copy may have an old password, and opening
/// it would silently roll back) nor a newer version (never a guess).
fn worth_trying_prev(e: &Error) -> bool {
    matches!(
        e,
        Error::VaultCorrupt(_)
            | Error::VaultNotAVault(_)
            | Error::VaultTooLarge { .. }
            | Error::VaultNotFound { .. }
            | Error::VaultIo { .. }
    )
}

fn open_bytes(bytes: Option<&[u8]>, path: &Path, how: Unlock<'_>) -> Result<Unlocked> {
    let bytes = bytes.ok_or_else(|| Error::VaultNotFound {
        path: path.display().to_string(),
    })?;
    unlock(&VaultFile::parse(bytes)?, how)
}

/// Whether a password that fails on the vault file may still be the right one, its slot being
/// damaged: the previous copy has a password slot with the same id or the same salt whose bytes
/// differ. A one-bit flip changes one field, so the other still pairs them; a password change
/// makes a new slot with a new id *and* a new salt, so after `passwd` the old password's slot in
/// `.prev` pairs with nothing and opening it is never tried (it would roll the vault back).
fn password_slot_damaged(main: &[u8], prev: &[u8]) -> bool {
    let (Ok(main), Ok(prev)) = (VaultFile::parse(main), VaultFile::parse(prev)) else {
        return false;
    };
    main.slots.iter().any(|m| {
        let Slot::Password { id, salt, .. } = m else {
            return false;
        };
        prev.slots.iter().any(|p| {
            matches!(p, Slot::Password { id: pid, salt: psalt, .. }
                if (pid == id || psalt == salt) && p != m)
        })
    })
}

/// What is wrong with a vault file that could not be used, in a few words.
fn damage_words(e: &Error) -> String {
    match e {
        Error::VaultCorrupt(what) | Error::VaultNotAVault(what) => what.clone(),
        Error::VaultNotFound { .. } => "it is missing".into(),
        Error::VaultTooLarge { size, .. } => {
            format!("it is {size} bytes, larger than any vault can be")
        }
        other => other.to_string(),
    }
}

/// Whether the vault file's password slots are all new to the previous copy (no slot with the
/// same id or salt): the password was changed after the copy was saved.
fn password_changed_since(main: &[u8], prev: &[u8]) -> bool {
    let (Ok(main), Ok(prev)) = (VaultFile::parse(main), VaultFile::parse(prev)) else {
        return false;
    };
    let ids_and_salts = |f: &VaultFile| -> Vec<(SlotId, Vec<u8>)> {
        f.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Password { id, salt, .. } => Some((*id, salt.to_vec())),
                _ => None,
            })
            .collect()
    };
    let (m, p) = (ids_and_salts(&main), ids_and_salts(&prev));
    !m.is_empty()
        && !p.is_empty()
        && !m
            .iter()
            .any(|(id, salt)| p.iter().any(|(pid, psalt)| pid == id || psalt == salt))
}

/// The vault on disk re-read with a key already held: the caller's change is about to be
/// re-applied to it. `None` when the file is missing or is not this vault (another key), which
/// no re-application can fix.
fn reread(disk: &OnDisk, paths: &Paths, key: &super::crypto::MasterKey) -> Option<Unlocked> {
    let file = VaultFile::parse(disk.bytes()?).ok()?;
    let mut content = file.decrypt(key).ok()?;
    used::overlay(paths, key, &mut content);
    Unlocked::new(file.slots.clone(), key.clone(), content).ok()
}

impl Vault {
    /// Creates a new, empty vault at `path` with one password slot, and writes it. Fails if a
    /// vault is already there. Use [`KdfParams::DEFAULT`] outside tests.
    pub fn create(path: &Path, password: &Password, kdf: KdfParams) -> Result<Vault> {
        Self::create_with_slot(path, |key| Slot::new_password(key, password, kdf))
    }

    /// Creates a new, empty vault at `path` unlocked only by a platform key store (the
    /// Android Keystore, the iOS Keychain). Add a password slot with
    /// [`Vault::change_password`] so that a lost device key does not lose the vault.
    pub fn create_with_protector(path: &Path, protector: &dyn KeyProtector) -> Result<Vault> {
        Self::create_with_slot(path, |key| Slot::new_platform(key, protector))
    }

    fn create_with_slot(
        path: &Path,
        make_slot: impl FnOnce(&MasterKey) -> Result<Slot>,
    ) -> Result<Vault> {
        let paths = Paths::new(path)?;
        store::create_dir(paths.dir())?;
        // Checked before the (slow) key derivation, and again under the lock.
        store::check_can_create(&paths)?;
        let key = MasterKey::generate()?;
        let slot = make_slot(&key)?;
        Vault::write_new(paths, Unlocked::new(vec![slot], key, Content::empty())?)
    }

    /// Writes a vault that is not on disk yet (refused under the lock if one appeared there).
    fn write_new(paths: Paths, state: Unlocked) -> Result<Vault> {
        let mut vault = Vault {
            paths,
            state,
            baseline: OnDisk::Missing,
            baseline_is_good: false,
            prev_not_written: None,
            dirty: true,
        };
        let sealed = vault.seal_next()?;
        let done = store::commit(&vault.paths, Mode::Create, |_| {
            Ok(Plan {
                bytes: sealed.bytes.clone(),
                keep_current_as_prev: false,
            })
        })?;
        vault.committed(sealed, done);
        Ok(vault)
    }

    /// Makes this device's own vault at `path` from a copy of a vault made elsewhere (a synced
    /// folder's file, a server's copy), opened with its password. The new file is this
    /// device's: it gets its own device id for change stamps, and keeps only the password
    /// slot (another device's key-store slots cannot open anything here).
    pub fn create_from_copy(path: &Path, copy: &[u8], password: &Password) -> Result<Vault> {
        let paths = Paths::new(path)?;
        store::create_dir(paths.dir())?;
        store::check_can_create(&paths)?;
        let file = VaultFile::parse(copy)?;
        let opened = unlock(&file, Unlock::Password(password))?;
        let mut content = opened.content;
        content.header_extra.remove(super::unlock::DEVICE_MEMBER);
        let slots = opened
            .slots
            .into_iter()
            .filter(|s| matches!(s, Slot::Password { .. }))
            .collect();
        Vault::write_new(paths, Unlocked::new(slots, opened.key, content)?)
    }

    /// Whether a vault may be created at `path`, checked before asking for a new password:
    /// fails if a vault is there, if something else is (a folder, a named pipe…), or if the
    /// vault is missing but its previous copy or a save's temporary is there (an empty vault
    /// would push them out of reach; the error says how to recover). [`Vault::create`] checks
    /// again, under the lock.
    pub fn check_can_create(path: &Path) -> Result<()> {
        store::check_can_create(&Paths::new(path)?)
    }

    /// Opens the vault at `path`. If the file is missing or damaged but `<path>.prev` opens,
    /// that copy is used and [`Opened::warning`] says so.
    pub fn open(path: &Path, how: Unlock<'_>) -> Result<Opened> {
        let paths = Paths::new(path)?;
        let main = store::read_on_disk(&paths.main);
        let main_err = match &main {
            Ok(OnDisk::TooLarge { size }) => Error::VaultTooLarge {
                size: *size,
                max: envelope::MAX_FILE_BYTES,
            },
            Ok(disk) => match open_bytes(disk.bytes(), path, how) {
                Ok(mut state) => {
                    used::overlay(&paths, &state.key, &mut state.content);
                    return Ok(Opened {
                        vault: Vault {
                            paths,
                            state,
                            baseline: main.unwrap_or(OnDisk::Missing),
                            baseline_is_good: true,
                            prev_not_written: None,
                            dirty: false,
                        },
                        warning: None,
                    });
                }
                Err(e) => e,
            },
            Err(e) => e.clone(),
        };
        let Ok(Some(prev)) = store::read_capped(&paths.prev) else {
            return Err(main_err);
        };
        let slot_damaged = main_err == Error::VaultWrongPassword
            && matches!(&main, Ok(OnDisk::Bytes(m)) if password_slot_damaged(m, &prev));
        if !worth_trying_prev(&main_err) && !slot_damaged {
            return Err(main_err);
        }
        let main_err = if slot_damaged {
            Error::VaultCorrupt(
                "its password slot is damaged: the password does not open it, but opens the \
                 previous copy"
                    .into(),
            )
        } else {
            main_err
        };
        let mut state = match open_bytes(Some(&prev), &paths.prev, how) {
            Ok(state) => state,
            // The vault file is beyond use and the copy refuses this password: say both, and
            // whether the copy is from before a password change (then the old password opens
            // it), rather than a bare "wrong password" for what may be the right one.
            Err(Error::VaultWrongPassword)
                if !slot_damaged && matches!(how, Unlock::Password(_)) =>
            {
                return Err(Error::VaultDamagedPrevRefusesPassword {
                    damage: damage_words(&main_err),
                    prev: paths.prev.display().to_string(),
                    password_changed: matches!(
                        &main,
                        Ok(OnDisk::Bytes(m)) if password_changed_since(m, &prev)
                    ),
                });
            }
            // The copy is a good vault this password or key does not open: say that, since
            // the main file is beyond use anyway.
            Err(
                e @ (Error::VaultWrongPassword
                | Error::VaultNoSuchSlot(_)
                | Error::VaultKeyStore { .. }),
            ) => return Err(e),
            Err(_) if slot_damaged => return Err(Error::VaultWrongPassword),
            Err(_) => return Err(main_err),
        };
        used::overlay(&paths, &state.key, &mut state.content);
        Ok(Opened {
            vault: Vault {
                paths,
                state,
                // Unreadable main: the next save must still find it as it was (an oversized
                // one counts as found: it is no state anyone saved).
                baseline: main.unwrap_or(OnDisk::Missing),
                baseline_is_good: false,
                prev_not_written: None,
                dirty: true,
            },
            warning: Some(OpenWarning::RecoveredFromPrevious {
                reason: main_err.to_string(),
            }),
        })
    }

    /// Opens with a password.
    pub fn open_with_password(path: &Path, password: &Password) -> Result<Opened> {
        Self::open(path, Unlock::Password(password))
    }

    /// Opens with a platform key store.
    pub fn open_with_protector(path: &Path, protector: &dyn KeyProtector) -> Result<Opened> {
        Self::open(path, Unlock::Protector(protector))
    }

    /// Writes every change since opening (or the last save) in one atomic replacement.
    ///
    /// Fails with [`Error::VaultChangedElsewhere`] if another window, process or device saved
    /// since this handle opened the file; nothing is overwritten then. On failure the changes
    /// stay in memory, unsaved; [`Vault::change`] is the way to edit that never leaves memory
    /// ahead of the disk.
    pub fn save(&mut self) -> Result<()> {
        let sealed = self.seal_next()?;
        let (baseline, good) = (&self.baseline, self.baseline_is_good);
        let done = store::commit(&self.paths, Mode::Save, |current| {
            if !current.same_as(baseline) {
                return Err(Error::VaultChangedElsewhere);
            }
            Ok(Plan {
                bytes: sealed.bytes.clone(),
                keep_current_as_prev: good,
            })
        })?;
        self.committed(sealed, done);
        Ok(())
    }

    /// Makes one change and saves it, transactionally: `edit` runs on a copy of the vault, the
    /// copy is saved, and only a successful save makes it the vault in memory. If the save
    /// fails, memory stays equal to the file on disk (no token exists that the disk does not
    /// hold) and the error says what happened to the files (nothing).
    ///
    /// If the file on disk is newer than this handle (another window, process or device saved
    /// since), it is re-read under the save's lock with the key already held — no password is
    /// asked again — and `edit` runs again on it, so concurrent adds, removals and renames all
    /// land. (Not when this handle holds unsaved edits made outside `change`: those cannot be
    /// re-applied, and the change fails with [`Error::VaultChangedElsewhere`] as a save would.)
    /// `edit` must therefore be repeatable: it may run twice, and only the last run's result is
    /// returned. A copy `edit` leaves unchanged is not saved.
    pub fn change<T>(&mut self, mut edit: impl FnMut(&mut Vault) -> Result<T>) -> Result<T> {
        // The work is in one non-generic function: `change` has dozens of callers, and each
        // would otherwise carry its own copy of the save path (the phone library's size).
        let mut out = None;
        self.change_dyn(&mut |v| {
            out = Some(edit(v)?);
            Ok(())
        })?;
        // `change_dyn` succeeds only after `edit` did, which set `out`.
        out.ok_or(Error::VaultChangedElsewhere)
    }

    fn change_dyn(&mut self, edit: &mut dyn FnMut(&mut Vault) -> Result<()>) -> Result<()> {
        let mut draft = self.clone();
        edit(&mut draft)?;
        if !draft.dirty && !self.dirty {
            return Ok(());
        }
        let mut sealed = draft.seal_next()?;
        let may_reapply = !self.dirty;
        let key = self.state.key.clone();
        let (baseline, good) = (&self.baseline, self.baseline_is_good);
        let done = store::commit(&self.paths, Mode::Save, |current| {
            if current.same_as(baseline) {
                return Ok(Plan {
                    bytes: sealed.bytes.clone(),
                    keep_current_as_prev: good,
                });
            }
            let fresh = may_reapply
                .then(|| reread(current, &self.paths, &key))
                .flatten()
                .ok_or(Error::VaultChangedElsewhere)?;
            draft = Vault {
                paths: self.paths.clone(),
                state: fresh,
                baseline: current.clone(),
                baseline_is_good: true,
                prev_not_written: None,
                dirty: false,
            };
            // The caller's ids come from the file it opened: one missing from the newer file
            // was removed there meanwhile.
            edit(&mut draft).map_err(|e| match e {
                Error::TokenNotFound { name } if model::TokenId::parse(&name).is_ok() => {
                    Error::TokenRemovedMeanwhile
                }
                e => e,
            })?;
            sealed = draft.seal_next()?;
            Ok(Plan {
                bytes: sealed.bytes.clone(),
                keep_current_as_prev: true,
            })
        })?;
        draft.committed(sealed, done);
        *self = draft;
        Ok(())
    }

    /// The next generation's file, its content (what changed since the last save stamped,
    /// deletions remembered) and the clock past those stamps. Memory is not touched: only
    /// [`Vault::committed`] takes them, once the file is written.
    fn seal_next(&self) -> Result<Sealed> {
        let mut content = self.state.content.clone();
        let mut clock = self.state.clock.clone();
        merge::stamp_changes(&self.state.saved, &mut content, &mut clock, wall_ms());
        content.generation += 1;
        let bytes = envelope::seal(&self.state.slots, &self.state.key, &content)?;
        Ok(Sealed {
            bytes,
            content,
            clock,
        })
    }

    /// Decrypts another copy of this vault (a synced folder's conflict copy, a server's copy)
    /// with the master key this handle holds: every copy of one vault shares it, whatever
    /// password each copy's slot was last changed to.
    pub(crate) fn decrypt_copy(&self, bytes: &[u8]) -> Result<Content> {
        let file = VaultFile::parse(bytes)?;
        file.decrypt(&self.state.key)
            .map_err(|_| Error::VaultNotThisOne)
    }

    /// Merges another copy's content into memory (`super::merge`): unsaved until the caller
    /// saves, as with every edit. The clock moves past the copy's stamps. What the merge brings
    /// is not this device's edit: the content as last saved takes it too, so the save does not
    /// stamp it again (which would make every merged part look newer than it is). Edits not
    /// yet saved have no stamps to merge by, so [`Vault::merge_copy`] merges only within
    /// [`Vault::change`], where there are none.
    pub(crate) fn merge_content(&mut self, remote: &Content) -> merge::MergeReport {
        if let Some(latest) = remote.latest_stamp() {
            self.state.clock.observe(&latest);
        }
        let (merged, report) = merge::merge(&self.state.content, remote);
        if merged.tokens != self.state.content.tokens
            || merged.deleted != self.state.content.deleted
        {
            // Without unsaved edits (the case within `change`) the saved content is the
            // content, and merging it again would give the same result.
            self.state.saved = if self.state.saved == self.state.content {
                merged.clone()
            } else {
                merge::merge(&self.state.saved, remote).0
            };
            self.state.content = merged;
            self.dirty = true;
        }
        report
    }

    /// Records a successful save of [`Vault::seal_next`]'s file.
    fn committed(&mut self, sealed: Sealed, done: store::Committed) {
        self.prev_not_written = done.prev_not_written;
        self.state.saved = sealed.content.clone();
        self.state.content = sealed.content;
        self.state.clock = sealed.clock;
        self.baseline = OnDisk::Bytes(sealed.bytes);
        self.baseline_is_good = true;
        self.dirty = false;
    }

    /// The vault file's path, as given (a symbolic link stays one: saves replace the file it
    /// points to).
    pub fn path(&self) -> &Path {
        &self.paths.given
    }

    /// The real vault file (symbolic links resolved): conflict copies lie beside it.
    pub(crate) fn real_path(&self) -> &Path {
        &self.paths.main
    }

    /// The previous copy's path (`<path>.prev`).
    pub fn prev_path(&self) -> &Path {
        &self.paths.prev
    }

    /// Why the last save made through this handle could not make the previous copy (`.prev`)
    /// the state it replaced — a folder or a write-protected file in its place — in the
    /// operating system's words; `None` when it did (or had no state to keep). The save itself
    /// succeeded either way; whoever promises "the previous copy still has it" asks this first.
    pub fn previous_copy_not_written(&self) -> Option<&str> {
        self.prev_not_written.as_deref()
    }

    /// How many times the vault has been saved.
    pub fn generation(&self) -> u64 {
        self.state.content.generation
    }

    /// Whether there are changes not yet saved.
    pub fn has_unsaved_changes(&self) -> bool {
        self.dirty
    }

    // ---- tokens ----

    /// Every token, in the user's order, without secrets.
    pub fn list(&self) -> Vec<TokenInfo> {
        self.tokens()
            .iter()
            .enumerate()
            .map(|(i, t)| t.info(i))
            .collect()
    }

    /// How many tokens there are.
    pub fn len(&self) -> usize {
        self.tokens().len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.tokens().is_empty()
    }

    /// One token by id.
    pub fn get(&self, id: TokenId) -> Result<TokenInfo> {
        let i = self.index(id)?;
        Ok(self.tokens()[i].info(i))
    }

    /// The token a user-typed name designates: an id, `issuer:account`, an account, or an
    /// unambiguous prefix of one (case-insensitive if nothing matches exactly).
    pub fn find(&self, name: &str) -> Result<TokenInfo> {
        let i = lookup::find(self.tokens(), name)?;
        Ok(self.tokens()[i].info(i))
    }

    /// Adds a token at the end of the list.
    pub fn add(&mut self, token: NewToken, now_ms: i64) -> Result<TokenId> {
        if self.tokens().len() >= MAX_TOKENS {
            return Err(Error::TokenInvalid {
                field: TokenField::List,
                problem: format!("the vault already holds {MAX_TOKENS} tokens, the most it can"),
            });
        }
        let issuer = model::tidy_issuer(token.issuer);
        let account = token.account.trim().to_owned();
        model::check_names(issuer.as_deref(), &account)?;
        model::check_note(token.note.as_deref())?;
        model::check_tolerance(token.tolerance_seconds)?;
        let group = model::tidy_issuer(token.group);
        let icon = model::tidy_issuer(token.icon);
        model::check_organisation(group.as_deref(), icon.as_deref())?;
        token.kind.check()?;
        let secret = match token.kind {
            OtpKind::Motp => token.secret,
            // One canonical Base32 spelling, whatever case, spaces or padding it came with.
            OtpKind::Totp(_) | OtpKind::Hotp(_) | OtpKind::Steam => {
                oath::base32_secret(token.secret.expose())?
            }
        };
        let mut record = TokenRecord {
            id: self.fresh_id()?,
            kind: StoredKind::Known(token.kind),
            issuer,
            account,
            secret,
            pin_policy: PinPolicy::Ask,
            pin: None,
            typo_guard: None,
            tolerance_seconds: token.tolerance_seconds,
            note: token.note.filter(|n| !n.trim().is_empty()),
            created_ms: now_ms,
            updated_ms: now_ms,
            last_used_ms: None,
            group,
            favourite: token.favourite,
            icon,
            // Last in the list; the save stamps it and gives it its place.
            position: i64::MAX,
            stamps: Default::default(),
            history: Vec::new(),
            extra: serde_json::Map::new(),
        };
        record.set_pin(token.pin)?;
        let id = record.id;
        self.state.content.tokens.push(record);
        self.dirty = true;
        Ok(id)
    }

    /// Changes a token's issuer, account, note, PIN policy / typo guard or tolerance.
    pub fn update(&mut self, id: TokenId, changes: TokenUpdate, now_ms: i64) -> Result<()> {
        let i = self.index(id)?;
        let mut t = self.tokens()[i].clone();
        if let Some(issuer) = changes.issuer {
            t.issuer = model::tidy_issuer(issuer);
        }
        if let Some(account) = changes.account {
            t.account = account.trim().to_owned();
        }
        if let Some(note) = changes.note {
            t.note = note.filter(|n| !n.trim().is_empty());
        }
        if let Some(tolerance) = changes.tolerance_seconds {
            t.tolerance_seconds = tolerance;
        }
        if let Some(group) = changes.group {
            t.group = model::tidy_issuer(group);
        }
        if let Some(favourite) = changes.favourite {
            t.favourite = favourite;
        }
        if let Some(icon) = changes.icon {
            t.icon = model::tidy_issuer(icon);
        }
        if let Some(kind) = changes.kind {
            let current = t.kind.known()?;
            if current.name() != kind.name() {
                return Err(Error::WrongKind(format!(
                    "a {} token cannot become a {} token (their secrets differ): add a new \
                     token instead",
                    current.name().to_uppercase(),
                    kind.name().to_uppercase()
                )));
            }
            kind.check()?;
            t.kind = StoredKind::Known(kind);
        }
        model::check_organisation(t.group.as_deref(), t.icon.as_deref())?;
        model::check_names(t.issuer.as_deref(), &t.account)?;
        model::check_note(t.note.as_deref())?;
        model::check_tolerance(t.tolerance_seconds)?;
        if let Some(pin) = changes.pin {
            t.set_pin(pin)?;
        }
        t.updated_ms = now_ms;
        self.state.content.tokens[i] = t;
        self.dirty = true;
        Ok(())
    }

    /// Removes a token.
    pub fn remove(&mut self, id: TokenId) -> Result<()> {
        let i = self.index(id)?;
        self.state.content.tokens.remove(i);
        self.dirty = true;
        Ok(())
    }

    /// Puts the tokens in the order of `ids`, which must list every token exactly once.
    pub fn reorder(&mut self, ids: &[TokenId]) -> Result<()> {
        let tokens = &self.state.content.tokens;
        let mut seen = std::collections::HashSet::with_capacity(ids.len());
        if ids.len() != tokens.len()
            || !ids
                .iter()
                .all(|id| seen.insert(*id) && tokens.iter().any(|t| t.id == *id))
        {
            return Err(Error::TokenInvalid {
                field: TokenField::List,
                problem: "the new order must list every token exactly once".into(),
            });
        }
        let mut old = std::mem::take(&mut self.state.content.tokens);
        for id in ids {
            if let Some(pos) = old.iter().position(|t| t.id == *id) {
                self.state.content.tokens.push(old.swap_remove(pos));
            }
        }
        self.dirty = true;
        Ok(())
    }

    /// Moves one token to position `to` (clamped to the end).
    pub fn move_token(&mut self, id: TokenId, to: usize) -> Result<()> {
        let i = self.index(id)?;
        let t = self.state.content.tokens.remove(i);
        let to = to.min(self.state.content.tokens.len());
        self.state.content.tokens.insert(to, t);
        self.dirty = true;
        Ok(())
    }

    // ---- the trash ----

    /// Moves a token to the trash (kept [`TRASH_KEEP_DAYS`](super::TRASH_KEEP_DAYS) days,
    /// secret and PIN inside the encryption), deleted at `now_ms`.
    pub fn trash(&mut self, id: TokenId, now_ms: i64) -> Result<()> {
        let i = self.index(id)?;
        trash::put(&mut self.state.content, i, now_ms);
        self.dirty = true;
        Ok(())
    }

    /// The deleted tokens, newest deletion first (expired ones included until
    /// [`Vault::purge_trash`] runs).
    pub fn trashed(&self) -> Vec<TrashedInfo> {
        trash::list(&self.state.content)
    }

    /// Puts a deleted token back at the end of the list (with a new id if a token with its id
    /// came back meanwhile).
    pub fn restore(&mut self, id: TokenId, now_ms: i64) -> Result<TokenId> {
        let mut t = trash::take(&mut self.state.content, id)?;
        if self.tokens().iter().any(|x| x.id == t.id) {
            t.id = self.fresh_id()?;
        }
        t.updated_ms = now_ms;
        let id = t.id;
        self.state.content.tokens.push(t);
        self.dirty = true;
        Ok(id)
    }

    /// Deletes a token from the trash for good.
    pub fn delete_for_good(&mut self, id: TokenId) -> Result<()> {
        trash::delete(&mut self.state.content, id)?;
        self.dirty = true;
        Ok(())
    }

    /// Drops the trash's entries deleted 30 days or more before `now_ms`; how many. Unsaved,
    /// like every editing method (apps call it inside [`Vault::change`], so every save purges).
    pub fn purge_trash(&mut self, now_ms: i64) -> usize {
        let n = trash::purge(&mut self.state.content, now_ms);
        if n > 0 {
            self.dirty = true;
        }
        n
    }

    /// Whether the trash holds an entry to purge at `now_ms`.
    pub fn trash_needs_purge(&self, now_ms: i64) -> bool {
        self.state
            .content
            .trash
            .iter()
            .any(|r| trash::expired(r.deleted_ms, now_ms))
    }

    /// A handle that records "last used" times (as [`Vault::mark_used`] does) without the
    /// vault, so an app can record a use on a worker thread while the vault stays home. It
    /// holds a copy of the master key (zeroized when dropped).
    pub fn use_recorder(&self) -> UseRecorder {
        UseRecorder {
            paths: self.paths.clone(),
            key: self.state.key.clone(),
        }
    }

    /// Records that a code was shown (for "recently used" sorting), at once, in the vault's
    /// small side record (`<name>.used`) — not in the vault file: a look at a code is not a
    /// change, so it neither rewrites the vault nor moves its recovery copy (`.prev`), and
    /// leaves nothing unsaved.
    pub fn mark_used(&mut self, id: TokenId, unix_ms: i64) -> Result<()> {
        let i = self.index(id)?;
        used::record(&self.paths, &self.state.key, id, unix_ms)?;
        let t = &mut self.state.content.tokens[i];
        t.last_used_ms = Some(t.last_used_ms.map_or(unix_ms, |old| old.max(unix_ms)));
        Ok(())
    }

    /// The code of a token at `unix_ms` (device time; the vault's clock correction is
    /// applied). `pin` is required when the token asks for it; when it remembers its PIN,
    /// `None` uses the stored one and `Some` overrides it.
    ///
    /// TOTP tokens take no PIN (`pin` is ignored) and count in their own period. HOTP tokens
    /// are refused here: their code moves the counter, which [`Vault::next_hotp_code`] saves
    /// first.
    pub fn code(&self, id: TokenId, pin: Option<&Pin>, unix_ms: i64) -> Result<TokenCode> {
        let t = &self.tokens()[self.index(id)?];
        let kind = t.kind.known()?;
        let hotp_refused = || {
            Error::WrongKind(
                "an HOTP token has no code by time: ask for its next code, which moves its \
                 counter"
                    .into(),
            )
        };
        let (pin, typo_guard) = if kind.uses_pin() {
            match (pin, &t.pin) {
                (Some(p), _) => (Some(p), guard_check(t, p)),
                (None, Some(stored)) => (Some(stored), TypoGuardCheck::NotSet),
                (None, None) => return Err(Error::PinRequired),
            }
        } else {
            (None, TypoGuardCheck::NotSet)
        };
        let token = crate::token::Token {
            kind,
            secret: &t.secret,
            pin,
        };
        if !token.counts_down() {
            return Err(hotp_refused());
        }
        let c = token.code_at(
            unix_ms,
            self.settings().clock_correction,
            t.tolerance_seconds,
        )?;
        Ok(TokenCode {
            grouped: c.code.grouped(),
            code: c.code,
            countdown: c.countdown.ok_or_else(hotp_refused)?,
            typo_guard,
        })
    }

    /// The next code of an HOTP token. The counter is incremented and the vault **saved
    /// before** the code is returned, so no crash or failure can ever show the same code twice
    /// (RFC 4226 §7.2: a server accepts each counter once). If the save fails nothing is shown
    /// and the counter is as it was. Other unsaved changes are saved with it.
    pub fn next_hotp_code(&mut self, id: TokenId, now_ms: i64) -> Result<TokenCode> {
        // A transactional change: should another window or device have used this token
        // meanwhile, the newer file's counter is the one moved (and shown), never a stale one.
        let (key, params) = self.change(|v| {
            let i = v.index(id)?;
            let OtpKind::Hotp(params) = *v.tokens()[i].kind.known()? else {
                return Err(Error::WrongKind(
                    "only HOTP tokens have a next code; this token's code follows the time".into(),
                ));
            };
            let key = oath::key_bytes(&v.tokens()[i].secret)?;
            let next = params.counter.checked_add(1).ok_or_else(|| {
                Error::WrongKind("this HOTP token's counter is at its maximum".into())
            })?;
            let t = &mut v.state.content.tokens[i];
            t.kind = StoredKind::Known(OtpKind::Hotp(HotpParams {
                counter: next,
                ..params
            }));
            t.last_used_ms = Some(now_ms);
            v.dirty = true;
            Ok((key, params))
        })?;
        let code = oath::hotp(&key, params.counter, params.algorithm, params.digits);
        Ok(TokenCode {
            grouped: code.grouped(),
            code,
            countdown: Countdown {
                counter: params.counter,
                step_start_ms: now_ms,
                step_end_ms: now_ms,
                ms_to_next: 0,
                fraction_elapsed: 0.0,
                use_within_ms: 0,
            },
            typo_guard: TypoGuardCheck::NotSet,
        })
    }

    /// What the typo guard says about `pin`, without computing a code.
    pub fn check_pin(&self, id: TokenId, pin: &Pin) -> Result<TypoGuardCheck> {
        Ok(guard_check(&self.tokens()[self.index(id)?], pin))
    }

    /// The secret, for an explicit "reveal" or "compare with the router" screen.
    pub fn reveal_secret(&self, id: TokenId) -> Result<Secret> {
        Ok(self.tokens()[self.index(id)?].secret.clone())
    }

    /// The stored PIN, if the token remembers it.
    pub fn reveal_pin(&self, id: TokenId) -> Result<Option<Pin>> {
        Ok(self.tokens()[self.index(id)?].pin.clone())
    }

    // ---- settings ----

    /// Vault-wide settings.
    pub fn settings(&self) -> Settings {
        (&self.state.content.settings).into()
    }

    /// Sets the clock correction (seconds added to the device clock; at most a year).
    pub fn set_clock_correction(&mut self, correction: ClockCorrection) -> Result<()> {
        if correction.0.abs() > MAX_CLOCK_CORRECTION_SECONDS {
            return Err(Error::InvalidOption(format!(
                "a clock correction of {} s is more than a year: check the device's date",
                correction.0
            )));
        }
        self.state.content.settings.clock_correction_seconds = correction.0;
        self.dirty = true;
        Ok(())
    }

    // ---- slots ----

    /// The key slots.
    pub fn slots(&self) -> Vec<SlotInfo> {
        self.state.slots.iter().map(Slot::info).collect()
    }

    /// Checks `password` against this vault's password slot, in memory (the file is not read
    /// again). Apps ask for the current password before changing it or revealing a secret, so
    /// that an unlocked phone left on a desk does not hand the vault over. Slow by design: it
    /// runs the slot's KDF.
    ///
    /// Fails with [`Error::VaultWrongPassword`] when it is not the password (or the vault has
    /// no password slot).
    pub fn verify_password(&self, password: &Password) -> Result<()> {
        for slot in &self.state.slots {
            // The slot is authenticated encryption of the key held: opening it is the proof.
            if slot.unwrap_password(password)?.is_some() {
                return Ok(());
            }
        }
        Err(Error::VaultWrongPassword)
    }

    /// Replaces every password slot with one for `new` (adds one if there was none).
    /// The master key, and so the content, stays the same; other slots keep working.
    pub fn change_password(&mut self, new: &Password, kdf: KdfParams) -> Result<SlotId> {
        let slot = Slot::new_password(&self.state.key, new, kdf)?;
        let id = slot.id();
        let pos = self
            .state
            .slots
            .iter()
            .position(|s| matches!(s, Slot::Password { .. }))
            .unwrap_or(self.state.slots.len());
        self.state
            .slots
            .retain(|s| !matches!(s, Slot::Password { .. }));
        self.state
            .slots
            .insert(pos.min(self.state.slots.len()), slot);
        self.dirty = true;
        Ok(id)
    }

    /// Adds a slot for a platform key store, replacing an older slot of the same protector
    /// (re-enrolment after the device key changed).
    pub fn add_platform_slot(&mut self, protector: &dyn KeyProtector) -> Result<SlotId> {
        let slot = Slot::new_platform(&self.state.key, protector)?;
        let id = slot.id();
        let pid = protector.id();
        self.state
            .slots
            .retain(|s| !matches!(s, Slot::Platform { protector, .. } if *protector == pid));
        self.state.slots.push(slot);
        self.dirty = true;
        Ok(id)
    }

    /// Removes a slot, unless it is the last one this app can unlock with.
    pub fn remove_slot(&mut self, id: SlotId) -> Result<()> {
        let pos = self
            .state
            .slots
            .iter()
            .position(|s| s.id() == id)
            .ok_or_else(|| Error::VaultNoSuchSlot(format!("this vault has no slot {id}")))?;
        let usable_left = self
            .state
            .slots
            .iter()
            .enumerate()
            .filter(|(i, s)| *i != pos && !matches!(s, Slot::Unknown { .. }))
            .count();
        if usable_left == 0 {
            return Err(Error::VaultLastSlot);
        }
        self.state.slots.remove(pos);
        self.dirty = true;
        Ok(())
    }

    // ---- import / export ----

    /// Adds tokens from another app; duplicates (same secret and account) are skipped with a
    /// reason. PINs are kept (policy "remember") only if `keep_pins`; otherwise the imported
    /// tokens ask for their PIN.
    pub fn import_tokens(
        &mut self,
        tokens: Vec<PortableToken>,
        keep_pins: bool,
        now_ms: i64,
    ) -> ImportReport {
        let mut report = ImportReport::default();
        for t in tokens {
            let issuer = model::tidy_issuer(t.issuer);
            let account = t.account.trim().to_owned();
            let name = match &issuer {
                Some(i) => format!("{i}:{account}"),
                None => account.clone(),
            };
            let had_pin = t.pin.is_some();
            let identity = TokenIdentity {
                kind: t.kind.name(),
                account: &account,
                secret: &t.secret,
            };
            let outcome = match duplicate_of(self.tokens(), issuer.as_deref(), identity) {
                Some((existing, reason)) => ImportOutcome::SkippedDuplicate { existing, reason },
                None => {
                    let pin = match (keep_pins, t.pin) {
                        (true, Some(p)) => PinSetup::Remember(p),
                        _ => PinSetup::Ask,
                    };
                    let new = NewToken {
                        kind: t.kind,
                        issuer,
                        account,
                        secret: t.secret,
                        pin,
                        tolerance_seconds: crate::time::DEFAULT_TOLERANCE_SECONDS,
                        // A note from the file keeps its lines; other control characters are
                        // replaced (crate::text), so a hostile note costs neither the token nor
                        // the terminal it is shown on. Names with them are skipped by `add`.
                        note: t.note.map(|n| crate::text::clean_note(&n)),
                        // The file's group, when it is one we can keep (a hostile name loses
                        // the group, never the token).
                        group: t
                            .group
                            .filter(|g| model::check_organisation(Some(g), None).is_ok()),
                        favourite: false,
                        icon: None,
                    };
                    match self.add(new, now_ms) {
                        Ok(id) => ImportOutcome::Imported(id),
                        Err(e) => ImportOutcome::SkippedInvalid {
                            reason: SkipReason::Invalid(e),
                        },
                    }
                }
            };
            let pin = match outcome {
                ImportOutcome::Imported(_) => ImportedPin::of(had_pin, keep_pins),
                _ => ImportedPin::None,
            };
            report.entries.push(ImportEntry { name, outcome, pin });
        }
        report
    }

    /// Every token in the neutral shape exporters take, stored PINs included (the exporter
    /// decides whether to write them).
    pub fn portable_tokens(&self) -> Vec<PortableToken> {
        self.tokens().iter().filter_map(to_portable).collect()
    }

    /// The tokens of a kind made by a newer version (which [`Vault::portable_tokens`] leaves
    /// out), as `(label, kind)`, labelled as exports label tokens; both made printable.
    pub(crate) fn newer_kinds(&self) -> Vec<(String, String)> {
        self.tokens()
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind.known().is_err())
            .map(|(i, t)| {
                (
                    crate::import::label(t.issuer.as_deref(), Some(&t.account), i),
                    crate::import::printable(t.kind.name(), 40),
                )
            })
            .collect()
    }

    /// A backup in this vault's own format: a complete vault file under a fresh master key
    /// with one password slot for `password`. It opens as a vault and reads with
    /// [`read_backup`] or [`Vault::import_backup`].
    pub fn export_backup(&self, password: &Password, kdf: KdfParams) -> Result<Vec<u8>> {
        let key = MasterKey::generate()?;
        let slot = Slot::new_password(&key, password, kdf)?;
        let mut content = self.state.content.clone();
        content.generation = 1;
        // The sync server's address and password are this device's, not the backup's.
        content.settings.sync = None;
        content.header_extra.remove(super::unlock::DEVICE_MEMBER);
        envelope::seal(&[slot], &key, &content)
    }

    /// Imports a backup made by [`Vault::export_backup`] (or any vault file), keeping its
    /// richer fields: tolerance, note, creation time, typo guard, and — only if `keep_pins` —
    /// remembered PINs.
    pub fn import_backup(
        &mut self,
        bytes: &[u8],
        password: &Password,
        keep_pins: bool,
        now_ms: i64,
    ) -> Result<ImportReport> {
        let backup = unlock_backup(bytes, password)?;
        let mut report = ImportReport::default();
        for mut t in backup.content.tokens {
            let name = t.name();
            let mut pin = ImportedPin::None;
            let identity = TokenIdentity {
                kind: t.kind.name(),
                account: &t.account,
                secret: &t.secret,
            };
            let outcome = if let Some((existing, reason)) =
                duplicate_of(self.tokens(), t.issuer.as_deref(), identity)
            {
                ImportOutcome::SkippedDuplicate { existing, reason }
            } else if self.tokens().len() >= MAX_TOKENS {
                ImportOutcome::SkippedInvalid {
                    reason: SkipReason::VaultFull { max: MAX_TOKENS },
                }
            } else {
                if self.tokens().iter().any(|x| x.id == t.id) {
                    t.id = self.fresh_id()?;
                }
                pin = ImportedPin::of(t.pin.is_some(), keep_pins);
                if !keep_pins && t.pin.is_some() {
                    t.pin = None;
                    t.pin_policy = PinPolicy::Ask;
                }
                t.updated_ms = now_ms;
                let id = t.id;
                self.state.content.tokens.push(t);
                self.dirty = true;
                ImportOutcome::Imported(id)
            };
            report.entries.push(ImportEntry { name, outcome, pin });
        }
        Ok(report)
    }

    // ---- internals ----

    fn tokens(&self) -> &[TokenRecord] {
        &self.state.content.tokens
    }

    /// The stored token `id` (for the modules beside this one).
    pub(crate) fn record(&self, id: TokenId) -> Result<&TokenRecord> {
        Ok(&self.state.content.tokens[self.index(id)?])
    }

    /// The stored token `id`, to change (the vault counts as changed).
    pub(crate) fn record_mut(&mut self, id: TokenId) -> Result<&mut TokenRecord> {
        let i = self.index(id)?;
        self.dirty = true;
        Ok(&mut self.state.content.tokens[i])
    }

    /// The content in memory, for the crate's own tests.
    #[cfg(test)]
    pub(crate) fn state_content_for_tests(&self) -> &Content {
        &self.state.content
    }

    /// The content in memory (for the modules beside this one).
    pub(crate) fn content(&self) -> &Content {
        &self.state.content
    }

    /// The settings as stored, to change (the vault counts as changed).
    pub(crate) fn settings_mut(&mut self) -> &mut super::content::SettingsRecord {
        self.dirty = true;
        &mut self.state.content.settings
    }

    /// Replaces the password slot(s) by `slot`, where the first one was.
    pub(crate) fn replace_password_slot(&mut self, slot: Slot) {
        let slots = &mut self.state.slots;
        let at = slots
            .iter()
            .position(|s| matches!(s, Slot::Password { .. }))
            .unwrap_or(slots.len());
        slots.retain(|s| !matches!(s, Slot::Password { .. }));
        slots.insert(at.min(slots.len()), slot);
        self.dirty = true;
    }

    /// The key slots held.
    pub(crate) fn slots_held(&self) -> &[Slot] {
        &self.state.slots
    }

    /// The master key.
    pub(crate) fn master_key(&self) -> &MasterKey {
        &self.state.key
    }

    /// This device's id in change stamps.
    pub(crate) fn device(&self) -> &super::hlc::DeviceId {
        self.state.clock.device()
    }

    fn index(&self, id: TokenId) -> Result<usize> {
        self.tokens()
            .iter()
            .position(|t| t.id == id)
            .ok_or_else(|| Error::TokenNotFound {
                name: id.to_string(),
            })
    }

    fn fresh_id(&self) -> Result<TokenId> {
        loop {
            let id = TokenId::generate()?;
            if !self.tokens().iter().any(|t| t.id == id) {
                return Ok(id);
            }
        }
    }
}

fn guard_check(t: &TokenRecord, pin: &Pin) -> TypoGuardCheck {
    match &t.typo_guard {
        None => TypoGuardCheck::NotSet,
        Some(g) if g.passes(pin) => TypoGuardCheck::Ok,
        Some(_) => TypoGuardCheck::Mismatch,
    }
}

/// The neutral shape of a token; `None` for a newer app's kind, which no other format holds.
fn to_portable(t: &TokenRecord) -> Option<PortableToken> {
    Some(PortableToken {
        kind: *t.kind.known().ok()?,
        issuer: t.issuer.clone(),
        account: t.account.clone(),
        secret: t.secret.clone(),
        pin: t.pin.clone(),
        note: t.note.clone(),
        group: t.group.clone(),
    })
}

/// Refuses a backup whose key derivation would cost more than any backup we write, before any
/// is run: a slot of more than [`BACKUP_MAX_MEMORY_KIB`], or more than [`BACKUP_MAX_WORK`] over
/// all password slots (tried one after another; one slot at the vault limits, 1 GiB × 64
/// passes, took 76 s).
fn check_backup_cost(file: &VaultFile) -> Result<()> {
    use super::kdf::{BACKUP_MAX_MEMORY_KIB, BACKUP_MAX_WORK};
    let refuse = |what: String| Error::ImportKdfLimit {
        format: "mOTP Token",
        what,
        limit: format!(
            "{BACKUP_MAX_MEMORY_KIB} KiB of memory a slot, and {BACKUP_MAX_WORK} KiB × passes \
             for the whole file (three times the default)"
        ),
    };
    let mut work = 0u64;
    let mut slots = 0;
    for slot in &file.slots {
        let Slot::Password { kdf, .. } = slot else {
            continue;
        };
        slots += 1;
        if kdf.memory_kib > BACKUP_MAX_MEMORY_KIB {
            return Err(refuse(format!(
                "Argon2id with {} KiB of memory in a password slot",
                kdf.memory_kib
            )));
        }
        work = work.saturating_add(u64::from(kdf.memory_kib) * u64::from(kdf.iterations));
    }
    if work > BACKUP_MAX_WORK {
        return Err(refuse(format!(
            "Argon2id work of {work} KiB × passes over its {slots} password slot{}",
            if slots == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// Opens a backup (a vault file) with its password: a wrong one names the backup, not the
/// vault, since the user is asked for the password chosen when the backup was made.
fn unlock_backup(bytes: &[u8], password: &Password) -> Result<Unlocked> {
    let file = VaultFile::parse(bytes)?;
    check_backup_cost(&file)?;
    unlock(&file, Unlock::Password(password)).map_err(|e| match e {
        Error::VaultWrongPassword => Error::ImportWrongPassword {
            format: "mOTP Token",
        },
        e => e,
    })
}

/// Reads a backup made by [`Vault::export_backup`] (or any vault file) into the neutral token
/// shape, stored PINs included.
pub fn read_backup(bytes: &[u8], password: &Password) -> Result<Vec<PortableToken>> {
    let backup = unlock_backup(bytes, password)?;
    Ok(backup
        .content
        .tokens
        .iter()
        .filter_map(to_portable)
        .collect())
}

/// The same as [`read_backup`] but through any unlock method; for tools and fuzzing that hold
/// the bytes rather than a file.
pub fn open_bytes_to_tokens(bytes: &[u8], how: Unlock<'_>) -> Result<Vec<PortableToken>> {
    let v = unlock(&VaultFile::parse(bytes)?, how)?;
    Ok(v.content.tokens.iter().filter_map(to_portable).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::slots::SlotKind;

    /// A slot type from a newer app survives an older app's rewrite, byte for byte.
    #[test]
    fn unknown_slot_types_are_preserved() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v.motp");
        let pw = Password::new("pw").unwrap();
        let key = MasterKey::generate().unwrap();
        let future = serde_json::json!({
            "type": "fido2-hmac-secret",
            "id": "0e3c7f0a-3b7e-4a51-9d43-4b8a0a3c2b1d",
            "credential": "AAEC",
            "wrapped_key": "BBBB",
            "nested": {"z": 1, "a": [true, null]}
        });
        let slots = vec![
            Slot::new_password(&key, &pw, KdfParams::INSECURE_FAST_FOR_TESTS).unwrap(),
            Slot::from_value(&future).unwrap(),
        ];
        let mut content = Content::empty();
        content.generation = 1;
        std::fs::write(&path, envelope::seal(&slots, &key, &content).unwrap()).unwrap();

        let mut v = Vault::open_with_password(&path, &pw).unwrap().vault;
        assert!(matches!(
            &v.slots()[1].kind,
            SlotKind::Unknown { type_name } if type_name == "fido2-hmac-secret"
        ));
        // The unknown slot does not count as a way in: the password slot is the last one.
        let pw_slot = v.slots()[0].id;
        assert_eq!(v.remove_slot(pw_slot).unwrap_err(), Error::VaultLastSlot);
        v.set_clock_correction(ClockCorrection(5)).unwrap();
        v.save().unwrap();
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(json["slots"][1], future);
        let v = Vault::open_with_password(&path, &pw).unwrap().vault;
        assert_eq!(v.settings().clock_correction, ClockCorrection(5));
    }
}
