//! The job protocol: how slow work leaves the core and comes back. A [`Job`] (an id, and the
//! [`Work`] with everything it needs) goes out in `Effect::RunJob`; its [`JobOutcome`] (the id,
//! and what was [`Done`]) comes back in `Event::JobFinished`. Data only: running the work is
//! `jobs.rs`, deciding what to do with its outcome is the model's (`app.rs` and the screens).
//! Below the events, the effects and the model, so each of them names the protocol and none of
//! them another.

use std::fmt;
use std::path::PathBuf;

use motp_core::icon_pack::IconIndex;
use motp_core::sync::{HttpResponse, SyncStep, SyncTarget, WebDavSync};
use motp_core::vault::{
    ImportFileReport, KdfParams, NewToken, Opened, Password, Stamp, TokenId, TokenUpdate,
    UseRecorder, Vault, VaultSummary,
};
use motp_core::{ClockCheck, ClockCorrection, Error as CoreError, Exported};

use crate::sensitive::{SecretBytes, SecretText};

/// An id the core gives a request it makes of the shell; the answer carries it back.
pub type RequestId = u64;

/// The file formats the backups screen exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[cfg_attr(feature = "uniffi", uniffi(name = "ExportFileFormat"))]
pub enum ExportFormat {
    /// Our own encrypted backup (a complete vault file with its own password).
    MotpBackup,
    /// An Aegis vault (encrypted when a password is given), for Aegis and other apps.
    Aegis,
    /// A text file of `motp://` URIs, one per line (not encrypted: warn the user).
    UriList,
    /// Google Authenticator's export, shown on screen as QR codes to scan one after another
    /// ("QR code 2 of 3"), not written to a file.
    GoogleAuthenticator,
}

/// What kind of slow work a [`Job`] is (for the busy indicator and for logs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[cfg_attr(feature = "uniffi", uniffi(name = "AppJobKind"))]
pub enum JobKind {
    /// Reading the vault file's header (which unlock methods it offers).
    InspectVault,
    /// Creating the vault (key derivation, first save).
    CreateVault,
    /// Unlocking (key derivation with a password, or decrypting with the device key).
    Unlock,
    /// Reading the vault's device-key slot before asking the key store.
    ReadDeviceSlot,
    /// Saving a change (atomic replace with fsync, under the file lock).
    Save,
    /// Making an export file.
    Export,
    /// Reading a file to import (decryption with its password).
    ReadImport,
    /// Checking the vault password again before revealing a secret.
    Reauthenticate,
    /// An NTP exchange with a time server.
    ClockCheck,
    /// Looking for a QR code in a camera frame (the view does not say busy for this one).
    DecodeFrame,
    /// Looking for QR codes in a picture the user chose (a screenshot, a photo).
    DecodePicture,
    /// Writing when a code was last used (quiet: the view does not say busy for it).
    RecordUse,
    /// Reading, checking and storing an icon pack the user chose.
    ImportIconPack,
    /// Reading the installed icon pack's index at start (the view does not say busy).
    LoadIcons,
    /// Merging the sync server's copy into the vault, or sealing the copy to send it.
    Sync,
}

/// Slow work, packed with everything it needs, to run on a worker thread.
///
/// The shell calls [`Job::run`] off the UI thread, holding no lock of the core, and sends the
/// result back as [`Event::JobFinished`](crate::Event::JobFinished). `Job` is `Send`; it holds
/// secrets (passwords, the vault itself while it saves), so it prints nothing of them and the
/// FFI passes it as an opaque object.
pub struct Job {
    pub(crate) id: RequestId,
    pub(crate) work: Work,
}

impl Job {
    /// What kind of work this is.
    pub fn kind(&self) -> JobKind {
        self.work.kind()
    }

    /// This job's id (its outcome carries it back).
    pub fn id(&self) -> RequestId {
        self.id
    }
}

impl fmt::Debug for Job {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Job({}, {:?})", self.id, self.kind())
    }
}

/// What a [`Job`] produced, to hand back in [`Event::JobFinished`](crate::Event::JobFinished).
/// Opaque: it may hold the vault and secrets.
pub struct JobOutcome {
    pub(crate) id: RequestId,
    pub(crate) done: Done,
}

impl JobOutcome {
    /// The id of the job that produced it.
    pub fn id(&self) -> RequestId {
        self.id
    }
}

impl fmt::Debug for JobOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "JobOutcome({})", self.id)
    }
}

// An outcome is handed back through `Event`, which is `Clone` so shells and tests can log and
// replay events; an outcome can be delivered once only, so a clone is an empty one that the
// core ignores.
impl Clone for JobOutcome {
    fn clone(&self) -> Self {
        JobOutcome {
            id: self.id,
            done: Done::Taken,
        }
    }
}

