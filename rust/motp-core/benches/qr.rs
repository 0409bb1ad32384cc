#![allow(clippy::unwrap_used)] // a benchmark with bad fixtures should stop loudly
//! QR benchmarks on the real camera frames from Aegis (../shared/fixtures).
//! Target on the project's 2-core machines: a 1600 × 1200 frame decoded in ≤ 15 ms, so a phone
//! can scan every other frame of a 30 fps preview.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use motp_core::qr;
use motp_core::{ProvisioningUri, Secret};

use motp_testkit::fixtures::fixture_gz;

fn decode(c: &mut Criterion) {
    let frame = fixture_gz("aegis__helpers__qr.y.gz");
    c.bench_function("decode_luma 1600x1200 (Aegis frame)", |b| {
        b.iter(|| qr::decode_luma(black_box(&frame), 1600, 1200, 1600).unwrap())
    });
    let strided = fixture_gz("aegis__helpers__qr.strided.y.gz");
    c.bench_function("decode_luma 1840x1380 stride 1856 (Aegis frame)", |b| {
        b.iter(|| qr::decode_luma(black_box(&strided), 1840, 1380, 1856).unwrap())
    });
    // Most preview frames hold no code the decoder can read (the user is still aiming, the
    // lens still focusing): the miss must be cheap too. The Aegis scene with its code defocused
    // (a 25 px box blur over the code's area) is a realistic miss; sensor-like noise over the
    // middle of the frame is a worst case (every few pixels look like a pattern edge).
    let defocused = box_blur_region(&frame, 1600, (560, 1140), (300, 860), 12);
    assert!(
        qr::decode_luma(&defocused, 1600, 1200, 1600)
            .unwrap()
            .is_empty()
    );
    c.bench_function("decode_luma 1600x1200, code out of focus", |b| {
        b.iter(|| qr::decode_luma(black_box(&defocused), 1600, 1200, 1600).unwrap())
    });
    let mut noisy = frame.clone();
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    for px in noisy[300 * 1600..900 * 1600].iter_mut() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        *px = state as u8;
    }
    assert!(
        qr::decode_luma(&noisy, 1600, 1200, 1600)
            .unwrap()
            .is_empty()
    );
    c.bench_function("decode_luma 1600x1200, half noise (worst case)", |b| {
        b.iter(|| qr::decode_luma(black_box(&noisy), 1600, 1200, 1600).unwrap())
    });
}

/// A copy of `img` with a horizontal-then-vertical box blur of radius `r` inside the region.
fn box_blur_region(
    img: &[u8],
    w: usize,
    xs: (usize, usize),
    ys: (usize, usize),
    r: usize,
) -> Vec<u8> {
    let mut out = img.to_vec();
    for pass in 0..2 {
        let src = out.clone();
        for y in ys.0..ys.1 {
            for x in xs.0..xs.1 {
                let mut sum = 0u32;
                for k in 0..=2 * r {
                    let (xx, yy) = if pass == 0 {
                        (x + k - r, y)
                    } else {
                        (x, y + k - r)
                    };
                    sum += u32::from(src[yy * w + xx]);
                }
                out[y * w + x] = (sum / (2 * r as u32 + 1)) as u8;
            }
        }
    }
    out
}

/// Bounded work (docs/qr.md): pictures tiled with the smallest finder patterns, which kept
/// rxing's unbounded search busy for minutes. The figure is the whole decode, halvings
/// included; the unit tests count the work.
fn hostile(c: &mut Criterion) {
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    for side in [4096u32, 8192] {
        let pixels = qr::tiled_finder_patterns(side);
        group.bench_function(
            format!("decode_luma {side}x{side} tiled finder patterns"),
            |b| b.iter(|| qr::decode_luma(black_box(&pixels), side, side, side).unwrap()),
        );
    }
    // The reported reproducer's path: a PNG file (`motp uri parse --qr`), 8192², decoded whole.
    let side = 8192u32;
    let mut png = Vec::new();
    image::GrayImage::from_raw(side, side, qr::tiled_finder_patterns(side))
        .unwrap()
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    group.bench_function(
        format!(
            "decode_image {side}x{side} PNG of tiled finder patterns ({} KB)",
            png.len() / 1024
        ),
        |b| b.iter(|| qr::decode_image(black_box(&png)).unwrap()),
    );
    group.finish();
}

fn encode(c: &mut Criterion) {
    let token = ProvisioningUri {
        kind: motp_core::OtpKind::Motp,
        label_issuer_ignored: None,
        issuer: Some("privacyIDEA".into()),
        account: "alice@corp.example".into(),
        secret: Secret::new("3f6a9c0e1b2d4f5a6c7e8091a2b3c4d5").unwrap(),
        pin: None,
    };
    c.bench_function("for_token (matrix)", |b| {
        b.iter(|| qr::for_token(black_box(&token)).unwrap())
    });
    let m = qr::for_token(&token).unwrap();
    c.bench_function("to_png 8 px/module", |b| b.iter(|| m.to_png(8).unwrap()));
    let png = m.to_png(8).unwrap();
    c.bench_function("scan_image of that PNG", |b| {
        b.iter(|| qr::scan_image(black_box(&png)).unwrap())
    });
}

criterion_group!(benches, decode, hostile, encode);
criterion_main!(benches);
