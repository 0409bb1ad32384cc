#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! Damaged, hostile and concurrent files: every one gives a clean error (never a panic), and
//! opening never changes the file.

use std::fs;
use std::path::{Path, PathBuf};

use motp_core::Error;
use motp_core::Secret;
use motp_core::vault::{KdfParams, NewToken, Password, Vault, inspect};

const FAST: KdfParams = KdfParams::INSECURE_FAST_FOR_TESTS;

fn pw() -> Password {
    Password::new("pw").unwrap()
}

/// A one-generation vault (no .prev) with two tokens.
fn vault(dir: &Path) -> (PathBuf, Vec<u8>) {
    let path = dir.join("v.motp");
    let mut v = Vault::create(&path, &pw(), FAST).unwrap();
    for (i, a) in ["alice", "bob"].iter().enumerate() {
        v.add(
            NewToken::new(
                Some("ACME"),
                a,
                Secret::new(&format!("{i}123456789abcdef")).unwrap(),
            ),
            0,
        )
        .unwrap();
    }
    fs::remove_file(&path).unwrap();
    let mut v2 = Vault::create(&path, &pw(), FAST).unwrap();
    v2.import_tokens(v.portable_tokens(), false, 0);
    v2.save().unwrap();
    fs::remove_file(v2.prev_path()).unwrap();
    let bytes = fs::read(&path).unwrap();
    (path, bytes)
}

/// Opens `bytes` written at `path`; must fail cleanly and leave the file as it was.
fn must_fail(path: &Path, bytes: &[u8]) -> Error {
    fs::write(path, bytes).unwrap();
    let e = Vault::open_with_password(path, &pw()).expect_err("a damaged vault opened");
    assert_eq!(fs::read(path).unwrap(), bytes, "opening changed the file");
    let msg = e.to_string();
    assert!(
        !msg.contains("0123456789abcdef") && !msg.contains("alice"),
        "{msg}"
    );
    e
}

#[test]
fn every_truncation_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (path, good) = vault(dir.path());
    for n in 0..good.len() - 1 {
        // The last byte is a newline; without it the JSON is still whole.
        let e = must_fail(&path, &good[..n]);
        assert!(
            matches!(e, Error::VaultCorrupt(_) | Error::VaultNotAVault(_)),
            "at {n}: {e}"
        );
    }
}

/// One flipped bit in every byte of the file (bit `i mod 8` of byte `i`, so every bit position
/// and every byte are covered; flipping all 8 bits of every byte would take 8 times as long
/// for little more). docs/vault-format.md states exactly this.
#[test]
fn a_bit_flip_in_every_byte_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let (path, good) = vault(dir.path());
    let mut kinds = std::collections::BTreeMap::new();
    for i in 0..good.len() {
        let mut bad = good.clone();
        bad[i] ^= 1 << (i % 8);
        let e = must_fail(&path, &bad);
        *kinds
            .entry(format!("{:?}", std::mem::discriminant(&e)))
            .or_insert(0) += 1;
        assert!(
            matches!(
                e,
                Error::VaultCorrupt(_)
                    | Error::VaultNotAVault(_)
                    | Error::VaultWrongPassword
                    | Error::VaultNewerVersion { .. }
                    | Error::VaultNoSuchSlot(_)
            ),
            "flip at {i}: {e}"
        );
    }
    assert!(kinds.len() >= 3, "{kinds:?}");
}

#[test]
fn empty_garbage_and_foreign_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.motp");
    let cases: &[&[u8]] = &[
        b"",
        b"\n \t",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        b"\xff\xfe\x00garbage",
        b"[]",
        b"{}",
        b"null",
        br#"{"format":"aegis","version":1}"#,
        br#"{"version":1,"header":{"slots":null},"db":"x"}"#,
        br#"{"format":"motp-token-vault"}"#,
        br#"{"format":"motp-token-vault","version":"1"}"#,
        br#"{"format":"motp-token-vault","version":1,"generation":1,"slots":[],"nonce":"","ciphertext":""}"#,
        br#"{"format":"motp-token-vault","version":1,"generation":1,"slots":[{}],"nonce":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","ciphertext":""}"#,
        br#"{"format":"motp-token-vault","version":1,"generation":1,"slots":[{"type":"password","id":"0e3c7f0a-3b7e-4a51-9d43-4b8a0a3c2b1d","kdf":{"algorithm":"argon2id","version":19,"memory_kib":4294967295,"iterations":1,"parallelism":1},"salt":"AAAAAAAAAAAAAAAAAAAAAA==","nonce":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","wrapped_key":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}],"nonce":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","ciphertext":"AAAAAAAAAAAAAAAAAAAAAA=="}"#,
        &[b'['; 10_000],
        &[b'{'; 100],
    ];
    for bytes in cases {
        let e = must_fail(&path, bytes);
        assert!(
            matches!(e, Error::VaultCorrupt(_) | Error::VaultNotAVault(_)),
            "{:?}: {e}",
            String::from_utf8_lossy(&bytes[..bytes.len().min(40)])
        );
    }
    // Hostile key-derivation parameters are refused before any memory is allocated.
    let e = must_fail(&path, cases[13]);
    assert!(e.to_string().contains("key derivation memory"), "{e}");
}

