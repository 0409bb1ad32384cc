//! `doctor` for a token in a vault: gathers what the pure walk in [`crate::doctor`] needs (the
//! secret, the account, the typo guard's verdict on the typed PIN, the stored clock
//! correction) so the command line and the apps run the same walk without touching a secret.

use super::handle::Vault;
use super::model::TokenId;
use super::typo_guard::TypoGuardCheck;
use crate::diagnose::DiagnoseOptions;
use crate::doctor::{ClockInput, CodeEvidence, DoctorInput, DoctorReport, PinGuard, doctor};
use crate::error::{Error, Result};
use crate::otp::Code;
use crate::pin::Pin;
use crate::secret_check::CheckCode;

/// What the user brings to a doctor session, besides the token.
#[derive(Debug, Clone)]
pub struct DoctorRequest {
    /// The PIN as the user types it (checked against the typo guard; used for the code
    /// diagnosis). `None` uses the stored PIN when the token remembers one.
    pub pin: Option<Pin>,
    /// The clock check's result, if the user ran it.
    pub clock: ClockInput,
    /// The check code the administrator read from the server's copy of the secret.
    pub admin_check_code: Option<CheckCode>,
    /// A code from another token for the same account, or from the server's log.
    pub other_code: Option<Code>,
    /// When that code was shown, device time in Unix milliseconds (the vault's clock
    /// correction is applied, as for the token's own codes).
    pub at_unix_ms: i64,
    /// The diagnosis span and the server's window.
    pub options: DiagnoseOptions,
}

impl Vault {
    /// Walks the troubleshooting guide's four causes for one token.
    pub fn doctor(&self, id: TokenId, request: DoctorRequest) -> Result<DoctorReport> {
        let info = self.get(id)?;
        match info.kind {
            Some(crate::kind::OtpKind::Motp) => {}
            Some(_) => return self.oath_doctor(id, request),
            None => {
                return Err(Error::TokenKindUnsupported {
                    kind: info.kind_name,
                });
            }
        }
        let secret = self.reveal_secret(id)?;
        let stored = self.reveal_pin(id)?;
        let pin_guard = match &request.pin {
            Some(p) => match self.check_pin(id, p)? {
                TypoGuardCheck::Ok => PinGuard::Matches,
                TypoGuardCheck::Mismatch => PinGuard::Mismatch,
                TypoGuardCheck::NotSet => PinGuard::NotSet,
            },
            None if info.typo_guard => PinGuard::NotTyped,
            None => PinGuard::NotSet,
        };
        let correction = self.settings().clock_correction;
        let evidence = match request.other_code {
            None => None,
            Some(code) => {
                let pin = request
                    .pin
                    .as_ref()
                    .or(stored.as_ref())
                    .ok_or(Error::PinRequired)?;
                let at_ms = correction.apply_ms(request.at_unix_ms)?;
                Some(CodeEvidence {
                    code,
                    pin,
                    at_unix_seconds: at_ms.div_euclid(1000),
                    options: request.options,
                })
            }
        };
        doctor(&DoctorInput {
            secret: &secret,
            account: &info.account,
            clock: request.clock,
            stored_correction: correction,
            admin_check_code: request.admin_check_code,
            pin_guard,
            evidence,
        })
    }
}

impl Vault {
    /// The doctor for a TOTP or HOTP token ([`crate::oath_doctor`]): the clock judged against
    /// the token's period, the key, the username, and a code's mismatch of clock, counter or
    /// parameters. `request.pin` does not apply; `options.span_seconds` is the TOTP search
    /// span (HOTP searches 1,000 counters either side), `options.window_steps` the server's
    /// window in periods (TOTP, default 1) or its look-ahead (HOTP, default 10) when not 0.
    fn oath_doctor(&self, id: TokenId, request: DoctorRequest) -> Result<DoctorReport> {
        let info = self.get(id)?;
        let kind = info.kind.ok_or_else(|| Error::TokenKindUnsupported {
            kind: info.kind_name.clone(),
        })?;
        let secret = self.reveal_secret(id)?;
        let correction = self.settings().clock_correction;
        let evidence = match request.other_code {
            None => None,
            Some(code) => {
                let at_ms = correction.apply_ms(request.at_unix_ms)?;
                let hotp = matches!(kind, crate::kind::OtpKind::Hotp(_));
                Some(crate::oath_doctor::OathEvidence {
                    code,
                    at_unix_seconds: at_ms.div_euclid(1000),
                    span: if hotp {
                        crate::oath_check::DEFAULT_HOTP_SEARCH
                    } else {
                        request.options.span_seconds
                    },
                    window: match (hotp, request.options.window_steps) {
                        (true, _) => crate::oath_check::DEFAULT_HOTP_LOOK_AHEAD,
                        (false, w) if w == crate::verify::DEFAULT_WINDOW_STEPS => {
                            crate::oath_check::DEFAULT_TOTP_WINDOW
                        }
                        (false, w) => w,
                    },
                })
            }
        };
        crate::oath_doctor::oath_doctor(&crate::oath_doctor::OathDoctorInput {
            kind,
            secret: &secret,
            account: &info.account,
            clock: request.clock,
            stored_correction: correction,
            admin_check_code: request.admin_check_code,
            evidence,
        })
    }

    /// Reads a code given to the doctor for this token: 6 hex characters for mOTP, 6 to 8
    /// digits for TOTP and HOTP (a length other than the token's is itself a finding: the
    /// server uses other digits), 5 of Steam's characters for Steam.
    pub fn parse_code_for(&self, id: TokenId, text: &str) -> Result<Code> {
        match self.get(id)?.kind {
            Some(crate::kind::OtpKind::Totp(_) | crate::kind::OtpKind::Hotp(_)) => {
                let digits = text.chars().filter(char::is_ascii_digit).count();
                Code::parse_digits(text, digits.clamp(6, 8) as u8)
            }
            Some(crate::kind::OtpKind::Steam) => Code::parse_steam(text),
            _ => Code::parse(text),
        }
    }
}
