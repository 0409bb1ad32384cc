//! The server's side of TOTP and HOTP: verifying a code, and diagnosing a rejected one.
//!
//! - **TOTP** (RFC 6238 §5.2): a server accepts the codes of a few periods around its time, to
//!   allow for network delay and small clock differences; the window is counted in *periods*
//!   (default ±1). A match outside it is clock drift, reported in seconds.
//! - **HOTP** (RFC 4226 §7.4): the server keeps the counter of the next code it expects and
//!   looks ahead a few counters for tokens pressed without logging in (default 10). A match
//!   further ahead needs a *resynchronisation*: the server's counter set past the code's; a
//!   match behind it is a code already used (or a token reset).
//!
//! Verification is constant-time over the whole window (`subtle`), like mOTP's; diagnosis is a
//! support tool and stops at the closest match.

use subtle::ConditionallySelectable;

use crate::error::{Error, Result};
use crate::finding::Diagnosed;
use crate::kind::{CodeFormat, HashAlgorithm, HotpParams, STEAM_CODE_LENGTH, TotpParams};
use crate::oath::{code as oath_code, totp_counter};
use crate::otp::Code;

/// TOTP: periods accepted either side of the server's (RFC 6238 recommends at most one).
pub const DEFAULT_TOTP_WINDOW: u32 = 1;
/// HOTP: counters looked ahead of the server's (RFC 4226 §7.4's look-ahead parameter).
pub const DEFAULT_HOTP_LOOK_AHEAD: u32 = 10;
/// Most periods or counters a verification looks at either way.
pub const MAX_WINDOW: u32 = 1_000;
/// Default diagnosis search for HOTP: this many counters either side of the server's.
pub const DEFAULT_HOTP_SEARCH: u32 = 1_000;
/// Largest HOTP diagnosis search either side.
pub const MAX_HOTP_SEARCH: u32 = 100_000;

/// A code that matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OathMatch {
    /// The counter whose code it is.
    pub counter: u64,
    /// Periods (TOTP) or counters (HOTP) from the server's.
    pub offset: i64,
}

fn check_window(window: u32) -> Result<()> {
    if window > MAX_WINDOW {
        return Err(Error::InvalidOption(format!(
            "a window of {window} is more than {MAX_WINDOW}: servers accept a few periods or \
             counters"
        )));
    }
    Ok(())
}

fn check_code(code: &Code, format: CodeFormat) -> Result<()> {
    match format {
        CodeFormat::Digits(digits) => {
            if code.len() != usize::from(digits)
                || !code.as_str().bytes().all(|b| b.is_ascii_digit())
            {
                return Err(Error::OathCodeMalformed {
                    digits,
                    problem: format!("this token's codes have {digits} digits"),
                });
            }
        }
        CodeFormat::Steam => {
            if code.len() != usize::from(STEAM_CODE_LENGTH)
                || !code
                    .as_str()
                    .bytes()
                    .all(|b| crate::kind::STEAM_ALPHABET.contains(&b))
            {
                return Err(Error::SteamCodeMalformed {
                    problem: "this token's codes are Steam Guard codes".into(),
                });
            }
        }
    }
    Ok(())
}

/// Constant-time search of `counters` for `code`; the first match wins.
fn search(
    key: &[u8],
    code: &Code,
    algorithm: HashAlgorithm,
    format: CodeFormat,
    counters: impl Iterator<Item = (u64, i64)>,
) -> Option<OathMatch> {
    let mut found = subtle::Choice::from(0);
    let (mut counter, mut offset) = (0u64, 0i64);
    for (c, o) in counters {
        let hit = oath_code(key, c, algorithm, format).ct_eq(code) & !found;
        counter = u64::conditional_select(&counter, &c, hit);
        offset = i64::conditional_select(&offset, &o, hit);
        found |= hit;
    }
    bool::from(found).then_some(OathMatch { counter, offset })
}

/// Verifies a TOTP code at `unix_seconds` (the server's time), accepting `window` periods
/// either side. Offsets are tried nearest first, so `offset` is the closest match.
pub fn verify_totp(
    key: &[u8],
    params: &TotpParams,
    code: &Code,
    unix_seconds: i64,
    window: u32,
) -> Result<Option<OathMatch>> {
    verify_time_based(
        key,
        params,
        CodeFormat::Digits(params.digits),
        code,
        unix_seconds,
        window,
    )
}

/// [`verify_totp`] for codes of any format: Steam Guard's are TOTP's with another alphabet.
pub fn verify_time_based(
    key: &[u8],
    params: &TotpParams,
    format: CodeFormat,
    code: &Code,
    unix_seconds: i64,
    window: u32,
) -> Result<Option<OathMatch>> {
    check_window(window)?;
    check_code(code, format)?;
    let now = totp_counter(unix_seconds, params)?;
    let w = i64::from(window);
    let offsets = (0..=w).flat_map(|d| if d == 0 { vec![0] } else { vec![-d, d] });
    let counters = offsets.filter_map(|o| now.checked_add_signed(o).map(|c| (c, o)));
    Ok(search(key, code, params.algorithm, format, counters))
}

