//! The network edge of the clock check: resolve the server, send one request from a connected
//! UDP socket, wait at most the timeout, and say precisely what went wrong.
//!
//! A *connected* socket is used so that the operating system reports an ICMP "port
//! unreachable" as "connection refused" at once, instead of leaving us to wait out the timeout.
//! `sntpc` folds every socket error into `Error::Network`, so the socket wrapper keeps the
//! operating system's error for the message.

use std::cell::Cell;
use std::io;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, ToSocketAddrs, UdpSocket};
use std::time::Duration;

use sntpc::NtpUdpSocket;

use super::assess::ClockCheck;
use super::exchange::{Measurement, SystemClock, measure, reply_error};
use super::{ClockCheckOptions, NtpServer};
use crate::error::{Error, Result};

/// Asks the time server in `options` how far off this device's clock is.
///
/// Blocks for at most about `options.timeout` (plus name resolution). Sends one packet per
/// resolved address, moving to the next address only when one is refused or unreachable at
/// once; a timeout ends the check. Never changes the system clock.
pub fn check_clock(options: &ClockCheckOptions) -> Result<ClockCheck> {
    let server = options.validate()?;
    let addresses = resolve(&server)?;
    check_addresses(&server, &addresses, options)
}

/// Resolves with the system resolver (which also reads /etc/hosts).
fn resolve(server: &NtpServer) -> Result<Vec<SocketAddr>> {
    resolve_with(server, |host, port| {
        (host, port).to_socket_addrs().map(Iterator::collect)
    })
}

fn resolve_with(
    server: &NtpServer,
    resolver: impl FnOnce(&str, u16) -> io::Result<Vec<SocketAddr>>,
) -> Result<Vec<SocketAddr>> {
    let not_found = |reason: String| Error::ClockServerNotFound {
        server: server.to_string(),
        reason,
    };
    match resolver(server.host(), server.port()) {
        Ok(found) if found.is_empty() => Err(not_found("the name has no address".to_owned())),
        Ok(found) => Ok(found),
        Err(e) => Err(not_found(e.to_string())),
    }
}

pub(crate) fn check_addresses(
    server: &NtpServer,
    addresses: &[SocketAddr],
    options: &ClockCheckOptions,
) -> Result<ClockCheck> {
    let name = server.to_string();
    let mut last = None;
    for &address in addresses {
        match ask(address, options.timeout) {
            Ok(m) => {
                return Ok(ClockCheck::from_measurement(
                    name,
                    address,
                    m.offset_us,
                    m.delay_us,
                    m.stratum,
                    options.window_seconds,
                ));
            }
            Err(Failure::Io(e)) if is_timeout(&e) => {
                return Err(Error::ClockTimeout {
                    server: name,
                    address: address.to_string(),
                    timeout_ms: u64::try_from(options.timeout.as_millis()).unwrap_or(u64::MAX),
                });
            }
            Err(Failure::Io(e)) => {
                last = Some(Error::ClockUnreachable {
                    server: name.clone(),
                    address: address.to_string(),
                    reason: explain_io(&e),
                });
            }
            Err(Failure::Reply(e)) => return Err(reply_error(&name, e)),
        }
    }
    Err(last.unwrap_or_else(|| Error::ClockServerNotFound {
        server: name,
        reason: "the name has no address".to_owned(),
    }))
}

enum Failure {
    /// The operating system's error: nothing usable came back.
    Io(io::Error),
    /// A reply came back and `sntpc` refused it.
    Reply(sntpc::Error),
}

fn ask(address: SocketAddr, timeout: Duration) -> std::result::Result<Measurement, Failure> {
    let local: SocketAddr = if address.is_ipv4() {
        (Ipv4Addr::UNSPECIFIED, 0).into()
    } else {
        (Ipv6Addr::UNSPECIFIED, 0).into()
    };
    let socket = UdpSocket::bind(local).map_err(Failure::Io)?;
    socket
        .set_read_timeout(Some(timeout))
        .map_err(Failure::Io)?;
    socket.connect(address).map_err(Failure::Io)?;
    let socket = Connected {
        socket,
        error: Cell::new(None),
    };
    measure(&socket, address, SystemClock::default()).map_err(|e| match socket.error.take() {
        Some(io) => Failure::Io(io),
        None => Failure::Reply(e),
    })
}

