//! Authenticator Pro / Stratum backups (`backup-*.authpro`).
//!
//! Three layouts (Stratum `Stratum.Core/src/Backup/Encryption/*`):
//!
//! * plain: UTF-8 JSON `{"Authenticators": [...], "Categories", "AuthenticatorCategories",
//!   "CustomIcons"}`;
//! * "strong": `"AUTHENTICATORPRO"` ‖ salt (16) ‖ IV (12) ‖ AES-256-GCM ciphertext ‖ tag (16),
//!   key = Argon2id(password, salt; 64 MiB, 3 iterations, parallelism 4, 32 bytes);
//! * "legacy": `"AuthenticatorPro"` ‖ salt (20) ‖ IV (16) ‖ AES-256-CBC ciphertext (PKCS#7),
//!   key = PBKDF2-HMAC-SHA1(password, salt, 64 000 iterations, 32 bytes).
//!
//! An entry's `Type` is 1 HOTP, 2 TOTP, 3 mOTP, 4 Steam, 5 Yandex. mOTP entries keep `Secret`
//! verbatim (Stratum hashes it as typed) and an optional `Pin`.

use serde_json::{Map, Value};
use zeroize::Zeroizing;

use super::crypto;
use super::detect::{AUTHPRO_LEGACY_MAGIC, AUTHPRO_STRONG_MAGIC};
use super::json::{self, Json};
use super::{
    EntryOutcome, FieldFault, FieldProblem, ImportEntry, ImportFormat, Imported, SkipReason,
    UnsupportedKind, non_empty, read_entries, unknown_type, unsupported,
};
use crate::error::{Error, Result};
use crate::pin::Pin;
use crate::portable::PortableToken;
use crate::secret::Secret;

const FORMAT: &str = "Authenticator Pro";

/// Argon2id memory of the "strong" format, in KiB (64 MiB).
pub const STRONG_MEMORY_KIB: u32 = 65_536;
/// Argon2id passes of the "strong" format.
pub const STRONG_ITERATIONS: u32 = 3;
/// Argon2id lanes of the "strong" format.
pub const STRONG_PARALLELISM: u32 = 4;
/// Salt length of the "strong" format.
pub const STRONG_SALT_LEN: usize = 16;
/// PBKDF2-SHA1 iterations of the "legacy" format.
pub const LEGACY_ITERATIONS: u32 = 64_000;
/// Salt length of the "legacy" format.
pub const LEGACY_SALT_LEN: usize = 20;

/// mOTP's `Type` number.
pub const TYPE_MOTP: i64 = 3;
/// Entry type of an HOTP token.
pub const TYPE_HOTP: i64 = 1;
/// Entry type of a TOTP token.
pub const TYPE_TOTP: i64 = 2;
/// `Type` of a Steam Guard entry.
pub const TYPE_STEAM: i64 = 4;

fn malformed(problem: impl Into<String>) -> Error {
    Error::ImportMalformed {
        format: FORMAT,
        problem: problem.into(),
    }
}

/// Reads an Authenticator Pro backup; `json` is the already-parsed document, if any.
pub fn import(bytes: &[u8], json: Option<Json>, password: Option<&str>) -> Result<Imported> {
    let strong = bytes.starts_with(AUTHPRO_STRONG_MAGIC);
    let legacy = bytes.starts_with(AUTHPRO_LEGACY_MAGIC);
    if !strong && !legacy {
        let doc = json::document(bytes, json, FORMAT)?;
        return Ok(Imported {
            format: ImportFormat::AuthenticatorPro,
            encrypted: false,
            entries: read_backup(&doc.0)?,
        });
    }
    let Some(password) = password else {
        return Err(Error::ImportPasswordRequired { format: FORMAT });
    };
    let plaintext = if strong {
        decrypt_strong(&bytes[AUTHPRO_STRONG_MAGIC.len()..], password)?
    } else {
        decrypt_legacy(&bytes[AUTHPRO_LEGACY_MAGIC.len()..], password)?
    };
    let doc = match Json::parse(&plaintext) {
        Ok(doc) => doc,
        // CBC has no integrity check: a wrong password that happens to leave valid padding
        // (1 in ~256) shows up here as garbage.
        Err(_) if legacy => return Err(Error::ImportWrongPassword { format: FORMAT }),
        Err(e) => {
            return Err(malformed(format!(
                "its decrypted contents are not valid JSON ({e})"
            )));
        }
    };
    Ok(Imported {
        format: ImportFormat::AuthenticatorPro,
        encrypted: true,
        entries: read_backup(&doc.0)?,
    })
}

