//! The pure half of the clock check: from a measured offset and round-trip delay to a verdict
//! and advice. No sockets, no clock reads — the network half ([`super::check_clock`]) feeds it,
//! and so can a phone app that measured the time some other way.
//!
//! **Sign convention** (the same as [`ClockCorrection`]): the offset is what must be *added*
//! to this device's clock to get true time. Positive: the device is behind; negative: ahead.

use std::net::SocketAddr;

use crate::time::{ClockCorrection, STEP_SECONDS, human_duration};
use crate::verify::DEFAULT_WINDOW_STEPS;

/// Offsets below this are [`ClockVerdict::Fine`]: well inside any server's window and below
/// what a person notices on a clock face.
pub const FINE_LIMIT_MS: i64 = 5_000;

/// The server window assumed when the user names none: ±18 steps × 10 s = ±3 minutes, as
/// otpverify.sh and openvpn-otp.
pub const DEFAULT_WINDOW_SECONDS: u32 = DEFAULT_WINDOW_STEPS * STEP_SECONDS as u32;

/// What the measured offset means for mOTP logins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClockVerdict {
    /// Within 5 s of true time: the clock is not why codes fail.
    Fine,
    /// 5 s or more off, but inside the server's window: codes still work, with less margin
    /// for typing and for the server's own clock error.
    Drifting,
    /// Further off than the server's window: the server rejects this device's codes.
    CodesWillFail,
}

impl ClockVerdict {
    /// The verdict for an offset against a server window of ±`window_seconds`.
    ///
    /// A code made `d` seconds away from the server's time lands `d / 10` steps away, so it is
    /// always accepted while `|d| ≤ window` and starts being rejected beyond it.
    pub fn for_offset(offset_ms: i64, window_seconds: u32) -> ClockVerdict {
        let off = offset_ms.unsigned_abs();
        if off > u64::from(window_seconds) * 1000 {
            ClockVerdict::CodesWillFail
        } else if off < FINE_LIMIT_MS.unsigned_abs() {
            ClockVerdict::Fine
        } else {
            ClockVerdict::Drifting
        }
    }

    /// Stable machine-readable name (JSON, FFI).
    pub fn as_str(self) -> &'static str {
        match self {
            ClockVerdict::Fine => "fine",
            ClockVerdict::Drifting => "drifting",
            ClockVerdict::CodesWillFail => "codes_will_fail",
        }
    }
}

/// The result of asking a time server how far off this device's clock is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClockCheck {
    /// The server as asked (`host:port`).
    pub server: String,
    /// The address that answered.
    pub address: SocketAddr,
    /// Milliseconds to add to this device's clock to get the server's time (positive: the
    /// device is behind).
    pub offset_ms: i64,
    /// How far the true offset may be from `offset_ms`: half the round-trip delay, rounded up.
    pub uncertainty_ms: u64,
    /// The server's stratum (1 = attached to a reference clock).
    pub stratum: u8,
    /// The server window the verdict was judged against, in seconds either side.
    pub window_seconds: u32,
    /// What the offset means for logins.
    pub verdict: ClockVerdict,
    /// The offset in whole seconds, as a correction to store with the token. It replaces any
    /// correction already stored: it is measured on the uncorrected device clock.
    pub suggested_correction: ClockCorrection,
}

impl ClockCheck {
    /// Builds the report from a measurement: `offset_us` by the NTP formula
    /// `((T2 − T1) + (T3 − T4)) / 2`, `delay_us` = `(T4 − T1) − (T3 − T2)`.
    pub fn from_measurement(
        server: String,
        address: SocketAddr,
        offset_us: i64,
        delay_us: u64,
        stratum: u8,
        window_seconds: u32,
    ) -> ClockCheck {
        let offset_ms = div_round(offset_us, 1000);
        ClockCheck {
            server,
            address,
            offset_ms,
            uncertainty_ms: delay_us.div_ceil(2).div_ceil(1000),
            stratum,
            window_seconds,
            verdict: ClockVerdict::for_offset(offset_ms, window_seconds),
            suggested_correction: ClockCorrection(div_round(offset_ms, 1000)),
        }
    }

