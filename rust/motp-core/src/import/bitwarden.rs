//! Bitwarden exports (the password manager's "Export vault" and the Bitwarden Authenticator
//! app's export), unencrypted JSON or CSV.
//!
//! JSON: `{"encrypted": false, "folders": [...], "items": [{"type", "name", "notes",
//! "login": {"username", "password", "uris", "totp"}, ...}]}`. CSV: a header line naming the
//! columns (`folder,favorite,type,name,notes,fields,login_uri,login_username,login_password,
//! login_totp`), RFC 4180 quoting, read with the `csv` crate.
//!
//! An entry is an item whose `login.totp` (CSV `login_totp`) is not empty; the other items are
//! passwords, not authenticator entries, and are not listed. The value is an `otpauth://` (or
//! `motp://`) URI, `steam://SECRET` (Steam: skipped by name), or a bare Base32 secret — TOTP,
//! SHA-1, 6 digits, 30 s, as Bitwarden computes it — whose issuer is the item's `name` and
//! account its `login.username`. A URI without an issuer or account takes them from the item
//! the same way. Password-protected and account-encrypted JSON exports (`"encrypted": true`)
//! are refused with what to do instead.

use serde_json::{Map, Value};

use super::json::{self, Json};
use super::{
    EntryOutcome, FieldFault, FieldProblem, ImportEntry, ImportFormat, Imported, JsonType,
    MAX_IMPORT_ENTRIES, SkipReason, label, non_empty, oath_token, skipped, too_many_entries,
    uri_token,
};
use crate::error::{Error, Result};
use crate::kind::HashAlgorithm;
use crate::portable::PortableToken;

const FORMAT: &str = "Bitwarden";

fn malformed(problem: impl Into<String>) -> Error {
    Error::ImportMalformed {
        format: FORMAT,
        problem: problem.into(),
    }
}

/// Reads a Bitwarden export, JSON or CSV; `json` is the already-parsed document, if any.
pub fn import(bytes: &[u8], json: Option<Json>, _password: Option<&str>) -> Result<Imported> {
    let body = super::encoding::strip_bom(bytes);
    let looks_json = matches!(
        body.iter().find(|b| !b.is_ascii_whitespace()),
        Some(b'{' | b'[')
    );
    let entries = if json.is_some() || looks_json {
        let doc = json::document(body, json, FORMAT)?;
        read_json(&doc.0)?
    } else {
        read_csv(body)?
    };
    Ok(Imported {
        format: ImportFormat::Bitwarden,
        encrypted: false,
        entries,
    })
}

fn read_json(doc: &Value) -> Result<Vec<ImportEntry>> {
    let Value::Object(top) = doc else {
        return Err(malformed(format!(
            "it is {}, not a JSON object",
            json::kind(doc)
        )));
    };
    if matches!(top.get("encrypted"), Some(Value::Bool(true))) {
        return Err(Error::ImportUnsupported {
            format: FORMAT,
            reason: "it is an encrypted export: in Bitwarden, export the vault again as \
                     \".json\" or \".csv\" (not \"encrypted\")"
                .into(),
        });
    }
    let items = json::req_array(top, "items").map_err(malformed)?;
    if items.len() > MAX_IMPORT_ENTRIES {
        return Err(too_many_entries(FORMAT, "items"));
    }
    let mut entries = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let Value::Object(item) = item else {
            entries.push(ImportEntry {
                label: format!("entry {}", index + 1),
                outcome: skipped(SkipReason::NotAnObject {
                    found: JsonType::of(item),
                }),
            });
            continue;
        };
        let name = json::opt_str(item, "name").ok().flatten();
        let login = match item.get("login") {
            None | Some(Value::Null) => continue,
            Some(Value::Object(login)) => login,
            Some(other) => {
                let problem = FieldProblem::new(
                    "login",
                    FieldFault::WrongType {
                        found: JsonType::of(other),
                        expected: JsonType::Object,
                    },
                );
                entries.push(ImportEntry {
                    label: label(name, None, index),
                    outcome: skipped(problem),
                });
                continue;
            }
        };
        let username = json::opt_str(login, "username").ok().flatten();
        match totp_field(login) {
            Ok(None) => {}
            Ok(Some(totp)) => {
                entries.push(entry(totp, name, username, label(name, username, index)))
            }
            Err(reason) => entries.push(ImportEntry {
                label: label(name, username, index),
                outcome: skipped(reason),
            }),
        }
    }
    Ok(entries)
}

