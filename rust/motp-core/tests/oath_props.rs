#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! Property tests for TOTP and HOTP: any token written as a URI reads back as the same token;
//! every spelling of a Base32 key is the same secret; the countdown and the algorithm agree on
//! the counter; HOTP's next codes never repeat and survive a reopen.

use motp_core::time::{ClockCorrection, Countdown};
use motp_core::vault::{KdfParams, NewToken, Password, Vault};
use motp_core::{HashAlgorithm, HotpParams, OtpKind, ProvisioningUri, TotpParams, oath};
use proptest::prelude::*;

fn algorithm() -> impl Strategy<Value = HashAlgorithm> {
    prop_oneof![
        Just(HashAlgorithm::Sha1),
        Just(HashAlgorithm::Sha256),
        Just(HashAlgorithm::Sha512)
    ]
}

fn kind() -> impl Strategy<Value = OtpKind> {
    prop_oneof![
        (
            algorithm(),
            6u8..=8,
            1u32..=86_400,
            -1_000_000_000i64..=2_000_000_000
        )
            .prop_map(
                |(algorithm, digits, period_seconds, t0_seconds)| OtpKind::Totp(TotpParams {
                    algorithm,
                    digits,
                    period_seconds,
                    t0_seconds,
                })
            ),
        (algorithm(), 6u8..=8, any::<u64>()).prop_map(|(algorithm, digits, counter)| {
            OtpKind::Hotp(HotpParams {
                algorithm,
                digits,
                counter,
            })
        }),
    ]
}

fn label_text() -> impl Strategy<Value = String> {
    // Printable text including the separators a writer must escape (':', '?', '&', '%', '#').
    "[ -~äöüé]{0,24}"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any token → URI → token is the same token (kind, parameters, names, secret).
    #[test]
    fn any_token_survives_its_uri(
        kind in kind(),
        issuer in proptest::option::of(label_text()),
        account in label_text(),
        key in proptest::collection::vec(any::<u8>(), 1..=64),
    ) {
        let account = account.trim_start().to_owned();
        let issuer = issuer.filter(|i| !i.is_empty());
        let u = ProvisioningUri {
            kind,
            issuer,
            account,
            secret: oath::secret_from_key(&key).unwrap(),
            pin: None,
            label_issuer_ignored: None,
        };
        let text = u.to_uri();
        let back = ProvisioningUri::parse(&text).unwrap();
        prop_assert_eq!(&back, &u);
        prop_assert_eq!(&*oath::key_bytes(&back.secret).unwrap(), &key[..]);
    }

    /// Case, spaces, dashes and padding never change a Base32 key.
    #[test]
    fn every_spelling_of_a_key_is_the_same_secret(
        key in proptest::collection::vec(any::<u8>(), 1..=40),
        lower in proptest::collection::vec(any::<bool>(), 64),
        group in 0usize..=8,
        pad in any::<bool>(),
    ) {
        let canonical = oath::secret_from_key(&key).unwrap();
        let mut typed: String = canonical
            .expose()
            .chars()
            .zip(lower.iter().cycle())
            .enumerate()
            .flat_map(|(i, (c, low))| {
                let c = if *low { c.to_ascii_lowercase() } else { c };
                let sep = (group > 0 && i > 0 && i % group == 0).then_some(' ');
                sep.into_iter().chain(std::iter::once(c))
            })
            .collect();
        if pad {
            while typed.chars().filter(|c| !c.is_whitespace()).count() % 8 != 0 {
                typed.push('=');
            }
        }
        prop_assert_eq!(oath::base32_secret(&typed).unwrap(), canonical);
    }

    /// The countdown's counter is RFC 6238's counter, and its step holds the instant.
    #[test]
    fn countdown_and_algorithm_agree(
        at_ms in 0i64..=4_102_444_800_000,
        period in 1u32..=3_600,
        t0 in 0i64..=1_000_000,
    ) {
        prop_assume!(at_ms / 1000 >= t0);
        let params = TotpParams { period_seconds: period, t0_seconds: t0, ..TotpParams::default() };
        let c = Countdown::for_period(at_ms, ClockCorrection(0), 30, period, t0).unwrap();
        prop_assert_eq!(c.counter, oath::totp_counter(at_ms.div_euclid(1000), &params).unwrap());
        prop_assert!(c.step_start_ms <= at_ms && at_ms < c.step_end_ms);
        prop_assert_eq!(c.step_end_ms - c.step_start_ms, i64::from(period) * 1000);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    /// HOTP through a vault: each next code is HOTP(counter), the counter only moves forward,
    /// and a reopened vault continues where the last shown code left off.
    #[test]
    fn hotp_codes_follow_the_counter_across_reopens(
        key in proptest::collection::vec(any::<u8>(), 16..=32),
        start in 0u64..1_000_000,
        digits in 6u8..=8,
        algorithm in algorithm(),
        steps in 1usize..6,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v.motp");
        let pw = Password::new("pw").unwrap();
        let mut v = Vault::create(&path, &pw, KdfParams::INSECURE_FAST_FOR_TESTS).unwrap();
        let kind = OtpKind::Hotp(HotpParams { algorithm, digits, counter: start });
        let secret = oath::secret_from_key(&key).unwrap();
        let id = v.add(NewToken::of_kind(kind, None, "h", secret), 0).unwrap();
        v.save().unwrap();
        for i in 0..steps as u64 {
            let c = v.next_hotp_code(id, 0).unwrap();
            prop_assert_eq!(c.code, oath::hotp(&key, start + i, algorithm, digits));
            prop_assert_eq!(c.code.len(), usize::from(digits));
            v = Vault::open_with_password(&path, &pw).unwrap().vault;
        }
        let c = v.next_hotp_code(id, 0).unwrap();
        prop_assert_eq!(c.countdown.counter, start + steps as u64);
    }
}
