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
    /// An instant after 9999-12-31 (`time::MAX_UNIX_SECONDS`), so far in the future that
    /// arithmetic on it could overflow.
    #[error(
        "the time {unix_seconds} s is out of range: give a time before the year 10000 \
         (253402300799 s); check the device clock"
    )]
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
    /// A Steam Guard code that is not 5 characters of Steam's alphabet.
    #[error(
        "the code must be 5 characters from 23456789BCDFGHJKMNPQRTVWXY, for example \"4T8WR\": \
         {problem}; re-type it from the token"
    )]
    SteamCodeMalformed {
        /// What was wrong with it.
        problem: String,
    },
    /// A TOTP/HOTP code that is not the token's number of digits.
    #[error("the code must be {digits} digits (0-9): {problem}; re-type it from the token")]
    OathCodeMalformed {
        /// How many digits the token's codes have.
        digits: u8,
        /// What was wrong with it.
        problem: String,
    },
    /// A TOTP/HOTP secret that is not Base32.
    #[error(
        "the secret is not valid Base32 ({problem}): TOTP and HOTP secrets use the letters A-Z \
         and the digits 2-7; re-enter it exactly as the service shows it"
    )]
    SecretNotBase32 {
        /// What was wrong with it (never the secret itself).
        problem: crate::base32::Base32Problem,
    },
    /// A token of a kind this build does not know (made by a newer app).
    #[error(
        "this token is of the kind \"{kind}\", made by a newer version of mOTP Token: update \
         the app to use it (it is kept unchanged in the vault)"
    )]
    TokenKindUnsupported {
        /// The kind's name as stored.
        kind: String,
    },
    /// An operation that does not apply to this token's kind.
    #[error("{0}")]
    WrongKind(String),
    /// A provisioning URI that cannot be read.
    #[error("cannot read this provisioning URI: {0}")]
    UriMalformed(String),
    /// A URI (or QR code) that holds something other than a token we hold.
    #[error(
        "this is {what}, not an mOTP, TOTP or HOTP token; this app holds motp://, \
         otpauth://totp and otpauth://hotp accounts"
    )]
    UriNotMotp {
        /// What it holds, in words.
        what: String,
    },
    /// An out-of-range option (window, span, tolerance…).
    #[error("{0}")]
    InvalidOption(String),

    // ---- clock ----
    /// The time server was not written as `HOST` or `HOST:PORT`.
    #[error(
        "\"{server}\" is not a time server address ({problem}): write HOST or HOST:PORT, for \
         example pool.ntp.org, time.example.com:123 or [2001:db8::1]:123"
    )]
    ClockServerInvalid {
        /// What the user gave.
        server: String,
        /// What is wrong with it.
        problem: String,
    },
    /// The time server's name could not be resolved to an address.
    #[error(
        "cannot find the time server {server} ({reason}): check the spelling, this device's \
         network connection and DNS, or give the server's IP address"
    )]
    ClockServerNotFound {
        /// The server as given.
        server: String,
        /// What the resolver said.
        reason: String,
    },
    /// No reply arrived before the timeout.
    #[error(
        "no answer from the time server {server} ({address}) within {timeout_ms} ms: check the \
         network connection and that a firewall lets UDP port 123 out, wait and try again, or \
         try another server with --server"
    )]
    ClockTimeout {
        /// The server as given.
        server: String,
        /// The address that was asked.
        address: String,
        /// How long we waited.
        timeout_ms: u64,
    },
    /// The request could not be delivered (refused, network unreachable, socket error).
    #[error(
        "cannot reach the time server {server} ({address}): {reason}; check the network \
         connection, the server name and port, or try another server with --server"
    )]
    ClockUnreachable {
        /// The server as given.
        server: String,
        /// The address that was tried.
        address: String,
        /// What the operating system said.
        reason: String,
    },
    /// The server answered with a kiss-o'-death packet (stratum 0): it refuses to serve us.
    #[error(
        "the time server {server} refused to give the time (kiss-o'-death code {code}): {advice}"
    )]
    ClockKissOfDeath {
        /// The server as given.
        server: String,
        /// The 4-letter kiss code (RATE, DENY, RSTR…), or `????` if unreadable.
        code: String,
        /// What to do about this code.
        advice: String,
    },
    /// The server says its own clock is not synchronized, so its time cannot be trusted.
    #[error(
        "the time server {server} does not know the time itself ({problem}): try another \
         server with --server, for example pool.ntp.org"
    )]
    ClockServerUnsynchronized {
        /// The server as given.
        server: String,
        /// What its reply said.
        problem: String,
    },
    /// The reply was not a valid NTP server reply to our request.
    #[error(
        "the time server {server} sent a reply that is not a valid answer to our request \
         ({problem}): check that {server} is an NTP server and the port is right (normally \
         123), or try another server with --server"
    )]
    ClockBadReply {
        /// The server as given.
        server: String,
        /// What was wrong with the reply.
        problem: String,
    },

    // ---- secret check ----
    /// A check code that is not 6 hex characters.
    #[error(
        "a check code is 6 hex characters (0-9, a-f), for example \"a1b 2c3\": {problem}; \
         copy it again from the administrator's `motp secret check`"
    )]
    CheckCodeMalformed {
        /// What was wrong with it.
        problem: String,
    },
    // ---- import/export ----
    /// A file far bigger than any real backup of tokens.
    #[error(
        "the file is {size} bytes, more than the {max} bytes a backup of tokens can be: check \
         that you chose the right file"
    )]
    ImportTooLarge {
        /// Its size in bytes.
        size: usize,
        /// The limit.
        max: usize,
    },
    /// A file with more entries than any backup holds, refused before they are read.
    #[error(
        "this {format} file has more than {max} {what}, more than any backup holds (a vault \
         takes 10000 tokens): split it into smaller files and import them one by one"
    )]
    ImportTooManyEntries {
        /// The format's name.
        format: &'static str,
        /// What was counted ("entries", "lines that are not blank or comments").
        what: &'static str,
        /// The limit.
        max: usize,
    },
    /// A file that none of the importers recognises.
    #[error(
        "cannot import this file: it seems to be {what}. Import reads Aegis vaults (.json), \
         Authenticator Pro / Stratum backups (.authpro, .json), andOTP backups (.json, .json.aes) \
         and text files of motp:// provisioning URIs"
    )]
    ImportUnrecognized {
        /// What the file seems to be, in words.
        what: String,
    },
    /// A file from an app or format that cannot hold mOTP tokens at all.
    #[error(
        "this is {what}, which cannot hold mOTP tokens and which this app does not read: export \
         mOTP tokens from the app that holds them, and TOTP/HOTP accounts one by one as QR codes \
         or otpauth:// links"
    )]
    ImportCannotHoldMotp {
        /// What the file is, in words.
        what: String,
    },
    /// An encrypted backup, and no password was given.
    #[error("this {format} backup is encrypted: give its password")]
    ImportPasswordRequired {
        /// The format's name.
        format: &'static str,
    },
    /// The password does not open the backup.
    #[error(
        "wrong password for this {format} backup: check the password (the one chosen when the \
         backup was made, not a token's PIN) and try again"
    )]
    ImportWrongPassword {
        /// The format's name.
        format: &'static str,
    },
    /// The backup is recognised but its structure is broken.
    #[error(
        "this {format} backup is damaged or incomplete: {problem}; export a fresh backup from the app"
    )]
    ImportMalformed {
        /// The format's name.
        format: &'static str,
        /// What is wrong, in words (never a secret).
        problem: String,
    },
    /// Key-derivation parameters far beyond what the app ever writes (a crafted file could
    /// otherwise hang the device or exhaust its memory).
    #[error(
        "this {format} backup asks for {what}, more than the limit of {limit}; no real backup \
         does, so it was refused: export a fresh backup from the app"
    )]
    ImportKdfLimit {
        /// The format's name.
        format: &'static str,
        /// The parameters asked for, in words.
        what: String,
        /// The limit, in words.
        limit: String,
    },
    /// A valid backup of a kind or version we cannot open.
    #[error("this {format} backup cannot be opened here: {reason}")]
    ImportUnsupported {
        /// The format's name.
        format: &'static str,
        /// Why, and what to do.
        reason: String,
    },
    /// An Aegis icon pack that cannot be used (see `icon_pack`).
    #[error(
        "this icon pack cannot be used: {0}; choose an Aegis icon pack (a .zip with pack.json)"
    )]
    IconPack(crate::icon_problem::IconPackProblem),
    /// The installed icon pack could not be written or read beside the vault.
    #[error("the icon pack could not be stored: {detail}")]
    IconStore {
        /// What failed, with the path.
        detail: String,
    },
    /// An encrypted export was asked for with an empty password.
    #[error("the export password is empty: choose a password, or export without encryption")]
    ExportPasswordEmpty,

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
    /// The vault file cannot be used (damaged, missing…) and its previous copy refuses the
    /// password: "wrong password" would mislead when the password is right for the damaged file
    /// and the copy is from before a password change.
    #[error(
        "the vault file cannot be used ({damage}), and its previous copy {prev} does not open \
         with this password{}",
        prev_copy_advice(*.password_changed)
    )]
    VaultDamagedPrevRefusesPassword {
        /// What is wrong with the vault file, in words.
        damage: String,
        /// The previous copy's path.
        prev: String,
        /// Whether the vault file's password slot is a different one from the copy's (the
        /// password was changed after the copy was saved).
        password_changed: bool,
    },
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
    /// A file offered as a copy of this vault (a synced folder's conflict copy, a server's
    /// copy) is a vault made with another key: another vault, never merged into this one.
    #[error(
        "this file is a different vault, not a copy of this one (it was made with another key), \
         so it was not merged: open it on its own if its tokens are wanted"
    )]
    VaultNotThisOne,
    /// A sync server's address that cannot be used.
    #[error("this sync address cannot be used: {problem}")]
    SyncUrlInvalid {
        /// What is wrong, and what to do.
        problem: String,
    },
    /// Sync was asked for on a vault linked to no server.
    #[error("this vault is not linked to a sync server: set one up first (motp sync setup URL)")]
    SyncNotSetUp,
    /// The server refused the credentials.
    #[error(
        "the sync server refused the user name or password (HTTP {status}); check them, and \
         for Nextcloud use an app password"
    )]
    SyncRefused {
        /// The HTTP status.
        status: u16,
    },
    /// The server answered with an error.
    #[error(
        "the sync server could not {action} (HTTP {status}); nothing was lost: this device's \
         vault is saved, try again later"
    )]
    SyncServer {
        /// What was being done.
        action: String,
        /// The HTTP status.
        status: u16,
    },
    /// The server gives no ETags, without which two devices could overwrite each other.
    #[error(
        "the sync server gives no ETag for the vault file, which safe syncing needs (without it \
         two devices could overwrite each other); use a WebDAV server such as Nextcloud or \
         Apache mod_dav"
    )]
    SyncNoEtag,
    /// The server's file is another vault.
    #[error(
        "the file at the sync address is a different vault (made with another key), so it was \
         neither merged nor overwritten: choose another address, or set this device up from \
         that vault (motp init --from URL)"
    )]
    SyncOtherVault,
    /// Other devices kept writing between this device's reads and writes.
    #[error(
        "other devices wrote the vault to the server {tries} times while this one tried to; \
         this device's vault is saved and merged with theirs: sync again in a moment"
    )]
    SyncRaceLost {
        /// How many times.
        tries: u32,
    },
    /// Someone else saved the vault after this handle opened it.
    #[error("the vault was changed elsewhere (another window or device); reopen it and try again")]
    VaultChangedElsewhere,
    /// A password change met a file whose password had been changed meanwhile (another window
    /// or program): applying this one over it would leave only one of the two new passwords
    /// working while both were reported as set.
    #[error(
        "the vault's password was changed by another window or program while this change was \
         being made, so this new password was not set: open the vault with the password set \
         there, then change it again if you still want to"
    )]
    VaultPasswordChangedElsewhere,
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
    /// `create` found no vault but files a vault could be recovered from (its `.prev`, or a
    /// save's temporary): creating an empty vault there would push them out of reach.
    #[error(
        "there is no vault at {path}, but {found} is there and may hold your tokens: {advice}; nothing was created"
    )]
    VaultLeftovers {
        /// The vault path.
        path: String,
        /// The file found.
        found: String,
        /// How to recover (or start afresh).
        advice: String,
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
    /// A save (or a backup) that would be larger than any reader accepts: refused, so that no
    /// save writes a vault nothing can open afterwards.
    #[error(
        "the vault would be {size} bytes, more than the {max} bytes any vault may be, so \
         nothing was saved: remove tokens or shorten their notes, then try again"
    )]
    VaultWouldBeTooLarge {
        /// The size the file would have had.
        size: u64,
        /// The limit (the same one every reader enforces).
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
    /// A change re-applied to a newer file (another window or program saved meanwhile) found
    /// its token gone: that save removed it.
    #[error(
        "this token was removed meanwhile (by another window or program), so nothing was \
         changed: list the tokens to see what is left"
    )]
    TokenRemovedMeanwhile,
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
    /// A token field that cannot be stored: which one (so an app shows the sentence under it,
    /// matching on the field, never on the words) and what is wrong with it.
    #[error("{problem}")]
    TokenInvalid {
        /// The field, or the token list as a whole.
        field: TokenField,
        /// What is wrong and what to do, in English.
        problem: String,
    },
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
    // ---- cli: export files ----
    /// An export would replace an existing file, and replacing was not allowed.
    #[error(
        "a file already exists at {path}: choose another name, or allow replacing it (nothing \
         was written)"
    )]
    ExportFileExists {
        /// The file that exists.
        path: String,
    },
}

