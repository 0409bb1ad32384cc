//! URI-list export: one line per token, `motp://ISSUER:ACCOUNT?secret=…` for mOTP and the Key
//! URI format (`otpauth://totp/…`, `otpauth://hotp/…`) for TOTP and HOTP.
//!
//! The agreed mOTP provisioning form and Google's Key URI format (see `docs/uri-formats.md`),
//! which Stratum, Aegis, privacyIDEA and our own importer read. The PIN is never written: a URI list is plain text that ends up
//! in mail and cloud folders, and the PIN is the factor that must stay in the user's head.

use zeroize::Zeroizing;

use super::Exported;
use crate::portable::PortableToken;
use crate::uri::ProvisioningUri;

/// Every token as a URI line, `\n`-terminated. No token is ever skipped.
pub fn export_uri_list(tokens: &[PortableToken]) -> Exported {
    let mut lines: Vec<Zeroizing<String>> = Vec::with_capacity(tokens.len());
    for t in tokens {
        let uri = ProvisioningUri {
            kind: t.kind,
            label_issuer_ignored: None,
            issuer: t.issuer.clone(),
            account: t.account.clone(),
            secret: t.secret.clone(),
            pin: None,
        };
        lines.push(uri.to_uri());
    }
    let total = lines.iter().map(|l| l.len() + 1).sum();
    let mut bytes = Zeroizing::new(Vec::with_capacity(total));
    for line in &lines {
        bytes.extend_from_slice(line.as_bytes());
        bytes.push(b'\n');
    }
    Exported {
        bytes,
        skipped: Vec::new(),
        count: tokens.len(),
    }
}