#[test]
fn huge_files_are_refused_without_reading_them_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.motp");
    let f = fs::File::create(&path).unwrap();
    f.set_len(motp_core::vault::MAX_FILE_BYTES + 1).unwrap();
    drop(f);
    let e = Vault::open_with_password(&path, &pw()).unwrap_err();
    assert!(matches!(e, Error::VaultTooLarge { .. }), "{e}");
    f_len_unchanged(&path);
}

fn f_len_unchanged(path: &Path) {
    assert_eq!(
        fs::metadata(path).unwrap().len(),
        motp_core::vault::MAX_FILE_BYTES + 1
    );
}

/// Edits the JSON of a valid file (keeping it valid JSON) and returns the new bytes.
fn edit(good: &[u8], f: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_slice(good).unwrap();
    f(&mut v);
    serde_json::to_vec_pretty(&v).unwrap()
}

#[test]
fn tampered_headers_are_detected() {
    let dir = tempfile::tempdir().unwrap();
    let (path, good) = vault(dir.path());
    // Reformatting alone is harmless: the header is authenticated in canonical form.
    fs::write(&path, edit(&good, |_| {})).unwrap();
    Vault::open_with_password(&path, &pw()).unwrap();

    let tampered = [
        edit(&good, |v| v["generation"] = 7.into()),
        edit(&good, |v| {
            v["nonce"] = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".into()
        }),
        edit(&good, |v| {
            let extra = serde_json::json!({"type": "future-kind",
                "id": "0e3c7f0a-3b7e-4a51-9d43-4b8a0a3c2b1d", "data": "x"});
            v["slots"].as_array_mut().unwrap().push(extra);
        }),
        edit(&good, |v| v["slots"][0]["kdf"]["memory_kib"] = 16.into()),
        edit(&good, |v| {
            v["slots"][0]["salt"] = "AAAAAAAAAAAAAAAAAAAAAA==".into()
        }),
        edit(&good, |v| {
            v.as_object_mut()
                .unwrap()
                .insert("comment".into(), "hi".into());
        }),
    ];
    for bad in &tampered {
        let e = must_fail(&path, bad);
        assert!(
            matches!(e, Error::VaultCorrupt(_) | Error::VaultWrongPassword),
            "{e}"
        );
    }
}

#[test]
fn newer_versions_are_refused_not_guessed() {
    let dir = tempfile::tempdir().unwrap();
    let (path, good) = vault(dir.path());
    let e = must_fail(&path, &edit(&good, |v| v["version"] = 4.into()));
    assert_eq!(
        e,
        Error::VaultNewerVersion {
            version: 4,
            supported: 3
        }
    );
    assert!(
        e.to_string()
            .contains("made by a newer version of mOTP Token"),
        "{e}"
    );
    assert!(matches!(
        inspect(&edit(&good, |v| v["version"] = 9.into())),
        Err(Error::VaultNewerVersion { .. })
    ));
}

