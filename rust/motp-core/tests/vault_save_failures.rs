#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! The save path's rules, each where it lives (docs/vault-format.md §11):
//!
//! - a failed save (a really full file system: a small tmpfs) leaves the vault *and* `.prev`
//!   exactly as they were, says so truthfully, and leaves memory equal to the disk;
//! - a look at a code ("last used") neither rewrites the vault nor moves `.prev`;
//! - creating never orphans a recovery copy, and says what is in the way;
//! - a vault reached through a symbolic link stays one, with one lock file for both paths;
//! - two writers both land: a change that meets a newer file is re-applied to it;
//! - named pipes, folders and devices are refused without blocking;
//! - a bit flip in a password slot is reported as damage when `.prev` opens with the password;
//! - a huge file is reported with its real size.

#![cfg(unix)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

use motp_core::vault::{KdfParams, NewToken, OpenWarning, Password, TokenUpdate, Vault};
use motp_core::{Error, Secret};

fn pw() -> Password {
    Password::new("save rules").unwrap()
}

fn token(name: &str) -> NewToken {
    NewToken::new(None, name, Secret::new("0123456789abcdef").unwrap())
}

fn create(path: &Path) -> Vault {
    Vault::create(path, &pw(), KdfParams::INSECURE_FAST_FOR_TESTS).unwrap()
}

fn open(path: &Path) -> Vault {
    let o = Vault::open_with_password(path, &pw()).unwrap();
    assert_eq!(o.warning, None);
    o.vault
}

fn names(v: &Vault) -> Vec<String> {
    v.list().into_iter().map(|t| t.account).collect()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut n: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    n.sort();
    n
}

/// Runs `f` on another thread and fails the test (instead of hanging it) if it blocks.
fn within_10s<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(10))
        .expect("blocked: a special file was opened as if it were a vault")
}

fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo").arg(path).status().unwrap().success();
    assert!(ok, "mkfifo {}", path.display());
}

/// A mount the test needs could not be made. On CI (`CI` set, as `.ci/run` runs as root) that is
/// a broken machine and fails the test; elsewhere (no root, a container without mounts) the test
/// says so on stderr and passes, its rule held by the test the note names.
fn mount_unavailable<T>(note: String) -> Option<T> {
    if std::env::var_os("CI").is_some() {
        panic!("CI must be able to mount for this test: {note}");
    }
    eprintln!("note: {note}");
    None
}

// ---- 1. a failed save on a full file system ----

/// A small tmpfs, unmounted on drop. `None` (said on stderr) where mounting is not allowed;
/// `vault_crash.rs`'s file-size-limit test holds the same rule everywhere.
struct Tmpfs {
    path: PathBuf,
    _dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(size: &str) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().unwrap();
        let out = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "tmpfs",
            ])
            .arg(dir.path())
            .output();
        match out {
            Ok(o) if o.status.success() => Some(Tmpfs {
                path: dir.path().to_path_buf(),
                _dir: dir,
            }),
            Ok(o) => mount_unavailable(format!(
                "cannot mount a tmpfs here ({}); the full-disk rule is held by \
                     vault_crash.rs's file-size-limit test instead",
                String::from_utf8_lossy(&o.stderr).trim()
            )),
            Err(e) => mount_unavailable(format!(
                "cannot run mount ({e}); see vault_crash.rs's full-disk test"
            )),
        }
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.path).status();
    }
}

/// Fills the file system at `dir` to the last byte.
fn fill(dir: &Path) -> PathBuf {
    use std::io::Write;
    let filler = dir.join("filler");
    let mut f = fs::File::create(&filler).unwrap();
    let chunk = vec![0u8; 4096];
    while f.write_all(&chunk).is_ok() {}
    while f.write_all(&[0u8]).is_ok() {}
    filler
}

