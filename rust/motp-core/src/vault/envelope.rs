//! The file format: a JSON envelope around the encrypted content.
//!
//! ```json
//! { "format": "motp-token-vault", "version": 1, "generation": 7,
//!   "slots": [ … ], "nonce": "<base64, 24 bytes>", "ciphertext": "<base64>" }
//! ```
//!
//! Everything but `ciphertext` is the *header*; its canonical JSON ([`super::canonical`]) is
//! the associated data of the content encryption, so a changed slot, version or generation is
//! detected exactly like a changed ciphertext. docs/vault-format.md is the full specification.

use serde_json::{Map, Value};

use super::b64;
use super::canonical;
use super::content::Content;
use super::crypto::{self, MasterKey, NONCE_LEN};
use super::slots::{Slot, SlotInfo};
use crate::error::{Error, Result};

/// The `format` field of every vault file.
pub const FORMAT_NAME: &str = "motp-token-vault";
/// The newest format version this build reads and the one it writes. Version 2 added token
/// kinds (TOTP, HOTP), the apps' group/favourite/icon, and kept members of newer apps;
/// version 3 the change stamps, positions, history and deletions that merges need
/// (`super::merge`), and the header's `device`.
pub const FORMAT_VERSION: u64 = 3;
/// The largest file accepted: 16 MiB (a 1,000-token vault is about 250 KB). The one limit for
/// both sides: every reader refuses a larger file (`VaultFile::parse`, and `store` by the
/// file's size before reading it) and `seal` refuses to make one, so no save can write a
/// vault that nothing opens afterwards.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// Most slots a vault may have.
pub const MAX_SLOTS: usize = 64;

const FIELDS: [&str; 6] = [
    "format",
    "version",
    "generation",
    "slots",
    "nonce",
    "ciphertext",
];

/// A parsed, still encrypted vault file.
#[derive(Debug, Clone)]
pub(crate) struct VaultFile {
    pub version: u64,
    pub generation: u64,
    pub slots: Vec<Slot>,
    nonce: [u8; NONCE_LEN],
    ciphertext: Vec<u8>,
    aad: Vec<u8>,
    /// Header members outside [`FIELDS`] (version 2 only), kept for the next save.
    header_extra: Map<String, Value>,
}

/// What can be learnt from a vault file without a password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VaultSummary {
    /// The format version.
    pub version: u64,
    /// How many times it was saved.
    pub generation: u64,
    /// Its key slots.
    pub slots: Vec<SlotInfo>,
}

/// Reads a vault file's header without decrypting anything.
pub fn inspect(bytes: &[u8]) -> Result<VaultSummary> {
    let f = VaultFile::parse(bytes)?;
    Ok(VaultSummary {
        version: f.version,
        generation: f.generation,
        slots: f.slots.iter().map(Slot::info).collect(),
    })
}

impl VaultFile {
    /// Parses the envelope. Distinguishes "not a vault", "newer version" and "damaged".
    pub(crate) fn parse(bytes: &[u8]) -> Result<VaultFile> {
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(Error::VaultTooLarge {
                size: bytes.len() as u64,
                max: MAX_FILE_BYTES,
            });
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(Error::VaultNotAVault("the file is empty".into()));
        }
        let value: Value = match serde_json::from_slice(bytes) {
            Ok(v) => v,
            Err(e) => {
                let looks_like_ours = bytes.len() >= 2
                    && bytes
                        .windows(FORMAT_NAME.len())
                        .any(|w| w == FORMAT_NAME.as_bytes());
                let what = format!(
                    "it is not valid JSON: {:?} error at line {}, column {}",
                    e.classify(),
                    e.line(),
                    e.column()
                );
                return Err(if looks_like_ours {
                    Error::VaultCorrupt(format!("{what}; it may have been cut short"))
                } else {
                    Error::VaultNotAVault(what)
                });
            }
        };
        let Value::Object(mut map) = value else {
            return Err(Error::VaultNotAVault("it is not a JSON object".into()));
        };
        match map.get("format").and_then(Value::as_str) {
            Some(FORMAT_NAME) => {}
            Some(other) => {
                return Err(Error::VaultNotAVault(format!(
                    "its format is \"{}\", not \"{FORMAT_NAME}\"",
                    other.chars().take(60).collect::<String>()
                )));
            }
            None => {
                return Err(Error::VaultNotAVault(format!(
                    "it has no \"format\": \"{FORMAT_NAME}\" field"
                )));
            }
        }
        let version = map
            .get("version")
            .and_then(Value::as_u64)
            .ok_or_else(|| corrupt("its \"version\" is missing or not a whole number"))?;
        if version > FORMAT_VERSION {
            return Err(Error::VaultNewerVersion {
                version,
                supported: FORMAT_VERSION,
            });
        }
        if version == 0 {
            return Err(corrupt("its \"version\" is 0"));
        }
        // Version 1 had no room for extensions; from version 2, members a newer app added
        // are authenticated like the rest of the header and kept.
        let mut header_extra = Map::new();
        for k in map.keys().filter(|k| !FIELDS.contains(&k.as_str())) {
            if version == 1 {
                return Err(corrupt(&format!(
                    "it has an unexpected field \"{}\"",
                    k.chars().take(60).collect::<String>()
                )));
            }
            header_extra.insert(k.clone(), map[k].clone());
        }
        let generation = map
            .get("generation")
            .and_then(Value::as_u64)
            .ok_or_else(|| corrupt("its \"generation\" is missing or not a whole number"))?;
        let ciphertext = match map.remove("ciphertext") {
            Some(Value::String(s)) => b64::decode("ciphertext", &s).map_err(|e| corrupt(&e))?,
            _ => return Err(corrupt("its \"ciphertext\" is missing")),
        };
        let nonce = match map.get("nonce") {
            Some(Value::String(s)) => {
                b64::decode_array::<NONCE_LEN>("nonce", s).map_err(|e| corrupt(&e))?
            }
            _ => return Err(corrupt("its \"nonce\" is missing")),
        };
        let slot_values = map
            .get("slots")
            .and_then(Value::as_array)
            .ok_or_else(|| corrupt("its \"slots\" list is missing"))?;
        if slot_values.is_empty() {
            return Err(corrupt("it has no key slots"));
        }
        if slot_values.len() > MAX_SLOTS {
            return Err(corrupt(&format!("it has more than {MAX_SLOTS} key slots")));
        }
        let mut slots = Vec::with_capacity(slot_values.len());
        for v in slot_values {
            let slot = Slot::from_value(v).map_err(|e| corrupt(&e))?;
            if slots.iter().any(|s: &Slot| s.id() == slot.id()) {
                return Err(corrupt("two key slots share an id"));
            }
            slots.push(slot);
        }
        let aad = canonical::to_vec(&Value::Object(map));
        Ok(VaultFile {
            version,
            generation,
            slots,
            nonce,
            ciphertext,
            aad,
            header_extra,
        })
    }

    /// Decrypts and checks the content with the master key a slot gave.
    pub(crate) fn decrypt(&self, key: &MasterKey) -> Result<Content> {
        let plain = crypto::open(key.bytes(), &self.nonce, &self.ciphertext, &self.aad)
            .ok_or_else(|| {
                corrupt(
                    "its contents fail the integrity check: the header or the encrypted data \
                     was changed",
                )
            })?;
        let mut content = Content::decode(&plain)?;
        content.header_extra = self.header_extra.clone();
        if content.generation != self.generation {
            return Err(corrupt(
                "the generation in its header does not match its contents",
            ));
        }
        Ok(content)
    }
}

