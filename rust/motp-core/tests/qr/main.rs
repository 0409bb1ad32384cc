#![allow(clippy::unwrap_used)] // test helpers outside #[test] functions: bad fixtures should stop loudly
//! QR codes end to end: the real camera frames from Aegis, a token's code drawn by our encoder
//! and photographed by a simulated camera (`raster.rs`) under a grid of distortions, image
//! files, and garbage that must give clear errors and never a panic.
//!
//! The distortion grid is the table in `docs/qr.md`; run with `--nocapture` to print it.

mod raster;

use image::ImageEncoder as _;

use motp_core::qr::{self, TerminalStyle};
use motp_core::{Error, OtpKind, ProvisioningUri, Secret, TotpParams};
use proptest::prelude::*;
use raster::{Rng, Scene, render};

/// The QR text in both Aegis frames (a fact about the fixture, see PROVENANCE.md).
const AEGIS_FRAME_TEXT: &str = "otpauth://totp/neo4j:Charlotte?secret=B33WS2ALPT34K4BNY24AYROE4M\
                                &issuer=neo4j&algorithm=SHA1&digits=6&period=30";

use motp_testkit::fixtures::fixture_gz;

/// A realistic token: privacyIDEA-style issuer, an e-mail account, a 32-hex secret.
fn token() -> ProvisioningUri {
    ProvisioningUri {
        kind: OtpKind::Motp,
        label_issuer_ignored: None,
        issuer: Some("privacyIDEA".into()),
        account: "alice@corp.example".into(),
        secret: Secret::new("3f6a9c0e1b2d4f5a6c7e8091a2b3c4d5").unwrap(),
        pin: None,
    }
}

fn texts(v: Vec<zeroize::Zeroizing<String>>) -> Vec<String> {
    v.into_iter().map(|t| t.to_string()).collect()
}

// ---- the real camera frames ----

#[test]
fn aegis_frame_decodes() {
    let y = fixture_gz("aegis__helpers__qr.y.gz");
    assert_eq!(y.len(), 1600 * 1200);
    let found = texts(qr::decode_luma(&y, 1600, 1200, 1600).unwrap());
    assert_eq!(found, [AEGIS_FRAME_TEXT]);
    // A real phone's frame of a real TOTP code: the token it holds.
    let t = qr::scan_luma(&y, 1600, 1200, 1600).unwrap();
    assert_eq!(t.kind, OtpKind::Totp(TotpParams::default()));
    assert_eq!(
        (t.issuer.as_deref(), t.account.as_str()),
        (Some("neo4j"), "Charlotte")
    );
    assert_eq!(t.secret.expose(), "B33WS2ALPT34K4BNY24AYROE4M");
}

#[test]
fn aegis_strided_frame_with_unpadded_last_row_decodes() {
    let y = fixture_gz("aegis__helpers__qr.strided.y.gz");
    // 1379 padded rows of 1856 bytes, then a last row of exactly 1840.
    assert_eq!(y.len(), 1856 * 1379 + 1840);
    let found = texts(qr::decode_luma(&y, 1840, 1380, 1856).unwrap());
    assert_eq!(found, [AEGIS_FRAME_TEXT]);
    // The same bytes with a wrong geometry: an error or nothing, never a panic or a wrong text.
    let e = qr::decode_luma(&y, 1840, 1380, 1857)
        .unwrap_err()
        .to_string();
    assert!(e.contains("needs at least"), "{e}");
    let e = qr::decode_luma(&y, 1856, 1380, 1840)
        .unwrap_err()
        .to_string();
    assert!(e.contains("smaller than the width"), "{e}");
    let sheared = qr::decode_luma(&y, 1840, 1380, 1840).unwrap();
    assert!(
        sheared.is_empty(),
        "a sheared frame decoded to {:?}",
        texts(sheared)
    );
}

// ---- our encoder, photographed ----

/// Draws the token's code into a frame and decodes it as a camera frame.
fn photograph(scene: &Scene) -> Vec<String> {
    let m = qr::for_token(&token()).unwrap();
    let y = render(&m, scene);
    texts(qr::decode_luma(&y, scene.width, scene.height, scene.width).unwrap())
}

