//! Recognising a backup from its content.
//!
//! Files arrive from share sheets and downloads with any name, so we never trust the
//! extension: magic headers first (Authenticator Pro's encrypted backups), then the JSON
//! shape, then URI schemes in text, then andOTP's binary layout. Anything else gets a
//! description of what it seems to be, which is what the user needs to pick the right file.

use serde_json::Value;

use super::ImportFormat;
use super::crypto::PBKDF2_MAX_ITERATIONS;
use super::encoding::strip_bom;
use super::json::Json;
use crate::error::{Error, Result};

/// Authenticator Pro's "strong" (Argon2id + AES-GCM) header.
pub const AUTHPRO_STRONG_MAGIC: &[u8; 16] = b"AUTHENTICATORPRO";
/// Authenticator Pro's "legacy" (PBKDF2 + AES-CBC) header.
pub const AUTHPRO_LEGACY_MAGIC: &[u8; 16] = b"AuthenticatorPro";
/// Smallest andOTP encrypted backup: iterations (4) ‖ salt (12) ‖ IV (12) ‖ tag (16).
pub const ANDOTP_MIN_ENCRYPTED: usize = 4 + 12 + 12 + 16;

/// How many meaningful lines of a text file we look at for a URI.
const TEXT_LINES_SNIFFED: usize = 20;

/// The format and, for JSON formats, the parsed document (so it is parsed once).
pub fn sniff(bytes: &[u8]) -> Result<(ImportFormat, Option<Json>)> {
    if bytes.starts_with(AUTHPRO_STRONG_MAGIC) || bytes.starts_with(AUTHPRO_LEGACY_MAGIC) {
        return Ok((ImportFormat::AuthenticatorPro, None));
    }
    let body = strip_bom(bytes);
    let Some(&first) = body.iter().find(|b| !b.is_ascii_whitespace()) else {
        return Err(unrecognized("an empty file"));
    };
    if first == b'{' || first == b'[' {
        if super::json::too_many_values(body) {
            return Err(unrecognized(&format!(
                "a JSON document of more than {} values, more than any backup holds",
                super::json::MAX_JSON_VALUES
            )));
        }
        return match Json::parse(body) {
            Ok(json) => {
                let format = classify_json(&json.0)?;
                Ok((format, Some(json)))
            }
            Err(e) => Err(unrecognized(&format!("damaged or incomplete JSON ({e})"))),
        };
    }
    if let Some(what) = magic(body) {
        return Err(unrecognized(what));
    }
    if let Some(text) = as_text(body) {
        return classify_text(text).map(|f| (f, None));
    }
    if looks_like_andotp_encrypted(bytes) {
        return Ok((ImportFormat::AndOtp, None));
    }
    if matches!(bytes.first(), Some(0x84 | 0x85 | 0x8c | 0x8d | 0xc1 | 0xc3)) {
        // OpenPGP packet tags of an encrypted message (andOTP's `.json.gpg` backups).
        return Err(unrecognized(
            "binary data, probably an OpenPGP-encrypted file (decrypt it with your OpenPGP app \
             first) or an andOTP encrypted backup made before andOTP 0.6.3 (choose the andOTP \
             format explicitly)",
        ));
    }
    Err(unrecognized(
        "binary data of an unknown format (an andOTP encrypted backup made before andOTP \
         0.6.3 cannot be recognised automatically: choose the andOTP format explicitly)",
    ))
}

/// Whether the first four bytes (andOTP's big-endian PBKDF2 iteration count) are plausible.
pub fn looks_like_andotp_encrypted(bytes: &[u8]) -> bool {
    bytes.len() >= ANDOTP_MIN_ENCRYPTED
        && matches!(andotp_iterations(bytes), Some(1..=PBKDF2_MAX_ITERATIONS))
}

/// andOTP's iteration count, if the file is long enough to have one.
pub fn andotp_iterations(bytes: &[u8]) -> Option<u32> {
    let head: [u8; 4] = bytes.get(..4)?.try_into().ok()?;
    Some(u32::from_be_bytes(head))
}

fn unrecognized(what: &str) -> Error {
    Error::ImportUnrecognized { what: what.into() }
}

