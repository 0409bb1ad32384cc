//! Free functions over the engine: codes, countdowns, secrets, PINs, URIs, verify, diagnose.

use motp_core::diagnose::DiagnoseOptions;
use motp_core::time::{ClockCorrection, Countdown};
use motp_core::{Code, Pin, ProvisioningUri, Secret, SecretLength, SecretWarning};

use zeroize::Zeroizing;

use crate::error::MotpError;
use crate::kind::TokenKind;

type Result<T> = std::result::Result<T, MotpError>;

/// Which kind of unusual secret (the app may pick its own icon or wording per kind).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum SecretWarningKind {
    /// Characters other than 0-9 a-f A-F.
    NotHex,
    /// Uppercase letters: mOTP is case-sensitive, most generators write lowercase.
    HasUppercase,
    /// A length other than 16 or 32.
    UnusualLength,
    /// Shorter than 16 characters: easier to guess.
    Weak,
}

/// Something unusual about a secret: `kind` for the app, `message` for people.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SecretWarningRecord {
    pub kind: SecretWarningKind,
    pub message: String,
}

impl From<&SecretWarning> for SecretWarningRecord {
    fn from(w: &SecretWarning) -> Self {
        SecretWarningRecord {
            kind: match w {
                SecretWarning::NotHex => SecretWarningKind::NotHex,
                SecretWarning::HasUppercase => SecretWarningKind::HasUppercase,
                SecretWarning::UnusualLength { .. } => SecretWarningKind::UnusualLength,
                SecretWarning::Weak { .. } => SecretWarningKind::Weak,
            },
            message: w.to_string(),
        }
    }
}

pub(crate) fn warning_records(secret: &Secret) -> Vec<SecretWarningRecord> {
    secret.warnings().iter().map(Into::into).collect()
}

/// What a display needs at one instant.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct CountdownInfo {
    pub counter: u64,
    pub step_start_ms: i64,
    pub step_end_ms: i64,
    pub ms_to_next: i64,
    pub fraction_elapsed: f64,
    pub seconds_left: i64,
    pub use_within_ms: i64,
}

impl From<Countdown> for CountdownInfo {
    fn from(c: Countdown) -> Self {
        CountdownInfo {
            counter: c.counter,
            step_start_ms: c.step_start_ms,
            step_end_ms: c.step_end_ms,
            ms_to_next: c.ms_to_next,
            fraction_elapsed: c.fraction_elapsed,
            seconds_left: c.seconds_left(),
            use_within_ms: c.use_within_ms,
        }
    }
}

/// The countdown at `unix_ms` (device clock) after a clock correction, for a server that
/// accepts codes for about `tolerance_seconds`.
#[uniffi::export]
pub fn countdown_at(
    unix_ms: i64,
    clock_correction_seconds: i64,
    tolerance_seconds: u32,
) -> Result<CountdownInfo> {
    Ok(Countdown::at(
        unix_ms,
        ClockCorrection(clock_correction_seconds),
        tolerance_seconds,
    )?
    .into())
}

/// A provisioning URI as read, without its secret (the secret enters a vault through
/// `TokenVault.addFromUri`, never back out through here).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ParsedUri {
    /// mOTP, TOTP or HOTP, with the parameters.
    pub kind: TokenKind,
    pub issuer: Option<String>,
    pub account: String,
    pub secret_length: u32,
    pub secret_warnings: Vec<SecretWarningRecord>,
    /// The URI carried a non-standard `pin=`: ask the user whether to keep it.
    pub pin_present: bool,
    /// The label's issuer, when the `issuer=` parameter (which wins) differs from it.
    pub label_issuer_ignored: Option<String>,
}

/// Reads a provisioning URI: mOTP (`motp://`, Aegis `motp:`, andOTP `otpauth://motp/`) or
/// TOTP/HOTP (`otpauth://totp/…`, `otpauth://hotp/…`, Google's Key URI format).
#[uniffi::export]
pub fn parse_provisioning_uri(uri: String) -> Result<ParsedUri> {
    let u = ProvisioningUri::parse(&uri)?;
    Ok(ParsedUri {
        kind: u.kind.into(),
        label_issuer_ignored: u.label_issuer_ignored,
        issuer: u.issuer,
        account: u.account,
        secret_length: u.secret.len() as u32,
        secret_warnings: if u.kind == motp_core::OtpKind::Motp {
            warning_records(&u.secret)
        } else {
            Vec::new()
        },
        pin_present: u.pin.is_some(),
    })
}

