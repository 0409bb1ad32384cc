//! Counters, countdowns and clock correction.
//!
//! Time is always an input in milliseconds since the Unix epoch, so phones (which redraw a
//! countdown bar many times a second) and tests (which pin an instant) use the same code.

use crate::error::{Error, Result};

/// The mOTP time step: a new code every 10 seconds.
pub const STEP_SECONDS: i64 = 10;

/// The advisory validity a code is shown with when the server's tolerance is unknown:
/// DrayTek's guide says a code is "valid for around 30 seconds".
pub const DEFAULT_TOLERANCE_SECONDS: u32 = 30;

/// The last instant any function here accepts: 9999-12-31T23:59:59Z. Far beyond any real
/// clock, yet well inside what the millisecond arithmetic (`step_end`, corrections, a
/// diagnosis span around it) can hold without overflow, and what RFC 3339 can write. Later
/// instants are refused with [`Error::TimeOutOfRange`] rather than wrapped.
pub const MAX_UNIX_SECONDS: i64 = 253_402_300_799;

/// Refuses instants after [`MAX_UNIX_SECONDS`] (seconds).
fn check_not_too_late(unix_seconds: i64) -> Result<()> {
    if unix_seconds > MAX_UNIX_SECONDS {
        return Err(Error::TimeOutOfRange { unix_seconds });
    }
    Ok(())
}

/// A signed correction, in seconds, added to the device clock before computing a code
/// (positive when the device clock is behind true time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct ClockCorrection(pub i64);

impl ClockCorrection {
    /// Applies the correction to an instant in milliseconds.
    pub fn apply_ms(self, unix_ms: i64) -> Result<i64> {
        check_not_too_late(unix_ms.div_euclid(1000))?;
        let corrected = self
            .0
            .checked_mul(1000)
            .and_then(|c| unix_ms.checked_add(c))
            .ok_or(Error::TimeOutOfRange {
                unix_seconds: unix_ms.div_euclid(1000),
            })?;
        check_not_too_late(corrected.div_euclid(1000))?;
        Ok(corrected)
    }
}

/// The counter for an instant in whole seconds.
pub fn counter_at_seconds(unix_seconds: i64) -> Result<u64> {
    if unix_seconds < 0 {
        return Err(Error::TimeBeforeEpoch { unix_seconds });
    }
    check_not_too_late(unix_seconds)?;
    Ok((unix_seconds / STEP_SECONDS) as u64)
}

/// The counter for an instant in milliseconds (no clock correction): for servers and tools
/// that check a code at a given time rather than display one.
pub fn counter_at_ms(unix_ms: i64) -> Result<u64> {
    counter_at_seconds(unix_ms.div_euclid(1000))
}

/// Everything a display needs about the code at one instant.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Countdown {
    /// The counter: mOTP's corrected unix seconds / 10, TOTP's (t − T0) / period.
    pub counter: u64,
    /// When this code's step began, corrected unix milliseconds.
    pub step_start_ms: i64,
    /// When the next code begins, corrected unix milliseconds.
    pub step_end_ms: i64,
    /// Milliseconds until the next code (1..=period).
    pub ms_to_next: i64,
    /// Fraction of this step already elapsed, in [0, 1).
    pub fraction_elapsed: f64,
    /// Advisory milliseconds left to type this code, from the server tolerance: a code shown at
    /// the start of its step stays usable for about `tolerance` seconds. Zero when it is wiser
    /// to wait for the next code.
    pub use_within_ms: i64,
}

/// The error for an instant before a TOTP token's start time T0: "before 1970" only when T0
/// is the epoch; otherwise it names T0.
pub(crate) fn before_start(unix_seconds: i64, t0_seconds: i64) -> Error {
    if t0_seconds == 0 {
        Error::TimeBeforeEpoch { unix_seconds }
    } else {
        Error::InvalidOption(format!(
            "the time {unix_seconds} s is before this token's start time T0 = {t0_seconds} s: \
             check the device clock and the token's T0"
        ))
    }
}

impl Countdown {
    /// The countdown at `unix_ms` (device clock), after `correction`, for a server that accepts
    /// codes for about `tolerance_seconds`.
    pub fn at(unix_ms: i64, correction: ClockCorrection, tolerance_seconds: u32) -> Result<Self> {
        Self::for_period(
            unix_ms,
            correction,
            tolerance_seconds,
            STEP_SECONDS as u32,
            0,
        )
    }

    /// The countdown of a TOTP token: steps of `period_seconds` counted from `t0_seconds`
    /// (RFC 6238's X and T0). [`Countdown::at`] is the mOTP case (10 s from the epoch).
    pub fn for_period(
        unix_ms: i64,
        correction: ClockCorrection,
        tolerance_seconds: u32,
        period_seconds: u32,
        t0_seconds: i64,
    ) -> Result<Self> {
        let step_ms = i64::from(period_seconds.max(1)) * 1000;
        let now = correction.apply_ms(unix_ms)?;
        let t0_ms = t0_seconds.checked_mul(1000).ok_or(Error::TimeOutOfRange {
            unix_seconds: t0_seconds,
        })?;
        let since = now.checked_sub(t0_ms).ok_or(Error::TimeOutOfRange {
            unix_seconds: now.div_euclid(1000),
        })?;
        if since < 0 {
            return Err(before_start(now.div_euclid(1000), t0_seconds));
        }
        let counter = since / step_ms;
        let step_start_ms = t0_ms + counter * step_ms;
        let step_end_ms = step_start_ms + step_ms;
        let ms_to_next = step_end_ms - now;
        let tolerance_ms = i64::from(tolerance_seconds) * 1000;
        Ok(Countdown {
            counter: counter as u64,
            step_start_ms,
            step_end_ms,
            ms_to_next,
            fraction_elapsed: (now - step_start_ms) as f64 / step_ms as f64,
            use_within_ms: (step_start_ms + tolerance_ms - now).max(0),
        })
    }

