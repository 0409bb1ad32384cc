//! The troubleshooting tools' findings as data: what a diagnosis or a doctor step found and
//! what to do about it, with the numbers and names that make it specific.
//!
//! The engine speaks English (the CLI prints it), but the phone apps speak the user's
//! language. So every sentence the diagnosis and the doctor give is one value here first, and
//! the English text is only its `Display`: the CLI prints that, and an app renders the same
//! value from its own catalog (motp-app's `doctor_text.rs`). Both come from one value, so the
//! English and a translation cannot disagree about a number, a case or a name.

use std::fmt;

use crate::clock::{ClockCheck, ClockVerdict};
use crate::error::Error;
use crate::kind::{HashAlgorithm, HotpParams, TotpParams};
use crate::secret::SecretWarning;
use crate::secret_check::{CheckCode, CheckCodeMatch};
use crate::time::{ClockCorrection, human_duration};

/// Which form of the secret produced the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretVariant {
    /// Exactly as entered.
    AsEntered,
    /// All letters lowercased.
    Lowercase,
    /// All letters uppercased.
    Uppercase,
}

impl SecretVariant {
    /// Stable machine-readable name (JSON, FFI).
    pub fn as_str(self) -> &'static str {
        match self {
            SecretVariant::AsEntered => "as_entered",
            SecretVariant::Lowercase => "lowercase",
            SecretVariant::Uppercase => "uppercase",
        }
    }
}

/// Which of the guide's causes a step checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StepId {
    /// 1. Clocks out of sync.
    Clock,
    /// 2. The secret differs between token and server.
    Secret,
    /// 3. Wrong PIN or username.
    Pin,
    /// 4. Code mistyped or expired.
    Code,
}

impl StepId {
    /// Stable machine-readable name (JSON, FFI): `clock`, `secret`, `pin`, `code`.
    pub fn as_str(self) -> &'static str {
        match self {
            StepId::Clock => "clock",
            StepId::Secret => "secret",
            StepId::Pin => "pin",
            StepId::Code => "code",
        }
    }
}

/// What a diagnosis of one code found (the structured form of `Diagnosis::advice` and
/// `OathDiagnosis::advice`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Diagnosed {
    /// mOTP: the code is right, `offset_seconds` from the reference time (positive: made for a
    /// later time), inside the server's window.
    Match {
        /// Seconds from the reference time; 0 when made for it.
        offset_seconds: i64,
    },
    /// mOTP: the code is right for a time outside the server's window.
    ClockDrift {
        /// Seconds from the reference time (positive: the token's clock is ahead).
        offset_seconds: i64,
    },
    /// mOTP: the code was made with the secret in the other letter case.
    SecretCase {
        /// The case that matched (`Lowercase` or `Uppercase`).
        variant: SecretVariant,
        /// When the code was also made outside the window: its offset in seconds.
        clock_off_seconds: Option<i64>,
    },
    /// mOTP: nothing within the span gives the code.
    NoMatch {
        /// Seconds searched either side.
        span_seconds: u32,
    },
    /// TOTP: the code is right, `periods` periods from the reference time, inside the window.
    TotpMatch {
        /// Periods from the reference time (positive: after); 0 when made for it.
        periods: i64,
        /// The token's period in seconds.
        period_seconds: i64,
        /// The server's window, in periods either side.
        window: u32,
    },
    /// TOTP: the code is right for a time outside the server's window.
    TotpClockDrift {
        /// Seconds from the reference time (positive: the device's clock is ahead).
        offset_seconds: i64,
        /// The server's window, in periods either side.
        window: u32,
        /// The token's period in seconds.
        period_seconds: i64,
    },
    /// TOTP: nothing within the span matches.
    TotpNoMatch {
        /// Seconds searched either side.
        span_seconds: u32,
    },
    /// HOTP: the code of `counter`, `ahead` counters after the server's, inside its look-ahead.
    HotpMatch {
        /// The code's counter.
        counter: u64,
        /// How far ahead of the server's counter.
        ahead: i64,
        /// The server's counter (the next it expects).
        server: u64,
        /// The server's look-ahead.
        look_ahead: u32,
    },
    /// HOTP: the code is further ahead than the server looks: resynchronise it.
    HotpAhead {
        /// The code's counter.
        counter: u64,
        /// How far ahead of the server's counter.
        ahead: i64,
        /// The server's counter.
        server: u64,
        /// The server's look-ahead.
        look_ahead: u32,
    },
    /// HOTP: the code is behind the server's counter: already used, or the token was reset.
    HotpBehind {
        /// The code's counter.
        counter: u64,
        /// How far behind the server's counter.
        behind: u64,
        /// The server's counter.
        server: u64,
    },
    /// HOTP: nothing within the search matches.
    HotpNoMatch {
        /// Counters searched either side.
        search: u32,
        /// The server's counter.
        server: u64,
    },
}

