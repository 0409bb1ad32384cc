//! The troubleshooting guide as code: why was this code rejected?
//!
//! Given a code that a server rejected (or that another token shows for the same account), the
//! secret and PIN believed to be right, and the reference instant, search a wide span of time
//! for the secret as entered, then its lowercase and uppercase variants. The four outcomes map
//! to the vendor guide's causes: the code is fine, the clocks disagree, the secret's letter case
//! differs, or the secret/PIN differ or the code was mistyped.
//!
//! Unlike [`crate::verify`](mod@crate::verify), diagnosis is not constant-time: it is a support tool run by the
//! person who already holds the secret, and it stops at the closest match.

use crate::error::{Error, Result};
use crate::finding::Diagnosed;
pub use crate::finding::SecretVariant;
use crate::otp::{Code, code};
use crate::pin::Pin;
use crate::secret::Secret;
use crate::time::STEP_SECONDS;
pub use crate::time::human_duration;
use crate::verify::DEFAULT_WINDOW_STEPS;

/// Default search span: ±1 hour, wide enough for a forgotten time-zone or DST mistake.
pub const DEFAULT_SPAN_SECONDS: u32 = 3_600;
/// Largest span we search: ±1 day.
pub const MAX_SPAN_SECONDS: u32 = 86_400;

/// How far and against which server window to search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiagnoseOptions {
    /// Search ± this many seconds around the reference instant.
    pub span_seconds: u32,
    /// The server's acceptance window in steps; a match inside it is `Match`.
    pub window_steps: u32,
}

impl Default for DiagnoseOptions {
    fn default() -> Self {
        DiagnoseOptions {
            span_seconds: DEFAULT_SPAN_SECONDS,
            window_steps: DEFAULT_WINDOW_STEPS,
        }
    }
}

/// The cause found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// The code is valid within the server's window.
    Match,
    /// The code is valid, but for a time outside the server's window: the clocks differ.
    ClockDrift,
    /// The code comes from the same secret in a different letter case.
    SecretCase,
    /// Nothing matched: the secret or PIN differ, or the code was mistyped.
    NoMatch,
}

impl Cause {
    /// Stable machine-readable name (JSON, FFI).
    pub fn as_str(self) -> &'static str {
        match self {
            Cause::Match => "match",
            Cause::ClockDrift => "clock_drift",
            Cause::SecretCase => "secret_case",
            Cause::NoMatch => "no_match",
        }
    }
}

/// The result of a diagnosis, with advice a user can follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnosis {
    /// What went wrong (or didn't).
    pub cause: Cause,
    /// Signed offset of the matching time from the reference instant, in seconds: positive when
    /// the clock that made the code runs ahead of the reference clock.
    pub offset_seconds: Option<i64>,
    /// Which form of the secret matched.
    pub secret_variant: Option<SecretVariant>,
    /// What to do, in plain words: the English of `finding`.
    pub advice: String,
    /// What was found, as data (apps render it in the user's language).
    pub finding: Diagnosed,
}

/// Closest step offset within ±`span_steps` at which `secret`+`pin` produce `submitted`.
fn closest(secret: &Secret, pin: &Pin, submitted: &Code, at: u64, span_steps: i64) -> Option<i64> {
    std::iter::once(0)
        .chain((1..=span_steps).flat_map(|k| [-k, k]))
        .find(|&off| {
            at.checked_add_signed(off)
                .is_some_and(|c| code(secret, pin, c) == *submitted)
        })
}

/// Diagnoses `submitted` against `secret` and `pin` at reference counter `at_counter`.
pub fn diagnose(
    secret: &Secret,
    pin: &Pin,
    submitted: &Code,
    at_counter: u64,
    options: DiagnoseOptions,
) -> Result<Diagnosis> {
    if options.span_seconds > MAX_SPAN_SECONDS {
        return Err(Error::InvalidOption(format!(
            "a span of {} is longer than the {} we search: use a shorter --span",
            human_duration(options.span_seconds.into()),
            human_duration(MAX_SPAN_SECONDS.into())
        )));
    }
    let span_steps = i64::from(options.span_seconds) / STEP_SECONDS;
    let window = i64::from(options.window_steps);

    if let Some(off) = closest(secret, pin, submitted, at_counter, span_steps) {
        let offset_seconds = off * STEP_SECONDS;
        return Ok(if off.abs() <= window {
            found(
                Cause::Match,
                Some(offset_seconds),
                Some(SecretVariant::AsEntered),
                Diagnosed::Match { offset_seconds },
            )
        } else {
            found(
                Cause::ClockDrift,
                Some(offset_seconds),
                Some(SecretVariant::AsEntered),
                Diagnosed::ClockDrift { offset_seconds },
            )
        });
    }

    let variants = [
        (SecretVariant::Lowercase, secret.to_lowercase_variant()),
        (SecretVariant::Uppercase, secret.to_uppercase_variant()),
    ];
    for (variant, other) in variants {
        let Some(other) = other else { continue };
        if let Some(off) = closest(&other, pin, submitted, at_counter, span_steps) {
            return Ok(found(
                Cause::SecretCase,
                Some(off * STEP_SECONDS),
                Some(variant),
                Diagnosed::SecretCase {
                    variant,
                    clock_off_seconds: (off.abs() > window).then_some(off * STEP_SECONDS),
                },
            ));
        }
    }

    Ok(found(
        Cause::NoMatch,
        None,
        None,
        Diagnosed::NoMatch {
            span_seconds: options.span_seconds,
        },
    ))
}