/// Runs a group of scenes and checks the exact outcome docs/qr.md's table states: every
/// `claimed` one must decode to the token's URI, and every other one must find nothing (the
/// table's "not found" column) — never another text. A decoder that starts reading an
/// unclaimed case fails here too, so the table is updated with it.
fn grid(group: &str, cases: &[(&str, Scene, bool)]) {
    let uri = token().to_uri().to_string();
    let mut not_decoded = Vec::new();
    let mut not_missed = Vec::new();
    for (name, scene, claimed) in cases {
        let found = photograph(scene);
        let ok = found == [uri.clone()];
        println!(
            "{group:12} {name:34} {:10} {}",
            if ok { "decoded" } else { "not found" },
            if *claimed { "(claimed)" } else { "" }
        );
        assert!(
            ok || found.is_empty(),
            "{group}/{name}: decoded to another text {found:?}"
        );
        match (claimed, ok) {
            (true, false) => not_decoded.push(*name),
            (false, true) => not_missed.push(*name),
            _ => {}
        }
    }
    assert!(
        not_decoded.is_empty(),
        "{group}: claimed cases not decoded: {not_decoded:?}"
    );
    assert!(
        not_missed.is_empty(),
        "{group}: cases docs/qr.md lists as not found now decode (update the table): \
         {not_missed:?}"
    );
}

#[test]
fn grid_rotation() {
    let cases: Vec<_> = [
        0.0, 5.0, 10.0, 22.5, 30.0, 45.0, 60.0, 90.0, 135.0, 180.0, 225.0, 270.0, 333.0,
    ]
    .into_iter()
    .map(|a| {
        let name = format!("rotated {a}°");
        (
            name,
            Scene {
                angle_deg: a,
                ..Scene::default()
            },
            true,
        )
    })
    .collect();
    let cases: Vec<_> = cases.iter().map(|(n, s, c)| (n.as_str(), *s, *c)).collect();
    grid("rotation", &cases);
}

#[test]
fn grid_scale() {
    let cases = [
        ("module 1.2 px", 1.2, false),
        ("module 1.5 px", 1.5, true),
        ("module 2 px", 2.0, true),
        ("module 2.5 px", 2.5, true),
        ("module 3 px", 3.0, true),
        ("module 6 px", 6.0, true),
        ("module 9 px (fills the frame)", 9.0, true),
    ];
    let cases: Vec<_> = cases
        .iter()
        .map(|(n, px, c)| {
            (
                *n,
                Scene {
                    module_px: *px,
                    angle_deg: 15.0,
                    ..Scene::default()
                },
                *c,
            )
        })
        .collect();
    grid("scale", &cases);
}

#[test]
fn grid_perspective() {
    let cases = [
        ("tilt 0.2", 0.2, 20.0, true),
        ("tilt 0.4", 0.4, 20.0, true),
        ("tilt 0.6", 0.6, 20.0, true),
        ("tilt 0.6, rotated 100°", 0.6, 100.0, true),
        ("tilt 0.7", 0.7, 20.0, false),
        ("tilt 0.8", 0.8, 20.0, false),
        ("tilt 1.0", 1.0, 20.0, false),
    ];
    let cases: Vec<_> = cases
        .iter()
        .map(|(n, tilt, a, c)| {
            (
                *n,
                Scene {
                    tilt: *tilt,
                    angle_deg: *a,
                    module_px: 5.0,
                    ..Scene::default()
                },
                *c,
            )
        })
        .collect();
    grid("perspective", &cases);
}