fn classify_json(v: &Value) -> Result<ImportFormat> {
    match v {
        Value::Object(m) => {
            let has = |k: &str| m.contains_key(k);
            if has("header") && has("db") {
                Ok(ImportFormat::Aegis)
            } else if has("Authenticators") {
                Ok(ImportFormat::AuthenticatorPro)
            } else if has("schemaVersion") && (has("services") || has("servicesEncrypted")) {
                Ok(ImportFormat::TwoFas)
            } else if has("encrypted") && (has("items") || has("folders") || has("data")) {
                Ok(ImportFormat::Bitwarden)
            } else if has("tokens") && has("tokenOrder") {
                Ok(ImportFormat::FreeOtpPlus)
            } else if has("version") && is_proton(m.get("entries")) {
                Ok(ImportFormat::ProtonAuthenticator)
            } else if super::ente::is_ente(m) {
                Ok(ImportFormat::EnteAuth)
            } else if is_steam_guard(m) {
                Ok(ImportFormat::SteamGuard)
            } else if has("version") && has("entries") {
                Err(unrecognized(
                    "the inner contents of an Aegis vault without its header; export the vault \
                     from Aegis instead",
                ))
            } else {
                Err(unrecognized("a JSON document of an unknown shape"))
            }
        }
        Value::Array(items) => match items.first() {
            None | Some(Value::Object(_)) => Ok(ImportFormat::AndOtp),
            Some(_) => Err(unrecognized("a JSON list of an unknown shape")),
        },
        _ => Err(unrecognized("a JSON value of an unknown shape")),
    }
}

/// Steam's authenticator data (`import::steam_guard`): a `shared_secret`, or `accounts`
/// whose first holds one.
fn is_steam_guard(m: &serde_json::Map<String, Value>) -> bool {
    m.contains_key("shared_secret")
        || m.get("accounts")
            .and_then(Value::as_object)
            .is_some_and(|a| {
                a.values()
                    .next()
                    .is_some_and(|v| v.get("shared_secret").is_some())
            })
}

/// Proton Authenticator's entries hold a `content` object (an Aegis vault's contents hold
/// `info`): an empty list is not told apart.
fn is_proton(entries: Option<&Value>) -> bool {
    match entries {
        Some(Value::Array(list)) => list.first().is_some_and(|e| {
            e.get("content").is_some_and(Value::is_object) && e.get("info").is_none()
        }),
        _ => false,
    }
}

fn magic(body: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive (unpack it first)"),
        (b"\x1f\x8b", "a gzip-compressed file (unpack it first)"),
        (
            b"\x89PNG",
            "a PNG image (to add a token from a QR code, scan the code instead)",
        ),
        (
            b"\xFF\xD8\xFF",
            "a JPEG image (to add a token from a QR code, scan the code instead)",
        ),
        (b"GIF8", "a GIF image"),
        (
            b"-----BEGIN PGP",
            "an OpenPGP-encrypted file (decrypt it with your OpenPGP app first)",
        ),
    ];
    let trimmed = body.trim_ascii_start();
    if let Some((_, what)) = SIGNATURES.iter().find(|(sig, _)| trimmed.starts_with(sig)) {
        return Some(what);
    }
    let head = &trimmed[..trimmed.len().min(1024)];
    let head_lower = head.to_ascii_lowercase();
    if head_lower.starts_with(b"<") && contains(&head_lower, b"<html") {
        return Some(
            "an HTML page (HTML exports are for printing: export a JSON backup or a URI list \
             instead)",
        );
    }
    None
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// The text, if the file is UTF-8 without NUL bytes.
fn as_text(body: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(body).ok()?;
    (!text.contains('\0')).then_some(text)
}

/// Whether a line is an `otpauth-migration:` URI (any case): a line of Google Authenticator's
/// export.
pub(crate) fn is_migration(line: &str) -> bool {
    line.get(..18)
        .is_some_and(|p| p.eq_ignore_ascii_case("otpauth-migration:"))
}

