//! What can be wrong with a Base32 secret, as data: the lowest floor of the engine, below the
//! error enum that carries it ([`crate::Error::SecretNotBase32`]) and the OATH code that finds
//! it ([`crate::oath::base32_secret`]), so neither depends on the other.

/// What is wrong with a Base32 secret, as data (apps word it in the user's language); its
/// `Display` is the English. Never the secret itself: the one character it may name is a
/// digit Base32 lacks, named for the letter it was probably read for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base32Problem {
    /// Longer than the vault holds.
    TooLong {
        /// The most characters accepted.
        max: usize,
    },
    /// A character that is not A-Z or 2-7.
    NotBase32 {
        /// Its position, from 1.
        position: usize,
        /// The character when it is one of the digits 0, 1, 8, 9 (misread letters).
        digit: Option<char>,
    },
    /// A length that no whole number of bytes gives: a character is missing or extra.
    PartialBytes {
        /// The length in characters.
        length: usize,
    },
    /// It does not decode.
    DoesNotDecode,
}

impl std::fmt::Display for Base32Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Base32Problem::TooLong { max } => write!(f, "it is longer than {max} characters"),
            Base32Problem::NotBase32 { position, digit } => {
                write!(f, "character {position} is not a Base32 letter or digit")?;
                f.write_str(match digit {
                    Some('0') => " (0 is not Base32: it is probably the letter O)",
                    Some('1') => " (1 is not Base32: it is probably the letter I or L)",
                    Some('8') => " (8 is not Base32: it is probably the letter B)",
                    Some(_) => " (9 is not Base32)",
                    None => "",
                })
            }
            Base32Problem::PartialBytes { length } => write!(
                f,
                "{length} characters cannot encode whole bytes: a character is missing or extra"
            ),
            Base32Problem::DoesNotDecode => f.write_str("it does not decode"),
        }
    }
}
