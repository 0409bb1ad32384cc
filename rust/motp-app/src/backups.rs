//! Import previews: what a file holds, before anything is added.
//!
//! The preview reads the file with the same readers the import uses (motp-core's importers and
//! backup reader) and predicts duplicates with the import's own rule
//! ([`motp_core::vault::TokenIdentity`]: the same kind, secret and account as a token in the
//! vault or earlier in the file), so the preview and the report agree.

use motp_core::import::{EntryOutcome, SkipReason};
use motp_core::vault::{Password, TokenIdentity};
use motp_core::{Error as CoreError, PortableToken, Secret};

/// A token already in the vault, as the duplicate check needs it (held by the preview job).
#[derive(Clone)]
pub(crate) struct Existing {
    pub name: String,
    /// The kind's name (`totp`, `steam`…): one key of two kinds is two tokens.
    pub kind: String,
    pub account: String,
    pub secret: Secret,
}

/// One entry of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PreviewEntry {
    pub name: String,
    pub has_pin: bool,
    pub fate: Fate,
}

/// What will happen to an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Fate {
    New,
    /// Duplicates the named token.
    Duplicate(String),
    /// Cannot be imported (the importer's reason, as data: the view words it).
    Skipped(SkipReason),
}

/// What the file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Preview {
    /// The format's name.
    pub format: String,
    pub encrypted: bool,
    pub entries: Vec<PreviewEntry>,
}

fn name_of(t: &PortableToken) -> String {
    match &t.issuer {
        Some(i) => format!("{i}:{}", t.account),
        None => t.account.clone(),
    }
}

/// Reads `bytes` as our backup or any format the importers know.
pub(crate) fn read_preview(
    bytes: &[u8],
    password: Option<&str>,
    existing: &[Existing],
) -> Result<Preview, CoreError> {
    /// (label, the token if importable, why not otherwise)
    type Item = (String, Result<PortableToken, SkipReason>);
    let (format, encrypted, items): (String, bool, Vec<Item>) =
        if motp_core::vault::inspect(bytes).is_ok() {
            let password =
                password
                    .filter(|p| !p.is_empty())
                    .ok_or(CoreError::ImportPasswordRequired {
                        format: "mOTP Token",
                    })?;
            let tokens = motp_core::vault::read_backup(bytes, &Password::new(password)?).map_err(
                |e| match e {
                    CoreError::VaultWrongPassword => CoreError::ImportWrongPassword {
                        format: "mOTP Token",
                    },
                    other => other,
                },
            )?;
            let items = tokens.into_iter().map(|t| (name_of(&t), Ok(t))).collect();
            ("mOTP Token".into(), true, items)
        } else {
            let imported = motp_core::import(bytes, None, password)?;
            let format = imported.format.name().to_owned();
            let items = imported
                .entries
                .into_iter()
                .map(|e| match e.outcome {
                    EntryOutcome::Token(t) => (e.label, Ok(t)),
                    EntryOutcome::Skipped { reason } => (e.label, Err(reason)),
                })
                .collect();
            (format, imported.encrypted, items)
        };
    // (kind, account, secret, name) of the tokens held and of the file's new ones so far.
    let mut seen: Vec<(String, String, Secret, String)> = existing
        .iter()
        .map(|e| {
            (
                e.kind.clone(),
                e.account.clone(),
                e.secret.clone(),
                e.name.clone(),
            )
        })
        .collect();
    let entries = items
        .into_iter()
        .map(|(label, token)| match token {
            Err(reason) => PreviewEntry {
                name: label,
                has_pin: false,
                fate: Fate::Skipped(reason),
            },
            Ok(t) => {
                let identity = TokenIdentity {
                    kind: t.kind.name(),
                    account: &t.account,
                    secret: &t.secret,
                };
                let dup = seen
                    .iter()
                    .find(|(kind, account, secret, _)| {
                        identity.same_as(&TokenIdentity {
                            kind,
                            account,
                            secret,
                        })
                    })
                    .map(|(_, _, _, n)| n.clone());
                let fate = match dup {
                    Some(n) => Fate::Duplicate(n),
                    None => {
                        let account = t.account.trim().to_owned();
                        seen.push((
                            identity.kind.to_owned(),
                            account,
                            t.secret.clone(),
                            name_of(&t),
                        ));
                        Fate::New
                    }
                };
                PreviewEntry {
                    name: name_of(&t),
                    has_pin: t.pin.is_some(),
                    fate,
                }
            }
        })
        .collect();
    Ok(Preview {
        format,
        encrypted,
        entries,
    })
}
