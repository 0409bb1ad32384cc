//! Issue 23 §6: `motp` keeps secrets out of core dumps. It makes itself non-dumpable and sets
//! its core-file limit to 0 before it reads anything, so a SIGABRT while it holds a secret
//! writes no `core`, even where the shell allowed unlimited core files.

#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly

use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const SECRET: &str = "5ec7e75ec7e75ec7e75ec7e75ec7e7ab";

/// Waits until the child is asleep (blocked reading the PIN, its only wait) and returns its
/// pid. The deadline only catches a child that never gets there.
fn asleep(child: &Child) -> i32 {
    let pid = child.id();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
        // The state follows the command name in parentheses.
        let state = stat.rsplit(") ").next().unwrap().chars().next().unwrap();
        if state == 'S' {
            return pid as i32;
        }
        assert!(
            Instant::now() < deadline,
            "the child never waited for input: {stat}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// `motp otp` that has read the secret and waits for the PIN.
fn holding_a_secret(mut cmd: Command) -> Child {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    child
        .stdin
        .as_mut()
        .unwrap()
        .write_all(format!("{SECRET}\n").as_bytes())
        .unwrap();
    child
}

/// The core-file limits of a process, from `/proc/PID/limits` (readable by anyone).
fn core_limits(pid: i32) -> String {
    let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap();
    limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap()
        .split_whitespace()
        .skip(4)
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_sigabrt_while_holding_a_secret_writes_no_core() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = Command::new("sh");
    // Allow core files as generously as the shell can, then become motp.
    cmd.current_dir(dir.path()).args([
        "-c",
        "ulimit -S -c unlimited 2>/dev/null || ulimit -S -c \"$(ulimit -H -c)\"; exec \"$0\" otp",
        env!("CARGO_BIN_EXE_motp"),
    ]);
    let mut child = holding_a_secret(cmd);
    let pid = asleep(&child);
    assert_eq!(core_limits(pid), "0 0", "motp left core files allowed");
    rustix::process::kill_process(
        rustix::process::Pid::from_raw(pid).unwrap(),
        rustix::process::Signal::ABORT,
    )
    .unwrap();
    let status = child.wait().unwrap();
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(status.signal(), Some(6), "{status:?}");
    let cores: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let leaked = cores.iter().any(|p| {
        std::fs::read(p)
            .unwrap()
            .windows(SECRET.len())
            .any(|w| w == SECRET.as_bytes())
    });
    assert!(
        !status.core_dumped() && cores.is_empty(),
        "a core was written ({cores:?}), the secret in it: {leaked}"
    );
}

/// Non-dumpable: the kernel makes root the owner of the process's `/proc/PID` files, so that
/// other processes of the same user can no longer read its memory or environment. Run as a user
/// other than root (as ourselves, or as `nobody` when the test runs as root), a dumpable process
/// would own them.
#[test]
fn motp_is_not_dumpable_while_it_holds_a_secret() {
    use std::os::unix::fs::MetadataExt;
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    // As root, the child runs as `nobody`, from a copy of the binary that `nobody` can run
    // wherever the build is (a home folder of mode 0700, say).
    let copy = tempfile::tempdir().unwrap();
    let binary = copy.path().join("motp");
    let mut cmd = if rustix::process::geteuid().is_root() {
        std::fs::copy(env!("CARGO_BIN_EXE_motp"), &binary).unwrap();
        std::fs::set_permissions(copy.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut cmd = Command::new(&binary);
        cmd.uid(65534).gid(65534);
        cmd
    } else {
        Command::new(env!("CARGO_BIN_EXE_motp"))
    };
    cmd.arg("otp").current_dir("/");
    let mut child = holding_a_secret(cmd);
    let pid = asleep(&child);
    let status = std::fs::metadata(format!("/proc/{pid}/status")).unwrap();
    let environ = std::fs::metadata(format!("/proc/{pid}/environ")).unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(
        (status.uid(), environ.uid()),
        (0, 0),
        "motp (uid 65534 or ours) is dumpable: its /proc files are its own"
    );
}
