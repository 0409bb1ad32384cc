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

    // ---- vault ----
    /// The file was written by a newer release with a format this one does not know.
    #[error(
        "this vault was made by a newer version of mOTP Token (vault format version {version}, \
         this app reads up to {supported}); update the app to open it"
    )]
    VaultNewerVersion {
        /// The version found in the file.
        version: u64,
        /// The newest version this build reads.
        supported: u64,
    },
    /// The file is not a vault at all (wrong format name, not JSON, missing fields…).
    #[error("this file is not an mOTP Token vault ({0}); check that you chose the right file")]
    VaultNotAVault(String),
    /// The file looks like a vault but is damaged or has been modified.
    #[error(
        "the vault file is damaged or was modified ({0}); restore it from its .prev copy or \
         a backup"
    )]
    VaultCorrupt(String),
    /// No password slot accepted the password.
    #[error("wrong password for this vault: check it (passwords are case-sensitive) and try again")]
    VaultWrongPassword,
    /// The vault has no slot of the kind asked for.
    #[error("{0}")]
    VaultNoSuchSlot(String),
    /// The platform key store (Android Keystore, iOS Keychain…) failed.
    #[error(
        "the device key store could not {action} the vault key ({reason}); unlock with the \
         password instead"
    )]
    VaultKeyStore {
        /// "wrap" or "unwrap".
        action: String,
        /// What the key store said.
        reason: String,
    },
    /// Removing this slot would leave no way to unlock the vault.
    #[error(
        "this is the vault's last way to unlock it and cannot be removed: add a password or a \
         device key first"
    )]
    VaultLastSlot,
    /// Someone else saved the vault after this handle opened it.
    #[error("the vault was changed elsewhere (another window or device); reopen it and try again")]
    VaultChangedElsewhere,
    /// Another process holds the vault's write lock for too long.
    #[error(
        "another program is saving the vault right now (lock file {path}); try again in a moment"
    )]
    VaultBusy {
        /// The lock file.
        path: String,
    },
    /// A file-system operation failed.
    #[error("could not {action} {path}: {reason}; {consequence}")]
    VaultIo {
        /// What we tried ("read", "write", "rename"…).
        action: String,
        /// The file or directory.
        path: String,
        /// The operating system's words.
        reason: String,
        /// What this means for the user's data and what to do.
        consequence: String,
    },
    /// `create` found a file already there.
    #[error("a vault already exists at {path}: open it, or choose another file")]
    VaultExists {
        /// The path.
        path: String,
    },
    /// `open` found nothing.
    #[error("there is no vault at {path}: create one first, or check the path")]
    VaultNotFound {
        /// The path.
        path: String,
    },
    /// A file far larger than any vault.
    #[error(
        "the file is {size} bytes, larger than any vault can be ({max} bytes): this is not a \
         vault file"
    )]
    VaultTooLarge {
        /// Its size (or a lower bound).
        size: u64,
        /// The limit.
        max: u64,
    },
    /// An empty password.
    #[error("the password is empty: choose a password for the vault")]
    VaultPasswordEmpty,
    /// Key-derivation parameters outside the range we accept.
    #[error("{0}")]
    VaultKdfParams(String),
    /// No token has this id or name.
    #[error("no token matches \"{name}\": list the tokens to see their names")]
    TokenNotFound {
        /// What was asked for.
        name: String,
    },
    /// A name that fits several tokens.
    #[error(
        "\"{name}\" matches several tokens ({}): type more of the name, or issuer:account",
        candidates.join(", ")
    )]
    TokenNameAmbiguous {
        /// What was asked for.
        name: String,
        /// The names it matches, as "issuer:account".
        candidates: Vec<String>,
    },
    /// The token's PIN policy is "ask" and no PIN was given.
    #[error("this token asks for its PIN each time: enter the PIN to get a code")]
    PinRequired,
    /// A token field that cannot be stored.
    #[error("{0}")]
    TokenInvalid(String),
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
