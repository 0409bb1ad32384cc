//! 2FAS Authenticator backups (`.2fas`, schema versions 1–4), plain or password-encrypted.
//!
//! Layout (2FAS's Android and iOS apps; specified in `docs/import-export.md`):
//!
//! ```text
//! { "schemaVersion": 1..4, "appOrigin", "appVersionCode", "appVersionName", "updatedAt",
//!   "groups": [{"id", "name", "isExpanded"}],            // schema 2 on
//!   "services": [ service… ],                            // [] when encrypted
//!   "servicesEncrypted": "DATA:SALT:IV",                 // encrypted only, each Base64
//!   "reference": "…" }                                   // encrypted only, unused here
//! service = { "name", "secret" (Base32), "updatedAt", "type", "groupId",
//!             "order": {"position"}, "icon",
//!             "otp": { "label", "account", "issuer", "digits", "period", "algorithm",
//!                      "counter", "tokenType": "TOTP" | "HOTP" | "STEAM", "source", "link" } }
//! ```
//!
//! Encrypted: the services list, as JSON, sealed with AES-256-GCM (the 16-byte tag at the end of
//! DATA, a 12-byte IV) under PBKDF2-HMAC-SHA256(password UTF-8, SALT, 10 000 iterations,
//! 256 bits). The iteration count is the format's constant, never read from the file.
//!
//! A service without `tokenType` (schemas 1 and 2) is TOTP, as 2FAS then held only TOTP.
//! Steam is skipped by name. The issuer is the service's `name` (what 2FAS shows; `otp.issuer`
//! when it has none), the account `otp.account` (else the part of `otp.label` after `Issuer:`).
//! Services are read in file order (2FAS writes them in its list's order). A service's
//! `groupId` names one of the file's `groups` (outside the encrypted part, so an encrypted
//! file's groups are read too): the token is filed under that group's `name`; an id that names
//! no group, or a group without a name, leaves the token without one.

use serde_json::{Map, Value};
use zeroize::Zeroizing;

use super::crypto;
use super::encoding::base64_decode;
use super::json::{self, Json};
use super::{
    EntryOutcome, ImportEntry, ImportFormat, Imported, SkipReason, non_empty, oath_token,
    read_entries_named, unknown_type,
};
use crate::error::{Error, Result};
use crate::portable::PortableToken;

const FORMAT: &str = "2FAS";

/// The newest schema version we read (what 2FAS 5 writes).
pub const SCHEMA_VERSION: i64 = 4;
/// 2FAS's PBKDF2-HMAC-SHA256 iteration count (a constant of the format).
pub const PBKDF2_ITERATIONS: u32 = 10_000;
/// The AES-GCM IV's length.
pub const IV_LEN: usize = 12;

fn malformed(problem: impl Into<String>) -> Error {
    Error::ImportMalformed {
        format: FORMAT,
        problem: problem.into(),
    }
}

/// Reads a 2FAS backup; `json` is the already-parsed document, if the caller has it.
pub fn import(bytes: &[u8], json: Option<Json>, password: Option<&str>) -> Result<Imported> {
    let doc = json::document(bytes, json, FORMAT)?;
    let top = json::object(&doc, FORMAT)?;
    let versioning = json::Versioning {
        key: "schemaVersion",
        noun: "schema version",
        oldest: 1,
        newest: SCHEMA_VERSION,
        missing: Some("it has no schemaVersion"),
    };
    json::check_version(top, &versioning, FORMAT)?;
    let Some(sealed) = json::opt_str(top, "servicesEncrypted").map_err(malformed)? else {
        let services = json::req_array(top, "services").map_err(malformed)?;
        return Ok(Imported {
            format: ImportFormat::TwoFas,
            encrypted: false,
            entries: read_services(services, &groups(top))?,
        });
    };
    let Some(password) = password else {
        return Err(Error::ImportPasswordRequired { format: FORMAT });
    };
    let plaintext = decrypt(sealed, password)?;
    let parsed = Json::parse(&plaintext)
        .map_err(|e| malformed(format!("its decrypted services are not valid JSON ({e})")))?;
    let Value::Array(services) = &parsed.0 else {
        return Err(malformed(format!(
            "its decrypted services are {}, not a list",
            json::kind(&parsed.0)
        )));
    };
    Ok(Imported {
        format: ImportFormat::TwoFas,
        encrypted: true,
        entries: read_services(services, &groups(top))?,
    })
}

/// The file's groups, id → name (a malformed list is no groups: the tokens still come in).
fn groups(top: &Map<String, Value>) -> Vec<(String, String)> {
    let Some(Value::Array(list)) = top.get("groups") else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|g| {
            let id = g.get("id")?.as_str()?;
            let name = g.get("name")?.as_str()?.trim();
            (!name.is_empty()).then(|| (id.to_owned(), name.to_owned()))
        })
        .take(super::MAX_IMPORT_ENTRIES)
        .collect()
}