fn ahead_of_behind(seconds: i64) -> &'static str {
    if seconds > 0 { "ahead of" } else { "behind" }
}

impl fmt::Display for Diagnosed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Diagnosed::Match { offset_seconds } => {
                f.write_str("The code is right for this secret and PIN")?;
                if offset_seconds != 0 {
                    write!(
                        f,
                        " (made for a time {} {} this clock, within the server's window)",
                        human_duration(offset_seconds.unsigned_abs()),
                        ahead_of_behind(offset_seconds)
                    )?;
                }
                f.write_str(
                    ". If the server still rejects it, check the username (it is case-sensitive), \
                     that the code was not used before, and that the account is not locked after \
                     failed attempts.",
                )
            }
            Diagnosed::ClockDrift { offset_seconds } => write!(
                f,
                "The code is right for a time {d} {ab} this clock: the token's clock is {d} \
                 {ahead}. Set the phone's date and time to automatic (network time) and check \
                 the router's NTP settings, or apply a clock correction of {corr:+} s on the \
                 token.",
                d = human_duration(offset_seconds.unsigned_abs()),
                ab = ahead_of_behind(offset_seconds),
                ahead = if offset_seconds > 0 {
                    "ahead"
                } else {
                    "behind"
                },
                corr = -offset_seconds,
            ),
            Diagnosed::SecretCase {
                variant,
                clock_off_seconds,
            } => {
                let case = case_word(variant);
                write!(
                    f,
                    "The code was made with the secret written in {case}. mOTP is \
                     case-sensitive: enter the secret in {case} on the token, or change the \
                     server's copy, so that both match letter for letter."
                )?;
                if let Some(off) = clock_off_seconds {
                    write!(
                        f,
                        " Its clock is also {} {}: set the date and time to automatic.",
                        human_duration(off.unsigned_abs()),
                        ahead_of_behind(off)
                    )?;
                }
                Ok(())
            }
            Diagnosed::NoMatch { span_seconds } => write!(
                f,
                "No time within ±{} gives this code: the secret or PIN differ, or the code was \
                 mistyped. Compare the secret's check code with the administrator's, re-type the \
                 PIN, and type the code again (6 characters, 0-9 and a-f).",
                human_duration(span_seconds.into())
            ),
            Diagnosed::TotpMatch {
                periods,
                period_seconds,
                window,
            } => {
                if periods == 0 {
                    f.write_str(
                        "The code is right for this time: the secret and the parameters match.",
                    )
                } else {
                    write!(
                        f,
                        "The code is right, {} ({} s) {} the reference time, inside the \
                         server's window of ±{}.",
                        count_periods(periods.unsigned_abs()),
                        periods.abs() * period_seconds,
                        if periods > 0 { "after" } else { "before" },
                        count_periods(window.into())
                    )
                }
            }
            Diagnosed::TotpClockDrift {
                offset_seconds: s,
                window,
                period_seconds: period,
            } => write!(
                f,
                "The code was made for a time {} {} the reference time: the clock of the device \
                 that made it is {} by about that much, more than the server's ±{} s (±{} of \
                 {period} s). Set the device clock from the network (or store a clock \
                 correction), then use a fresh code. TOTP tolerates far less than mOTP's ±3 \
                 minutes.",
                human_duration(s.unsigned_abs()),
                if s > 0 { "after" } else { "before" },
                if s > 0 { "ahead" } else { "behind" },
                i64::from(window) * period,
                count_periods(window.into()),
            ),
            Diagnosed::TotpNoMatch { span_seconds } => write!(
                f,
                "No code within ±{} matches: the secret or the parameters (algorithm, digits, \
                 period) differ from the server's, or the code was mistyped. Compare the secret \
                 and run the doctor, which tries the common alternatives.",
                human_duration(u64::from(span_seconds))
            ),
            Diagnosed::HotpMatch {
                counter,
                ahead,
                server,
                look_ahead,
            } => write!(
                f,
                "The code is right: it is the code of counter {counter}, {ahead} ahead of the \
                 server's {server}, inside its look-ahead of {look_ahead}. The server then \
                 expects {}.",
                counter.saturating_add(1)
            ),
            Diagnosed::HotpAhead {
                counter,
                ahead,
                server,
                look_ahead,
            } => write!(
                f,
                "The code is of counter {counter}, {ahead} ahead of the server's {server}: more \
                 than its look-ahead of {look_ahead} (the token was pressed many times without \
                 logging in). Resynchronise the server: set its counter to {} (most servers do \
                 this from two consecutive codes).",
                counter.saturating_add(1)
            ),
            Diagnosed::HotpBehind {
                counter,
                behind,
                server,
            } => write!(
                f,
                "The code is of counter {counter}, {behind} behind the server's {server}: it was \
                 already used (servers accept each code once), or the token was reset. Take the \
                 token's next code; if it stays behind, set the token's counter to {server} or \
                 re-enrol it."
            ),
            Diagnosed::HotpNoMatch { search, server } => write!(
                f,
                "No code within {search} counter{} of the server's {server} matches: the secret \
                 or the parameters (algorithm, digits) differ, or the code was mistyped. Compare \
                 the secret and run the doctor, which tries the common alternatives.",
                if search == 1 { "" } else { "s" }
            ),
        }
    }
}

