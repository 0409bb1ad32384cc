//! Key slots: each one wraps the same master key, like LUKS.
//!
//! A vault opens with any of its slots: the password (Argon2id), or a platform key store
//! (Android Keystore, iOS Keychain). Slot types this build does not know are kept verbatim when
//! the vault is rewritten, so an older app never destroys a newer app's slot.

use std::fmt;

use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::b64;
use super::canonical;
use super::crypto::{self, KEY_LEN, MasterKey, NONCE_LEN, Password};
use super::kdf::{self, KdfParams, SALT_LEN};
use super::protector::{self, KeyProtector};
use crate::error::{Error, Result};

/// A slot's identifier.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SlotId(Uuid);

impl SlotId {
    /// Reads the hyphenated form.
    pub fn parse(text: &str) -> Result<SlotId> {
        Uuid::try_parse(text.trim())
            .map(SlotId)
            .map_err(|_| Error::VaultNoSuchSlot(format!("\"{text}\" is not a slot id")))
    }
}

impl fmt::Display for SlotId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0.hyphenated(), f)
    }
}

impl fmt::Debug for SlotId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SlotId({})", self.0.hyphenated())
    }
}

/// What kind of slot.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SlotKind {
    /// Unlocked by a password through Argon2id.
    Password {
        /// Its key-derivation parameters.
        kdf: KdfParams,
    },
    /// Unlocked by a platform key store.
    Platform {
        /// The protector's identifier.
        protector: String,
        /// Its human description.
        label: String,
    },
    /// A type this build does not know (made by a newer app); kept as is.
    Unknown {
        /// The type name in the file.
        type_name: String,
    },
}

/// A slot as listed to the user: nothing secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotInfo {
    /// The id.
    pub id: SlotId,
    /// The kind.
    pub kind: SlotKind,
}

#[derive(Clone, PartialEq, Eq)]
pub(crate) enum Slot {
    Password {
        id: SlotId,
        kdf: KdfParams,
        salt: [u8; SALT_LEN],
        nonce: [u8; NONCE_LEN],
        wrapped: Vec<u8>,
    },
    Platform {
        id: SlotId,
        protector: String,
        label: String,
        wrapped: Vec<u8>,
    },
    Unknown {
        id: SlotId,
        type_name: String,
        raw: Value,
    },
}

impl fmt::Debug for Slot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Slot({:?})", self.info())
    }
}

impl Slot {
    pub(crate) fn id(&self) -> SlotId {
        match self {
            Slot::Password { id, .. } | Slot::Platform { id, .. } | Slot::Unknown { id, .. } => *id,
        }
    }

    pub(crate) fn info(&self) -> SlotInfo {
        let kind = match self {
            Slot::Password { kdf, .. } => SlotKind::Password { kdf: *kdf },
            Slot::Platform {
                protector, label, ..
            } => SlotKind::Platform {
                protector: protector.clone(),
                label: label.clone(),
            },
            Slot::Unknown { type_name, .. } => SlotKind::Unknown {
                type_name: type_name.clone(),
            },
        };
        SlotInfo {
            id: self.id(),
            kind,
        }
    }

    /// A new password slot wrapping `master`.
    pub(crate) fn new_password(
        master: &MasterKey,
        password: &Password,
        kdf: KdfParams,
    ) -> Result<Slot> {
        kdf.check_for_opening()?;
        let mut slot = Slot::Password {
            id: SlotId(super::model::random_uuid()?),
            kdf,
            salt: crypto::random::<SALT_LEN>()?,
            nonce: crypto::random::<NONCE_LEN>()?,
            wrapped: Vec::new(),
        };
        // Compute the AAD from the slot as it will be written (id included), then wrap.
        let aad = canonical::to_vec(&slot.to_value_without_key());
        if let Slot::Password {
            kdf,
            salt,
            nonce,
            wrapped,
            ..
        } = &mut slot
        {
            let kek = kdf::derive(password, salt, kdf)?;
            *wrapped = crypto::seal(
                &kek,
                zeroize::Zeroizing::new(master.bytes().to_vec()),
                nonce,
                &aad,
            )?;
        }
        Ok(slot)
    }

    /// A new platform slot wrapping `master` with `p`.
    pub(crate) fn new_platform(master: &MasterKey, p: &dyn KeyProtector) -> Result<Slot> {
        let wrapped = protector::guarded_wrap(p, master.bytes())?;
        Ok(Slot::Platform {
            id: SlotId(super::model::random_uuid()?),
            protector: p.id(),
            label: p.label(),
            wrapped,
        })
    }

    /// Tries the password; `Ok(None)` when it is not this slot's password.
    pub(crate) fn unwrap_password(&self, password: &Password) -> Result<Option<MasterKey>> {
        let Slot::Password {
            kdf,
            salt,
            nonce,
            wrapped,
            ..
        } = self
        else {
            return Ok(None);
        };
        let kek = kdf::derive(password, salt, kdf)?;
        let aad = canonical::to_vec(&self.to_value_without_key());
        Ok(crypto::open(&kek, nonce, wrapped, &aad).and_then(|k| MasterKey::from_slice(&k)))
    }

