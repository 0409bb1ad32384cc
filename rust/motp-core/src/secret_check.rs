//! Is the secret on the token the one on the server? A report and a short check code.
//!
//! The second cause in the vendor's guide: the secret on the token differs from the router's
//! copy — a character lost in copying, an `O` for a `0`, or the same hex in another letter
//! case (mOTP hashes the secret as text, so `ABCD…` and `abcd…` give different codes).
//! Reading 32 characters aloud is slow and leaks the secret to whoever listens, so both sides
//! compute a **check code**: the first 6 hex characters of SHA-256 of the secret text, shown
//! as `a1b 2c3`. Equal check codes mean equal secrets (a chance mismatch hides in 1 of 16.7
//! million); different ones mean the secrets differ.
//!
//! **What it reveals.** 24 bits about the secret. A real secret has at least 64 (16 hex
//! characters), so at least 40 bits stay unknown — 10¹² candidates to try offline against the
//! check code before even one online guess at the server — and the check code alone cannot
//! produce a single OTP (that also needs the PIN). It is fine to read aloud over the phone or
//! put in a support ticket; the secret itself is not.
//!
//! **Case-sensitive on purpose.** The check code is computed on the exact text, because the
//! server hashes the exact text: a case mismatch *is* a mismatch, and must show as one. To say
//! what kind of mismatch, [`SecretReport::compare`] also tries the all-lowercase and
//! all-uppercase forms and reports when one of those matches the administrator's code. Those
//! variant codes are compared, never shown: each would be another 24 bits about the same hex
//! string. For the same reason, when the token's and the server's check codes turn out to be
//! case variants of one secret, the two codes exchanged carry 48 bits about it — for a 16-hex
//! secret only 16 bits stay unknown — so if they were exchanged where others could read them,
//! set a new secret rather than fixing the case (a 32-hex secret keeps 80 bits and is fine).

use std::fmt;

use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::secret::{Secret, SecretWarning};

/// Six hex characters derived from a secret (24 bits of SHA-256).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CheckCode([u8; 3]);

impl CheckCode {
    /// The check code of `secret`'s exact text.
    pub fn of(secret: &Secret) -> CheckCode {
        let digest = Sha256::digest(secret.expose().as_bytes());
        CheckCode([digest[0], digest[1], digest[2]])
    }

    /// Reads a check code as typed or pasted: 6 hex characters, any case, spaces and dashes
    /// ignored (`a1b 2c3`, `A1B-2C3`, `a1b2c3`).
    pub fn parse(input: &str) -> Result<CheckCode> {
        let malformed = |problem: String| Error::CheckCodeMalformed { problem };
        let mut nibbles = Vec::with_capacity(6);
        for c in input.chars() {
            if c.is_whitespace() || c == '-' {
                continue;
            }
            let Some(v) = c.to_digit(16) else {
                return Err(malformed(format!(
                    "{} is not a hex digit",
                    if c.is_ascii_graphic() {
                        format!("'{c}'")
                    } else {
                        "a character".to_owned()
                    }
                )));
            };
            if nibbles.len() == 6 {
                return Err(malformed("it has more than 6 hex characters".to_owned()));
            }
            nibbles.push(v as u8);
        }
        if nibbles.len() < 6 {
            return Err(malformed(format!(
                "it has {} hex characters, not 6",
                nibbles.len()
            )));
        }
        Ok(CheckCode([
            nibbles[0] << 4 | nibbles[1],
            nibbles[2] << 4 | nibbles[3],
            nibbles[4] << 4 | nibbles[5],
        ]))
    }

    /// The 6 lowercase hex characters without a space (`a1b2c3`), for JSON and FFI.
    pub fn as_hex(&self) -> String {
        format!("{:02x}{:02x}{:02x}", self.0[0], self.0[1], self.0[2])
    }
}

/// Grouped as `a1b 2c3`, like the OTP codes, for reading aloud.
impl fmt::Display for CheckCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hex = self.as_hex();
        write!(f, "{} {}", &hex[..3], &hex[3..])
    }
}

