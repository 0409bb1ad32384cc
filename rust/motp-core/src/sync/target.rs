//! Where a vault is kept in step: the WebDAV file URL, checked, and the HTTP requests made to
//! it (the caller sends them; the engine opens no sockets).
//!
//! Any WebDAV server takes the vault as one file: Nextcloud and ownCloud at
//! `https://HOST/remote.php/dav/files/USER/FOLDER/vault.motp`, Apache `mod_dav`, a NAS. HTTPS is
//! required except to the device itself (a loopback address), so the server's password and the
//! encrypted vault never cross a network in the clear; the credentials are never part of the
//! URL (a URL is logged and shown).

use std::fmt;
use std::net::IpAddr;

use base64::Engine;
use url::Url;
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Longest URL accepted.
const MAX_URL_CHARS: usize = 2048;

/// A checked WebDAV file URL with its credentials.
#[derive(Clone)]
pub struct SyncTarget {
    url: Url,
    user: Option<String>,
    password: Option<Zeroizing<String>>,
}

impl fmt::Debug for SyncTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SyncTarget")
            .field("url", &self.url.as_str())
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

fn refused(problem: impl Into<String>) -> Error {
    Error::SyncUrlInvalid {
        problem: problem.into(),
    }
}

impl SyncTarget {
    /// Checks `url` (the vault file's address on the server) and keeps the credentials.
    pub fn new(url: &str, user: Option<&str>, password: Option<Zeroizing<String>>) -> Result<Self> {
        let text = url.trim();
        if text.chars().count() > MAX_URL_CHARS {
            return Err(refused(format!(
                "it is longer than {MAX_URL_CHARS} characters"
            )));
        }
        let url = Url::parse(text).map_err(|e| {
            refused(format!(
                "it is not a web address ({e}); give the vault file's full address, such as \
                 https://cloud.example/remote.php/dav/files/alice/motp/vault.motp"
            ))
        })?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err(refused(
                "it holds a user name or password; give them with --user and the password \
                 prompt instead, so they are never shown with the address",
            ));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(refused(
                "it has a query (?…) or fragment (#…), which a file address has not",
            ));
        }
        match url.scheme() {
            "https" => {}
            "http" if is_loopback(&url) => {}
            "http" => {
                return Err(refused(
                    "it is plain http to another computer: the server's password would cross \
                     the network readable by anyone on the way; use https",
                ));
            }
            other => return Err(refused(format!("its scheme is {other}, not https"))),
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(refused("it names no server"));
        }
        if url.path().ends_with('/') || url.path_segments().is_none_or(|mut s| s.all(str::is_empty))
        {
            return Err(refused(
                "it names a folder, not a file; end it with the vault file's name, such as \
                 …/motp/vault.motp",
            ));
        }
        let user = user.map(str::trim).filter(|u| !u.is_empty());
        if user.is_some_and(|u| u.contains(':') || u.chars().any(char::is_control)) {
            return Err(refused(
                "the user name holds a colon or a control character",
            ));
        }
        Ok(SyncTarget {
            url,
            user: user.map(str::to_owned),
            password,
        })
    }

    /// The vault file's address.
    pub fn url(&self) -> &str {
        self.url.as_str()
    }

    /// The user name, if any.
    pub fn user(&self) -> Option<&str> {
        self.user.as_deref()
    }

    /// The password, if any (for storing in the vault's device-local settings).
    pub(crate) fn password(&self) -> Option<&Zeroizing<String>> {
        self.password.as_ref()
    }

    /// `Authorization: Basic …` for the credentials (HTTPS or loopback only, checked above).
    fn authorization(&self) -> Option<Zeroizing<String>> {
        let user = self.user.as_deref()?;
        let joined = Zeroizing::new(format!(
            "{user}:{}",
            self.password.as_deref().map_or("", String::as_str)
        ));
        let encoded =
            Zeroizing::new(base64::engine::general_purpose::STANDARD.encode(joined.as_bytes()));
        Some(Zeroizing::new(format!("Basic {}", encoded.as_str())))
    }

    fn request(&self, method: Method, url: &str) -> HttpRequest {
        HttpRequest {
            method,
            url: url.to_owned(),
            authorization: self.authorization(),
            if_match: None,
            if_none_match: None,
            body: Vec::new(),
        }
    }

    /// `GET` of the vault file, conditional on `etag` when one is known.
    pub fn get(&self, etag: Option<&str>) -> HttpRequest {
        let mut r = self.request(Method::Get, self.url());
        r.if_none_match = etag.map(str::to_owned);
        r
    }

    /// `PUT` of `body`: over the version `etag` names, or only if there is none yet.
    pub(crate) fn put(&self, body: Vec<u8>, etag: Option<&str>) -> HttpRequest {
        let mut r = self.request(Method::Put, self.url());
        match etag {
            Some(e) => r.if_match = Some(e.to_owned()),
            None => r.if_none_match = Some("*".into()),
        }
        r.body = body;
        r
    }

    /// `HEAD` of the vault file (its ETag after a `PUT` whose answer gave none).
    pub(crate) fn head(&self) -> HttpRequest {
        self.request(Method::Head, self.url())
    }

    /// `MKCOL` of a folder (an address ending in `/`).
    pub(crate) fn mkcol(&self, folder: &str) -> HttpRequest {
        self.request(Method::Mkcol, folder)
    }

    /// The folders above the file, nearest first (never the server's root).
    pub(crate) fn folders(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut u = self.url.clone();
        loop {
            let Ok(mut segments) = u.path_segments_mut() else {
                break;
            };
            segments.pop_if_empty().pop();
            drop(segments);
            if u.path() == "/" || u.path().is_empty() {
                break;
            }
            let mut folder = u.as_str().to_owned();
            folder.push('/');
            out.push(folder);
        }
        out
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// The WebDAV methods a sync uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Read the file.
    Get,
    /// Its ETag only.
    Head,
    /// Write the file.
    Put,
    /// Make a folder.
    Mkcol,
}

