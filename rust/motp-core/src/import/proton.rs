//! Proton Authenticator JSON exports.
//!
//! Layout: `{"version": 1, "entries": [{"id", "content": {"uri", "entry_type", "name"},
//! "note"}]}`. `content.uri` is a Key URI (`otpauth://totp/…`) or, for Steam,
//! `steam://SECRET` (`entry_type` `Steam`): skipped as Steam. `content.name` is the name
//! Proton shows and becomes the account (the URI's when it is empty); the issuer is the URI's.
//! A non-empty `note` is kept.

use serde_json::{Map, Value};

use super::json::{self, Json};
use super::{
    EntryOutcome, ImportFormat, Imported, SkipReason, label, non_empty, read_entries_named,
    uri_token,
};
use crate::error::{Error, Result};

const FORMAT: &str = "Proton Authenticator";

/// The newest export version we read.
pub const VERSION: i64 = 1;

fn malformed(problem: impl Into<String>) -> Error {
    Error::ImportMalformed {
        format: FORMAT,
        problem: problem.into(),
    }
}

/// Reads a Proton Authenticator export; `json` is the already-parsed document, if any.
pub fn import(bytes: &[u8], json: Option<Json>) -> Result<Imported> {
    let doc = json::document(bytes, json, FORMAT)?;
    let top = json::object(&doc, FORMAT)?;
    let versioning = json::Versioning {
        key: "version",
        noun: "version",
        oldest: 1,
        newest: VERSION,
        missing: None,
    };
    json::check_version(top, &versioning, FORMAT)?;
    let entries = json::req_array(top, "entries").map_err(malformed)?;
    let mut entries = read_entries_named(FORMAT, entries, names, entry)?;
    // A token is labelled as it will be named: the URI's issuer and the entry's name.
    for (index, e) in entries.iter_mut().enumerate() {
        if let EntryOutcome::Token(t) = &e.outcome {
            e.label = label(t.issuer.as_deref(), Some(&t.account), index);
        }
    }
    Ok(Imported {
        format: ImportFormat::ProtonAuthenticator,
        encrypted: false,
        entries,
    })
}

/// The label of an entry that is not imported: its name (the URI is not read for it: it holds
/// the secret).
fn names(entry: &Map<String, Value>) -> (Option<&str>, Option<&str>) {
    let content = entry.get("content").and_then(Value::as_object);
    let name = content.and_then(|c| json::opt_str(c, "name").ok().flatten());
    (None, name)
}

fn entry(entry: &Map<String, Value>) -> std::result::Result<EntryOutcome, SkipReason> {
    let content = json::req_obj(entry, "content")?;
    let mut token = uri_token(json::req_str(content, "uri")?)?;
    // `entry_type: Steam` with a URI that says otherwise would show wrong codes: refused.
    let steam_entry =
        json::opt_str(content, "entry_type")?.is_some_and(|t| t.eq_ignore_ascii_case("steam"));
    if steam_entry != matches!(token.kind, crate::kind::OtpKind::Steam) {
        return Err(SkipReason::Invalid(crate::error::Error::UriMalformed(
            "its entry type and its URI disagree on whether it is a Steam Guard token".into(),
        )));
    }
    if let Some(name) = non_empty(json::opt_str(content, "name")?) {
        token.account = name;
    }
    token.note = non_empty(json::opt_str(entry, "note")?);
    Ok(EntryOutcome::Token(token))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::OtpKind;

    const FILE: &str = r#"{"version":1,"entries":[
      {"id":"1","content":{"uri":"otpauth://totp/Corp:alice?secret=JBSWY3DPEHPK3PXP&issuer=Corp&digits=8","entry_type":"Totp","name":"Alice"},"note":"work"},
      {"id":"2","content":{"uri":"steam://JBSWY3DPEHPK3PXP","entry_type":"Steam","name":"Game"},"note":null},
      {"id":"3","content":{"uri":"otpauth://totp/x?digits=6","entry_type":"Totp","name":"NoSecret"}},
      {"id":"4","content":{"entry_type":"Totp","name":"NoUri"}},
      {"id":"5"},
      {"id":"6","content":{"uri":"otpauth://totp/x?secret=JBSWY3DPEHPK3PXP","entry_type":"Steam","name":"Mixed"}}
    ]}"#;

    #[test]
    fn reads_uris_and_says_why_it_skips() {
        let imported = import(FILE.as_bytes(), None).unwrap();
        assert_eq!(imported.format, ImportFormat::ProtonAuthenticator);
        let labels: Vec<&str> = imported.entries.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Corp: Alice",
                "Game",
                "NoSecret",
                "NoUri",
                "entry 5",
                "Mixed"
            ]
        );
        let tokens: Vec<_> = imported.tokens().collect();
        assert_eq!(tokens.len(), 2);
        assert_eq!(tokens[0].issuer.as_deref(), Some("Corp"));
        assert_eq!(tokens[0].account, "Alice");
        assert_eq!(tokens[0].note.as_deref(), Some("work"));
        assert!(matches!(tokens[0].kind, OtpKind::Totp(t) if t.digits == 8));
        // `steam://SECRET` with `entry_type` Steam: a Steam Guard token named by the entry.
        assert_eq!(tokens[1].kind, OtpKind::Steam);
        assert_eq!(
            (tokens[1].issuer.as_deref(), tokens[1].account.as_str()),
            (None, "Game")
        );
        let reasons: Vec<SkipReason> = imported.skipped().map(|(_, r)| r.clone()).collect();
        assert!(matches!(
            reasons[0],
            SkipReason::Invalid(Error::UriMalformed(_))
        ));
        assert!(matches!(reasons[1], SkipReason::Field(_)));
        assert!(matches!(reasons[2], SkipReason::Field(_)));
        // Steam by its type, TOTP by its URI: which codes are right cannot be known.
        assert!(
            reasons[3].to_string().contains("disagree"),
            "{}",
            reasons[3]
        );
        assert!(matches!(
            import(br#"{"version":2,"entries":[]}"#, None),
            Err(Error::ImportUnsupported { .. })
        ));
    }
}
