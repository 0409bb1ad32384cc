//! Format version 2's promises (docs/vault-format.md §9): version-1 files open, members of
//! newer apps survive a rewrite at every level, and a token of an unknown kind is refused with
//! a clear message but kept.

use serde_json::{Value, json};

use super::content::Content;
use super::crypto::{MasterKey, Password};
use super::envelope::{self, VaultFile};
use super::kdf::KdfParams;
use super::model::NewToken;
use super::slots::Slot;
use super::unlock::{Unlock, unlock};
use super::{FORMAT_VERSION, Vault};
use crate::error::Error;
use crate::kind::{HashAlgorithm, OtpKind, TotpParams};
use crate::secret::Secret;

const FAST: KdfParams = KdfParams::INSECURE_FAST_FOR_TESTS;

fn pw() -> Password {
    Password::new("pw").unwrap()
}

/// The decrypted content of the file at `path`, as plain JSON.
fn content_json(path: &std::path::Path) -> Value {
    let bytes = std::fs::read(path).unwrap();
    let state = unlock(&VaultFile::parse(&bytes).unwrap(), Unlock::Password(&pw())).unwrap();
    serde_json::from_slice(&state.content.encode().unwrap()).unwrap()
}

/// A vault "written by a newer app": extra members in the header, the content, the settings
/// and a token, and a token of a kind this build does not know.
fn newer_app_vault(path: &std::path::Path) {
    let future = json!({
        "generation": 1,
        "settings": {"clock_correction_seconds": 0, "theme": "dark"},
        "tokens": [
            {"id": "0e3c7f0a-3b7e-4a51-9d43-4b8a0a3c2b1d", "kind": "totp", "issuer": "Mail",
             "account": "bob", "secret": "JBSWY3DPEHPK3PXP", "algorithm": "SHA1", "digits": 6,
             "period": 30, "t0": 0, "pin_policy": "ask", "pin": null, "typo_guard": null,
             "tolerance_seconds": 30, "note": null, "created_ms": 1, "updated_ms": 1,
             "last_used_ms": null, "group": "Work", "favourite": true, "icon": "mail",
             "colour": "#ff0000", "sync": {"etag": "abc", "devices": [1, 2]}},
            {"id": "1e3c7f0a-3b7e-4a51-9d43-4b8a0a3c2b1d", "kind": "push", "issuer": "Bank",
             "account": "carol", "secret": "opaque-newer-secret", "endpoint": "https://x.invalid",
             "digits": "not a number here", "counter": {"a": 1},
             "created_ms": 1, "updated_ms": 1}
        ],
        "trash": [{"id": "gone"}]
    });
    let mut content = Content::decode(&serde_json::to_vec(&future).unwrap()).unwrap();
    content
        .header_extra
        .insert("future_header".into(), json!({"x": [1, 2, 3]}));
    let key = MasterKey::generate().unwrap();
    let slot = Slot::new_password(&key, &pw(), FAST).unwrap();
    std::fs::write(path, envelope::seal(&[slot], &key, &content).unwrap()).unwrap();
}

#[test]
fn members_of_newer_apps_survive_a_rewrite_at_every_level() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.motp");
    newer_app_vault(&path);
    let mut v = Vault::open_with_password(&path, &pw()).unwrap().vault;
    // Today's code edits and saves the vault.
    v.add(
        NewToken::new(None, "dave", Secret::new("0123456789abcdef").unwrap()),
        2,
    )
    .unwrap();
    v.save().unwrap();

    let file: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(file["version"], FORMAT_VERSION);
    assert_eq!(file["future_header"], json!({"x": [1, 2, 3]}));
    let c = content_json(&path);
    assert_eq!(c["trash"], json!([{"id": "gone"}]));
    assert_eq!(c["settings"]["theme"], "dark");
    let t = &c["tokens"][0];
    assert_eq!(t["colour"], "#ff0000");
    assert_eq!(t["sync"], json!({"etag": "abc", "devices": [1, 2]}));
    assert_eq!(
        (t["group"].clone(), t["favourite"].clone()),
        ("Work".into(), true.into())
    );
    // The unknown kind, every member as it was, in its place.
    let push = &c["tokens"][1];
    assert_eq!(push["kind"], "push");
    assert_eq!(push["secret"], "opaque-newer-secret");
    assert_eq!(push["endpoint"], "https://x.invalid");
    assert_eq!(push["digits"], "not a number here");
    assert_eq!(push["counter"], json!({"a": 1}));
    assert_eq!(c["tokens"][2]["account"], "dave");
    assert_eq!(c["tokens"].as_array().unwrap().len(), 3);
}

#[test]
fn a_token_of_an_unknown_kind_is_refused_clearly_but_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.motp");
    newer_app_vault(&path);
    let mut v = Vault::open_with_password(&path, &pw()).unwrap().vault;
    let list = v.list();
    assert_eq!(list[0].kind, Some(OtpKind::Totp(TotpParams::default())));
    assert_eq!(list[1].kind, None);
    assert_eq!(list[1].kind_name, "push");
    let e = v.code(list[1].id, None, 1_000).unwrap_err();
    assert_eq!(
        e,
        Error::TokenKindUnsupported {
            kind: "push".into()
        }
    );
    assert!(
        e.to_string().contains("newer version of mOTP Token") && e.to_string().contains("update"),
        "{e}"
    );
    assert!(v.provisioning_uri(list[1].id).is_err());
    // Exports leave it out (no other app knows it); the vault's own backup keeps it.
    assert_eq!(v.portable_tokens().len(), 1);
    // Renaming it works and keeps its members.
    v.update(
        list[1].id,
        super::model::TokenUpdate {
            note: Some(Some("renamed".into())),
            ..Default::default()
        },
        5,
    )
    .unwrap();
    v.save().unwrap();
    let c = content_json(&path);
    assert_eq!(c["tokens"][1]["endpoint"], "https://x.invalid");
    assert_eq!(c["tokens"][1]["note"], "renamed");
}

