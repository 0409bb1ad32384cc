#![allow(clippy::unwrap_used)] // a benchmark with bad fixtures should stop loudly
//! Troubleshooting benchmarks: the check code, a secret's report, and the doctor's walk with
//! and without a code to diagnose. Targets on the project's 2-core machines: check code ≤ 2 µs,
//! doctor without a code ≤ 20 µs (it runs on every screen refresh of a phone's help page),
//! doctor with a code that matches nothing ≤ 1.5 ms (the diagnose search dominates).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use motp_core::clock::{ClockCheck, DEFAULT_WINDOW_SECONDS};
use motp_core::doctor::{ClockInput, CodeEvidence, DoctorInput, PinGuard, doctor};
use motp_core::secret_check::Reveal;
use motp_core::{CheckCode, ClockCorrection, DiagnoseOptions, Pin, Secret, SecretReport};

fn troubleshooting(c: &mut Criterion) {
    let secret = Secret::new("0123456789abCDEF0123456789abcdef").unwrap();
    let pin = Pin::raw("1234");
    c.bench_function("check code (32 chars)", |b| {
        b.iter(|| CheckCode::of(black_box(&secret)))
    });
    c.bench_function("secret report", |b| {
        b.iter(|| SecretReport::new(black_box(&secret), Reveal::Hidden))
    });
    let check = ClockCheck::from_measurement(
        "pool.ntp.org:123".into(),
        "192.0.2.1:123".parse().unwrap(),
        -250_000_000,
        20_000,
        2,
        DEFAULT_WINDOW_SECONDS,
    );
    let mut input = DoctorInput {
        secret: &secret,
        account: "alice",
        clock: ClockInput::Checked(check),
        stored_correction: ClockCorrection(0),
        admin_check_code: Some(CheckCode::parse("000 000").unwrap()),
        pin_guard: PinGuard::Matches,
        evidence: None,
    };
    c.bench_function("doctor, no code", |b| b.iter(|| doctor(black_box(&input))));
    input.evidence = Some(CodeEvidence {
        code: motp_core::otp::Code::parse("000000").unwrap(),
        pin: &pin,
        at_unix_seconds: 1_764_000_000,
        options: DiagnoseOptions::default(),
    });
    c.bench_function("doctor, code matching nothing (±1 h, 3 variants)", |b| {
        b.iter(|| doctor(black_box(&input)))
    });
}

criterion_group!(benches, troubleshooting);
criterion_main!(benches);
