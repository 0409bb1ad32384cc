//! Aegis vaults (`aegis-export-*.json`, `aegis-backup-*.json`), plain or encrypted.
//!
//! Layout (Aegis `docs/vault.md`): `{"version": 1, "header": {"slots", "params"}, "db"}`.
//! Plain: `slots` and `params` are null and `db` is the content object. Encrypted: `db` is
//! Base64 of the content encrypted with AES-256-GCM under a random master key (`params.nonce`,
//! `params.tag` in hex); each slot holds the master key wrapped with AES-256-GCM; a password
//! slot (type 1) derives its wrapping key with scrypt(N, r, p, salt). Biometric slots (type 2)
//! need the phone's keystore and are skipped.
//!
//! Content versions 1–3: `{"version", "entries": [...]}` (+ `groups` from version 3). TOTP and
//! HOTP entries carry `info.secret` (Base32), `info.algo`, `info.digits` and `info.period` or
//! `info.counter`; Steam and Yandex entries are skipped by name. An mOTP
//! entry is `"type": "motp"` with `info.secret` the Base32 (no padding) of the secret's
//! *bytes* — Aegis hex-decodes mOTP secrets — so we re-encode them as lowercase hex, the text
//! Aegis hashes. `info.pin` is the stored PIN.

use serde_json::{Map, Value};
use zeroize::Zeroizing;

use super::crypto::{self, Key, ScryptParams};
use super::encoding::{base32_decode, base64_decode, hex_array, hex_decode, hex_lower_secret};
use super::json::{self, Json};
use super::{
    EntryOutcome, ImportEntry, ImportFormat, Imported, SkipReason, UnsupportedKind, non_empty,
    oath_token, read_entries, unknown_type, unsupported,
};
use crate::error::{Error, Result};
use crate::pin::Pin;
use crate::portable::PortableToken;
use crate::secret::Secret;

const FORMAT: &str = "Aegis";

/// The vault file version Aegis writes (and the only one that exists).
pub const FILE_VERSION: i64 = 1;
/// The newest content version we read (what current Aegis writes).
pub const CONTENT_VERSION: i64 = 3;
/// Password slot type.
pub const SLOT_PASSWORD: i64 = 1;
/// Biometric slot type.
pub const SLOT_BIOMETRIC: i64 = 2;

fn malformed(problem: impl Into<String>) -> Error {
    Error::ImportMalformed {
        format: FORMAT,
        problem: problem.into(),
    }
}

/// Reads an Aegis vault; `json` is the already-parsed document, if the caller has it.
pub fn import(bytes: &[u8], json: Option<Json>, password: Option<&str>) -> Result<Imported> {
    let doc = json::document(bytes, json, FORMAT)?;
    let top = json::object(&doc, FORMAT)?;
    let versioning = json::Versioning {
        key: "version",
        noun: "file version",
        oldest: FILE_VERSION,
        newest: FILE_VERSION,
        missing: Some("it has no file version"),
    };
    json::check_version(top, &versioning, FORMAT)?;
    let header = json::req_obj(top, "header").map_err(malformed)?;
    let plain = header.get("slots").is_none_or(Value::is_null)
        && header.get("params").is_none_or(Value::is_null);
    if plain {
        let content = json::req_obj(top, "db").map_err(malformed)?;
        return Ok(Imported {
            format: ImportFormat::Aegis,
            encrypted: false,
            entries: read_content(content)?,
        });
    }
    let Some(password) = password else {
        return Err(Error::ImportPasswordRequired { format: FORMAT });
    };
    let db = json::req_str(top, "db").map_err(malformed)?;
    let content = decrypt(header, db, password)?;
    let parsed = Json::parse(&content)
        .map_err(|e| malformed(format!("its decrypted contents are not valid JSON ({e})")))?;
    let Value::Object(content) = &parsed.0 else {
        return Err(malformed("its decrypted contents are not a JSON object"));
    };
    Ok(Imported {
        format: ImportFormat::Aegis,
        encrypted: true,
        entries: read_content(content)?,
    })
}

