//! Ente Auth's encrypted export (its plain export is a URI list, read by [`super::uri_list`]).
//!
//! Layout (Ente's `docs/auth/migration/export.md`, version 1; specified in
//! `docs/import-export.md`):
//!
//! ```text
//! { "version": 1,
//!   "kdfParams": { "memLimit": BYTES, "opsLimit": PASSES, "salt": BASE64 (16 bytes) },
//!   "encryptedData": BASE64,        // one libsodium secretstream message, tagged final
//!   "encryptionNonce": BASE64 }     // the secretstream header (24 bytes)
//! ```
//!
//! The key is libsodium's `crypto_pwhash` with Argon2id 1.3: the password's UTF-8, the salt,
//! `opsLimit` passes over `memLimit / 1024` KiB, one lane, 32 bytes. The data is sealed with
//! `crypto_secretstream_xchacha20poly1305` (read here with RustCrypto's `crypto_secretstream`)
//! as a single message whose tag is FINAL; what it holds is Ente's plain export, one
//! `otpauth://` URI a line, read like any URI list.
//!
//! The KDF parameters come from the file, so they are capped before any work: Ente Auth asks
//! libsodium for its "sensitive" level (1 GiB, 4 passes) and, on a phone that cannot spare the
//! memory, halves the memory and doubles the passes, keeping memory × passes at 4 GiB. A file
//! asking for more is refused ([`Error::ImportKdfLimit`]) rather than freezing the phone.
//!
//! The secretstream key and state live in that crate's types, which do not wipe themselves;
//! our copy of the derived key is wiped, and the decrypted text is held in a wiped buffer.

use crypto_secretstream::{Header, Key, PullStream, Tag};
use serde_json::Value;
use zeroize::Zeroizing;

use super::encoding::base64_decode;
use super::json::{self, Json};
use super::{ImportFormat, Imported, crypto};
use crate::error::{Error, Result};

const FORMAT: &str = "Ente Auth";

/// The export version we read.
pub const VERSION: i64 = 1;
/// libsodium's smallest Argon2id memory (`crypto_pwhash_argon2id_MEMLIMIT_MIN`).
pub const MIN_MEMORY_BYTES: u64 = 8 * 1024;
/// The most memory a file may ask for: libsodium's "sensitive" level, what Ente Auth asks.
pub const MAX_MEMORY_BYTES: u64 = 1024 * 1024 * 1024;
/// The most memory × passes a file may ask for: Ente Auth's 1 GiB × 4, which its fallbacks
/// for small phones keep.
pub const MAX_WORK_BYTES: u64 = 4 * MAX_MEMORY_BYTES;
/// The shortest sealed message: its tag byte and its 16-byte Poly1305 tag
/// (`crypto_secretstream_xchacha20poly1305_ABYTES`).
const SEALED_MIN: usize = 17;
/// `crypto_pwhash_SALTBYTES`.
pub const SALT_LEN: usize = 16;

fn malformed(problem: impl Into<String>) -> Error {
    Error::ImportMalformed {
        format: FORMAT,
        problem: problem.into(),
    }
}

