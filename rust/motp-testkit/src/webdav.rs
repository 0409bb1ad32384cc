//! A real WebDAV server for tests: Debian's Apache with `mod_dav`, in the foreground on
//! 127.0.0.1, with a private configuration in a temporary folder:
//!
//! ```text
//! apache2 -DFOREGROUND -f DIR/httpd.conf
//!   Listen 127.0.0.1:PORT, mod_dav + mod_dav_fs under /dav,
//!   Basic authentication against DIR/htpasswd (user `alice`, password `s3cret`)
//! ```
//!
//! Run as root, Apache serves as `www-data`, which then owns the served folder. The server can
//! be killed (SIGKILL, as a crash mid-request) and started again on the same port and folder.
//! The test FAILS (never skips) when Apache is missing: the project's test command installs it
//! (`apt-get install -y apache2`).

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The user the server knows.
pub const USER: &str = "alice";
/// Her password.
pub const PASSWORD: &str = "s3cret";

const MODULES: &str = "/usr/lib/apache2/modules";

/// A running Apache WebDAV server; killed and reaped on drop.
#[derive(Debug)]
pub struct WebDav {
    child: Option<Child>,
    dir: tempfile::TempDir,
    addr: SocketAddr,
}

fn apache_path() -> PathBuf {
    let p = PathBuf::from("/usr/sbin/apache2");
    assert!(
        p.is_file() && Path::new(MODULES).join("mod_dav_fs.so").is_file(),
        "Apache with mod_dav is not installed, and the sync tests need a real WebDAV server on \
         loopback: install it with `apt-get install -y apache2` (the project's test command \
         does this)"
    );
    p
}

fn is_root() -> bool {
    // `id -u`: keeps this crate free of libc.
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

impl WebDav {
    /// Starts the server and waits until it answers.
    pub fn start() -> WebDav {
        let apache = apache_path();
        let dir = tempfile::tempdir().unwrap();
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let d = dir.path();
        std::fs::create_dir_all(d.join("htdocs/dav")).unwrap();
        std::fs::create_dir_all(d.join("lock")).unwrap();
        let status = Command::new("htpasswd")
            .args(["-bc"])
            .arg(d.join("htpasswd"))
            .args([USER, PASSWORD])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("htpasswd (apache2-utils) is installed with Apache");
        assert!(status.success());
        let user = if is_root() {
            // Apache drops root for www-data, which must own what it serves.
            for p in [d.join("htdocs"), d.join("htdocs/dav"), d.join("lock")] {
                let ok = Command::new("chown")
                    .arg("www-data:www-data")
                    .arg(&p)
                    .status()
                    .unwrap();
                assert!(ok.success());
            }
            Command::new("chmod").arg("755").arg(d).status().unwrap();
            "User www-data\nGroup www-data\n"
        } else {
            ""
        };
        let m = MODULES;
        let conf = format!(
            "ServerRoot \"{d}\"\nServerName 127.0.0.1\nListen 127.0.0.1:{port}\n\
             PidFile \"{d}/httpd.pid\"\n{user}\
             LoadModule mpm_event_module {m}/mod_mpm_event.so\n\
             LoadModule authz_core_module {m}/mod_authz_core.so\n\
             LoadModule authn_core_module {m}/mod_authn_core.so\n\
             LoadModule authn_file_module {m}/mod_authn_file.so\n\
             LoadModule auth_basic_module {m}/mod_auth_basic.so\n\
             LoadModule authz_user_module {m}/mod_authz_user.so\n\
             LoadModule dav_module {m}/mod_dav.so\n\
             LoadModule dav_fs_module {m}/mod_dav_fs.so\n\
             DocumentRoot \"{d}/htdocs\"\nDavLockDB \"{d}/lock/DavLock\"\n\
             ErrorLog \"{d}/error.log\"\n\
             <Location /dav>\n  Dav On\n  AuthType Basic\n  AuthName \"motp\"\n\
             AuthUserFile \"{d}/htpasswd\"\n  Require valid-user\n</Location>\n",
            d = d.display()
        );
        std::fs::write(d.join("httpd.conf"), conf).unwrap();
        let mut server = WebDav {
            child: None,
            dir,
            addr: SocketAddr::from(([127, 0, 0, 1], port)),
        };
        server.child = Some(server.spawn(&apache));
        server
    }

    fn spawn(&self, apache: &Path) -> Child {
        let child = Command::new(apache)
            .args(["-DFOREGROUND", "-f"])
            .arg(self.dir.path().join("httpd.conf"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect_timeout(&self.addr, Duration::from_millis(200)).is_err() {
            assert!(
                Instant::now() < deadline,
                "Apache did not start on {}: {}",
                self.addr,
                std::fs::read_to_string(self.dir.path().join("error.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        child
    }

    /// The server's address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The address of a file under the server's WebDAV folder (`/dav/PATH`).
    pub fn url(&self, path: &str) -> String {
        format!("http://{}/dav/{path}", self.addr)
    }

    /// The served folder on disk (`/dav/` is its `dav` subfolder).
    pub fn root(&self) -> PathBuf {
        self.dir.path().join("htdocs/dav")
    }

    /// Kills the server at once (every process of it), as a crash would.
    pub fn kill(&mut self) {
        if let Ok(pid) = std::fs::read_to_string(self.dir.path().join("httpd.pid")) {
            let _ = Command::new("pkill")
                .args(["-KILL", "-P", pid.trim()])
                .status();
            let _ = Command::new("kill").args(["-KILL", pid.trim()]).status();
        }
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
        let _ = std::fs::remove_file(self.dir.path().join("httpd.pid"));
    }

    /// Starts the server again on the same port and folder.
    pub fn restart(&mut self) {
        self.kill();
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect_timeout(&self.addr, Duration::from_millis(100)).is_ok()
            && Instant::now() < deadline
        {
            std::thread::sleep(Duration::from_millis(50));
        }
        self.child = Some(self.spawn(&apache_path()));
    }
}

impl Drop for WebDav {
    fn drop(&mut self) {
        self.kill();
    }
}
