#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! Crash injection: a child process saves the vault in a loop and is killed with SIGKILL at
//! random moments. After every kill the vault must open (no recovery needed) with exactly the
//! tokens of the last state the child confirmed or of the one it was writing — never a mix,
//! never a loss — and `.prev` must be a complete state no newer than the vault.
//!
//! The child is this test binary re-invoked on the ignored test `crash_child` with
//! `MOTP_CRASH_CHILD_VAULT` set. `MOTP_VAULT_CRASH_KILLS` sets the number of kills (default
//! 200); `scripts/soak-vault-crash.sh N` runs a longer soak.

#![cfg(unix)]

use motp_testkit::kill_loop;

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Instant;

use motp_core::Secret;
use motp_core::vault::{KdfParams, NewToken, Password, TokenUpdate, Vault};

const CHILD_ENV: &str = "MOTP_CRASH_CHILD_VAULT";
const MODE_ENV: &str = "MOTP_CRASH_CHILD_MODE";

fn pw() -> Password {
    Password::new("crash test").unwrap()
}

/// The exact tokens generation `g` holds: every note names `g`, so a mix of two generations
/// cannot pass for either. (The tokens themselves stay: a save edits their notes in place as a
/// user would; deleting and re-adding them every save would pile up a remembered deletion,
/// with the token's last version, per token per save — vault-format.md §7.2 — and make each
/// save of this loop slower than the kills it is meant to land among.) Generation 1 is the new, empty
/// vault (a `.prev` may still hold it after a kill between the two renames of a save).
fn expected(g: u64) -> Vec<(String, String, String)> {
    if g == 1 {
        return Vec::new();
    }
    let n = 25;
    (0..n)
        .map(|i| {
            (
                format!("user{i}"),
                format!("{:016x}", 0x9e37_79b9_7f4a_7c15_u64 ^ i as u64),
                format!("generation {g}"),
            )
        })
        .collect()
}

fn set_state(v: &mut Vault, g: u64) {
    let want = expected(g);
    for t in v.list().into_iter().skip(want.len()) {
        v.remove(t.id).unwrap();
    }
    let held = v.list();
    for (i, (account, secret, note)) in want.into_iter().enumerate() {
        match held.get(i) {
            Some(t) => v
                .update(
                    t.id,
                    TokenUpdate {
                        note: Some(Some(note)),
                        ..TokenUpdate::default()
                    },
                    g as i64,
                )
                .unwrap(),
            None => {
                let mut t = NewToken::new(Some("Crash"), &account, Secret::new(&secret).unwrap());
                t.note = Some(note);
                v.add(t, g as i64).unwrap();
            }
        }
    }
}

fn actual(v: &Vault) -> Vec<(String, String, String)> {
    v.list()
        .into_iter()
        .map(|t| {
            (
                t.account.clone(),
                v.reveal_secret(t.id).unwrap().expose().to_owned(),
                t.note.unwrap_or_default(),
            )
        })
        .collect()
}

/// Opens `path` (no fallback allowed) and checks it is exactly one generation's state.
fn check(path: &Path) -> u64 {
    let opened = Vault::open_with_password(path, &pw())
        .unwrap_or_else(|e| panic!("{} does not open after a kill: {e}", path.display()));
    assert_eq!(opened.warning, None, "{}", path.display());
    let g = opened.vault.generation();
    assert_eq!(
        actual(&opened.vault),
        expected(g),
        "generation {g} is not whole"
    );
    g
}

/// Runs in the child process: save successive states forever, reporting each one.
#[test]
#[ignore = "the child process of killed_saves_never_lose_or_mix_states; run by it"]
fn crash_child() {
    let path = std::env::var_os(CHILD_ENV).expect("run only by the crash test");
    let path = Path::new(&path);
    let mut v = Vault::open_with_password(path, &pw()).unwrap().vault;
    if std::env::var(MODE_ENV).as_deref() == Ok("fill") {
        // Grow the vault past the file-size limit the parent set: the change must fail
        // cleanly, and leave the vault in memory equal to the file on disk.
        let before = actual(&v);
        let result = v.change(|v| {
            for i in 0..400 {
                let mut t = NewToken::new(
                    None,
                    &format!("big{i}"),
                    Secret::new("0123456789abcdef").unwrap(),
                );
                t.note = Some("x".repeat(4000));
                v.add(t, 0)?;
            }
            Ok(())
        });
        match result {
            Ok(()) => println!("SAVED-UNEXPECTEDLY"),
            Err(e) => println!("ERROR {e}"),
        }
        let disk = Vault::open_with_password(path, &pw()).unwrap().vault;
        println!(
            "MEMORY-EQUALS-DISK {}",
            actual(&v) == before && actual(&disk) == before && !v.has_unsaved_changes()
        );
        return;
    }
    println!("READY {}", v.generation());
    loop {
        let next = v.generation() + 1;
        set_state(&mut v, next);
        v.save().unwrap();
        println!("SAVED {}", v.generation());
    }
}

