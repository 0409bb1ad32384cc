#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! Every published HOTP (RFC 4226 Appendix D) and TOTP (RFC 6238 Appendix B, all three hashes)
//! vector of tests/vectors/oath-rfc.json must compute — through the algorithm, through a
//! provisioning URI, and through a token in a vault (HOTP's counter moving one code at a time).

use motp_core::vault::{KdfParams, NewToken, Password, Vault};
use motp_core::{HashAlgorithm, HotpParams, OtpKind, ProvisioningUri, TotpParams, oath};
use serde_json::Value;

fn vectors() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/vectors/oath-rfc.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("oath-rfc.json is readable"))
        .expect("oath-rfc.json parses")
}

fn s(v: &Value) -> &str {
    v.as_str().unwrap()
}

#[test]
fn rfc_4226_appendix_d() {
    let all = vectors();
    let h = &all["hotp"];
    assert!(s(&h["source"]).contains("RFC 4226"));
    let key = s(&h["secret_ascii"]).as_bytes();
    let vectors = h["vectors"].as_array().unwrap();
    assert_eq!(vectors.len(), 10);
    for v in vectors {
        let counter = v["counter"].as_u64().unwrap();
        let code = oath::hotp(key, counter, HashAlgorithm::Sha1, 6);
        assert_eq!(code.as_str(), s(&v["code"]), "RFC 4226 count {counter}");
    }
    // The Base32 form carried in the file is the same key.
    let secret = oath::base32_secret(s(&h["secret_base32"])).unwrap();
    assert_eq!(&*oath::key_bytes(&secret).unwrap(), key);
}

#[test]
fn rfc_6238_appendix_b_all_three_hashes() {
    let all = vectors();
    let t = &all["totp"];
    assert!(s(&t["source"]).contains("RFC 6238"));
    let vectors = t["vectors"].as_array().unwrap();
    assert_eq!(vectors.len(), 18, "6 instants × 3 hashes");
    for v in vectors {
        let alg = s(&v["algorithm"]);
        let params = TotpParams {
            algorithm: HashAlgorithm::parse(alg).unwrap(),
            digits: 8,
            period_seconds: 30,
            t0_seconds: 0,
        };
        let key = s(&t["secrets"][alg]["secret_ascii"]).as_bytes();
        let at = v["unix_time"].as_i64().unwrap();
        let code = oath::totp(key, at, &params).unwrap();
        assert_eq!(code.as_str(), s(&v["code"]), "RFC 6238 {alg} at {at}");

        // The same through the URI a service would print, parsed as a user would paste it.
        let b32 = s(&t["secrets"][alg]["secret_base32"]).to_ascii_lowercase();
        let uri = format!("otpauth://totp/RFC:6238?secret={b32}&algorithm={alg}&digits=8");
        let u = ProvisioningUri::parse(&uri).unwrap();
        assert_eq!(u.kind, OtpKind::Totp(params));
        let key = oath::key_bytes(&u.secret).unwrap();
        assert_eq!(oath::totp(&key, at, &params).unwrap(), code);
    }
}

