//! Provisioning URIs: how tokens travel in QR codes and text files.
//!
//! Forms read (see `docs/uri-formats.md`):
//!
//! * `motp://ISSUER:ACCOUNT?secret=HEX` — agreed with the mOTP author; Token2, multiOTP,
//!   privacyIDEA, Stratum. Not a real authority (the "port" is the account), so it is read as an
//!   opaque path rather than `host:port`.
//! * `motp:LABEL?secret=HEX&issuer=…` — Aegis's export form, label in the path.
//! * `otpauth://motp/LABEL?secret=RAW&issuer=…` — andOTP; the secret is the raw text, not Base32.
//! * `otpauth://totp|hotp/ISSUER:ACCOUNT?secret=BASE32&issuer=&algorithm=&digits=&period=&counter=`
//!   — Google's Key URI format, for TOTP (RFC 6238) and HOTP (RFC 4226).
//! * Steam Guard: `otpauth://steam/LABEL?secret=BASE32` (Aegis, Ente), `otpauth://totp/…` with
//!   `encoder=steam` (KeePassXC, Bitwarden's readers) and `steam://BASE32` (Bitwarden, Proton).
//!   Steam's parameters are fixed (SHA-1, 30 s, 5 characters): others given are not read.
//!
//! Every form refuses a parameter given twice, naming it: two `secret=` or `issuer=` could make
//! two readers see two different tokens. A non-standard `pin=` parameter of an mOTP URI is
//! accepted and reported so a UI can ask whether to keep it; it is never written. mOTP tokens
//! are written as `motp://ISSUER:ACCOUNT?secret=…`, TOTP and HOTP in the Key URI format, Steam
//! as `otpauth://steam/…` (what Aegis writes: an app that knows no Steam refuses it rather than
//! showing wrong six-digit codes, as `encoder=steam` would in Google Authenticator).

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use url::Url;
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::kind::{
    DEFAULT_DIGITS, DEFAULT_PERIOD_SECONDS, HashAlgorithm, HotpParams, OtpKind, TotpParams,
    check_digits, check_period, check_t0,
};
use crate::oath;
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
    /// mOTP, TOTP, HOTP or Steam, with the parameters.
    pub kind: OtpKind,
    /// The issuer (company or server), if any.
    pub issuer: Option<String>,
    /// The account, usually the VPN username (case-sensitive).
    pub account: String,
    /// The shared secret: mOTP's exactly as written in the URI; TOTP/HOTP's in canonical
    /// Base32 (uppercase, unpadded).
    pub secret: Secret,
    /// A PIN carried by a non-standard `pin=` parameter. Ask the user before keeping it.
    pub pin: Option<Pin>,
    /// Set when the label's issuer differs from the `issuer=` parameter: the parameter wins
    /// (the Key URI format's rule) and this is the label's, to show the user.
    pub label_issuer_ignored: Option<String>,
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
                    Some(kind @ ("motp" | "totp" | "hotp" | "steam")) => {
                        Self::from_parts_of(kind, raw_otpauth_label(rest), &url)
                    }
                    Some("yaotp") => Err(not_motp("a Yandex token (otpauth://yaotp)")),
                    // Echo the type only when it looks like one: a malformed URI can have
                    // its secret where the type should be.
                    Some(other) if looks_like_word(other) => Err(not_motp(&format!(
                        "an otpauth URI of unknown type \"{other}\""
                    ))),
                    Some(_) => Err(not_motp("an otpauth URI of an unknown type")),
                    None => Err(Error::UriMalformed(
                        "an otpauth URI needs a type, as in otpauth://totp/LABEL".into(),
                    )),
                }
            }
            "otpauth-migration" => Err(not_motp(
                "a Google Authenticator export (otpauth-migration://); export the accounts one \
                 by one as QR codes instead",
            )),
            // Bitwarden's and Proton's `steam://SECRET`: no label, the secret in the authority.
            "steam" => {
                let secret = Zeroizing::new(
                    percent_decode_str(rest.trim_start_matches('/').trim_end_matches('/'))
                        .decode_utf8()
                        .map_err(|_| Error::UriMalformed("the secret is not UTF-8 text".into()))?
                        .into_owned(),
                );
                Ok(ProvisioningUri {
                    kind: OtpKind::Steam,
                    // Nothing names the account: the app that stored the URI does (its item).
                    issuer: None,
                    account: String::new(),
                    secret: oath::base32_secret(&secret)?,
                    pin: None,
                    label_issuer_ignored: None,
                })
            }
            "http" | "https" => Err(not_motp("a web address")),
            other if is_scheme(other) && looks_like_word(other) => {
                Err(not_motp(&format!("a \"{other}:\" URI")))
            }
            other if is_scheme(other) => Err(not_motp("a URI of an unknown scheme")),
            _ => Err(not_motp("plain text, not a provisioning URI")),
        }
    }

    fn from_parts(raw_label: &str, url: &Url) -> Result<ProvisioningUri> {
        Self::from_parts_of("motp", raw_label, url)
    }

    fn from_parts_of(kind: &str, raw_label: &str, url: &Url) -> Result<ProvisioningUri> {
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
        let params = Params::read(url)?;
        let Some(secret) = params.get("secret") else {
            return Err(Error::UriMalformed(
                "it has no secret= parameter; ask for a new QR code or enter the secret by hand"
                    .into(),
            ));
        };
        let issuer_param = params.get("issuer").filter(|i| !i.is_empty());
        let label_issuer = label_issuer.filter(|i| !i.is_empty());
        let label_issuer_ignored = match (&issuer_param, &label_issuer) {
            (Some(p), Some(l)) if p.as_str() != l.as_str() => Some(l.clone()),
            _ => None,
        };
        let issuer = issuer_param.map(|i| i.to_string()).or(label_issuer);
        let steam = kind == "steam"
            || (kind == "totp"
                && params
                    .get("encoder")
                    .is_some_and(|e| e.eq_ignore_ascii_case("steam")));
        let (kind, secret, pin) = match kind {
            _ if steam => (OtpKind::Steam, oath::base32_secret(secret)?, None),
            "totp" => (
                OtpKind::Totp(TotpParams {
                    algorithm: params.algorithm()?,
                    digits: params.digits()?,
                    period_seconds: params.period()?,
                    t0_seconds: params.t0()?,
                }),
                oath::base32_secret(secret)?,
                None,
            ),
            "hotp" => (
                OtpKind::Hotp(HotpParams {
                    algorithm: params.algorithm()?,
                    digits: params.digits()?,
                    counter: params.number("counter", 0, u64::MAX)?.ok_or_else(|| {
                        Error::UriMalformed(
                            "an HOTP URI needs a counter= parameter (the counter of the next \
                             code, often 0); ask for a new QR code"
                                .into(),
                        )
                    })?,
                }),
                oath::base32_secret(secret)?,
                None,
            ),
            _ => (
                OtpKind::Motp,
                Secret::new(secret)?,
                params
                    .get("pin")
                    .filter(|p| !p.is_empty())
                    .map(|p| Pin::raw(p)),
            ),
        };
        Ok(ProvisioningUri {
            kind,
            issuer,
            account,
            secret,
            pin,
            label_issuer_ignored,
        })
    }

    /// Writes the URI: `motp://ISSUER:ACCOUNT?secret=…` for mOTP, `otpauth://steam/…` for
    /// Steam, the Key URI format for TOTP and HOTP (`otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=…&algorithm=…&digits=…&period=…`,
    /// `t0=` only when not 0; HOTP with `counter=` instead of the period). Never includes the
    /// PIN. As secret as the secret itself.
    pub fn to_uri(&self) -> Zeroizing<String> {
        let label = self.label();
        let secret = enc(self.secret.expose());
        let issuer = self
            .issuer
            .as_deref()
            .map(|i| format!("&issuer={}", enc(i)))
            .unwrap_or_default();
        Zeroizing::new(match self.kind {
            OtpKind::Motp => format!("motp://{label}?secret={secret}"),
            OtpKind::Totp(p) => {
                let t0 = if p.t0_seconds == 0 {
                    String::new()
                } else {
                    format!("&t0={}", p.t0_seconds)
                };
                format!(
                    "otpauth://totp/{label}?secret={secret}{issuer}&algorithm={}&digits={}\
                     &period={}{t0}",
                    p.algorithm.name(),
                    p.digits,
                    p.period_seconds
                )
            }
            OtpKind::Hotp(p) => format!(
                "otpauth://hotp/{label}?secret={secret}{issuer}&algorithm={}&digits={}\
                 &counter={}",
                p.algorithm.name(),
                p.digits,
                p.counter
            ),
            // Aegis's form, with Steam's fixed parameters spelled out as Aegis writes them.
            OtpKind::Steam => format!(
                "otpauth://steam/{label}?secret={secret}{issuer}&algorithm=SHA1&digits=5\
                 &period=30"
            ),
        })
    }

    fn label(&self) -> String {
        match &self.issuer {
            Some(issuer) => format!("{}:{}", enc(issuer), enc(&self.account)),
            // An account holding ':' gets an empty issuer before a literal separator, so a
            // reader that decodes before splitting (Aegis's form) cannot mistake part of it for
            // an issuer.
            None if self.account.contains(':') => format!(":{}", enc(&self.account)),
            None => enc(&self.account),
        }
    }
}