/// What to do when the previous copy refuses the password (see
/// [`Error::VaultDamagedPrevRefusesPassword`]).
fn prev_copy_advice(password_changed: bool) -> &'static str {
    if password_changed {
        ": that copy was saved before the vault's password was changed, so it opens with the \
         password from before the change; copy it over the damaged vault file, open the vault \
         with that old password, then change the password again"
    } else {
        " either: check the password; if it was changed after that copy was saved, the copy \
         opens with the password from before (copy it over the damaged vault file and open the \
         vault with that one)"
    }
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
    /// A typed PIN (for an existing token) that is empty.
    TypedEmpty,
    /// A typed PIN with a character other than the ASCII digits 0–9 (a letter, a NUL, a
    /// non-ASCII digit).
    TypedNotDigits,
    /// A typed PIN longer than any PIN is.
    TypedTooLong,
}

impl std::fmt::Display for PinProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PinProblem::TooShort => "the PIN is too short: use 4 to 8 digits",
            PinProblem::TooLong => {
                "the PIN is too long: use 4 to 8 digits (DrayTek routers accept 4 to 7)"
            }
            PinProblem::NotDigits => "the PIN must be digits only (0-9): use 4 to 8 digits",
            PinProblem::TypedEmpty => "no PIN was typed: type the token's PIN (digits 0-9)",
            PinProblem::TypedNotDigits => {
                "that is not a PIN: a PIN is ASCII digits only (0-9, no letters, spaces or \
                 control characters); type the token's PIN again"
            }
            PinProblem::TypedTooLong => {
                "that is not a PIN: it is longer than 16 digits; type the token's PIN again"
            }
        })
    }
}

/// Which part of a token a [`Error::TokenInvalid`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenField {
    /// The issuer (company or server).
    Issuer,
    /// The account (the VPN user name).
    Account,
    /// The note.
    Note,
    /// The group's name.
    Group,
    /// The icon key.
    Icon,
    /// The server's tolerance in seconds.
    Tolerance,
    /// The token list as a whole: full, or a new order that is not a permutation.
    List,
}

impl TokenField {
    /// The field's name in the engine's English sentences ("the group name is blank").
    pub fn words(self) -> &'static str {
        match self {
            TokenField::Issuer => "issuer",
            TokenField::Account => "account",
            TokenField::Note => "note",
            TokenField::Group => "group name",
            TokenField::Icon => "icon key",
            TokenField::Tolerance => "server tolerance",
            TokenField::List => "token list",
        }
    }
}
