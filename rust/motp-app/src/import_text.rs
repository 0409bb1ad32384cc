//! Why an imported entry is skipped, in the user's language.
//!
//! motp-core's importers and vault give their reasons as data ([`SkipReason`],
//! [`DuplicateReason`]); the CLI prints their English, and the import preview and report words
//! them here from the catalog (`import-skip-*`, `import-duplicate-*`).

use motp_core::Error as CoreError;
use motp_core::import::{FieldFault, SkipReason, UnsupportedKind};
use motp_core::oath::Base32Problem;
use motp_core::vault::DuplicateReason;

use crate::app::App;
use motp_text::Arg;

impl App {
    /// "Yandex tokens are not supported…", "Codes of 9 digits…": why an entry is skipped.
    pub(crate) fn skip_reason_text(&self, reason: &SkipReason) -> String {
        let c = &self.catalog;
        match reason {
            SkipReason::UnsupportedKind(kind) => {
                let (kind, name) = match kind {
                    UnsupportedKind::Yandex => ("yandex", "Yandex".to_owned()),
                    UnsupportedKind::Unknown(name) => ("unknown", name.clone()),
                };
                c.typed(
                    "import-skip-unsupported",
                    &[("kind", kind.into()), ("name", Arg::Text(name))],
                )
            }
            SkipReason::NotAnObject { .. } => c.plain("import-skip-not-an-object"),
            SkipReason::Field(p) => c.typed(
                "import-skip-field",
                &[
                    ("field", p.field.as_str().into()),
                    (
                        "fault",
                        match p.fault {
                            FieldFault::Missing => "missing",
                            FieldFault::WrongType { .. } => "type",
                            FieldFault::NotWholeNumber => "whole",
                            FieldFault::Negative => "negative",
                        }
                        .into(),
                    ),
                ],
            ),
            SkipReason::DigitsUnsupported { digits } => {
                c.typed("import-skip-digits", &[("digits", Arg::Num(*digits))])
            }
            SkipReason::CounterMissing => c.plain("import-skip-counter-missing"),
            SkipReason::CounterNegative => c.plain("import-skip-counter-negative"),
            SkipReason::AlgorithmUnsupported { name } => {
                c.typed("import-skip-algorithm", &[("name", name.as_str().into())])
            }
            SkipReason::PeriodUnsupported { seconds } => c.typed(
                "import-skip-period",
                &[
                    ("seconds", Arg::Num(*seconds)),
                    (
                        "max",
                        Arg::Num(i64::from(motp_core::kind::MAX_PERIOD_SECONDS)),
                    ),
                ],
            ),
            SkipReason::SecretNotBase32 => c.plain("import-skip-secret-not-base32"),
            SkipReason::SecretEmpty => c.plain("import-skip-secret-empty"),
            SkipReason::SecretNotText => c.plain("import-skip-secret-not-text"),
            SkipReason::SecretNotBase64 => c.plain("import-skip-secret-not-base64"),
            SkipReason::VaultFull { max } => c.typed(
                "import-skip-vault-full",
                &[("max", Arg::Num(i64::try_from(*max).unwrap_or(i64::MAX)))],
            ),
            SkipReason::BatchPartMissing { part, parts } => c.typed(
                "import-skip-batch-part-missing",
                &[
                    ("part", Arg::Num(i64::from(*part))),
                    ("parts", Arg::Num(i64::from(*parts))),
                ],
            ),
            SkipReason::Invalid(CoreError::SecretNotBase32 { problem }) => {
                self.base32_problem_text(problem)
            }
            SkipReason::Invalid(CoreError::SecretEmpty) => c.plain("import-skip-secret-empty"),
            SkipReason::Invalid(CoreError::SecretNotPrintable { position }) => c.typed(
                "import-skip-secret-not-printable",
                &[(
                    "position",
                    Arg::Num(i64::try_from(*position).unwrap_or(i64::MAX)),
                )],
            ),
            SkipReason::Invalid(CoreError::SecretTooLong { length, max }) => c.typed(
                "import-skip-secret-too-long",
                &[
                    (
                        "length",
                        Arg::Num(i64::try_from(*length).unwrap_or(i64::MAX)),
                    ),
                    ("max", Arg::Num(i64::try_from(*max).unwrap_or(i64::MAX))),
                ],
            ),
            // The engine refused another value: the app's sentence for that error (whose
            // details are the engine's own words).
            SkipReason::Invalid(e) => self.core_error(e, None).message,
        }
    }