/// A URI's query parameters, each at most once.
struct Params(Vec<(String, Zeroizing<String>)>);

impl Params {
    fn read(url: &Url) -> Result<Params> {
        let mut out: Vec<(String, Zeroizing<String>)> = Vec::new();
        for (key, value) in url.query_pairs() {
            let value = Zeroizing::new(value.into_owned());
            if out.iter().any(|(k, _)| *k == key) {
                let name = if looks_like_word(&key) {
                    format!("{key}=")
                } else {
                    "a parameter".to_owned()
                };
                return Err(Error::UriMalformed(format!(
                    "{name} appears twice; a URI with two values for one parameter could mean \
                     two different tokens, so it is refused: ask for a new QR code or link"
                )));
            }
            out.push((key.into_owned(), value));
        }
        Ok(Params(out))
    }

    fn get(&self, key: &str) -> Option<&Zeroizing<String>> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn number<T>(&self, key: &str, min: T, max: T) -> Result<Option<T>>
    where
        T: Copy + Into<i128> + TryFrom<i128>,
    {
        let Some(text) = self.get(key) else {
            return Ok(None);
        };
        let bad = || {
            Error::UriMalformed(format!(
                "{key}= is not a whole number between {} and {}",
                min.into(),
                max.into()
            ))
        };
        let n: i128 = text.trim().parse().map_err(|_| bad())?;
        if n < min.into() || n > max.into() {
            return Err(bad());
        }
        T::try_from(n).map(Some).map_err(|_| bad())
    }

