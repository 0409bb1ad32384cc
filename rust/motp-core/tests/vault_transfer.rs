#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! Whole-file import and export through a vault, with the real files other apps wrote
//! (../shared/fixtures, see its PROVENANCE.md) and our own formats.

use std::path::{Path, PathBuf};

use motp_core::vault::TokenInfo;
use motp_core::vault::{
    ExportTarget, ImportOutcome, ImportSource, ImportedPin, KdfParams, Password, Vault,
    write_export_file,
};
use motp_core::{Error, ImportFormat, OtpKind, Pin, code, time::counter_at_seconds};

const FAST: KdfParams = KdfParams::INSECURE_FAST_FOR_TESTS;
const NOW: i64 = 1_700_000_000_000;

fn shared(name: &str) -> Vec<u8> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/fixtures/").to_owned() + name;
    std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "shared fixture {path} is missing ({e}): the tests need ../shared beside the checkout"
        )
    })
}

/// The one mOTP token of a vault.
fn motp_token(v: &Vault) -> TokenInfo {
    let mut m: Vec<_> = v
        .list()
        .into_iter()
        .filter(|t| t.kind == Some(OtpKind::Motp))
        .collect();
    assert_eq!(m.len(), 1, "{m:?}");
    m.remove(0)
}

fn vault(dir: &Path, name: &str) -> (PathBuf, Vault) {
    let path = dir.join(name);
    let v = Vault::create(&path, &Password::new("pw").unwrap(), FAST).unwrap();
    (path, v)
}

/// Stratum's Aegis vault (content version 2, password `test`) holds one mOTP entry among
/// TOTP/HOTP/Steam ones; its code at 1700000000 with PIN 1234 is d43efd (PROVENANCE.md). Its 7
/// TOTP/HOTP entries and its Steam entry are imported too; a 9-digit TOTP and Yandex are
/// skipped.
#[test]
fn imports_stratum_aegis_encrypted_and_reports_every_entry() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut v) = vault(dir.path(), "a.motp");
    let bytes = shared("stratum__aegis.encrypted.json");
    assert_eq!(
        ImportSource::detect(&bytes),
        Some(ImportSource::Foreign(ImportFormat::Aegis))
    );
    let r = v
        .import_file(&bytes, None, Some("test"), true, NOW)
        .unwrap();
    assert!(r.encrypted);
    assert_eq!(r.report.imported(), 9);
    assert_eq!(r.report.entries.len(), 11);
    assert!(r.report.entries.iter().any(|e| matches!(
        &e.outcome,
        ImportOutcome::SkippedInvalid { reason }
            if reason.to_string().starts_with("Yandex: not supported")
    )));
    let t = &motp_token(&v);
    let c = v.code(t.id, None, NOW).unwrap();
    assert_eq!(
        c.code.as_str(),
        "d43efd",
        "kept PIN 1234 gives the documented code"
    );

    // The same file again: the token is a duplicate, not a second copy.
    let again = v
        .import_file(&bytes, None, Some("test"), true, NOW)
        .unwrap();
    assert_eq!(again.report.imported(), 0);
    assert_eq!(again.report.duplicates(), 9);
    assert_eq!(v.len(), 9);
}

#[test]
fn pins_are_kept_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut v) = vault(dir.path(), "a.motp");
    let bytes = shared("stratum__aegis.unencrypted.json");
    v.import_file(&bytes, None, None, false, NOW).unwrap();
    let t = &motp_token(&v);
    assert!(matches!(v.code(t.id, None, NOW), Err(Error::PinRequired)));
    let c = v.code(t.id, Some(&Pin::raw("1234")), NOW).unwrap();
    assert_eq!(c.code.as_str(), "d43efd");
}

#[test]
fn wrong_and_missing_passwords_are_distinct_errors() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut v) = vault(dir.path(), "a.motp");
    let bytes = shared("stratum__aegis.encrypted.json");
    assert!(matches!(
        v.import_file(&bytes, None, None, false, NOW),
        Err(Error::ImportPasswordRequired { .. })
    ));
    assert!(matches!(
        v.import_file(&bytes, None, Some("nope"), false, NOW),
        Err(Error::ImportWrongPassword { .. })
    ));
    assert!(v.is_empty());
}

