//! Turning a token's `motp://` URI into a QR code's modules.
//!
//! The matrix is what the apps draw (one square per module, their own colours and scale); the
//! desktop renders it as SVG, PNG or terminal text ([`super::render`]). Medium error correction
//! (~15 % of the code may be damaged): the usual choice for codes shown on a screen, and what
//! privacyIDEA and multiOTP show.
//!
//! **The matrix carries the secret.** Produce it only after the user explicitly asked to reveal
//! or export the token; the callers (CLI `--reveal`, the apps' reveal screens) enforce that. The
//! modules are wiped when the matrix is dropped (the encoder's own scratch buffers are not ours
//! to wipe).

use std::fmt;

use qrcode::{Color, EcLevel, QrCode, types::QrError};
use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::error::{Error, Result};
use crate::uri::ProvisioningUri;

/// Light modules to leave around the code on every side: the QR specification's quiet zone.
/// Scanners need it to find the code's edge; renderers here always include it.
pub const QUIET_ZONE: u32 = 4;

/// A QR code as a square of modules, row after row, `true` for dark. Without quiet zone: a
/// renderer adds [`QUIET_ZONE`] light modules on every side.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct QrMatrix {
    size: u32,
    modules: Vec<bool>,
}

impl QrMatrix {
    /// Modules per side (21 for version 1, +4 per version).
    pub fn size(&self) -> u32 {
        self.size
    }

    /// All modules, row-major (`modules[y * size + x]`), `true` for dark.
    pub fn modules(&self) -> &[bool] {
        &self.modules
    }

    /// Whether the module at column `x`, row `y` is dark; `false` outside the code (the quiet
    /// zone is light).
    pub fn is_dark(&self, x: u32, y: u32) -> bool {
        x < self.size && y < self.size && self.modules[(y * self.size + x) as usize]
    }

    /// Side length including the quiet zone on both sides.
    pub fn size_with_quiet_zone(&self) -> u32 {
        self.size + 2 * QUIET_ZONE
    }

    /// Like [`is_dark`](Self::is_dark) in coordinates that include the quiet zone.
    pub(crate) fn is_dark_framed(&self, x: u32, y: u32) -> bool {
        x >= QUIET_ZONE && y >= QUIET_ZONE && self.is_dark(x - QUIET_ZONE, y - QUIET_ZONE)
    }
}

/// The modules are the secret in another form: only the size is shown.
impl fmt::Debug for QrMatrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("QrMatrix")
            .field("size", &self.size)
            .field("modules", &"<redacted>")
            .finish()
    }
}

/// The QR code of a token: its `motp://ISSUER:ACCOUNT?secret=…` URI (never the PIN).
pub fn for_token(token: &ProvisioningUri) -> Result<QrMatrix> {
    encode_text(&token.to_uri())
}

/// The QR code of any text, at medium error correction and the smallest version that holds it.
pub fn encode_text(text: &str) -> Result<QrMatrix> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(|e| {
        match e {
            QrError::DataTooLong => Error::QrTooLong { bytes: text.len() },
            // Byte mode takes any bytes, so the encoder has no other failure for our input.
            other => Error::InvalidOption(format!("cannot make a QR code of this text: {other}")),
        }
    })?;
    let size = code.width() as u32;
    let modules = code
        .into_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect();
    Ok(QrMatrix { size, modules })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::Secret;

    #[test]
    fn token_code_has_finder_patterns_and_no_secret_in_debug() {
        let token = ProvisioningUri {
            kind: crate::kind::OtpKind::Motp,
            label_issuer_ignored: None,
            issuer: Some("Corp".into()),
            account: "alice".into(),
            secret: Secret::new("0123456789abcdef").unwrap(),
            pin: None,
        };
        let m = for_token(&token).unwrap();
        assert_eq!(m.size() % 4, 1);
        assert!(m.size() >= 21);
        assert_eq!(m.modules().len(), (m.size() * m.size()) as usize);
        // Finder pattern corners: dark 7×7 ring with a light ring inside.
        for (x, y) in [(0, 0), (m.size() - 7, 0), (0, m.size() - 7)] {
            assert!(m.is_dark(x, y) && m.is_dark(x + 6, y + 6) && m.is_dark(x + 3, y + 3));
            assert!(!m.is_dark(x + 1, y + 1) && !m.is_dark(x + 5, y + 5));
        }
        assert!(!m.is_dark(m.size(), 0) && !m.is_dark(0, m.size()));
        assert!(m.is_dark_framed(QUIET_ZONE, QUIET_ZONE) && !m.is_dark_framed(0, 0));
        let dbg = format!("{m:?}");
        assert!(dbg.contains("redacted") && !dbg.contains("true"), "{dbg}");
    }

    #[test]
    fn too_long_is_explained() {
        let e = encode_text(&"x".repeat(3000)).unwrap_err();
        assert_eq!(e, Error::QrTooLong { bytes: 3000 });
        assert!(e.to_string().contains("shorten"));
        // The largest byte-mode payload at level M (version 40) still fits.
        assert_eq!(encode_text(&"x".repeat(2331)).unwrap().size(), 177);
    }
}
