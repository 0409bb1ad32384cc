#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! Durability, observed: a save (and an export) runs under `strace`, and the order of its system
//! calls is checked against docs/vault-format.md §11 — the new file written and `fsync`ed, *then*
//! renamed over the vault, *then* the directory `fsync`ed; `.prev` moved only after that. A
//! SIGKILL test cannot see a missing `fsync` (the page cache survives a killed process, not a
//! power cut); this one fails if either `sync_all` is removed.
//!
//! The traced process is this test binary re-invoked on the ignored test `durability_child`.
//! `strace` must be installed (`scripts/test.sh` installs it); without it, or where tracing is
//! not permitted, the test fails and says why rather than pass without looking.

#![cfg(target_os = "linux")]

use std::path::Path;
use std::process::Command;

use motp_core::Secret;
use motp_core::vault::{KdfParams, NewToken, Password, Vault, write_export_file};

const CHILD_ENV: &str = "MOTP_DURABILITY_CHILD";

fn pw() -> Password {
    Password::new("durable").unwrap()
}

fn token(name: &str) -> NewToken {
    NewToken::new(None, name, Secret::new("0123456789abcdef").unwrap())
}

/// In the traced process: create the vault, make one change, write one export.
#[test]
#[ignore = "the traced child of saves_sync_the_file_then_rename_then_sync_the_folder"]
fn durability_child() {
    let dir = std::env::var_os(CHILD_ENV).expect("run only by the durability test");
    let dir = Path::new(&dir);
    let mut v = Vault::create(
        &dir.join("v.motp"),
        &pw(),
        KdfParams::INSECURE_FAST_FOR_TESTS,
    )
    .unwrap();
    v.change(|v| v.add(token("alice"), 1)).unwrap();
    v.change(|v| v.add(token("bob"), 2)).unwrap();
    write_export_file(
        &dir.join("out.txt"),
        b"motp://x:y?secret=0123456789abcdef\n",
        false,
    )
    .unwrap();
}

/// One traced system call: its name and its arguments as strace printed them (`-y` shows each
/// file descriptor's path, as `3</dir/file>`).
#[derive(Debug)]
struct Call {
    name: String,
    args: String,
}

fn trace(dir: &Path) -> Vec<Call> {
    let log = dir.join("strace.log");
    let exe = std::env::current_exe().unwrap();
    let out = Command::new("strace")
        .args(["-f", "-y", "-qq", "-s", "0", "-o"])
        .arg(&log)
        .args([
            "-e",
            "trace=openat,write,fsync,fdatasync,rename,renameat,renameat2,link,linkat",
        ])
        .arg(&exe)
        .args([
            "--ignored",
            "--exact",
            "durability_child",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, dir.join("vault"))
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run strace ({e}): install it (scripts/test.sh installs it with apt)")
        });
    assert!(
        out.status.success(),
        "the traced child failed (is ptrace permitted here?): {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&log).unwrap();
    text.lines()
        .filter_map(|line| {
            // "1234  fsync(3</…/.v.motp.tmp-…>) = 0": drop the pid, keep name and arguments.
            let rest = line.split_once(' ').map_or(line, |(_, r)| r).trim_start();
            let (name, args) = rest.split_once('(')?;
            Some(Call {
                name: name.to_owned(),
                args: args.to_owned(),
            })
        })
        .collect()
}

fn find(calls: &[Call], from: usize, what: &str, test: impl Fn(&Call) -> bool) -> usize {
    calls[from..]
        .iter()
        .position(test)
        .map(|i| i + from)
        .unwrap_or_else(|| {
            panic!(
                "after call {from}: no {what} in the trace:\n{}",
                calls
                    .iter()
                    .enumerate()
                    .map(|(i, c)| format!("{i:4} {}({}", c.name, c.args))
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        })
}

fn is_rename(c: &Call) -> bool {
    c.name.starts_with("rename")
}

#[test]
fn saves_sync_the_file_then_rename_then_sync_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let vault_dir = dir.path().join("vault");
    std::fs::create_dir(&vault_dir).unwrap();
    let calls = trace(dir.path());
    let folder = format!("<{}>", vault_dir.display());
    let main = format!("{}/v.motp\"", vault_dir.display());

    // Three saves (create and two changes), each: write the temporary, fsync it, rename it
    // over the vault, fsync the folder.
    // `at`: where this save's calls start (after the previous save's last step).
    let mut at = 0;
    for save in 0..3 {
        let write = find(&calls, at, "write of a save's temporary", |c| {
            c.name == "write" && c.args.contains("/.v.motp.tmp-") && !c.args.contains("tmp-used-")
        });
        let tmp = calls[write]
            .args
            .split('<')
            .nth(1)
            .unwrap()
            .split('>')
            .next()
            .unwrap()
            .to_owned();
        let fsync = find(&calls, write, "fsync of the temporary", |c| {
            (c.name == "fsync" || c.name == "fdatasync") && c.args.contains(&format!("<{tmp}>"))
        });
        let last_write = calls[..fsync]
            .iter()
            .rposition(|c| c.name == "write" && c.args.contains(&format!("<{tmp}>")))
            .unwrap();
        assert!(last_write < fsync, "save {save}: written after its fsync");
        let rename = find(
            &calls,
            fsync,
            "rename of the temporary over the vault",
            |c| is_rename(c) && c.args.contains(&tmp) && c.args.contains(&main),
        );
        let dir_sync = find(
            &calls,
            rename,
            "fsync of the folder after the rename",
            |c| c.name == "fsync" && c.args.contains(&folder),
        );
        // `.prev` moves only after the change is in place (the first save has none to keep).
        if save > 0 {
            let prev = find(&calls, rename, "rename over .prev", |c| {
                is_rename(c) && c.args.contains("v.motp.prev\"")
            });
            assert!(
                prev > rename,
                "save {save}: .prev moved before the vault changed"
            );
            let earlier_prev = calls[..rename]
                .iter()
                .skip(at)
                .any(|c| is_rename(c) && c.args.contains("v.motp.prev\""));
            assert!(
                !earlier_prev,
                "save {save}: .prev moved before the vault changed"
            );
            at = prev.max(dir_sync) + 1;
        } else {
            at = dir_sync + 1;
        }
    }

    // The export: written to a file without a name, fsynced, then linked, then the folder synced.
    let open = find(&calls, at, "an O_TMPFILE open for the export", |c| {
        c.name == "openat" && c.args.contains("O_TMPFILE")
    });
    let write = find(&calls, open, "write of the export", |c| {
        c.name == "write" && c.args.contains(">(deleted)")
    });
    let fsync = find(&calls, write, "fsync of the export", |c| {
        c.name == "fsync" && c.args.contains(">(deleted)")
    });
    let link = find(&calls, fsync, "linkat of the export", |c| {
        c.name == "linkat" && c.args.contains("out.txt\"")
    });
    find(&calls, link, "fsync of the folder after the export", |c| {
        c.name == "fsync" && c.args.contains(&folder)
    });
}