#[test]
fn a_really_full_disk_moves_neither_the_vault_nor_its_previous_copy() {
    let Some(fs_) = Tmpfs::mount("1m") else {
        return;
    };
    let path = fs_.path.join("v.motp");
    let mut v = create(&path);
    v.change(|v| v.add(token("first"), 1)).unwrap();
    v.change(|v| v.add(token("second"), 2)).unwrap();
    let (main_before, prev_before) = (
        fs::read(&path).unwrap(),
        fs::read(fs_.path.join("v.motp.prev")).unwrap(),
    );
    let filler = fill(&fs_.path);

    let e = v
        .change(|v| {
            let mut t = token("big");
            t.note = Some("x".repeat(4000));
            v.add(t, 3)
        })
        .unwrap_err();
    let msg = e.to_string();
    assert!(msg.contains("No space left on device"), "{msg}");
    assert!(
        msg.contains("the vault file and its previous copy are unchanged"),
        "{msg}"
    );
    assert_eq!(fs::read(&path).unwrap(), main_before, "the vault changed");
    assert_eq!(
        fs::read(fs_.path.join("v.motp.prev")).unwrap(),
        prev_before,
        "the recovery copy moved although the change failed"
    );
    // Memory equals the disk: no token that the file does not hold.
    assert_eq!(names(&v), ["first", "second"]);
    assert!(!v.has_unsaved_changes());
    assert_eq!(names(&open(&path)), ["first", "second"]);
    assert!(
        files_in(&fs_.path).iter().all(|n| !n.contains(".tmp-")),
        "{:?}",
        files_in(&fs_.path)
    );

    // With room again, the same change lands and only now does `.prev` move forward.
    fs::remove_file(filler).unwrap();
    v.change(|v| v.add(token("big"), 3)).unwrap();
    assert_eq!(fs::read(fs_.path.join("v.motp.prev")).unwrap(), main_before);
    assert_eq!(names(&open(&path)), ["first", "second", "big"]);
}

// ---- 2. last used ----

#[test]
fn looking_at_a_code_neither_rewrites_the_vault_nor_moves_the_previous_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.motp");
    let mut v = create(&path);
    let keep = v.change(|v| v.add(token("keep"), 1)).unwrap();
    let gone = v.change(|v| v.add(token("removed"), 1)).unwrap();
    v.change(|v| v.remove(gone)).unwrap();
    let prev = dir.path().join("v.motp.prev");
    let (main_before, prev_before) = (fs::read(&path).unwrap(), fs::read(&prev).unwrap());

    for at in [1_000, 2_000, 3_000] {
        v.mark_used(keep, at).unwrap();
        assert!(!v.has_unsaved_changes());
    }
    assert_eq!(
        fs::read(&path).unwrap(),
        main_before,
        "a look rewrote the vault"
    );
    assert_eq!(fs::read(&prev).unwrap(), prev_before, "a look moved .prev");
    // The previous copy still has the removed token.
    let recovered = Vault::open_with_password(&prev, &pw()).unwrap().vault;
    assert_eq!(names(&recovered), ["keep", "removed"]);
    // The time is kept (in the side record), seen by another handle and after reopening.
    assert_eq!(open(&path).get(keep).unwrap().last_used_ms, Some(3_000));
    // An older look never moves it back.
    v.mark_used(keep, 500).unwrap();
    assert_eq!(open(&path).get(keep).unwrap().last_used_ms, Some(3_000));
    // A real change carries it along, and the record is no secret-free plaintext.
    v.change(|v| v.add(token("third"), 4)).unwrap();
    assert_eq!(open(&path).get(keep).unwrap().last_used_ms, Some(3_000));
    let record = fs::read_to_string(dir.path().join("v.motp.used")).unwrap();
    assert!(record.contains("motp-token-vault-used"), "{record}");
    assert!(
        !record.contains(&keep.to_string()),
        "token ids in clear: {record}"
    );
}

#[test]
fn a_damaged_last_used_record_is_ignored_and_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.motp");
    let mut v = create(&path);
    let id = v.change(|v| v.add(token("a"), 1)).unwrap();
    fs::write(dir.path().join("v.motp.used"), b"{\"format\":").unwrap();
    assert_eq!(open(&path).get(id).unwrap().last_used_ms, None);
    v.mark_used(id, 42).unwrap();
    assert_eq!(open(&path).get(id).unwrap().last_used_ms, Some(42));
}

