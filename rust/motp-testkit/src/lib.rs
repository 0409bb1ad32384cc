//! What the test suites of several crates share, as a dev-dependency with an owner (instead of
//! `#[path]` reaches from one crate's tests into another's):
//!
//! - [`ntp_packet`]: NTP packets as a server writes them, for replies with known offsets or
//!   deliberate faults;
//! - [`responder`]: an NTP server on loopback that answers with those packets (or never);
//! - [`chrony`]: a real chronyd on loopback, in the foreground, never touching this clock;
//! - [`kill_loop`]: the SIGKILL loops' plan (kill count, seeded pauses) and the kill itself;
//! - [`webdav`]: a real WebDAV server (Apache `mod_dav`) on loopback, to sync against;
//! - [`cutting_proxy`]: a TCP proxy that cuts every nth connection mid-transfer.
//!
//! Used by motp-core's unit and integration tests, motp-app's scenario tests and motp-cli's
//! tests. A panic is the right way for a test server to fail, so `unwrap` is allowed here.

#![allow(clippy::unwrap_used, clippy::expect_used)]

pub mod chrony;
pub mod cutting_proxy;
pub mod fixtures;
pub mod kill_loop;
pub mod ntp_packet;
pub mod responder;
pub mod webdav;
