//! Bringing tokens in from other apps and from our own backups, without duplicates.

use super::model::{TokenId, TokenRecord};
use crate::secret::Secret;

/// What happened to each entry of an import.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportReport {
    /// One entry per token offered, in order.
    pub entries: Vec<ImportEntry>,
}

/// One token of an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportEntry {
    /// `issuer:account` as offered.
    pub name: String,
    /// What became of it.
    pub outcome: ImportOutcome,
}

/// The fate of one imported token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    /// Added under this id.
    Imported(TokenId),
    /// Already in the vault (or earlier in the same import).
    SkippedDuplicate {
        /// The token it duplicates.
        existing: TokenId,
        /// Why it counts as a duplicate, in words.
        reason: String,
    },
    /// Not added because a field cannot be stored.
    SkippedInvalid {
        /// What was wrong.
        reason: String,
    },
}

impl ImportReport {
    /// How many tokens were added.
    pub fn imported(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| matches!(e.outcome, ImportOutcome::Imported(_)))
            .count()
    }

    /// How many were skipped, for any reason.
    pub fn skipped(&self) -> usize {
        self.entries.len() - self.imported()
    }
}

/// The existing token `(issuer, account, secret)` duplicates, with the reason in words.
///
/// A duplicate has the same secret (exact text) and the same account; the same secret under
/// another account is a different login and is kept.
pub(crate) fn duplicate_of(
    tokens: &[TokenRecord],
    issuer: Option<&str>,
    account: &str,
    secret: &Secret,
) -> Option<(TokenId, String)> {
    let same = tokens
        .iter()
        .filter(|t| t.account == account && t.secret == *secret);
    let mut fallback = None;
    for t in same {
        if t.issuer.as_deref() == issuer {
            return Some((
                t.id,
                format!("same secret, issuer and account as \"{}\"", t.name()),
            ));
        }
        fallback.get_or_insert((
            t.id,
            format!(
                "same secret and account as \"{}\" (only the issuer differs)",
                t.name()
            ),
        ));
    }
    fallback
}