/// Verifies an HOTP code against the server's counter (`params.counter`, the next code it
/// expects), looking `look_ahead` counters ahead. On success the server stores
/// `counter + 1` (the resynchronised counter).
pub fn verify_hotp(
    key: &[u8],
    params: &HotpParams,
    code: &Code,
    look_ahead: u32,
) -> Result<Option<OathMatch>> {
    check_window(look_ahead)?;
    let format = CodeFormat::Digits(params.digits);
    check_code(code, format)?;
    let counters = (0..=i64::from(look_ahead))
        .filter_map(|o| params.counter.checked_add_signed(o).map(|c| (c, o)));
    Ok(search(key, code, params.algorithm, format, counters))
}

/// Why a TOTP or HOTP code was (or would be) rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OathCause {
    /// Inside the server's window: the code is right.
    Match,
    /// TOTP: made for a time outside the window — a clock is off.
    ClockDrift,
    /// HOTP: ahead of the server's look-ahead — the server needs resynchronising.
    CounterAhead,
    /// HOTP: behind the server's counter — a code already used.
    CounterBehind,
    /// Not found: another secret, other parameters, or a mistyped code.
    NoMatch,
}

impl OathCause {
    /// Stable machine-readable name (JSON, FFI).
    pub fn as_str(self) -> &'static str {
        match self {
            OathCause::Match => "match",
            OathCause::ClockDrift => "clock_drift",
            OathCause::CounterAhead => "counter_ahead",
            OathCause::CounterBehind => "counter_behind",
            OathCause::NoMatch => "no_match",
        }
    }
}

/// A diagnosis of a TOTP or HOTP code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OathDiagnosis {
    /// The cause.
    pub cause: OathCause,
    /// TOTP: how far the code's time is from the reference time, in seconds (positive: the
    /// code was made for a later time, so its clock is ahead).
    pub offset_seconds: Option<i64>,
    /// HOTP: the counter whose code it is.
    pub counter: Option<u64>,
    /// HOTP: the counter the server should store after this code (the code's + 1).
    pub resync_counter: Option<u64>,
    /// What to do, in plain words: the English of `finding`.
    pub advice: String,
    /// What was found, as data (apps render it in the user's language).
    pub finding: Diagnosed,
}

/// Searches ±`span_seconds` around `unix_seconds` for a TOTP code; `window` periods either
/// side count as a match.
pub fn diagnose_totp(
    key: &[u8],
    params: &TotpParams,
    code: &Code,
    unix_seconds: i64,
    span_seconds: u32,
    window: u32,
) -> Result<OathDiagnosis> {
    let format = CodeFormat::Digits(params.digits);
    diagnose_time_based(
        key,
        params,
        format,
        code,
        unix_seconds,
        span_seconds,
        window,
    )
}

/// [`diagnose_totp`] for codes of any format (Steam Guard's).
pub fn diagnose_time_based(
    key: &[u8],
    params: &TotpParams,
    format: CodeFormat,
    code: &Code,
    unix_seconds: i64,
    span_seconds: u32,
    window: u32,
) -> Result<OathDiagnosis> {
    check_window(window)?;
    check_code(code, format)?;
    if span_seconds > crate::diagnose::MAX_SPAN_SECONDS {
        return Err(Error::InvalidOption(format!(
            "a span of {span_seconds} s is more than a day: search at most 24h"
        )));
    }
    let now = totp_counter(unix_seconds, params)?;
    let period = i64::from(params.period_seconds.max(1));
    let reach = (i64::from(span_seconds) / period).max(i64::from(window));
    let mut found = None;
    for d in 0..=reach {
        for o in if d == 0 { vec![0] } else { vec![-d, d] } {
            let Some(c) = now.checked_add_signed(o) else {
                continue;
            };
            if oath_code(key, c, params.algorithm, format) == *code {
                found = Some(o);
                break;
            }
        }
        if found.is_some() {
            break;
        }
    }
    Ok(match found {
        Some(o) if o.unsigned_abs() <= u64::from(window) => oath_found(
            OathCause::Match,
            Some(o * period),
            None,
            Diagnosed::TotpMatch {
                periods: o,
                period_seconds: period,
                window,
            },
        ),
        Some(o) => oath_found(
            OathCause::ClockDrift,
            Some(o * period),
            None,
            Diagnosed::TotpClockDrift {
                offset_seconds: o * period,
                window,
                period_seconds: period,
            },
        ),
        None => oath_found(
            OathCause::NoMatch,
            None,
            None,
            Diagnosed::TotpNoMatch { span_seconds },
        ),
    })
}

/// A diagnosis whose advice is the English of `finding` (`counter`: the code's, HOTP).
fn oath_found(
    cause: OathCause,
    offset_seconds: Option<i64>,
    counter: Option<u64>,
    finding: Diagnosed,
) -> OathDiagnosis {
    OathDiagnosis {
        cause,
        offset_seconds,
        counter,
        resync_counter: match cause {
            OathCause::Match | OathCause::CounterAhead => counter.map(|c| c + 1),
            _ => None,
        },
        advice: finding.to_string(),
        finding,
    }
}