impl std::str::FromStr for CheckCode {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        CheckCode::parse(s)
    }
}

/// The letters a secret has, which decides which case variants exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LetterCase {
    /// Digits (and symbols) only: letter case cannot be the problem.
    NoLetters,
    /// Lowercase letters only: the reference generator's form.
    Lower,
    /// Uppercase letters only: LinOTP's form.
    Upper,
    /// Both: almost certainly a copying mistake.
    Mixed,
}

impl LetterCase {
    fn of(text: &str) -> LetterCase {
        let lower = text.bytes().any(|b| b.is_ascii_lowercase());
        let upper = text.bytes().any(|b| b.is_ascii_uppercase());
        match (lower, upper) {
            (false, false) => LetterCase::NoLetters,
            (true, false) => LetterCase::Lower,
            (false, true) => LetterCase::Upper,
            (true, true) => LetterCase::Mixed,
        }
    }

    /// Stable machine-readable name (JSON, FFI).
    pub fn as_str(self) -> &'static str {
        match self {
            LetterCase::NoLetters => "no_letters",
            LetterCase::Lower => "lower",
            LetterCase::Upper => "upper",
            LetterCase::Mixed => "mixed",
        }
    }
}

/// How the administrator's check code relates to this secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CheckCodeMatch {
    /// Same secret, letter for letter.
    Exact,
    /// The other check code is of this secret in all lowercase.
    Lowercase,
    /// The other check code is of this secret in all uppercase.
    Uppercase,
    /// A different secret (or a different check code was read out).
    Different,
}

impl CheckCodeMatch {
    /// Stable machine-readable name (JSON, FFI).
    pub fn as_str(self) -> &'static str {
        match self {
            CheckCodeMatch::Exact => "exact",
            CheckCodeMatch::Lowercase => "lowercase",
            CheckCodeMatch::Uppercase => "uppercase",
            CheckCodeMatch::Different => "different",
        }
    }

    /// What it means and what to do, in plain words.
    pub fn advice(self) -> &'static str {
        match self {
            CheckCodeMatch::Exact => {
                "The check codes match: the token and the server have the same secret."
            }
            CheckCodeMatch::Lowercase => {
                "The other check code is of this same secret written in lowercase: the two \
                 copies differ only in letter case. mOTP is case-sensitive: write the token's \
                 and the server's copy the same way, letter for letter (lowercase is usual)."
            }
            CheckCodeMatch::Uppercase => {
                "The other check code is of this same secret written in uppercase: the two \
                 copies differ only in letter case. mOTP is case-sensitive: write the token's \
                 and the server's copy the same way, letter for letter."
            }
            CheckCodeMatch::Different => {
                "The check codes differ: the token and the server have different secrets \
                 (or a check code was misread). Re-enter the secret on the token from the \
                 server's copy, comparing it group by group, or set a new secret on both."
            }
        }
    }
}

/// Whether a report carries the secret's grouped read-out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Reveal {
    /// No secret characters in the report (the default).
    #[default]
    Hidden,
    /// Include [`Secret::grouped`], after the user explicitly asked to see the secret.
    Grouped,
}

/// Everything about a secret that helps compare it with the server's copy.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretReport {
    /// Length in characters.
    pub length: usize,
    /// Whether every character is a hex digit.
    pub is_hex: bool,
    /// Which letter cases it uses.
    pub case: LetterCase,
    /// Everything unusual, from [`Secret::warnings`].
    pub warnings: Vec<SecretWarning>,
    /// The check code of the exact text.
    pub check_code: CheckCode,
    /// The check codes of the all-lowercase and all-uppercase forms (when they differ from the
    /// secret), for [`SecretReport::compare`] only: each is another 24 bits about the same hex
    /// string, so they are never shown.
    lowercase_check_code: Option<CheckCode>,
    uppercase_check_code: Option<CheckCode>,
    /// The secret grouped in fours, only with [`Reveal::Grouped`]. As secret as the secret.
    pub grouped: Option<Zeroizing<String>>,
}