/// A diagnosis whose advice is the English of `finding`.
fn found(
    cause: Cause,
    offset_seconds: Option<i64>,
    secret_variant: Option<SecretVariant>,
    finding: Diagnosed,
) -> Diagnosis {
    Diagnosis {
        cause,
        offset_seconds,
        secret_variant,
        advice: finding.to_string(),
        finding,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AT: u64 = 170_000_000;

    fn setup(secret: &str) -> (Secret, Pin) {
        (Secret::new(secret).unwrap(), Pin::raw("1234"))
    }

    #[test]
    fn match_inside_window() {
        let (s, p) = setup("0123456789abcdef");
        let c = code(&s, &p, AT - 3);
        let d = diagnose(&s, &p, &c, AT, DiagnoseOptions::default()).unwrap();
        assert_eq!(d.cause, Cause::Match);
        assert_eq!(d.offset_seconds, Some(-30));
        assert_eq!(d.secret_variant, Some(SecretVariant::AsEntered));
        assert!(
            d.advice
                .contains("(made for a time 30 s behind this clock, within the server's window)"),
            "{}",
            d.advice
        );
        let c = code(&s, &p, AT + 2);
        let d = diagnose(&s, &p, &c, AT, DiagnoseOptions::default()).unwrap();
        assert!(
            d.advice.contains("20 s ahead of this clock, within"),
            "{}",
            d.advice
        );
    }

    #[test]
    fn clock_drift_outside_window() {
        let (s, p) = setup("0123456789abcdef");
        let c = code(&s, &p, AT + 13 * 6);
        let d = diagnose(&s, &p, &c, AT, DiagnoseOptions::default()).unwrap();
        assert_eq!(d.cause, Cause::ClockDrift);
        assert_eq!(d.offset_seconds, Some(780));
        assert!(
            d.advice.contains("13 min ahead of this clock"),
            "{}",
            d.advice
        );
        assert!(d.advice.contains("clock is 13 min ahead."), "{}", d.advice);
        assert!(d.advice.contains("-780 s"), "{}", d.advice);
    }

    #[test]
    fn secret_case_both_ways() {
        let (upper, p) = setup("0123456789ABCDEF");
        let (lower, _) = setup("0123456789abcdef");
        let c = code(&lower, &p, AT);
        let d = diagnose(&upper, &p, &c, AT, DiagnoseOptions::default()).unwrap();
        assert_eq!(d.cause, Cause::SecretCase);
        assert_eq!(d.secret_variant, Some(SecretVariant::Lowercase));
        let c = code(&upper, &p, AT + 1);
        let d = diagnose(&lower, &p, &c, AT, DiagnoseOptions::default()).unwrap();
        assert_eq!(d.secret_variant, Some(SecretVariant::Uppercase));
        assert_eq!(d.offset_seconds, Some(10));
    }

    #[test]
    fn no_match() {
        let (s, p) = setup("0123456789abcdef");
        let c = code(&s, &Pin::raw("9999"), AT);
        let d = diagnose(&s, &p, &c, AT, DiagnoseOptions::default()).unwrap();
        assert_eq!(d.cause, Cause::NoMatch);
        assert_eq!((d.offset_seconds, d.secret_variant), (None, None));
        assert!(!d.advice.contains("0123456789abcdef"));
    }

    #[test]
    fn span_limits() {
        let (s, p) = setup("0123456789abcdef");
        let c = code(&s, &p, AT + 400);
        let opts = DiagnoseOptions {
            span_seconds: 3_600,
            ..Default::default()
        };
        assert_eq!(
            diagnose(&s, &p, &c, AT, opts).unwrap().cause,
            Cause::NoMatch
        );
        let wide = DiagnoseOptions {
            span_seconds: 4_000,
            ..Default::default()
        };
        assert_eq!(
            diagnose(&s, &p, &c, AT, wide).unwrap().offset_seconds,
            Some(4_000)
        );
        let too_wide = DiagnoseOptions {
            span_seconds: MAX_SPAN_SECONDS + 1,
            ..Default::default()
        };
        assert!(diagnose(&s, &p, &c, AT, too_wide).is_err());
    }

    #[test]
    fn durations() {
        assert_eq!(human_duration(40), "40 s");
        assert_eq!(human_duration(130), "2 min 10 s");
        assert_eq!(human_duration(120), "2 min");
        assert_eq!(human_duration(3600), "1 h");
        assert_eq!(human_duration(3900), "1 h 5 min");
    }
}