/// Searches the counters around the server's (`params.counter`, the next it expects) for an
/// HOTP code, `search` either side; `look_ahead` counters ahead count as a match.
pub fn diagnose_hotp(
    key: &[u8],
    params: &HotpParams,
    code: &Code,
    search: u32,
    look_ahead: u32,
) -> Result<OathDiagnosis> {
    check_window(look_ahead)?;
    let format = CodeFormat::Digits(params.digits);
    check_code(code, format)?;
    if search > MAX_HOTP_SEARCH {
        return Err(Error::InvalidOption(format!(
            "a search of {search} counters is more than {MAX_HOTP_SEARCH}"
        )));
    }
    let base = params.counter;
    let mut found = None;
    'outer: for d in 0..=i64::from(search.max(look_ahead)) {
        // Ahead first: a token pressed without logging in is the common case.
        for o in if d == 0 { vec![0] } else { vec![d, -d] } {
            let Some(c) = base.checked_add_signed(o) else {
                continue;
            };
            if oath_code(key, c, params.algorithm, format) == *code {
                found = Some((c, o));
                break 'outer;
            }
        }
    }
    Ok(match found {
        Some((c, o)) if (0..=i64::from(look_ahead)).contains(&o) => oath_found(
            OathCause::Match,
            None,
            Some(c),
            Diagnosed::HotpMatch {
                counter: c,
                ahead: o,
                server: base,
                look_ahead,
            },
        ),
        Some((c, o)) if o > 0 => oath_found(
            OathCause::CounterAhead,
            None,
            Some(c),
            Diagnosed::HotpAhead {
                counter: c,
                ahead: o,
                server: base,
                look_ahead,
            },
        ),
        Some((c, o)) => oath_found(
            OathCause::CounterBehind,
            None,
            Some(c),
            Diagnosed::HotpBehind {
                counter: c,
                behind: o.unsigned_abs(),
                server: base,
            },
        ),
        None => oath_found(
            OathCause::NoMatch,
            None,
            None,
            Diagnosed::HotpNoMatch {
                search,
                server: base,
            },
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"12345678901234567890";

    fn totp8() -> TotpParams {
        TotpParams {
            digits: 8,
            ..TotpParams::default()
        }
    }

    #[test]
    fn totp_window_in_periods() {
        let c = Code::parse_digits("94287082", 8).unwrap(); // RFC 6238 at T = 59
        let m = verify_totp(KEY, &totp8(), &c, 59, 0).unwrap().unwrap();
        assert_eq!((m.counter, m.offset), (1, 0));
        let m = verify_totp(KEY, &totp8(), &c, 89, 1).unwrap().unwrap();
        assert_eq!(m.offset, -1);
        assert_eq!(verify_totp(KEY, &totp8(), &c, 119, 1).unwrap(), None);
        let d = diagnose_totp(KEY, &totp8(), &c, 59 + 300, 3600, 1).unwrap();
        assert_eq!(
            (d.cause, d.offset_seconds),
            (OathCause::ClockDrift, Some(-300))
        );
        assert!(d.advice.contains("behind"), "{}", d.advice);
        let wrong = Code::parse_digits("12345678", 8).unwrap();
        let d = diagnose_totp(KEY, &totp8(), &wrong, 59, 600, 1).unwrap();
        assert_eq!(d.cause, OathCause::NoMatch);
        // A code of the wrong length is refused, naming the token's digits.
        let six = Code::parse_digits("287082", 6).unwrap();
        assert!(
            verify_totp(KEY, &totp8(), &six, 59, 1)
                .unwrap_err()
                .to_string()
                .contains("8 digits")
        );
    }

    #[test]
    fn hotp_look_ahead_and_resync() {
        let p = HotpParams {
            algorithm: HashAlgorithm::Sha1,
            digits: 6,
            counter: 2,
        };
        // RFC 4226 Appendix D: counter 5 → 254676, counter 1 → 287082.
        let five = Code::parse_digits("254676", 6).unwrap();
        let m = verify_hotp(KEY, &p, &five, 10).unwrap().unwrap();
        assert_eq!((m.counter, m.offset), (5, 3));
        assert_eq!(verify_hotp(KEY, &p, &five, 2).unwrap(), None);
        let d = diagnose_hotp(KEY, &p, &five, 100, 2).unwrap();
        assert_eq!(
            (d.cause, d.counter, d.resync_counter),
            (OathCause::CounterAhead, Some(5), Some(6))
        );
        let one = Code::parse_digits("287082", 6).unwrap();
        let d = diagnose_hotp(KEY, &p, &one, 100, 10).unwrap();
        assert_eq!((d.cause, d.counter), (OathCause::CounterBehind, Some(1)));
        assert!(d.advice.contains("already used"), "{}", d.advice);
    }
}
