//! Writing tokens for other apps.
//!
//! Pure functions: tokens in, file bytes out (in a wiped buffer, since an export holds every
//! secret), plus the tokens that could not be represented and why. The caller writes the file.
//!
//! * [`export_aegis`]: an Aegis vault, plain or password-encrypted, that Aegis (and Stratum,
//!   and our own importer) read back;
//! * [`export_uri_list`]: `motp://ISSUER:ACCOUNT?secret=…`, one a line, never a PIN;
//! * [`export_google`]: Google Authenticator's `otpauth-migration://` texts, one QR code's a
//!   line, ten accounts each.

mod aegis;
mod google;
mod uri_list;

use std::fmt;

use zeroize::Zeroizing;

pub use aegis::{AegisExportParams, export_aegis};
pub use google::{ACCOUNTS_PER_CODE, export_google};
pub use uri_list::export_uri_list;

/// An export: the file's bytes and what was left out.
#[derive(Clone, PartialEq, Eq)]
pub struct Exported {
    /// The file's content. As secret as the tokens: write it, then let it drop.
    pub bytes: Zeroizing<Vec<u8>>,
    /// Tokens left out, as `(label, reason)`.
    pub skipped: Vec<(String, String)>,
    /// How many tokens the file holds.
    pub count: usize,
}

impl fmt::Debug for Exported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Exported")
            .field(
                "bytes",
                &format_args!("<{} bytes redacted>", self.bytes.len()),
            )
            .field("skipped", &self.skipped)
            .field("count", &self.count)
            .finish()
    }
}

/// The report label of a token: `issuer: account`.
pub(crate) fn token_label(t: &crate::portable::PortableToken, index: usize) -> String {
    crate::import::label(t.issuer.as_deref(), Some(&t.account), index)
}