fn corrupt(what: &str) -> Error {
    Error::VaultCorrupt(what.to_owned())
}

/// Encrypts `content` under `key` and writes the envelope (pretty-printed JSON, for people
/// inspecting their own file; the authenticated form is canonical regardless).
pub(crate) fn seal(slots: &[Slot], key: &MasterKey, content: &Content) -> Result<Vec<u8>> {
    let nonce = crypto::random::<NONCE_LEN>()?;
    let mut map = Map::new();
    map.insert("format".into(), Value::from(FORMAT_NAME));
    map.insert("version".into(), Value::from(FORMAT_VERSION));
    map.insert("generation".into(), Value::from(content.generation));
    map.insert(
        "slots".into(),
        Value::Array(slots.iter().map(Slot::to_value).collect()),
    );
    map.insert("nonce".into(), Value::String(b64::encode(&nonce)));
    for (k, v) in &content.header_extra {
        if !FIELDS.contains(&k.as_str()) {
            map.insert(k.clone(), v.clone());
        }
    }
    let mut header = Value::Object(map);
    let aad = canonical::to_vec(&header);
    let ciphertext = crypto::seal(key.bytes(), content.encode()?, &nonce, &aad)?;
    if let Value::Object(map) = &mut header {
        map.insert("ciphertext".into(), Value::String(b64::encode(&ciphertext)));
    }
    let mut out = Vec::new();
    write_pretty(&header, &mut out);
    out.push(b'\n');
    if out.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::VaultWouldBeTooLarge {
            size: out.len() as u64,
            max: MAX_FILE_BYTES,
        });
    }
    Ok(out)
}

/// Pretty JSON in a fixed, readable key order (format first, ciphertext last).
fn write_pretty(header: &Value, out: &mut Vec<u8>) {
    let Value::Object(map) = header else { return };
    out.extend_from_slice(b"{\n");
    let mut first = true;
    for key in FIELDS {
        let Some(v) = map.get(key) else { continue };
        if !first {
            out.extend_from_slice(b",\n");
        }
        first = false;
        out.extend_from_slice(b"  ");
        let _ = serde_json::to_writer(&mut *out, key);
        out.extend_from_slice(b": ");
        if key == "slots" {
            out.extend_from_slice(b"[\n");
            if let Value::Array(items) = v {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(b",\n");
                    }
                    out.extend_from_slice(b"    ");
                    let _ = serde_json::to_writer(&mut *out, item);
                }
            }
            out.extend_from_slice(b"\n  ]");
        } else {
            let _ = serde_json::to_writer(&mut *out, v);
        }
    }
    // A newer app's header members, at the end (readers do not depend on order).
    for (key, v) in map.iter().filter(|(k, _)| !FIELDS.contains(&k.as_str())) {
        out.extend_from_slice(b",\n  ");
        let _ = serde_json::to_writer(&mut *out, key);
        out.extend_from_slice(b": ");
        let _ = serde_json::to_writer(&mut *out, v);
    }
    out.extend_from_slice(b"\n}");
}
