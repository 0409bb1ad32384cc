//! The encrypted content: tokens, settings and the generation counter, as JSON.
//!
//! Encoding writes into a zeroizing buffer sized in advance (so no reallocation leaves a copy
//! of a secret in freed memory); decoding errors never quote the input, which is full of
//! secrets.

use std::collections::HashSet;
use std::io::Write;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use super::hlc::Stamp;
use super::model::TokenId;
use super::model::{MAX_CLOCK_CORRECTION_SECONDS, Settings, TokenRecord, TrashRecord};
use crate::error::{Error, Result};
use crate::time::ClockCorrection;

/// Most tokens a vault holds; far above any real use, it bounds what a crafted file can cost.
pub const MAX_TOKENS: usize = 10_000;
/// Most deletions a vault remembers (they are forgotten after `merge::TOMBSTONE_DAYS`).
pub const MAX_TOMBSTONES: usize = 100_000;

/// The decrypted vault content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Content {
    /// Incremented by every save; equals the envelope's `generation`.
    pub generation: u64,
    #[serde(default)]
    pub settings: SettingsRecord,
    #[serde(default)]
    pub tokens: Vec<TokenRecord>,
    /// Deleted tokens, remembered for merges (format version 3; `super::merge`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted: Vec<Tombstone>,
    /// Deleted tokens kept for a while (`trash.rs`); left out of the file while empty, so a
    /// vault that never deleted anything is written as before.
    #[serde(
        default,
        rename = "deleted_tokens",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub trash: Vec<TrashRecord>,
    /// Members a newer app added (format version 2 keeps them on rewrite).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
    /// Members of the envelope's header that a newer app added within format version 2; they
    /// are authenticated with the content and written back unchanged. Not part of the content.
    #[serde(skip)]
    pub header_extra: Map<String, Value>,
}

/// A deleted token, remembered so that a copy that still holds it does not bring it back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Tombstone {
    pub id: TokenId,
    /// When it was deleted.
    pub stamp: Stamp,
    /// The latest change of the token the deleting device had seen: a later one (made
    /// elsewhere, unseen) brings it back.
    pub seen: Stamp,
    /// The token as it was when deleted, merged with every version met since: if an unseen
    /// edit brings it back, the token comes back whole (its HOTP counter at the largest any
    /// copy reached), whichever copies met first. `None` once the token is gone for good.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<Box<TokenRecord>>,
}

impl Tombstone {
    /// Which of two deletions of one token counts: the one that had seen more.
    pub(crate) fn outranks(&self, other: &Tombstone) -> bool {
        (&self.seen, &self.stamp) > (&other.seen, &other.stamp)
    }
}

/// Settings as stored.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub(crate) struct SettingsRecord {
    #[serde(default)]
    pub clock_correction_seconds: i64,
    /// The WebDAV server this device syncs with (device-local: never uploaded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync: Option<super::sync_settings::SyncSettings>,
    /// Settings a newer app added, kept on rewrite.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl From<&SettingsRecord> for Settings {
    fn from(s: &SettingsRecord) -> Settings {
        Settings {
            clock_correction: ClockCorrection(s.clock_correction_seconds),
        }
    }
}

/// Counts bytes without storing them, to size the real buffer.
struct Counter(usize);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Content {
    pub(crate) fn empty() -> Content {
        Content {
            generation: 0,
            settings: SettingsRecord::default(),
            tokens: Vec::new(),
            deleted: Vec::new(),
            trash: Vec::new(),
            extra: Map::new(),
            header_extra: Map::new(),
        }
    }

    /// The latest stamp anywhere in the content (a new clock starts past it).
    pub(crate) fn latest_stamp(&self) -> Option<super::hlc::Stamp> {
        let tokens = self.tokens.iter().map(|t| t.stamps.latest_all());
        let deleted = self.deleted.iter().map(|d| d.stamp.clone());
        tokens.chain(deleted).max()
    }