#[test]
fn grid_focus_noise_light() {
    let d = Scene {
        angle_deg: 12.0,
        module_px: 5.0,
        ..Scene::default()
    };
    let cases = [
        ("blur r1 (σ≈0.8 px)", Scene { blur: 1, ..d }, true),
        ("blur r2 (σ≈1.6 px)", Scene { blur: 2, ..d }, true),
        ("blur r3 (σ≈2.4 px)", Scene { blur: 3, ..d }, false),
        ("noise σ10", Scene { noise: 10.0, ..d }, true),
        ("noise σ25", Scene { noise: 25.0, ..d }, true),
        ("noise σ40", Scene { noise: 40.0, ..d }, true),
        ("noise σ60", Scene { noise: 60.0, ..d }, false),
        (
            "low contrast 90/150",
            Scene {
                dark: 90,
                light: 150,
                background: 110,
                ..d
            },
            true,
        ),
        (
            "low contrast 100/140",
            Scene {
                dark: 100,
                light: 140,
                background: 120,
                ..d
            },
            true,
        ),
        (
            "very low contrast 110/140",
            Scene {
                dark: 110,
                light: 140,
                background: 120,
                ..d
            },
            false,
        ),
        (
            "light falls to 40 %",
            Scene {
                light_falloff: 0.4,
                ..d
            },
            true,
        ),
        (
            "dark surroundings",
            Scene {
                background: 10,
                ..d
            },
            true,
        ),
        (
            "bright surroundings",
            Scene {
                background: 250,
                ..d
            },
            true,
        ),
        (
            "off-centre",
            Scene {
                offset: (180.0, -110.0),
                module_px: 3.0,
                ..d
            },
            true,
        ),
        (
            "cut off by the frame edge",
            Scene {
                offset: (330.0, 0.0),
                ..d
            },
            false,
        ),
    ];
    grid("focus/noise", &cases);
}

#[test]
fn grid_combined() {
    let d = Scene::default();
    let cases = [
        (
            "rot 30°, tilt 0.4, blur r1, noise σ15",
            Scene {
                angle_deg: 30.0,
                tilt: 0.4,
                blur: 1,
                noise: 15.0,
                module_px: 5.0,
                ..d
            },
            true,
        ),
        (
            "rot 200°, tilt 0.3, light 50 %, noise σ10",
            Scene {
                angle_deg: 200.0,
                tilt: 0.3,
                light_falloff: 0.5,
                noise: 10.0,
                ..d
            },
            true,
        ),
        (
            "1280×720, module 6, rot 8°, blur r2, noise σ8",
            Scene {
                width: 1280,
                height: 720,
                module_px: 6.0,
                angle_deg: 8.0,
                blur: 2,
                noise: 8.0,
                ..d
            },
            true,
        ),
    ];
    grid("combined", &cases);
}

// ---- image files ----

#[test]
fn png_export_scans_back_to_the_token() {
    let t = token();
    let m = qr::for_token(&t).unwrap();
    for px in [1, 2, 8, 64] {
        let png = m.to_png(px).unwrap();
        let back = qr::scan_image(&png).unwrap_or_else(|e| panic!("{px} px/module: {e}"));
        assert_eq!(back.to_uri(), t.to_uri(), "{px} px/module");
    }
}

#[test]
fn jpeg_photo_scans_back_to_the_token() {
    let m = qr::for_token(&token()).unwrap();
    let scene = Scene {
        angle_deg: 25.0,
        tilt: 0.3,
        noise: 6.0,
        blur: 1,
        ..Scene::default()
    };
    let y = render(&m, &scene);
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 40)
        .encode(&y, scene.width, scene.height, image::ExtendedColorType::L8)
        .unwrap();
    assert_eq!(qr::scan_image(&jpeg).unwrap().to_uri(), token().to_uri());
}

#[test]
fn large_photo_with_huge_modules() {
    // A 2400×1800 photo in which the code fills the height: 36 px modules, far larger than the
    // binarizer's 8 px blocks. (4000×3000 with 60 px modules decodes too; it is left out only
    // because drawing it takes 15 s in a debug build.)
    let m = qr::for_token(&token()).unwrap();
    let scene = Scene {
        width: 2400,
        height: 1800,
        module_px: 36.0,
        angle_deg: 3.0,
        blur: 2,
        ..Scene::default()
    };
    let y = render(&m, &scene);
    let mut png = Vec::new();
    image::codecs::png::PngEncoder::new(&mut png)
        .write_image(&y, scene.width, scene.height, image::ExtendedColorType::L8)
        .unwrap();
    assert_eq!(qr::scan_image(&png).unwrap().to_uri(), token().to_uri());
}

