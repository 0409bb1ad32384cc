//! Every published mOTP vector (tests/vectors/motp-public.json) must compute.

use motp_core::{Pin, Secret, code, time::counter_at_seconds};
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    vectors: Vec<Vector>,
}

#[derive(Deserialize)]
struct Vector {
    source: String,
    secret: String,
    pin: String,
    counter: u64,
    code: String,
    unix_time: Option<i64>,
}

fn vectors() -> Vec<Vector> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/vectors/motp-public.json"
    );
    let text = std::fs::read_to_string(path).expect("tests/vectors/motp-public.json is readable");
    serde_json::from_str::<File>(&text)
        .expect("vector file parses")
        .vectors
}

#[test]
fn every_published_vector() {
    let vectors = vectors();
    assert!(vectors.len() >= 16, "expected all 16 published vectors");
    for v in &vectors {
        let secret = Secret::new(&v.secret).unwrap();
        let got = code(&secret, &Pin::raw(&v.pin), v.counter);
        assert_eq!(
            got.as_str(),
            v.code,
            "vector from {} (counter {})",
            v.source,
            v.counter
        );
        if let Some(t) = v.unix_time {
            assert_eq!(counter_at_seconds(t).unwrap(), v.counter, "{}", v.source);
        }
    }
}

#[test]
fn sources_are_named() {
    for v in vectors() {
        assert!(!v.source.trim().is_empty());
    }
}

/// Stratum's Aegis fixture documents its mOTP entry: secret `aaaa…` (28 chars), PIN 1234,
/// code at 1700000000 is `d43efd` (../shared/fixtures/PROVENANCE.md).
#[test]
fn stratum_fixture_documented_code() {
    let s = Secret::new("aaaaaaaaaaaaaaaaaaaaaaaaaaaa").unwrap();
    let c = code(
        &s,
        &Pin::raw("1234"),
        counter_at_seconds(1_700_000_000).unwrap(),
    );
    assert_eq!(c.as_str(), "d43efd");
}
