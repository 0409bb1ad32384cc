#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! TOTP and HOTP on the command line: `otp`/`verify`/`diagnose --uri` with the RFC vectors,
//! `add --uri`, `code` (TOTP's own period, HOTP's counter saved before the code is shown),
//! `show`, `list` and `doctor` for a TOTP token whose server uses other parameters.

mod cli_env;

use cli_env::{Env, fails_with, stderr, stdout};

/// RFC 4226/6238's key, "12345678901234567890", in Base32 (tests/vectors/oath-rfc.json).
const K20: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
/// RFC 6238's SHA-256 and SHA-512 keys in Base32.
const K32: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA";
const K64: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNA";

#[test]
fn otp_uri_gives_the_rfc_6238_codes_for_all_three_hashes() {
    let env = Env::new();
    for (alg, key, at, want) in [
        ("SHA1", K20, "59", "94287082"),
        ("SHA256", K32, "1111111109", "68084774"),
        ("SHA512", K64, "2000000000", "38618901"),
        ("SHA1", K20, "2005-03-18T01:58:29Z", "07081804"),
    ] {
        let uri = format!("otpauth://totp/RFC:6238?secret={key}&algorithm={alg}&digits=8\n");
        let v = env.json(&["otp", "--uri", "--at", at, "--json"], &uri);
        assert_eq!(v["kind"], "totp");
        assert_eq!(v["code"], want, "{alg} at {at}");
    }
    // HOTP: the code of the URI's counter (RFC 4226 Appendix D, count 3).
    let out = env.ok(
        &["otp", "--uri"],
        &format!("otpauth://hotp/x?secret={}&counter=3\n", K20.to_lowercase()),
    );
    assert_eq!(out.trim(), "969429");
    // mOTP URIs read the PIN on the next line (privacyIDEA's vector).
    let out = env.ok(
        &["otp", "--uri", "--at", "1296121200"],
        "motp://privacyidea:alice?secret=0123456789abcdef\n6666\n",
    );
    assert_eq!(out.trim(), "6ed4e4");
}

#[test]
fn verify_and_diagnose_uri_for_totp_and_hotp() {
    let env = Env::new();
    let totp = format!("otpauth://totp/RFC:6238?secret={K20}&digits=8\n");
    // One period late is inside the default window of ±1 period; two is not (exit 1).
    let v = env.json(
        &["verify", "94287082", "--uri", "--at", "89", "--json"],
        &totp,
    );
    assert_eq!(v["accepted"], true);
    assert_eq!(
        (v["offset_periods"].clone(), v["offset_seconds"].clone()),
        ((-1).into(), (-30).into())
    );
    let out = env
        .motp()
        .args(["verify", "94287082", "--uri", "--at", "119"])
        .write_stdin(totp.as_str())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("±1 periods (±30 s)"),
        "{}",
        stdout(&out)
    );
    // Diagnose: 5 minutes of drift, in seconds.
    let d = env.json(
        &["diagnose", "94287082", "--uri", "--at", "359", "--json"],
        &totp,
    );
    assert_eq!(
        (d["cause"].clone(), d["offset_seconds"].clone()),
        ("clock_drift".into(), (-300).into())
    );
    // HOTP: the server expects counter 2; the code of counter 5 is in the look-ahead of 10
    // (the server resynchronises to 6), not in one of 2; diagnose names the resync counter.
    let hotp = format!("otpauth://hotp/RFC:4226?secret={K20}&counter=2\n");
    let v = env.json(&["verify", "254676", "--uri", "--json"], &hotp);
    assert_eq!(
        (v["accepted"].clone(), v["resync_counter"].clone()),
        (true.into(), 6.into())
    );
    let d = env.json(
        &["diagnose", "254676", "--uri", "--window", "2", "--json"],
        &hotp,
    );
    assert_eq!(d["cause"], "counter_ahead");
    assert_eq!(d["resync_counter"], 6);
    // A code of the wrong length for the URI is refused, naming its digits.
    fails_with(
        env.motp()
            .args(["verify", "287082", "--uri"])
            .write_stdin(totp.as_str())
            .output()
            .unwrap(),
        "8 digits",
    );
}

