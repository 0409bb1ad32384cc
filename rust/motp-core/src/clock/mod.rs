//! The clock check: how far off is this device's clock, and will that make codes fail?
//!
//! The first cause in the VPN vendor's guide to failing mOTP logins is a clock out of sync:
//! mOTP codes are made from the time, and a server rejects codes from further away than its
//! window (±3 minutes for otpverify.sh and openvpn-otp). This module asks a time server once,
//! on demand, and turns the answer into a verdict ([`ClockVerdict`]) and a suggested
//! [`ClockCorrection`](crate::ClockCorrection).
//!
//! Two halves, so that everything but the socket is tested without a network:
//!
//! | part | compiled | job |
//! |---|---|---|
//! | [`server`] | always | parse `HOST` / `HOST:PORT` |
//! | [`assess`] | always | offset + delay → verdict, correction, advice (pure) |
//! | `exchange` | feature `clock` | one SNTP exchange through the [`sntpc`] crate over any socket and clock: request, reply validation (mode, version, origin, zero transmit, kiss-o'-death), the four-timestamp offset/delay |
//! | `udp` | feature `clock` | the edge: resolve, connect a UDP socket, time out, classify OS errors |
//!
//! **Sign convention.** `offset_ms` is what must be added to the device clock to get true
//! time: positive when the device is behind. It is the same sign as
//! [`ClockCorrection`](crate::ClockCorrection), which the token adds to the device clock, so
//! the suggested correction is simply the offset rounded to whole seconds.
//!
//! The check never runs by itself: a token only asks when the user does, and it never sets the
//! system clock.

pub mod assess;
pub mod server;

#[cfg(feature = "clock")]
mod exchange;
#[cfg(feature = "clock")]
mod udp;

#[cfg(test)]
pub(crate) use motp_testkit::ntp_packet as test_packet;

use std::time::Duration;

pub use assess::{ClockCheck, ClockVerdict, DEFAULT_WINDOW_SECONDS, FINE_LIMIT_MS};
pub use server::{DEFAULT_SERVER, NTP_PORT, NtpServer};
#[cfg(feature = "clock")]
pub use udp::check_clock;

use crate::error::{Error, Result};
use crate::time::STEP_SECONDS;
use crate::verify::MAX_WINDOW_STEPS;

/// How long to wait for the server's reply when the user does not say.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(3);
/// The longest wait we allow: a time server that needs longer is no use for this check.
pub const MAX_TIMEOUT: Duration = Duration::from_secs(60);
/// The widest server window we judge against (the same ±1 day as `verify`).
pub const MAX_WINDOW_SECONDS: u32 = MAX_WINDOW_STEPS * STEP_SECONDS as u32;

/// What to ask and how to judge the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClockCheckOptions {
    /// `HOST` or `HOST:PORT` (default [`DEFAULT_SERVER`]).
    pub server: String,
    /// How long to wait for the reply (default 3 s, at most 60 s).
    pub timeout: Duration,
    /// The server's window in seconds either side (default 180 = 18 steps × 10 s).
    pub window_seconds: u32,
}

impl Default for ClockCheckOptions {
    fn default() -> Self {
        ClockCheckOptions {
            server: DEFAULT_SERVER.to_owned(),
            timeout: DEFAULT_TIMEOUT,
            window_seconds: DEFAULT_WINDOW_SECONDS,
        }
    }
}

impl ClockCheckOptions {
    /// Checks the options and parses the server, before any network traffic.
    pub fn validate(&self) -> Result<NtpServer> {
        if self.timeout < Duration::from_millis(1) || self.timeout > MAX_TIMEOUT {
            return Err(Error::InvalidOption(format!(
                "a timeout of {} ms is outside 1 ms to {} s: use --timeout between 0.001 and {}",
                self.timeout.as_millis(),
                MAX_TIMEOUT.as_secs(),
                MAX_TIMEOUT.as_secs()
            )));
        }
        if self.window_seconds > MAX_WINDOW_SECONDS {
            return Err(Error::InvalidOption(format!(
                "a server window of {} s is wider than the {MAX_WINDOW_SECONDS} s (±1 day) we \
                 judge against: use a smaller --window",
                self.window_seconds
            )));
        }
        NtpServer::parse(&self.server)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults() {
        let o = ClockCheckOptions::default();
        assert_eq!(o.validate().unwrap().to_string(), "pool.ntp.org:123");
        assert_eq!(o.timeout, Duration::from_secs(3));
        assert_eq!(o.window_seconds, 180);
    }

    #[test]
    fn option_limits() {
        let with = |timeout, window_seconds| ClockCheckOptions {
            timeout,
            window_seconds,
            ..Default::default()
        };
        assert!(with(Duration::ZERO, 180).validate().is_err());
        assert!(with(Duration::from_micros(999), 180).validate().is_err());
        assert!(with(Duration::from_millis(1), 180).validate().is_ok());
        assert!(with(MAX_TIMEOUT, 180).validate().is_ok());
        assert!(
            with(MAX_TIMEOUT + Duration::from_millis(1), 180)
                .validate()
                .is_err()
        );
        assert!(with(DEFAULT_TIMEOUT, MAX_WINDOW_SECONDS).validate().is_ok());
        assert!(matches!(
            with(DEFAULT_TIMEOUT, MAX_WINDOW_SECONDS + 1).validate(),
            Err(Error::InvalidOption(_))
        ));
        let bad_server = ClockCheckOptions {
            server: "a b".into(),
            ..Default::default()
        };
        assert!(matches!(
            bad_server.validate(),
            Err(Error::ClockServerInvalid { .. })
        ));
    }
}