/// Opens `servicesEncrypted` (`DATA:SALT:IV`, Base64 each; DATA ends with the GCM tag).
fn decrypt(sealed: &str, password: &str) -> Result<Zeroizing<Vec<u8>>> {
    let mut parts = sealed.split(':');
    let (Some(data), Some(salt), Some(iv)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(malformed(
            "its encrypted services are not three Base64 parts (data:salt:iv)",
        ));
    };
    let data = base64_decode(data)
        .ok_or_else(|| malformed("its encrypted services are not valid Base64"))?;
    let salt = base64_decode(salt).ok_or_else(|| malformed("its salt is not valid Base64"))?;
    let iv: [u8; IV_LEN] = base64_decode(iv)
        .and_then(|iv| iv.try_into().ok())
        .ok_or_else(|| malformed(format!("its IV is not {IV_LEN} bytes of Base64")))?;
    if salt.is_empty() {
        return Err(malformed("its salt is empty"));
    }
    if data.len() < 16 {
        return Err(malformed(
            "its encrypted services are too short to hold the integrity tag",
        ));
    }
    let key = crypto::pbkdf2_sha256(password.as_bytes(), &salt, PBKDF2_ITERATIONS, FORMAT)?;
    crypto::gcm_open(&key, &iv, &data).ok_or(Error::ImportWrongPassword { format: FORMAT })
}

fn read_services(services: &[Value], groups: &[(String, String)]) -> Result<Vec<ImportEntry>> {
    let mut entries = read_entries_named(FORMAT, services, names, service)?;
    for (entry, service) in entries.iter_mut().zip(services) {
        if let EntryOutcome::Token(t) = &mut entry.outcome {
            let id = service.get("groupId").and_then(Value::as_str);
            t.group =
                id.and_then(|id| groups.iter().find(|(g, _)| g == id).map(|(_, n)| n.clone()));
        }
    }
    Ok(entries)
}

/// The service's `(issuer, account)`: its `name` (else `otp.issuer`), and `otp.account` (else
/// `otp.label` without an `Issuer:` prefix).
fn names(service: &Map<String, Value>) -> (Option<&str>, Option<&str>) {
    fn text<'a>(obj: Option<&'a Map<String, Value>>, key: &str) -> Option<&'a str> {
        obj.and_then(|o| json::opt_str(o, key).ok().flatten())
            .filter(|s| !s.trim().is_empty())
    }
    let otp = service.get("otp").and_then(Value::as_object);
    let issuer = text(Some(service), "name").or_else(|| text(otp, "issuer"));
    let account = text(otp, "account").or_else(|| {
        text(otp, "label").map(|l| l.split_once(':').map_or(l, |(_, account)| account))
    });
    (issuer, account)
}

