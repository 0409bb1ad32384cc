#![allow(clippy::unwrap_used)] // a benchmark with bad fixtures should stop loudly
//! Engine benchmarks: one code, verify over ±18 steps, diagnose over ±1 hour.
//! Targets on the project's 2-core machines: code ≤ 300 ns, verify ≤ 10 µs, diagnose ≤ 1 ms.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use motp_core::{DiagnoseOptions, Pin, Secret, code, diagnose, otp::Code, verify};

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

criterion_group!(benches, engine);
criterion_main!(benches);
