//! Drawing a [`QrMatrix`] for the desktop: SVG, PNG, and Unicode text for a terminal.
//!
//! Every rendering includes the [`QUIET_ZONE`] and is black on white (or, in a terminal, as
//! described at [`TerminalStyle`]). Like the matrix, every output carries the secret: it is
//! returned in `Zeroizing` buffers, and must only be produced after an explicit reveal.

use std::fmt::Write as _;

#[cfg(feature = "qr-image")]
use image::ImageEncoder as _;
use zeroize::Zeroizing;

use super::encode::{QUIET_ZONE, QrMatrix};
#[cfg(feature = "qr-image")]
use crate::error::{Error, Result};

/// Largest PNG module size accepted, in pixels (a version 40 code is then 11 840 px wide).
pub const MAX_MODULE_PX: u32 = 64;

/// How [`QrMatrix::to_terminal`] makes the code readable whatever the terminal's colours.
///
/// A scanner needs dark modules on a light background. A terminal draws characters in its
/// foreground colour on its background colour, and which of those is light depends on its theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TerminalStyle {
    /// Sets the colours with ANSI escape codes: black (256-colour 16, `#000000`) on white (231,
    /// `#ffffff`), the two palette entries themes leave alone. Right on dark and light terminals
    /// alike; needs a terminal that shows colours (every current one does). The default.
    #[default]
    Ansi,
    /// No escape codes, for a terminal with light text on a dark background: the *light*
    /// modules and the quiet zone are drawn, the dark ones left as background.
    DarkBackground,
    /// No escape codes, for a terminal with dark text on a light background: the *dark* modules
    /// are drawn. Also right for printing on paper.
    LightBackground,
}

impl QrMatrix {
    /// An SVG document: one square per module unit (`viewBox` in modules, quiet zone included),
    /// drawn 8 px per module by default, black on a white background, with crisp edges.
    pub fn to_svg(&self) -> Zeroizing<String> {
        let side = self.size_with_quiet_zone();
        let mut svg = Zeroizing::new(String::with_capacity(64 * side as usize));
        let _ = write!(
            svg,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 {side} \
             {side}\" width=\"{px}\" height=\"{px}\" shape-rendering=\"crispEdges\">\n\
             <rect width=\"{side}\" height=\"{side}\" fill=\"#ffffff\"/>\n<path fill=\"#000000\" \
             d=\"",
            px = side * 8
        );
        // One rectangle per horizontal run of dark modules keeps the path short.
        for y in 0..self.size() {
            let mut x = 0;
            while x < self.size() {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.size() && self.is_dark(x, y) {
                    x += 1;
                }
                let _ = write!(
                    svg,
                    "M{},{}h{}v1h-{}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE,
                    x - start,
                    x - start
                );
            }
        }
        svg.push_str("\"/>\n</svg>\n");
        svg
    }

    #[cfg(feature = "qr-image")]
    /// A greyscale PNG, `module_px` pixels per module (1 to [`MAX_MODULE_PX`]; 8 makes a
    /// typical token code ~360 px wide), quiet zone included.
    pub fn to_png(&self, module_px: u32) -> Result<Zeroizing<Vec<u8>>> {
        if !(1..=MAX_MODULE_PX).contains(&module_px) {
            return Err(Error::InvalidOption(format!(
                "a QR module of {module_px} pixels is out of range: use 1 to {MAX_MODULE_PX}"
            )));
        }
        let side = self.size_with_quiet_zone() * module_px;
        let mut pixels = Zeroizing::new(Vec::with_capacity((side * side) as usize));
        for py in 0..side {
            for px in 0..side {
                let dark = self.is_dark_framed(px / module_px, py / module_px);
                pixels.push(if dark { 0 } else { 255 });
            }
        }
        let mut png = Zeroizing::new(Vec::new());
        image::codecs::png::PngEncoder::new(&mut *png)
            .write_image(&pixels, side, side, image::ExtendedColorType::L8)
            .map_err(|e| Error::InvalidOption(format!("cannot write the PNG: {e}")))?;
        Ok(png)
    }

