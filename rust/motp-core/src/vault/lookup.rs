//! Finding a token by what a user types: an id, `issuer:account`, an account, or a prefix.
//!
//! Levels, the first with any match wins: the whole name exactly, then the account exactly,
//! then each case-insensitively, then prefixes. So `alice` finds the token named `alice` even
//! when `ACME:alice` exists too (the user typed all of its name; nothing more could be typed),
//! and `ACME:alice` remains reachable by its full name. Several matches at the same level are
//! an error listing the candidates, never a guess — the wrong token's code costs a login
//! attempt.

use super::model::TokenRecord;
use crate::error::{Error, Result};

/// The index of the token `name` designates.
pub(crate) fn find(tokens: &[TokenRecord], name: &str) -> Result<usize> {
    let wanted = name.trim();
    let not_found = || Error::TokenNotFound {
        name: wanted.to_owned(),
    };
    if wanted.is_empty() {
        return Err(not_found());
    }
    if let Ok(id) = super::model::TokenId::parse(wanted) {
        if let Some(i) = tokens.iter().position(|t| t.id == id) {
            return Ok(i);
        }
    }
    let names: Vec<String> = tokens.iter().map(TokenRecord::name).collect();
    let lower = wanted.to_lowercase();
    let levels: [&dyn Fn(usize) -> bool; 5] = [
        &|i| names[i] == wanted,
        &|i| tokens[i].account == wanted,
        &|i| names[i].to_lowercase() == lower,
        &|i| tokens[i].account.to_lowercase() == lower,
        &|i| {
            names[i].to_lowercase().starts_with(&lower)
                || tokens[i].account.to_lowercase().starts_with(&lower)
                || (wanted.len() >= 4 && tokens[i].id.to_string().starts_with(&lower))
        },
    ];
    for matches in levels {
        let hits: Vec<usize> = (0..tokens.len()).filter(|&i| matches(i)).collect();
        match hits.len() {
            0 => continue,
            1 => return Ok(hits[0]),
            _ => {
                let candidates = hits
                    .iter()
                    .map(|&i| {
                        let dupes = names.iter().filter(|n| **n == names[i]).count();
                        if dupes > 1 {
                            let id = tokens[i].id.to_string();
                            format!("{} (id {})", names[i], &id[..8])
                        } else {
                            names[i].clone()
                        }
                    })
                    .collect();
                return Err(Error::TokenNameAmbiguous {
                    name: wanted.to_owned(),
                    candidates,
                });
            }
        }
    }
    Err(not_found())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::Secret;
    use crate::vault::model::{PinPolicy, StoredKind, TokenId};

    fn token(n: u8, issuer: Option<&str>, account: &str) -> TokenRecord {
        TokenRecord {
            id: TokenId::parse(&format!("00000000-0000-4000-8000-0000000000{n:02}"))
                .expect("a valid id"),
            issuer: issuer.map(str::to_owned),
            account: account.to_owned(),
            secret: Secret::new("0123456789abcdef").expect("a valid secret"),
            pin_policy: PinPolicy::Ask,
            pin: None,
            typo_guard: None,
            tolerance_seconds: 30,
            note: None,
            created_ms: 0,
            updated_ms: 0,
            last_used_ms: None,
            kind: StoredKind::Known(crate::kind::OtpKind::Motp),
            group: None,
            favourite: false,
            icon: None,
            position: i64::from(n),
            stamps: Default::default(),
            history: Vec::new(),
            extra: serde_json::Map::new(),
        }
    }

    #[test]
    fn the_whole_name_typed_wins_over_an_account_and_a_prefix() {
        let tokens = [
            token(1, Some("ACME"), "alice"),
            token(2, None, "alice"),
            token(3, Some("Beta"), "alice2"),
        ];
        // `alice` is the whole name of token 2 and the account of token 1: the name wins.
        assert_eq!(find(&tokens, "alice"), Ok(1));
        assert_eq!(find(&tokens, "ACME:alice"), Ok(0));
        assert_eq!(find(&tokens, "acme:ALICE"), Ok(0));
        assert_eq!(find(&tokens, "alice2"), Ok(2));
        // Without the plain `alice`, the account matches exactly and beats the prefix alice2.
        assert_eq!(
            find(
                &[token(1, Some("ACME"), "alice"), token(3, None, "alice2")],
                "alice"
            ),
            Ok(0)
        );
        // Case-insensitive whole name beats a case-insensitive account.
        assert_eq!(find(&tokens, "ALICE"), Ok(1));
        // Two tokens whose accounts both match exactly (and no name does): ambiguous.
        let two = [token(1, Some("ACME"), "bob"), token(2, Some("Beta"), "bob")];
        assert!(matches!(
            find(&two, "bob"),
            Err(Error::TokenNameAmbiguous { .. })
        ));
        assert!(matches!(
            find(&tokens, "al"),
            Err(Error::TokenNameAmbiguous { .. })
        ));
    }
}