/// Issue 23 §4: exports to other formats name every token they leave out, with why: a kind
/// made by a newer version is in `skipped` (before, URI lists and Aegis files dropped it with
/// `skipped: []`). Our own backup keeps it.
#[test]
fn exports_name_a_token_of_a_newer_kind_as_skipped() {
    use super::transfer::ExportTarget;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.motp");
    newer_app_vault(&path);
    let v = Vault::open_with_password(&path, &pw()).unwrap().vault;
    for (target, password) in [
        (ExportTarget::UriList, None),
        (ExportTarget::Aegis, None),
        (ExportTarget::Aegis, Some("pw")),
    ] {
        let e = v.export_file(target, password, FAST).unwrap();
        assert_eq!(e.count, 1, "{target:?}");
        assert_eq!(e.skipped.len(), 1, "{target:?}: {:?}", e.skipped);
        let (name, reason) = &e.skipped[0];
        assert_eq!(name, "Bank: carol");
        assert_eq!(
            reason,
            "a \"push\" token, a kind made by a newer version of mOTP Token that this version \
             cannot write: export it with the newer version (it stays in the vault)"
        );
    }
    let backup = v
        .export_file(ExportTarget::MotpBackup, Some("pw"), FAST)
        .unwrap();
    assert_eq!((backup.count, backup.skipped.len()), (2, 0));
}

/// The worked example of §14 was written by format version 1; it still opens, its tokens are
/// mOTP, and a save writes the current version (3: stamps, positions, the device) that opens
/// again, its old tokens stamped with their last edit.
#[test]
fn version_1_files_open_and_are_rewritten_as_the_current_version() {
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fuzz/seeds/vault_open/two-tokens.motp"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.motp");
    std::fs::copy(seed, &path).unwrap();
    let old: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(old["version"], 1);
    let password = Password::new("fuzz").unwrap();
    let mut v = Vault::open_with_password(&path, &password).unwrap().vault;
    let list = v.list();
    assert_eq!(list.len(), 2);
    assert!(list.iter().all(|t| t.kind == Some(OtpKind::Motp)));
    assert!(list.iter().all(|t| t.group.is_none() && !t.favourite));
    let code = v.code(list[1].id, None, 1_700_000_000_000).unwrap().code;
    let totp = OtpKind::Totp(TotpParams {
        algorithm: HashAlgorithm::Sha256,
        ..TotpParams::default()
    });
    v.add(
        NewToken::of_kind(totp, None, "t", Secret::new("GEZDGNBV").unwrap()),
        1,
    )
    .unwrap();
    v.save().unwrap();
    let new: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(new["version"], FORMAT_VERSION);
    assert_eq!(FORMAT_VERSION, 3);
    assert!(
        new["device"].as_str().is_some_and(|d| d.len() == 16),
        "the header names the device: {new}"
    );
    let v = Vault::open_with_password(&path, &password).unwrap().vault;
    assert_eq!(
        v.code(list[1].id, None, 1_700_000_000_000).unwrap().code,
        code
    );
    assert_eq!(v.list()[2].kind, Some(totp));
    let content = v.state_content_for_tests();
    let old_token = &content.tokens[0];
    assert_eq!(old_token.position, 0);
    assert_eq!(
        old_token.stamps.get("note"),
        crate::vault::hlc::Stamp::legacy(old_token.updated_ms),
        "parts of a token saved before stamps existed date from its last edit"
    );
    let new_token = &content.tokens[2];
    assert_eq!(new_token.position, 2);
    assert!(new_token.stamps.get("note").wall_ms > 1_700_000_000_000);
    assert_eq!(new_token.stamps.get("note").device.as_str(), new["device"]);
    // A version-1 header with an extra member is still damaged: version 1 had no extensions.
    let mut bad = old.clone();
    bad["extra"] = json!(1);
    assert!(matches!(
        VaultFile::parse(&serde_json::to_vec(&bad).unwrap()),
        Err(Error::VaultCorrupt(_))
    ));
}

/// A vault written before the trash (no `deleted_tokens`) opens with an empty trash, and a
/// trash written now reads back as the trash, not as a newer app's member.
#[test]
fn vaults_from_before_the_trash_open_and_the_trash_reads_back() {
    let before = json!({
        "generation": 3,
        "settings": {"clock_correction_seconds": 0},
        "tokens": [
            {"id": "0e3c7f0a-3b7e-4a51-9d43-4b8a0a3c2b1d", "kind": "motp", "issuer": null,
             "account": "bob", "secret": "0123456789abcdef", "pin_policy": "ask",
             "created_ms": 1, "updated_ms": 1}
        ]
    });
    let mut c = Content::decode(&serde_json::to_vec(&before).unwrap()).unwrap();
    assert!(c.trash.is_empty());
    assert!(c.extra.is_empty());
    super::trash::put(&mut c, 0, 42);
    let again = Content::decode(&c.encode().unwrap()).unwrap();
    assert_eq!(again.trash.len(), 1);
    assert_eq!(again.trash[0].deleted_ms, 42);
    assert!(again.tokens.is_empty());
    assert!(again.extra.is_empty());
}
