//! Google Authenticator's export ("Transfer accounts"): one or more QR codes, each holding
//! `otpauth-migration://offline?data=BASE64`, where the data is a protobuf `MigrationPayload`.
//! People bring it as the QR codes' texts, one a line (what a QR reader or Aegis's and Stratum's
//! "Google Authenticator" importers take), so that is the file we read; `otpauth://` and
//! `motp://` lines beside them are read as a URI list would.
//!
//! The payload (the layout every importer of it agrees on; specified in
//! `docs/import-export.md`):
//!
//! ```text
//! MigrationPayload { repeated OtpParameters otp_parameters = 1; int32 version = 2;
//!                    int32 batch_size = 3; int32 batch_index = 4; int32 batch_id = 5; }
//! OtpParameters { bytes secret = 1; string name = 2; string issuer = 3;
//!                 Algorithm algorithm = 4;   // 0 unspecified (SHA-1), 1 SHA1, 2 SHA256, 3 SHA512, 4 MD5
//!                 DigitCount digits = 5;     // 0 unspecified (6), 1 six, 2 eight
//!                 OtpType type = 6;          // 0 unspecified (TOTP), 1 HOTP, 2 TOTP
//!                 int64 counter = 7; }
//! ```
//!
//! It is read with prost's derive, not by hand. A large export is split into a batch of QR
//! codes (`batch_size`, `batch_index`, `batch_id`): each part is read as it comes, a part given
//! twice is read once, and a part missing from the file is reported as a skipped entry naming
//! it ("QR code 2 of 3"), so a user who scanned one code too few learns which. MD5 entries are
//! skipped with the reason (no TOTP/HOTP server uses it); TOTP periods are always 30 s (the
//! format has no period).

use prost::Message;
use zeroize::Zeroize;

use super::encoding::base32_encode;
use super::{
    EntryOutcome, ImportEntry, ImportFormat, Imported, SkipReason, UnsupportedKind, label,
    oath_token, printable, skipped,
};
use crate::error::{Error, Result};
use crate::kind::HashAlgorithm;
use crate::migration::{MigrationPayload, OtpParameters};
use crate::portable::PortableToken;

/// The most parts of one export we account for. Google splits about ten accounts a QR code; a
/// larger `batch_size` is not an export Google wrote, and reporting its "missing" parts would
/// only flood the report.
const MAX_BATCH_PARTS: i32 = 1000;

/// The format's name in messages.
const NAME: &str = "Google Authenticator export";

/// Whether `text` (a scanned or pasted QR code's text) is one QR code of a Google Authenticator
/// export, which holds several accounts: read it with [`import`], not as a provisioning URI.
pub fn is_export_qr(text: &str) -> bool {
    super::detect::is_migration(text.trim_start())
}

/// Which part of which export one QR code's text is (Google numbers a large export's codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportPart {
    /// The export's random id, the same in each of its codes.
    pub batch_id: i32,
    /// This code's place, from 0.
    pub index: i32,
    /// How many codes the export has (1 when it is not split).
    pub parts: i32,
}

/// The part an export QR code's text is, so a scanner can collect a split export's codes in
/// any order, ignore repeats and tell another export's code apart; `None` when the text is no
/// readable export code (the import then says why).
pub fn export_part(text: &str) -> Option<ExportPart> {
    let line = text.trim();
    if !super::detect::is_migration(line) {
        return None;
    }
    let p = payload(line).ok()?;
    Some(ExportPart {
        batch_id: p.batch_id,
        index: p.batch_index.max(0),
        parts: p.batch_size.clamp(1, MAX_BATCH_PARTS),
    })
}

/// Reads a Google Authenticator export (its QR codes' texts, one a line).
pub fn import(bytes: &[u8]) -> Result<Imported> {
    let text = std::str::from_utf8(super::encoding::strip_bom(bytes)).map_err(|e| {
        Error::ImportMalformed {
            format: NAME,
            problem: format!(
                "it is not UTF-8 text (a bad byte at offset {})",
                e.valid_up_to()
            ),
        }
    })?;
    let mut entries = Vec::new();
    let mut batches = Batches::default();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let number = i + 1;
        if !super::detect::is_migration(line) {
            entries.push(super::uri_list::entry(line, number));
            continue;
        }
        match payload(line) {
            Ok(p) => {
                if batches.seen(&p) {
                    entries.extend(p.otp_parameters.iter().map(entry));
                }
            }
            Err(problem) => entries.push(ImportEntry {
                label: format!("line {number}"),
                outcome: skipped(Error::ImportMalformed {
                    format: NAME,
                    problem,
                }),
            }),
        }
    }
    entries.extend(batches.missing());
    Ok(Imported {
        format: ImportFormat::GoogleAuthenticator,
        encrypted: false,
        entries,
    })
}