/// Unwraps the master key with the password and decrypts the contents.
fn decrypt(header: &Map<String, Value>, db: &str, password: &str) -> Result<Zeroizing<Vec<u8>>> {
    let slots =
        json::req_array(header, "slots").map_err(|p| malformed(format!("its header: {p}")))?;
    let params =
        json::req_obj(header, "params").map_err(|p| malformed(format!("its header: {p}")))?;
    let (nonce, tag) = nonce_and_tag(params).map_err(|p| malformed(format!("its header: {p}")))?;
    let master = unlock(slots, password)?;
    let mut sealed = base64_decode(db)
        .ok_or_else(|| malformed("its encrypted contents are not valid Base64"))?;
    sealed.extend_from_slice(&tag);
    crypto::gcm_open(&master, &nonce, &sealed).ok_or_else(|| {
        malformed("its contents fail the integrity check although the password is right")
    })
}

/// A password slot, read and checked before any key derivation.
struct PasswordSlot {
    scrypt: ScryptParams,
    salt: Vec<u8>,
    wrapped: Vec<u8>,
    nonce: [u8; 12],
    repaired: bool,
}

fn read_password_slot(slot: &Map<String, Value>) -> Result<PasswordSlot> {
    fn field(p: impl std::fmt::Display) -> Error {
        malformed(format!("its password slot: {p}"))
    }
    let n = json::req_u64(slot, "n").map_err(field)?;
    let r = json::req_u64(slot, "r").map_err(field)?;
    let p = json::req_u64(slot, "p").map_err(field)?;
    let scrypt = ScryptParams::check(n, r, p, FORMAT)?;
    let salt = hex_decode(json::req_str(slot, "salt").map_err(field)?)
        .ok_or_else(|| field("its salt is not hex"))?
        .to_vec();
    let wrapped = hex_decode(json::req_str(slot, "key").map_err(field)?)
        .ok_or_else(|| field("its key is not hex"))?;
    let key_params = json::req_obj(slot, "key_params").map_err(field)?;
    let (nonce, tag) = nonce_and_tag(key_params).map_err(field)?;
    let mut sealed = wrapped.to_vec();
    sealed.extend_from_slice(&tag);
    let repaired = matches!(slot.get("repaired"), Some(Value::Bool(true)));
    Ok(PasswordSlot {
        scrypt,
        salt,
        wrapped: sealed,
        nonce,
        repaired,
    })
}

/// Tries every password slot; the first that opens gives the master key.
fn unlock(slots: &[Value], password: &str) -> Result<Key> {
    let mut password_slots = Vec::new();
    let mut biometric = 0;
    let mut refused = None;
    for slot in slots {
        let Value::Object(slot) = slot else {
            return Err(malformed("one of its slots is not an object"));
        };
        match json::opt_i64(slot, "type").map_err(|p| malformed(format!("a slot: {p}")))? {
            Some(SLOT_PASSWORD) => match read_password_slot(slot) {
                Ok(s) => password_slots.push(s),
                // A hostile slot must not stop a good one from opening the vault.
                Err(e @ Error::ImportKdfLimit { .. }) => refused = Some(e),
                Err(e) => return Err(e),
            },
            Some(SLOT_BIOMETRIC) => biometric += 1,
            _ => {} // raw slots and unknown types need keys we do not have
        }
    }
    // The slots are tried one after another, so the limit on one derivation's work is also
    // the limit for the whole file: a file with many expensive slots would otherwise cost their
    // sum even with the right password (40 slots: 27 s).
    let mut spent = 0u64;
    for slot in &password_slots {
        spent = spent.saturating_add(slot.scrypt.work());
        if spent > crypto::SCRYPT_MAX_WORK {
            return Err(Error::ImportKdfLimit {
                format: FORMAT,
                what: format!(
                    "scrypt work N·r·p = {spent} in all over its first password slots (it has \
                     {})",
                    password_slots.len()
                ),
                limit: "N·r·p = 2^22 for the whole file".into(),
            });
        }
        let wrapping = slot
            .scrypt
            .derive(password.as_bytes(), &slot.salt, FORMAT)?;
        if let Some(master) = crypto::gcm_open(&wrapping, &slot.nonce, &slot.wrapped) {
            let key: [u8; 32] = master[..]
                .try_into()
                .map_err(|_| malformed("its master key is not 32 bytes long"))?;
            return Ok(Zeroizing::new(key));
        }
    }
    if let Some(e) = refused {
        return Err(e);
    }
    if password_slots.is_empty() {
        return Err(if biometric > 0 {
            Error::ImportUnsupported {
                format: FORMAT,
                reason: "it can only be unlocked with a fingerprint (it has no password slot): in \
                         Aegis, set a password under Settings → Security and export again"
                    .into(),
            }
        } else {
            malformed("it has no password slot")
        });
    }
    if password.len() > 64 && password_slots.iter().any(|s| !s.repaired) {
        return Err(Error::ImportUnsupported {
            format: FORMAT,
            reason: "the password did not open it, and its password slot predates Aegis's fix \
                     for passwords longer than 64 bytes: open the vault in a current Aegis once \
                     (it repairs the slot), export again, and retry"
                .into(),
        });
    }
    Err(Error::ImportWrongPassword { format: FORMAT })
}

