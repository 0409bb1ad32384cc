//! The tests' WebDAV server for the suites that are not Rust (the Android shell on the JVM,
//! MotpKit with SwiftPM): starts Apache `mod_dav` on loopback as the Rust suites do
//! ([`motp_testkit::webdav::WebDav`]), prints one line — the base address of its WebDAV folder,
//! the user and the password, separated by spaces — and serves until its standard input
//! closes, then stops the server (and it is stopped if this process is killed: Apache is its
//! child, reaped on drop; a SIGKILL leaves it to the test script's trap).
//!
//! ```text
//! coproc WEBDAV { target/debug/webdav-server; }
//! read -r url user password <&"${WEBDAV[0]}"
//! ```

use std::io::{Read, Write};

use motp_testkit::webdav::{PASSWORD, USER, WebDav};

fn main() {
    let server = WebDav::start();
    let mut out = std::io::stdout().lock();
    // A failed write means nobody is listening: stop at once.
    if writeln!(out, "{} {USER} {PASSWORD}", server.url("")).is_err() || out.flush().is_err() {
        return;
    }
    drop(out);
    let mut sink = Vec::new();
    // Until the test script closes our input (or goes away).
    let _ = std::io::stdin().read_to_end(&mut sink);
    drop(server);
}
