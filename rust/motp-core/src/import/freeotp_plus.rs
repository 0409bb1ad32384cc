//! FreeOTP+ JSON backups ("Export JSON").
//!
//! Layout: `{"tokenOrder": ["Issuer:label", ...], "tokens": [{"algo", "counter", "digits",
//! "issuerExt", "issuerInt", "label", "period", "secret", "type"}]}`. `secret` is the key as a
//! list of Java `byte`s (−128…127; 0…255 is accepted too), `type` `TOTP` or `HOTP`, `algo`
//! `SHA1`/`SHA256`/`SHA512` (FreeOTP also offers MD5: skipped with the reason). `counter` is
//! read as the file has it: FreeOTP+ computes its next HOTP code from the stored counter
//! (`getHOTP(counter++)`), which is what our counter means. A TOTP token whose issuer is
//! `Steam` is a Steam Guard token in FreeOTP+ (as Aegis reads it): skipped as Steam. Tokens
//! are read in `tokens` order (the file's; `tokenOrder` is the app's display order).

use serde_json::{Map, Value};

use super::encoding::base32_encode;
use super::json::{self, Json};
use super::{
    EntryOutcome, ImportFormat, Imported, SkipReason, non_empty, oath_token, read_entries_named,
    unknown_type,
};
use crate::error::{Error, Result};
use crate::portable::PortableToken;

const FORMAT: &str = "FreeOTP+";

fn malformed(problem: impl Into<String>) -> Error {
    Error::ImportMalformed {
        format: FORMAT,
        problem: problem.into(),
    }
}

/// Reads a FreeOTP+ backup; `json` is the already-parsed document, if any.
pub fn import(bytes: &[u8], json: Option<Json>) -> Result<Imported> {
    let doc = json::document(bytes, json, FORMAT)?;
    let top = json::object(&doc, FORMAT)?;
    let tokens = json::req_array(top, "tokens").map_err(malformed)?;
    Ok(Imported {
        format: ImportFormat::FreeOtpPlus,
        encrypted: false,
        entries: read_entries_named(FORMAT, tokens, names, token)?,
    })
}

/// `(issuerExt, else issuerInt; label)`.
fn names(token: &Map<String, Value>) -> (Option<&str>, Option<&str>) {
    let text = |key| {
        json::opt_str(token, key)
            .ok()
            .flatten()
            .filter(|s| !s.trim().is_empty())
    };
    (
        text("issuerExt").or_else(|| text("issuerInt")),
        text("label"),
    )
}

fn token(entry: &Map<String, Value>) -> std::result::Result<EntryOutcome, SkipReason> {
    let (issuer, account) = names(entry);
    let kind = json::req_str(entry, "type")?;
    let kind = if kind.eq_ignore_ascii_case("TOTP") {
        // FreeOTP+ stores Steam Guard as a TOTP entry whose issuer is `Steam` (as Aegis reads it).
        if issuer == Some("Steam") {
            "steam"
        } else {
            "totp"
        }
    } else if kind.eq_ignore_ascii_case("HOTP") {
        "hotp"
    } else if kind.eq_ignore_ascii_case("STEAM") {
        "steam"
    } else {
        return Ok(unknown_type(kind));
    };
    let algorithm = super::algorithm(json::opt_str(entry, "algo")?)?;
    let bytes = secret_bytes(json::req_array(entry, "secret")?)?;
    if bytes.is_empty() {
        return Err(SkipReason::SecretEmpty);
    }
    let (kind, secret) = oath_token(
        kind,
        &base32_encode(&bytes),
        algorithm,
        json::opt_i64(entry, "digits")?,
        json::opt_i64(entry, "period")?,
        json::opt_i64(entry, "counter")?,
    )?;
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

/// The key from a list of Java bytes; the error never quotes them.
fn secret_bytes(list: &[Value]) -> std::result::Result<zeroize::Zeroizing<Vec<u8>>, SkipReason> {
    let mut out = zeroize::Zeroizing::new(Vec::with_capacity(list.len()));
    for v in list {
        let byte = v
            .as_i64()
            .filter(|b| (-128..=255).contains(b))
            .ok_or_else(|| {
                SkipReason::Invalid(malformed(
                    "its secret is not a list of bytes (whole numbers from -128 to 255)",
                ))
            })?;
        out.push(byte as u8);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::{HashAlgorithm, OtpKind};

    const FILE: &str = r#"{"tokenOrder":["Corp:alice"],"tokens":[
      {"algo":"SHA256","counter":0,"digits":8,"issuerExt":"Corp","label":"alice","period":60,
       "secret":[72,101,108,108,111,33,-34,-83,-66,-17],"type":"TOTP"},
      {"algo":"SHA1","counter":41,"digits":6,"issuerExt":"","issuerInt":"Bank","label":"bob",
       "secret":[72,101,108,108,111,33,-34,-83,-66,-17],"type":"HOTP"},
      {"issuerExt":"Steam","label":"carol","secret":[1,2,3],"type":"TOTP"},
      {"issuerExt":"X","label":"md5","algo":"MD5","secret":[1,2,3],"type":"TOTP"},
      {"issuerExt":"X","label":"big","secret":[1,256],"type":"TOTP"},
      {"issuerExt":"X","label":"none","secret":[],"type":"TOTP"},
      {"issuerExt":"X","label":"kind","secret":[1],"type":"YAOTP"},
      null
    ]}"#;

    #[test]
    fn reads_signed_byte_secrets_and_says_why_it_skips() {
        let imported = import(FILE.as_bytes(), None).unwrap();
        assert_eq!(imported.format, ImportFormat::FreeOtpPlus);
        let labels: Vec<&str> = imported.entries.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Corp: alice",
                "Bank: bob",
                "Steam: carol",
                "X: md5",
                "X: big",
                "X: none",
                "X: kind",
                "entry 8"
            ]
        );
        let tokens: Vec<_> = imported.tokens().collect();
        assert_eq!(tokens.len(), 3);
        // "Hello!" followed by 0xDEADBEEF.
        assert_eq!(tokens[0].secret.expose(), "JBSWY3DPEHPK3PXP");
        assert!(matches!(tokens[0].kind, OtpKind::Totp(t)
            if t.digits == 8 && t.period_seconds == 60 && t.algorithm == HashAlgorithm::Sha256));
        assert!(matches!(tokens[1].kind, OtpKind::Hotp(h) if h.counter == 41));
        // A TOTP entry whose issuer is Steam is FreeOTP+'s Steam Guard token.
        assert_eq!(tokens[2].kind, OtpKind::Steam);
        let reasons: Vec<SkipReason> = imported.skipped().map(|(_, r)| r.clone()).collect();
        assert!(matches!(
            reasons[0],
            SkipReason::AlgorithmUnsupported { .. }
        ));
        assert!(reasons[1].to_string().contains("not a list of bytes"));
        assert_eq!(reasons[2], SkipReason::SecretEmpty);
        assert!(matches!(
            reasons[3],
            SkipReason::UnsupportedKind(crate::import::UnsupportedKind::Unknown(_))
        ));
        assert!(matches!(reasons[4], SkipReason::NotAnObject { .. }));
    }
}