    /// The offset left once `stored` (the token's correction) is applied.
    pub fn offset_after_ms(&self, stored: ClockCorrection) -> i64 {
        self.offset_ms.saturating_sub(stored.0.saturating_mul(1000))
    }

    /// The verdict for a token that applies `stored`: a token whose correction already makes
    /// up for a slow clock is fine even though the device clock is not.
    pub fn verdict_after(&self, stored: ClockCorrection) -> ClockVerdict {
        ClockVerdict::for_offset(self.offset_after_ms(stored), self.window_seconds)
    }

    /// One line: "This device's clock is 2 min 10 s behind true time (±12 ms, asked …)."
    pub fn summary(&self) -> String {
        let address = self.address.to_string();
        let at = if address == self.server {
            String::new()
        } else {
            format!(" at {address}")
        };
        format!(
            "This device's clock is {} (±{} ms, measured against {}{at}).",
            describe_offset(self.offset_ms),
            self.uncertainty_ms,
            self.server,
        )
    }

    /// What to do, in plain words, for the device clock as measured.
    pub fn advice(&self) -> String {
        advice(
            self.offset_ms,
            self.window_seconds,
            self.suggested_correction,
        )
    }
}

/// "2 min 10 s behind true time", "40 ms ahead of true time", "right on true time".
pub fn describe_offset(offset_ms: i64) -> String {
    let abs = offset_ms.unsigned_abs();
    let size = if abs < 1000 {
        format!("{abs} ms")
    } else if abs < 10_000 {
        format!("{}.{} s", abs / 1000, abs % 1000 / 100)
    } else {
        human_duration((abs + 500) / 1000)
    };
    match offset_ms {
        0 => "right on true time".to_owned(),
        o if o > 0 => format!("{size} behind true time"),
        _ => format!("{size} ahead of true time"),
    }
}

/// The advice for a device clock `offset_ms` off, against a ±`window_seconds` server.
pub fn advice(offset_ms: i64, window_seconds: u32, correction: ClockCorrection) -> String {
    let window = human_duration(window_seconds.into());
    let fix = format!(
        "Set this device's date and time to automatic (network time), or apply a clock \
         correction of {:+} s to the token.",
        correction.0
    );
    match ClockVerdict::for_offset(offset_ms, window_seconds) {
        ClockVerdict::Fine => "This device's clock is fine: it is not why codes are rejected. \
                               If codes still fail at the right time, check the VPN router's or \
                               server's clock (its NTP settings), which must be right too."
            .to_owned(),
        ClockVerdict::Drifting => format!(
            "This device's clock is {}. Codes still fall inside the server's ±{window} window, \
             but with less room for typing and for the server's own clock error. {fix}",
            describe_offset(offset_ms)
        ),
        ClockVerdict::CodesWillFail => format!(
            "This device's clock is {}, more than the server's ±{window} window: the server \
             will reject this token's codes. {fix}",
            describe_offset(offset_ms)
        ),
    }
}

