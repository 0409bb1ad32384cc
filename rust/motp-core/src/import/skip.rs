//! Why an entry of a backup is not imported, as data.
//!
//! The CLI prints the English (`Display`: "Yandex: not supported (mOTP Token holds mOTP, TOTP,
//! HOTP and Steam tokens)", "9 digits is not supported…"); the phone apps render the same value in
//! the user's language (motp-app's `backups.rs`). One value, so the two cannot disagree.

use std::fmt;

use crate::error::Error;

/// A kind of token mOTP Token does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnsupportedKind {
    /// Yandex Key codes.
    Yandex,
    /// A type the file names that no app we know writes (its name or number as the file has
    /// it, made printable and cut short).
    Unknown(String),
}

/// What a JSON field was found to be, when it had the wrong type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonType {
    /// `null`.
    Null,
    /// `true` or `false`.
    Boolean,
    /// A number.
    Number,
    /// A string.
    Text,
    /// An array.
    List,
    /// An object.
    Object,
}

impl JsonType {
    /// The type of `v`.
    pub fn of(v: &serde_json::Value) -> JsonType {
        use serde_json::Value as V;
        match v {
            V::Null => JsonType::Null,
            V::Bool(_) => JsonType::Boolean,
            V::Number(_) => JsonType::Number,
            V::String(_) => JsonType::Text,
            V::Array(_) => JsonType::List,
            V::Object(_) => JsonType::Object,
        }
    }

    /// "a number", "a list"… (English).
    pub fn english(self) -> &'static str {
        match self {
            JsonType::Null => "null",
            JsonType::Boolean => "a boolean",
            JsonType::Number => "a number",
            JsonType::Text => "a string",
            JsonType::List => "a list",
            JsonType::Object => "an object",
        }
    }
}

/// What is wrong with one field of a JSON object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldFault {
    /// The field is absent.
    Missing,
    /// The field has another type than `expected` (`"text"`, `"a number"`, `"an object"`,
    /// `"a list"`).
    WrongType {
        /// What it is.
        found: JsonType,
        /// What it should be.
        expected: JsonType,
    },
    /// A number with a fraction, or too large.
    NotWholeNumber,
    /// A negative number where none may be.
    Negative,
}

/// One field of a JSON object and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// The field's name, as the format spells it (`"type"`, `"Secret"`).
    pub field: String,
    /// What is wrong.
    pub fault: FieldFault,
}

impl FieldProblem {
    pub(crate) fn new(field: &str, fault: FieldFault) -> FieldProblem {
        FieldProblem {
            field: field.to_owned(),
            fault,
        }
    }
}

impl fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let key = &self.field;
        match self.fault {
            FieldFault::Missing => write!(f, "it has no \"{key}\""),
            FieldFault::WrongType { found, expected } => write!(
                f,
                "its \"{key}\" is {}, not {}",
                found.english(),
                match expected {
                    JsonType::Text => "text",
                    other => other.english(),
                }
            ),
            FieldFault::NotWholeNumber => write!(f, "its \"{key}\" is not a whole number"),
            FieldFault::Negative => {
                write!(f, "its \"{key}\" is not a whole number of at least 0")
            }
        }
    }
}

/// The file-level readers quote a field's problem in their error.
impl From<FieldProblem> for String {
    fn from(p: FieldProblem) -> String {
        p.to_string()
    }
}