/// "1 period", "2 periods".
fn count_periods(n: u64) -> String {
    if n == 1 {
        "1 period".to_owned()
    } else {
        format!("{n} periods")
    }
}

/// "uppercase" for [`SecretVariant::Uppercase`], "lowercase" otherwise.
fn case_word(variant: SecretVariant) -> &'static str {
    match variant {
        SecretVariant::Uppercase => "uppercase",
        _ => "lowercase",
    }
}

/// TOTP/HOTP parameters other than the token's that produce the code to diagnose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alternative {
    /// TOTP: the parameters that match, and the token's.
    Totp {
        /// The parameters that produce the code.
        matches: TotpParams,
        /// The token's.
        token: TotpParams,
    },
    /// HOTP: the algorithm and digits that match, and the token's.
    Hotp {
        /// The algorithm that produces the code.
        algorithm: HashAlgorithm,
        /// The digits that produce the code.
        digits: u8,
        /// The token's.
        token: HotpParams,
    },
}

impl fmt::Display for Alternative {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Alternative::Totp { matches: m, token } => write!(
                f,
                "{}, {} digits, a {} s period (the token has {}, {} digits, {} s)",
                m.algorithm,
                m.digits,
                m.period_seconds,
                token.algorithm,
                token.digits,
                token.period_seconds
            ),
            Alternative::Hotp {
                algorithm,
                digits,
                token,
            } => write!(
                f,
                "{algorithm}, {digits} digits (the token has {}, {} digits)",
                token.algorithm, token.digits
            ),
        }
    }
}

