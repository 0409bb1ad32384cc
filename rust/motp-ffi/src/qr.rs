//! QR codes for the apps: one scanner for both platforms (no Google Play services needed) and
//! the matrix for showing a token to another phone. Image files (PNG/JPEG) are left to the
//! platforms' own decoders (`BitmapFactory`, `UIImage`) that hand us a luma plane, which keeps
//! the image codecs out of the mobile library.

use zeroize::Zeroizing;

use crate::error::MotpError;
use crate::vault::TokenVault;

type Result<T> = std::result::Result<T, MotpError>;

/// Every QR text in a camera frame's luma plane: Android's `ImageProxy` Y plane
/// (`rowStride`), iOS's `CVPixelBuffer` plane 0 (`bytesPerRow`). The last row may be unpadded.
/// Pass a text to `parseProvisioningUri` to preview it and to `TokenVault.addFromUri` to add it.
#[uniffi::export]
pub fn decode_qr_luma(
    bytes: Vec<u8>,
    width: u32,
    height: u32,
    row_stride: u32,
) -> Result<Vec<String>> {
    let bytes = Zeroizing::new(bytes);
    Ok(
        motp_core::qr::decode_luma(&bytes, width, height, row_stride)?
            .into_iter()
            .map(|t| t.to_string())
            .collect(),
    )
}

/// A QR code's modules, for the app to draw (add a 4-module light quiet zone around it).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct QrMatrixRecord {
    /// Modules per side.
    pub size: u32,
    /// `size × size` modules, row by row; `true` is dark.
    pub modules: Vec<bool>,
}

impl From<motp_core::qr::QrMatrix> for QrMatrixRecord {
    fn from(m: motp_core::qr::QrMatrix) -> Self {
        QrMatrixRecord {
            size: m.size(),
            modules: m.modules().to_vec(),
        }
    }
}

#[uniffi::export]
impl TokenVault {
    /// The token as a QR code (`motp://ISSUER:ACCOUNT?secret=…`, never the PIN) to move it to
    /// another phone. It carries the secret: show it only after an explicit reveal.
    pub fn qr_for_token(&self, id: String) -> Result<QrMatrixRecord> {
        let uri = self.lock().provisioning_uri(crate::vault::id(&id)?)?;
        Ok(motp_core::qr::for_token(&uri)?.into())
    }
}