// ---- 3. creating ----

#[test]
fn creating_never_orphans_a_recovery_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.motp");
    let mut v = create(&path);
    v.change(|v| v.add(token("precious"), 1)).unwrap();
    v.change(|v| v.add(token("more"), 2)).unwrap();
    drop(v);
    fs::remove_file(&path).unwrap();

    let e = Vault::create(&path, &pw(), KdfParams::INSECURE_FAST_FOR_TESTS).unwrap_err();
    assert!(matches!(e, Error::VaultLeftovers { .. }), "{e:?}");
    let msg = e.to_string();
    assert!(msg.contains("v.motp.prev"), "{msg}");
    assert!(msg.contains("open the vault"), "{msg}");
    assert!(msg.contains("nothing was created"), "{msg}");
    assert!(!path.exists());
    // The advice works: opening recovers the previous copy, with a warning.
    let o = Vault::open_with_password(&path, &pw()).unwrap();
    assert!(matches!(
        o.warning,
        Some(OpenWarning::RecoveredFromPrevious { .. })
    ));
    assert_eq!(names(&o.vault), ["precious"]);

    // A save's leftover temporary counts too.
    fs::rename(
        dir.path().join("v.motp.prev"),
        dir.path().join(".v.motp.tmp-123-abc"),
    )
    .unwrap();
    let e = Vault::check_can_create(&path).unwrap_err();
    assert!(e.to_string().contains(".v.motp.tmp-123-abc"), "{e}");
    assert!(e.to_string().contains("rename it to"), "{e}");
}

#[test]
fn creating_over_a_folder_or_a_pipe_says_what_is_there() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder.motp");
    fs::create_dir(&folder).unwrap();
    let e = Vault::check_can_create(&folder).unwrap_err().to_string();
    assert!(e.contains("it is a folder, not a vault file"), "{e}");
    let fifo = dir.path().join("pipe.motp");
    mkfifo(&fifo);
    let e = Vault::create(&fifo, &pw(), KdfParams::INSECURE_FAST_FOR_TESTS)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("it is a named pipe (FIFO), not a vault file"),
        "{e}"
    );
    let e = Vault::check_can_create(Path::new("/dev/null"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("it is a device"), "{e}");
}

// ---- 4. symbolic links ----