/// One thing a doctor step found: a sentence of [`crate::doctor::Step::message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// The clock check did not run.
    ClockNotChecked,
    /// The clock check failed with this error.
    ClockCheckFailed(Error),
    /// The clock check's measurement (its one-line summary).
    ClockMeasured(ClockCheck),
    /// With the token's stored correction, its codes are made `residual_ms` off.
    ClockCorrected {
        /// The stored correction, in seconds.
        correction_seconds: i64,
        /// The offset left after it (positive: behind true time).
        residual_ms: i64,
    },
    /// mOTP: the code to diagnose was made outside the server's window.
    CodeOutsideWindow {
        /// Seconds from the reference time (positive: after).
        offset_seconds: i64,
    },
    /// HOTP: the clock does not matter.
    HotpNoClock,
    /// TOTP: the code to diagnose was made this far off.
    TotpCodeOff {
        /// Seconds from the reference time (sign not shown).
        offset_seconds: i64,
    },
    /// TOTP: how much a server tolerates, compared with mOTP.
    TotpTolerance {
        /// The tolerance in seconds either side.
        tolerance_seconds: i64,
        /// The window in periods.
        window: u32,
        /// The period in seconds.
        period_seconds: u32,
    },
    /// The administrator's check code compared with the token's.
    CheckCodes {
        /// The token's check code.
        token: CheckCode,
        /// The server's (the administrator's).
        server: CheckCode,
        /// How they relate.
        result: CheckCodeMatch,
    },
    /// mOTP: the code to diagnose was made with the secret in the other letter case.
    CodeFromOtherCase {
        /// The case that made it.
        variant: SecretVariant,
        /// The token's check code.
        check_code: CheckCode,
    },
    /// The secret made the code to diagnose.
    SecretProven {
        /// The token's check code.
        check_code: CheckCode,
    },
    /// mOTP: a normal-looking secret.
    SecretNormal {
        /// Its length in characters.
        length: usize,
        /// Its check code.
        check_code: CheckCode,
    },
    /// mOTP: the secret has format warnings.
    SecretUnusual {
        /// Its check code.
        check_code: CheckCode,
        /// What is unusual.
        warnings: Vec<SecretWarning>,
    },
    /// TOTP/HOTP: a key shorter than RFC 4226's 128 bits.
    KeyShort {
        /// The key's length in bits.
        bits: usize,
        /// Its check code.
        check_code: CheckCode,
    },
    /// TOTP/HOTP: a key of a normal length.
    KeyOk {
        /// The key's length in bits.
        bits: usize,
        /// Its check code.
        check_code: CheckCode,
    },
    /// The typo guard says the typed PIN is not the token's.
    PinMismatch,
    /// The typed PIN passes the typo guard.
    PinMatches,
    /// The token has a typo guard but no PIN was typed.
    PinNotTyped,
    /// The PIN made the code to diagnose.
    PinProven,
    /// Nothing can check the PIN (no typo guard).
    PinUncheckable,
    /// TOTP/HOTP have no PIN.
    NoPinForKind,
    /// No username is saved.
    UsernameMissing,
    /// The username has spaces around it.
    UsernameSpaces {
        /// The username as saved.
        account: String,
    },
    /// The username, to be typed exactly.
    UsernameExact {
        /// The username.
        account: String,
    },
    /// No code was given.
    NoCode,
    /// The code could not be diagnosed.
    CodeNotDiagnosed,
    /// The diagnosis of the code.
    CodeDiagnosed(Diagnosed),
    /// The code was right; it failed for the clock or the secret.
    CodeFailedForCauseAbove,
    /// TOTP/HOTP: the code matches other parameters.
    ParametersDiffer(Alternative),
    /// TOTP/HOTP: the code has another number of digits than the token's codes.
    DigitsDiffer {
        /// The code's digits.
        code_digits: usize,
        /// The token's.
        token_digits: u8,
    },
    /// TOTP: the code was shown before the token's start time T0, when the token has no codes
    /// at all: its T0 is wrong.
    BeforeStart {
        /// When the code was shown, Unix seconds.
        at_unix_seconds: i64,
        /// The token's T0, Unix seconds.
        t0_seconds: i64,
    },
}

