//! Keeping a vault in step with a WebDAV server (Nextcloud, ownCloud, Apache `mod_dav`, a NAS)
//! without a server of ours: the vault is end-to-end encrypted, so the server only ever holds
//! the encrypted file.
//!
//! The engine never opens a socket. It plans each request ([`HttpRequest`]) and reads each
//! answer ([`HttpResponse`]); the caller sends them with the platform's HTTP client (the command
//! line's `ureq`, Android's `HttpURLConnection`, the iPhone's `URLSession`), so proxies, VPNs
//! and the certificates the user trusts apply. [`WebDavSync`] is the exchange; the merge is
//! `vault::merge`. Specified in `docs/vault-format.md` §7.3.

mod target;
mod webdav;

pub use target::{HttpRequest, HttpResponse, Method, SyncTarget};
pub use webdav::{MAX_RACES, SyncOutcome, SyncStep, WebDavSync};