    /// "Character 5 of the secret is 0, which Base32 does not use: probably the letter O."
    pub(crate) fn base32_problem_text(&self, problem: &Base32Problem) -> String {
        let (id, args) = crate::base32_text::base32_message(problem);
        self.catalog.typed(id, &args)
    }

    /// "Same secret, issuer and account as “VPN:alice”".
    pub(crate) fn duplicate_reason_text(&self, reason: &DuplicateReason) -> String {
        let (id, name) = match reason {
            DuplicateReason::Same { name } => ("import-duplicate-same", name),
            DuplicateReason::OtherIssuer { name } => ("import-duplicate-other-issuer", name),
        };
        self.catalog.typed(id, &[("name", name.as_str().into())])
    }
}

#[cfg(test)]
mod tests {
    use motp_core::import::{FieldProblem, JsonType};

    use super::*;
    use crate::config::AppConfig;
    use motp_text::english_check::english_words;

    fn every_reason() -> Vec<SkipReason> {
        let field = |fault| {
            SkipReason::Field(FieldProblem {
                field: "info".into(),
                fault,
            })
        };
        let base32 = |problem| SkipReason::Invalid(CoreError::SecretNotBase32 { problem });
        vec![
            SkipReason::UnsupportedKind(UnsupportedKind::Yandex),
            SkipReason::UnsupportedKind(UnsupportedKind::Unknown("BATTLENET".into())),
            SkipReason::NotAnObject {
                found: JsonType::Number,
            },
            field(FieldFault::Missing),
            field(FieldFault::WrongType {
                found: JsonType::Number,
                expected: JsonType::Text,
            }),
            field(FieldFault::NotWholeNumber),
            field(FieldFault::Negative),
            SkipReason::DigitsUnsupported { digits: 9 },
            SkipReason::CounterMissing,
            SkipReason::CounterNegative,
            SkipReason::AlgorithmUnsupported { name: "MD5".into() },
            SkipReason::PeriodUnsupported { seconds: 0 },
            SkipReason::SecretNotBase32,
            SkipReason::SecretEmpty,
            SkipReason::SecretNotText,
            SkipReason::SecretNotBase64,
            SkipReason::VaultFull { max: 1000 },
            SkipReason::BatchPartMissing { part: 2, parts: 3 },
            SkipReason::Invalid(CoreError::SecretEmpty),
            SkipReason::Invalid(CoreError::SecretNotPrintable { position: 4 }),
            SkipReason::Invalid(CoreError::SecretTooLong {
                length: 300,
                max: 256,
            }),
            base32(Base32Problem::TooLong { max: 256 }),
            base32(Base32Problem::NotBase32 {
                position: 3,
                digit: None,
            }),
            base32(Base32Problem::NotBase32 {
                position: 5,
                digit: Some('0'),
            }),
            base32(Base32Problem::NotBase32 {
                position: 5,
                digit: Some('9'),
            }),
            base32(Base32Problem::PartialBytes { length: 14 }),
            base32(Base32Problem::DoesNotDecode),
        ]
    }

    #[test]
    fn every_skip_reason_is_german_in_german() {
        let de = App::new(AppConfig::new("/nonexistent/tokens.motp", "de"));
        let en = App::new(AppConfig::new("/nonexistent/tokens.motp", "en"));
        for reason in every_reason() {
            let german = de.skip_reason_text(&reason);
            let english = en.skip_reason_text(&reason);
            assert!(english_words(&german).is_empty(), "{reason:?}: {german}");
            assert_ne!(german, english, "{reason:?}");
            assert!(!german.contains(concat!("import", "-")), "an id: {german}");
            // The numbers the engine names are kept, in both languages.
            for n in ["9", "1000", "14", "256", "300"] {
                if reason.to_string().contains(&format!("{n} ")) {
                    assert!(german.contains(n) && english.contains(n), "{german}");
                }
            }
        }
        let zero = SkipReason::Invalid(CoreError::SecretNotBase32 {
            problem: Base32Problem::NotBase32 {
                position: 5,
                digit: Some('0'),
            },
        });
        assert!(de.skip_reason_text(&zero).contains("Buchstabe O"));
        for reason in [
            DuplicateReason::Same {
                name: "VPN:alice".into(),
            },
            DuplicateReason::OtherIssuer {
                name: "VPN:alice".into(),
            },
        ] {
            let german = de.duplicate_reason_text(&reason);
            assert!(german.contains("„VPN:alice“"), "{german}");
            assert!(english_words(&german).is_empty(), "{german}");
        }
    }
}
