//! The server's side of mOTP: accept a code within a window of counters around now.
//!
//! Used by administrators (`motp verify`) and by our own tests as an independent check of the
//! token. Mirrors what real servers do: otpverify.sh and openvpn-otp accept ±3 minutes
//! (±18 steps), privacyIDEA ±20 steps, and all reject a replayed code.

use subtle::{Choice, ConditionallySelectable};

use crate::error::{Error, Result};
use crate::otp::{Code, code};
use crate::pin::Pin;
use crate::secret::Secret;
use crate::time::STEP_SECONDS;

/// Default window: ±18 steps = ±3 minutes, as otpverify.sh and openvpn-otp.
pub const DEFAULT_WINDOW_STEPS: u32 = 18;

/// Largest window we search: ±1 day. Wider windows make codes guessable.
pub const MAX_WINDOW_STEPS: u32 = 8_640;

/// Where in the window a code matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verification {
    /// The counter whose code matched.
    pub counter: u64,
    /// `counter − reference counter`: positive when the token's clock runs ahead.
    pub offset_steps: i64,
}

impl Verification {
    /// The offset in seconds (steps × 10).
    pub fn offset_seconds(&self) -> i64 {
        self.offset_steps * STEP_SECONDS
    }
}

/// The outcome of a verification with replay protection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerifyOutcome {
    /// The code matched a counter newer than the last accepted one. The caller stores
    /// `counter` as its new last accepted counter.
    Accepted(Verification),
    /// The code only matched counters at or below the last accepted one: a replay.
    Replayed(Verification),
    /// No counter in the window matched.
    Rejected,
}

fn check_window(window: u32) -> Result<()> {
    if window > MAX_WINDOW_STEPS {
        return Err(Error::InvalidOption(format!(
            "a window of {window} steps is wider than the {MAX_WINDOW_STEPS} (±1 day) we allow: \
             use a smaller --window"
        )));
    }
    Ok(())
}

/// Offsets in the order a server prefers them: 0, −1, +1, −2, +2, …
fn offsets(window: u32) -> impl Iterator<Item = i64> {
    std::iter::once(0).chain((1..=i64::from(window)).flat_map(|k| [-k, k]))
}

/// Finds the match closest to `at_counter` among counters above `floor` (exclusive, if any),
/// and separately the closest match at or below it. Every counter in the window is computed and
/// compared in constant time, so timing reveals neither whether nor where a code matched.
fn search(
    secret: &Secret,
    pin: &Pin,
    submitted: &Code,
    at_counter: u64,
    window: u32,
    floor: Option<u64>,
) -> (Option<Verification>, Option<Verification>) {
    let mut fresh_found = Choice::from(0);
    let mut fresh = (0u64, 0i64);
    let mut stale_found = Choice::from(0);
    let mut stale = (0u64, 0i64);
    for off in offsets(window) {
        let Some(counter) = at_counter.checked_add_signed(off) else {
            continue;
        };
        let matched = code(secret, pin, counter).ct_eq(submitted);
        let is_stale = Choice::from(u8::from(floor.is_some_and(|f| counter <= f)));
        let take_fresh = matched & !is_stale & !fresh_found;
        let take_stale = matched & is_stale & !stale_found;
        fresh.0.conditional_assign(&counter, take_fresh);
        fresh.1.conditional_assign(&off, take_fresh);
        stale.0.conditional_assign(&counter, take_stale);
        stale.1.conditional_assign(&off, take_stale);
        fresh_found |= take_fresh;
        stale_found |= take_stale;
    }
    let as_ver = |found: Choice, (counter, offset_steps): (u64, i64)| {
        bool::from(found).then_some(Verification {
            counter,
            offset_steps,
        })
    };
    (as_ver(fresh_found, fresh), as_ver(stale_found, stale))
}

/// Accepts `submitted` when it matches any counter in `[at_counter − window, at_counter +
/// window]`, reporting the match closest to `at_counter`.
pub fn verify(
    secret: &Secret,
    pin: &Pin,
    submitted: &Code,
    at_counter: u64,
    window: u32,
) -> Result<Option<Verification>> {
    check_window(window)?;
    Ok(search(secret, pin, submitted, at_counter, window, None).0)
}

/// Verification with replay protection as a pure state transition: the caller keeps the last
/// accepted counter, passes it in, and stores the new one when the outcome is `Accepted`.
pub fn verify_with_replay(
    secret: &Secret,
    pin: &Pin,
    submitted: &Code,
    at_counter: u64,
    window: u32,
    last_accepted: Option<u64>,
) -> Result<VerifyOutcome> {
    check_window(window)?;
    let (fresh, stale) = search(secret, pin, submitted, at_counter, window, last_accepted);
    Ok(match (fresh, stale) {
        (Some(v), _) => VerifyOutcome::Accepted(v),
        (None, Some(v)) => VerifyOutcome::Replayed(v),
        (None, None) => VerifyOutcome::Rejected,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> (Secret, Pin) {
        (Secret::new("0123456789abcdef").unwrap(), Pin::raw("6666"))
    }

    #[test]
    fn accepts_within_window_and_reports_offset() {
        let (s, p) = fixture();
        let now: u64 = 129_612_120;
        for off in [-18i64, -1, 0, 7, 18] {
            let c = code(&s, &p, now.checked_add_signed(off).unwrap());
            let v = verify(&s, &p, &c, now, 18).unwrap().unwrap();
            assert_eq!(v.offset_steps, off);
            assert_eq!(v.offset_seconds(), off * 10);
        }
        let outside = code(&s, &p, now + 19);
        assert_eq!(verify(&s, &p, &outside, now, 18).unwrap(), None);
    }

    #[test]
    fn window_near_zero_does_not_underflow() {
        let (s, p) = fixture();
        let c = code(&s, &p, 0);
        assert_eq!(verify(&s, &p, &c, 2, 18).unwrap().unwrap().offset_steps, -2);
    }

    #[test]
    fn too_wide_window_is_an_error() {
        let (s, p) = fixture();
        let c = code(&s, &p, 0);
        assert!(verify(&s, &p, &c, 100, MAX_WINDOW_STEPS + 1).is_err());
    }

    #[test]
    fn replay_is_rejected() {
        let (s, p) = fixture();
        let now: u64 = 129_612_120;
        let c = code(&s, &p, now);
        let first = verify_with_replay(&s, &p, &c, now, 18, None).unwrap();
        let VerifyOutcome::Accepted(v) = first else {
            panic!("expected accepted, got {first:?}")
        };
        let again = verify_with_replay(&s, &p, &c, now + 1, 18, Some(v.counter)).unwrap();
        assert!(matches!(again, VerifyOutcome::Replayed(_)));
        let next = code(&s, &p, now + 1);
        let ok = verify_with_replay(&s, &p, &next, now + 1, 18, Some(v.counter)).unwrap();
        assert!(matches!(
            ok,
            VerifyOutcome::Accepted(Verification {
                offset_steps: 0,
                ..
            })
        ));
        let wrong = Code::parse("000000").unwrap();
        assert_eq!(
            verify_with_replay(&s, &p, &wrong, now, 18, None).unwrap(),
            VerifyOutcome::Rejected
        );
    }
}