/// A new random secret, 16 or 32 lowercase hex characters, for the DrayTek flow where the token
/// makes the secret and the user types it into the router.
#[uniffi::export]
pub fn generate_secret(length: u32) -> Result<String> {
    let len = SecretLength::try_from(length as usize)?;
    Ok(Secret::generate(len)?.expose().to_owned())
}

/// Checks a secret as typed: an error if unusable, otherwise its warnings.
#[uniffi::export]
pub fn check_secret(secret: String) -> Result<Vec<SecretWarningRecord>> {
    Ok(warning_records(&Secret::new(&Zeroizing::new(secret))?))
}

/// Checks a PIN against the policy for new tokens (4 to 8 digits).
#[uniffi::export]
pub fn check_pin(pin: String) -> Result<()> {
    Ok(Pin::check_policy(pin.trim())?)
}

/// The code for a secret and PIN at an instant (no vault): for vectors and quick checks.
#[uniffi::export]
pub fn code_for(secret: String, pin: String, unix_ms: i64) -> Result<String> {
    let secret = Secret::new(&Zeroizing::new(secret))?;
    let counter = motp_core::time::counter_at_ms(unix_ms)?;
    Ok(
        motp_core::code(&secret, &Pin::raw(&Zeroizing::new(pin)), counter)
            .as_str()
            .to_owned(),
    )
}

/// A server-side verification.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct VerifyResult {
    pub accepted: bool,
    pub offset_steps: Option<i64>,
    pub offset_seconds: Option<i64>,
}

/// Checks `code` as a server would, within ±`window_steps` of `unix_ms`.
#[uniffi::export]
pub fn verify_code(
    secret: String,
    pin: String,
    code: String,
    unix_ms: i64,
    window_steps: u32,
) -> Result<VerifyResult> {
    let secret = Secret::new(&Zeroizing::new(secret))?;
    let code = Code::parse(&code)?;
    let counter = motp_core::time::counter_at_ms(unix_ms)?;
    let v = motp_core::verify(
        &secret,
        &Pin::raw(&Zeroizing::new(pin)),
        &code,
        counter,
        window_steps,
    )?;
    Ok(VerifyResult {
        accepted: v.is_some(),
        offset_steps: v.map(|v| v.offset_steps),
        offset_seconds: v.map(|v| v.offset_seconds()),
    })
}

/// Why a code was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum DiagnosisCause {
    Match,
    ClockDrift,
    SecretCase,
    NoMatch,
}

/// Which form of the secret made the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum SecretVariant {
    AsEntered,
    Lowercase,
    Uppercase,
}

/// A diagnosis with advice the user can follow.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DiagnosisResult {
    pub cause: DiagnosisCause,
    pub offset_seconds: Option<i64>,
    pub secret_variant: Option<SecretVariant>,
    pub advice: String,
}

impl From<motp_core::Diagnosis> for DiagnosisResult {
    fn from(d: motp_core::Diagnosis) -> Self {
        use motp_core::diagnose::{Cause as C, SecretVariant as V};
        DiagnosisResult {
            cause: match d.cause {
                C::Match => DiagnosisCause::Match,
                C::ClockDrift => DiagnosisCause::ClockDrift,
                C::SecretCase => DiagnosisCause::SecretCase,
                C::NoMatch => DiagnosisCause::NoMatch,
            },
            offset_seconds: d.offset_seconds,
            secret_variant: d.secret_variant.map(|v| match v {
                V::AsEntered => SecretVariant::AsEntered,
                V::Lowercase => SecretVariant::Lowercase,
                V::Uppercase => SecretVariant::Uppercase,
            }),
            advice: d.advice,
        }
    }
}

/// Searches ±`span_seconds` around `unix_ms` for why `code` does not verify.
#[uniffi::export]
pub fn diagnose_code(
    secret: String,
    pin: String,
    code: String,
    unix_ms: i64,
    span_seconds: u32,
    window_steps: u32,
) -> Result<DiagnosisResult> {
    let secret = Secret::new(&Zeroizing::new(secret))?;
    let code = Code::parse(&code)?;
    let counter = motp_core::time::counter_at_ms(unix_ms)?;
    let options = DiagnoseOptions {
        span_seconds,
        window_steps,
    };
    Ok(motp_core::diagnose(
        &secret,
        &Pin::raw(&Zeroizing::new(pin)),
        &code,
        counter,
        options,
    )?
    .into())
}
