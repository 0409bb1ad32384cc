//! HTTP as an effect: the requests a WebDAV sync makes, as the shell sends them with the
//! platform's own client (Android/JVM `HttpURLConnection`, iOS `URLSession`), so the device's
//! proxies, VPNs and user-installed certificate authorities apply and the core opens no socket.
//!
//! Data only, below the effects and events that carry it. What is sent and what an answer
//! means is the engine's (`motp_core::sync`); when a sync runs is `sync.rs`.

use motp_core::sync::{HttpRequest, HttpResponse};

use crate::sensitive::{SecretBytes, SecretText};

/// The largest answer body the core reads (a vault file's own cap): a shell stops reading
/// beyond it and answers [`HttpFailure::TooLarge`] (each call carries it, `max_body_bytes`).
pub const MAX_HTTP_BODY_BYTES: u64 = motp_core::vault::MAX_FILE_BYTES;

/// A header to send as it is (never a secret: the credentials travel in
/// [`HttpCall::authorization`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HttpHeader {
    /// Its name, such as `If-Match`.
    pub name: String,
    /// Its value.
    pub value: String,
}

/// One request for the shell to send.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HttpCall {
    /// `GET`, `HEAD`, `PUT` or `MKCOL` (WebDAV's "make a folder").
    pub method: String,
    /// The address (never holds credentials).
    pub url: String,
    /// Headers to send besides `Authorization`.
    pub headers: Vec<HttpHeader>,
    /// The `Authorization` header's value, if the server has credentials (a secret: redacted
    /// when printed on every side).
    pub authorization: Option<SecretText>,
    /// The body (`PUT`: the encrypted vault file); empty otherwise.
    pub body: SecretBytes,
    /// Wait this long before sending (another device just won the race to write).
    pub delay_ms: u64,
    /// Give up after this long without an answer, and answer [`HttpFailure::TimedOut`].
    pub timeout_ms: u64,
    /// Read at most this much of the answer's body ([`MAX_HTTP_BODY_BYTES`]); beyond it,
    /// answer [`HttpFailure::TooLarge`].
    pub max_body_bytes: u64,
}

/// How long one request may take: a vault is a few kilobytes, so a server that has not
/// answered in this time is not going to.
pub(crate) const HTTP_TIMEOUT_MS: u64 = 30_000;

impl HttpCall {
    /// The engine's request, as the shell sends it.
    pub(crate) fn from_request(request: HttpRequest, delay_ms: u64) -> HttpCall {
        let mut headers = Vec::new();
        if let Some(v) = request.if_match {
            headers.push(header("If-Match", v));
        }
        if let Some(v) = request.if_none_match {
            headers.push(header("If-None-Match", v));
        }
        if !request.body.is_empty() {
            headers.push(header("Content-Type", "application/octet-stream".into()));
        }
        HttpCall {
            method: request.method.as_str().to_owned(),
            url: request.url,
            headers,
            authorization: request.authorization.map(SecretText::from),
            body: SecretBytes::new(request.body),
            delay_ms,
            timeout_ms: HTTP_TIMEOUT_MS,
            max_body_bytes: MAX_HTTP_BODY_BYTES,
        }
    }
}

fn header(name: &str, value: String) -> HttpHeader {
    HttpHeader {
        name: name.to_owned(),
        value,
    }
}

/// Why a request got no answer from the server (an answer with an error status is an answer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum HttpFailure {
    /// No network, or the server's name is unknown or it refused the connection.
    Unreachable,
    /// The server's certificate is not trusted (expired, another name, an unknown authority).
    /// Never skipped: the user fixes the server or installs its authority on the device.
    Certificate,
    /// No answer within the call's `timeout_ms`.
    TimedOut,
    /// The answer's body was larger than [`MAX_HTTP_BODY_BYTES`].
    TooLarge,
    /// Anything else the platform's client reported.
    Other,
}

impl HttpFailure {
    /// The selector of the `error-sync-failed` message.
    pub(crate) fn problem(self) -> &'static str {
        match self {
            HttpFailure::Unreachable => "unreachable",
            HttpFailure::Certificate => "certificate",
            HttpFailure::TimedOut => "timed-out",
            HttpFailure::TooLarge => "too-large",
            HttpFailure::Other => "transport",
        }
    }
}

/// The selector of the `error-sync-failed` message for an error status when fetching a
/// server's copy to join it.
pub(crate) fn status_problem(status: u16) -> &'static str {
    match status {
        404 | 410 => "no-vault",
        401 | 403 => "refused",
        _ => "server",
    }
}

/// The engine's answer from the shell's.
pub(crate) fn response(status: u16, etag: Option<String>, body: SecretBytes) -> HttpResponse {
    HttpResponse {
        status,
        etag,
        body: body.expose().to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use motp_core::sync::SyncTarget;

    #[test]
    fn a_put_carries_its_conditions_and_credentials_apart_from_the_headers() {
        let target = SyncTarget::new(
            "http://127.0.0.1:9/dav/v.motp",
            Some("alice"),
            Some("hunter2".to_owned().into()),
        )
        .unwrap();
        let get = HttpCall::from_request(target.get(Some("\"e0\"")), 0);
        assert_eq!(get.method, "GET");
        assert_eq!(get.headers, [header("If-None-Match", "\"e0\"".into())]);
        let put = HttpRequest {
            method: motp_core::sync::Method::Put,
            body: b"vault".to_vec(),
            if_match: Some("\"e1\"".into()),
            if_none_match: None,
            ..target.get(None)
        };
        let call = HttpCall::from_request(put, 300);
        assert_eq!(call.method, "PUT");
        assert_eq!(call.delay_ms, 300);
        assert_eq!(
            call.headers,
            [
                header("If-Match", "\"e1\"".into()),
                header("Content-Type", "application/octet-stream".into())
            ]
        );
        assert_eq!(call.body.expose(), b"vault");
        assert!(call.authorization.is_some());
        let printed = format!("{call:?}");
        assert!(
            !printed.contains("hunter2") && !printed.contains("YWxpY2U6"),
            "{printed}"
        );
    }
}