/// A change to the vault, applied and saved in one atomic save.
pub(crate) enum Change {
    Add(Box<NewToken>),
    Update(TokenId, Box<TokenUpdate>),
    /// Move to the trash.
    Trash(TokenId),
    /// Back from the trash.
    Restore(TokenId),
    /// Out of the trash for good.
    DeleteForGood(TokenId),
    /// Only the purge every save makes (after unlocking, when the trash has expired entries).
    PurgeTrash,
    Move(TokenId, usize),
    Correction(ClockCorrection),
    /// A new password; the current one is checked first, in the job (it runs the KDF).
    Password {
        current: Password,
        new: Password,
        kdf: KdfParams,
    },
    /// Learn the vault key for enrolling the device key (nothing is saved).
    RecordKey {
        protector_id: String,
        label: String,
    },
    /// Store the device key's slot.
    AddDeviceSlot {
        protector_id: String,
        label: String,
        key: SecretBytes,
        wrapped: Vec<u8>,
    },
    /// Remove this device's slots.
    RemoveDeviceSlot {
        protector_id: String,
    },
    Import {
        bytes: SecretBytes,
        password: Option<SecretText>,
        keep_pins: bool,
    },
    /// An HOTP token's next code (the counter is saved before the code is returned).
    NextHotp(TokenId),
    /// Put back an earlier version of one part of a token (part name, its stamp).
    RestoreVersion(TokenId, String, Stamp),
    /// Merge a backup version in (`false`) or restore the vault as it held it (`true`).
    TakeBackup(SecretBytes, bool),
    /// Link the vault to a sync server.
    LinkSync(Box<SyncTarget>),
    /// Unlink it.
    UnlinkSync,
    /// Take the password set on another device (the server's copy holds its slot).
    AdoptServerPassword(Password),
}

/// What a change produced besides the saved vault.
#[derive(Debug)]
pub(crate) enum Changed {
    Nothing,
    Added,
    Key(SecretBytes),
    Imported(Box<ImportFileReport>),
    /// An HOTP code, grouped, shown once the counter was saved.
    Hotp(TokenId, SecretText),
    /// Moved to the trash.
    Trashed(TokenId),
    /// Back from the trash.
    Restored,
    /// A backup version merged in or restored: what it changed.
    BackupTaken(motp_core::vault::MergeReport),
}

/// The work itself.
pub(crate) enum Work {
    Inspect {
        path: PathBuf,
    },
    Create {
        path: PathBuf,
        password: Password,
        kdf: KdfParams,
        /// Record the vault key for this protector (to enrol the device key next).
        record_key_for: Option<(String, String)>,
    },
    OpenWithPassword {
        path: PathBuf,
        password: Password,
    },
    ReadDeviceSlot {
        path: PathBuf,
        protector_id: String,
        label: String,
    },
    OpenWithDeviceKey {
        path: PathBuf,
        protector_id: String,
        label: String,
        wrapped: SecretBytes,
        key: SecretBytes,
    },
    Commit {
        vault: Box<Vault>,
        change: Change,
        now_ms: i64,
        /// Read the saved file back, for the automatic backup.
        read_back: bool,
    },
    Export {
        vault: Box<Vault>,
        format: ExportFormat,
        password: Option<SecretText>,
        kdf: KdfParams,
    },
    ReadImport {
        bytes: SecretBytes,
        password: Option<SecretText>,
        existing: Vec<crate::backups::Existing>,
    },
    Reauthenticate {
        path: PathBuf,
        password: Password,
    },
    ClockCheck {
        server: String,
        window_seconds: u32,
    },
    DecodeFrame {
        luma: SecretBytes,
        width: u32,
        height: u32,
        row_stride: u32,
    },
    DecodePicture {
        luma: SecretBytes,
        width: u32,
        height: u32,
        row_stride: u32,
    },
    RecordUse {
        recorder: UseRecorder,
        id: TokenId,
        at_ms: i64,
    },
    /// Read an icon pack (a ZIP) and install it in `store`.
    ImportIconPack {
        bytes: SecretBytes,
        store: PathBuf,
    },
    /// Read the index of the pack installed in `store`, if any.
    LoadIcons {
        store: PathBuf,
    },
    /// Make this device's vault from a sync server's copy and link it to the server.
    Join {
        path: PathBuf,
        copy: SecretBytes,
        password: Password,
        target: Box<SyncTarget>,
    },
    /// Hand the server's answer to the sync in progress (it may merge and save the vault, or
    /// seal the copy to upload).
    SyncStep {
        vault: Box<Vault>,
        sync: Box<WebDavSync>,
        response: HttpResponse,
    },
}

/// What the work produced.
pub(crate) enum Done {
    /// A clone of an outcome already delivered (see `JobOutcome::clone`).
    Taken,
    Inspected(Result<Option<VaultSummary>, CoreError>),
    Created(Result<(Box<Vault>, Option<SecretBytes>), CoreError>),
    Opened(Result<Box<Opened>, CoreError>),
    DeviceSlot(Result<SecretBytes, CoreError>),
    Committed {
        vault: Box<Vault>,
        result: Result<Changed, CoreError>,
        saved_file: Option<SecretBytes>,
        /// The password the change checked, if it checked one: the field a wrong one is
        /// said under.
        password_field: Option<crate::error::Field>,
    },
    Exported {
        vault: Box<Vault>,
        result: Result<Exported, CoreError>,
    },
    ImportRead(Result<crate::backups::Preview, CoreError>),
    Reauthenticated(Result<(), CoreError>),
    Clock(Result<ClockCheck, CoreError>),
    /// The texts of the QR codes in a camera frame (none: no QR code in it).
    Frame(Result<Vec<SecretText>, CoreError>),
    /// Every QR code's text in a chosen picture.
    Picture(Result<Vec<SecretText>, CoreError>),
    /// A use was recorded (or not: the record is bookkeeping, a failure changes nothing).
    UseRecorded,
    /// An icon pack imported and installed.
    IconPackImported(Result<IconIndex, CoreError>),
    /// The installed icon pack's index (none: no pack installed).
    IconsLoaded(Result<Option<IconIndex>, CoreError>),
    /// This device's vault made from a sync server's copy, linked to the server.
    Joined(Result<Box<Vault>, CoreError>),
    /// The sync took the server's answer: what to do next.
    SyncStepped {
        vault: Box<Vault>,
        sync: Box<WebDavSync>,
        result: Result<SyncStep, CoreError>,
    },
}
