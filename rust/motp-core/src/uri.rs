//! Provisioning URIs: how tokens travel in QR codes and text files.
//!
//! Forms read (see `docs/uri-formats.md`):
//!
//! * `motp://ISSUER:ACCOUNT?secret=HEX` — agreed with the mOTP author; Token2, multiOTP,
//!   privacyIDEA, Stratum. Not a real authority (the "port" is the account), so it is read as an
//!   opaque path rather than `host:port`.
//! * `motp:LABEL?secret=HEX&issuer=…` — Aegis's export form, label in the path.
//! * `otpauth://motp/LABEL?secret=RAW&issuer=…` — andOTP; the secret is the raw text, not Base32.
//!
//! A non-standard `pin=` parameter is accepted and reported so a UI can ask whether to keep it;
//! it is never written. Only `motp://ISSUER:ACCOUNT?secret=…` is written.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use url::Url;
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::pin::Pin;
use crate::secret::Secret;

/// Characters escaped in a written label or parameter: everything but RFC 3986 unreserved
/// characters and `@` (usernames like `alice@corp` stay readable; every reader we know of
/// takes `@` raw).
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'@');

/// Longest URI we read: a QR code holds at most ~4 kB anyway.
const MAX_URI_LEN: usize = 4096;

/// A token as described by a provisioning URI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProvisioningUri {
    /// The issuer (company or server), if any.
    pub issuer: Option<String>,
    /// The account, usually the VPN username (case-sensitive).
    pub account: String,
    /// The shared secret, exactly as written in the URI.
    pub secret: Secret,
    /// A PIN carried by a non-standard `pin=` parameter. Ask the user before keeping it.
    pub pin: Option<Pin>,
}

impl ProvisioningUri {
    /// Reads any supported mOTP provisioning URI; anything else gets an error naming what it is.
    pub fn parse(text: &str) -> Result<ProvisioningUri> {
        let text = text.trim();
        if text.len() > MAX_URI_LEN {
            return Err(Error::UriMalformed(format!(
                "it is {} bytes long, more than the {MAX_URI_LEN} a provisioning URI can be",
                text.len()
            )));
        }
        let Some((scheme, rest)) = text.split_once(':') else {
            return Err(Error::UriNotMotp {
                what: "plain text, not a provisioning URI".into(),
            });
        };
        match scheme.to_ascii_lowercase().as_str() {
            "motp" => {
                // `motp://ISSUER:ACCOUNT` is not a real authority: read everything after the
                // scheme as an opaque path, which also covers Aegis's `motp:LABEL` form.
                let opaque = format!("motp:{}", rest.trim_start_matches('/'));
                let url = parse_url(&opaque)?;
                Self::from_parts(url.path(), &url)
            }
            "otpauth" => {
                let url = parse_url(text)?;
                match url.host_str().map(str::to_ascii_lowercase).as_deref() {
                    Some("motp") => Self::from_parts(url.path().trim_start_matches('/'), &url),
                    Some("totp") => Err(not_motp("a TOTP token (otpauth://totp)")),
                    Some("hotp") => Err(not_motp("an HOTP token (otpauth://hotp)")),
                    Some("steam") => Err(not_motp("a Steam Guard token (otpauth://steam)")),
                    // Echo the type only when it looks like one: a malformed URI can have
                    // its secret where the type should be.
                    Some(other) if looks_like_word(other) => Err(not_motp(&format!(
                        "an otpauth URI of unknown type \"{other}\""
                    ))),
                    Some(_) => Err(not_motp("an otpauth URI of an unknown type")),
                    None => Err(Error::UriMalformed(
                        "an otpauth URI needs a type, as in otpauth://motp/LABEL".into(),
                    )),
                }
            }
            "otpauth-migration" => Err(not_motp(
                "a Google Authenticator export (otpauth-migration://), which cannot hold mOTP \
                 tokens",
            )),
            "http" | "https" => Err(not_motp("a web address")),
            other if is_scheme(other) && looks_like_word(other) => {
                Err(not_motp(&format!("a \"{other}:\" URI")))
            }
            other if is_scheme(other) => Err(not_motp("a URI of an unknown scheme")),
            _ => Err(not_motp("plain text, not a provisioning URI")),
        }
    }

    fn from_parts(raw_label: &str, url: &Url) -> Result<ProvisioningUri> {
        // A literal `:` separates issuer and account (our writer escapes any `:` inside them);
        // Aegis escapes the separator itself, so without a literal one, split after decoding.
        let (label_issuer, account) = match raw_label.split_once(':') {
            Some((issuer, account)) => (Some(decode(issuer)?), decode(account)?),
            None => match decode(raw_label)?.split_once(':') {
                Some((issuer, account)) => (Some(issuer.to_owned()), account.to_owned()),
                None => (None, decode(raw_label)?),
            },
        };
        let account = account.trim_start().to_owned();
        let mut secret = None;
        let mut issuer_param = None;
        let mut pin = None;
        for (key, value) in url.query_pairs() {
            match key.as_ref() {
                "secret" => secret = Some(Zeroizing::new(value.into_owned())),
                "issuer" => issuer_param = Some(value.into_owned()),
                "pin" if !value.is_empty() => pin = Some(Pin::raw(&value)),
                _ => {}
            }
        }
        let Some(secret) = secret else {
            return Err(Error::UriMalformed(
                "it has no secret= parameter; ask for a new QR code or enter the secret by hand"
                    .into(),
            ));
        };
        let secret = Secret::new(&secret)?;
        let issuer = issuer_param.or(label_issuer).filter(|i| !i.is_empty());
        Ok(ProvisioningUri {
            issuer,
            account,
            secret,
            pin,
        })
    }

