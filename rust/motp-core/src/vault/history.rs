//! A token's earlier versions from other devices: what a merge replaced, offered back.
//!
//! When two devices changed the same part of a token (its note, its account…), the merge keeps
//! the later change and files the other in the token's history (`super::merge`). The apps show
//! those versions as "changed on another device; earlier version: …" with one tap to restore
//! it. A restore is an ordinary edit: it is stamped, saved and synced like any other.

use super::handle::Vault;
use super::hlc::Stamp;
use super::merge::{self, Part};
use super::model::TokenId;
use crate::error::{Error, Result, TokenField};

/// An earlier version of one part of a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenVersion {
    /// The part (`issuer`, `account`, `note`, `group`, `favourite`, `icon`, `tolerance`).
    pub part: String,
    /// Its value in words (`None`: the part was empty then).
    pub value: Option<String>,
    /// When and where it was made; pass it back to [`Vault::restore_version`].
    pub stamp: Stamp,
    /// Whether another device made it (the version this device replaced itself is history
    /// too, but not news).
    pub from_other_device: bool,
}

impl Vault {
    /// The earlier versions of token `id` that differ from what it holds now, newest first.
    pub fn token_history(&self, id: TokenId) -> Result<Vec<TokenVersion>> {
        let t = self.record(id)?;
        let mut out: Vec<TokenVersion> = t
            .history
            .iter()
            .filter(|v| {
                Part::from_name(&v.part).and_then(|p| p.value_of(t)) != Some(v.value.clone())
            })
            .map(|v| TokenVersion {
                part: v.part.clone(),
                value: match &v.value {
                    serde_json::Value::Null => None,
                    serde_json::Value::String(s) => Some(s.clone()),
                    other => Some(other.to_string()),
                },
                stamp: v.stamp.clone(),
                from_other_device: v.stamp.device != *self.device(),
            })
            .collect();
        out.sort_by(|a, b| b.stamp.cmp(&a.stamp));
        Ok(out)
    }

    /// What the apps show of token `id`'s history: for each part, the newest earlier version
    /// when another device than the one behind the current value made it, or the current value
    /// came from another device — two devices disagreed, and one of them lost. An earlier value
    /// the same device replaced itself is an ordinary edit, not news.
    pub fn token_conflicts(&self, id: TokenId) -> Result<Vec<TokenVersion>> {
        let t = self.record(id)?;
        let mut seen: Vec<String> = Vec::new();
        let mut out = Vec::new();
        // Newest first: the first version of each part is its newest.
        for v in self.token_history(id)? {
            if seen.contains(&v.part) {
                continue;
            }
            seen.push(v.part.clone());
            if t.stamps.get(&v.part).device != v.stamp.device {
                out.push(v);
            }
        }
        Ok(out)
    }

    /// Puts back the version of a part of token `id` stamped `stamp` (from
    /// [`Vault::token_history`]). Unsaved until the caller saves, like every edit.
    pub fn restore_version(&mut self, id: TokenId, part: &str, stamp: &Stamp) -> Result<()> {
        let missing = || Error::TokenInvalid {
            field: TokenField::List,
            problem: "that earlier version is no longer kept; nothing was changed".into(),
        };
        let part = Part::from_name(part).ok_or_else(missing)?;
        let t = self.record_mut(id)?;
        merge::restore(t, part, stamp).ok_or_else(missing)?;
        super::model::check_names(t.issuer.as_deref(), &t.account)?;
        super::model::check_note(t.note.as_deref())?;
        Ok(())
    }
}
