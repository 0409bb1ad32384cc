//! A test-only camera: draws a QR matrix into a greyscale frame the way a phone would see it —
//! at any size, rotated, tilted in perspective, unevenly lit, out of focus and noisy.
//!
//! Written by hand (no image-processing dependency): an inverse mapping from each frame pixel
//! back to the code plane, 3 × 3 supersampled so edges are anti-aliased like a real sensor's.

use motp_core::QrMatrix;
use motp_core::qr::QUIET_ZONE;

/// How the code appears in the frame.
#[derive(Debug, Clone, Copy)]
pub struct Scene {
    /// Frame size in pixels.
    pub width: u32,
    pub height: u32,
    /// Size of one module in pixels (at the code's centre).
    pub module_px: f64,
    /// Rotation in degrees, counter-clockwise.
    pub angle_deg: f64,
    /// Perspective: the code's left edge is `1 + tilt/2` times as tall as the middle, the right
    /// edge `1 - tilt/2` (0 = seen head on; 1 = one edge three times the other).
    pub tilt: f64,
    /// Box-blur radius in pixels, applied twice (≈ a Gaussian of σ ≈ radius·0.8).
    pub blur: u32,
    /// Standard deviation of Gaussian sensor noise, in grey levels.
    pub noise: f64,
    /// Grey levels of dark modules, light modules and the surroundings.
    pub dark: u8,
    pub light: u8,
    pub background: u8,
    /// Brightness falls linearly to this fraction at the frame's right edge (1 = even light).
    pub light_falloff: f64,
    /// Shift of the code's centre from the frame's centre, in pixels.
    pub offset: (f64, f64),
    /// Seed for the noise.
    pub seed: u64,
}

impl Default for Scene {
    fn default() -> Self {
        Scene {
            width: 640,
            height: 480,
            module_px: 4.0,
            angle_deg: 0.0,
            tilt: 0.0,
            blur: 0,
            noise: 0.0,
            dark: 20,
            light: 235,
            background: 120,
            light_falloff: 1.0,
            offset: (0.0, 0.0),
            seed: 1,
        }
    }
}

/// Draws `m` (with its quiet zone) into a `width × height` luma frame.
pub fn render(m: &QrMatrix, s: &Scene) -> Vec<u8> {
    let side = f64::from(m.size() + 2 * QUIET_ZONE);
    let half = side * s.module_px / 2.0; // half the code's side in pixels, head on
    let (sin, cos) = s.angle_deg.to_radians().sin_cos();
    let a = s.tilt / (2.0 * half); // perspective strength per pixel
    let (cx, cy) = (
        f64::from(s.width) / 2.0 + s.offset.0,
        f64::from(s.height) / 2.0 + s.offset.1,
    );
    // Intensity (0..=1 of the light-dark span, or None for background) at a frame point.
    let sample = |x: f64, y: f64| -> f64 {
        // Undo the rotation...
        let (dx, dy) = (x - cx, y - cy);
        let (px, py) = (cos * dx + sin * dy, -sin * dx + cos * dy);
        // ...then the perspective p' = p / (1 + a·p_x), whose inverse is p = p' / (1 - a·p'_x).
        let w = 1.0 - a * px;
        if w <= 0.0 {
            return f64::from(s.background);
        }
        let (qx, qy) = (px / w, py / w);
        let (u, v) = ((qx + half) / s.module_px, (qy + half) / s.module_px);
        if u < 0.0 || v < 0.0 || u >= side || v >= side {
            return f64::from(s.background);
        }
        if m.is_dark(
            (u as u32).wrapping_sub(QUIET_ZONE),
            (v as u32).wrapping_sub(QUIET_ZONE),
        ) {
            f64::from(s.dark)
        } else {
            f64::from(s.light)
        }
    };
    let (w, h) = (s.width as usize, s.height as usize);
    let mut img = vec![0f64; w * h];
    for y in 0..h {
        for x in 0..w {
            let mut sum = 0.0;
            for sy in 0..3 {
                for sx in 0..3 {
                    sum += sample(
                        x as f64 + (f64::from(sx) + 0.5) / 3.0,
                        y as f64 + (f64::from(sy) + 0.5) / 3.0,
                    );
                }
            }
            let light = 1.0 - (1.0 - s.light_falloff) * x as f64 / w as f64;
            img[y * w + x] = sum / 9.0 * light;
        }
    }
    for _ in 0..2 {
        box_blur(&mut img, w, h, s.blur as usize);
    }
    let mut rng = Rng(s.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    img.iter()
        .map(|v| (v + s.noise * rng.gaussian()).round().clamp(0.0, 255.0) as u8)
        .collect()
}

/// Separable box blur of radius `r` (edge pixels repeated).
fn box_blur(img: &mut [f64], w: usize, h: usize, r: usize) {
    if r == 0 {
        return;
    }
    let mut tmp = vec![0f64; img.len()];
    let n = (2 * r + 1) as f64;
    for y in 0..h {
        for x in 0..w {
            let mut sum = 0.0;
            for k in 0..=2 * r {
                let xx = (x + k).saturating_sub(r).min(w - 1);
                sum += img[y * w + xx];
            }
            tmp[y * w + x] = sum / n;
        }
    }
    for y in 0..h {
        for x in 0..w {
            let mut sum = 0.0;
            for k in 0..=2 * r {
                let yy = (y + k).saturating_sub(r).min(h - 1);
                sum += tmp[yy * w + x];
            }
            img[y * w + x] = sum / n;
        }
    }
}

/// xorshift64* with Box–Muller: deterministic noise without a dependency.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn unit(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }
    fn gaussian(&mut self) -> f64 {
        (-2.0 * self.unit().ln()).sqrt() * (std::f64::consts::TAU * self.unit()).cos()
    }
}