    /// Writes the `motp://ISSUER:ACCOUNT?secret=…` form. Never includes the PIN. As secret as
    /// the secret itself.
    pub fn to_uri(&self) -> Zeroizing<String> {
        let label = match &self.issuer {
            Some(issuer) => format!("{}:{}", enc(issuer), enc(&self.account)),
            // An account holding ':' gets an empty issuer before a literal separator, so a
            // reader that decodes before splitting (Aegis's form) cannot mistake part of it for
            // an issuer.
            None if self.account.contains(':') => format!(":{}", enc(&self.account)),
            None => enc(&self.account),
        };
        Zeroizing::new(format!(
            "motp://{label}?secret={}",
            enc(self.secret.expose())
        ))
    }
}

fn decode(s: &str) -> Result<String> {
    percent_decode_str(s)
        .decode_utf8()
        .map(|c| c.into_owned())
        .map_err(|_| Error::UriMalformed("its label is not valid UTF-8".into()))
}

fn enc(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

fn parse_url(text: &str) -> Result<Url> {
    Url::parse(text).map_err(|e| Error::UriMalformed(format!("{e}")))
}

fn not_motp(what: &str) -> Error {
    Error::UriNotMotp { what: what.into() }
}

/// Short and alphabetic: safe to echo in an error (never a pasted secret).
fn looks_like_word(s: &str) -> bool {
    s.len() <= 12
        && s.chars()
            .all(|c| c.is_ascii_alphabetic() || "+-.".contains(c))
}

fn is_scheme(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn privacyidea_form() {
        let u =
            ProvisioningUri::parse("motp://privacyidea:mylabel?secret=0123456789abcdef").unwrap();
        assert_eq!(u.issuer.as_deref(), Some("privacyidea"));
        assert_eq!(u.account, "mylabel");
        assert_eq!(u.secret.expose(), "0123456789abcdef");
        assert!(u.pin.is_none());
    }

    #[test]
    fn aegis_form_with_issuer_param_and_pin() {
        let u = ProvisioningUri::parse(
            "motp:Corp%20VPN%3Aalice%40corp?secret=e3152afee62599c8&issuer=Corp%20VPN&pin=1234",
        )
        .unwrap();
        assert_eq!(u.issuer.as_deref(), Some("Corp VPN"));
        assert_eq!(u.account, "alice@corp");
        assert_eq!(u.pin.unwrap().expose(), "1234");
    }

    #[test]
    fn andotp_form_keeps_raw_secret() {
        let u = ProvisioningUri::parse(
            "otpauth://motp/Office:bob?secret=AAAAAAAAAAAAAAAA&issuer=Office",
        )
        .unwrap();
        assert_eq!(u.secret.expose(), "AAAAAAAAAAAAAAAA");
        assert_eq!(u.account, "bob");
        assert_eq!(u.issuer.as_deref(), Some("Office"));
    }

    #[test]
    fn account_only() {
        let u = ProvisioningUri::parse("motp://alice?secret=0123456789abcdef").unwrap();
        assert_eq!((u.issuer, u.account.as_str()), (None, "alice"));
    }

    #[test]
    fn names_what_it_is() {
        let cases = [
            ("otpauth://totp/x?secret=JBSWY3DP", "TOTP"),
            ("otpauth://hotp/x?secret=JBSWY3DP&counter=1", "HOTP"),
            (
                "otpauth-migration://offline?data=abc",
                "Google Authenticator export",
            ),
            ("https://example.com", "web address"),
            ("hello world", "plain text"),
            ("mailto:x@y", "\"mailto:\""),
        ];
        for (uri, word) in cases {
            let e = ProvisioningUri::parse(uri).unwrap_err().to_string();
            assert!(e.contains(word), "{uri}: {e}");
        }
        for leaky in [
            "otpauth://secret=e3152afee62599c8&pin=4711",
            "abcdef0123456789abcdef:x",
        ] {
            let e = ProvisioningUri::parse(leaky).unwrap_err().to_string();
            assert!(
                !e.contains("e3152afee62599c8") && !e.contains("0123456789"),
                "{e}"
            );
        }
        let e = ProvisioningUri::parse("motp://a:b?issuer=x").unwrap_err();
        assert!(e.to_string().contains("no secret"), "{e}");
    }

    #[test]
    fn account_with_colon_and_no_issuer_survives() {
        let u = ProvisioningUri {
            issuer: None,
            account: "A:b".into(),
            secret: Secret::new("00").unwrap(),
            pin: None,
        };
        let back = ProvisioningUri::parse(&u.to_uri()).unwrap();
        assert_eq!((back.issuer, back.account.as_str()), (None, "A:b"));
    }

    #[test]
    fn writes_without_pin_and_reads_back() {
        let u = ProvisioningUri {
            issuer: Some("My VPN: HQ".into()),
            account: "al ice@corp".into(),
            secret: Secret::new("0123456789ABCDEF").unwrap(),
            pin: Some(Pin::raw("1234")),
        };
        let text = u.to_uri();
        assert_eq!(
            text.as_str(),
            "motp://My%20VPN%3A%20HQ:al%20ice@corp?secret=0123456789ABCDEF"
        );
        let back = ProvisioningUri::parse(&text).unwrap();
        assert_eq!(back.issuer, u.issuer);
        assert_eq!(back.account, u.account);
        assert_eq!(back.secret, u.secret);
        assert!(back.pin.is_none());
    }
}
