#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! Copies of one vault changed apart and merged (docs/vault-format.md §12): each device is its
//! own vault file made from the first one's copy (`Vault::create_from_copy`), every edit is
//! saved (acknowledged) before the next, and devices exchange their files as a synced folder or
//! a server would. The merge must lose no edit, converge whatever the order, and never show an
//! HOTP code twice.

use std::path::{Path, PathBuf};

use motp_core::kind::{HashAlgorithm, HotpParams, OtpKind};
use motp_core::vault::{
    KdfParams, MergeReport, NewToken, Password, TokenId, TokenInfo, TokenUpdate, Vault,
};
use motp_core::{Error, Secret};
use proptest::prelude::*;

fn pw() -> Password {
    Password::new("merge test").unwrap()
}

/// Device 0 makes the vault; the others are set up from its file, as `motp init --from` does.
fn devices(dir: &Path, n: usize) -> Vec<(PathBuf, Vault)> {
    let first = dir.join("dev0.motp");
    let v0 = Vault::create(&first, &pw(), KdfParams::INSECURE_FAST_FOR_TESTS).unwrap();
    let bytes = std::fs::read(&first).unwrap();
    let mut out = vec![(first, v0)];
    for i in 1..n {
        let path = dir.join(format!("dev{i}.motp"));
        let v = Vault::create_from_copy(&path, &bytes, &pw()).unwrap();
        out.push((path, v));
    }
    out
}

/// Device `to` takes device `from`'s file (as saved).
fn sync(devs: &mut [(PathBuf, Vault)], from: usize, to: usize) -> MergeReport {
    let bytes = std::fs::read(&devs[from].0).unwrap();
    devs[to].1.merge_copy(&bytes).unwrap()
}

/// Everyone takes everyone's file, twice round: what a quiet period of syncing does.
fn converge(devs: &mut [(PathBuf, Vault)]) {
    for _ in 0..2 {
        for from in 0..devs.len() {
            for to in 0..devs.len() {
                if from != to {
                    sync(devs, from, to);
                }
            }
        }
    }
}

/// What a list shows, without what is the device's own (last used).
fn shown(v: &Vault) -> Vec<TokenInfo> {
    v.list()
        .into_iter()
        .map(|mut t| {
            t.last_used_ms = None;
            t
        })
        .collect()
}

fn totp(account: &str) -> NewToken {
    NewToken::of_kind(
        OtpKind::Totp(Default::default()),
        Some("Mail"),
        account,
        Secret::new("JBSWY3DPEHPK3PXP").unwrap(),
    )
}

fn note(v: &mut Vault, id: TokenId, text: &str) {
    v.change(|v| {
        v.update(
            id,
            TokenUpdate {
                note: Some(Some(text.to_owned())),
                ..TokenUpdate::default()
            },
            1,
        )
    })
    .unwrap();
}