/// The payload of one `otpauth-migration://offline?data=…` line, or what is wrong with it (in
/// words that never quote the data, which holds secrets).
fn payload(line: &str) -> std::result::Result<MigrationPayload, String> {
    let url = url::Url::parse(line).map_err(|_| "the line is not a valid URI".to_owned())?;
    let mut data = url
        .query_pairs()
        .find(|(k, _)| k == "data")
        .map(|(_, v)| v.into_owned())
        .ok_or_else(|| "the URI has no data parameter".to_owned())?;
    // A `+` left unencoded in the query reads as a space; Base64 has no spaces. Some tools
    // write the URL-safe alphabet.
    let standard: String = data
        .chars()
        .map(|c| match c {
            ' ' => '+',
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    data.zeroize();
    let mut raw = super::encoding::base64_decode(&standard)
        .ok_or_else(|| "its data is not valid Base64".to_owned())?;
    let decoded = MigrationPayload::decode(raw.as_slice());
    raw.zeroize();
    decoded
        .map_err(|_| "its data is not a Google Authenticator payload (damaged or cut short)".into())
}

/// One account of a payload, imported or skipped with the reason.
fn entry(p: &OtpParameters) -> ImportEntry {
    let (issuer, account) = names(p);
    ImportEntry {
        label: label(issuer.as_deref(), Some(&account), 0),
        outcome: token(p, issuer, account).unwrap_or_else(skipped),
    }
}

/// The issuer and the account: Google's `name` is `Issuer:account` or `account`; its issuer
/// field, when set, wins.
fn names(p: &OtpParameters) -> (Option<String>, String) {
    let name = p.name.trim();
    let issuer = super::non_empty(Some(&p.issuer));
    match name.split_once(':') {
        Some((prefix, account)) if issuer.is_none() || issuer.as_deref() == Some(prefix.trim()) => {
            (
                super::non_empty(Some(prefix)).or(issuer),
                account.trim().to_owned(),
            )
        }
        _ => (issuer, name.to_owned()),
    }
}

fn token(
    p: &OtpParameters,
    issuer: Option<String>,
    account: String,
) -> std::result::Result<EntryOutcome, SkipReason> {
    let algorithm = match p.algorithm {
        0 | 1 => HashAlgorithm::Sha1,
        2 => HashAlgorithm::Sha256,
        3 => HashAlgorithm::Sha512,
        4 => {
            return Err(SkipReason::AlgorithmUnsupported { name: "MD5".into() });
        }
        n => {
            return Err(SkipReason::AlgorithmUnsupported {
                name: format!("number {n}"),
            });
        }
    };
    let digits = match p.digits {
        0 | 1 => 6,
        2 => 8,
        n => {
            return Err(malformed(format!(
                "the digit count {n} is not one it writes"
            )));
        }
    };
    let kind = match p.otp_type {
        0 | 2 => "totp",
        1 => "hotp",
        n => {
            return Ok(super::unsupported(UnsupportedKind::Unknown(printable(
                &format!("type {n}"),
                20,
            ))));
        }
    };
    if p.secret.is_empty() {
        return Err(SkipReason::SecretEmpty);
    }
    let secret = base32_encode(&p.secret);
    let (kind, secret) = oath_token(
        kind,
        &secret,
        algorithm,
        Some(digits),
        None,
        Some(p.counter),
    )?;
    Ok(EntryOutcome::Token(PortableToken {
        kind,
        issuer,
        account,
        secret,
        pin: None,
        note: None,
        group: None,
    }))
}

fn malformed(problem: String) -> SkipReason {
    SkipReason::Invalid(Error::ImportMalformed {
        format: NAME,
        problem,
    })
}

/// The parts of each batch read so far.
#[derive(Default)]
struct Batches {
    /// `(batch_id, batch_size)` → the indices seen, in the order the batches first appear.
    parts: Vec<((i32, i32), Vec<i32>)>,
}

impl Batches {
    /// Records a part; `false` when the same part was already read (its accounts are not
    /// read twice).
    fn seen(&mut self, p: &MigrationPayload) -> bool {
        if p.batch_size <= 1 {
            return true;
        }
        let key = (p.batch_id, p.batch_size);
        let index = p.batch_index;
        match self.parts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, seen)) if seen.contains(&index) => false,
            Some((_, seen)) => {
                seen.push(index);
                true
            }
            None => {
                self.parts.push((key, vec![index]));
                true
            }
        }
    }

    /// A skipped entry for every part of a batch that was not in the file.
    fn missing(&self) -> Vec<ImportEntry> {
        let mut out = Vec::new();
        for ((_, size), seen) in &self.parts {
            if *size > MAX_BATCH_PARTS {
                continue;
            }
            for index in 0..*size {
                if !seen.contains(&index) {
                    out.push(ImportEntry {
                        label: format!("QR code {} of {size}", index + 1),
                        outcome: skipped(SkipReason::BatchPartMissing {
                            part: index + 1,
                            parts: *size,
                        }),
                    });
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::OtpKind;

    fn line(payload: &MigrationPayload) -> String {
        let data = super::super::encoding::base64_encode(&payload.encode_to_vec());
        let mut out = String::from("otpauth-migration://offline?data=");
        out.extend(percent_encoding::utf8_percent_encode(
            &data,
            percent_encoding::NON_ALPHANUMERIC,
        ));
        out
    }

    fn account(
        name: &str,
        issuer: &str,
        secret: &[u8],
        algorithm: i32,
        digits: i32,
        otp_type: i32,
        counter: i64,
    ) -> OtpParameters {
        OtpParameters {
            secret: secret.to_vec(),
            name: name.into(),
            issuer: issuer.into(),
            algorithm,
            digits,
            otp_type,
            counter,
        }
    }

    fn batch(accounts: Vec<OtpParameters>, size: i32, index: i32, id: i32) -> MigrationPayload {
        MigrationPayload {
            otp_parameters: accounts,
            version: 1,
            batch_size: size,
            batch_index: index,
            batch_id: id,
        }
    }

    #[test]
    fn reads_every_kind_and_says_why_it_skips() {
        let p = batch(
            vec![
                account("Corp:alice", "Corp", b"12345678901234567890", 1, 1, 2, 0),
                account("bob", "", b"12345678901234567890", 3, 2, 1, 7),
                account("md5", "X", b"12345678901234567890", 4, 1, 2, 0),
                account("empty", "X", b"", 1, 1, 2, 0),
                account("odd", "X", b"12345678901234567890", 1, 9, 2, 0),
            ],
            1,
            0,
            0,
        );
        let imported = import(line(&p).as_bytes()).unwrap();
        assert_eq!(imported.format, ImportFormat::GoogleAuthenticator);
        let labels: Vec<&str> = imported.entries.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(
            labels,
            ["Corp: alice", "bob", "X: md5", "X: empty", "X: odd"]
        );
        let tokens: Vec<_> = imported.tokens().collect();
        assert_eq!(tokens.len(), 2);
        assert_eq!(
            tokens[0].secret.expose(),
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
        );
        assert!(
            matches!(tokens[0].kind, OtpKind::Totp(t) if t.digits == 6 && t.period_seconds == 30)
        );
        assert!(
            matches!(tokens[1].kind, OtpKind::Hotp(h) if h.counter == 7 && h.digits == 8 && h.algorithm == HashAlgorithm::Sha512)
        );
        let reasons: Vec<String> = imported.skipped().map(|(_, r)| r.to_string()).collect();
        assert!(
            reasons[0].contains("\"MD5\" is not supported"),
            "{reasons:?}"
        );
        assert_eq!(reasons[1], "the secret is empty");
        assert!(reasons[2].contains("digit count 9"), "{reasons:?}");
    }

    #[test]
    fn a_missing_part_of_a_batch_is_named_and_a_repeated_one_read_once() {
        let a = batch(vec![account("a", "I", b"1234567890", 1, 1, 2, 0)], 3, 0, 42);
        let c = batch(vec![account("c", "I", b"1234567890", 1, 1, 2, 0)], 3, 2, 42);
        let file = format!("{}\n{}\n{}\n", line(&a), line(&c), line(&a));
        let imported = import(file.as_bytes()).unwrap();
        let labels: Vec<&str> = imported.entries.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(labels, ["I: a", "I: c", "QR code 2 of 3"]);
        let (_, reason) = imported.skipped().next().unwrap();
        assert_eq!(reason, &SkipReason::BatchPartMissing { part: 2, parts: 3 });
    }

    #[test]
    fn damaged_lines_are_skipped_without_quoting_them() {
        let file = "otpauth-migration://offline?data=%%%\notpauth-migration://offline?data=AAAA\notpauth-migration://offline\n";
        let imported = import(file.as_bytes()).unwrap();
        assert_eq!(imported.entries.len(), 3);
        for (label, reason) in imported.skipped() {
            assert!(label.starts_with("line "), "{label}");
            assert!(!reason.to_string().contains("AAAA"), "{reason}");
        }
    }
}
