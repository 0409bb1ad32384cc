//! Steam's own authenticator data: the `.maFile` that Steam Desktop Authenticator (and tools
//! that read a rooted phone's Steam app) keep, one account an object, or several under
//! `accounts`.
//!
//! Layout (one account): `{"shared_secret": BASE64, "account_name", "steamid", "serial_number",
//! "revocation_code", "uri", "identity_secret", …}`; several: `{"accounts": {KEY: {…}, …}}`.
//! Only `shared_secret` makes codes: it is the Steam Guard key, in Base64 (its `uri` repeats
//! it as Base32). The issuer is `Steam`, the account `account_name`. The other secrets
//! (`identity_secret` for trade confirmations, `revocation_code`) are not kept: a code
//! generator has no use for them and they stay out of our vault.

use serde_json::{Map, Value};

use super::json::{self, Json};
use super::{
    EntryOutcome, ImportEntry, ImportFormat, Imported, MAX_IMPORT_ENTRIES, SkipReason, label,
    too_many_entries,
};
use crate::error::{Error, Result};
use crate::kind::OtpKind;
use crate::portable::PortableToken;

const FORMAT: &str = "Steam Guard";

fn malformed(problem: impl Into<String>) -> Error {
    Error::ImportMalformed {
        format: FORMAT,
        problem: problem.into(),
    }
}

/// Reads Steam's authenticator data; `json` is the already-parsed document, if any.
pub fn import(bytes: &[u8], json: Option<Json>) -> Result<Imported> {
    let doc = json::document(bytes, json, FORMAT)?;
    let top = json::object(&doc, FORMAT)?;
    let accounts: Vec<&Value> = match top.get("accounts") {
        Some(Value::Object(a)) => a.values().collect(),
        Some(_) => return Err(malformed("its \"accounts\" is not an object")),
        None if top.contains_key("shared_secret") => vec![&doc.0],
        None => return Err(malformed("it has no \"shared_secret\" and no \"accounts\"")),
    };
    if accounts.len() > MAX_IMPORT_ENTRIES {
        return Err(too_many_entries(FORMAT, "accounts"));
    }
    let entries = accounts
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let name = v.get("account_name").and_then(Value::as_str);
            ImportEntry {
                label: label(Some("Steam"), name, i + 1),
                outcome: match v.as_object() {
                    Some(m) => account(m).unwrap_or_else(super::skipped),
                    None => super::skipped(SkipReason::NotAnObject {
                        found: super::JsonType::of(v),
                    }),
                },
            }
        })
        .collect();
    Ok(Imported {
        format: ImportFormat::SteamGuard,
        encrypted: false,
        entries,
    })
}

fn account(m: &Map<String, Value>) -> std::result::Result<EntryOutcome, SkipReason> {
    let shared = json::req_str(m, "shared_secret")?;
    let key = super::encoding::base64_decode(shared.trim()).ok_or(SkipReason::SecretNotBase64)?;
    if key.is_empty() {
        return Err(SkipReason::SecretEmpty);
    }
    let secret = crate::oath::secret_from_key(&key)?;
    let account = json::opt_str(m, "account_name")?
        .unwrap_or_default()
        .trim()
        .to_owned();
    Ok(EntryOutcome::Token(PortableToken {
        kind: OtpKind::Steam,
        issuer: Some("Steam".to_owned()),
        account,
        secret,
        pin: None,
        note: None,
        group: None,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_account_and_several() {
        let one = br#"{"shared_secret":"THIl8+Jl6ugxr8x0X6eRMg==","account_name":"Sophia","identity_secret":"x"}"#;
        let imported = import(one, None).unwrap();
        let t: Vec<_> = imported.tokens().collect();
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].kind, OtpKind::Steam);
        assert_eq!(t[0].secret.expose(), "JRZCL47CMXVOQMNPZR2F7J4RGI");
        assert_eq!(imported.entries[0].label, "Steam: Sophia");
        let many =
            br#"{"accounts":{"a":{"shared_secret":"THIl8+Jl6ugxr8x0X6eRMg==","account_name":"A"},
            "b":{"shared_secret":"not base64!","account_name":"B"},"c":7}}"#;
        let imported = import(many, None).unwrap();
        assert_eq!(imported.tokens().count(), 1);
        let reasons: Vec<String> = imported.skipped().map(|(_, r)| r.to_string()).collect();
        assert_eq!(reasons.len(), 2);
        assert!(reasons[0].contains("Base64"), "{reasons:?}");
        // The bad secret is never echoed.
        assert!(!reasons[0].contains("not base64!"));
        assert!(matches!(
            import(br#"{"steamid":"1"}"#, None),
            Err(Error::ImportMalformed { .. })
        ));
    }
}