/// `login.totp`: `None` when absent, null or blank (a password item).
fn totp_field(login: &Map<String, Value>) -> std::result::Result<Option<&str>, SkipReason> {
    Ok(json::opt_str(login, "totp")?.filter(|t| !t.trim().is_empty()))
}

fn read_csv(body: &[u8]) -> Result<Vec<ImportEntry>> {
    let text = std::str::from_utf8(body).map_err(|e| {
        malformed(format!(
            "it is not UTF-8 text (a bad byte at offset {})",
            e.valid_up_to()
        ))
    })?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|_| malformed("its first line is not a CSV header"))?
        .clone();
    let column = |name: &str| headers.iter().position(|h| h.trim() == name);
    let totp =
        column("login_totp").ok_or_else(|| malformed("its header has no login_totp column"))?;
    let (name, username) = (column("name"), column("login_username"));
    let mut entries = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(_) => {
                // Only an I/O error could repeat; reading from memory, the reader moves on.
                entries.push(ImportEntry {
                    label: format!("line {line}"),
                    outcome: skipped(malformed("the line is not valid CSV")),
                });
                if entries.len() > MAX_IMPORT_ENTRIES {
                    return Err(too_many_entries(FORMAT, "lines"));
                }
                continue;
            }
        }
        let Some(value) = record.get(totp).filter(|t| !t.trim().is_empty()) else {
            continue;
        };
        if entries.len() >= MAX_IMPORT_ENTRIES {
            return Err(too_many_entries(FORMAT, "lines with a login_totp"));
        }
        let field = |i: Option<usize>| i.and_then(|i| record.get(i));
        let (n, u) = (field(name), field(username));
        let fallback = match label(n, u, 0).as_str() {
            "entry 1" => format!("line {line}"),
            other => other.to_owned(),
        };
        entries.push(entry(value, n, u, fallback));
    }
    Ok(entries)
}

/// One item's TOTP value, labelled by the token it gives (else by `fallback`, the item's name).
fn entry(totp: &str, name: Option<&str>, username: Option<&str>, fallback: String) -> ImportEntry {
    match token(totp, name, username) {
        Ok(token) => {
            let label = match label(token.issuer.as_deref(), Some(&token.account), 0).as_str() {
                "entry 1" => fallback,
                other => other.to_owned(),
            };
            ImportEntry {
                label,
                outcome: EntryOutcome::Token(token),
            }
        }
        Err(reason) => ImportEntry {
            label: fallback,
            outcome: skipped(reason),
        },
    }
}

