//! Text files of provisioning URIs, one a line (what Aegis, Stratum and others export as
//! "plain text" or "URI list", and what people write by hand).
//!
//! Every form [`ProvisioningUri::parse`](crate::uri::ProvisioningUri::parse) reads is accepted (`motp://ISSUER:ACCOUNT?secret=…`,
//! Aegis's `motp:LABEL?…`, andOTP's `otpauth://motp/…`, and `otpauth://totp|hotp/…`). Blank
//! lines and lines starting with `#` are ignored; any other line that is not a URI we read
//! becomes a skipped entry labelled
//! `line N` with the parse error as its reason — never the line's content, which may hold a
//! secret.

use super::{EntryOutcome, ImportEntry, ImportFormat, Imported, label, skipped};
use crate::error::{Error, Result};

/// Reads a URI list.
pub fn import(bytes: &[u8]) -> Result<Imported> {
    Ok(Imported {
        format: ImportFormat::UriList,
        encrypted: false,
        entries: entries(bytes, "URI list")?,
    })
}

/// The entries of a text of URIs, one a line: a URI list's, or what an encrypted export
/// (Ente Auth's) holds once opened; `format` names it in errors.
pub(crate) fn entries(bytes: &[u8], format: &'static str) -> Result<Vec<ImportEntry>> {
    let text = std::str::from_utf8(super::encoding::strip_bom(bytes)).map_err(|e| {
        Error::ImportMalformed {
            format,
            problem: format!(
                "it is not UTF-8 text (a bad byte at offset {})",
                e.valid_up_to()
            ),
        }
    })?;
    // Counted before anything is made of them: millions of junk lines must not become
    // millions of report entries.
    let counted = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .count();
    if counted > super::MAX_IMPORT_ENTRIES {
        return Err(super::too_many_entries(
            format,
            "lines that are not blank or comments",
        ));
    }
    let mut entries = Vec::with_capacity(counted);
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        entries.push(entry(line, i + 1));
    }
    Ok(entries)
}

/// One line's entry: the token its URI holds, or skipped (labelled `line N`, never with the
/// line's content) with the parse error; Steam and Yandex URIs are skipped by name
/// ([`super::uri_token`]).
pub(crate) fn entry(line: &str, number: usize) -> ImportEntry {
    match super::uri_token(line) {
        Ok(token) => {
            let label = label(token.issuer.as_deref(), Some(&token.account), 0);
            let label = if label == "entry 1" {
                format!("line {number}")
            } else {
                label
            };
            ImportEntry {
                label,
                outcome: EntryOutcome::Token(token),
            }
        }
        Err(reason) => ImportEntry {
            label: format!("line {number}"),
            outcome: skipped(reason),
        },
    }
}
