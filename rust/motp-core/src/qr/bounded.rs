//! Reading QR codes with a bound on the work, for any picture within the size cap.
//!
//! rxing's QR reader (zxing-cpp's, ported) scans rows for runs in the ratio 1:1:3:1:1 (a finder
//! pattern's cross-section), and for every such run compares its centre with every finder
//! pattern found so far: quadratic in the number of candidates. A picture of nothing but tiny
//! finder patterns (a 172 KB PNG, 8192² pixels, tiled with 7-pixel patterns) held a million of
//! them and kept `motp uri parse --qr` busy for 151 s and 429 MB. A real QR code has three, a
//! photo of one a few hundred candidate runs at most.
//!
//! So, before rxing looks at a picture:
//!
//! 1. **Count the candidates** on the rows rxing will scan, with a test every rxing candidate
//!    passes (its own quick plausibility test, on every window of five runs — a superset of the
//!    windows rxing tries): linear in the pixels.
//! 2. **Too many** (over [`MAX_FINDER_CANDIDATES`])? **Halve the picture** (2×2 averages) and
//!    count again. Big codes survive halving (their modules are many pixels wide); a carpet of
//!    tiny patterns does not. Each candidate has its own centre run of at least 3 pixels on one
//!    of every third row, so a picture of `w × h` pixels holds at most `w·h/9` of them: at 256²
//!    the budget is always met, and the halvings' pixels add up to less than 4/3 of the
//!    original's.
//! 3. Run rxing's own steps — find finder patterns, group them in threes, sample and decode —
//!    sampling at most [`MAX_SETS_SAMPLED`] groups (the most plausible first, rxing's order).
//!
//! [`Work`] counts each step, so tests assert the bound by counting, not by timing; the
//! benchmark `qr` (docs/qr.md) measures the time.

use rxing::common::{BitMatrix, DetectorRXingResult, HybridBinarizer};
use rxing::qrcode::cpp_port::decoder::Decode;
use rxing::qrcode::cpp_port::detector::{FindFinderPatterns, GenerateFinderPatternSets, SampleQR};
use rxing::{BinaryBitmap, Luma8Source};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Most candidate finder-pattern runs the decoder is given (see the module doc). rxing's
/// search compares each candidate with the patterns found so far, so its work grows with the
/// square of this. The project's real camera frames and every case of the distortion grid
/// (docs/qr.md) stay within it and decode exactly as before the bound (at 4096, heavy noise
/// over a 640 × 480 frame was already halved); the tiled picture that motivated it has
/// millions.
pub const MAX_FINDER_CANDIDATES: u64 = 8192;

/// Most groups of three finder patterns sampled and decoded.
pub const MAX_SETS_SAMPLED: usize = 512;

/// The work one decode did, step by step (for tests and the benchmark's report).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Work {
    /// Pixels binarized and scanned for candidates, over every halving.
    pub pixels_scanned: u64,
    /// Halvings needed to bring the candidates within budget.
    pub halvings: u32,
    /// Candidate runs in the picture rxing was given (≤ [`MAX_FINDER_CANDIDATES`]).
    pub candidates: u64,
    /// Finder patterns rxing found in it (each one was a candidate).
    pub finder_patterns: usize,
    /// Groups of three sampled and decoded (≤ [`MAX_SETS_SAMPLED`]).
    pub sets_sampled: usize,
}

/// Every QR code text in a packed `width * height` luma buffer, and the work it took.
pub(crate) fn read(
    pixels: &[u8],
    width: u32,
    height: u32,
    try_harder: bool,
) -> Result<(Vec<Zeroizing<String>>, Work)> {
    let mut work = Work::default();
    let mut smaller: Option<(Zeroizing<Vec<u8>>, u32, u32)> = None;
    loop {
        let (px, w, h) = match &smaller {
            Some((p, w, h)) => (&p[..], *w, *h),
            None => (pixels, width, height),
        };
        let source = Luma8Source::new_with_slice(px, w, h)
            .map_err(|e| Error::QrFrameInvalid(format!("the decoder refused it ({e})")))?;
        let bitmap = BinaryBitmap::new(HybridBinarizer::new(source));
        let matrix = bitmap.get_black_matrix();
        work.pixels_scanned += u64::from(w) * u64::from(h);
        let candidates = count_candidates(matrix, try_harder);
        if candidates <= MAX_FINDER_CANDIDATES || w < 2 || h < 2 {
            work.candidates = candidates;
            let texts = decode(matrix, try_harder, &mut work);
            return Ok((texts, work));
        }
        work.halvings += 1;
        smaller = Some(halve(px, w, h));
    }
}

/// rxing's QR reader on a binarized picture (its `decode_set_number_with_hints` for QR codes),
/// with at most [`MAX_SETS_SAMPLED`] groups sampled.
fn decode(matrix: &BitMatrix, try_harder: bool, work: &mut Work) -> Vec<Zeroizing<String>> {
    let mut patterns = FindFinderPatterns(matrix, try_harder, 0);
    work.finder_patterns = patterns.len();
    let sets = GenerateFinderPatternSets(&mut patterns);
    let mut used = Vec::new();
    let mut texts: Vec<Zeroizing<String>> = Vec::new();
    for set in sets {
        if used.contains(&set.bl) || used.contains(&set.tl) || used.contains(&set.tr) {
            continue;
        }
        if work.sets_sampled == MAX_SETS_SAMPLED {
            break;
        }
        work.sets_sampled += 1;
        let Ok(detected) = SampleQR(matrix, &set) else {
            continue;
        };
        let Ok(decoded) = Decode(detected.getBits()) else {
            continue;
        };
        if decoded.isValid() {
            used.extend([set.bl, set.tl, set.tr]);
            let text = Zeroizing::new(decoded.text());
            if !texts.iter().any(|t| t.as_str() == text.as_str()) {
                texts.push(text);
            }
        }
    }
    texts
}

