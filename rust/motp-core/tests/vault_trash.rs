#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! The trash (docs/vault-format.md §7.1): deleted tokens kept encrypted for 30 days, restored
//! with their secret and PIN, deleted for good, purged by the caller's clock; vaults written
//! before the trash existed open and gain none.

use std::path::{Path, PathBuf};

use motp_core::vault::{KdfParams, NewToken, Password, PinSetup, TRASH_KEEP_MS, TokenId, Vault};
use motp_core::{Error, Pin, Secret};

const FAST: KdfParams = KdfParams::INSECURE_FAST_FOR_TESTS;
const NOW: i64 = 1_700_000_000_000;
const DAY: i64 = 86_400_000;

fn pw() -> Password {
    Password::new("correct horse").unwrap()
}

fn vault_with_two(dir: &Path) -> (PathBuf, Vault, TokenId, TokenId) {
    let path = dir.join("tokens.motp");
    let mut v = Vault::create(&path, &pw(), FAST).unwrap();
    let mut t = NewToken::new(
        Some("ACME"),
        "alice",
        Secret::new("0123456789abcdef").unwrap(),
    );
    t.pin = PinSetup::Remember(Pin::new("1234").unwrap());
    let a = v.add(t, NOW).unwrap();
    let b = v
        .add(
            NewToken::new(None, "bob", Secret::new("fedcba9876543210").unwrap()),
            NOW,
        )
        .unwrap();
    v.save().unwrap();
    (path, v, a, b)
}

fn open(path: &Path) -> Vault {
    Vault::open_with_password(path, &pw()).unwrap().vault
}

#[test]
fn a_trashed_token_leaves_the_list_and_comes_back_whole_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v, a, b) = vault_with_two(dir.path());
    v.change(|v| v.trash(a, NOW + 5)).unwrap();
    assert_eq!(v.list().iter().map(|t| t.id).collect::<Vec<_>>(), vec![b]);
    assert!(v.get(a).is_err());

    let mut v = open(&path);
    let trashed = v.trashed();
    assert_eq!(trashed.len(), 1);
    assert_eq!(trashed[0].token.id, a);
    assert_eq!(trashed[0].token.account, "alice");
    assert_eq!(trashed[0].deleted_ms, NOW + 5);
    assert_eq!(trashed[0].purge_at_ms, NOW + 5 + 30 * DAY);

    let back = v.change(|v| v.restore(a, NOW + 9)).unwrap();
    assert_eq!(back, a);
    assert!(v.trashed().is_empty());
    let v = open(&path);
    assert_eq!(
        v.list().iter().map(|t| t.id).collect::<Vec<_>>(),
        vec![b, a]
    );
    assert_eq!(v.reveal_secret(a).unwrap().expose(), "0123456789abcdef");
    assert_eq!(v.reveal_pin(a).unwrap().unwrap().expose(), "1234");
}

#[test]
fn delete_for_good_and_the_30_day_purge() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v, a, b) = vault_with_two(dir.path());
    v.change(|v| {
        v.trash(a, NOW)?;
        v.trash(b, NOW + DAY)
    })
    .unwrap();
    // Newest deletion first.
    let ids: Vec<_> = v.trashed().iter().map(|t| t.token.id).collect();
    assert_eq!(ids, vec![b, a]);

    // One millisecond before 30 days nothing goes; at 30 days `a` does.
    assert!(!v.trash_needs_purge(NOW + TRASH_KEEP_MS - 1));
    assert_eq!(v.purge_trash(NOW + TRASH_KEEP_MS - 1), 0);
    assert!(!v.has_unsaved_changes());
    assert!(v.trash_needs_purge(NOW + TRASH_KEEP_MS));
    assert_eq!(
        v.change(|v| Ok(v.purge_trash(NOW + TRASH_KEEP_MS)))
            .unwrap(),
        1
    );
    let v2 = open(&path);
    let ids: Vec<_> = v2.trashed().iter().map(|t| t.token.id).collect();
    assert_eq!(ids, vec![b]);

    v.change(|v| v.delete_for_good(b)).unwrap();
    assert!(open(&path).trashed().is_empty());
    assert!(matches!(
        v.change(|v| v.restore(b, NOW)),
        Err(Error::TokenNotFound { .. })
    ));
}

#[test]
fn the_trash_is_inside_the_encryption_and_absent_when_empty() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v, a, _) = vault_with_two(dir.path());
    let before = std::fs::read_to_string(&path).unwrap();
    assert!(!before.contains("deleted_tokens"));
    v.change(|v| v.trash(a, NOW)).unwrap();
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(!after.contains("deleted_tokens"), "the member is encrypted");
    assert!(!after.contains("0123456789abcdef"));
    assert!(!after.contains("alice"));
}