impl SecretReport {
    /// The report for `secret`; `reveal` decides whether it carries the secret's characters.
    pub fn new(secret: &Secret, reveal: Reveal) -> SecretReport {
        SecretReport {
            length: secret.len(),
            is_hex: secret.is_hex(),
            case: LetterCase::of(secret.expose()),
            warnings: secret.warnings(),
            check_code: CheckCode::of(secret),
            lowercase_check_code: secret.to_lowercase_variant().map(|s| CheckCode::of(&s)),
            uppercase_check_code: secret.to_uppercase_variant().map(|s| CheckCode::of(&s)),
            grouped: (reveal == Reveal::Grouped).then(|| secret.grouped()),
        }
    }

    /// Compares with the check code the administrator computed from the server's copy.
    pub fn compare(&self, admin: &CheckCode) -> CheckCodeMatch {
        if self.check_code == *admin {
            CheckCodeMatch::Exact
        } else if self.lowercase_check_code == Some(*admin) {
            CheckCodeMatch::Lowercase
        } else if self.uppercase_check_code == Some(*admin) {
            CheckCodeMatch::Uppercase
        } else {
            CheckCodeMatch::Different
        }
    }
}

impl fmt::Debug for SecretReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SecretReport")
            .field("length", &self.length)
            .field("is_hex", &self.is_hex)
            .field("case", &self.case)
            .field("warnings", &self.warnings)
            .field("check_code", &self.check_code)
            .field("grouped", &self.grouped.as_ref().map(|_| "<redacted>"))
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(s: &str) -> Secret {
        Secret::new(s).unwrap()
    }

    #[test]
    fn check_code_is_sha256_prefix() {
        // sha256("0123456789abcdef") = 9f9f5111f7b27a781f1f1ddde5ebc2dd2b796bfc7365c9c28b548e564176929f
        let c = CheckCode::of(&secret("0123456789abcdef"));
        assert_eq!(c.as_hex(), "9f9f51");
        assert_eq!(c.to_string(), "9f9 f51");
        // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assert_eq!(CheckCode::of(&secret("abc")).as_hex(), "ba7816");
        // Whitespace is not part of the secret, so not of its check code either.
        assert_eq!(CheckCode::of(&secret("0123 4567 89ab cdef")), c);
    }

    #[test]
    fn check_code_is_case_sensitive() {
        let lower = CheckCode::of(&secret("0123456789abcdef"));
        let upper = CheckCode::of(&secret("0123456789ABCDEF"));
        assert_ne!(lower, upper);
    }

    #[test]
    fn parse_accepts_what_people_type() {
        let c = CheckCode::parse("9f9 f51").unwrap();
        for s in ["9f9f51", "9F9F51", " 9f9-f51 ", "9 f 9 f 5 1"] {
            assert_eq!(CheckCode::parse(s).unwrap(), c, "{s:?}");
        }
        assert_eq!(c.to_string().parse::<CheckCode>().unwrap(), c);
    }

    #[test]
    fn parse_explains_what_is_wrong() {
        let problem = |s: &str| match CheckCode::parse(s).unwrap_err() {
            Error::CheckCodeMalformed { problem } => problem,
            other => panic!("{other:?}"),
        };
        assert_eq!(problem(""), "it has 0 hex characters, not 6");
        assert_eq!(problem("a1b2c"), "it has 5 hex characters, not 6");
        assert_eq!(problem("a1b2c3d"), "it has more than 6 hex characters");
        assert_eq!(problem("a1b2cg"), "'g' is not a hex digit");
        assert_eq!(problem("a1b2c\u{0}"), "a character is not a hex digit");
        assert_eq!(problem("a1b2c٣"), "a character is not a hex digit");
        assert!(CheckCode::parse(&"a".repeat(100_000)).is_err());
        let msg = CheckCode::parse("zz").unwrap_err().to_string();
        assert!(msg.contains("a1b 2c3"), "{msg}");
    }

    #[test]
    fn report_hides_the_secret_unless_revealed() {
        let s = secret("0123456789ABCDEF");
        let r = SecretReport::new(&s, Reveal::Hidden);
        assert_eq!(r.length, 16);
        assert!(r.is_hex);
        assert_eq!(r.case, LetterCase::Upper);
        assert_eq!(r.warnings, vec![SecretWarning::HasUppercase]);
        assert!(r.grouped.is_none());
        assert!(r.uppercase_check_code.is_none(), "already uppercase");
        assert_eq!(
            r.lowercase_check_code,
            Some(CheckCode::of(&secret("0123456789abcdef")))
        );

        let shown = SecretReport::new(&s, Reveal::Grouped);
        assert_eq!(
            shown.grouped.as_deref().map(String::as_str),
            Some("0123 4567 89AB CDEF")
        );
        let debug = format!("{shown:?}");
        assert!(
            !debug.contains("0123") && !debug.contains("89AB"),
            "{debug}"
        );
    }

    #[test]
    fn letter_cases() {
        assert_eq!(LetterCase::of("0123"), LetterCase::NoLetters);
        assert_eq!(LetterCase::of("01ab"), LetterCase::Lower);
        assert_eq!(LetterCase::of("01AB"), LetterCase::Upper);
        assert_eq!(LetterCase::of("01aB"), LetterCase::Mixed);
        let r = SecretReport::new(&secret("0123456789012345"), Reveal::Hidden);
        assert_eq!(r.case, LetterCase::NoLetters);
        assert_eq!(
            (r.lowercase_check_code, r.uppercase_check_code),
            (None, None)
        );
    }

    #[test]
    fn compare_names_the_case_mismatch() {
        let admin_lower = CheckCode::of(&secret("0123456789abcdef"));
        let admin_upper = CheckCode::of(&secret("0123456789ABCDEF"));
        let other = CheckCode::of(&secret("0123456789abcdee"));

        let token_upper = SecretReport::new(&secret("0123456789ABCDEF"), Reveal::Hidden);
        assert_eq!(token_upper.compare(&admin_upper), CheckCodeMatch::Exact);
        assert_eq!(token_upper.compare(&admin_lower), CheckCodeMatch::Lowercase);
        assert_eq!(token_upper.compare(&other), CheckCodeMatch::Different);

        let token_lower = SecretReport::new(&secret("0123456789abcdef"), Reveal::Hidden);
        assert_eq!(token_lower.compare(&admin_upper), CheckCodeMatch::Uppercase);

        let token_mixed = SecretReport::new(&secret("0123456789aBcDeF"), Reveal::Hidden);
        assert_eq!(token_mixed.compare(&admin_lower), CheckCodeMatch::Lowercase);
        assert_eq!(token_mixed.compare(&admin_upper), CheckCodeMatch::Uppercase);
        assert!(CheckCodeMatch::Lowercase.advice().contains("lowercase"));
        assert_eq!(CheckCodeMatch::Different.as_str(), "different");
    }

    proptest::proptest! {
        #[test]
        fn any_text_parses_or_explains(text in "\\PC{0,64}") {
            if let Err(e) = CheckCode::parse(&text) {
                let ok = matches!(e, Error::CheckCodeMalformed { .. });
                proptest::prop_assert!(ok, "{:?}", e);
            }
        }

        #[test]
        fn display_round_trips(bytes in proptest::array::uniform3(proptest::num::u8::ANY)) {
            let c = CheckCode(bytes);
            proptest::prop_assert_eq!(CheckCode::parse(&c.to_string()).unwrap(), c);
            proptest::prop_assert_eq!(CheckCode::parse(&c.as_hex().to_uppercase()).unwrap(), c);
        }
    }
}