/// The rows rxing's finder-pattern search scans (`FindFinderPatterns`: every third row when
/// trying harder, else a step from the height), and on each, every window of five runs that
/// passes rxing's quick test for a 1:1:3:1:1 cross-section: a centre run of at least 3 pixels,
/// at least twice each outer run and at least each inner one. Every candidate rxing examines is
/// one of these windows, so their number bounds its work.
fn count_candidates(matrix: &BitMatrix, try_harder: bool) -> u64 {
    const MAX_MODULES_FAST: u32 = 20 * 4 + 17;
    let (width, height) = (matrix.width(), matrix.height());
    let skip = if try_harder {
        3
    } else {
        ((3 * height) / (4 * MAX_MODULES_FAST)).max(3)
    };
    let mut count = 0u64;
    let mut runs: Vec<u32> = Vec::with_capacity(64);
    let mut y = skip - 1;
    while y < height {
        runs.clear();
        let mut current = matrix.get(0, y);
        let mut length = 0u32;
        for x in 0..width {
            let bit = matrix.get(x, y);
            if bit == current {
                length += 1;
            } else {
                runs.push(length);
                current = bit;
                length = 1;
            }
        }
        runs.push(length);
        count += runs
            .windows(5)
            .filter(|v| v[2] >= 3 && v[2] >= 2 * v[0].max(v[4]) && v[2] >= v[1].max(v[3]))
            .count() as u64;
        y += skip;
    }
    count
}

/// The picture at half the width and height, each pixel the average of a 2×2 block.
fn halve(pixels: &[u8], width: u32, height: u32) -> (Zeroizing<Vec<u8>>, u32, u32) {
    let (w, h) = ((width / 2) as usize, (height / 2) as usize);
    let stride = width as usize;
    let mut out = Zeroizing::new(Vec::with_capacity(w * h));
    for y in 0..h {
        let top = &pixels[2 * y * stride..];
        let bottom = &pixels[(2 * y + 1) * stride..];
        for x in 0..w {
            let sum = u32::from(top[2 * x])
                + u32::from(top[2 * x + 1])
                + u32::from(bottom[2 * x])
                + u32::from(bottom[2 * x + 1]);
            out.push(((sum + 2) / 4) as u8);
        }
    }
    (out, w as u32, h as u32)
}

/// A hostile picture for tests and the benchmark: `side × side` pixels tiled with the smallest
/// finder patterns (7 × 7 pixels, one pixel a module, one white pixel between tiles) — the
/// shape of the 172 KB PNG that took 151 s before the bound.
#[doc(hidden)]
pub fn tiled_finder_patterns(side: u32) -> Vec<u8> {
    let side = side as usize;
    let mut pixels = vec![255u8; side * side];
    for y in 0..side {
        for x in 0..side {
            let (u, v) = (x % 8, y % 8);
            if u == 7 || v == 7 {
                continue; // the white gap between tiles
            }
            // Rings: dark border (ring 0), light ring 1, dark 3 × 3 centre.
            let ring = u.min(v).min(6 - u).min(6 - v);
            if ring != 1 {
                pixels[y * side + x] = 0;
            }
        }
    }
    pixels
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_carpet_of_finder_patterns_is_decoded_within_the_budget() {
        let side = 2048;
        let pixels = tiled_finder_patterns(side);
        // Without the bound rxing would be handed every candidate at full size: far more
        // than the budget (this count is the quantity its search is quadratic in).
        let source = Luma8Source::new_with_slice(&pixels, side, side).unwrap();
        let full = BinaryBitmap::new(HybridBinarizer::new(source));
        let unbounded = count_candidates(full.get_black_matrix(), true);
        assert!(unbounded > 10 * MAX_FINDER_CANDIDATES, "{unbounded}");

        let (texts, work) = read(&pixels, side, side, true).unwrap();
        assert!(texts.is_empty());
        assert!(work.halvings >= 1, "{work:?}");
        assert!(work.candidates <= MAX_FINDER_CANDIDATES, "{work:?}");
        assert!(work.finder_patterns as u64 <= work.candidates, "{work:?}");
        assert!(work.sets_sampled <= MAX_SETS_SAMPLED, "{work:?}");
        // Every halving scans a quarter of the pixels before it: less than 4/3 in all.
        let full_pixels = u64::from(side) * u64::from(side);
        assert!(work.pixels_scanned < full_pixels * 4 / 3, "{work:?}");
    }

    #[test]
    #[cfg(feature = "qr-image")]
    fn a_real_code_needs_no_halving_and_little_work() {
        let uri = "motp://ACME:alice?secret=0123456789abcdef";
        let png = crate::qr::encode_text(uri).unwrap().to_png(8).unwrap();
        let decoded = image::load_from_memory(&png).unwrap().into_luma8();
        let (w, h) = decoded.dimensions();
        let (texts, work) = read(decoded.as_raw(), w, h, true).unwrap();
        assert_eq!(texts.len(), 1);
        assert_eq!(texts[0].as_str(), uri);
        assert_eq!(work.halvings, 0);
        assert!(work.candidates < MAX_FINDER_CANDIDATES / 8, "{work:?}");
        assert!(work.sets_sampled <= 3, "{work:?}");
    }

    #[test]
    fn halving_averages_blocks() {
        let (out, w, h) = halve(&[0, 255, 7, 9, 255, 255, 7, 9, 1, 1, 1, 1], 4, 3);
        assert_eq!((w, h), (2, 1));
        assert_eq!(&out[..], &[191, 8]);
    }
}