#[test]
fn a_vault_reached_through_a_symlink_stays_a_symlink() {
    let dir = tempfile::tempdir().unwrap();
    let real_dir = dir.path().join("sync-folder");
    let link_dir = dir.path().join("elsewhere");
    fs::create_dir_all(&real_dir).unwrap();
    fs::create_dir_all(&link_dir).unwrap();
    let real = real_dir.join("tokens.motp");
    let link = link_dir.join("tokens.motp");
    std::os::unix::fs::symlink(&real, &link).unwrap();

    // Created through a dangling link: the file appears at the target.
    let mut v = Vault::create(&link, &pw(), KdfParams::INSECURE_FAST_FOR_TESTS).unwrap();
    assert_eq!(v.path(), link);
    v.change(|v| v.add(token("a"), 1)).unwrap();
    let mut w = open(&real);
    w.change(|w| w.add(token("b"), 2)).unwrap();
    v.change(|v| v.add(token("c"), 3)).unwrap();

    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(names(&open(&real)), ["a", "b", "c"]);
    assert_eq!(
        files_in(&link_dir),
        ["tokens.motp"],
        "files beside the link"
    );
    assert_eq!(
        files_in(&real_dir),
        ["tokens.motp", "tokens.motp.lock", "tokens.motp.prev"]
    );
    assert_eq!(v.prev_path(), real_dir.join("tokens.motp.prev"));
    // A link to a link, relative.
    let link2 = dir.path().join("again.motp");
    std::os::unix::fs::symlink("elsewhere/tokens.motp", &link2).unwrap();
    open(&link2).change(|v| v.add(token("d"), 4)).unwrap();
    assert!(
        fs::symlink_metadata(&link2)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(names(&open(&real)), ["a", "b", "c", "d"]);
}

// ---- 5. two writers ----

#[test]
fn a_change_that_meets_a_newer_file_is_reapplied_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.motp");
    let mut a = create(&path);
    let alice = a.change(|v| v.add(token("alice"), 1)).unwrap();
    let bob = a.change(|v| v.add(token("bob"), 1)).unwrap();
    let mut b = open(&path);
    let mut c = open(&path);

    a.change(|v| v.add(token("carol"), 2)).unwrap();
    // b's view is older: its removal is re-applied to the newer file, carol stays.
    b.change(|v| v.remove(bob)).unwrap();
    assert_eq!(names(&b), ["alice", "carol"]);
    // c's rename too; its memory becomes what the disk holds.
    c.change(|v| {
        v.update(
            alice,
            TokenUpdate {
                account: Some("alice2".into()),
                ..TokenUpdate::default()
            },
            3,
        )
    })
    .unwrap();
    assert_eq!(names(&c), ["alice2", "carol"]);
    assert_eq!(names(&open(&path)), ["alice2", "carol"]);
    assert_eq!(c.generation(), open(&path).generation());
    // A change that no longer applies fails, and leaves memory equal to the disk. It says the
    // token was removed meanwhile, without quoting its id (issue 23 §16).
    let e = a.change(|v| v.remove(bob)).unwrap_err();
    assert_eq!(e, Error::TokenRemovedMeanwhile, "{e:?}");
    assert_eq!(
        e.to_string(),
        "this token was removed meanwhile (by another window or program), so nothing was \
         changed: list the tokens to see what is left"
    );
    assert_eq!(
        names(&a),
        ["alice", "bob", "carol"],
        "a failed change moved memory"
    );
    // Unsaved edits made outside `change` cannot be re-applied: refused as a save would be.
    a.add(token("unsaved"), 4).unwrap();
    let e = a.change(|v| v.add(token("x"), 4)).unwrap_err();
    assert_eq!(e, Error::VaultChangedElsewhere);
}

#[test]
fn four_threads_of_changes_all_land() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.motp");
    create(&path);
    let handles: Vec<_> = (0..4)
        .map(|w| {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut v = open(&path);
                for i in 0..10 {
                    v.change(|v| v.add(token(&format!("w{w}-{i}")), 1)).unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let mut all = names(&open(&path));
    all.sort();
    let mut want: Vec<String> = (0..4)
        .flat_map(|w| (0..10).map(move |i| format!("w{w}-{i}")))
        .collect();
    want.sort();
    assert_eq!(all, want);
}

// ---- 9. special files ----

#[test]
fn pipes_folders_and_devices_are_refused_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.motp");
    mkfifo(&fifo);
    let f = fifo.clone();
    let e = within_10s(move || Vault::open_with_password(&f, &pw()).map(|_| ()))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("it is a named pipe (FIFO), not a vault file"),
        "{e}"
    );

    let folder = dir.path().join("folder.motp");
    fs::create_dir(&folder).unwrap();
    let e = Vault::open_with_password(&folder, &pw())
        .unwrap_err()
        .to_string();
    assert!(e.contains("it is a folder"), "{e}");

    let dev = dir.path().join("zero.motp");
    std::os::unix::fs::symlink("/dev/zero", &dev).unwrap();
    let d = dev.clone();
    let e = within_10s(move || Vault::open_with_password(&d, &pw()).map(|_| ()))
        .unwrap_err()
        .to_string();
    assert!(e.contains("it is a device"), "{e}");

    // A damaged vault whose `.prev` is a pipe: the fallback does not block either.
    let path = dir.path().join("v.motp");
    create(&path);
    fs::write(&path, b"garbage").unwrap();
    mkfifo(&dir.path().join("v.motp.prev"));
    let p = path.clone();
    let e = within_10s(move || Vault::open_with_password(&p, &pw()).map(|_| ())).unwrap_err();
    assert!(matches!(e, Error::VaultNotAVault(_)), "{e:?}");
}