    /// Text for a terminal: each character is one module wide and two modules tall (`▀`, `▄`,
    /// `█` or a space), so the code stays square in a typical 1:2 character cell. Quiet zone
    /// included; lines end with `\n`. See [`TerminalStyle`] for dark and light terminals.
    pub fn to_terminal(&self, style: TerminalStyle) -> Zeroizing<String> {
        let side = self.size_with_quiet_zone();
        // Which modules get the glyph ("ink", drawn in the foreground colour).
        let ink = |x: u32, y: u32| -> bool {
            let dark = y < side && self.is_dark_framed(x, y);
            match style {
                TerminalStyle::Ansi | TerminalStyle::LightBackground => dark,
                // A row past the bottom (odd side) is terminal background: not ink.
                TerminalStyle::DarkBackground => y < side && !dark,
            }
        };
        let mut out = Zeroizing::new(String::with_capacity((side * (side / 2 + 1) * 4) as usize));
        for y in (0..side).step_by(2) {
            if style == TerminalStyle::Ansi {
                out.push_str("\x1b[38;5;16;48;5;231m");
            }
            for x in 0..side {
                out.push(match (ink(x, y), ink(x, y + 1)) {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    (false, false) => ' ',
                });
            }
            if style == TerminalStyle::Ansi {
                out.push_str("\x1b[0m");
            }
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::qr::encode_text;

    /// Reads terminal text back into "ink" cells, two rows per line.
    fn ink_cells(text: &str) -> Vec<Vec<bool>> {
        let mut rows = Vec::new();
        for line in text.lines() {
            let line = line
                .trim_start_matches("\x1b[38;5;16;48;5;231m")
                .trim_end_matches("\x1b[0m");
            let (mut top, mut bottom) = (Vec::new(), Vec::new());
            for c in line.chars() {
                let (t, b) = match c {
                    '█' => (true, true),
                    '▀' => (true, false),
                    '▄' => (false, true),
                    ' ' => (false, false),
                    other => panic!("unexpected {other:?}"),
                };
                top.push(t);
                bottom.push(b);
            }
            rows.push(top);
            rows.push(bottom);
        }
        rows
    }

    #[test]
    fn terminal_text_round_trips_in_every_style() {
        let m = encode_text("motp://Corp:alice?secret=0123456789abcdef").unwrap();
        let side = m.size_with_quiet_zone();
        assert_eq!(
            side % 2,
            1,
            "QR sizes are odd, so the last line is half empty"
        );
        for style in [
            TerminalStyle::Ansi,
            TerminalStyle::LightBackground,
            TerminalStyle::DarkBackground,
        ] {
            let text = m.to_terminal(style);
            assert_eq!(text.contains('\x1b'), style == TerminalStyle::Ansi);
            let cells = ink_cells(&text);
            assert_eq!(cells.len() as u32, side + 1);
            for y in 0..=side {
                assert_eq!(cells[y as usize].len() as u32, side);
                for x in 0..side {
                    let want = if y == side {
                        false
                    } else if style == TerminalStyle::DarkBackground {
                        !m.is_dark_framed(x, y)
                    } else {
                        m.is_dark_framed(x, y)
                    };
                    assert_eq!(cells[y as usize][x as usize], want, "{style:?} at {x},{y}");
                }
            }
        }
    }

    #[test]
    fn svg_draws_exactly_the_dark_modules() {
        let m = encode_text("motp://alice?secret=0123456789abcdef").unwrap();
        let svg = m.to_svg();
        let side = m.size_with_quiet_zone();
        assert!(svg.starts_with("<?xml"));
        assert!(svg.contains(&format!("viewBox=\"0 0 {side} {side}\"")));
        let d = svg
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let mut drawn = vec![false; (side * side) as usize];
        for cmd in d.split('z').filter(|c| !c.is_empty()) {
            // M{x},{y}h{n}v1h-{n}
            let (xy, rest) = cmd[1..].split_once('h').unwrap();
            let (x, y) = xy.split_once(',').unwrap();
            let n: u32 = rest.split_once('v').unwrap().0.parse().unwrap();
            let (x, y): (u32, u32) = (x.parse().unwrap(), y.parse().unwrap());
            for i in 0..n {
                assert!(!drawn[(y * side + x + i) as usize], "overlap");
                drawn[(y * side + x + i) as usize] = true;
            }
        }
        for y in 0..side {
            for x in 0..side {
                assert_eq!(drawn[(y * side + x) as usize], m.is_dark_framed(x, y));
            }
        }
    }

    #[test]
    #[cfg(feature = "qr-image")]
    fn png_size_and_bounds() {
        let m = encode_text("motp://alice?secret=0123456789abcdef").unwrap();
        let png = m.to_png(3).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let img = image::load_from_memory(&png).unwrap().into_luma8();
        assert_eq!(img.width(), m.size_with_quiet_zone() * 3);
        for (x, y, p) in img.enumerate_pixels() {
            assert_eq!(p.0[0] == 0, m.is_dark_framed(x / 3, y / 3));
        }
        for bad in [0, MAX_MODULE_PX + 1] {
            assert!(
                m.to_png(bad)
                    .unwrap_err()
                    .to_string()
                    .contains("out of range")
            );
        }
    }
}