#[test]
fn transparent_png_counts_as_white() {
    // Black modules on a fully transparent background (RGBA 0,0,0,0): as a plain luma
    // conversion this would be all black.
    let m = qr::for_token(&token()).unwrap();
    let px = 4;
    let side = m.size_with_quiet_zone() * px;
    let mut rgba = Vec::new();
    for y in 0..side {
        for x in 0..side {
            let dark = x / px >= qr::QUIET_ZONE
                && y / px >= qr::QUIET_ZONE
                && m.is_dark(x / px - qr::QUIET_ZONE, y / px - qr::QUIET_ZONE);
            rgba.extend_from_slice(if dark { &[0, 0, 0, 255] } else { &[0, 0, 0, 0] });
        }
    }
    let mut png = Vec::new();
    image::codecs::png::PngEncoder::new(&mut png)
        .write_image(&rgba, side, side, image::ExtendedColorType::Rgba8)
        .unwrap();
    assert_eq!(qr::scan_image(&png).unwrap().to_uri(), token().to_uri());
}

#[test]
fn image_errors_are_clear() {
    let png = qr::for_token(&token()).unwrap().to_png(4).unwrap();
    for cut in [0, 8, 40, png.len() / 2, png.len() - 13] {
        let e = qr::decode_image(&png[..cut]).unwrap_err();
        assert!(
            matches!(e, Error::QrImageUnreadable(_)),
            "cut at {cut}: {e}"
        );
    }
    // A picture without a code, and one with a TOTP code.
    let blank = qr::encode_text("x").unwrap();
    let mut img = blank.to_png(2).unwrap().to_vec();
    // Overwrite nothing: a real code of plain text is "not mOTP"; an empty white PNG is "none".
    let e = qr::scan_image(&img).unwrap_err().to_string();
    assert!(e.contains("plain text"), "{e}");
    img.clear();
    image::codecs::png::PngEncoder::new(&mut img)
        .write_image(&[255u8; 64 * 64], 64, 64, image::ExtendedColorType::L8)
        .unwrap();
    assert_eq!(qr::scan_image(&img).unwrap_err(), Error::QrNotFound);
    let yandex = qr::encode_text("otpauth://yaotp/x?secret=JBSWY3DPEHPK3PXP").unwrap();
    let e = qr::scan_image(&yandex.to_png(4).unwrap())
        .unwrap_err()
        .to_string();
    assert!(e.contains("Yandex"), "{e}");
    let steam = qr::encode_text("otpauth://steam/x?secret=JBSWY3DPEHPK3PXP").unwrap();
    let s = qr::scan_image(&steam.to_png(4).unwrap()).unwrap();
    assert_eq!(s.kind.name(), "steam");
    let totp = qr::encode_text("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP").unwrap();
    let t = qr::scan_image(&totp.to_png(4).unwrap()).unwrap();
    assert_eq!(t.kind.name(), "totp");
    let ga = qr::encode_text("otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGA").unwrap();
    let e = qr::scan_image(&ga.to_png(4).unwrap())
        .unwrap_err()
        .to_string();
    assert!(e.contains("Google Authenticator export"), "{e}");
}

#[test]
fn svg_and_terminal_carry_the_same_modules_as_png() {
    // The renderers' own unit tests check each format; here: all three come from one matrix
    // and the SVG states its size in modules.
    let m = qr::for_token(&token()).unwrap();
    let side = m.size_with_quiet_zone();
    assert!(
        m.to_svg()
            .contains(&format!("viewBox=\"0 0 {side} {side}\""))
    );
    let lines = m.to_terminal(TerminalStyle::LightBackground);
    assert_eq!(lines.lines().count() as u32, side.div_ceil(2));
}

// ---- garbage ----

#[test]
fn garbage_frames_find_nothing() {
    let mut rng = Rng(42);
    for (w, h) in [(640, 480), (1600, 1200)] {
        let noise: Vec<u8> = (0..w * h).map(|_| rng.next_u64() as u8).collect();
        assert_eq!(
            qr::scan_luma(&noise, w, h, w).unwrap_err(),
            Error::QrNotFound
        );
        // Blocky noise looks more like modules.
        let blocks: Vec<u8> = {
            let cells: Vec<u8> = (0..(w / 4) * (h / 4))
                .map(|_| (rng.next_u64() & 1) as u8 * 255)
                .collect();
            (0..w * h)
                .map(|i| cells[((i / w) / 4 * (w / 4) + (i % w) / 4) as usize])
                .collect()
        };
        assert_eq!(
            qr::scan_luma(&blocks, w, h, w).unwrap_err(),
            Error::QrNotFound
        );
    }
}