fn classify_text(text: &str) -> Result<ImportFormat> {
    // Bitwarden's CSV export: a header line naming its login_totp column.
    if let Some(header) = text.lines().map(str::trim).find(|l| !l.is_empty()) {
        if header
            .split(',')
            .any(|c| c.trim().trim_matches('"') == "login_totp")
        {
            return Ok(ImportFormat::Bitwarden);
        }
    }
    let mut saw_uri = false;
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .take(TEXT_LINES_SNIFFED)
    {
        // A Google Authenticator export may carry plain URIs too; its own lines decide.
        if is_migration(line) {
            return Ok(ImportFormat::GoogleAuthenticator);
        }
        let lower = line.get(..20).unwrap_or(line).to_ascii_lowercase();
        saw_uri |= lower.starts_with("motp:") || lower.starts_with("otpauth:");
    }
    if saw_uri {
        return Ok(ImportFormat::UriList);
    }
    Err(unrecognized(
        "a text file without any motp:// or otpauth:// provisioning URI",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn what(bytes: &[u8]) -> String {
        match sniff(bytes) {
            Ok((f, _)) => format!("format {f}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn recognises_shapes() {
        let f = |b: &[u8]| sniff(b).map(|(f, _)| f).ok();
        assert_eq!(
            f(br#"{"version":1,"header":{"slots":null,"params":null},"db":{}}"#),
            Some(ImportFormat::Aegis)
        );
        assert_eq!(
            f(b"\xEF\xBB\xBF {\"Authenticators\":[]}"),
            Some(ImportFormat::AuthenticatorPro)
        );
        assert_eq!(
            f(b"AUTHENTICATORPRO..."),
            Some(ImportFormat::AuthenticatorPro)
        );
        assert_eq!(
            f(b"AuthenticatorPro..."),
            Some(ImportFormat::AuthenticatorPro)
        );
        assert_eq!(f(b"[]"), Some(ImportFormat::AndOtp));
        assert_eq!(
            f(b"{\"tokenOrder\":[],\"tokens\":[]}"),
            Some(ImportFormat::FreeOtpPlus)
        );
        assert_eq!(
            f(b"{\"version\":1,\"entries\":[{\"content\":{}}]}"),
            Some(ImportFormat::ProtonAuthenticator)
        );
        assert_eq!(
            f(b"{\"encrypted\":false,\"folders\":[],\"items\":[]}"),
            Some(ImportFormat::Bitwarden)
        );
        assert_eq!(
            f(b"folder,favorite,type,name,login_username,login_totp\n"),
            Some(ImportFormat::Bitwarden)
        );
        assert_eq!(f(b"[{\"type\":\"MOTP\"}]"), Some(ImportFormat::AndOtp));
        assert_eq!(
            f(b"# mine\n\nmotp://a:b?secret=0123456789abcdef\n"),
            Some(ImportFormat::UriList)
        );
        assert_eq!(
            f(b"header\notpauth://totp/x?secret=A"),
            Some(ImportFormat::UriList)
        );
        let mut andotp = 150_000u32.to_be_bytes().to_vec();
        andotp.extend_from_slice(&[0xa5; 60]);
        assert_eq!(f(&andotp), Some(ImportFormat::AndOtp));
    }

    #[test]
    fn names_what_it_is_otherwise() {
        assert!(what(b"").contains("empty"));
        assert!(what(b"  \n").contains("empty"));
        assert!(what(b"{\"a\":").contains("damaged or incomplete JSON"));
        assert_eq!(
            what(b"{\"services\":[],\"schemaVersion\":4}"),
            "format 2FAS"
        );
        assert!(what(b"{\"foo\":1}").contains("unknown shape"));
        assert!(what(b"[1,2]").contains("JSON list"));
        assert!(what(b"\x89PNG\r\n").contains("scan the code"));
        assert!(what(b"<!DOCTYPE html><html>").contains("HTML"));
        assert!(what(b"-----BEGIN PGP MESSAGE-----").contains("OpenPGP"));
        assert!(what(b"hello world").contains("without any motp://"));
        assert!(what(&[0xff; 100]).contains("binary data"));
        assert!(what(&[0x85; 100]).contains("OpenPGP"));
        assert_eq!(
            what(b"otpauth-migration://offline?data=abc"),
            "format Google Authenticator"
        );
        assert_eq!(
            what(b"otpauth://totp/a?secret=JBSWY3DP\notpauth-migration://offline?data=abc"),
            "format Google Authenticator"
        );
    }
}
