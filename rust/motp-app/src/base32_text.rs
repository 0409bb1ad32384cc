//! A Base32 slip in a secret, in the user's words: the message id and arguments for a
//! [`Base32Problem`]. Shared by an error under a typed or scanned secret (`App::core_error`) and an
//! import's skip reason (`import_text`), which both keep the id and arguments rather than the
//! sentence, so they are said again in the new language after a switch.

use motp_core::oath::Base32Problem;

use motp_text::Arg;

/// The message of a Base32 problem and its arguments. An error about a typed or scanned
/// secret keeps these as its arguments (`error-secret-invalid` refers to the same messages),
/// so it is said again in the new language after a switch.
pub(crate) fn base32_message(problem: &Base32Problem) -> (&'static str, Vec<(&'static str, Arg)>) {
    let num = |n: usize| Arg::Num(i64::try_from(n).unwrap_or(i64::MAX));
    match *problem {
        Base32Problem::TooLong { max } => ("import-skip-base32-too-long", vec![("max", num(max))]),
        Base32Problem::NotBase32 {
            position,
            digit: Some(d),
        } => (
            "import-skip-base32-digit",
            vec![
                ("position", num(position)),
                ("digit", Arg::Num(i64::from(d.to_digit(10).unwrap_or(9)))),
            ],
        ),
        Base32Problem::NotBase32 {
            position,
            digit: None,
        } => (
            "import-skip-base32-character",
            vec![("position", num(position))],
        ),
        Base32Problem::PartialBytes { length } => {
            ("import-skip-base32-partial", vec![("length", num(length))])
        }
        Base32Problem::DoesNotDecode => ("import-skip-secret-not-base32", Vec::new()),
    }
}
