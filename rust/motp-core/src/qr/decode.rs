//! Finding and reading every QR code in a picture.
//!
//! The decoder is rxing's port of zxing-cpp's QR reader (`rxing::qrcode::cpp_port`) behind
//! zxing's hybrid (local-threshold) binarizer: on the project's real 1600 × 1200 camera frame it
//! takes ~7 ms where rqrr takes ~37 ms (figures and method in `docs/qr.md`). Its steps are run
//! by `bounded.rs`, which bounds the work for any picture.
//!
//! Decoding returns texts, not tokens: a caller that wants a token uses [`super::scan_luma`] /
//! [`super::scan_image`]. The texts are wrapped in `Zeroizing` because a provisioning QR code
//! carries the secret.

#[cfg(feature = "qr-image")]
use std::io::Cursor;

use zeroize::Zeroizing;

use super::frame;
#[cfg(feature = "qr-image")]
use crate::error::Error;
use crate::error::Result;

#[cfg(feature = "qr-image")]
/// Largest image file we decode, in bytes (a 48 MP JPEG is ~20 MB).
pub const MAX_IMAGE_FILE_BYTES: usize = 64 * 1024 * 1024;

/// Every QR code text in a camera frame's luma (Y) plane, in the order found; empty if none.
///
/// `stride` is the plane's bytes per row (≥ `width`); the buffer must hold at least
/// `stride * (height - 1) + width` bytes (the last row need not be padded). Bad geometry is an
/// error before any pixel is read. Tuned for speed (a frame comes every ~33 ms and a miss is
/// retried on the next), so it does not search as hard as [`decode_image`].
pub fn decode_luma(
    bytes: &[u8],
    width: u32,
    height: u32,
    stride: u32,
) -> Result<Vec<Zeroizing<String>>> {
    let luma = frame::luma(bytes, width, height, stride)?;
    read(&luma.pixels, luma.width, luma.height, false)
}

#[cfg(feature = "qr-image")]
/// Every QR code text in a PNG or JPEG image file's bytes, in the order found; empty if none.
///
/// Transparent pixels count as white (QR images are often black on transparent). Searches
/// harder than [`decode_luma`] (every 3rd row is scanned for finder patterns): a file is decoded
/// once, so thoroughness beats speed. Codes with very large modules (one filling a 4000 × 3000
/// photo) are found at full size; no downscaling is needed.
pub fn decode_image(bytes: &[u8]) -> Result<Vec<Zeroizing<String>>> {
    let (pixels, width, height) = image_luma(bytes)?;
    read(&pixels, width, height, true)
}

/// Runs the QR reader over a packed `width * height` luma buffer, within a bound on its work
/// whatever the picture holds (`bounded.rs`).
fn read(
    pixels: &[u8],
    width: u32,
    height: u32,
    try_harder: bool,
) -> Result<Vec<Zeroizing<String>>> {
    Ok(super::bounded::read(pixels, width, height, try_harder)?.0)
}

#[cfg(feature = "qr-image")]
/// A PNG or JPEG image file's pixels as packed grey (luma) with its width and height, the
/// plane a camera frame gives: for a shell that reads a picture's QR codes through the app
/// core's `PictureChosen` (the desktop app, which has this decoder; the phones use their own).
/// The same checks and transparency rule as [`decode_image`].
pub fn picture_luma(bytes: &[u8]) -> Result<(Zeroizing<Vec<u8>>, u32, u32)> {
    image_luma(bytes)
}

#[cfg(feature = "qr-image")]
/// Decodes a PNG or JPEG into packed luma, compositing transparency over white.
fn image_luma(bytes: &[u8]) -> Result<(Zeroizing<Vec<u8>>, u32, u32)> {
    if bytes.len() > MAX_IMAGE_FILE_BYTES {
        return Err(Error::QrImageUnreadable(format!(
            "the file is {} MB, more than the {} MB a picture of a QR code needs; crop or shrink \
             it",
            bytes.len() / (1024 * 1024),
            MAX_IMAGE_FILE_BYTES / (1024 * 1024)
        )));
    }
    let mut reader = image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| Error::QrImageUnreadable(e.to_string()))?;
    match reader.format() {
        Some(image::ImageFormat::Png | image::ImageFormat::Jpeg) => {}
        Some(other) => {
            return Err(Error::QrImageUnreadable(format!(
                "it is a {other:?} image; save it as PNG or JPEG"
            )));
        }
        None => {
            return Err(Error::QrImageUnreadable(
                "it is not a PNG or JPEG file; take a screenshot or save the picture as PNG or \
                 JPEG"
                    .into(),
            ));
        }
    }
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(frame::MAX_SIDE);
    limits.max_image_height = Some(frame::MAX_SIDE);
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let decoded = reader.decode().map_err(|e| {
        Error::QrImageUnreadable(match e {
            image::ImageError::Limits(_) => format!(
                "it is larger than {side}×{side} pixels; crop or shrink it",
                side = frame::MAX_SIDE
            ),
            other => format!("{other}; the file may be damaged or cut short"),
        })
    })?;
    let (width, height) = (decoded.width(), decoded.height());
    frame::check_size(width, height).map_err(|_| {
        Error::QrImageUnreadable(format!(
            "it is {width}×{height} pixels, larger than the {} megapixels we decode; crop or \
             shrink it",
            frame::MAX_PIXELS / (1024 * 1024)
        ))
    })?;
    let mut with_alpha = Zeroizing::new(decoded.into_luma_alpha8().into_raw());
    let mut luma = Zeroizing::new(Vec::with_capacity(with_alpha.len() / 2));
    for la in with_alpha.chunks_exact(2) {
        let (l, a) = (u32::from(la[0]), u32::from(la[1]));
        // l·a + white·(1 − a), rounded; never above 255.
        luma.push(((l * a + 255 * (255 - a) + 127) / 255) as u8);
    }
    with_alpha.clear();
    Ok((luma, width, height))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_frames_hold_nothing() {
        for (w, h) in [(1, 1), (3, 7), (21, 21), (640, 480)] {
            let px = vec![200u8; (w * h) as usize];
            assert!(decode_luma(&px, w, h, w).unwrap().is_empty());
        }
    }

    #[test]
    #[cfg(feature = "qr-image")]
    fn not_an_image() {
        for bytes in [&b""[..], b"hello", b"GIF89a\x01\x00\x01\x00"] {
            let e = decode_image(bytes).unwrap_err();
            assert!(matches!(e, Error::QrImageUnreadable(_)), "{e}");
        }
        let e = decode_image(b"GIF89a\x01\x00\x01\x00")
            .unwrap_err()
            .to_string();
        assert!(e.contains("PNG or JPEG"), "{e}");
    }
}