/// "5 min after the reference time", "at the reference time".
fn offset_words(seconds: i64) -> String {
    let d = human_duration(seconds.unsigned_abs());
    match seconds {
        0 => "at the reference time".to_owned(),
        s if s > 0 => format!("{d} after the reference time"),
        _ => format!("{d} before the reference time"),
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Finding::ClockNotChecked => f.write_str("The device clock was not checked."),
            Finding::ClockCheckFailed(e) => write!(f, "The clock could not be checked: {e}."),
            Finding::ClockMeasured(c) => f.write_str(&c.summary()),
            Finding::ClockCorrected {
                correction_seconds,
                residual_ms,
            } => write!(
                f,
                "With the token's clock correction of {correction_seconds:+} s its codes are \
                 made {}.",
                crate::clock::assess::describe_offset(*residual_ms)
            ),
            Finding::CodeOutsideWindow { offset_seconds } => write!(
                f,
                "The code to diagnose was made for a time {}: the clock of the device that made \
                 it is off by more than the server's window.",
                offset_words(*offset_seconds)
            ),
            Finding::HotpNoClock => f.write_str(
                "HOTP codes follow a counter, not the clock: the device clock does not matter.",
            ),
            Finding::TotpCodeOff { offset_seconds } => write!(
                f,
                "The code to diagnose was made for a time {} off.",
                human_duration(offset_seconds.unsigned_abs())
            ),
            Finding::TotpTolerance {
                tolerance_seconds,
                window,
                period_seconds,
            } => write!(
                f,
                "A TOTP server accepts codes about ±{tolerance_seconds} s (±{} of \
                 {period_seconds} s) — much less than mOTP's ±3 minutes, so a clock fine for \
                 mOTP can fail TOTP.",
                count_periods((*window).into())
            ),
            Finding::CheckCodes {
                token,
                server,
                result,
            } => write!(
                f,
                "The token's check code is {token}, the server's is {server}: {}.",
                match result {
                    CheckCodeMatch::Exact => "the same secret",
                    CheckCodeMatch::Lowercase => "the server has this secret in lowercase",
                    CheckCodeMatch::Uppercase => "the server has this secret in uppercase",
                    CheckCodeMatch::Different => "the secrets differ",
                }
            ),
            Finding::CodeFromOtherCase {
                variant,
                check_code,
            } => write!(
                f,
                "The code to diagnose was made with this secret written in {}: the token and \
                 the other side differ in letter case (check code here {check_code}).",
                case_word(*variant)
            ),
            Finding::SecretProven { check_code } => write!(
                f,
                "The secret produced the code to diagnose, so it is right (check code \
                 {check_code})."
            ),
            Finding::SecretNormal { length, check_code } => write!(
                f,
                "The secret looks like a normal mOTP secret ({length} hex characters); its check \
                 code is {check_code}."
            ),
            Finding::SecretUnusual {
                check_code,
                warnings,
            } => {
                let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
                write!(
                    f,
                    "The secret (check code {check_code}) is unusual: {}.",
                    warnings.join("; ")
                )
            }
            Finding::KeyShort { bits, check_code } => write!(
                f,
                "The key is only {bits} bits (RFC 4226 asks for at least 128): a character may \
                 be missing, or the service uses a weak key. Check code {check_code}."
            ),
            Finding::KeyOk { bits, check_code } => write!(
                f,
                "The secret is a {bits}-bit key in Base32; its check code is {check_code}."
            ),
            Finding::PinMismatch => f.write_str(
                "The PIN typed is not the one this token was set up with (the PIN typo guard \
                 caught it); a wrong PIN gives no error, just codes the server rejects.",
            ),
            Finding::PinMatches => f.write_str("The PIN typed passes the typo guard."),
            Finding::PinNotTyped => f.write_str(
                "No PIN was typed, so the token's typo guard could not check it; a wrong PIN \
                 gives no error, just codes the server rejects.",
            ),
            Finding::PinProven => {
                f.write_str("The PIN produced the code to diagnose, so it is right.")
            }
            Finding::PinUncheckable => f.write_str(
                "The PIN cannot be checked here (this token has no PIN typo guard); a wrong PIN \
                 gives no error, just codes the server rejects.",
            ),
            Finding::NoPinForKind => f.write_str(
                "TOTP and HOTP tokens have no PIN: the code alone is the second factor.",
            ),
            Finding::UsernameMissing => f.write_str("No username is saved with this token."),
            Finding::UsernameSpaces { account } => write!(
                f,
                "The username \"{account}\" has spaces at its start or end, which a VPN server \
                 does not ignore."
            ),
            Finding::UsernameExact { account } => write!(
                f,
                "Log in as \"{account}\" exactly: usernames are case-sensitive."
            ),
            Finding::NoCode => f.write_str("No code was given to diagnose."),
            Finding::CodeNotDiagnosed => f.write_str("The code could not be diagnosed."),
            Finding::CodeDiagnosed(d) => d.fmt(f),
            Finding::CodeFailedForCauseAbove => f.write_str(
                "The code itself was typed correctly; it failed for the cause found above.",
            ),
            Finding::ParametersDiffer(alt) => write!(
                f,
                "The code does not match the token's parameters, but it matches {alt}: the \
                 token was set up with other parameters than the server's."
            ),
            Finding::DigitsDiffer {
                code_digits,
                token_digits,
            } => write!(
                f,
                "The code has {code_digits} digits, the token's codes {token_digits}: the \
                 digits setting differs from the server's."
            ),
            Finding::BeforeStart {
                at_unix_seconds,
                t0_seconds,
            } => write!(
                f,
                "The code was shown at {at_unix_seconds} s, before the token's start time T0 = \
                 {t0_seconds} s, when the token has no codes at all: its T0 is wrong (services \
                 almost always use 0)."
            ),
        }
    }
}