    /// Seconds left until the next code, rounded up (what a countdown label shows).
    pub fn seconds_left(&self) -> i64 {
        (self.ms_to_next + 999) / 1000
    }
}

/// "2 min 10 s", "1 h 5 min", "40 s".
pub fn human_duration(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    match (h, m, s) {
        (0, 0, s) => format!("{s} s"),
        (0, m, 0) => format!("{m} min"),
        (0, m, s) => format!("{m} min {s} s"),
        (h, 0, 0) => format!("{h} h"),
        (h, m, _) => format!("{h} h {m} min"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdown_mid_step() {
        let c = Countdown::at(1_000_000_003_250, ClockCorrection(0), 30).unwrap();
        assert_eq!(c.counter, 100_000_000);
        assert_eq!(c.step_start_ms, 1_000_000_000_000);
        assert_eq!(c.step_end_ms, 1_000_000_010_000);
        assert_eq!(c.ms_to_next, 6_750);
        assert!((c.fraction_elapsed - 0.325).abs() < 1e-9);
        assert_eq!(c.use_within_ms, 26_750);
        assert_eq!(c.seconds_left(), 7);
    }

    #[test]
    fn correction_moves_the_counter() {
        let c = Countdown::at(1_000_000_003_250, ClockCorrection(-10), 30).unwrap();
        assert_eq!(c.counter, 99_999_999);
        let c = Countdown::at(5_000, ClockCorrection(-6), 30);
        assert!(matches!(c, Err(Error::TimeBeforeEpoch { .. })));
    }

    #[test]
    fn counter_from_milliseconds() {
        assert_eq!(counter_at_ms(1_296_121_209_999), Ok(129_612_120));
        assert_eq!(
            counter_at_ms(-1),
            Err(Error::TimeBeforeEpoch { unix_seconds: -1 })
        );
    }

    #[test]
    fn before_epoch_is_an_error() {
        assert_eq!(
            counter_at_seconds(-1),
            Err(Error::TimeBeforeEpoch { unix_seconds: -1 })
        );
        assert!(Countdown::at(-1, ClockCorrection(0), 30).is_err());
        assert!(Countdown::at(i64::MAX, ClockCorrection(i64::MAX), 30).is_err());
    }

    #[test]
    fn instants_beyond_year_9999_are_refused_not_wrapped() {
        let last_ms = MAX_UNIX_SECONDS * 1000 + 999;
        let c = Countdown::at(last_ms, ClockCorrection(0), 30).unwrap();
        assert!(c.step_end_ms > c.step_start_ms && c.step_start_ms > 0);
        assert_eq!(c.seconds_left(), 1);
        assert!(counter_at_ms(last_ms).is_ok());
        let too_late = Err(Error::TimeOutOfRange {
            unix_seconds: MAX_UNIX_SECONDS + 1,
        });
        assert_eq!(counter_at_seconds(MAX_UNIX_SECONDS + 1), too_late);
        assert_eq!(counter_at_ms(last_ms + 1), too_late);
        // The reproducer: i64::MAX / 1000 ms made step_end wrap negative.
        for ms in [i64::MAX / 1000, i64::MAX - 1, last_ms + 1] {
            assert!(
                matches!(
                    Countdown::at(ms, ClockCorrection(0), 30),
                    Err(Error::TimeOutOfRange { .. })
                ),
                "{ms}"
            );
            assert!(counter_at_ms(ms).is_err(), "{ms}");
        }
        // A correction may not carry a valid instant past the limit either.
        assert!(matches!(
            Countdown::at(last_ms, ClockCorrection(1), 30),
            Err(Error::TimeOutOfRange { .. })
        ));
        let e = Error::TimeOutOfRange {
            unix_seconds: MAX_UNIX_SECONDS + 1,
        };
        assert!(e.to_string().contains("before the year 10000"), "{e}");
    }

    #[test]
    fn totp_periods_and_t0() {
        let c = Countdown::for_period(59_000, ClockCorrection(0), 30, 30, 0).unwrap();
        assert_eq!(
            (c.counter, c.step_start_ms, c.ms_to_next),
            (1, 30_000, 1_000)
        );
        let c = Countdown::for_period(59_000, ClockCorrection(0), 30, 60, 10).unwrap();
        assert_eq!(
            (c.counter, c.step_start_ms, c.step_end_ms),
            (0, 10_000, 70_000)
        );
        let c = Countdown::for_period(1_500, ClockCorrection(0), 0, 1, 0).unwrap();
        assert_eq!((c.counter, c.ms_to_next), (1, 500));
        assert!(Countdown::for_period(5_000, ClockCorrection(0), 30, 30, 10).is_err());
    }

    #[test]
    fn zero_tolerance_means_no_advice_to_wait() {
        let c = Countdown::at(3_000, ClockCorrection(0), 0).unwrap();
        assert_eq!(c.use_within_ms, 0);
    }
}