/// Integer division rounding half away from zero.
fn div_round(n: i64, d: i64) -> i64 {
    let q = n / d;
    let r = n % d;
    if r.unsigned_abs() * 2 >= d.unsigned_abs() {
        q + n.signum()
    } else {
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(offset_us: i64, delay_us: u64) -> ClockCheck {
        ClockCheck::from_measurement(
            "example.test:123".into(),
            "192.0.2.1:123".parse().unwrap(),
            offset_us,
            delay_us,
            2,
            DEFAULT_WINDOW_SECONDS,
        )
    }

    #[test]
    fn default_window_is_eighteen_steps() {
        assert_eq!(DEFAULT_WINDOW_SECONDS, 180);
    }

    #[test]
    fn verdict_boundaries() {
        use ClockVerdict::*;
        let v = |ms| ClockVerdict::for_offset(ms, 180);
        assert_eq!(v(0), Fine);
        assert_eq!(v(4_999), Fine);
        assert_eq!(v(-4_999), Fine);
        assert_eq!(v(5_000), Drifting);
        assert_eq!(v(-5_000), Drifting);
        assert_eq!(v(180_000), Drifting);
        assert_eq!(v(180_001), CodesWillFail);
        assert_eq!(v(-180_001), CodesWillFail);
        assert_eq!(v(i64::MIN), CodesWillFail);
        assert_eq!(v(i64::MAX), CodesWillFail);
        // A window narrower than "fine" still wins: the server decides.
        assert_eq!(ClockVerdict::for_offset(3_000, 2), CodesWillFail);
        assert_eq!(ClockVerdict::for_offset(0, 0), Fine);
    }

    #[test]
    fn measurement_rounding_and_sign() {
        let c = check(130_000_400, 2_001);
        assert_eq!(c.offset_ms, 130_000);
        assert_eq!(c.uncertainty_ms, 2, "half of 2.001 ms, rounded up");
        assert_eq!(c.suggested_correction, ClockCorrection(130));
        assert_eq!(c.verdict, ClockVerdict::Drifting);

        let c = check(-42_499_600, 0);
        assert_eq!(c.offset_ms, -42_500);
        assert_eq!(c.uncertainty_ms, 0);
        assert_eq!(
            c.suggested_correction,
            ClockCorrection(-43),
            "half away from zero"
        );

        let c = check(-200_000_000, 10);
        assert_eq!(c.verdict, ClockVerdict::CodesWillFail);
        assert_eq!(c.suggested_correction, ClockCorrection(-200));

        let c = check(i64::MIN, u64::MAX);
        assert_eq!(c.verdict, ClockVerdict::CodesWillFail);
    }

    #[test]
    fn correction_is_added_to_the_device_clock() {
        // The device reads 1_000_000 s while true time is 1_000_130 s: offset +130 s, and the
        // suggested correction, applied the way the token applies it, gives true time.
        let c = check(130_000_000, 1_000);
        let device_ms = 1_000_000_000;
        assert_eq!(
            c.suggested_correction.apply_ms(device_ms).unwrap(),
            1_000_130_000
        );
    }

    #[test]
    fn a_stored_correction_is_taken_into_account() {
        let c = check(-250_000_000, 1_000);
        assert_eq!(c.verdict, ClockVerdict::CodesWillFail);
        assert_eq!(c.verdict_after(ClockCorrection(-250)), ClockVerdict::Fine);
        assert_eq!(
            c.verdict_after(ClockCorrection(-240)),
            ClockVerdict::Drifting
        );
        assert_eq!(c.offset_after_ms(ClockCorrection(-240)), -10_000);
        assert_eq!(
            c.verdict_after(ClockCorrection(i64::MAX)),
            ClockVerdict::CodesWillFail
        );
    }

    #[test]
    fn words() {
        assert_eq!(describe_offset(0), "right on true time");
        assert_eq!(describe_offset(40), "40 ms behind true time");
        assert_eq!(describe_offset(-2_345), "2.3 s ahead of true time");
        assert_eq!(describe_offset(130_000), "2 min 10 s behind true time");
        assert_eq!(describe_offset(-42_400), "42 s ahead of true time");

        let c = check(130_000_000, 24_000);
        assert!(c.summary().contains("2 min 10 s behind"), "{}", c.summary());
        assert!(c.summary().contains("±12 ms"), "{}", c.summary());
        assert!(c.summary().contains("example.test:123 at 192.0.2.1:123"));
        let by_ip = ClockCheck {
            server: "192.0.2.1:123".into(),
            ..c.clone()
        };
        assert!(
            by_ip.summary().ends_with("against 192.0.2.1:123)."),
            "{}",
            by_ip.summary()
        );
        assert!(c.advice().contains("+130 s"), "{}", c.advice());
        assert!(c.advice().contains("still fall inside"), "{}", c.advice());

        let bad = check(-600_000_000, 0);
        assert!(bad.advice().contains("will reject"), "{}", bad.advice());
        assert!(bad.advice().contains("-600 s"), "{}", bad.advice());
        assert!(bad.advice().contains("±3 min"), "{}", bad.advice());

        assert!(check(1_000, 0).advice().contains("router"));
    }
}
