//! The sync's HTTP requests (`Effect::SendHttp`) with the computer's own trust: ureq over
//! rustls with the platform's certificate verifier, so a company CA the user installed applies
//! and a certificate error is a failure, never skipped. The core plans the requests (WebDAV:
//! GET/If-None-Match, PUT/If-Match, MKCOL); this only carries one out and says what came back.

use std::time::Duration;

use motp_app::{Event, HttpCall, HttpFailure, RequestId, SecretBytes};
use ureq::tls::{RootCerts, TlsConfig};

use crate::clock::Clock;

/// Waits the call's delay, sends it, and answers `HttpAnswered` (any status) or `HttpFailed`.
pub(crate) fn send(request: RequestId, call: HttpCall, clock: &dyn Clock) -> Event {
    if call.delay_ms > 0 {
        std::thread::sleep(Duration::from_millis(call.delay_ms));
    }
    match exchange(&call) {
        Ok((status, etag, body)) => Event::HttpAnswered {
            request,
            status,
            etag,
            body,
            now_ms: clock.now_ms(),
        },
        Err((failure, detail)) => Event::HttpFailed {
            request,
            failure,
            detail,
            now_ms: clock.now_ms(),
        },
    }
}

type Answer = (u16, Option<String>, SecretBytes);

fn exchange(call: &HttpCall) -> Result<Answer, (HttpFailure, String)> {
    let agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .allow_non_standard_methods(true)
        .timeout_global(Some(Duration::from_millis(call.timeout_ms.max(1))))
        .max_redirects(0)
        .tls_config(
            TlsConfig::builder()
                .root_certs(RootCerts::PlatformVerifier)
                .build(),
        )
        .build()
        .new_agent();
    let mut builder = ureq::http::Request::builder()
        .method(call.method.as_str())
        .uri(&call.url);
    for h in &call.headers {
        builder = builder.header(&h.name, &h.value);
    }
    if let Some(a) = &call.authorization {
        builder = builder.header("Authorization", a.expose());
    }
    let sent = builder
        .body(call.body.expose().to_vec())
        .map_err(|e| (HttpFailure::Other, e.to_string()))?;
    let mut response = agent.run(sent).map_err(|e| failure(&e))?;
    let status = response.status().as_u16();
    let etag = response
        .headers()
        .get("ETag")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = response
        .body_mut()
        .with_config()
        .limit(call.max_body_bytes)
        .read_to_vec()
        .map_err(|e| failure(&e))?;
    Ok((status, etag, SecretBytes::new(body)))
}

/// What kind of failure the core is told (its sentence is the core's), with ureq's words.
fn failure(e: &ureq::Error) -> (HttpFailure, String) {
    let kind = match e {
        ureq::Error::Tls(_) | ureq::Error::Rustls(_) => HttpFailure::Certificate,
        ureq::Error::Timeout(_) => HttpFailure::TimedOut,
        ureq::Error::BodyExceedsLimit(_) => HttpFailure::TooLarge,
        ureq::Error::HostNotFound | ureq::Error::ConnectionFailed | ureq::Error::Io(_) => {
            HttpFailure::Unreachable
        }
        _ => HttpFailure::Other,
    };
    (kind, e.to_string())
}
