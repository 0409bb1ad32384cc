//! Checking a camera frame's luma plane before any pixel is read.
//!
//! Cameras hand over the Y (luma) plane of a YUV frame as a buffer plus a row stride: Android's
//! `Image.Plane` (`getBuffer()`, `getRowStride()`), iOS's `CVPixelBuffer` plane
//! (`CVPixelBufferGetBaseAddressOfPlane`, `CVPixelBufferGetBytesPerRowOfPlane`). Rows may be
//! padded past the width, and the last row often is not (Android hands over exactly
//! `stride * (height - 1) + width` bytes), so that is the length required. Everything is checked
//! with overflow-checked arithmetic here, so the decoder only ever sees a buffer that holds every
//! pixel it will read.

use std::borrow::Cow;

use zeroize::Zeroize;

use crate::error::{Error, Result};

/// Largest width or height accepted: above any camera (8K video is 7680 × 4320).
pub const MAX_SIDE: u32 = 16_384;

/// Largest frame accepted, in pixels (64 MP: above a 48 MP photo, below anything absurd).
pub const MAX_PIXELS: u64 = 64 * 1024 * 1024;

/// A luma plane whose geometry has been checked.
pub(crate) struct Luma<'a> {
    /// `width * height` bytes, row after row without padding.
    pub pixels: Cow<'a, [u8]>,
    pub width: u32,
    pub height: u32,
}

/// A copied plane is wiped: it shows the QR code, which may carry a secret.
impl Drop for Luma<'_> {
    fn drop(&mut self) {
        if let Cow::Owned(v) = &mut self.pixels {
            v.zeroize();
        }
    }
}

/// Checks the geometry and returns the plane without padding (borrowed when it has none).
pub(crate) fn luma(bytes: &[u8], width: u32, height: u32, stride: u32) -> Result<Luma<'_>> {
    check_size(width, height)?;
    if stride < width {
        return Err(Error::QrFrameInvalid(format!(
            "the row stride {stride} is smaller than the width {width}; pass the plane's bytes \
             per row (Android: Image.Plane.getRowStride(), iOS: \
             CVPixelBufferGetBytesPerRowOfPlane)"
        )));
    }
    let (w, h, s) = (width as usize, height as usize, stride as usize);
    let needed = s
        .checked_mul(h - 1)
        .and_then(|n| n.checked_add(w))
        .ok_or_else(|| {
            Error::QrFrameInvalid(format!(
                "a row stride of {stride} with {height} rows is out of range; pass the plane's \
                 bytes per row"
            ))
        })?;
    if bytes.len() < needed {
        return Err(Error::QrFrameInvalid(format!(
            "the buffer holds {} bytes, but a {width}×{height} plane with a row stride of \
             {stride} needs at least {needed}; pass the whole Y (luma) plane and its own row \
             stride",
            bytes.len()
        )));
    }
    let pixels = if s == w {
        Cow::Borrowed(&bytes[..w * h])
    } else {
        let mut packed = Vec::with_capacity(w * h);
        for row in bytes.chunks(s).take(h) {
            packed.extend_from_slice(&row[..w]);
        }
        Cow::Owned(packed)
    };
    Ok(Luma {
        pixels,
        width,
        height,
    })
}

/// Refuses empty and absurdly large frames.
pub(crate) fn check_size(width: u32, height: u32) -> Result<()> {
    if width == 0 || height == 0 {
        return Err(Error::QrFrameInvalid(format!(
            "it is {width}×{height} pixels, which is empty; pass the camera image's real size"
        )));
    }
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(Error::QrFrameInvalid(format!(
            "it is {width}×{height} pixels, larger than the {MAX_SIDE}×{MAX_SIDE} (at most \
             {} megapixels) a camera frame can be; check the width and height passed",
            MAX_PIXELS / (1024 * 1024)
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(bytes: &[u8], w: u32, h: u32, s: u32) -> String {
        match luma(bytes, w, h, s) {
            Ok(_) => panic!("{w}x{h}/{s} accepted"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn packed_plane_is_borrowed() {
        let bytes: Vec<u8> = (0..12).collect();
        let l = luma(&bytes, 4, 3, 4).unwrap();
        assert!(matches!(l.pixels, Cow::Borrowed(_)));
        assert_eq!(&*l.pixels, &bytes[..]);
        // Extra bytes after the plane (an NV21 buffer's chroma) are ignored.
        let mut nv21 = bytes.clone();
        nv21.extend([9; 6]);
        assert_eq!(&*luma(&nv21, 4, 3, 4).unwrap().pixels, &bytes[..]);
    }

    #[test]
    fn padded_rows_are_packed_and_last_row_may_be_short() {
        // 3×2 plane, stride 5, last row unpadded: 5 + 3 = 8 bytes.
        let bytes = [1, 2, 3, 0, 0, 4, 5, 6];
        let l = luma(&bytes, 3, 2, 5).unwrap();
        assert_eq!(&*l.pixels, &[1, 2, 3, 4, 5, 6]);
        // Padded last row works too.
        let bytes = [1, 2, 3, 0, 0, 4, 5, 6, 0, 0];
        assert_eq!(&*luma(&bytes, 3, 2, 5).unwrap().pixels, &[1, 2, 3, 4, 5, 6]);
    }

    #[test]
    fn wrong_geometry_is_explained() {
        assert!(err(&[0; 10], 0, 10, 0).contains("empty"));
        assert!(err(&[0; 10], 10, 0, 10).contains("empty"));
        assert!(err(&[0; 10], 5, 2, 4).contains("stride 4 is smaller than the width 5"));
        let e = err(&[0; 7], 3, 2, 5);
        assert!(
            e.contains("holds 7 bytes") && e.contains("at least 8"),
            "{e}"
        );
        assert!(err(&[], 20_000, 10, 20_000).contains("larger than"));
        assert!(err(&[], 16_384, 16_384, 16_384).contains("megapixels"));
        // A stride so large the needed length overflows on 32-bit, or is simply not there.
        let e = err(&[0; 100], 10, 16_000, u32::MAX);
        assert!(
            e.contains("out of range") || e.contains("needs at least"),
            "{e}"
        );
    }
}
