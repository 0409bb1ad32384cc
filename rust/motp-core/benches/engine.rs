#![allow(clippy::unwrap_used)] // a benchmark with bad fixtures should stop loudly
//! Engine benchmarks: one code, verify over ±18 steps, diagnose over ±1 hour; TOTP codes with
//! each hash (the Base32 key decoded every time, as the vault does) and TOTP verification.
//! Targets on the project's 2-core machines: code ≤ 300 ns, verify ≤ 10 µs, diagnose ≤ 1 ms.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use motp_core::{
    DiagnoseOptions, HashAlgorithm, Pin, Secret, TotpParams, code, diagnose, oath, oath_check,
    otp::Code, verify,
};

fn engine(c: &mut Criterion) {
    let secret = Secret::new("0123456789abcdef").unwrap();
    let pin = Pin::raw("1234");
    let at = 176_400_000u64;
    c.bench_function("code", |b| {
        b.iter(|| code(black_box(&secret), black_box(&pin), black_box(at)))
    });
    // Worst case for verify: a code that matches nothing, so the whole window is computed
    // (verify always computes the whole window anyway, being constant-time).
    let miss = Code::parse("000000").unwrap();
    c.bench_function("verify ±18 steps", |b| {
        b.iter(|| verify(black_box(&secret), &pin, black_box(&miss), at, 18))
    });
    // Worst case for diagnose: no match, a secret with letters in both cases, so the secret as
    // entered and both variants are each searched over the full ±1 hour.
    let mixed = Secret::new("0123456789abCDEF").unwrap();
    c.bench_function("diagnose ±1 h, no match, 3 variants", |b| {
        b.iter(|| {
            diagnose(
                black_box(&mixed),
                &pin,
                black_box(&miss),
                at,
                DiagnoseOptions::default(),
            )
        })
    });
}

fn totp(c: &mut Criterion) {
    // RFC 6238's keys: 20, 32 and 64 bytes for SHA-1, SHA-256, SHA-512.
    for (alg, key) in [
        (HashAlgorithm::Sha1, &b"12345678901234567890"[..]),
        (
            HashAlgorithm::Sha256,
            &b"12345678901234567890123456789012"[..],
        ),
        (
            HashAlgorithm::Sha512,
            &b"1234567890123456789012345678901234567890123456789012345678901234"[..],
        ),
    ] {
        let secret = oath::secret_from_key(key).unwrap();
        let params = TotpParams {
            algorithm: alg,
            ..TotpParams::default()
        };
        c.bench_function(&format!("totp code {alg} (Base32 decode + HMAC)"), |b| {
            b.iter(|| {
                let key = oath::key_bytes(black_box(&secret)).unwrap();
                oath::totp(&key, black_box(1_764_547_200), &params).unwrap()
            })
        });
    }
    let key = b"12345678901234567890";
    let miss = Code::parse_digits("000000", 6).unwrap();
    let params = TotpParams::default();
    c.bench_function("totp verify ±1 period, SHA1", |b| {
        b.iter(|| oath_check::verify_totp(key, &params, black_box(&miss), 1_764_547_200, 1))
    });
}

criterion_group!(benches, engine, totp);
criterion_main!(benches);
