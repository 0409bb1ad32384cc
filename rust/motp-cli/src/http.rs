//! Sends the engine's sync requests (`motp_core::sync`) with `ureq`: blocking, rustls, the
//! platform's trusted certificates, bounded in time and size. The engine plans every request
//! and reads every answer; this file only carries them.

use std::time::Duration;

use motp_core::sync::{HttpRequest, HttpResponse, Method};
use motp_core::vault::MAX_FILE_BYTES;
use ureq::tls::{RootCerts, TlsConfig};

use crate::failure::Failure;

/// How long one request may take, connection included.
const TIMEOUT: Duration = Duration::from_secs(60);

/// A client for one sync.
pub struct Client {
    agent: ureq::Agent,
}

impl Client {
    pub fn new() -> Client {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .allow_non_standard_methods(true)
            .timeout_global(Some(TIMEOUT))
            .max_redirects(0)
            .tls_config(
                TlsConfig::builder()
                    .root_certs(RootCerts::PlatformVerifier)
                    .build(),
            )
            .build()
            .new_agent();
        Client { agent }
    }

    /// Sends `request`; the answer's status, ETag and body (at most one vault's size).
    pub fn send(&self, request: &HttpRequest) -> Result<HttpResponse, Failure> {
        let mut builder = ureq::http::Request::builder()
            .method(request.method.as_str())
            .uri(&request.url)
            .header("User-Agent", concat!("motp/", env!("CARGO_PKG_VERSION")));
        if let Some(a) = &request.authorization {
            builder = builder.header("Authorization", a.as_str());
        }
        if let Some(m) = &request.if_match {
            builder = builder.header("If-Match", m);
        }
        if let Some(m) = &request.if_none_match {
            builder = builder.header("If-None-Match", m);
        }
        let sent = builder
            .body(request.body.clone())
            .map_err(|e| Failure::new(format!("the sync request could not be made: {e}")))?;
        let mut response = self
            .agent
            .run(sent)
            .map_err(|e| transport(&request.url, &e))?;
        let status = response.status().as_u16();
        let etag = response
            .headers()
            .get("ETag")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = if request.method == Method::Get && status == 200 {
            response
                .body_mut()
                .with_config()
                .limit(MAX_FILE_BYTES)
                .read_to_vec()
                .map_err(|e| transport(&request.url, &e))?
        } else {
            Vec::new()
        };
        Ok(HttpResponse { status, etag, body })
    }
}

/// A network failure in words: certificate problems are errors, never skipped.
fn transport(url: &str, e: &ureq::Error) -> Failure {
    let what = match e {
        ureq::Error::Tls(_) | ureq::Error::Rustls(_) => format!(
            "the secure connection to {url} failed ({e}): the server's certificate is not one \
             this computer trusts or does not name the server; nothing was sent. Fix the \
             certificate (or install your company's CA on this computer) and sync again"
        ),
        ureq::Error::Timeout(_) => format!(
            "the sync server at {url} did not answer in time ({e}); this device's vault is \
             saved: sync again later"
        ),
        ureq::Error::BodyExceedsLimit(_) => format!(
            "the file at {url} is larger than any vault ({MAX_FILE_BYTES} bytes); it was not read"
        ),
        _ => format!(
            "the sync server at {url} could not be reached ({e}); this device's vault is saved: \
             check the address and the network, then sync again"
        ),
    };
    Failure::new(what)
}