/// Why one entry of a backup is not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// A kind of token this app does not hold.
    UnsupportedKind(UnsupportedKind),
    /// The entry is not a JSON object.
    NotAnObject {
        /// What it is.
        found: JsonType,
    },
    /// A field is missing or has the wrong type.
    Field(FieldProblem),
    /// TOTP/HOTP codes of this many digits (codes have 6 to 8).
    DigitsUnsupported {
        /// The digits the file gives.
        digits: i64,
    },
    /// An HOTP entry without a counter.
    CounterMissing,
    /// An HOTP entry whose counter is negative.
    CounterNegative,
    /// A hash algorithm other than SHA-1, SHA-256 and SHA-512 (its name or number as the
    /// file gives it, printable and cut short).
    AlgorithmUnsupported {
        /// The name or number.
        name: String,
    },
    /// A TOTP period of 0 or more than a day.
    PeriodUnsupported {
        /// The period the file gives, in seconds.
        seconds: i64,
    },
    /// The secret is not valid Base32.
    SecretNotBase32,
    /// The secret is empty.
    SecretEmpty,
    /// The secret's bytes are not UTF-8 text.
    SecretNotText,
    /// A Base64 secret (Steam's `shared_secret`) that is not Base64.
    SecretNotBase64,
    /// The vault already holds its maximum number of tokens.
    VaultFull {
        /// The maximum.
        max: usize,
    },
    /// A part of a backup split over several QR codes (Google Authenticator's export) is not
    /// in the file: its accounts are missing.
    BatchPartMissing {
        /// Which part, from 1.
        part: i32,
        /// Of how many.
        parts: i32,
    },
    /// The engine refused a value (a secret, a period, a URI, a name): its error says why.
    Invalid(Error),
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::UnsupportedKind(kind) => {
                match kind {
                    UnsupportedKind::Yandex => f.write_str("Yandex")?,
                    UnsupportedKind::Unknown(name) => write!(f, "unknown type \"{name}\"")?,
                }
                f.write_str(": not supported (mOTP Token holds mOTP, TOTP, HOTP and Steam tokens)")
            }
            SkipReason::NotAnObject { found } => {
                write!(f, "the entry is {}, not an object", found.english())
            }
            SkipReason::Field(p) => p.fmt(f),
            SkipReason::DigitsUnsupported { digits } => write!(
                f,
                "{digits} digits is not supported (TOTP and HOTP codes have 6 to 8)"
            ),
            SkipReason::CounterMissing => f.write_str("it has no counter"),
            SkipReason::CounterNegative => f.write_str("its counter is negative"),
            SkipReason::AlgorithmUnsupported { name } => write!(
                f,
                "the algorithm \"{name}\" is not supported (TOTP and HOTP use SHA1, SHA256 or \
                 SHA512)"
            ),
            SkipReason::PeriodUnsupported { seconds } => write!(
                f,
                "period={seconds} is not supported: a TOTP period is 1 to {} seconds (almost \
                 always 30)",
                crate::kind::MAX_PERIOD_SECONDS
            ),
            SkipReason::SecretNotBase32 => f.write_str("the secret is not valid Base32"),
            SkipReason::SecretEmpty => f.write_str("the secret is empty"),
            SkipReason::SecretNotText => f.write_str("the secret is not text (not UTF-8)"),
            SkipReason::SecretNotBase64 => f.write_str("the secret is not valid Base64"),
            SkipReason::VaultFull { max } => write!(f, "the vault already holds {max} tokens"),
            SkipReason::BatchPartMissing { part, parts } => write!(
                f,
                "QR code {part} of {parts} of this export is not in the file: add its text (scan \
                 it again) to import its accounts"
            ),
            SkipReason::Invalid(e) => e.fmt(f),
        }
    }
}

impl From<FieldProblem> for SkipReason {
    fn from(p: FieldProblem) -> SkipReason {
        SkipReason::Field(p)
    }
}

impl From<Error> for SkipReason {
    fn from(e: Error) -> SkipReason {
        SkipReason::Invalid(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_reasons() {
        let yandex = SkipReason::UnsupportedKind(UnsupportedKind::Yandex);
        assert_eq!(
            yandex.to_string(),
            "Yandex: not supported (mOTP Token holds mOTP, TOTP, HOTP and Steam tokens)"
        );
        let unknown = SkipReason::UnsupportedKind(UnsupportedKind::Unknown("7".into()));
        assert!(
            unknown
                .to_string()
                .starts_with("unknown type \"7\": not supported")
        );
        let field = SkipReason::from(FieldProblem::new(
            "n",
            FieldFault::WrongType {
                found: JsonType::Number,
                expected: JsonType::Text,
            },
        ));
        assert_eq!(field.to_string(), "its \"n\" is a number, not text");
        assert_eq!(
            SkipReason::DigitsUnsupported { digits: 9 }.to_string(),
            "9 digits is not supported (TOTP and HOTP codes have 6 to 8)"
        );
    }
}