fn spawn_child(path: &Path, mode: &str, shell_prefix: Option<&str>) -> Child {
    let exe = std::env::current_exe().unwrap();
    let args = [
        "--ignored",
        "--exact",
        "crash_child",
        "--nocapture",
        "--test-threads=1",
    ];
    let mut cmd = match shell_prefix {
        None => {
            let mut c = Command::new(&exe);
            c.args(args);
            c
        }
        Some(prefix) => {
            let mut c = Command::new("bash");
            c.arg("-c")
                .arg(format!("{prefix}; exec \"$0\" \"$@\""))
                .arg(&exe)
                .args(args);
            c
        }
    };
    cmd.env(CHILD_ENV, path)
        .env(MODE_ENV, mode)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn killed_saves_never_lose_or_mix_states() {
    let (kills, mut rng) = kill_loop::plan("crash test", "MOTP_VAULT_CRASH_KILLS", 200);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.motp");
    let mut v = Vault::create(&path, &pw(), KdfParams::INSECURE_FAST_FOR_TESTS).unwrap();
    set_state(&mut v, 2);
    v.save().unwrap();
    drop(v);

    let started = Instant::now();
    let first = check(&path);
    let mut confirmed = first;
    let (mut total_saves, mut mid_save_kills) = (0u64, 0usize);
    for k in 0..kills {
        // Wait until the child has opened the vault, then let it save for a random while.
        let lines = kill_loop::kill_after_ready(spawn_child(&path, "loop", None), &mut rng, 40_000);
        let mut last = confirmed;
        for line in lines {
            if let Some((_, g)) = line.split_once("SAVED ") {
                last = g.parse().unwrap();
                total_saves += 1;
            }
        }
        let now = check(&path);
        assert!(
            now == last || now == last + 1,
            "kill {k}: the vault is at generation {now}, but the child confirmed {last}"
        );
        if now == last + 1 {
            mid_save_kills += 1; // killed after the rename, before it could report
        }
        let prev = dir.path().join("crash.motp.prev");
        if prev.exists() {
            // Killed between keeping .prev and renaming the new file: both hold the same state.
            assert!(
                check(&prev) <= now,
                "kill {k}: .prev is newer than the vault"
            );
        }
        confirmed = now;
    }
    println!(
        "crash test: {kills} kills, {total_saves} confirmed saves, {mid_save_kills} kills \
         between rename and report, {:.1} s",
        started.elapsed().as_secs_f64()
    );
    // The kills must land among saves, not only before the first one.
    let advanced = confirmed - first;
    assert!(
        advanced >= kills as u64 / 2,
        "the child hardly saved: {advanced} generations in {kills} kills"
    );
    // Leftover temporaries from killed saves are cleaned by the next save.
    let mut v = Vault::open_with_password(&path, &pw()).unwrap().vault;
    v.save().unwrap();
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(names.iter().all(|n| !n.contains(".tmp-")), "{names:?}");
}

/// A write that fails midway (here: the process's file-size limit, as a full disk would) leaves
/// the vault *and its previous copy* as they were, memory equal to the disk, and no temporary
/// file behind. (`vault_save_failures.rs` does the same on a real full file system.)
#[test]
fn a_full_disk_leaves_the_vault_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("full.motp");
    let mut v = Vault::create(&path, &pw(), KdfParams::INSECURE_FAST_FOR_TESTS).unwrap();
    set_state(&mut v, 2);
    v.save().unwrap();
    drop(v);
    let before = std::fs::read(&path).unwrap();
    let prev = dir.path().join("full.motp.prev");
    let prev_before = std::fs::read(&prev).unwrap();
    // bash's `ulimit -f` counts 1024-byte blocks: 256 KiB, far below the ~2 MB the child
    // writes. SIGXFSZ is ignored so the write returns EFBIG instead of killing the child.
    let child = spawn_child(&path, "fill", Some("trap '' XFSZ; ulimit -f 256"));
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let err = text
        .lines()
        .find_map(|l| l.split_once("ERROR ").map(|(_, e)| e))
        .unwrap_or_else(|| panic!("the child's save did not fail: {text}"));
    assert!(err.contains("could not write"), "{err}");
    assert!(
        err.contains("the vault file and its previous copy are unchanged"),
        "{err}"
    );
    assert!(text.contains("MEMORY-EQUALS-DISK true"), "{text}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(std::fs::read(&prev).unwrap(), prev_before, ".prev moved");
    assert_eq!(check(&path), 2);
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(names.iter().all(|n| !n.contains(".tmp-")), "{names:?}");
}
