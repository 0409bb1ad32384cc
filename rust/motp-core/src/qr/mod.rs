//! QR codes: reading them from camera frames and image files, drawing a token's.
//!
//! Behind the `qr` cargo feature (off by default; the CLI and FFI turn it on). Decoding in the
//! core gives both phone apps one scanner that needs no Google Play services, and gives the
//! desktop tool image import. See `docs/qr.md` for the inputs supported, the distortions
//! tested and the measured speed.
//!
//! | function | in | out |
//! |---|---|---|
//! | [`decode_luma`] | camera Y plane: bytes, width, height, row stride | every QR text found |
//! | [`decode_image`] | PNG or JPEG file bytes | every QR text found |
//! | [`scan_luma`], [`scan_image`] | the same | the first mOTP token, or the most telling error |
//! | [`for_token`] | a [`ProvisioningUri`](crate::ProvisioningUri) | a [`QrMatrix`] |
//! | [`QrMatrix::to_svg`], [`QrMatrix::to_png`], [`QrMatrix::to_terminal`] | a matrix | SVG, PNG, terminal text |
//!
//! Everything that shows a token's code carries its secret: produce it only after the user
//! explicitly asked to reveal or export the token (the callers enforce that).

mod bounded;
mod decode;
mod encode;
mod frame;
mod render;
mod scan;

pub use bounded::{MAX_FINDER_CANDIDATES, MAX_SETS_SAMPLED, tiled_finder_patterns};
pub use decode::decode_luma;
#[cfg(feature = "qr-image")]
pub use decode::{MAX_IMAGE_FILE_BYTES, decode_image, picture_luma};
pub use encode::{QUIET_ZONE, QrMatrix, encode_text, for_token};
pub use frame::{MAX_PIXELS, MAX_SIDE};
pub use render::{MAX_MODULE_PX, TerminalStyle};
#[cfg(feature = "qr-image")]
pub use scan::scan_image;
pub use scan::scan_luma;
