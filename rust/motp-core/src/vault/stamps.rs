//! The change stamps a token carries (format version 3) and the versions it keeps of parts
//! that lost a merge: data only, below the token model; how they merge is `super::merge`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::hlc::Stamp;

/// The names of a token's parts, as stamped (`super::merge::Part` names each of them).
pub(crate) const PART_NAMES: [&str; 11] = [
    "secret",
    "kind",
    "issuer",
    "account",
    "pin",
    "tolerance",
    "note",
    "group",
    "favourite",
    "icon",
    POSITION,
];

/// The part that is a token's place in the list.
pub(crate) const POSITION: &str = "position";

/// A token's stamps: part name (or a newer app's member name) → stamp of its last change.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Stamps(BTreeMap<String, Stamp>);

impl Stamps {
    /// Whether none is set (a token of a file older than format version 3, before reading).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every part stamped: a file older than format version 3 has none, and its parts count
    /// as changed at the token's last edit ([`Stamp::legacy`]).
    pub(crate) fn completed(mut self, updated_ms: i64) -> Stamps {
        for part in PART_NAMES {
            self.0
                .entry(part.to_owned())
                .or_insert_with(|| Stamp::legacy(updated_ms));
        }
        self
    }

    /// The stamp of a part or member (unstamped: the earliest of all).
    pub(crate) fn get(&self, name: &str) -> Stamp {
        self.0.get(name).cloned().unwrap_or_default()
    }

    pub(crate) fn set(&mut self, name: &str, stamp: Stamp) {
        self.0.insert(name.to_owned(), stamp);
    }

    /// The latest stamp of any part.
    pub(crate) fn latest_all(&self) -> Stamp {
        self.0.values().max().cloned().unwrap_or_default()
    }

    /// The latest edit of the token: any part but its place in the list, which moves when
    /// other tokens are moved and is no reason to bring a deleted token back.
    pub(crate) fn latest_edit(&self) -> Stamp {
        self.0
            .iter()
            .filter(|(name, _)| *name != POSITION)
            .map(|(_, s)| s)
            .max()
            .cloned()
            .unwrap_or_default()
    }
}

/// A version of a part that lost a merge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldVersion {
    /// The part's name (`note`, `account`…).
    pub part: String,
    /// When that version was made, and on which device.
    pub stamp: Stamp,
    /// Its value (never a secret or a PIN: those parts keep no history).
    pub value: Value,
}
