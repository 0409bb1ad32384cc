//! The trash: deleted tokens kept inside the encrypted vault for [`TRASH_KEEP_DAYS`] days, so a
//! deletion can be undone and a token deleted by mistake restored.
//!
//! A trashed token is the whole stored record (secret and PIN included, so encrypted and
//! zeroized like every other) with the instant it was deleted, in the content member
//! `deleted_tokens` (docs/vault-format.md §7.1). An older version-2 reader does not know the
//! member and keeps it unchanged on rewrite (§9), so no new format version was needed. Entries
//! older than the limit are purged by the caller's clock ([`purge`]): motp-core reads no clock.

use super::content::{Content, MAX_TOKENS};
use super::model::{TokenId, TokenInfo, TokenRecord, TrashRecord};
use crate::error::{Error, Result, TokenField};

/// How many days a deleted token is kept before it is purged for good.
pub const TRASH_KEEP_DAYS: i64 = 30;
/// The same in milliseconds.
pub const TRASH_KEEP_MS: i64 = TRASH_KEEP_DAYS * 86_400_000;

/// What the trash shows about a deleted token: everything but the secret and the PIN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrashedInfo {
    /// The token as it was (`order` is its place in the trash, newest first).
    pub token: TokenInfo,
    /// When it was deleted (unix ms).
    pub deleted_ms: i64,
    /// When it will be purged for good (unix ms).
    pub purge_at_ms: i64,
}

/// Whether an entry deleted at `deleted_ms` is past keeping at `now_ms`.
pub(crate) fn expired(deleted_ms: i64, now_ms: i64) -> bool {
    now_ms.saturating_sub(deleted_ms) >= TRASH_KEEP_MS
}

/// Moves token `i` into the trash, deleted at `now_ms`.
pub(crate) fn put(content: &mut Content, i: usize, now_ms: i64) {
    let token = content.tokens.remove(i);
    content.trash.push(TrashRecord {
        deleted_ms: now_ms,
        token,
    });
    // Bounded like the token list: past the limit the oldest deletions go.
    if content.trash.len() > MAX_TOKENS {
        content
            .trash
            .sort_by_key(|r| std::cmp::Reverse(r.deleted_ms));
        content.trash.truncate(MAX_TOKENS);
    }
}

/// The trash's entries, newest deletion first.
pub(crate) fn list(content: &Content) -> Vec<TrashedInfo> {
    let mut entries: Vec<&TrashRecord> = content.trash.iter().collect();
    entries.sort_by_key(|r| std::cmp::Reverse(r.deleted_ms));
    entries
        .into_iter()
        .enumerate()
        .map(|(i, r)| TrashedInfo {
            token: r.token.info(i),
            deleted_ms: r.deleted_ms,
            purge_at_ms: r.deleted_ms.saturating_add(TRASH_KEEP_MS),
        })
        .collect()
}

fn position(content: &Content, id: TokenId) -> Result<usize> {
    content
        .trash
        .iter()
        .position(|r| r.token.id == id)
        .ok_or_else(|| Error::TokenNotFound {
            name: id.to_string(),
        })
}

/// Takes a token out of the trash, to go back into the list.
pub(crate) fn take(content: &mut Content, id: TokenId) -> Result<TokenRecord> {
    if content.tokens.len() >= MAX_TOKENS {
        return Err(Error::TokenInvalid {
            field: TokenField::List,
            problem: format!("the vault already holds {MAX_TOKENS} tokens, the most it can"),
        });
    }
    let i = position(content, id)?;
    Ok(content.trash.remove(i).token)
}

/// Deletes a token from the trash for good.
pub(crate) fn delete(content: &mut Content, id: TokenId) -> Result<()> {
    let i = position(content, id)?;
    content.trash.remove(i);
    Ok(())
}

/// Drops every entry deleted [`TRASH_KEEP_DAYS`] days or more before `now_ms`; how many.
pub(crate) fn purge(content: &mut Content, now_ms: i64) -> usize {
    let before = content.trash.len();
    content.trash.retain(|r| !expired(r.deleted_ms, now_ms));
    before - content.trash.len()
}