#[test]
fn andotp_and_authenticator_pro_and_unknown_files() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut v) = vault(dir.path(), "a.motp");
    let r = v
        .import_file(
            &shared("stratum__andotp.unencrypted.json"),
            None,
            None,
            false,
            NOW,
        )
        .unwrap();
    assert_eq!(r.source, ImportSource::Foreign(ImportFormat::AndOtp));
    assert_eq!(r.report.imported(), 8);
    let r = v
        .import_file(
            &shared("stratum__backup.unencrypted.authpro"),
            None,
            None,
            false,
            NOW,
        )
        .unwrap();
    assert_eq!(r.report.imported(), 13);
    assert_eq!(v.len(), 21);
    let e = v
        .import_file(b"hello, world", None, None, false, NOW)
        .unwrap_err();
    assert!(e.to_string().contains("Aegis"), "names what it reads: {e}");
    // Google Authenticator's export: its six TOTP and HOTP accounts (Stratum's test exports
    // share their accounts, already imported above: duplicates, none skipped for another reason).
    let r = v
        .import_file(
            &shared("stratum__googleauthenticator.txt"),
            None,
            None,
            false,
            NOW,
        )
        .unwrap();
    assert_eq!(r.source.name(), "Google Authenticator");
    assert_eq!(r.report.entries.len(), 6);
    assert_eq!(r.report.imported() + r.report.duplicates(), 6);
}

#[test]
fn export_in_every_format_and_import_back() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut v) = vault(dir.path(), "a.motp");
    v.import_file(
        &shared("stratum__aegis.unencrypted.json"),
        None,
        None,
        true,
        NOW,
    )
    .unwrap();
    v.import_file(
        &shared("stratum__andotp.unencrypted.json"),
        None,
        None,
        false,
        NOW,
    )
    .unwrap();
    // andOTP's 6 TOTP/HOTP tokens are the ones Stratum's Aegis vault holds: duplicates. Each
    // file has its own Steam token (another secret) and mOTP token.
    assert_eq!(v.len(), 11);

    // Our own backup: every token, its own password.
    let backup = v
        .export_file(ExportTarget::MotpBackup, Some("backup pw"), FAST)
        .unwrap();
    assert_eq!(backup.count, 11);
    let (_, mut w) = vault(dir.path(), "b.motp");
    let r = w
        .import_file(&backup.bytes, None, Some("backup pw"), true, NOW)
        .unwrap();
    assert_eq!(r.source, ImportSource::MotpBackup);
    assert_eq!(r.report.imported(), 11);
    assert_eq!(w.list(), {
        // The same tokens, kinds and parameters, in the same order.
        let mut l = v.list();
        for (a, b) in l.iter_mut().zip(w.list()) {
            a.updated_ms = b.updated_ms;
        }
        l
    });
    // Stratum's token remembers PIN 1234 (kept above); andOTP's had none.
    assert_eq!((r.report.pins_kept(), r.report.pins_dropped()), (1, 0));
    let (_, mut w2) = vault(dir.path(), "b2.motp");
    let r = w2
        .import_file(&backup.bytes, None, Some("backup pw"), false, NOW)
        .unwrap();
    assert_eq!((r.report.pins_kept(), r.report.pins_dropped()), (0, 1));
    assert!(
        r.report
            .entries
            .iter()
            .any(|e| e.pin == ImportedPin::Dropped)
    );
    let again = w2
        .import_file(&backup.bytes, None, Some("backup pw"), false, NOW)
        .unwrap();
    assert_eq!(again.report.duplicates(), 11);
    assert_eq!(again.report.pins_dropped(), 0, "duplicates drop nothing");
    assert!(matches!(
        v.export_file(ExportTarget::MotpBackup, None, FAST),
        Err(Error::ExportPasswordEmpty)
    ));

    // Aegis, encrypted: the hex token with its PIN, the 7 TOTP/HOTP tokens and the 2 Steam
    // tokens; andOTP's uppercase mOTP one is reported.
    let aegis = v
        .export_file(ExportTarget::Aegis, Some("aegis pw"), FAST)
        .unwrap();
    assert_eq!(aegis.count, 10);
    assert_eq!(aegis.skipped.len(), 1);
    let (_, mut a) = vault(dir.path(), "c.motp");
    let r = a
        .import_file(&aegis.bytes, None, Some("aegis pw"), true, NOW)
        .unwrap();
    assert_eq!(r.report.imported(), 10);
    let oath = |v: &Vault| -> Vec<_> {
        v.list()
            .into_iter()
            .filter(|t| t.kind != Some(OtpKind::Motp))
            .map(|t| (t.name, t.kind, v.reveal_secret(t.id).unwrap()))
            .collect()
    };
    assert_eq!(oath(&a), oath(&v));
    let t = &motp_token(&a);
    let at = counter_at_seconds(1_700_000_000).unwrap();
    let want = code(&a.reveal_secret(t.id).unwrap(), &Pin::raw("1234"), at);
    assert_eq!(a.code(t.id, None, NOW).unwrap().code, want);

    // URI list: every token, never a PIN.
    let uris = v.export_file(ExportTarget::UriList, None, FAST).unwrap();
    let text = String::from_utf8(uris.bytes.to_vec()).unwrap();
    assert_eq!(text.lines().count(), 11);
    assert_eq!(text.matches("otpauth://totp/").count(), 6);
    assert_eq!(text.matches("otpauth://hotp/").count(), 1);
    assert_eq!(text.matches("otpauth://steam/").count(), 2);
    assert!(!text.contains("pin="));
    let (_, mut u) = vault(dir.path(), "d.motp");
    let r = u
        .import_file(text.as_bytes(), None, None, false, NOW)
        .unwrap();
    assert_eq!(r.source, ImportSource::Foreign(ImportFormat::UriList));
    assert_eq!(r.report.imported(), 11);
    assert_eq!(oath(&u), oath(&v));
}

