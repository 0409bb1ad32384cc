//! Shared helpers for the integration tests (each test binary uses a part of them).

// Test support: a panic is the right way for a test server to fail.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

pub mod chrony;
pub mod ntp_packet;
pub mod responder;
