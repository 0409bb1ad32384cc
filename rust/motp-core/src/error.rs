//! The crate's one public error type.
//!
//! Every message says what was wrong and what to do about it, and none ever contains a secret
//! or a PIN: errors end up in logs, crash reports and on screens.

/// Result alias for this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the mOTP engine.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The secret was empty after removing whitespace.
    #[error("the secret is empty: enter the secret shown by the VPN router or server")]
    SecretEmpty,
    /// The secret has a character that cannot be typed on a router's page.
    #[error(
        "the secret contains a character that is not a printable ASCII letter, digit or symbol \
         (position {position}): re-enter it exactly as the router or server shows it"
    )]
    SecretNotPrintable {
        /// 1-based position of the offending character, counted after whitespace removal.
        position: usize,
    },
    /// The secret is longer than any real mOTP secret.
    #[error(
        "the secret is {length} characters long, more than the {max} any mOTP server uses: \
         check that you pasted only the secret"
    )]
    SecretTooLong {
        /// Its length in characters.
        length: usize,
        /// The limit.
        max: usize,
    },
    /// A requested secret length that we do not generate.
    #[error("secrets are generated with 16 or 32 hex characters, not {0}: choose 16 or 32")]
    SecretLengthUnsupported(usize),
    /// The operating system's random generator failed.
    #[error("the system random number generator failed ({0}); try again")]
    Random(String),
    /// A PIN that the policy for new tokens refuses.
    #[error("{0}")]
    PinPolicy(PinProblem),
    /// An instant before 1970: mOTP counters start at the Unix epoch.
    #[error(
        "the time is before 1970-01-01 ({unix_seconds} s): mOTP codes start at the Unix epoch; \
         check the device clock"
    )]
    TimeBeforeEpoch {
        /// The offending instant in seconds (negative).
        unix_seconds: i64,
    },
    /// An instant so far in the future that arithmetic would overflow.
    #[error("the time {unix_seconds} s is out of range: check the device clock")]
    TimeOutOfRange {
        /// The offending instant in seconds.
        unix_seconds: i64,
    },
    /// A code that is not 6 hex characters.
    #[error(
        "the code must be 6 hex characters (0-9, a-f), for example \"a1b2c3\": {problem}; \
         re-type it from the token"
    )]
    CodeMalformed {
        /// What was wrong with it.
        problem: String,
    },
    /// A provisioning URI that cannot be read.
    #[error("cannot read this provisioning URI: {0}")]
    UriMalformed(String),
    /// A URI (or QR code) that holds something other than an mOTP token.
    #[error("this is {what}, not an mOTP token; this token only holds mOTP (motp://) accounts")]
    UriNotMotp {
        /// What it holds, in words.
        what: String,
    },
    /// An out-of-range option (window, span, tolerance…).
    #[error("{0}")]
    InvalidOption(String),

    // ---- qr ----
    /// A camera frame whose size, row stride or buffer length do not fit together. A bug in the
    /// calling app, not something a user can fix; the message says which number is wrong.
    #[error("the camera frame cannot be read: {0}")]
    QrFrameInvalid(String),
    /// An image file that is not a PNG or JPEG the decoder can read.
    #[error("cannot read this image: {0}")]
    QrImageUnreadable(String),
    /// No QR code could be decoded.
    #[error(
        "no QR code found; hold the camera steady with the whole code in view, in focus and \
         without glare (for an image file: use a sharper picture that shows the whole code)"
    )]
    QrNotFound,
    /// A text too long for any QR code at the error-correction level we use.
    #[error(
        "the token's URI is {bytes} bytes long, too long for a QR code: shorten the issuer or \
         account name, or transfer the secret as text"
    )]
    QrTooLong {
        /// The length of the text to encode, in bytes.
        bytes: usize,
    },
}

/// Why a PIN was refused for a new token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinProblem {
    /// Fewer than 4 digits.
    TooShort,
    /// More than 8 digits.
    TooLong,
    /// A character other than 0–9.
    NotDigits,
}

impl std::fmt::Display for PinProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PinProblem::TooShort => "the PIN is too short: use 4 to 8 digits",
            PinProblem::TooLong => {
                "the PIN is too long: use 4 to 8 digits (DrayTek routers accept 4 to 7)"
            }
            PinProblem::NotDigits => "the PIN must be digits only (0-9): use 4 to 8 digits",
        })
    }
}