#[test]
fn format_names() {
    assert_eq!(
        ImportSource::from_code("motp"),
        Some(ImportSource::MotpBackup)
    );
    assert_eq!(
        ImportSource::from_code("stratum"),
        Some(ImportSource::Foreign(ImportFormat::AuthenticatorPro))
    );
    assert_eq!(ExportTarget::from_code("uris"), Some(ExportTarget::UriList));
    assert_eq!(ExportTarget::from_code("qr"), None);
    // code() reads back through from_code for every source.
    let all = [ImportSource::MotpBackup]
        .into_iter()
        .chain(ImportFormat::ALL.map(ImportSource::Foreign));
    let codes: Vec<&str> = all.clone().map(ImportSource::code).collect();
    assert_eq!(
        codes,
        [
            "motp",
            "aegis",
            "authenticator-pro",
            "andotp",
            "uris",
            "google-authenticator",
            "2fas",
            "bitwarden",
            "freeotp-plus",
            "proton-authenticator",
            "steam",
            "ente-auth"
        ]
    );
    for s in all {
        assert_eq!(ImportSource::from_code(s.code()), Some(s));
    }
    for t in [
        ExportTarget::MotpBackup,
        ExportTarget::Aegis,
        ExportTarget::UriList,
    ] {
        assert_eq!(ExportTarget::from_code(t.code()), Some(t));
    }
}

/// Leftover temporaries (`.NAME.tmp-…`) in a folder.
fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect()
}

#[test]
fn export_files_are_written_whole_and_never_replace_by_accident() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.txt");
    write_export_file(&path, b"first\n", false).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"first\n");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "only the owner may read an export");
    }

    let e = write_export_file(&path, b"second\n", false).unwrap_err();
    assert!(matches!(e, Error::ExportFileExists { .. }), "{e}");
    assert!(e.to_string().contains("out.txt"), "{e}");
    assert_eq!(std::fs::read(&path).unwrap(), b"first\n", "left alone");

    write_export_file(&path, b"second\n", true).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"second\n");

    // A dangling symbolic link is a name in use too.
    #[cfg(unix)]
    {
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &link).unwrap();
        assert!(matches!(
            write_export_file(&link, b"x", false),
            Err(Error::ExportFileExists { .. })
        ));
        assert!(!dir.path().join("nowhere").exists());
    }

    // A missing folder: a clear error, and nothing left behind.
    let e = write_export_file(&dir.path().join("no/such/dir/out"), b"x", false).unwrap_err();
    assert!(e.to_string().contains("nothing was written"), "{e}");
    // A folder is not a file name.
    assert!(write_export_file(dir.path(), b"x", true).is_err());
    assert!(
        temporaries(dir.path()).is_empty(),
        "{:?}",
        temporaries(dir.path())
    );
}

/// Names and notes from a file cannot drive a terminal once imported (crate `text`): a name
/// with a control or bidirectional character is skipped with the reason, a note keeps its
/// lines and has every other such character replaced — whatever the source.
#[test]
fn imported_names_are_refused_and_notes_cleaned_of_terminal_controls() {
    use motp_core::{PortableToken, Secret};
    let dir = tempfile::tempdir().unwrap();
    let (_, mut v) = vault(dir.path(), "v.motp");
    let token = |issuer: &str, account: &str, secret: &str, note: &str| PortableToken {
        kind: OtpKind::Motp,
        issuer: Some(issuer.to_owned()),
        account: account.to_owned(),
        secret: Secret::new(secret).unwrap(),
        pin: None,
        note: Some(note.to_owned()),
        group: None,
    };
    let report = v.import_tokens(
        vec![
            token("AC\x1b[2JME", "alice", "0123456789abcdef", "fine"),
            token("Corp", "bob\u{202e}", "1123456789abcdef", "fine"),
            token(
                "Corp",
                "carol",
                "2123456789abcdef",
                "one\r\ntwo\x1b]0;x\x07\u{9b}\u{2066}",
            ),
        ],
        false,
        NOW,
    );
    let outcomes: Vec<_> = report.entries.iter().map(|e| &e.outcome).collect();
    for skipped in &outcomes[..2] {
        match skipped {
            ImportOutcome::SkippedInvalid { reason } => {
                let reason = reason.to_string();
                assert!(reason.contains("control character"), "{reason}");
                assert!(
                    !reason.chars().any(motp_core::text::is_unsafe_char),
                    "{reason:?}"
                );
            }
            other => panic!("{other:?}"),
        }
    }
    assert!(matches!(outcomes[2], ImportOutcome::Imported(_)));
    let carol = v.find("Corp:carol").unwrap();
    assert_eq!(
        carol.note.as_deref(),
        Some("one\ntwo\u{fffd}]0;x\u{fffd}\u{fffd}\u{fffd}")
    );
}

