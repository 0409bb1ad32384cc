//! A real NTP server for tests: Debian's `chronyd`, run in the foreground on 127.0.0.1 with a
//! private configuration, serving this machine's clock and never touching it.
//!
//! ```text
//! chronyd -d -x -U -f DIR/chrony.conf      # -d foreground, log to stderr
//!                                          # -x never adjust the system clock
//!                                          # -U no root check (root is fine too)
//! DIR/chrony.conf:
//!   port PORT                 # an unprivileged port on loopback
//!   bindaddress 127.0.0.1     # serve loopback only
//!   allow 127.0.0.1           # answer only this machine
//!   local stratum 8           # serve the local clock as synchronized, with no sources
//!   cmdport 0                 # no chronyc control socket
//!   pidfile DIR/chronyd.pid   # private, so it never collides with a system chronyd
//! ```
//!
//! No driftfile: chronyd drops root for its `_chrony` user and could not write one in a
//! private directory, and a test server needs no frequency history.
//!
//! The test FAILS (never skips) when chronyd is missing: the project's test command installs
//! it (`apt-get install -y chrony`).

use std::fs::File;
use std::net::{SocketAddr, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running chronyd; killed and reaped on drop.
#[derive(Debug)]
pub struct Chrony {
    child: Child,
    dir: tempfile::TempDir,
    addr: SocketAddr,
}

/// Where chronyd is: on PATH, or in /usr/sbin (not on every user's PATH).
pub fn chronyd_path() -> PathBuf {
    let on_path = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|d| d.join("chronyd"))
        .find(|p| p.is_file());
    on_path
        .or_else(|| Some(PathBuf::from("/usr/sbin/chronyd")).filter(|p| p.is_file()))
        .unwrap_or_else(|| {
            panic!(
                "chronyd is not installed, and the clock tests need a real NTP server on \
                 loopback: install it with `apt-get install -y chrony` (the project's test \
                 command does this)"
            )
        })
}

impl Chrony {
    /// Starts chronyd with `extra` configuration lines and waits until it listens.
    pub fn start(extra: &str) -> Chrony {
        let chronyd = chronyd_path();
        let dir = tempfile::tempdir().unwrap();
        // A free port: bound, read, released. Another process could take it in between; the
        // start-up check below would then fail loudly rather than test the wrong server.
        let port = UdpSocket::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let conf = dir.path().join("chrony.conf");
        std::fs::write(
            &conf,
            format!(
                "port {port}\nbindaddress 127.0.0.1\nallow 127.0.0.1\nlocal stratum 8\n\
                 cmdport 0\npidfile {d}/chronyd.pid\n{extra}\n",
                d = dir.path().display()
            ),
        )
        .unwrap();
        let log = File::create(dir.path().join("chronyd.log")).unwrap();
        let child = Command::new(&chronyd)
            .args(["-d", "-x", "-U", "-f"])
            .arg(&conf)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", chronyd.display()));
        let mut chrony = Chrony {
            child,
            dir,
            addr: SocketAddr::from(([127, 0, 0, 1], port)),
        };
        chrony.wait_until_bound();
        chrony
    }

    /// chronyd logs nothing when its socket is ready, so wait until the kernel lists the port
    /// as bound (/proc/net/udp; probing with bind() could steal it from chronyd).
    fn wait_until_bound(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        let wanted = format!("0100007F:{:04X}", self.addr.port());
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("chronyd exited ({status}) at start:\n{}", self.log());
            }
            let table = std::fs::read_to_string("/proc/net/udp").unwrap_or_default();
            if table
                .lines()
                .skip(1)
                .any(|l| l.split_whitespace().nth(1) == Some(wanted.as_str()))
            {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "chronyd did not open {} within 10 s:\n{}",
                self.addr,
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Its address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `127.0.0.1:PORT`.
    pub fn server(&self) -> String {
        self.addr.to_string()
    }

    /// Its log so far (for failure messages).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("chronyd.log")).unwrap_or_default()
    }

    /// Its private directory.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Chrony {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
