//! The neutral shape of a token moving between apps.
//!
//! Importers produce it, exporters and the vault consume it, so file formats and storage evolve
//! independently of each other.

use crate::kind::OtpKind;
use crate::pin::Pin;
use crate::secret::Secret;

/// A token as another app (or a provisioning URI) describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortableToken {
    /// mOTP, TOTP or HOTP, with the parameters.
    pub kind: OtpKind,
    /// The issuer (company, server), if known.
    pub issuer: Option<String>,
    /// The account, usually the VPN username (case-sensitive).
    pub account: String,
    /// The secret: mOTP's text exactly as the source holds it; TOTP/HOTP's canonical Base32.
    pub secret: Secret,
    /// A PIN, when the source stores one (Aegis, Stratum). The caller decides whether to keep it.
    pub pin: Option<Pin>,
    /// A free-text note, when the source has one.
    pub note: Option<String>,
    /// The group the source files it under (2FAS's groups), if any.
    pub group: Option<String>,
}

impl From<crate::uri::ProvisioningUri> for PortableToken {
    fn from(u: crate::uri::ProvisioningUri) -> Self {
        PortableToken {
            kind: u.kind,
            issuer: u.issuer,
            account: u.account,
            secret: u.secret,
            pin: u.pin,
            note: None,
            group: None,
        }
    }
}