/// Tokens with the longest notes (4,096 four-byte characters each), enough of them to make a
/// vault of more than 16 MiB.
fn heavy_tokens(n: usize) -> Vec<motp_core::portable::PortableToken> {
    let note: String = "\u{1F600}".repeat(4096);
    (0..n)
        .map(|i| motp_core::portable::PortableToken {
            kind: OtpKind::Motp,
            issuer: Some("Big".into()),
            account: format!("user{i}"),
            secret: motp_core::Secret::new(&format!("{i:016x}")).unwrap(),
            pin: None,
            note: Some(note.clone()),
            group: None,
        })
        .collect()
}

/// Issue 23 §1: an import that would make the vault larger than any reader accepts (16 MiB)
/// is refused with a sentence and writes nothing; before, it was written, and every open then
/// fell back to `.prev` and every change failed.
#[test]
fn an_import_that_would_make_the_vault_too_large_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = vault(dir.path(), "big.motp");
    let before = std::fs::read(&path).unwrap();
    let e = v
        .change(|v| {
            v.import_tokens(heavy_tokens(800), false, NOW);
            Ok(())
        })
        .unwrap_err();
    let Error::VaultWouldBeTooLarge { size, max } = e.clone() else {
        panic!("{e}");
    };
    assert_eq!(max, motp_core::vault::MAX_FILE_BYTES);
    assert!(size > max, "{size}");
    assert!(e.to_string().contains("nothing was saved"), "{e}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(v.len(), 0);
    // What fits is still saved.
    v.change(|v| {
        v.import_tokens(heavy_tokens(100), false, NOW);
        Ok(())
    })
    .unwrap();
    let opened = Vault::open_with_password(&path, &Password::new("pw").unwrap()).unwrap();
    assert!(opened.warning.is_none());
    assert_eq!(opened.vault.len(), 100);
}

/// 2FAS's groups come along: a service filed under a group is filed under a group of that name
/// here; a group name no token may carry (a control character) loses the group, not the token.
#[test]
fn two_fas_groups_become_groups() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut v) = vault(dir.path(), "g.motp");
    let file = r#"{"schemaVersion":4,"groups":[{"id":"g1","name":"Work"},{"id":"g2","name":"bad\u0007"}],
      "services":[
        {"name":"Corp","secret":"JBSWY3DPEHPK3PXP","groupId":"g1","otp":{"account":"alice","tokenType":"TOTP"}},
        {"name":"Bank","secret":"JBSWY3DPEHPK3PXQ","groupId":"g2","otp":{"account":"bob","tokenType":"TOTP"}},
        {"name":"Shop","secret":"JBSWY3DPEHPK3PXR","groupId":"nowhere","otp":{"account":"carol","tokenType":"TOTP"}}
      ]}"#;
    let r = v
        .import_file(file.as_bytes(), None, None, false, NOW)
        .unwrap();
    assert_eq!(r.report.imported(), 3);
    let groups: Vec<(String, Option<String>)> =
        v.list().into_iter().map(|t| (t.account, t.group)).collect();
    assert_eq!(
        groups,
        [
            ("alice".to_owned(), Some("Work".to_owned())),
            ("bob".to_owned(), None),
            ("carol".to_owned(), None)
        ]
    );
    // Through an Aegis file (content version 3's group ids) and back: the same groups.
    let aegis = v.export_file(ExportTarget::Aegis, None, FAST).unwrap();
    let back = motp_core::import(&aegis.bytes, None, None).unwrap();
    let groups: Vec<Option<&str>> = back.tokens().map(|t| t.group.as_deref()).collect();
    assert_eq!(groups, [Some("Work"), None, None]);
}