fn service(service: &Map<String, Value>) -> std::result::Result<EntryOutcome, SkipReason> {
    let otp = json::req_obj(service, "otp")?;
    let kind = match json::opt_str(otp, "tokenType")? {
        None => "totp",
        Some(t) if t.eq_ignore_ascii_case("TOTP") => "totp",
        Some(t) if t.eq_ignore_ascii_case("HOTP") => "hotp",
        Some(t) if t.eq_ignore_ascii_case("STEAM") => "steam",
        Some(other) => return Ok(unknown_type(other)),
    };
    let algorithm = super::algorithm(json::opt_str(otp, "algorithm")?)?;
    let (kind, secret) = oath_token(
        kind,
        json::req_str(service, "secret")?,
        algorithm,
        json::opt_i64(otp, "digits")?,
        json::opt_i64(otp, "period")?,
        json::opt_i64(otp, "counter")?,
    )?;
    let (issuer, account) = names(service);
    Ok(EntryOutcome::Token(PortableToken {
        kind,
        issuer: non_empty(issuer),
        account: account.unwrap_or_default().trim().to_owned(),
        secret,
        pin: None,
        note: None,
        group: None,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::{HashAlgorithm, OtpKind};

    /// A schema-4 file with every kind of service, made by hand from the layout above.
    const V4: &str = r#"{"schemaVersion":4,"groups":[{"id":"g1","name":"Work","isExpanded":true}],
      "services":[
        {"name":"Corp","secret":"JBSWY3DPEHPK3PXP","groupId":"g1","order":{"position":0},
         "otp":{"label":"alice","account":"alice","issuer":"Corp","digits":8,"period":60,
                "algorithm":"SHA256","tokenType":"TOTP"}},
        {"name":"","secret":"JBSWY3DPEHPK3PXP","order":{"position":1},
         "otp":{"label":"Bank:bob","issuer":"Bank","algorithm":"SHA1","counter":5,"tokenType":"HOTP"}},
        {"name":"Game","secret":"JBSWY3DPEHPK3PXP","otp":{"account":"carol","tokenType":"STEAM"}},
        {"name":"Old","secret":"JBSWY3DPEHPK3PXP","otp":{"account":"dave"}},
        {"name":"Bad","secret":"not base32!","otp":{"account":"eve"}},
        {"name":"Odd","secret":"JBSWY3DPEHPK3PXP","otp":{"account":"fay","tokenType":"YAOTP"}},
        {"name":"NoCounter","secret":"JBSWY3DPEHPK3PXP","otp":{"tokenType":"HOTP"}},
        7
      ]}"#;

    #[test]
    fn reads_every_service_and_says_why_it_skips() {
        let imported = import(V4.as_bytes(), None, None).unwrap();
        assert_eq!(imported.format, ImportFormat::TwoFas);
        assert!(!imported.encrypted);
        let labels: Vec<&str> = imported.entries.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Corp: alice",
                "Bank: bob",
                "Game: carol",
                "Old: dave",
                "Bad: eve",
                "Odd: fay",
                "NoCounter",
                "entry 8"
            ]
        );
        let tokens: Vec<_> = imported.tokens().collect();
        assert_eq!(tokens.len(), 4);
        // Corp's groupId names the file's group "Work"; the others have none.
        assert_eq!(tokens[0].group.as_deref(), Some("Work"));
        assert!(tokens[1..].iter().all(|t| t.group.is_none()));
        assert!(matches!(tokens[0].kind, OtpKind::Totp(t)
            if t.digits == 8 && t.period_seconds == 60 && t.algorithm == HashAlgorithm::Sha256));
        assert_eq!(tokens[1].issuer.as_deref(), Some("Bank"));
        assert_eq!(tokens[1].account, "bob");
        assert!(matches!(tokens[1].kind, OtpKind::Hotp(h) if h.counter == 5));
        assert_eq!(tokens[2].kind, OtpKind::Steam);
        assert_eq!(tokens[2].account, "carol");
        // No tokenType: TOTP, 6 digits, 30 s.
        assert!(
            matches!(tokens[3].kind, OtpKind::Totp(t) if t.digits == 6 && t.period_seconds == 30)
        );
        let reasons: Vec<SkipReason> = imported.skipped().map(|(_, r)| r.clone()).collect();
        assert!(matches!(
            reasons[0],
            SkipReason::Invalid(Error::SecretNotBase32 { .. })
        ));
        assert_eq!(
            reasons[1],
            SkipReason::UnsupportedKind(crate::import::UnsupportedKind::Unknown("YAOTP".into()))
        );
        assert_eq!(reasons[2], SkipReason::CounterMissing);
        assert!(matches!(reasons[3], SkipReason::NotAnObject { .. }));
    }

    #[test]
    fn schema_versions_are_checked() {
        let newer = r#"{"schemaVersion":5,"services":[]}"#;
        assert!(matches!(
            import(newer.as_bytes(), None, None),
            Err(Error::ImportUnsupported { format: "2FAS", .. })
        ));
        let none = r#"{"services":[]}"#;
        assert!(matches!(
            import(none.as_bytes(), None, None),
            Err(Error::ImportMalformed { format: "2FAS", .. })
        ));
    }

    /// Seals a services list as 2FAS does, with our own primitives (the fixture test checks
    /// against files 2FAS wrote).
    fn seal(services: &str, password: &str) -> String {
        let salt = [7u8; 32];
        let iv = [9u8; IV_LEN];
        let key =
            crypto::pbkdf2_sha256(password.as_bytes(), &salt, PBKDF2_ITERATIONS, FORMAT).unwrap();
        let (mut data, tag) = crypto::gcm_seal(&key, &iv, services.as_bytes()).unwrap();
        data.extend_from_slice(&tag);
        let b64 = super::super::encoding::base64_encode;
        format!(
            r#"{{"schemaVersion":4,"services":[],"groups":[],"servicesEncrypted":"{}:{}:{}"}}"#,
            b64(&data),
            b64(&salt),
            b64(&iv)
        )
    }

    #[test]
    fn encrypted_needs_the_right_password() {
        let file = seal(
            r#"[{"name":"Corp","secret":"JBSWY3DPEHPK3PXP","otp":{"account":"a","tokenType":"TOTP"}}]"#,
            "hunter2",
        );
        assert_eq!(
            import(file.as_bytes(), None, None).unwrap_err(),
            Error::ImportPasswordRequired { format: "2FAS" }
        );
        assert_eq!(
            import(file.as_bytes(), None, Some("hunter3")).unwrap_err(),
            Error::ImportWrongPassword { format: "2FAS" }
        );
        let imported = import(file.as_bytes(), None, Some("hunter2")).unwrap();
        assert!(imported.encrypted);
        assert_eq!(imported.entries[0].label, "Corp: a");
        for bad in [
            r#"{"schemaVersion":4,"servicesEncrypted":"AAAA"}"#,
            r#"{"schemaVersion":4,"servicesEncrypted":"%%:AAAA:AAAAAAAAAAAAAAAA"}"#,
            r#"{"schemaVersion":4,"servicesEncrypted":"AAAA:AAAA:AAAA"}"#,
            r#"{"schemaVersion":4,"servicesEncrypted":"AAAA:AAAA:AAAAAAAAAAAAAAAA"}"#,
            r#"{"schemaVersion":4,"servicesEncrypted":"AAAAAAAAAAAAAAAAAAAAAAAA::AAAAAAAAAAAAAAAA"}"#,
        ] {
            assert!(
                matches!(
                    import(bad.as_bytes(), None, Some("x")),
                    Err(Error::ImportMalformed { format: "2FAS", .. })
                ),
                "{bad}"
            );
        }
    }
}
