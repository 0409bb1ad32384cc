//! Property tests: URI round trips, verify/diagnose agreement, countdown invariants.

use motp_core::diagnose::{Cause, DiagnoseOptions, SecretVariant};
use motp_core::time::{ClockCorrection, Countdown};
use motp_core::{Pin, ProvisioningUri, Secret, code, diagnose, verify};
use proptest::prelude::*;

fn secret_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9a-f]{16}",
        "[0-9a-f]{32}",
        "[0-9A-F]{16}",
        "[!-~]{1,64}", // any printable ASCII, as odd imports have
    ]
}

fn label_text() -> impl Strategy<Value = String> {
    // Printable text including the separators a writer must escape (':', '?', '&', '%', '#').
    "[ -~äöüé]{0,24}"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn uri_round_trip(issuer in proptest::option::of(label_text()), account in label_text(), secret in secret_text()) {
        // Written labels keep inner and trailing spaces; a leading space after the separator is
        // the optional one the Key URI format allows, so the reader drops it.
        let account = account.trim_start().to_owned();
        let issuer = issuer.filter(|i| !i.is_empty());
        let u = ProvisioningUri {
            kind: motp_core::OtpKind::Motp,
            label_issuer_ignored: None,
            issuer: issuer.clone(),
            account: account.clone(),
            secret: Secret::new(&secret).unwrap(),
            pin: None,
        };
        let text = u.to_uri();
        prop_assert!(!text.contains("pin="));
        let back = ProvisioningUri::parse(&text).unwrap();
        prop_assert_eq!(back.issuer, issuer);
        prop_assert_eq!(back.account, account);
        prop_assert_eq!(back.secret.expose(), u.secret.expose());
    }

    #[test]
    fn uri_parser_never_panics(text in "\\PC{0,200}") {
        let _ = ProvisioningUri::parse(&text);
        let _ = ProvisioningUri::parse(&format!("motp://{text}"));
        let _ = ProvisioningUri::parse(&format!("otpauth://motp/{text}"));
    }

    #[test]
    fn verify_and_diagnose_agree(secret in "[0-9a-f]{16}", pin in "[0-9]{4,8}", at in 1u64..400_000_000, off in -60i64..=60, window in 0u32..=30) {
        let s = Secret::new(&secret).unwrap();
        let p = Pin::raw(&pin);
        let c = code(&s, &p, at.checked_add_signed(off).unwrap());
        let v = verify(&s, &p, &c, at, window).unwrap();
        let d = diagnose(&s, &p, &c, at, DiagnoseOptions { window_steps: window, ..Default::default() }).unwrap();
        // Both report the closest matching offset; an unrelated collision closer to `at` is
        // possible (1 in 2^24 per step) and reported by both in the same way.
        match v {
            Some(v) => {
                prop_assert_eq!(d.cause, Cause::Match);
                prop_assert_eq!(d.offset_seconds, Some(v.offset_seconds()));
                prop_assert!(v.offset_steps.abs() <= off.abs());
            }
            None => {
                prop_assert!(off.unsigned_abs() > u64::from(window));
                prop_assert_eq!(d.cause, Cause::ClockDrift);
                prop_assert_eq!(d.offset_seconds, Some(off * 10));
                prop_assert_eq!(d.secret_variant, Some(SecretVariant::AsEntered));
            }
        }
    }

    #[test]
    fn countdown_invariants(ms in 0i64..4_000_000_000_000, corr in -100_000i64..100_000, tol in 0u32..600) {
        let Ok(c) = Countdown::at(ms, ClockCorrection(corr), tol) else {
            prop_assert!(ms + corr * 1000 < 0);
            return Ok(());
        };
        let now = ms + corr * 1000;
        prop_assert!(c.step_start_ms <= now && now < c.step_end_ms);
        prop_assert_eq!(c.step_end_ms - c.step_start_ms, 10_000);
        prop_assert_eq!(c.step_start_ms, c.counter as i64 * 10_000);
        prop_assert!((1..=10_000).contains(&c.ms_to_next));
        prop_assert!((0.0..1.0).contains(&c.fraction_elapsed));
        prop_assert!(c.use_within_ms >= 0 && c.use_within_ms <= i64::from(tol) * 1000);
        prop_assert!((1..=10).contains(&c.seconds_left()));
    }
}