fn token(
    totp: &str,
    name: Option<&str>,
    username: Option<&str>,
) -> std::result::Result<PortableToken, SkipReason> {
    let totp = totp.trim();
    if totp.contains(':') {
        let mut token = uri_token(totp)?;
        let username = username.map(str::trim).filter(|u| !u.is_empty());
        if token.account.trim().is_empty() && username.is_none() {
            // Nothing names an account (Bitwarden's `steam://SECRET` items usually): the
            // item's name is the only name the user gave it.
            token.account = name.unwrap_or_default().trim().to_owned();
            return Ok(token);
        }
        if token.issuer.is_none() {
            token.issuer = non_empty(name);
        }
        if token.account.trim().is_empty() {
            token.account = username.unwrap_or_default().to_owned();
        }
        return Ok(token);
    }
    let (kind, secret) = oath_token("totp", totp, HashAlgorithm::Sha1, None, None, None)?;
    Ok(PortableToken {
        kind,
        issuer: non_empty(name),
        account: username.unwrap_or_default().trim().to_owned(),
        secret,
        pin: None,
        note: None,
        group: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::OtpKind;

    const JSON: &str = r#"{"encrypted":false,"folders":[],"items":[
      {"type":1,"name":"Corp","login":{"username":"alice","totp":"otpauth://totp/Corp:alice?secret=JBSWY3DPEHPK3PXP&digits=8"}},
      {"type":1,"name":"Mail","login":{"username":"bob","password":"x","totp":null}},
      {"type":2,"name":"A note"},
      {"type":1,"name":"Bank","login":{"username":"carol","totp":"jbsw y3dp ehpk 3pxp"}},
      {"type":1,"name":"Game","login":{"username":null,"totp":"steam://JBSWY3DPEHPK3PXP"}},
      {"type":1,"name":"Shop","login":{"username":"dave","totp":"otpauth://totp/?secret=JBSWY3DPEHPK3PXP"}},
      {"type":1,"name":"Broken","login":{"totp":"not base32!"}},
      {"type":1,"name":"Num","login":{"totp":5}},
      "x"
    ]}"#;

    #[test]
    fn json_items_with_a_totp_are_the_entries() {
        let imported = import(JSON.as_bytes(), None, None).unwrap();
        assert_eq!(imported.format, ImportFormat::Bitwarden);
        let labels: Vec<&str> = imported.entries.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Corp: alice",
                "Bank: carol",
                "Game",
                "Shop: dave",
                "Broken",
                "Num",
                "entry 9"
            ]
        );
        let tokens: Vec<_> = imported.tokens().collect();
        assert_eq!(tokens.len(), 4);
        assert!(matches!(tokens[0].kind, OtpKind::Totp(t) if t.digits == 8));
        // A bare secret: TOTP SHA-1/6/30, the item's name and username.
        assert!(matches!(tokens[1].kind, OtpKind::Totp(t)
            if t.digits == 6 && t.period_seconds == 30 && t.algorithm == HashAlgorithm::Sha1));
        assert_eq!(tokens[1].secret.expose(), "JBSWY3DPEHPK3PXP");
        // `steam://SECRET`: a Steam Guard token named after the item.
        assert_eq!(tokens[2].kind, OtpKind::Steam);
        assert_eq!(tokens[2].secret.expose(), "JBSWY3DPEHPK3PXP");
        assert_eq!(tokens[3].issuer.as_deref(), Some("Shop"));
        let reasons: Vec<SkipReason> = imported.skipped().map(|(_, r)| r.clone()).collect();
        assert!(matches!(
            reasons[0],
            SkipReason::Invalid(Error::SecretNotBase32 { .. })
        ));
        assert!(matches!(reasons[1], SkipReason::Field(_)));
        assert!(matches!(reasons[2], SkipReason::NotAnObject { .. }));
    }

    #[test]
    fn csv_rows_with_a_totp_are_the_entries() {
        let csv = "folder,favorite,type,name,notes,fields,login_uri,login_username,login_password,login_totp\n\
                   ,,login,Corp,\"a, \"\"quoted\"\" note\nover lines\",,,alice,pw,otpauth://totp/Corp:alice?secret=JBSWY3DPEHPK3PXP\n\
                   ,,login,Mail,,,,bob,pw,\n\
                   ,,login,Bank,,,,carol,pw,JBSWY3DPEHPK3PXP\n\
                   ,,login,,,,,,,steam://JBSWY3DPEHPK3PXP\n\
                   short,row\n";
        let imported = import(csv.as_bytes(), None, None).unwrap();
        let labels: Vec<&str> = imported.entries.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(labels, ["Corp: alice", "Bank: carol", "line 6"]);
        // The nameless row's `steam://` is a Steam Guard token, labelled by its line.
        let tokens: Vec<_> = imported.tokens().collect();
        assert_eq!(tokens.len(), 3);
        assert_eq!(tokens[2].kind, OtpKind::Steam);
        assert!(matches!(
            crate::import::import(b"name,notes\nx,y\n", Some(ImportFormat::Bitwarden), None),
            Err(Error::ImportMalformed { .. })
        ));
    }

    #[test]
    fn encrypted_exports_say_what_to_do() {
        let e = import(
            br#"{"encrypted":true,"passwordProtected":true,"salt":"x","data":"y"}"#,
            None,
            None,
        )
        .unwrap_err();
        assert!(e.to_string().contains("export the vault again"), "{e}");
    }
}