#[test]
fn the_later_edit_of_a_field_wins_and_the_earlier_is_offered_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = devices(dir.path(), 2);
    let id = d[0].1.change(|v| v.add(totp("alice"), 1)).unwrap();
    sync(&mut d, 0, 1);
    // Both change the note apart; device 1's is later. Device 0 also renames the account,
    // which device 1 did not touch.
    note(&mut d[0].1, id, "from the phone");
    d[0].1
        .change(|v| {
            v.update(
                id,
                TokenUpdate {
                    account: Some("alice@corp".into()),
                    ..TokenUpdate::default()
                },
                1,
            )
        })
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    note(&mut d[1].1, id, "from the laptop");
    converge(&mut d);
    for (_, v) in &d {
        let t = v.get(id).unwrap();
        assert_eq!(t.note.as_deref(), Some("from the laptop"));
        assert_eq!(t.account, "alice@corp", "an edit of another field is kept");
    }
    assert_eq!(shown(&d[0].1), shown(&d[1].1));
    // Device 0 is told its note was replaced by another device's, and can take it back.
    let history = d[0].1.token_history(id).unwrap();
    let mine = history
        .iter()
        .find(|h| h.part == "note")
        .expect("the replaced note is kept");
    assert_eq!(mine.value.as_deref(), Some("from the phone"));
    assert!(!mine.from_other_device, "device 0 made that version");
    let on_laptop = d[1].1.token_history(id).unwrap();
    assert!(
        on_laptop
            .iter()
            .any(|h| h.part == "note" && h.from_other_device),
        "{on_laptop:?}"
    );
    // What the apps show: the note only (the account was renamed on one device alone), once.
    let conflicts = d[0].1.token_conflicts(id).unwrap();
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert_eq!(conflicts[0].value.as_deref(), Some("from the phone"));
    let on_laptop = d[1].1.token_conflicts(id).unwrap();
    assert_eq!(on_laptop.len(), 1, "{on_laptop:?}");
    assert!(on_laptop[0].from_other_device);
    let stamp = mine.stamp.clone();
    d[0].1
        .change(|v| v.restore_version(id, "note", &stamp))
        .unwrap();
    converge(&mut d);
    for (_, v) in &d {
        assert_eq!(v.get(id).unwrap().note.as_deref(), Some("from the phone"));
    }
}

#[test]
fn an_edit_the_deleting_device_had_not_seen_brings_the_token_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = devices(dir.path(), 2);
    let id = d[0].1.change(|v| v.add(totp("bob"), 1)).unwrap();
    sync(&mut d, 0, 1);
    d[0].1.change(|v| v.remove(id)).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    note(&mut d[1].1, id, "still needed");
    converge(&mut d);
    for (_, v) in &d {
        assert_eq!(
            v.get(id).unwrap().note.as_deref(),
            Some("still needed"),
            "the edit wins over a deletion that had not seen it"
        );
    }
    // Deleted now by a device that has seen every edit: it stays deleted everywhere.
    d[1].1.change(|v| v.remove(id)).unwrap();
    converge(&mut d);
    for (_, v) in &d {
        assert!(v.get(id).is_err());
    }
    // An old copy that still holds it does not bring it back.
    let old = std::fs::read(dir.path().join("dev0.motp.prev")).unwrap();
    let r = d[0].1.merge_copy(&old).unwrap();
    assert!(r.is_empty(), "{r:?}");
    assert!(d[0].1.get(id).is_err());
}

#[test]
fn an_hotp_counter_merges_to_the_larger_so_no_code_is_shown_twice() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = devices(dir.path(), 3);
    let hotp = NewToken::of_kind(
        OtpKind::Hotp(HotpParams {
            algorithm: HashAlgorithm::Sha1,
            digits: 6,
            counter: 0,
        }),
        None,
        "vpn",
        Secret::new("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").unwrap(),
    );
    let id = d[0].1.change(|v| v.add(hotp.clone(), 1)).unwrap();
    converge(&mut d);
    let mut shown_codes = Vec::new();
    for (dev, n) in [(0usize, 5), (1, 3), (2, 1)] {
        for _ in 0..n {
            shown_codes.push(d[dev].1.next_hotp_code(id, 1).unwrap().code.to_string());
        }
    }
    converge(&mut d);
    for (_, v) in &mut d {
        let Some(OtpKind::Hotp(p)) = v.get(id).unwrap().kind else {
            panic!()
        };
        assert_eq!(p.counter, 5, "the largest counter any device reached");
        let next = v.next_hotp_code(id, 1).unwrap().code.to_string();
        assert!(
            !shown_codes[..5].contains(&next),
            "a code device 0 showed came again"
        );
    }
}

