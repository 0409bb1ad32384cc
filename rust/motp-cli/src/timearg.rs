//! Parsing of TIME (unix seconds or RFC 3339) and DURATION arguments.

use std::time::Duration;

/// An instant given on the command line, in unix milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeArg(pub i64);

impl std::str::FromStr for TimeArg {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        if let Ok(secs) = s.parse::<i64>() {
            // Later instants would overflow the code's time arithmetic (motp-core refuses them
            // too); no clock is anywhere near.
            if secs > motp_core::time::MAX_UNIX_SECONDS {
                return Err(format!(
                    "{s} is after the year 9999: give a time up to {} (9999-12-31T23:59:59Z)",
                    motp_core::time::MAX_UNIX_SECONDS
                ));
            }
            return secs
                .checked_mul(1000)
                .map(TimeArg)
                .ok_or_else(|| format!("{s} seconds is out of range"));
        }
        chrono::DateTime::parse_from_rfc3339(s)
            .map(|t| TimeArg(t.timestamp_millis()))
            .map_err(|_| {
                format!(
                    "\"{s}\" is not a time: give unix seconds (1700000000) or RFC 3339 \
                     (2023-11-14T22:13:20Z)"
                )
            })
    }
}

/// A duration such as `1h`, `90m`, `3600s` or plain seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DurationArg(pub Duration);

impl std::str::FromStr for DurationArg {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        if let Ok(secs) = s.parse::<u64>() {
            return Ok(DurationArg(Duration::from_secs(secs)));
        }
        humantime::parse_duration(s).map(DurationArg).map_err(|_| {
            format!("\"{s}\" is not a duration: give seconds (3600) or a unit (1h, 90m, 30s)")
        })
    }
}

/// A timeout: seconds, possibly fractional (`3`, `0.5`), or with a unit (`500ms`, `2s`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeoutArg(pub Duration);

impl std::str::FromStr for TimeoutArg {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        let bad = || format!("\"{s}\" is not a timeout: give seconds (3, 0.5) or a unit (500ms)");
        if let Ok(secs) = s.parse::<f64>() {
            if !secs.is_finite() || secs < 0.0 {
                return Err(bad());
            }
            // Out-of-range values are left for motp-core to refuse with its limits.
            return Ok(TimeoutArg(
                Duration::try_from_secs_f64(secs).unwrap_or(Duration::MAX),
            ));
        }
        humantime::parse_duration(s)
            .map(TimeoutArg)
            .map_err(|_| bad())
    }
}

impl DurationArg {
    /// The duration as a diagnosis span in whole seconds (motp-core refuses spans over a day
    /// with its own message; this only catches values too large to count).
    pub fn as_span_seconds(self) -> Result<u32, crate::failure::Failure> {
        u32::try_from(self.0.as_secs())
            .map_err(|_| crate::failure::Failure::new("the span is far too long: use at most 24h"))
    }
}

/// Now, in unix milliseconds, from the system clock (the only place the CLI reads it).
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times() {
        assert_eq!(
            "1700000000".parse::<TimeArg>().unwrap().0,
            1_700_000_000_000
        );
        assert_eq!(
            "2023-11-14T22:13:20Z".parse::<TimeArg>().unwrap().0,
            1_700_000_000_000
        );
        assert_eq!(
            "2023-11-14T23:13:20.5+01:00".parse::<TimeArg>().unwrap().0,
            1_700_000_000_500
        );
        assert!("yesterday".parse::<TimeArg>().is_err());
        assert_eq!("-5".parse::<TimeArg>().unwrap().0, -5000);
        assert!("253402300799".parse::<TimeArg>().is_ok());
        let e = "253402300800".parse::<TimeArg>().unwrap_err();
        assert!(e.contains("after the year 9999"), "{e}");
        assert!(format!("{}", i64::MAX / 1000).parse::<TimeArg>().is_err());
    }

    #[test]
    fn durations() {
        assert_eq!("1h".parse::<DurationArg>().unwrap().0.as_secs(), 3600);
        assert_eq!("90m".parse::<DurationArg>().unwrap().0.as_secs(), 5400);
        assert_eq!("120".parse::<DurationArg>().unwrap().0.as_secs(), 120);
        assert!("soon".parse::<DurationArg>().is_err());
    }

    #[test]
    fn timeouts() {
        let t = |s: &str| s.parse::<TimeoutArg>().map(|t| t.0);
        assert_eq!(t("3"), Ok(Duration::from_secs(3)));
        assert_eq!(t("0.5"), Ok(Duration::from_millis(500)));
        assert_eq!(t("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(t("1e300"), Ok(Duration::MAX));
        for bad in ["-1", "NaN", "inf", "soon", ""] {
            assert!(t(bad).is_err(), "{bad}");
        }
    }
}
