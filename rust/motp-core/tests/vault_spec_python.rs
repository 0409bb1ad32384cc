#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! The format specification is complete enough to implement: docs/vault-decrypt.py, an
//! independent decryptor written from docs/vault-format.md (Python `cryptography` for Argon2id
//! and ChaCha20-Poly1305, its own HChaCha20), must read what the vault writes.

use std::io::Write;
use std::process::{Command, Stdio};

use motp_core::vault::{KdfParams, NewToken, Password, PinSetup, SoftwareKeyProtector, Vault};
use motp_core::{HashAlgorithm, OtpKind, Pin, Secret, TotpParams};

#[test]
fn the_reference_python_script_decrypts_our_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("spec.motp");
    let fast = KdfParams::INSECURE_FAST_FOR_TESTS;
    let mut v = Vault::create(&path, &Password::new("first").unwrap(), fast).unwrap();
    let mut t = NewToken::new(
        Some("Ünïcödé VPN"),
        "ålice",
        Secret::new("0123456789ABCDEF").unwrap(),
    );
    t.pin = PinSetup::Remember(Pin::new("4711").unwrap());
    t.note = Some("line \"one\"\nline two".into());
    v.add(t, 1_700_000_000_000).unwrap();
    let mut totp = NewToken::of_kind(
        OtpKind::Totp(TotpParams {
            algorithm: HashAlgorithm::Sha256,
            digits: 8,
            period_seconds: 60,
            t0_seconds: 0,
        }),
        Some("Mail"),
        "bob",
        Secret::new("jbsw y3dp ehpk 3pxp").unwrap(),
    );
    totp.group = Some("Work".into());
    totp.favourite = true;
    totp.icon = Some("mail".into());
    v.add(totp, 1_700_000_000_000).unwrap();
    // A platform slot first, so the script must skip it; then the password it will use.
    v.add_platform_slot(&SoftwareKeyProtector::random("dev:key", "Dëvice").unwrap())
        .unwrap();
    v.change_password(
        &Password::new("pässword").unwrap(),
        KdfParams {
            memory_kib: 64,
            iterations: 2,
            parallelism: 2,
        },
    )
    .unwrap();
    v.save().unwrap();

    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/vault-decrypt.py");
    // scripts/test.sh sets MOTP_PYTHON to a Python with `cryptography` >= 44 (installing it
    // in a private virtual environment when the system's lacks it).
    let python = std::env::var("MOTP_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let mut child = Command::new(&python)
        .arg(script)
        .arg(&path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "{python} is needed for this test (it checks docs/vault-format.md; \
                 scripts/test.sh installs it): {e}"
            )
        });
    child
        .stdin
        .take()
        .unwrap()
        .write_all("pässword\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "docs/vault-decrypt.py failed (it needs Python's `cryptography` >= 44: pip install \
         cryptography): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["generation"], 2);
    let token = &json["tokens"][0];
    assert_eq!(token["issuer"], "Ünïcödé VPN");
    assert_eq!(token["account"], "ålice");
    assert_eq!(token["secret"], "0123456789ABCDEF");
    assert_eq!(token["pin_policy"], "remember");
    assert_eq!(token["pin"], "4711");
    assert_eq!(token["note"], "line \"one\"\nline two");
    assert_eq!(token["kind"], "motp");
    // Format version 2's kinds and the apps' fields, as docs/vault-format.md §7 lists them.
    let totp = &json["tokens"][1];
    assert_eq!(totp["kind"], "totp");
    assert_eq!(totp["secret"], "JBSWY3DPEHPK3PXP");
    assert_eq!(totp["algorithm"], "SHA256");
    assert_eq!(totp["digits"], 8);
    assert_eq!(totp["period"], 60);
    assert_eq!(totp["t0"], 0);
    assert_eq!(totp["pin_policy"], "ask");
    assert_eq!(totp["group"], "Work");
    assert_eq!(totp["favourite"], true);
    assert_eq!(totp["icon"], "mail");
}
