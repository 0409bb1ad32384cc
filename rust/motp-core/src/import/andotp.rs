//! andOTP backups (`otp_accounts.json`, `otp_accounts.json.aes`).
//!
//! Plain: a UTF-8 JSON list of entries `{"secret", "issuer", "label", "type", ...}`. An mOTP
//! entry has `"type": "MOTP"` and `secret` = Base32 of the secret's *text* (andOTP hashes the
//! text as typed); andOTP never stores a PIN.
//!
//! Encrypted, andOTP 0.6.3 and later (`BackupHelper.backupToFile`): iterations (4 bytes,
//! big-endian) ‖ salt (12) ‖ IV (12) ‖ AES-256-GCM ciphertext ‖ tag (16), key =
//! PBKDF2-HMAC-SHA1(password, salt, iterations, 256 bits); andOTP picks 140 000–160 000
//! iterations. Older versions wrote IV (12) ‖ ciphertext ‖ tag with key = SHA-256(password);
//! that layout has no recognisable header, so we try it when the first one fails.

use serde_json::{Map, Value};
use zeroize::Zeroizing;

use super::crypto;
use super::detect::{ANDOTP_MIN_ENCRYPTED, andotp_iterations};
use super::encoding::base32_decode;
use super::encoding::strip_bom;
use super::json::{self, Json};
use super::{
    EntryOutcome, ImportEntry, ImportFormat, Imported, SkipReason, non_empty, read_entries,
    unknown_type,
};
use crate::error::{Error, Result};
use crate::portable::PortableToken;
use crate::secret::Secret;

const FORMAT: &str = "andOTP";

/// Salt length of the current encrypted layout.
pub const SALT_LEN: usize = 12;
/// IV length of both encrypted layouts.
pub const IV_LEN: usize = 12;

fn malformed(problem: impl Into<String>) -> Error {
    Error::ImportMalformed {
        format: FORMAT,
        problem: problem.into(),
    }
}

/// Reads an andOTP backup; `json` is the already-parsed document, if any.
pub fn import(bytes: &[u8], json: Option<Json>, password: Option<&str>) -> Result<Imported> {
    let body = strip_bom(bytes);
    let looks_json = matches!(
        body.iter().find(|b| !b.is_ascii_whitespace()),
        Some(b'[' | b'{')
    );
    if json.is_some() || looks_json {
        let doc = json::document(body, json, FORMAT)?;
        return Ok(Imported {
            format: ImportFormat::AndOtp,
            encrypted: false,
            entries: read_list(&doc.0)?,
        });
    }
    if bytes.len() < IV_LEN + 16 {
        return Err(malformed(format!(
            "it is {} bytes long, too short for an encrypted backup",
            bytes.len()
        )));
    }
    let Some(password) = password else {
        return Err(Error::ImportPasswordRequired { format: FORMAT });
    };
    let plaintext = decrypt(bytes, password)?;
    let doc = Json::parse(&plaintext)
        .map_err(|e| malformed(format!("its decrypted contents are not valid JSON ({e})")))?;
    Ok(Imported {
        format: ImportFormat::AndOtp,
        encrypted: true,
        entries: read_list(&doc.0)?,
    })
}

/// Tries the current layout, then the old one.
///
/// An iteration count beyond [`crypto::PBKDF2_MAX_ITERATIONS`] (or zero) is not attempted: it
/// is almost always the old layout's random IV read as a count, and otherwise a hostile file.
/// Either way the old layout is tried next, and if it fails too the answer is "wrong
/// password" — there is no way to tell the two apart, and no way to make us hang.
fn decrypt(bytes: &[u8], password: &str) -> Result<Zeroizing<Vec<u8>>> {
    if bytes.len() >= ANDOTP_MIN_ENCRYPTED {
        let iterations = andotp_iterations(bytes).unwrap_or(0);
        let salt = &bytes[4..4 + SALT_LEN];
        let iv = nonce(&bytes[4 + SALT_LEN..4 + SALT_LEN + IV_LEN]);
        let sealed = &bytes[4 + SALT_LEN + IV_LEN..];
        if let Ok(key) = crypto::pbkdf2_sha1(password.as_bytes(), salt, iterations, FORMAT) {
            if let Some(plain) = crypto::gcm_open(&key, &iv, sealed) {
                return Ok(plain);
            }
        }
    }
    let key = crypto::sha256_key(password.as_bytes());
    let iv = nonce(&bytes[..IV_LEN]);
    crypto::gcm_open(&key, &iv, &bytes[IV_LEN..])
        .ok_or(Error::ImportWrongPassword { format: FORMAT })
}

fn nonce(bytes: &[u8]) -> [u8; IV_LEN] {
    let mut n = [0u8; IV_LEN];
    n.copy_from_slice(&bytes[..IV_LEN]);
    n
}

fn read_list(doc: &Value) -> Result<Vec<ImportEntry>> {
    let Value::Array(list) = doc else {
        return Err(malformed(format!(
            "it is {}, not a list of entries",
            json::kind(doc)
        )));
    };
    read_entries(FORMAT, list, "issuer", "label", entry_outcome)
}

fn entry_outcome(entry: &Map<String, Value>) -> std::result::Result<EntryOutcome, SkipReason> {
    let kind = json::req_str(entry, "type")?;
    match kind {
        "MOTP" => {}
        "TOTP" | "HOTP" | "STEAM" => {
            let algorithm = super::algorithm(json::opt_str(entry, "algorithm")?)?;
            let (kind, secret) = super::oath_token(
                &kind.to_ascii_lowercase(),
                json::req_str(entry, "secret")?,
                algorithm,
                json::opt_i64(entry, "digits")?,
                json::opt_i64(entry, "period")?,
                json::opt_i64(entry, "counter")?,
            )?;
            return Ok(EntryOutcome::Token(PortableToken {
                kind,
                issuer: non_empty(json::opt_str(entry, "issuer")?),
                account: json::opt_str(entry, "label")?
                    .unwrap_or_default()
                    .to_owned(),
                secret,
                pin: None,
                note: None,
                group: None,
            }));
        }
        other => return Ok(unknown_type(other)),
    }
    let issuer = non_empty(json::opt_str(entry, "issuer")?);
    let account = json::opt_str(entry, "label")?
        .unwrap_or_default()
        .to_owned();
    let encoded = json::req_str(entry, "secret")?;
    let bytes = base32_decode(encoded).ok_or(SkipReason::SecretNotBase32)?;
    let text = std::str::from_utf8(&bytes).map_err(|_| SkipReason::SecretNotText)?;
    let secret = Secret::new(text)?;
    Ok(EntryOutcome::Token(PortableToken {
        kind: crate::kind::OtpKind::Motp,
        issuer,
        account,
        secret,
        pin: None,
        note: None,
        group: None,
    }))
}