    /// Serializes into a zeroizing buffer with room for the AEAD tag, never reallocated.
    pub(crate) fn encode(&self) -> Result<Zeroizing<Vec<u8>>> {
        let fail = |_| Error::VaultCorrupt("the vault content could not be serialized".into());
        let mut counter = Counter(0);
        serde_json::to_writer(&mut counter, self).map_err(fail)?;
        let mut buf = Zeroizing::new(Vec::with_capacity(counter.0 + super::crypto::TAG_LEN));
        serde_json::to_writer(&mut *buf, self).map_err(fail)?;
        Ok(buf)
    }

    /// Parses decrypted content and checks its invariants.
    pub(crate) fn decode(bytes: &[u8]) -> Result<Content> {
        let content: Content = serde_json::from_slice(bytes).map_err(|e| {
            // Only the category and position: the message could quote a secret.
            Error::VaultCorrupt(format!(
                "its decrypted content is not valid ({:?} error at line {}, column {})",
                e.classify(),
                e.line(),
                e.column()
            ))
        })?;
        let mut content = content;
        content.check().map_err(Error::VaultCorrupt)?;
        // A file older than format version 3 keeps its order in the list alone.
        if content.tokens.iter().any(|t| t.position == i64::MIN) {
            for (i, t) in content.tokens.iter_mut().enumerate() {
                t.position = i as i64;
            }
        }
        Ok(content)
    }

    fn check(&self) -> std::result::Result<(), String> {
        if self.tokens.len() > MAX_TOKENS {
            return Err(format!("it holds more than {MAX_TOKENS} tokens"));
        }
        if self.deleted.len() > MAX_TOMBSTONES {
            return Err(format!(
                "it remembers more than {MAX_TOMBSTONES} deleted tokens"
            ));
        }
        if self.settings.clock_correction_seconds.abs() > MAX_CLOCK_CORRECTION_SECONDS {
            return Err("its clock correction is more than a year".into());
        }
        for d in &self.deleted {
            if let Some(t) = &d.token {
                if t.id != d.id {
                    return Err(format!("a deleted token's record is not {}", d.id));
                }
                t.check()?;
            }
        }
        let mut ids = HashSet::with_capacity(self.tokens.len());
        for t in &self.tokens {
            if !ids.insert(t.id) {
                return Err(format!("two tokens share the id {}", t.id));
            }
            t.check()?;
        }
        if self.trash.len() > MAX_TOKENS {
            return Err(format!("its trash holds more than {MAX_TOKENS} tokens"));
        }
        // A trashed token may share its id with a live one (an older app that kept the trash
        // unread may have imported it again): restoring gives it a new id then.
        let mut trashed = HashSet::with_capacity(self.trash.len());
        for r in &self.trash {
            if !trashed.insert(r.token.id) {
                return Err(format!("two deleted tokens share the id {}", r.token.id));
            }
            r.token.check()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_errors_never_quote_the_input() {
        let bad = br#"{"generation":1,"tokens":[{"id":"x","secret":"0123456789abcdef"}]}"#;
        let e = Content::decode(bad).unwrap_err().to_string();
        assert!(!e.contains("0123"), "{e}");
        let bad = br#"{"generation":1,"tokens":[{"id":"0e3c7f0a-3b7e-4a51-9d43-4b8a0a3c2b1d",
            "account":"a","secret":17,"created_ms":0,"updated_ms":0}]}"#;
        assert!(matches!(Content::decode(bad), Err(Error::VaultCorrupt(_))));
        assert!(matches!(Content::decode(b""), Err(Error::VaultCorrupt(_))));
    }

    #[test]
    fn empty_round_trip() {
        let c = Content::empty();
        let bytes = c.encode().unwrap();
        assert_eq!(Content::decode(&bytes).unwrap(), c);
        assert!(bytes.capacity() >= bytes.len() + super::super::crypto::TAG_LEN);
    }
}