/// Reads an Ente Auth encrypted export; `json` is the already-parsed document, if any.
pub fn import(bytes: &[u8], json: Option<Json>, password: Option<&str>) -> Result<Imported> {
    let doc = json::document(bytes, json, FORMAT)?;
    let top = json::object(&doc, FORMAT)?;
    let versioning = json::Versioning {
        key: "version",
        noun: "version",
        oldest: VERSION,
        newest: VERSION,
        missing: Some("it has no version"),
    };
    json::check_version(top, &versioning, FORMAT)?;
    let params = json::req_obj(top, "kdfParams").map_err(malformed)?;
    let memory = json::req_u64(params, "memLimit").map_err(malformed)?;
    let passes = json::req_u64(params, "opsLimit").map_err(malformed)?;
    let salt = base64_decode(json::req_str(params, "salt").map_err(malformed)?)
        .filter(|s| s.len() == SALT_LEN)
        .ok_or_else(|| malformed(format!("its salt is not {SALT_LEN} bytes of Base64")))?;
    let header: [u8; Header::BYTES] =
        base64_decode(json::req_str(top, "encryptionNonce").map_err(malformed)?)
            .and_then(|h| h.try_into().ok())
            .ok_or_else(|| {
                malformed(format!(
                    "its encryptionNonce is not {} bytes of Base64",
                    Header::BYTES
                ))
            })?;
    let sealed = base64_decode(json::req_str(top, "encryptedData").map_err(malformed)?)
        .ok_or_else(|| malformed("its encryptedData is not valid Base64"))?;
    if sealed.len() < SEALED_MIN {
        return Err(malformed(
            "its encryptedData is too short to hold the integrity tag",
        ));
    }
    let memory_kib = check_kdf(memory, passes)?;
    let Some(password) = password else {
        return Err(Error::ImportPasswordRequired { format: FORMAT });
    };
    let key = crypto::argon2id(
        password.as_bytes(),
        &salt,
        memory_kib,
        // Checked above: passes ≤ MAX_WORK_BYTES / MIN_MEMORY_BYTES.
        u32::try_from(passes).unwrap_or(u32::MAX),
        1,
        FORMAT,
    )?;
    let text = open(&key, header, sealed)?;
    Ok(Imported {
        format: ImportFormat::EnteAuth,
        encrypted: true,
        entries: super::uri_list::entries(&text, FORMAT)?,
    })
}

/// The Argon2id memory in KiB, if the file's `memLimit` (bytes) and `opsLimit` (passes) are
/// within what libsodium accepts and Ente Auth itself asks for.
fn check_kdf(memory: u64, passes: u64) -> Result<u32> {
    if passes == 0 || memory < MIN_MEMORY_BYTES {
        return Err(malformed(format!(
            "its key derivation asks for {memory} bytes and {passes} passes, below libsodium's \
             minimum ({MIN_MEMORY_BYTES} bytes, 1 pass)"
        )));
    }
    if memory > MAX_MEMORY_BYTES || memory.saturating_mul(passes) > MAX_WORK_BYTES {
        return Err(kdf_limit(memory, passes));
    }
    u32::try_from(memory / 1024).map_err(|_| kdf_limit(memory, passes))
}

fn kdf_limit(memory: u64, passes: u64) -> Error {
    Error::ImportKdfLimit {
        format: FORMAT,
        what: format!(
            "Argon2id over {} MiB, {passes} passes",
            memory / (1024 * 1024)
        ),
        limit: format!(
            "at most {} MiB and {} MiB × passes, what Ente Auth itself uses",
            MAX_MEMORY_BYTES / (1024 * 1024),
            MAX_WORK_BYTES / (1024 * 1024)
        ),
    }
}

/// Opens the one secretstream message: a wrong key fails its Poly1305 tag (the password is
/// wrong); a message not tagged FINAL means the export was cut short.
fn open(
    key: &Zeroizing<[u8; 32]>,
    header: [u8; Header::BYTES],
    sealed: Vec<u8>,
) -> Result<Zeroizing<Vec<u8>>> {
    let mut stream = PullStream::init(Header::from(header), &Key::from(**key));
    let mut buffer = Zeroizing::new(sealed);
    let tag = stream
        .pull(&mut *buffer, &[])
        .map_err(|_| Error::ImportWrongPassword { format: FORMAT })?;
    if tag != Tag::Final {
        return Err(malformed(
            "its encrypted data ends before its last part; export it from Ente Auth again",
        ));
    }
    Ok(buffer)
}

/// Whether a parsed JSON object is an Ente Auth encrypted export.
pub(crate) fn is_ente(top: &serde_json::Map<String, Value>) -> bool {
    top.contains_key("kdfParams")
        && top.contains_key("encryptedData")
        && top.contains_key("encryptionNonce")
}