#[test]
fn adds_and_moves_on_different_devices_all_land_in_one_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = devices(dir.path(), 2);
    let a = d[0].1.change(|v| v.add(totp("a"), 1)).unwrap();
    let b = d[0].1.change(|v| v.add(totp("b"), 1)).unwrap();
    let c = d[0].1.change(|v| v.add(totp("c"), 1)).unwrap();
    converge(&mut d);
    d[0].1.change(|v| v.move_token(c, 0)).unwrap();
    let x = d[1].1.change(|v| v.add(totp("x"), 1)).unwrap();
    converge(&mut d);
    let order: Vec<TokenId> = d[0].1.list().iter().map(|t| t.id).collect();
    assert_eq!(order, vec![c, a, b, x]);
    assert_eq!(shown(&d[0].1), shown(&d[1].1));
}

#[test]
fn a_copy_of_another_vault_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = devices(dir.path(), 1);
    d[0].1.change(|v| v.add(totp("a"), 1)).unwrap();
    let other = dir.path().join("other.motp");
    let mut o = Vault::create(&other, &pw(), KdfParams::INSECURE_FAST_FOR_TESTS).unwrap();
    o.change(|v| v.add(totp("stranger"), 1)).unwrap();
    let before = std::fs::read(&d[0].0).unwrap();
    let e = d[0]
        .1
        .merge_copy(&std::fs::read(&other).unwrap())
        .unwrap_err();
    assert_eq!(e, Error::VaultNotThisOne);
    assert!(e.to_string().contains("different vault"), "{e}");
    assert_eq!(std::fs::read(&d[0].0).unwrap(), before);
    assert_eq!(d[0].1.list().len(), 1);
}

#[test]
fn a_device_set_up_from_a_copy_has_its_own_id_and_only_the_password_slot() {
    let dir = tempfile::tempdir().unwrap();
    let d = devices(dir.path(), 2);
    let header = |p: &Path| -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap()
    };
    let (h0, h1) = (header(&d[0].0), header(&d[1].0));
    assert_ne!(h0["device"], h1["device"]);
    assert_eq!(h1["version"], 3);
    assert_eq!(h1["slots"].as_array().unwrap().len(), 1);
    assert_eq!(h1["slots"][0]["type"], "password");
}

/// Merging the synced folder's conflict copies: every naming style of the programs that make
/// them, merged in and removed; a look-alike that is another vault is left with the reason.
#[test]
fn a_synced_folders_conflict_copies_are_merged_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("Sync");
    std::fs::create_dir(&folder).unwrap();
    let mut d = devices(dir.path(), 5);
    let names = [
        "tokens.sync-conflict-20261204-101530-ABCDEF7.motp",
        "tokens (Alice's conflicted copy 2026-12-04).motp",
        "tokens-LAPTOP.motp",
        "tokens 2.motp",
    ];
    let mut ids = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let id = d[i + 1]
            .1
            .change(|v| v.add(totp(&format!("from copy {i}")), 1))
            .unwrap();
        ids.push(id);
        std::fs::copy(&d[i + 1].0, folder.join(name)).unwrap();
    }
    let main = folder.join("tokens.motp");
    std::fs::copy(&d[0].0, &main).unwrap();
    let stranger = folder.join("tokens (conflicted copy 2026-12-05 090000).motp");
    Vault::create(&stranger, &pw(), KdfParams::INSECURE_FAST_FOR_TESTS).unwrap();
    let mut v = Vault::open_with_password(&main, &pw()).unwrap().vault;
    let done = v.merge_conflict_copies().unwrap();
    assert_eq!(done.merged.len(), 4, "{done:?}");
    assert_eq!(done.report.added, 4);
    assert_eq!(done.left.len(), 1);
    assert_eq!(done.left[0].0, stranger);
    assert!(
        done.left[0].1.contains("different vault"),
        "{:?}",
        done.left
    );
    for name in names {
        assert!(!folder.join(name).exists(), "{name} was merged and removed");
    }
    assert!(stranger.exists());
    let reopened = Vault::open_with_password(&main, &pw()).unwrap().vault;
    for id in ids {
        assert!(reopened.get(id).is_ok(), "the copy's token is on disk");
    }
    // Nothing left to do the second time.
    let again = v.merge_conflict_copies().unwrap();
    assert!(again.merged.is_empty() && again.report.is_empty());
}