// ---- 12. a damaged password slot ----

#[test]
fn a_flipped_bit_in_the_password_slot_is_damage_when_the_previous_copy_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.motp");
    let mut v = create(&path);
    v.change(|v| v.add(token("a"), 1)).unwrap();
    v.change(|v| v.add(token("b"), 2)).unwrap();
    let good = fs::read(&path).unwrap();
    let text = String::from_utf8(good.clone()).unwrap();
    // Every byte of the password slot (id, KDF parameters, nonce, salt, type, wrapped key),
    // three bits each.
    let start = text.find("{\"id\"").unwrap();
    let end = start + text[start..].find('\n').unwrap();
    let mut checked = 0;
    for i in start..end {
        for bit in [0x01u8, 0x02, 0x04] {
            let mut bad = good.clone();
            bad[i] ^= bit;
            fs::write(&path, &bad).unwrap();
            match Vault::open_with_password(&path, &pw()) {
                Ok(o) => {
                    let w = o.warning.expect("damage opened silently").to_string();
                    assert!(w.contains("previous copy was opened"), "{w}");
                    assert_eq!(names(&o.vault), ["a"]);
                }
                Err(e) => {
                    assert_ne!(e, Error::VaultWrongPassword, "byte {i} bit {bit}: {e}");
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 100);
    // The slot's damage is named.
    // A character in the middle of the Base64 text swapped for another Base64 character: the
    // file still parses and the wrapped key's bytes differ (a flipped bit could instead make an
    // invalid character, which is other damage with another message).
    let i = text.find("\"wrapped_key\":\"").unwrap() + 20;
    let mut bad = good.clone();
    bad[i] = if bad[i] == b'A' { b'B' } else { b'A' };
    fs::write(&path, &bad).unwrap();
    let o = Vault::open_with_password(&path, &pw()).unwrap();
    assert!(
        o.warning
            .unwrap()
            .to_string()
            .contains("password slot is damaged")
    );

    // After a password change the old password opens `.prev` — that is no damage: refused.
    fs::write(&path, &good).unwrap();
    let mut v = open(&path);
    v.change(|v| {
        v.change_password(
            &Password::new("new one").unwrap(),
            KdfParams::INSECURE_FAST_FOR_TESTS,
        )
    })
    .unwrap();
    assert_eq!(
        Vault::open_with_password(&path, &pw()).unwrap_err(),
        Error::VaultWrongPassword
    );
    // And a wrong password is still just that.
    assert_eq!(
        Vault::open_with_password(&path, &Password::new("nope").unwrap()).unwrap_err(),
        Error::VaultWrongPassword
    );
}

// ---- 16. sizes ----

#[test]
fn a_huge_file_is_reported_by_its_real_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.motp");
    let f = fs::File::create(&path).unwrap();
    f.set_len(5 * 1024 * 1024 * 1024).unwrap(); // sparse: costs no disk
    let e = Vault::open_with_password(&path, &pw()).unwrap_err();
    assert_eq!(
        e,
        Error::VaultTooLarge {
            size: 5 * 1024 * 1024 * 1024,
            max: motp_core::vault::MAX_FILE_BYTES
        }
    );
    assert!(e.to_string().contains("5368709120 bytes"), "{e}");
}

// ---- a failed save shows no HOTP code ----

#[test]
fn an_hotp_code_whose_counter_could_not_be_saved_is_never_shown() {
    use motp_core::oath;
    use motp_core::{HashAlgorithm, HotpParams, OtpKind};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.motp");
    let mut v = create(&path);
    // RFC 4226 Appendix D: the key "12345678901234567890", counter 0 → 755224, 1 → 287082.
    let key = b"12345678901234567890";
    let kind = OtpKind::Hotp(HotpParams {
        algorithm: HashAlgorithm::Sha1,
        digits: 6,
        counter: 0,
    });
    let secret = oath::secret_from_key(key).unwrap();
    let id = v
        .change(|v| v.add(NewToken::of_kind(kind, None, "h", secret.clone()), 0))
        .unwrap();
    let counter_on_disk = || match open(&path).get(id).unwrap().kind {
        Some(OtpKind::Hotp(p)) => p.counter,
        ref other => panic!("{other:?}"),
    };
    let before = fs::read(&path).unwrap();

    // The save cannot take the vault's lock: its lock file is a folder now.
    let lock = dir.path().join("v.motp.lock");
    let _ = fs::remove_file(&lock);
    fs::create_dir(&lock).unwrap();
    for _ in 0..2 {
        let e = v
            .next_hotp_code(id, 1_000)
            .expect_err("a code without its counter saved");
        assert!(!format!("{e}").contains("755224"), "{e}");
    }
    assert_eq!(fs::read(&path).unwrap(), before, "the file is untouched");
    assert_eq!(counter_on_disk(), 0);
    assert!(!v.has_unsaved_changes(), "memory equals the disk");

    // With the lock file back, the first code shown is counter 0's, then 1's, each saved first.
    fs::remove_dir(&lock).unwrap();
    for (counter, expected) in [(0u64, "755224"), (1, "287082")] {
        let c = v.next_hotp_code(id, 2_000).unwrap();
        assert_eq!(c.code.to_string(), expected);
        assert_eq!(c.countdown.counter, counter);
        assert_eq!(counter_on_disk(), counter + 1, "saved before it was shown");
    }
}

// ---- `.prev` moves only after the new file is in place ----

/// A file bind-mounted over the vault: reading it works, but it cannot be renamed over (EBUSY)
/// nor hard-linked (EXDEV) — a save that fails at its last step, the rename, after the old
/// state was linked for `.prev`. Unmounted on drop. `None` where mounting is not allowed.
struct BindMount {
    target: PathBuf,
}

impl BindMount {
    fn over(source: &Path, target: &Path) -> Option<BindMount> {
        let out = Command::new("mount")
            .arg("--bind")
            .arg(source)
            .arg(target)
            .output();
        match out {
            Ok(o) if o.status.success() => Some(BindMount {
                target: target.to_path_buf(),
            }),
            Ok(o) => mount_unavailable(format!(
                "cannot bind-mount here ({}); the order of the save's renames is held \
                     by vault_durability.rs's strace test instead",
                String::from_utf8_lossy(&o.stderr).trim()
            )),
            Err(e) => mount_unavailable(format!("cannot run mount ({e}); see vault_durability.rs")),
        }
    }
}

impl Drop for BindMount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.target).status();
    }
}