/// One thing to do: a sentence of [`crate::doctor::Step::fix`] or the verdict's fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fix {
    /// mOTP: run the clock check (and why).
    RunClockCheck,
    /// mOTP: retry the clock check, or compare by hand.
    RetryClockCheck,
    /// TOTP: run the clock check.
    RunClockCheckBriefly,
    /// TOTP: retry the clock check.
    RetryClockCheckBriefly,
    /// mOTP: the clock check's advice for the offset left after the stored correction.
    ClockAdvice {
        /// The offset left (positive: behind true time).
        offset_ms: i64,
        /// The server's window in seconds.
        window_seconds: u32,
        /// The correction to store, in seconds.
        correction_seconds: i64,
    },
    /// TOTP: set the clock or store the correction.
    TotpClock {
        /// The correction to store, in seconds.
        correction_seconds: i64,
        /// The tolerance in seconds either side.
        tolerance_seconds: i64,
    },
    /// What the diagnosis of the code says to do.
    Diagnosed(Diagnosed),
    /// mOTP: what to do about the check codes' relation.
    CheckCodeAdvice(CheckCodeMatch),
    /// mOTP: compare check codes with the administrator.
    CompareCheckCodes {
        /// The token's check code.
        check_code: CheckCode,
    },
    /// TOTP/HOTP: re-enter the secret (Base32 reading slips).
    ReenterBase32,
    /// TOTP/HOTP: compare the secret with the enrolment page.
    CompareWithEnrolment,
    /// TOTP/HOTP: compare check codes if codes fail.
    CompareBase32CheckCodes {
        /// The token's check code.
        check_code: CheckCode,
    },
    /// Type the PIN again; set the server's new PIN on the token.
    TypePinAgain,
    /// Type the PIN so the typo guard can check it.
    TypePinForGuard,
    /// Save the username with the token.
    SaveUsername,
    /// Log in without the spaces, and correct the name.
    UsernameWithoutSpaces {
        /// The username without them.
        trimmed: String,
    },
    /// mOTP: how to type a code.
    TypeCodeCarefully,
    /// mOTP: diagnose a rejected code with its time.
    DiagnoseRejectedCode,
    /// TOTP/HOTP: give the enrolment page's code to diagnose.
    GiveEnrolmentCode,
    /// TOTP/HOTP: add the token again with the parameters that match.
    AddAgainWith(Alternative),
    /// TOTP/HOTP: add the token again from the service's QR code or link.
    AddAgainFromLink,
    /// Nothing found: what to ask the administrator.
    AskAdministrator,
}

