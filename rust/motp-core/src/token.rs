//! One token, whatever its kind: its code at an instant, a code checked as a server checks it,
//! and a rejected code diagnosed.
//!
//! mOTP, TOTP, HOTP and Steam Guard compute, verify and diagnose in different ways (an MD5 of
//! time, PIN and secret in 10-second steps; HMAC over a time counter in the token's own period;
//! HMAC over a stored counter; TOTP's HMAC written in Steam's alphabet). The kind is matched here, once, so the command line, the app core and the
//! vault ask a [`Token`] and never branch on the kind to compute, check or explain a code: a
//! new kind is added in this file and the results it returns, not in every caller.

use crate::diagnose::{DEFAULT_SPAN_SECONDS, DiagnoseOptions, Diagnosis};
use crate::error::{Error, Result};
use crate::finding::Diagnosed;
use crate::kind::{CodeFormat, OtpKind, STEAM_TIMING};
use crate::oath;
use crate::oath_check::{
    self, DEFAULT_HOTP_LOOK_AHEAD, DEFAULT_HOTP_SEARCH, DEFAULT_TOTP_WINDOW, OathDiagnosis,
    OathMatch,
};
use crate::otp::Code;
use crate::pin::Pin;
use crate::secret::Secret;
use crate::time::{ClockCorrection, Countdown};
use crate::verify::{DEFAULT_WINDOW_STEPS, Verification};

/// A token as the tools see it: its kind with the kind's parameters, its secret, and the PIN an
/// mOTP code is made with (ignored by TOTP and HOTP).
#[derive(Debug, Clone, Copy)]
pub struct Token<'a> {
    /// mOTP, TOTP, HOTP or Steam, with the parameters (for HOTP, the counter of the next code).
    pub kind: &'a OtpKind,
    /// The secret (mOTP's hex text, or an OATH token's Base32).
    pub secret: &'a Secret,
    /// mOTP's PIN; an mOTP token without one has no code.
    pub pin: Option<&'a Pin>,
}

/// A code and where it sits in time.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeAt {
    /// The code.
    pub code: Code,
    /// Its counter: the 10-second step (mOTP), the period since T0 (TOTP, Steam), or the HOTP
    /// counter.
    pub counter: u64,
    /// The step it belongs to and the time left in it; `None` for HOTP, whose codes are not made
    /// by time.
    pub countdown: Option<Countdown>,
}

/// A code checked as a server checks it: which window was searched, and the match if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// mOTP: ±`window_steps` 10-second steps around the server's time.
    Motp {
        /// Steps searched either side.
        window_steps: u32,
        /// The matching step, if any.
        matched: Option<Verification>,
    },
    /// TOTP: ±`window_periods` periods around the server's time.
    Totp {
        /// Periods searched either side.
        window_periods: u32,
        /// The token's period.
        period_seconds: u32,
        /// The matching period (its counter and offset in periods), if any.
        matched: Option<OathMatch>,
    },
    /// HOTP: the server's counter and `look_ahead` counters after it.
    Hotp {
        /// The server's counter (the next code it expects).
        first_counter: u64,
        /// Counters searched after it.
        look_ahead: u32,
        /// The matching counter, if any (the server then stores it + 1).
        matched: Option<OathMatch>,
    },
}

impl Verdict {
    /// Whether the server would accept the code.
    pub fn accepted(&self) -> bool {
        match self {
            Verdict::Motp { matched, .. } => matched.is_some(),
            Verdict::Totp { matched, .. } | Verdict::Hotp { matched, .. } => matched.is_some(),
        }
    }
}

/// Why a code was rejected, in the form of the token's family: mOTP's diagnosis (clock, secret
/// case) or an OATH token's (clock, counter).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenDiagnosis {
    /// An mOTP code.
    Motp(Diagnosis),
    /// A TOTP, HOTP or Steam code.
    Oath(OathDiagnosis),
}

impl TokenDiagnosis {
    /// Stable machine-readable name of the cause (`match`, `clock_drift`, …).
    pub fn cause(&self) -> &'static str {
        match self {
            TokenDiagnosis::Motp(d) => d.cause.as_str(),
            TokenDiagnosis::Oath(d) => d.cause.as_str(),
        }
    }

    /// What to do, in plain English.
    pub fn advice(&self) -> &str {
        match self {
            TokenDiagnosis::Motp(d) => &d.advice,
            TokenDiagnosis::Oath(d) => &d.advice,
        }
    }

    /// What was found, as data (the advice's source; motp-text words it in other languages).
    pub fn finding(&self) -> &Diagnosed {
        match self {
            TokenDiagnosis::Motp(d) => &d.finding,
            TokenDiagnosis::Oath(d) => &d.finding,
        }
    }
}