#[test]
fn a_save_that_fails_at_the_rename_leaves_the_previous_copy_where_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.motp");
    let mut v = create(&path);
    v.change(|v| v.add(token("first"), 1)).unwrap();
    v.change(|v| v.add(token("second"), 2)).unwrap();
    let prev = dir.path().join("v.motp.prev");
    let prev_before = fs::read(&prev).unwrap();
    assert_eq!(
        names(&Vault::open_with_password(&prev, &pw()).unwrap().vault),
        ["first"]
    );

    // The same bytes, mounted over the vault's own name: the save reads them as current.
    let copy = dir.path().join("copy-of-v");
    fs::copy(&path, &copy).unwrap();
    let Some(mount) = BindMount::over(&copy, &path) else {
        return;
    };
    let e = v
        .change(|v| v.add(token("third"), 3))
        .expect_err("the rename over a mount point fails");
    assert!(matches!(e, Error::VaultIo { .. }), "{e:?}");
    assert_eq!(
        fs::read(&prev).unwrap(),
        prev_before,
        ".prev moved forward although the change never landed"
    );
    drop(mount);
    assert_eq!(names(&open(&path)), ["first", "second"]);
    assert_eq!(
        files_in(dir.path()),
        ["copy-of-v", "v.motp", "v.motp.lock", "v.motp.prev"],
        "no temporary left behind"
    );
}
