//! Finding a token by what a user types: an id, `issuer:account`, an account, or a prefix.
//!
//! Exact matches win over case-insensitive ones, which win over prefixes; several matches at
//! the same level are an error listing the candidates, never a guess — the wrong token's code
//! costs a login attempt.

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
    let levels: [&dyn Fn(usize) -> bool; 3] = [
        &|i| names[i] == wanted || tokens[i].account == wanted,
        &|i| names[i].to_lowercase() == lower || tokens[i].account.to_lowercase() == lower,
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