impl Method {
    /// The method's name on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Head => "HEAD",
            Method::Put => "PUT",
            Method::Mkcol => "MKCOL",
        }
    }
}

/// A request for the caller to send, as it is: the platform's own HTTP client sends it (so
/// proxies, VPNs and the device's trusted certificates apply), never one of the engine's.
#[derive(Clone)]
pub struct HttpRequest {
    /// The method.
    pub method: Method,
    /// The address.
    pub url: String,
    /// The `Authorization` header's value, when there are credentials (a secret: never logged).
    pub authorization: Option<Zeroizing<String>>,
    /// `If-Match`: write only over this version.
    pub if_match: Option<String>,
    /// `If-None-Match`: `*` to write only where there is no file; an ETag to read only if
    /// changed.
    pub if_none_match: Option<String>,
    /// The body (`PUT`): an encrypted vault file.
    pub body: Vec<u8>,
}

impl fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("url", &self.url)
            .field(
                "authorization",
                &self.authorization.as_ref().map(|_| "<redacted>"),
            )
            .field("if_match", &self.if_match)
            .field("if_none_match", &self.if_none_match)
            .field("body_bytes", &self.body.len())
            .finish()
    }
}

/// What the server answered.
#[derive(Debug, Clone, Default)]
pub struct HttpResponse {
    /// The status code.
    pub status: u16,
    /// The `ETag` header, if any.
    pub etag: Option<String>,
    /// The body (`GET`).
    pub body: Vec<u8>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_loopback_file_addresses_without_credentials_are_taken() {
        for ok in [
            "https://cloud.example/remote.php/dav/files/alice/motp/vault.motp",
            "http://127.0.0.1:8080/dav/vault.motp",
            "http://[::1]/dav/vault.motp",
            "http://localhost/dav/v.motp",
        ] {
            assert!(SyncTarget::new(ok, Some("alice"), None).is_ok(), "{ok}");
        }
        for (bad, why) in [
            ("http://cloud.example/dav/vault.motp", "use https"),
            (
                "https://alice:pw@cloud.example/dav/vault.motp",
                "user name or password",
            ),
            ("https://cloud.example/dav/", "names a folder"),
            ("https://cloud.example", "names a folder"),
            ("ftp://cloud.example/v.motp", "scheme is ftp"),
            ("cloud.example/v.motp", "not a web address"),
            ("https://cloud.example/v.motp?x=1", "query"),
        ] {
            let e = SyncTarget::new(bad, None, None).unwrap_err().to_string();
            assert!(e.contains(why), "{bad}: {e}");
            assert!(!e.contains("pw@"), "{e}");
        }
    }

    #[test]
    fn folders_are_listed_nearest_first_and_the_password_is_never_printed() {
        let t = SyncTarget::new(
            "https://cloud.example/remote.php/dav/files/alice/motp/vault.motp",
            Some("alice"),
            Some(Zeroizing::new("hunter2".into())),
        )
        .unwrap();
        assert_eq!(
            t.folders(),
            [
                "https://cloud.example/remote.php/dav/files/alice/motp/",
                "https://cloud.example/remote.php/dav/files/alice/",
                "https://cloud.example/remote.php/dav/files/",
                "https://cloud.example/remote.php/dav/",
                "https://cloud.example/remote.php/",
            ]
        );
        let r = t.put(b"x".to_vec(), None);
        assert_eq!(
            r.authorization.as_deref().map(String::as_str),
            Some("Basic YWxpY2U6aHVudGVyMg==")
        );
        assert_eq!(r.if_none_match.as_deref(), Some("*"));
        for text in [format!("{t:?}"), format!("{r:?}")] {
            assert!(
                !text.contains("hunter2") && !text.contains("YWxpY2U6"),
                "{text}"
            );
        }
    }
}
