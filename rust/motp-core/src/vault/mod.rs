//! The encrypted, crash-safe token vault.
//!
//! A vault is one JSON file: a header with key slots, and the tokens encrypted with
//! XChaCha20-Poly1305 under a random master key that each slot wraps (a password through
//! Argon2id, or a platform key store). docs/vault-format.md specifies the format; this module
//! is split by concern:
//!
//! | module | job |
//! |---|---|
//! | `model` | tokens, PIN policy, what callers pass in and get back |
//! | `content` | the encrypted JSON: tokens, settings, generation |
//! | `record_json` | one token's JSON: kinds, parameters, members of newer apps |
//! | `envelope` | the file format: header, authenticated associated data, parsing |
//! | `canonical` | the canonical JSON the header is authenticated as |
//! | `slots`, `kdf`, `protector` | key slots: Argon2id passwords, platform key stores |
//! | `crypto` | master key, AEAD, passwords, randomness |
//! | `typo_guard` | the opt-in 4-bit PIN check |
//! | `doctor_walk` | the troubleshooting walk for one stored token |
//! | `lookup` | finding a token by a typed name |
//! | `import` | import reports and duplicate detection |
//! | `history` | a token's versions from other devices, and restoring one |
//! | `hlc` | hybrid logical clock stamps: when and on which device a part changed |
//! | `stamps` | a token's change stamps and the versions it keeps (data only) |
//! | `merge` | merging two copies changed apart: parts by stamp, deletions, history |
//! | `remote` | the link to a WebDAV server (device-local settings) and the copy uploaded |
//! | `synced_folder` | conflict copies a sync program leaves beside the file, merged back |
//! | `trash` | deleted tokens kept 30 days, restored or purged |
//! | `store` | the I/O edge: locking, atomic replacement, `.prev`; writing export files |
//! | `transfer` | import and export of whole files in every supported format |
//! | `handle` | [`Vault`]: every operation on an opened vault |

mod b64;
mod backup_versions;
mod canonical;
#[cfg(test)]
mod compat_tests;
mod content;
mod crypto;
mod doctor_walk;
mod envelope;
mod handle;
mod history;
mod hlc;
mod import;
mod kdf;
mod lookup;
mod merge;
mod model;
mod protector;
mod record_json;
mod remote;
mod slots;
mod stamps;
mod store;
mod sync_settings;
mod synced_folder;
mod transfer;
mod trash;
mod typo_guard;
mod unlock;
mod used;

pub use backup_versions::{
    KEEP_DAYS, KEEP_LATEST, backup_name, backup_time, backup_time_text, backups_to_remove,
};
pub use content::MAX_TOKENS;
pub use crypto::Password;
pub use doctor_walk::DoctorRequest;
pub use envelope::{FORMAT_NAME, FORMAT_VERSION, MAX_FILE_BYTES, VaultSummary, inspect};
pub use handle::{OpenWarning, Opened, UseRecorder, Vault, open_bytes_to_tokens, read_backup};
pub use history::TokenVersion;
pub use hlc::{DeviceId, Stamp};
pub use import::{
    DuplicateReason, ImportEntry, ImportOutcome, ImportReport, ImportedPin, SkipReason,
    TokenIdentity,
};
pub use kdf::KdfParams;
pub use merge::{
    FieldVersion, HISTORY_PER_PART, MergeReport, Stamps, TOMBSTONE_DAYS, TOMBSTONES_KEPT,
};
pub use model::{
    NewToken, PinPolicy, PinSetup, Settings, TokenCode, TokenId, TokenInfo, TokenUpdate,
};
pub use protector::{KeyProtector, SoftwareKeyProtector};
pub use slots::{SlotId, SlotInfo, SlotKind};
pub use store::{is_vault_file, write_export_file};
pub use synced_folder::{ConflictCopies, is_conflict_copy_name};
pub use transfer::{ExportTarget, ImportFileReport, ImportSource};
pub use trash::{TRASH_KEEP_DAYS, TRASH_KEEP_MS, TrashedInfo};
pub use typo_guard::TypoGuardCheck;
pub use unlock::Unlock;

/// Entry points for the fuzz targets in `fuzz/`; not a stable API.
#[doc(hidden)]
pub mod fuzzing {
    /// Decodes decrypted vault content; `true` if it is valid.
    pub fn decode_content(bytes: &[u8]) -> bool {
        super::content::Content::decode(bytes).is_ok()
    }
}