#[test]
fn two_writers_one_wins_the_other_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = vault(dir.path());
    let mut a = Vault::open_with_password(&path, &pw()).unwrap().vault;
    let mut b = Vault::open_with_password(&path, &pw()).unwrap().vault;
    a.add(
        NewToken::new(None, "from-a", Secret::new("aaaaaaaaaaaaaaaa").unwrap()),
        1,
    )
    .unwrap();
    b.add(
        NewToken::new(None, "from-b", Secret::new("bbbbbbbbbbbbbbbb").unwrap()),
        1,
    )
    .unwrap();
    a.save().unwrap();
    let e = b.save().unwrap_err();
    assert_eq!(e, Error::VaultChangedElsewhere);
    assert!(
        e.to_string()
            .contains("changed elsewhere (another window or device)")
    );
    // B's failed save changed nothing; A's change is there; B can still retry after reopening.
    assert!(b.save().is_err());
    let v = Vault::open_with_password(&path, &pw()).unwrap().vault;
    assert!(v.find("from-a").is_ok() && v.find("from-b").is_err());

    // Racing threads, each with its own handle: exactly one save per generation wins.
    let winners: Vec<bool> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|i| {
                let path = path.clone();
                s.spawn(move || {
                    let mut v = Vault::open_with_password(&path, &pw()).unwrap().vault;
                    v.add(
                        NewToken::new(
                            None,
                            &format!("t{i}"),
                            Secret::new("cccccccccccccccc").unwrap(),
                        ),
                        1,
                    )
                    .unwrap();
                    match v.save() {
                        Ok(()) => true,
                        Err(Error::VaultChangedElsewhere) => false,
                        Err(e) => panic!("{e}"),
                    }
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let won = winners.iter().filter(|w| **w).count();
    assert!(won >= 1);
    let v = Vault::open_with_password(&path, &pw()).unwrap().vault;
    // Every winner's save was based on what it read, so none was lost: one per generation.
    assert_eq!(v.len(), 3 + won);
}

/// Issue 23 §1: a vault file damaged by growing past the 16 MiB limit opens from `.prev` with
/// a warning, and the next change replaces the damaged file (before, every change failed with
/// "the file is … bytes, larger than any vault can be", while the warning said to save).
#[test]
fn a_vault_file_grown_past_the_limit_is_replaced_by_the_next_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.motp");
    let mut v = Vault::create(&path, &pw(), FAST).unwrap();
    v.change(|v| {
        v.add(
            NewToken::new(
                Some("ACME"),
                "alice",
                Secret::new("0123456789abcdef").unwrap(),
            ),
            0,
        )
    })
    .unwrap();
    let prev = fs::read(v.prev_path()).unwrap();
    let junk = vec![b' '; usize::try_from(motp_core::vault::MAX_FILE_BYTES).unwrap() + 1];
    fs::write(&path, &junk).unwrap();

    let opened = Vault::open_with_password(&path, &pw()).unwrap();
    let warning = opened.warning.expect("no warning").to_string();
    assert!(warning.contains("larger than any vault"), "{warning}");
    let mut v = opened.vault;
    assert_eq!(v.len(), 0, "the previous copy is the empty vault");
    v.change(|v| {
        v.add(
            NewToken::new(
                Some("ACME"),
                "bob",
                Secret::new("1123456789abcdef").unwrap(),
            ),
            0,
        )
    })
    .unwrap();
    // The damaged file is gone, the good previous copy kept.
    assert_eq!(fs::read(v.prev_path()).unwrap(), prev);
    let opened = Vault::open_with_password(&path, &pw()).unwrap();
    assert!(opened.warning.is_none());
    let names: Vec<_> = opened.vault.list().into_iter().map(|t| t.name).collect();
    assert_eq!(names, ["ACME:bob"]);
}

/// Issue 23 §11: after a password change, a vault file whose contents are damaged, opened with
/// the right (new) password, said "wrong password" (the previous copy, from before the change,
/// refused it). It says the file is damaged and that the copy opens with the password from
/// before the change; following that advice gets the tokens back.
#[test]
fn a_damaged_file_after_a_password_change_names_the_password_of_its_previous_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.motp");
    let old = Password::new("old words").unwrap();
    let new = Password::new("new words").unwrap();
    let mut v = Vault::create(&path, &old, FAST).unwrap();
    v.change(|v| {
        v.add(
            NewToken::new(
                Some("ACME"),
                "alice",
                Secret::new("0123456789abcdef").unwrap(),
            ),
            0,
        )
    })
    .unwrap();
    v.change(|v| v.change_password(&new, FAST)).unwrap();
    // One character of the encrypted contents changed: the slot (and the new password) intact.
    let mut bytes = fs::read(&path).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    let i = text.find("\"ciphertext\"").unwrap() + 40;
    bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
    fs::write(&path, &bytes).unwrap();

    let e = Vault::open_with_password(&path, &new).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "the vault file cannot be used (its contents fail the integrity check: the header \
             or the encrypted data was changed), and its previous copy {} does not open with \
             this password: that copy was saved before the vault's password was changed, so it \
             opens with the password from before the change; copy it over the damaged vault \
             file, open the vault with that old password, then change the password again",
            dir.path().join("v.motp.prev").display()
        )
    );
    assert!(!e.to_string().contains("new words"));
    // The advice works.
    fs::copy(dir.path().join("v.motp.prev"), &path).unwrap();
    let opened = Vault::open_with_password(&path, &old).unwrap();
    let names: Vec<_> = opened.vault.list().into_iter().map(|t| t.name).collect();
    assert_eq!(names, ["ACME:alice"]);
}

/// Issue 23 §8: a vault file's password slots are tried one after another, so their work is
/// bounded together: two slots each at the per-slot maximum (1 GiB, 64 passes: 76 s) are
/// refused before any is derived, with a sentence. The file is left as it was.
#[test]
fn password_slots_are_bounded_together() {
    let dir = tempfile::tempdir().unwrap();
    let (path, good) = vault(dir.path());
    let mut file: serde_json::Value = serde_json::from_slice(&good).unwrap();
    let slots = file["slots"].as_array_mut().unwrap();
    slots[0]["kdf"]["memory_kib"] = 1_048_576.into();
    slots[0]["kdf"]["iterations"] = 64.into();
    let mut second = slots[0].clone();
    second["id"] = "0e3c7f0a-3b7e-4a51-9d43-4b8a0a3c2b1d".into();
    slots.push(second);
    let bad = serde_json::to_vec(&file).unwrap();
    let e = must_fail(&path, &bad);
    assert_eq!(
        e,
        Error::VaultKdfParams(
            "this file's 2 password slots ask for key derivation of 134217728 KiB × passes in \
             all, more than the 67108864 one slot may ask for; it was not tried: restore the \
             vault from its .prev copy or a backup"
                .into()
        )
    );
}