fn decrypt_strong(rest: &[u8], password: &str) -> Result<Zeroizing<Vec<u8>>> {
    const IV: usize = 12;
    if rest.len() < STRONG_SALT_LEN + IV + 16 {
        return Err(malformed(format!(
            "it is too short ({} bytes after the header) to hold a salt, an IV and an \
             authentication tag",
            rest.len()
        )));
    }
    let (salt, rest) = rest.split_at(STRONG_SALT_LEN);
    let (iv, sealed) = rest.split_at(IV);
    let iv: [u8; IV] = iv.try_into().map_err(|_| malformed("bad IV"))?;
    let key = crypto::argon2id(
        password.as_bytes(),
        salt,
        STRONG_MEMORY_KIB,
        STRONG_ITERATIONS,
        STRONG_PARALLELISM,
        FORMAT,
    )?;
    crypto::gcm_open(&key, &iv, sealed).ok_or(Error::ImportWrongPassword { format: FORMAT })
}

fn decrypt_legacy(rest: &[u8], password: &str) -> Result<Zeroizing<Vec<u8>>> {
    const IV: usize = 16;
    let body = rest.len().saturating_sub(LEGACY_SALT_LEN + IV);
    if rest.len() < LEGACY_SALT_LEN + IV + 16 || body % 16 != 0 {
        return Err(malformed(format!(
            "its encrypted part is {} bytes long, not a salt and an IV followed by whole \
             16-byte AES blocks (the file was probably cut short)",
            rest.len()
        )));
    }
    let (salt, rest) = rest.split_at(LEGACY_SALT_LEN);
    let (iv, ciphertext) = rest.split_at(IV);
    let iv: [u8; IV] = iv.try_into().map_err(|_| malformed("bad IV"))?;
    let key = crypto::pbkdf2_sha1(password.as_bytes(), salt, LEGACY_ITERATIONS, FORMAT)?;
    crypto::cbc_open(&key, &iv, ciphertext).ok_or(Error::ImportWrongPassword { format: FORMAT })
}

fn read_backup(doc: &Value) -> Result<Vec<ImportEntry>> {
    let Value::Object(top) = doc else {
        return Err(malformed("it is not a JSON object"));
    };
    let list = json::req_array(top, "Authenticators").map_err(malformed)?;
    read_entries(FORMAT, list, "Issuer", "Username", entry_outcome)
}

/// An entry without its `Secret`.
fn no_secret() -> SkipReason {
    FieldProblem::new("Secret", FieldFault::Missing).into()
}

fn entry_outcome(entry: &Map<String, Value>) -> std::result::Result<EntryOutcome, SkipReason> {
    match json::opt_i64(entry, "Type")? {
        Some(TYPE_MOTP) => {}
        Some(kind @ (TYPE_HOTP | TYPE_TOTP | TYPE_STEAM)) => {
            // Algorithm: 0 SHA-1, 1 SHA-256, 2 SHA-512 (Stratum's `HashAlgorithm` enum).
            let algorithm = match json::opt_i64(entry, "Algorithm")?.unwrap_or(0) {
                0 => crate::kind::HashAlgorithm::Sha1,
                1 => crate::kind::HashAlgorithm::Sha256,
                2 => crate::kind::HashAlgorithm::Sha512,
                other => {
                    return Err(SkipReason::AlgorithmUnsupported {
                        name: other.to_string(),
                    });
                }
            };
            let (kind, secret) = super::oath_token(
                match kind {
                    TYPE_HOTP => "hotp",
                    TYPE_STEAM => "steam",
                    _ => "totp",
                },
                json::opt_str(entry, "Secret")?.ok_or(no_secret())?,
                algorithm,
                json::opt_i64(entry, "Digits")?,
                json::opt_i64(entry, "Period")?,
                Some(json::opt_i64(entry, "Counter")?.unwrap_or(0)),
            )?;
            return Ok(EntryOutcome::Token(PortableToken {
                kind,
                issuer: non_empty(json::opt_str(entry, "Issuer")?),
                account: json::opt_str(entry, "Username")?
                    .unwrap_or_default()
                    .to_owned(),
                secret,
                pin: None,
                note: None,
                group: None,
            }));
        }
        Some(5) => return Ok(unsupported(UnsupportedKind::Yandex)),
        Some(other) => return Ok(unknown_type(&other.to_string())),
        None => return Err(FieldProblem::new("Type", FieldFault::Missing).into()),
    }
    let issuer = non_empty(json::opt_str(entry, "Issuer")?);
    let account = json::opt_str(entry, "Username")?
        .unwrap_or_default()
        .to_owned();
    let secret = json::opt_str(entry, "Secret")?.ok_or(no_secret())?;
    let secret = Secret::new(secret)?;
    let pin = json::opt_text(entry, "Pin")?
        .filter(|p| !p.is_empty())
        .map(|p| Pin::raw(&p));
    Ok(EntryOutcome::Token(PortableToken {
        kind: crate::kind::OtpKind::Motp,
        issuer,
        account,
        secret,
        pin,
        note: None,
        group: None,
    }))
}
