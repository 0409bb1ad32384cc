//! Pictures as the core reads them: one byte of grey a pixel (`AddEvent::PictureChosen`). The
//! core owns the QR reading; the shell only turns an image file, a clipboard image or a screen
//! capture into that plane.

use motp_app::{AddEvent, Event, SecretBytes};
use zeroize::Zeroizing;

/// A grey (luma) plane, packed (bytes per row = width).
#[derive(Clone)]
pub struct GreyPlane {
    /// The pixels, row by row (may show a secret: zeroized when dropped).
    pub luma: Zeroizing<Vec<u8>>,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

impl std::fmt::Debug for GreyPlane {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "GreyPlane({}x{})", self.width, self.height)
    }
}

impl GreyPlane {
    /// Grey from 8-bit RGBA (alpha over white, as the core's own image reader does).
    pub fn from_rgba(rgba: &[u8], width: u32, height: u32) -> GreyPlane {
        GreyPlane::from_pixels(rgba, width, height, |p| (p[0], p[1], p[2], p[3]))
    }

    /// Grey from 32-bit BGRX (X11's usual screen format; the fourth byte ignored).
    pub fn from_bgrx(bgrx: &[u8], width: u32, height: u32) -> GreyPlane {
        GreyPlane::from_pixels(bgrx, width, height, |p| (p[2], p[1], p[0], 255))
    }

    fn from_pixels(
        px: &[u8],
        width: u32,
        height: u32,
        rgba: impl Fn(&[u8]) -> (u8, u8, u8, u8),
    ) -> GreyPlane {
        let mut luma = Zeroizing::new(Vec::with_capacity(px.len() / 4));
        for p in px.chunks_exact(4) {
            let (r, g, b, a) = rgba(p);
            // ITU-R BT.601 luma, then alpha over white.
            let l = (u32::from(r) * 299 + u32::from(g) * 587 + u32::from(b) * 114) / 1000;
            let a = u32::from(a);
            luma.push(((l * a + 255 * (255 - a) + 127) / 255) as u8);
        }
        GreyPlane {
            luma,
            width,
            height,
        }
    }

    /// A plane with nothing in it: what the core is given for a picture that could not be read,
    /// so it answers as for any picture without a QR code (as the Android shell does).
    pub fn blank() -> GreyPlane {
        GreyPlane {
            luma: Zeroizing::new(vec![255]),
            width: 1,
            height: 1,
        }
    }

    /// The core event that reads this plane's QR codes.
    pub fn into_event(self, now_ms: i64) -> Event {
        Event::Add(AddEvent::PictureChosen {
            luma: SecretBytes::new(self.luma.to_vec()),
            width: self.width,
            height: self.height,
            row_stride: self.width,
            now_ms,
        })
    }
}

/// An image file's bytes (PNG or JPEG) as grey, with motp-core's decoder and limits.
pub fn grey_plane_of_image(bytes: &[u8]) -> Result<GreyPlane, motp_core::Error> {
    let (luma, width, height) = motp_core::qr::picture_luma(bytes)?;
    Ok(GreyPlane {
        luma,
        width,
        height,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_become_grey_and_transparency_white() {
        let p = GreyPlane::from_rgba(&[0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 0], 3, 1);
        assert_eq!(p.luma.as_slice(), &[0, 255, 255]);
        let p = GreyPlane::from_bgrx(&[0, 0, 255, 0], 1, 1);
        assert_eq!(p.luma.as_slice(), &[76], "pure red is BT.601 grey 76");
    }

    #[test]
    fn a_file_that_is_not_a_picture_is_an_error_not_a_panic() {
        let e = grey_plane_of_image(b"not an image").expect_err("refused");
        assert!(e.to_string().contains("PNG or JPEG"), "{e}");
    }
}