    /// Unwraps with a protector, if this is its slot (`Ok(None)` otherwise).
    pub(crate) fn unwrap_platform(&self, p: &dyn KeyProtector) -> Result<Option<MasterKey>> {
        let Slot::Platform {
            protector, wrapped, ..
        } = self
        else {
            return Ok(None);
        };
        if *protector != p.id() {
            return Ok(None);
        }
        let key = protector::guarded_unwrap(p, wrapped)?;
        Ok(MasterKey::from_slice(&key))
    }

    /// The JSON object written to the file.
    pub(crate) fn to_value(&self) -> Value {
        let mut v = self.to_value_without_key();
        if let (
            Value::Object(map),
            Slot::Password { wrapped, .. } | Slot::Platform { wrapped, .. },
        ) = (&mut v, self)
        {
            map.insert("wrapped_key".into(), Value::String(b64::encode(wrapped)));
        }
        v
    }

    /// The slot without `wrapped_key`: what a password slot's key wrap authenticates.
    fn to_value_without_key(&self) -> Value {
        match self {
            Slot::Password {
                id,
                kdf,
                salt,
                nonce,
                ..
            } => json!({
                "type": "password",
                "id": id.to_string(),
                "kdf": {
                    "algorithm": "argon2id",
                    "version": 19,
                    "memory_kib": kdf.memory_kib,
                    "iterations": kdf.iterations,
                    "parallelism": kdf.parallelism,
                },
                "salt": b64::encode(salt),
                "nonce": b64::encode(nonce),
            }),
            Slot::Platform {
                id,
                protector,
                label,
                ..
            } => json!({
                "type": "platform",
                "id": id.to_string(),
                "protector": protector,
                "label": label,
            }),
            Slot::Unknown { raw, .. } => raw.clone(),
        }
    }

    /// Reads a slot object from the file.
    pub(crate) fn from_value(v: &Value) -> std::result::Result<Slot, String> {
        let map = v.as_object().ok_or("a slot is not a JSON object")?;
        let type_name = str_field(map, "type")?;
        let id = Uuid::try_parse(str_field(map, "id")?)
            .map(SlotId)
            .map_err(|_| "a slot's \"id\" is not a UUID".to_string())?;
        match type_name {
            "password" => {
                only_fields(map, &["type", "id", "kdf", "salt", "nonce", "wrapped_key"])?;
                let kdf_map = map
                    .get("kdf")
                    .and_then(Value::as_object)
                    .ok_or("a password slot has no \"kdf\" object")?;
                only_fields(
                    kdf_map,
                    &[
                        "algorithm",
                        "version",
                        "memory_kib",
                        "iterations",
                        "parallelism",
                    ],
                )?;
                if str_field(kdf_map, "algorithm")? != "argon2id" {
                    return Err("a password slot uses a key derivation other than argon2id".into());
                }
                if u32_field(kdf_map, "version")? != 19 {
                    return Err(
                        "a password slot uses an Argon2 version other than 19 (0x13)".into(),
                    );
                }
                let kdf = KdfParams {
                    memory_kib: u32_field(kdf_map, "memory_kib")?,
                    iterations: u32_field(kdf_map, "iterations")?,
                    parallelism: u32_field(kdf_map, "parallelism")?,
                };
                kdf.check_for_opening()
                    .map_err(|e| format!("a password slot: {e}"))?;
                let wrapped = b64::decode("wrapped_key", str_field(map, "wrapped_key")?)?;
                if wrapped.len() != KEY_LEN + crypto::TAG_LEN {
                    return Err("a password slot's wrapped key has the wrong length".into());
                }
                Ok(Slot::Password {
                    id,
                    kdf,
                    salt: b64::decode_array("salt", str_field(map, "salt")?)?,
                    nonce: b64::decode_array("nonce", str_field(map, "nonce")?)?,
                    wrapped,
                })
            }
            "platform" => {
                only_fields(map, &["type", "id", "protector", "label", "wrapped_key"])?;
                let wrapped = b64::decode("wrapped_key", str_field(map, "wrapped_key")?)?;
                if wrapped.is_empty() {
                    return Err("a platform slot's wrapped key is empty".into());
                }
                Ok(Slot::Platform {
                    id,
                    protector: str_field(map, "protector")?.to_owned(),
                    label: str_field(map, "label")?.to_owned(),
                    wrapped,
                })
            }
            other => Ok(Slot::Unknown {
                id,
                type_name: other.to_owned(),
                raw: v.clone(),
            }),
        }
    }
}

fn str_field<'a>(map: &'a Map<String, Value>, name: &str) -> std::result::Result<&'a str, String> {
    map.get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("a slot has no text field \"{name}\""))
}

fn u32_field(map: &Map<String, Value>, name: &str) -> std::result::Result<u32, String> {
    map.get(name)
        .and_then(Value::as_u64)
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| format!("a slot's \"{name}\" is not a whole number"))
}

fn only_fields(map: &Map<String, Value>, allowed: &[&str]) -> std::result::Result<(), String> {
    match map.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(format!("a slot has an unexpected field \"{k}\"")),
        None => Ok(()),
    }
}