impl Token<'_> {
    fn pin(&self) -> Result<&Pin> {
        self.pin.ok_or(Error::PinRequired)
    }

    /// Reads a typed code as this kind's codes are written: 6 hex characters for mOTP, the
    /// token's number of digits for TOTP and HOTP, 5 characters of Steam's alphabet for Steam.
    pub fn parse_code(&self, text: &str) -> Result<Code> {
        match self.kind {
            OtpKind::Motp => Code::parse(text),
            OtpKind::Totp(p) => Code::parse_digits(text, p.digits),
            OtpKind::Hotp(p) => Code::parse_digits(text, p.digits),
            OtpKind::Steam => Code::parse_steam(text),
        }
    }

    /// The code at `unix_ms` (device time, `correction` applied; `tolerance_seconds` is how
    /// long before a step's end the countdown says "use the next one"). HOTP: the code of the
    /// stored counter, with no countdown; moving the counter is the caller's (a vault saves it
    /// first, [`crate::vault::Vault::next_hotp_code`]).
    pub fn code_at(
        &self,
        unix_ms: i64,
        correction: ClockCorrection,
        tolerance_seconds: u32,
    ) -> Result<CodeAt> {
        match self.kind {
            OtpKind::Motp => {
                let countdown = Countdown::at(unix_ms, correction, tolerance_seconds)?;
                Ok(CodeAt {
                    code: crate::otp::code(self.secret, self.pin()?, countdown.counter),
                    counter: countdown.counter,
                    countdown: Some(countdown),
                })
            }
            OtpKind::Totp(p) => {
                let countdown = Countdown::for_period(
                    unix_ms,
                    correction,
                    tolerance_seconds,
                    p.period_seconds,
                    p.t0_seconds,
                )?;
                let key = oath::key_bytes(self.secret)?;
                Ok(CodeAt {
                    code: oath::hotp(&key, countdown.counter, p.algorithm, p.digits),
                    counter: countdown.counter,
                    countdown: Some(countdown),
                })
            }
            OtpKind::Hotp(p) => {
                let key = oath::key_bytes(self.secret)?;
                Ok(CodeAt {
                    code: oath::hotp(&key, p.counter, p.algorithm, p.digits),
                    counter: p.counter,
                    countdown: None,
                })
            }
            OtpKind::Steam => {
                let p = STEAM_TIMING;
                let countdown = Countdown::for_period(
                    unix_ms,
                    correction,
                    tolerance_seconds,
                    p.period_seconds,
                    p.t0_seconds,
                )?;
                let key = oath::key_bytes(self.secret)?;
                Ok(CodeAt {
                    code: oath::steam(&key, countdown.counter),
                    counter: countdown.counter,
                    countdown: Some(countdown),
                })
            }
        }
    }

    /// Whether a code is made by time (mOTP, TOTP, Steam), so it changes by itself and counts
    /// down.
    pub fn counts_down(&self) -> bool {
        !matches!(self.kind, OtpKind::Hotp(_))
    }

    /// Checks `code` as a server would at `at_ms` (the server's time). `window`: mOTP steps
    /// either side (default ±18 = ±3 min), TOTP periods either side (default 1), HOTP counters
    /// ahead of the stored one (default 10).
    pub fn verify(&self, code: &Code, at_ms: i64, window: Option<u32>) -> Result<Verdict> {
        match self.kind {
            OtpKind::Motp => {
                let window_steps = window.unwrap_or(DEFAULT_WINDOW_STEPS);
                let counter = crate::time::counter_at_ms(at_ms)?;
                let matched =
                    crate::verify::verify(self.secret, self.pin()?, code, counter, window_steps)?;
                Ok(Verdict::Motp {
                    window_steps,
                    matched,
                })
            }
            OtpKind::Totp(p) => {
                let window_periods = window.unwrap_or(DEFAULT_TOTP_WINDOW);
                let key = oath::key_bytes(self.secret)?;
                let matched =
                    oath_check::verify_totp(&key, p, code, at_ms.div_euclid(1000), window_periods)?;
                Ok(Verdict::Totp {
                    window_periods,
                    period_seconds: p.period_seconds,
                    matched,
                })
            }
            OtpKind::Steam => {
                let window_periods = window.unwrap_or(DEFAULT_TOTP_WINDOW);
                let key = oath::key_bytes(self.secret)?;
                let matched = oath_check::verify_time_based(
                    &key,
                    &STEAM_TIMING,
                    CodeFormat::Steam,
                    code,
                    at_ms.div_euclid(1000),
                    window_periods,
                )?;
                Ok(Verdict::Totp {
                    window_periods,
                    period_seconds: STEAM_TIMING.period_seconds,
                    matched,
                })
            }
            OtpKind::Hotp(p) => {
                let look_ahead = window.unwrap_or(DEFAULT_HOTP_LOOK_AHEAD);
                let key = oath::key_bytes(self.secret)?;
                let matched = oath_check::verify_hotp(&key, p, code, look_ahead)?;
                Ok(Verdict::Hotp {
                    first_counter: p.counter,
                    look_ahead,
                    matched,
                })
            }
        }
    }

    /// Why `code` was rejected at `at_ms` (the server's time): searches `span_seconds` either
    /// side (default 1 h; HOTP searches 1,000 counters either side instead), counting `window`
    /// as the server's (see [`Token::verify`]).
    pub fn diagnose(
        &self,
        code: &Code,
        at_ms: i64,
        window: Option<u32>,
        span_seconds: Option<u32>,
    ) -> Result<TokenDiagnosis> {
        match self.kind {
            OtpKind::Motp => {
                let mut options = DiagnoseOptions {
                    window_steps: window.unwrap_or(DEFAULT_WINDOW_STEPS),
                    ..DiagnoseOptions::default()
                };
                if let Some(span) = span_seconds {
                    options.span_seconds = span;
                }
                let counter = crate::time::counter_at_ms(at_ms)?;
                crate::diagnose::diagnose(self.secret, self.pin()?, code, counter, options)
                    .map(TokenDiagnosis::Motp)
            }
            OtpKind::Totp(p) => {
                let key = oath::key_bytes(self.secret)?;
                oath_check::diagnose_totp(
                    &key,
                    p,
                    code,
                    at_ms.div_euclid(1000),
                    span_seconds.unwrap_or(DEFAULT_SPAN_SECONDS),
                    window.unwrap_or(DEFAULT_TOTP_WINDOW),
                )
                .map(TokenDiagnosis::Oath)
            }
            OtpKind::Steam => {
                let key = oath::key_bytes(self.secret)?;
                oath_check::diagnose_time_based(
                    &key,
                    &STEAM_TIMING,
                    CodeFormat::Steam,
                    code,
                    at_ms.div_euclid(1000),
                    span_seconds.unwrap_or(DEFAULT_SPAN_SECONDS),
                    window.unwrap_or(DEFAULT_TOTP_WINDOW),
                )
                .map(TokenDiagnosis::Oath)
            }
            OtpKind::Hotp(p) => {
                let key = oath::key_bytes(self.secret)?;
                oath_check::diagnose_hotp(
                    &key,
                    p,
                    code,
                    DEFAULT_HOTP_SEARCH,
                    window.unwrap_or(DEFAULT_HOTP_LOOK_AHEAD),
                )
                .map(TokenDiagnosis::Oath)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::{HashAlgorithm, HotpParams, TotpParams};

    // RFC 4226 Appendix D's and RFC 6238 Appendix B's SHA-1 key "12345678901234567890".
    fn rfc_secret() -> Secret {
        oath::secret_from_key(b"12345678901234567890").unwrap()
    }

    #[test]
    fn each_kind_computes_verifies_and_diagnoses_through_one_token() {
        // privacyIDEA's published mOTP vector: 0123456789abcdef, PIN 6666, t = 1296121200.
        let secret = Secret::new("0123456789abcdef").unwrap();
        let pin = Pin::raw("6666");
        let motp = Token {
            kind: &OtpKind::Motp,
            secret: &secret,
            pin: Some(&pin),
        };
        let at = 1_296_121_200_000;
        let c = motp.code_at(at, ClockCorrection(0), 0).unwrap();
        assert_eq!(c.code.as_str(), "6ed4e4");
        assert_eq!(c.counter, 129_612_120);
        let v = motp
            .verify(&motp.parse_code("6ed4e4").unwrap(), at, None)
            .unwrap();
        assert!(v.accepted());
        assert_eq!(
            Token { pin: None, ..motp }.code_at(at, ClockCorrection(0), 0),
            Err(Error::PinRequired)
        );

        // RFC 6238 at 59 s, 8 digits: 94287082.
        let totp_kind = OtpKind::Totp(TotpParams {
            digits: 8,
            ..TotpParams::default()
        });
        let s = rfc_secret();
        let totp = Token {
            kind: &totp_kind,
            secret: &s,
            pin: None,
        };
        let c = totp.code_at(59_000, ClockCorrection(0), 0).unwrap();
        assert_eq!((c.code.as_str(), c.counter), ("94287082", 1));
        assert!(totp.counts_down());
        let code = totp.parse_code("94287082").unwrap();
        // 90 s later the server's window of 1 period no longer reaches it; the diagnosis does.
        assert!(!totp.verify(&code, 149_000, None).unwrap().accepted());
        let d = totp.diagnose(&code, 149_000, None, None).unwrap();
        assert_eq!(d.cause(), "clock_drift");

        // RFC 4226 counter 5: 254676; the server at counter 2 accepts it 3 ahead.
        let hotp_kind = OtpKind::Hotp(HotpParams {
            algorithm: HashAlgorithm::Sha1,
            digits: 6,
            counter: 2,
        });
        let hotp = Token {
            kind: &hotp_kind,
            secret: &s,
            pin: None,
        };
        assert!(!hotp.counts_down());
        let c = hotp.code_at(0, ClockCorrection(0), 0).unwrap();
        assert_eq!(
            (c.code.as_str(), c.counter, c.countdown),
            ("359152", 2, None)
        );
        let v = hotp
            .verify(&hotp.parse_code("254676").unwrap(), 0, None)
            .unwrap();
        assert_eq!(
            v,
            Verdict::Hotp {
                first_counter: 2,
                look_ahead: 10,
                matched: Some(OathMatch {
                    counter: 5,
                    offset: 3
                })
            }
        );
        assert!(
            hotp.parse_code("6ed4e4").is_err(),
            "an mOTP code is no HOTP code"
        );
    }
}
