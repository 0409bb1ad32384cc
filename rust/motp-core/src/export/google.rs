//! Google Authenticator's export, written: the tokens as `otpauth-migration://offline?data=…`
//! texts, one a line, at most [`ACCOUNTS_PER_CODE`] accounts each, so that each text fits a QR
//! code Google Authenticator's scanner reads (the command line and the apps draw one QR code a
//! line; "QR code 2 of 3"). Our importer, Aegis's and Stratum's read the same lines back.
//!
//! Google's format holds TOTP and HOTP with SHA-1/256/512 and 6 or 8 digits, in 30 s periods
//! from 1970: every other token (mOTP, Steam, 7 digits, another period or T0) is left out and
//! named with why, never changed into a token that would show other codes.

use prost::Message;
use zeroize::Zeroizing;

use super::{Exported, token_label};
use crate::error::Result;
use crate::kind::{DEFAULT_PERIOD_SECONDS, HashAlgorithm, OtpKind};
use crate::migration::{
    ALGORITHM_SHA1, ALGORITHM_SHA256, ALGORITHM_SHA512, DIGITS_EIGHT, DIGITS_SIX, MigrationPayload,
    OtpParameters, TYPE_HOTP, TYPE_TOTP, VERSION,
};
use crate::portable::PortableToken;

/// Accounts per QR code: what Google Authenticator itself puts in one (about ten), so that a
/// code stays small enough for its scanner at a phone screen's size.
pub const ACCOUNTS_PER_CODE: usize = 10;

/// Every token Google Authenticator can hold, as migration texts (one a line, `\n`-terminated);
/// the others in `skipped` with why. `count` is the number of accounts written.
pub fn export_google(tokens: &[PortableToken]) -> Result<Exported> {
    let mut accounts = Vec::new();
    let mut skipped = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        match parameters(t) {
            Ok(p) => accounts.push(p),
            Err(why) => skipped.push((token_label(t, i + 1), why.to_owned())),
        }
    }
    let parts = accounts.len().div_ceil(ACCOUNTS_PER_CODE);
    // One random id for the whole batch, as Google writes: a scanner tells its parts from
    // another export's by it.
    let batch_id = i32::from_be_bytes(crate::import::crypto::random::<4>()?) & i32::MAX;
    let mut bytes = Zeroizing::new(Vec::new());
    let count = accounts.len();
    let mut accounts = accounts.into_iter();
    for index in 0..parts {
        let payload = MigrationPayload {
            otp_parameters: accounts.by_ref().take(ACCOUNTS_PER_CODE).collect(),
            version: VERSION,
            batch_size: parts as i32,
            batch_index: index as i32,
            batch_id,
        };
        let raw = Zeroizing::new(payload.encode_to_vec());
        let data = Zeroizing::new(crate::import::encoding::base64_encode(&raw));
        let escaped: Zeroizing<String> = Zeroizing::new(
            percent_encoding::utf8_percent_encode(&data, percent_encoding::NON_ALPHANUMERIC)
                .to_string(),
        );
        bytes.extend_from_slice(b"otpauth-migration://offline?data=");
        bytes.extend_from_slice(escaped.as_bytes());
        bytes.push(b'\n');
    }
    Ok(Exported {
        bytes,
        skipped,
        count,
    })
}