#[test]
fn the_vectors_through_a_vault() {
    let all = vectors();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.motp");
    let pw = Password::new("pw").unwrap();
    let mut v = Vault::create(&path, &pw, KdfParams::INSECURE_FAST_FOR_TESTS).unwrap();
    let t = &all["totp"];
    for alg in ["SHA1", "SHA256", "SHA512"] {
        let kind = OtpKind::Totp(TotpParams {
            algorithm: HashAlgorithm::parse(alg).unwrap(),
            digits: 8,
            ..TotpParams::default()
        });
        let secret = motp_core::Secret::new(s(&t["secrets"][alg]["secret_base32"])).unwrap();
        let id = v
            .add(NewToken::of_kind(kind, Some("RFC"), alg, secret), 0)
            .unwrap();
        for vec in t["vectors"].as_array().unwrap() {
            if s(&vec["algorithm"]) != alg {
                continue;
            }
            let at_ms = vec["unix_time"].as_i64().unwrap() * 1000;
            let c = v.code(id, None, at_ms).unwrap();
            assert_eq!(c.code.as_str(), s(&vec["code"]), "{alg} at {at_ms} ms");
            assert_eq!(c.countdown.step_end_ms - c.countdown.step_start_ms, 30_000);
        }
    }
    let h = &all["hotp"];
    let secret = motp_core::Secret::new(s(&h["secret_base32"])).unwrap();
    let kind = OtpKind::Hotp(HotpParams {
        algorithm: HashAlgorithm::Sha1,
        digits: 6,
        counter: 0,
    });
    let id = v
        .add(NewToken::of_kind(kind, None, "hotp", secret), 0)
        .unwrap();
    v.save().unwrap();
    for (i, vec) in h["vectors"].as_array().unwrap().iter().enumerate() {
        let c = v.next_hotp_code(id, 1).unwrap();
        assert_eq!(c.code.as_str(), s(&vec["code"]), "count {i}");
        assert_eq!(c.countdown.counter, i as u64);
        // Saved before it was returned: a fresh reader sees the counter already moved.
        let reopened = Vault::open_with_password(&path, &pw).unwrap().vault;
        assert_eq!(
            reopened.get(id).unwrap().kind,
            Some(OtpKind::Hotp(HotpParams {
                counter: i as u64 + 1,
                ..match kind {
                    OtpKind::Hotp(p) => p,
                    _ => unreachable!(),
                }
            }))
        );
    }
}

/// RFC 6238 §4.2's T0: the counter is (time − T0) / period. The RFC's vectors, moved by a T0
/// that is no multiple of the period, give the same codes at the same distance from T0 — through
/// the algorithm, and through a vault token as the apps ask for it (its countdown too).
#[test]
fn rfc_6238_vectors_moved_by_t0() {
    let all = vectors();
    let t = &all["totp"];
    let t0 = 1_000_000_007_i64;
    let dir = tempfile::tempdir().unwrap();
    let mut vault = Vault::create(
        &dir.path().join("t0.motp"),
        &Password::new("t0").unwrap(),
        KdfParams::INSECURE_FAST_FOR_TESTS,
    )
    .unwrap();
    let mut differ = 0;
    for v in t["vectors"].as_array().unwrap() {
        let alg = s(&v["algorithm"]);
        let at = v["unix_time"].as_i64().unwrap();
        if at + t0 > motp_core::time::MAX_UNIX_SECONDS {
            continue;
        }
        let params = TotpParams {
            algorithm: HashAlgorithm::parse(alg).unwrap(),
            digits: 8,
            period_seconds: 30,
            t0_seconds: t0,
        };
        let key = s(&t["secrets"][alg]["secret_ascii"]).as_bytes();
        let code = oath::totp(key, at + t0, &params).unwrap();
        assert_eq!(code.as_str(), s(&v["code"]), "{alg} at T0 + {at}");
        let unmoved = TotpParams {
            t0_seconds: 0,
            ..params
        };
        if oath::totp(key, at + t0, &unmoved).unwrap() != code {
            differ += 1;
        }

        let secret = oath::secret_from_key(key).unwrap();
        let id = vault
            .add(
                NewToken::of_kind(OtpKind::Totp(params), None, "t0", secret),
                0,
            )
            .unwrap();
        let c = vault.code(id, None, (at + t0) * 1000 + 250).unwrap();
        assert_eq!(c.code.as_str(), s(&v["code"]), "vault: {alg} at T0 + {at}");
        let step = (at.div_euclid(30) * 30 + t0) * 1000;
        assert_eq!(
            (c.countdown.step_start_ms, c.countdown.step_end_ms),
            (step, step + 30_000),
            "the step is counted from T0"
        );
    }
    assert!(differ > 0, "T0 made no difference to any vector");
}