    fn algorithm(&self) -> Result<HashAlgorithm> {
        match self.get("algorithm") {
            None => Ok(HashAlgorithm::Sha1),
            Some(a) => HashAlgorithm::parse(a).map_err(|_| {
                Error::UriMalformed(format!(
                    "algorithm={} is not supported: TOTP and HOTP use SHA1, SHA256 or SHA512",
                    if a.len() <= 12 && a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                        a.as_str()
                    } else {
                        "…"
                    }
                ))
            }),
        }
    }

    fn digits(&self) -> Result<u8> {
        let d = self.number::<i64>("digits", i64::MIN, i64::MAX)?;
        let Some(d) = d else {
            return Ok(DEFAULT_DIGITS);
        };
        let d = u8::try_from(d).unwrap_or(0);
        check_digits(d).map_err(|_| {
            Error::UriMalformed(format!(
                "digits={} is not supported: TOTP and HOTP codes have 6, 7 or 8 digits",
                self.get("digits").map(|t| t.as_str()).unwrap_or("")
            ))
        })?;
        Ok(d)
    }

    fn period(&self) -> Result<u32> {
        let p = self.number::<i64>("period", i64::MIN, i64::MAX)?;
        let Some(p) = p else {
            return Ok(DEFAULT_PERIOD_SECONDS);
        };
        // The message names the value given (-30 or 4294967296), never what it wrapped to.
        match u32::try_from(p) {
            Ok(p) => check_period(p).map(|()| p),
            Err(_) => check_period(0).map(|()| 0),
        }
        .map_err(|_| {
            Error::UriMalformed(format!(
                "period={p} is not supported: a TOTP period is 1 to {} seconds (almost always 30)",
                crate::kind::MAX_PERIOD_SECONDS
            ))
        })
    }

    fn t0(&self) -> Result<i64> {
        let Some(t0) = self.number::<i64>("t0", i64::MIN, i64::MAX)? else {
            return Ok(0);
        };
        check_t0(t0).map_err(|e| Error::UriMalformed(e.to_string()))?;
        Ok(t0)
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

/// The label of `otpauth://TYPE/LABEL?…` as written (still percent-encoded). Not `Url::path`:
/// URL parsing removes dot segments, so an account named `.` or `..` (`%2E` too) would come back
/// empty.
fn raw_otpauth_label(after_scheme: &str) -> &str {
    let before_query = after_scheme.split(['?', '#']).next().unwrap_or_default();
    before_query
        .trim_start_matches('/')
        .split_once('/')
        .map_or("", |(_, label)| label.trim_start_matches('/'))
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
    use crate::kind::{HashAlgorithm, HotpParams, OtpKind, TotpParams};

    /// Found by `oath_props`: URL parsing drops dot segments, so an account named `.` came back
    /// empty. The label is read as written.
    #[test]
    fn dot_labels_survive() {
        for account in [".", "..", "%2E", "a/../b"] {
            let text = format!("otpauth://totp/{account}?secret=AAAQ&period=30");
            let u = ProvisioningUri::parse(&text).unwrap();
            assert_eq!(u.account, decode(account).unwrap(), "{text}");
        }
        assert_eq!(raw_otpauth_label("//totp?secret=a/b"), "");
        assert_eq!(raw_otpauth_label("//totp/x#y/z"), "x");
    }

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

    /// Steam Guard's three spellings (Aegis's and Ente's `otpauth://steam/`, KeePassXC's
    /// `encoder=steam`, Bitwarden's and Proton's `steam://`) are one token; it is written back
    /// in Aegis's form and read again unchanged. Steam's parameters are fixed: a `digits=5`
    /// (which TOTP refuses) is not read.
    #[test]
    fn steam_guard_in_every_spelling() {
        let forms = [
            "otpauth://steam/Steam:alice?secret=JBSWY3DPEHPK3PXP&issuer=Steam&digits=5&period=30",
            "otpauth://totp/Steam:alice?secret=JBSWY3DPEHPK3PXP&issuer=Steam&encoder=steam",
            "otpauth://totp/Steam:alice?secret=jbswy3dpehpk3pxp&encoder=STEAM",
        ];
        for form in forms {
            let u = ProvisioningUri::parse(form).unwrap();
            assert_eq!(u.kind, OtpKind::Steam, "{form}");
            assert_eq!(
                (u.issuer.as_deref(), u.account.as_str()),
                (Some("Steam"), "alice")
            );
            assert_eq!(u.secret.expose(), "JBSWY3DPEHPK3PXP");
            let written = u.to_uri();
            assert!(
                written.starts_with("otpauth://steam/Steam:alice?"),
                "{}",
                *written
            );
            assert_eq!(ProvisioningUri::parse(&written).unwrap(), u);
        }
        let bare = ProvisioningUri::parse("steam://JBSWY3DPEHPK3PXP").unwrap();
        assert_eq!(bare.kind, OtpKind::Steam);
        assert_eq!((bare.issuer, bare.account.as_str()), (None, ""));
        assert_eq!(bare.secret.expose(), "JBSWY3DPEHPK3PXP");
        // A secret that is not Base32 says so, without echoing it.
        let e = ProvisioningUri::parse("steam://not-base32!")
            .unwrap_err()
            .to_string();
        assert!(e.contains("Base32") && !e.contains("not-base32"), "{e}");
    }

    #[test]
    fn names_what_it_is() {
        let cases = [
            ("otpauth://yaotp/x?secret=JBSWY3DP", "Yandex"),
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
    fn key_uri_format_totp() {
        // Google's example (github.com/google/google-authenticator/wiki/Key-Uri-Format).
        let u = ProvisioningUri::parse(
            "otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ\
             &issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30",
        )
        .unwrap();
        assert_eq!(u.kind, OtpKind::Totp(TotpParams::default()));
        assert_eq!(u.issuer.as_deref(), Some("ACME Co"));
        assert_eq!(u.account, "john.doe@email.com");
        assert_eq!(u.secret.expose(), "HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ");
        assert!(u.label_issuer_ignored.is_none());
        // Lowercase, spaces (as %20) and padding are the same secret.
        let v = ProvisioningUri::parse(
            "otpauth://totp/x?secret=hxdm%20vjec%20jjws%20rb3h%20wizr%204ifu%20gftm%20xboz%3D%3D\
             &algorithm=sha512&digits=8&period=60",
        )
        .unwrap();
        assert_eq!(v.secret, u.secret);
        let OtpKind::Totp(p) = v.kind else { panic!() };
        assert_eq!(
            (p.algorithm, p.digits, p.period_seconds),
            (HashAlgorithm::Sha512, 8, 60)
        );
    }

    #[test]
    fn key_uri_format_hotp_needs_a_counter() {
        let u = ProvisioningUri::parse("otpauth://hotp/Corp:bob?secret=JBSWY3DPEHPK3PXP&counter=7")
            .unwrap();
        assert_eq!(
            u.kind,
            OtpKind::Hotp(HotpParams {
                algorithm: HashAlgorithm::Sha1,
                digits: 6,
                counter: 7
            })
        );
        let e = ProvisioningUri::parse("otpauth://hotp/Corp:bob?secret=JBSWY3DPEHPK3PXP")
            .unwrap_err()
            .to_string();
        assert!(e.contains("counter="), "{e}");
    }

    #[test]
    fn refusals_name_the_parameter() {
        for (uri, word) in [
            (
                "otpauth://totp/x?secret=JBSWY3DP&algorithm=MD5",
                "algorithm=MD5",
            ),
            ("otpauth://totp/x?secret=JBSWY3DP&digits=5", "digits=5"),
            ("otpauth://totp/x?secret=JBSWY3DP&digits=9", "digits=9"),
            ("otpauth://totp/x?secret=JBSWY3DP&digits=six", "digits="),
            ("otpauth://totp/x?secret=JBSWY3DP&period=0", "period=0"),
            ("otpauth://hotp/x?secret=JBSWY3DP&counter=-1", "counter="),
            ("otpauth://totp/x?secret=JBSWY3DP&secret=KRSXG5A", "secret="),
            (
                "otpauth://totp/x?secret=JBSWY3DP&issuer=A&issuer=B",
                "issuer=",
            ),
            (
                "otpauth://totp/x?secret=JBSWY3DP&digits=6&digits=6",
                "digits=",
            ),
            ("motp://a:b?secret=0123456789abcdef&secret=0123", "secret="),
            ("motp://a:b?secret=0123456789abcdef&pin=1&pin=2", "pin="),
            (
                "motp:a?secret=0123456789abcdef&issuer=x&issuer=y",
                "issuer=",
            ),
            (
                "otpauth://motp/a?secret=0123456789abcdef&foo=1&foo=2",
                "foo=",
            ),
        ] {
            let e = ProvisioningUri::parse(uri).unwrap_err().to_string();
            assert!(e.contains(word), "{uri}: {e}");
            assert!(!e.contains("JBSWY3DP") && !e.contains("0123456789"), "{e}");
        }
        let e = ProvisioningUri::parse("otpauth://totp/x?secret=JBSWY3D0")
            .unwrap_err()
            .to_string();
        assert!(e.contains("letter O"), "{e}");
    }

    #[test]
    fn issuer_parameter_wins_over_the_label_and_says_so() {
        let u =
            ProvisioningUri::parse("otpauth://totp/Old:bob?secret=JBSWY3DP&issuer=New").unwrap();
        assert_eq!(u.issuer.as_deref(), Some("New"));
        assert_eq!(u.label_issuer_ignored.as_deref(), Some("Old"));
        let u = ProvisioningUri::parse("otpauth://totp/bob?secret=JBSWY3DP&issuer=New").unwrap();
        assert_eq!(
            (u.issuer.as_deref(), u.account.as_str()),
            (Some("New"), "bob")
        );
        assert!(u.label_issuer_ignored.is_none());
    }

    #[test]
    fn totp_and_hotp_write_the_key_uri_format() {
        let u = ProvisioningUri {
            kind: OtpKind::Totp(TotpParams {
                algorithm: HashAlgorithm::Sha256,
                digits: 8,
                period_seconds: 60,
                t0_seconds: 0,
            }),
            issuer: Some("ACME Co".into()),
            account: "john@x".into(),
            secret: Secret::new("JBSWY3DPEHPK3PXP").unwrap(),
            pin: None,
            label_issuer_ignored: None,
        };
        assert_eq!(
            u.to_uri().as_str(),
            "otpauth://totp/ACME%20Co:john@x?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co\
             &algorithm=SHA256&digits=8&period=60"
        );
        assert_eq!(ProvisioningUri::parse(&u.to_uri()).unwrap(), u);
    }

    #[test]
    fn account_with_colon_and_no_issuer_survives() {
        let u = ProvisioningUri {
            kind: OtpKind::Motp,
            label_issuer_ignored: None,
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
            kind: OtpKind::Motp,
            label_issuer_ignored: None,
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