#[derive(Debug, Clone)]
enum Op {
    Add(u8),
    Note(usize, u8),
    Rename(usize, u8),
    Delete(usize),
    Move(usize, usize),
    Hotp(usize),
    Sync(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => any::<u8>().prop_map(Op::Add),
        3 => (any::<usize>(), any::<u8>()).prop_map(|(i, n)| Op::Note(i, n)),
        2 => (any::<usize>(), any::<u8>()).prop_map(|(i, n)| Op::Rename(i, n)),
        1 => any::<usize>().prop_map(Op::Delete),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(i, j)| Op::Move(i, j)),
        2 => any::<usize>().prop_map(Op::Hotp),
        3 => any::<usize>().prop_map(Op::Sync),
    ]
}

fn hotp_token(n: u8) -> NewToken {
    NewToken::of_kind(
        OtpKind::Hotp(HotpParams {
            algorithm: HashAlgorithm::Sha1,
            digits: 6,
            counter: 0,
        }),
        Some("Bank"),
        &format!("h{n}"),
        Secret::new("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").unwrap(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Random histories on 2–5 devices, each edit saved before the next and files exchanged at
    /// random moments: after a quiet period every device shows the same list, whatever order
    /// the files met in; merging a copy again changes nothing; every HOTP counter is at least
    /// the largest any device used; a token never deleted is everywhere.
    #[test]
    fn random_histories_on_several_devices_converge(
        n in 2usize..=5,
        ops in prop::collection::vec((any::<usize>(), op()), 1..40),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut d = devices(dir.path(), n);
        let mut used_counters: std::collections::HashMap<TokenId, u64> = Default::default();
        let mut deleted: std::collections::HashSet<TokenId> = Default::default();
        let mut added: Vec<TokenId> = Vec::new();
        for (who, op) in ops {
            let who = who % n;
            let ids: Vec<TokenId> = d[who].1.list().iter().map(|t| t.id).collect();
            let pick = |i: usize| (!ids.is_empty()).then(|| ids[i % ids.len()]);
            let v = &mut d[who].1;
            match op {
                Op::Add(k) => {
                    let t = if k % 3 == 0 { hotp_token(k) } else { totp(&format!("t{k}")) };
                    added.push(v.change(|v| v.add(t.clone(), 1)).unwrap());
                }
                Op::Note(i, k) => if let Some(id) = pick(i) { note(v, id, &format!("note {k}")) },
                Op::Rename(i, k) => if let Some(id) = pick(i) {
                    v.change(|v| v.update(id, TokenUpdate {
                        issuer: Some(Some(format!("Issuer {k}"))),
                        ..TokenUpdate::default()
                    }, 1)).unwrap();
                },
                Op::Delete(i) => if let Some(id) = pick(i) {
                    v.change(|v| v.remove(id)).unwrap();
                    deleted.insert(id);
                },
                Op::Move(i, j) => if let Some(id) = pick(i) {
                    v.change(|v| v.move_token(id, j % ids.len())).unwrap();
                },
                Op::Hotp(i) => if let Some(id) = pick(i)
                    && matches!(v.get(id).unwrap().kind, Some(OtpKind::Hotp(_)))
                {
                    v.next_hotp_code(id, 1).unwrap();
                    let Some(OtpKind::Hotp(p)) = v.get(id).unwrap().kind else { unreachable!() };
                    let top = used_counters.entry(id).or_default();
                    *top = (*top).max(p.counter);
                },
                Op::Sync(from) => {
                    let from = from % n;
                    if from != who {
                        sync(&mut d, from, who);
                    }
                }
            }
        }
        // Merge order does not matter: two fresh copies of device 0 take the others' files in
        // opposite orders.
        let files: Vec<Vec<u8>> = d.iter().map(|(p, _)| std::fs::read(p).unwrap()).collect();
        let mut orders = Vec::new();
        for (k, reverse) in [(0, false), (1, true)] {
            let path = dir.path().join(format!("order{k}.motp"));
            std::fs::write(&path, &files[0]).unwrap();
            let mut v = Vault::open_with_password(&path, &pw()).unwrap().vault;
            let mut others: Vec<&Vec<u8>> = files[1..].iter().collect();
            if reverse {
                others.reverse();
            }
            for f in others {
                v.merge_copy(f).unwrap();
            }
            // Idempotent: everything again changes nothing.
            for f in &files {
                let before = shown(&v);
                let r = v.merge_copy(f).unwrap();
                prop_assert!(r.is_empty(), "{:?}", r);
                prop_assert_eq!(&shown(&v), &before);
            }
            orders.push(shown(&v));
        }
        prop_assert_eq!(&orders[0], &orders[1]);

        converge(&mut d);
        let first = shown(&d[0].1);
        for (_, v) in &d[1..] {
            prop_assert_eq!(&shown(v), &first);
        }
        prop_assert_eq!(&first, &orders[0]);
        for id in added.iter().filter(|id| !deleted.contains(id)) {
            prop_assert!(d[0].1.get(*id).is_ok(), "a token nobody deleted is lost");
        }
        for (id, top) in used_counters {
            if let Ok(t) = d[0].1.get(id) {
                let Some(OtpKind::Hotp(p)) = t.kind else { unreachable!() };
                prop_assert!(p.counter >= top, "counter {} went below {}", p.counter, top);
            }
        }
    }
}

/// A versioned backup goes back in either way: merged, nothing made since is lost; restored as
/// it was, what came after goes to the trash, deleted tokens come back, names are set back, and
/// the other devices take it all as edits.
#[test]
fn a_backup_version_merges_in_or_restores_the_vault_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = devices(dir.path(), 2);
    let a = d[0].1.change(|v| v.add(totp("alice"), 1)).unwrap();
    let b = d[0].1.change(|v| v.add(totp("bob"), 1)).unwrap();
    let backup = std::fs::read(&d[0].0).unwrap();
    assert_eq!(d[0].1.copy_token_count(&backup).unwrap(), 2);
    // Later: alice deleted, bob renamed, carol added.
    d[0].1.change(|v| v.trash(a, 2)).unwrap();
    d[0].1
        .change(|v| {
            v.update(
                b,
                TokenUpdate {
                    account: Some("bob@work".into()),
                    ..TokenUpdate::default()
                },
                2,
            )
        })
        .unwrap();
    let c = d[0].1.change(|v| v.add(totp("carol"), 2)).unwrap();

    // Merged in: nothing made since is lost.
    d[0].1.merge_copy(&backup).unwrap();
    let names = |v: &Vault| {
        let mut n: Vec<String> = v.list().into_iter().map(|t| t.account).collect();
        n.sort();
        n
    };
    assert_eq!(names(&d[0].1), ["bob@work", "carol"]);

    // Restored as it was.
    let report = d[0].1.restore_as_backup(&backup, 3).unwrap();
    assert_eq!(names(&d[0].1), ["alice", "bob"]);
    assert!(
        report.removed == 1 && report.added >= 1 && report.changed >= 1,
        "{report:?}"
    );
    assert!(
        d[0].1.trashed().iter().any(|t| t.token.id == c),
        "carol is in the trash, restorable"
    );
    // The other device takes the restore as edits.
    converge(&mut d);
    assert_eq!(names(&d[1].1), ["alice", "bob"]);

    // Another vault's backup is refused and changes nothing.
    let other_dir = tempfile::tempdir().unwrap();
    let other = other_dir.path().join("other.motp");
    Vault::create(&other, &pw(), KdfParams::INSECURE_FAST_FOR_TESTS).unwrap();
    let foreign = std::fs::read(&other).unwrap();
    assert!(matches!(
        d[0].1.restore_as_backup(&foreign, 4),
        Err(Error::VaultNotThisOne)
    ));
    assert_eq!(names(&d[0].1), ["alice", "bob"]);
}
