//! Bringing tokens in from other apps and from our own backups, without duplicates.

use std::fmt;

use super::model::{TokenId, TokenRecord};
pub use crate::import::SkipReason;
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
    /// What became of a PIN the file stored for it (only imported tokens keep or drop one).
    pub pin: ImportedPin,
}

/// What became of a PIN stored in the imported file (Aegis and Stratum can hold one).
///
/// Importers drop PINs unless asked to keep them, so a PIN lying in a backup file does not
/// silently become a remembered PIN. The user is told how many were dropped: those tokens ask
/// for their PIN, which the user must know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ImportedPin {
    /// The file stored no PIN for this token, or the token was not imported.
    #[default]
    None,
    /// The stored PIN was kept: the token remembers it.
    Kept,
    /// The stored PIN was not kept: the token asks for it.
    Dropped,
}

impl ImportedPin {
    /// The fate of `stored` (whether the file had a PIN) under `keep_pins`.
    pub(crate) fn of(stored: bool, keep_pins: bool) -> ImportedPin {
        match (stored, keep_pins) {
            (false, _) => ImportedPin::None,
            (true, true) => ImportedPin::Kept,
            (true, false) => ImportedPin::Dropped,
        }
    }

    /// Stable machine-readable name (JSON): `none`, `kept`, `dropped`.
    pub fn as_str(self) -> &'static str {
        match self {
            ImportedPin::None => "none",
            ImportedPin::Kept => "kept",
            ImportedPin::Dropped => "dropped",
        }
    }
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
        /// Why it counts as a duplicate (its `Display` is the English words).
        reason: DuplicateReason,
    },
    /// Not added: the file's entry cannot be read, or a field cannot be stored.
    SkippedInvalid {
        /// What was wrong (its `Display` is the English words).
        reason: SkipReason,
    },
}

/// Why an imported token counts as a duplicate of one in the vault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DuplicateReason {
    /// Same secret, issuer and account as the named token.
    Same {
        /// The existing token's name (`issuer:account`).
        name: String,
    },
    /// Same secret and account as the named token; only the issuer differs.
    OtherIssuer {
        /// The existing token's name.
        name: String,
    },
}

impl fmt::Display for DuplicateReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DuplicateReason::Same { name } => {
                write!(f, "same secret, issuer and account as \"{name}\"")
            }
            DuplicateReason::OtherIssuer { name } => write!(
                f,
                "same secret and account as \"{name}\" (only the issuer differs)"
            ),
        }
    }
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

    /// How many were skipped as duplicates of tokens already in the vault.
    pub fn duplicates(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| matches!(e.outcome, ImportOutcome::SkippedDuplicate { .. }))
            .count()
    }

    /// How many imported tokens had a PIN in the file that was not kept (they ask for it).
    pub fn pins_dropped(&self) -> usize {
        self.pins(ImportedPin::Dropped)
    }

    /// How many imported tokens keep the PIN the file stored.
    pub fn pins_kept(&self) -> usize {
        self.pins(ImportedPin::Kept)
    }

    fn pins(&self, fate: ImportedPin) -> usize {
        self.entries.iter().filter(|e| e.pin == fate).count()
    }
}

/// What makes an entry of a file the same token as one already held: the same kind, the same
/// secret and the same account (trimmed). The one rule for the vault's import and the apps'
/// preview of it, so the preview never promises what the import then does differently.
///
/// The kind counts: one key as TOTP and as Steam Guard makes different codes (KeePassXC and
/// Bitwarden users have both). The account counts too: the same secret under another account
/// is another login (a shared test key, a re-used provisioning secret) and is kept. The issuer
/// does not: apps write it differently ("Google" / "google.com"), which the report says.
/// (`Debug` prints the secret redacted, as [`Secret`] does.)
#[derive(Debug, Clone, Copy)]
pub struct TokenIdentity<'a> {
    /// The kind's name (`motp`, `totp`, `hotp`, `steam`).
    pub kind: &'a str,
    /// The account, as stored or as the file writes it.
    pub account: &'a str,
    /// The secret.
    pub secret: &'a Secret,
}

impl TokenIdentity<'_> {
    /// Whether `self` and `other` are the same token.
    pub fn same_as(&self, other: &TokenIdentity<'_>) -> bool {
        self.kind == other.kind
            && self.account.trim() == other.account.trim()
            && self.secret == other.secret
    }
}

/// The existing token that `(issuer, identity)` duplicates, with the reason in words: the same
/// token with the same issuer, else the same token under another issuer.
pub(crate) fn duplicate_of(
    tokens: &[TokenRecord],
    issuer: Option<&str>,
    identity: TokenIdentity<'_>,
) -> Option<(TokenId, DuplicateReason)> {
    let same = tokens.iter().filter(|t| {
        identity.same_as(&TokenIdentity {
            kind: t.kind.name(),
            account: &t.account,
            secret: &t.secret,
        })
    });
    let mut fallback = None;
    for t in same {
        if t.issuer.as_deref() == issuer {
            return Some((t.id, DuplicateReason::Same { name: t.name() }));
        }
        fallback.get_or_insert((t.id, DuplicateReason::OtherIssuer { name: t.name() }));
    }
    fallback
}
