//! "Scan the screen": every display captured as grey for the core's QR reader.
//!
//! On Linux the X server's root window is read with `x11rb` (pure Rust, already in the build
//! through the window toolkit): no PipeWire or libclang, which `xcap`'s Linux back end needs.
//! Under Wayland this sees only what XWayland shows (the portal's screenshot is not done). On
//! Windows and macOS `xcap` captures each monitor.

use crate::picture::GreyPlane;
use crate::platform::Capture;

/// The displays' capture.
#[derive(Debug, Clone, Copy, Default)]
pub struct ScreenCapture;

impl Capture for ScreenCapture {
    fn displays(&self) -> Result<Vec<GreyPlane>, String> {
        capture_displays()
    }
}

#[cfg(all(unix, not(target_os = "macos")))]
fn capture_displays() -> Result<Vec<GreyPlane>, String> {
    x11::capture(None)
}

#[cfg(any(windows, target_os = "macos"))]
fn capture_displays() -> Result<Vec<GreyPlane>, String> {
    let monitors = xcap::Monitor::all().map_err(|e| e.to_string())?;
    let mut planes = Vec::new();
    for m in monitors {
        let img = m.capture_image().map_err(|e| e.to_string())?;
        planes.push(GreyPlane::from_rgba(
            img.as_raw(),
            img.width(),
            img.height(),
        ));
    }
    Ok(planes)
}

/// X11 capture (also used by the tests against a virtual X server).
#[cfg(all(unix, not(target_os = "macos")))]
pub mod x11 {
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::{ConnectionExt, ImageFormat};

    use crate::picture::GreyPlane;

    /// Every screen's root window of the X display `display` (`None`: `$DISPLAY`), as grey.
    pub fn capture(display: Option<&str>) -> Result<Vec<GreyPlane>, String> {
        let (conn, _) = x11rb::connect(display).map_err(|e| e.to_string())?;
        let setup = conn.setup();
        let mut planes = Vec::new();
        for screen in &setup.roots {
            let format = setup
                .pixmap_formats
                .iter()
                .find(|f| f.depth == screen.root_depth)
                .ok_or("the X server has no pixmap format for its screen's depth")?;
            if format.bits_per_pixel != 32 {
                return Err(format!(
                    "a {}-bit screen cannot be read (32-bit only)",
                    format.bits_per_pixel
                ));
            }
            let (w, h) = (screen.width_in_pixels, screen.height_in_pixels);
            let reply = conn
                .get_image(ImageFormat::Z_PIXMAP, screen.root, 0, 0, w, h, !0)
                .map_err(|e| e.to_string())?
                .reply()
                .map_err(|e| e.to_string())?;
            let plane = GreyPlane::from_bgrx(&reply.data, u32::from(w), u32::from(h));
            planes.push(plane);
        }
        Ok(planes)
    }
}