/// A connected UDP socket that remembers the operating system's last error.
struct Connected {
    socket: UdpSocket,
    error: Cell<Option<io::Error>>,
}

impl Connected {
    fn fail(&self, e: io::Error) -> sntpc::Error {
        self.error.set(Some(e));
        sntpc::Error::Network
    }
}

impl NtpUdpSocket for Connected {
    async fn send_to(&self, buf: &[u8], _addr: SocketAddr) -> sntpc::Result<usize> {
        self.socket.send(buf).map_err(|e| self.fail(e))
    }

    async fn recv_from(&self, buf: &mut [u8]) -> sntpc::Result<(usize, SocketAddr)> {
        self.socket.recv_from(buf).map_err(|e| self.fail(e))
    }
}

fn is_timeout(e: &io::Error) -> bool {
    // Unix reports an expired read timeout as EAGAIN (WouldBlock), Windows as TimedOut.
    matches!(
        e.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
    )
}

fn explain_io(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::ConnectionRefused => {
            "it refused the request (nothing answers NTP on that port)".to_owned()
        }
        io::ErrorKind::NetworkUnreachable => "the network is unreachable".to_owned(),
        io::ErrorKind::HostUnreachable => "the host is unreachable".to_owned(),
        io::ErrorKind::AddrNotAvailable => {
            "this device has no address of that kind (IPv4/IPv6)".to_owned()
        }
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(s: &str) -> NtpServer {
        NtpServer::parse(s).unwrap()
    }

    #[test]
    fn resolver_failures_are_explained() {
        let s = server("no-such-host.invalid");
        let e = resolve_with(&s, |_, _| {
            Err(io::Error::other(
                "failed to lookup address information: Name or service not known",
            ))
        })
        .unwrap_err();
        assert!(matches!(e, Error::ClockServerNotFound { .. }), "{e:?}");
        let msg = e.to_string();
        assert!(msg.contains("no-such-host.invalid:123"), "{msg}");
        assert!(msg.contains("Name or service not known"), "{msg}");
        assert!(msg.contains("DNS"), "{msg}");

        let e = resolve_with(&s, |_, _| Ok(vec![])).unwrap_err();
        assert!(e.to_string().contains("no address"), "{e}");

        let found = resolve_with(&s, |host, port| {
            assert_eq!((host, port), ("no-such-host.invalid", 123));
            Ok(vec!["127.0.0.1:123".parse().unwrap()])
        })
        .unwrap();
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn literal_addresses_need_no_resolver() {
        let found = resolve(&server("127.0.0.1:4123")).unwrap();
        assert_eq!(found, vec!["127.0.0.1:4123".parse().unwrap()]);
        let found = resolve(&server("[::1]:9")).unwrap();
        assert_eq!(found, vec!["[::1]:9".parse().unwrap()]);
    }

    #[test]
    fn no_address_at_all() {
        let e = check_addresses(&server("x.test"), &[], &ClockCheckOptions::default());
        assert!(matches!(e, Err(Error::ClockServerNotFound { .. })));
    }

    #[test]
    fn io_errors_in_words() {
        assert!(is_timeout(&io::Error::from(io::ErrorKind::WouldBlock)));
        assert!(is_timeout(&io::Error::from(io::ErrorKind::TimedOut)));
        assert!(!is_timeout(&io::Error::from(
            io::ErrorKind::ConnectionRefused
        )));
        assert!(explain_io(&io::Error::from(io::ErrorKind::ConnectionRefused)).contains("refused"));
        assert!(
            explain_io(&io::Error::from(io::ErrorKind::NetworkUnreachable)).contains("network")
        );
    }
}
