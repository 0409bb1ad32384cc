//! The "last used" side record, `<name>.used`: when each token's code was last shown.
//!
//! Looking at a code is not a change to the vault. Writing it into the vault file would cost a
//! full rewrite (serialize, encrypt, `fsync`) on every look and, worse, would rotate `.prev`:
//! the recovery copy that still holds a token removed a moment ago would be replaced by a look.
//! So the times go to this small file beside the vault instead, encrypted under the vault's
//! master key (when a token is used is nobody else's business):
//!
//! ```json
//! {"format":"motp-token-vault-used","version":1,"nonce":"<base64, 24 bytes>","ciphertext":"<base64>"}
//! ```
//!
//! The plaintext is `{"last_used_ms":{"<token id>":<unix ms>,…}}`; the associated data is the
//! canonical JSON of the object without `ciphertext` (so it can never be mistaken for vault
//! content, whose associated data names `motp-token-vault`). Readers take, per token, the later
//! of this record and the vault's own `last_used_ms`. Anything unreadable — missing, damaged,
//! another key, a newer version — counts as an empty record: it is bookkeeping, never data.
//! docs/vault-format.md §11.1 specifies it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use super::b64;
use super::canonical;
use super::content::{Content, MAX_TOKENS};
use super::crypto::{self, MasterKey, NONCE_LEN};
use super::model::TokenId;
use super::store::{self, Paths};
use crate::error::{Error, Result};

/// The `format` of a side record.
const FORMAT: &str = "motp-token-vault-used";
/// The version written and the newest read.
const VERSION: u64 = 1;
/// Largest record read: [`MAX_TOKENS`] entries take about 600 KB.
const MAX_BYTES: u64 = 2 * 1024 * 1024;

#[derive(Serialize, Deserialize, Default)]
struct Plain {
    last_used_ms: BTreeMap<String, i64>,
}

fn header(nonce: &[u8; NONCE_LEN]) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("format".into(), Value::from(FORMAT));
    m.insert("version".into(), Value::from(VERSION));
    m.insert("nonce".into(), Value::String(b64::encode(nonce)));
    m
}

fn encode(times: &BTreeMap<String, i64>, key: &MasterKey) -> Result<Vec<u8>> {
    let nonce = crypto::random::<NONCE_LEN>()?;
    let mut map = header(&nonce);
    let aad = canonical::to_vec(&Value::Object(map.clone()));
    let plain = serde_json::to_vec(&Plain {
        last_used_ms: times.clone(),
    })
    .map_err(|e| Error::VaultCorrupt(format!("cannot encode the last-used record: {e}")))?;
    let ct = crypto::seal(key.bytes(), Zeroizing::new(plain), &nonce, &aad)?;
    map.insert("ciphertext".into(), Value::String(b64::encode(&ct)));
    let mut out = Vec::new();
    canonical::write(&Value::Object(map), &mut out);
    out.push(b'\n');
    Ok(out)
}

fn decode(bytes: &[u8], key: &MasterKey) -> Option<BTreeMap<String, i64>> {
    let Value::Object(mut map) = serde_json::from_slice(bytes).ok()? else {
        return None;
    };
    if map.get("format")?.as_str()? != FORMAT || map.get("version")?.as_u64()? != VERSION {
        return None;
    }
    let ct = b64::decode("ciphertext", map.remove("ciphertext")?.as_str()?).ok()?;
    let nonce: [u8; NONCE_LEN] = b64::decode_array("nonce", map.get("nonce")?.as_str()?).ok()?;
    let aad = canonical::to_vec(&Value::Object(map));
    let plain = crypto::open(key.bytes(), &nonce, &ct, &aad)?;
    serde_json::from_slice::<Plain>(&plain)
        .ok()
        .map(|p| p.last_used_ms)
}

fn read(paths: &Paths, key: &MasterKey) -> BTreeMap<String, i64> {
    store::read_at_most(&paths.used, MAX_BYTES)
        .ok()
        .flatten()
        .and_then(|b| decode(&b, key))
        .unwrap_or_default()
}

/// Folds the record into `content`: each token's last use becomes the later of the two.
pub(crate) fn overlay(paths: &Paths, key: &MasterKey, content: &mut Content) {
    let times = read(paths, key);
    if times.is_empty() {
        return;
    }
    for t in &mut content.tokens {
        if let Some(&ms) = times.get(&t.id.to_string()) {
            t.last_used_ms = Some(t.last_used_ms.map_or(ms, |old| old.max(ms)));
        }
    }
}

/// Records that `id` was used at `unix_ms` (kept if later than what is there), under the
/// vault's lock. Entries are never pruned by one handle's view of the tokens (it may be older
/// than the file, or hold unsaved removals); the record is bounded instead: past
/// [`MAX_TOKENS`] entries the least recently used are dropped.
pub(crate) fn record(paths: &Paths, key: &MasterKey, id: TokenId, unix_ms: i64) -> Result<()> {
    store::update_side_record(paths, MAX_BYTES, |current| {
        let mut times = current.and_then(|b| decode(&b, key)).unwrap_or_default();
        let entry = times.entry(id.to_string()).or_insert(unix_ms);
        *entry = (*entry).max(unix_ms);
        if times.len() > MAX_TOKENS {
            let mut by_time: Vec<i64> = times.values().copied().collect();
            by_time.sort_unstable();
            let cutoff = by_time[times.len() - MAX_TOKENS];
            times.retain(|_, t| *t >= cutoff);
        }
        encode(&times, key)
    })
}