impl fmt::Display for Fix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fix::RunClockCheck => f.write_str(
                "Run the clock check: a clock more than the server's window off (±3 min for most \
                 servers) makes every code fail.",
            ),
            Fix::RetryClockCheck => f.write_str(
                "Retry the clock check on a working network, or compare the device clock with a \
                 reliable clock to the second.",
            ),
            Fix::RunClockCheckBriefly => f.write_str("Run the clock check."),
            Fix::RetryClockCheckBriefly => {
                f.write_str("Retry the clock check on a working network.")
            }
            Fix::ClockAdvice {
                offset_ms,
                window_seconds,
                correction_seconds,
            } => f.write_str(&crate::clock::assess::advice(
                *offset_ms,
                *window_seconds,
                ClockCorrection(*correction_seconds),
            )),
            Fix::TotpClock {
                correction_seconds,
                tolerance_seconds,
            } => write!(
                f,
                "Set the device clock from the network, or store the suggested correction of \
                 {correction_seconds:+} s: TOTP codes need the clock within \
                 ±{tolerance_seconds} s."
            ),
            Fix::Diagnosed(d) => d.fmt(f),
            Fix::CheckCodeAdvice(m) => f.write_str(m.advice()),
            Fix::CompareCheckCodes { check_code } => write!(
                f,
                "Compare check codes with the administrator: the token's is {check_code} (it \
                 reveals nothing that makes codes)."
            ),
            Fix::ReenterBase32 => f.write_str(
                "Re-enter the secret from the service's enrolment page (or scan its QR code \
                 again); Base32 has no 0, 1, 8 or 9, so an O read as 0 or an I as 1 is a common \
                 slip.",
            ),
            Fix::CompareWithEnrolment => {
                f.write_str("Compare the secret with the service's enrolment page.")
            }
            Fix::CompareBase32CheckCodes { check_code } => write!(
                f,
                "If codes fail, compare check codes with the administrator (the token's is \
                 {check_code}, computed from the secret in uppercase Base32 without padding)."
            ),
            Fix::TypePinAgain => f.write_str(
                "Type the PIN again carefully. If the PIN was changed on the server, set the same \
                 new PIN on the token.",
            ),
            Fix::TypePinForGuard => {
                f.write_str("Check again and type the PIN: the typo guard catches 15 of 16 typos.")
            }
            Fix::SaveUsername => {
                f.write_str("Save the VPN username with the token so it is always at hand.")
            }
            Fix::UsernameWithoutSpaces { trimmed } => write!(
                f,
                "Log in as \"{trimmed}\", without the spaces, and correct the name on the token."
            ),
            Fix::TypeCodeCarefully => f.write_str(
                "Type the code as shown (6 characters, 0-9 and a-f), within the countdown; when \
                 only a few seconds are left, wait for the next code.",
            ),
            Fix::DiagnoseRejectedCode => {
                f.write_str("If a code is rejected, diagnose it with the time it was typed.")
            }
            Fix::GiveEnrolmentCode => f.write_str(
                "Give the code the service's enrolment page (or its log) shows, with the time it \
                 was shown: the doctor then finds clock, counter and parameter mismatches.",
            ),
            Fix::AddAgainWith(alt) => write!(
                f,
                "Add the token again with {alt} (from the service's QR code or link, which \
                 carries them)."
            ),
            Fix::AddAgainFromLink => {
                f.write_str("Add the token again from the service's QR code or link.")
            }
            Fix::AskAdministrator => f.write_str(
                "If logins still fail, ask the administrator to check the server side: the \
                 router's clock, an account locked after failed attempts, and a code used twice \
                 (wait for the next code).",
            ),
        }
    }
}

/// How the doctor concluded (the structured form of `Verdict::summary`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conclusion {
    /// This step, the first with a problem, is the likeliest cause.
    Problem(StepId),
    /// No problem; this step is the first with a warning.
    Warning(StepId),
    /// Nothing wrong, but these steps were skipped.
    Skipped(Vec<StepId>),
    /// Everything checked is in order.
    InOrder,
}

impl Conclusion {
    /// The English summary, given the English message of the step it names.
    pub fn english(&self, step_message: &str) -> String {
        match self {
            Conclusion::Problem(id) => {
                let name = match id {
                    StepId::Clock => "the clock",
                    StepId::Secret => "the secret",
                    StepId::Pin => "the PIN or username",
                    StepId::Code => "the code",
                };
                format!("The likeliest cause is {name}: {step_message}")
            }
            Conclusion::Warning(_) => format!(
                "No definite cause was found; the first warning, in the guide's order: \
                 {step_message}"
            ),
            Conclusion::Skipped(ids) => {
                let names: Vec<&str> = ids.iter().map(|s| s.as_str()).collect();
                format!(
                    "Nothing checked is wrong, but some steps were skipped ({}).",
                    names.join(", ")
                )
            }
            Conclusion::InOrder => "Everything checked is in order.".to_owned(),
        }
    }
}

/// Sentences joined into one paragraph, the way the English report shows them.
pub(crate) fn join<T: fmt::Display>(parts: &[T]) -> String {
    parts
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The verdict of a clock as measured, after the stored correction (for the clock step).
pub(crate) fn clock_fix(check: &ClockCheck, stored: ClockCorrection) -> Option<Fix> {
    (check.verdict_after(stored) != ClockVerdict::Fine).then(|| Fix::ClockAdvice {
        offset_ms: check.offset_after_ms(stored),
        window_seconds: check.window_seconds,
        correction_seconds: check.suggested_correction.0,
    })
}