/// A token as Google's account record, or why Google Authenticator cannot hold it.
fn parameters(t: &PortableToken) -> std::result::Result<OtpParameters, &'static str> {
    let (algorithm, digits, otp_type, counter) = match t.kind {
        OtpKind::Motp => return Err("Google Authenticator has no mOTP tokens"),
        OtpKind::Steam => return Err("Google Authenticator has no Steam Guard tokens"),
        OtpKind::Totp(p) => {
            if p.period_seconds != DEFAULT_PERIOD_SECONDS || p.t0_seconds != 0 {
                return Err(
                    "its codes change every period other than 30 s from 1970, which Google \
                     Authenticator cannot show",
                );
            }
            (p.algorithm, p.digits, TYPE_TOTP, 0)
        }
        OtpKind::Hotp(p) => (
            p.algorithm,
            p.digits,
            TYPE_HOTP,
            i64::try_from(p.counter).map_err(|_| "its counter is beyond Google's range")?,
        ),
    };
    let digits = match digits {
        6 => DIGITS_SIX,
        8 => DIGITS_EIGHT,
        _ => return Err("Google Authenticator shows 6 or 8 digits only"),
    };
    let algorithm = match algorithm {
        HashAlgorithm::Sha1 => ALGORITHM_SHA1,
        HashAlgorithm::Sha256 => ALGORITHM_SHA256,
        HashAlgorithm::Sha512 => ALGORITHM_SHA512,
    };
    let secret = crate::oath::key_bytes(&t.secret).map_err(|_| "its secret is not Base32")?;
    // Google's name is `Issuer:account` (what its own export writes), its issuer field the
    // issuer again.
    let name = match &t.issuer {
        Some(i) => format!("{i}:{}", t.account),
        None => t.account.clone(),
    };
    Ok(OtpParameters {
        secret: secret.to_vec(),
        name,
        issuer: t.issuer.clone().unwrap_or_default(),
        algorithm,
        digits,
        otp_type,
        counter,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::{HotpParams, TotpParams};
    use crate::secret::Secret;

    fn token(kind: OtpKind, issuer: Option<&str>, account: &str) -> PortableToken {
        PortableToken {
            kind,
            issuer: issuer.map(str::to_owned),
            account: account.to_owned(),
            secret: if kind == OtpKind::Motp {
                Secret::new("0123456789abcdef").unwrap()
            } else {
                crate::oath::base32_secret("JBSWY3DPEHPK3PXP").unwrap()
            },
            pin: None,
            note: None,
            group: None,
        }
    }

    /// 23 tokens: 21 Google can hold (in 3 codes of 10, 10 and 1, one batch), and an mOTP, a
    /// Steam, a 7-digit and a 60 s token named with why; read back, every held one comes out
    /// with its kind, parameters, names and secret.
    #[test]
    fn batches_of_ten_read_back_whole_and_the_rest_named() {
        let mut tokens = Vec::new();
        for i in 0..20 {
            let totp = OtpKind::Totp(TotpParams {
                algorithm: [
                    HashAlgorithm::Sha1,
                    HashAlgorithm::Sha256,
                    HashAlgorithm::Sha512,
                ][i % 3],
                digits: if i % 2 == 0 { 6 } else { 8 },
                ..TotpParams::default()
            });
            tokens.push(token(
                totp,
                (i % 4 != 0).then_some("Corp"),
                &format!("user{i}"),
            ));
        }
        tokens.push(token(
            OtpKind::Hotp(HotpParams {
                algorithm: HashAlgorithm::Sha1,
                digits: 6,
                counter: 41,
            }),
            Some("Bank"),
            "bob",
        ));
        tokens.push(token(OtpKind::Motp, Some("VPN"), "alice"));
        tokens.push(token(OtpKind::Steam, Some("Steam"), "gamer"));
        tokens.push(token(
            OtpKind::Totp(TotpParams {
                digits: 7,
                ..TotpParams::default()
            }),
            None,
            "seven",
        ));
        tokens.push(token(
            OtpKind::Totp(TotpParams {
                period_seconds: 60,
                ..TotpParams::default()
            }),
            None,
            "sixty",
        ));
        let e = export_google(&tokens).unwrap();
        assert_eq!(e.count, 21);
        let skipped: Vec<&str> = e.skipped.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(skipped, ["VPN: alice", "Steam: gamer", "seven", "sixty"]);
        assert!(e.skipped[0].1.contains("no mOTP"), "{:?}", e.skipped);
        let text = std::str::from_utf8(&e.bytes).unwrap();
        assert_eq!(text.lines().count(), 3);
        assert!(
            text.lines()
                .all(|l| l.starts_with("otpauth-migration://offline?data="))
        );

        // Read back, in another order: the same accounts.
        let mut lines: Vec<&str> = text.lines().collect();
        lines.reverse();
        let back = crate::import::import(lines.join("\n").as_bytes(), None, None).unwrap();
        assert_eq!(back.skipped().count(), 0, "{:?}", back.entries);
        let mut got: Vec<_> = back
            .tokens()
            .map(|t| {
                (
                    t.issuer.clone(),
                    t.account.clone(),
                    t.kind,
                    t.secret.expose().to_owned(),
                )
            })
            .collect();
        let mut want: Vec<_> = tokens[..21]
            .iter()
            .map(|t| {
                (
                    t.issuer.clone(),
                    t.account.clone(),
                    t.kind,
                    t.secret.expose().to_owned(),
                )
            })
            .collect();
        got.sort_by(|a, b| a.1.cmp(&b.1));
        want.sort_by(|a, b| a.1.cmp(&b.1));
        assert_eq!(got, want);
        // Each code's payload says "part i of 3" of one batch.
        let payloads: Vec<MigrationPayload> = text
            .lines()
            .map(|l| {
                let data = l.trim_start_matches("otpauth-migration://offline?data=");
                let data = percent_encoding::percent_decode_str(data)
                    .decode_utf8()
                    .unwrap();
                let raw = crate::import::encoding::base64_decode(&data).unwrap();
                MigrationPayload::decode(raw.as_slice()).unwrap()
            })
            .collect();
        assert_eq!(
            payloads
                .iter()
                .map(|p| (p.batch_index, p.batch_size, p.otp_parameters.len()))
                .collect::<Vec<_>>(),
            [(0, 3, 10), (1, 3, 10), (2, 3, 1)]
        );
        assert!(payloads.iter().all(|p| p.batch_id == payloads[0].batch_id));
    }

    #[test]
    fn nothing_to_write_is_an_empty_file() {
        let e = export_google(&[token(OtpKind::Motp, None, "a")]).unwrap();
        assert_eq!((e.count, e.bytes.len(), e.skipped.len()), (0, 0, 1));
    }
}