fn nonce_and_tag(params: &Map<String, Value>) -> std::result::Result<([u8; 12], [u8; 16]), String> {
    let nonce = hex_array::<12>(json::req_str(params, "nonce")?)
        .ok_or("its nonce is not 12 bytes of hex")?;
    let tag =
        hex_array::<16>(json::req_str(params, "tag")?).ok_or("its tag is not 16 bytes of hex")?;
    Ok((nonce, tag))
}

fn read_content(content: &Map<String, Value>) -> Result<Vec<ImportEntry>> {
    let versioning = json::Versioning {
        key: "version",
        noun: "content version",
        oldest: 1,
        newest: CONTENT_VERSION,
        missing: Some("its contents have no version"),
    };
    json::check_version(content, &versioning, FORMAT)?;
    let list = json::req_array(content, "entries").map_err(malformed)?;
    let mut entries = read_entries(FORMAT, list, "issuer", "name", entry_outcome)?;
    // Groups: content version 2 names an entry's group (`"group": "Work"`); version 3 lists
    // the ids of its groups (`"groups": [uuid]`, the first kept: a token here has one), named
    // in the contents' `groups`. A group that cannot be found is no group.
    let names: Vec<(&str, &str)> = match content.get("groups") {
        Some(Value::Array(groups)) => groups
            .iter()
            .filter_map(|g| Some((g.get("uuid")?.as_str()?, g.get("name")?.as_str()?)))
            .collect(),
        _ => Vec::new(),
    };
    for (entry, raw) in entries.iter_mut().zip(list) {
        if let EntryOutcome::Token(t) = &mut entry.outcome {
            let named = raw.get("group").and_then(Value::as_str);
            let listed = raw
                .get("groups")
                .and_then(Value::as_array)
                .and_then(|ids| ids.first())
                .and_then(Value::as_str)
                .and_then(|id| names.iter().find(|(uuid, _)| *uuid == id).map(|(_, n)| *n));
            t.group = named
                .or(listed)
                .map(str::trim)
                .filter(|g| !g.is_empty())
                .map(str::to_owned);
        }
    }
    Ok(entries)
}

fn entry_outcome(entry: &Map<String, Value>) -> std::result::Result<EntryOutcome, SkipReason> {
    let kind = json::req_str(entry, "type")?;
    match kind {
        "motp" | "totp" | "hotp" | "steam" => {}
        "yandex" => return Ok(unsupported(UnsupportedKind::Yandex)),
        other => return Ok(unknown_type(other)),
    }
    let account = json::opt_str(entry, "name")?.unwrap_or_default().to_owned();
    let issuer = non_empty(json::opt_str(entry, "issuer")?);
    // Kept as the file has it; `Vault::import_tokens` cleans control characters (crate::text).
    let note = non_empty(json::opt_str(entry, "note")?);
    let info = json::req_obj(entry, "info")?;
    let encoded = json::req_str(info, "secret")?;
    if kind != "motp" {
        let algorithm = super::algorithm(json::opt_str(info, "algo")?)?;
        let (kind, secret) = oath_token(
            kind,
            encoded,
            algorithm,
            json::opt_i64(info, "digits")?,
            json::opt_i64(info, "period")?,
            json::opt_i64(info, "counter")?,
        )?;
        return Ok(EntryOutcome::Token(PortableToken {
            kind,
            issuer,
            account,
            secret,
            pin: None,
            note,
            group: None,
        }));
    }
    let bytes = base32_decode(encoded).ok_or(SkipReason::SecretNotBase32)?;
    if bytes.is_empty() {
        return Err(SkipReason::SecretEmpty);
    }
    let secret = Secret::new(&hex_lower_secret(&bytes))?;
    let pin = json::opt_text(info, "pin")?
        .filter(|p| !p.is_empty())
        .map(|p| Pin::raw(&p));
    Ok(EntryOutcome::Token(PortableToken {
        kind: crate::kind::OtpKind::Motp,
        issuer,
        account,
        secret,
        pin,
        note,
        group: None,
    }))
}