#[test]
fn absurd_geometry_is_refused_before_reading() {
    let e = qr::decode_luma(&[], u32::MAX, u32::MAX, u32::MAX)
        .unwrap_err()
        .to_string();
    assert!(e.contains("larger than"), "{e}");
    let e = qr::decode_luma(&[0; 4], 2, 2, 0).unwrap_err().to_string();
    assert!(e.contains("smaller than the width"), "{e}");
}

/// Cases per property: a short run by default (seconds in a debug build); `scripts/qr-fuzz.sh`
/// sets `QR_FUZZ_CASES` for a long one.
fn fuzz_cases(default: u32) -> ProptestConfig {
    let cases = std::env::var("QR_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    ProptestConfig::with_cases(cases)
}

proptest! {
    #![proptest_config(fuzz_cases(64))]

    /// Any sizes, strides and buffer lengths: a clear frame error or a (usually empty) result.
    #[test]
    fn random_geometry_never_panics(
        width in 0u32..300,
        height in 0u32..300,
        pad in 0u32..80,
        narrower in any::<bool>(),
        len_delta in -40i64..40,
        seed in any::<u64>(),
    ) {
        let stride = if narrower { width.saturating_sub(pad % 8 + 1) } else { width + pad };
        let needed = (u64::from(stride) * u64::from(height.max(1) - 1) + u64::from(width)) as i64;
        let len = (needed + len_delta).max(0) as usize;
        let mut rng = Rng(seed | 1);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
        match qr::decode_luma(&bytes, width, height, stride) {
            Ok(_) => prop_assert!(width > 0 && height > 0 && stride >= width && len as i64 >= needed),
            Err(Error::QrFrameInvalid(msg)) => prop_assert!(!msg.is_empty()),
            Err(other) => prop_assert!(false, "unexpected error {other}"),
        }
    }

}

proptest! {
    #![proptest_config(fuzz_cases(24))]

    /// A real code with random damage (blocks overwritten): the right text or nothing.
    #[test]
    fn damaged_codes_never_decode_wrong(
        angle in 0.0f64..360.0,
        damage in proptest::collection::vec((0u32..200, 0u32..200, 1u32..30, any::<bool>()), 0..12),
    ) {
        let m = qr::for_token(&token()).unwrap();
        let scene = Scene { width: 320, height: 240, module_px: 2.5, angle_deg: angle, ..Scene::default() };
        let mut y = render(&m, &scene);
        for (x0, y0, size, black) in damage {
            for yy in (y0 + 20)..(y0 + 20 + size).min(240) {
                for xx in (x0 + 60)..(x0 + 60 + size).min(320) {
                    y[(yy * 320 + xx) as usize] = if black { 0 } else { 255 };
                }
            }
        }
        let found = texts(qr::decode_luma(&y, 320, 240, 320).unwrap());
        let uri = token().to_uri().to_string();
        prop_assert!(found.is_empty() || found == [uri], "{found:?}");
    }


    /// The code anywhere, at any size and angle, partly outside small or odd-sized frames,
    /// in strong perspective: finder patterns at the edges are where decoders index out of
    /// bounds. The right text or nothing.
    #[test]
    fn codes_at_the_edges_never_panic(
        width in 8u32..360,
        height in 8u32..280,
        module_px in 0.6f64..9.0,
        angle in 0.0f64..360.0,
        tilt in 0.0f64..1.6,
        offset in (-1.0f64..1.0, -1.0f64..1.0),
        blur in 0u32..3,
    ) {
        let m = qr::for_token(&token()).unwrap();
        let scene = Scene {
            width, height, module_px, angle_deg: angle, tilt, blur,
            offset: (offset.0 * f64::from(width), offset.1 * f64::from(height)),
            ..Scene::default()
        };
        let y = render(&m, &scene);
        let found = texts(qr::decode_luma(&y, width, height, width).unwrap());
        let uri = token().to_uri().to_string();
        prop_assert!(found.is_empty() || found == [uri], "{found:?}");
    }
}

proptest! {
    #![proptest_config(fuzz_cases(128))]

    /// Random bytes as an image file: a clear error, never a panic.
    #[test]
    fn random_image_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512), png_header in any::<bool>()) {
        let mut data = if png_header { b"\x89PNG\r\n\x1a\n".to_vec() } else { Vec::new() };
        data.extend(bytes);
        prop_assert!(qr::decode_image(&data).is_err());
    }
}