#[test]
fn totp_and_hotp_tokens_in_the_vault() {
    let env = Env::new();
    // TOTP from a URI: no PIN asked, the code in its own 30 s period, 8 digits.
    let added = env.ok(
        &["add", "--uri"],
        &format!(
            "otpauth://totp/Mail:bob?secret={}&digits=8\n",
            K20.to_lowercase()
        ),
    );
    assert!(
        added.contains("TOTP, SHA1, 8 digits, every 30 s"),
        "{added}"
    );
    let v = env.json(&["code", "Mail:bob", "--at", "59", "--json"], "");
    assert_eq!(v["kind"], "totp");
    assert_eq!(v["code"], "94287082");
    assert_eq!(
        (v["step_start"].clone(), v["step_end"].clone()),
        (30.into(), 60.into())
    );
    // A PIN option makes no sense for TOTP.
    fails_with(
        env.motp()
            .args(["add", "--uri", "--remember-pin"])
            .write_stdin(format!("otpauth://totp/x:y?secret={K20}\n1234\n"))
            .output()
            .unwrap(),
        "has no PIN",
    );
    // HOTP: each `code` shows the next code, the counter saved first and reported.
    env.ok(
        &["add", "--uri"],
        &format!("otpauth://hotp/Bank:carol?secret={K20}&counter=0\n"),
    );
    for want in ["755224", "287082", "359152"] {
        let out = env.motp().args(["code", "Bank:carol"]).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(stdout(&out).trim(), want);
        assert!(
            stderr(&out).contains("the counter moved"),
            "{}",
            stderr(&out)
        );
    }
    let v = env.json(&["code", "Bank:carol", "--json"], "");
    assert_eq!(
        (
            v["code"].clone(),
            v["counter"].clone(),
            v["next_counter"].clone()
        ),
        ("969429".into(), 3.into(), 4.into())
    );
    fails_with(
        env.motp()
            .args(["code", "Bank:carol", "--at", "59"])
            .output()
            .unwrap(),
        "follow its counter",
    );
    // list and show say the kind; export as a URI list keeps the parameters.
    let list = env.json(&["list", "--json"], "");
    let kinds: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["kind"].clone())
        .collect();
    assert_eq!(kinds, ["totp", "hotp"]);
    let show = env.json(&["show", "Bank:carol", "--json"], "");
    assert_eq!(
        (show["kind"].clone(), show["counter"].clone()),
        ("hotp".into(), 4.into())
    );
    let uris = env.path("uris.txt");
    env.ok(&["export", uris.to_str().unwrap(), "--format", "uris"], "");
    let text = std::fs::read_to_string(&uris).unwrap();
    assert!(
        text.contains("otpauth://totp/Mail:bob?secret=GEZDGNBV"),
        "{text}"
    );
    assert!(text.contains("&digits=8&period=30"), "{text}");
    assert!(
        text.contains("otpauth://hotp/Bank:carol?") && text.contains("&counter=4"),
        "{text}"
    );
}

#[test]
fn doctor_names_a_server_with_other_parameters() {
    let env = Env::new();
    env.ok(
        &["add", "--uri"],
        &format!("otpauth://totp/VPN:dave?secret={K20}\n"),
    );
    // The enrolment page shows RFC 6238's SHA-1 8-digit code at T = 59: the token was set up
    // with 6 digits.
    let out = env
        .motp()
        .args([
            "doctor",
            "VPN:dave",
            "--no-clock",
            "--code",
            "94287082",
            "--at",
            "59",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = v.to_string();
    assert!(text.contains("SHA1, 8 digits, a 30 s period"), "{text}");
}
