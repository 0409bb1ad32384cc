//! The time server to ask, as the user writes it: `HOST` or `HOST:PORT`.
//!
//! Parsed before any network traffic so that a typo gets a precise message ("the port is not a
//! number") instead of a resolver error, and so that IPv6 literals work the way they do in URLs
//! (`[2001:db8::1]:123`, or a bare `2001:db8::1` meaning port 123).

use std::fmt;
use std::net::{IpAddr, Ipv6Addr};
use std::str::FromStr;

use crate::error::{Error, Result};

/// The NTP port.
pub const NTP_PORT: u16 = 123;

/// The server asked when the user names none: the NTP Pool's global name.
pub const DEFAULT_SERVER: &str = "pool.ntp.org:123";

/// Longest DNS name (RFC 1035).
const MAX_HOST_LEN: usize = 253;

/// A time server: a host name or IP address and a UDP port.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NtpServer {
    host: String,
    port: u16,
}

impl NtpServer {
    /// Reads `HOST`, `HOST:PORT`, `IPv4:PORT`, `IPv6`, or `[IPv6]:PORT`; the port defaults to
    /// 123.
    pub fn parse(input: &str) -> Result<NtpServer> {
        let text = input.trim();
        let invalid = |problem: &str| Error::ClockServerInvalid {
            server: shorten(text),
            problem: problem.to_owned(),
        };
        if text.is_empty() {
            return Err(invalid("it is empty"));
        }
        if text.contains("://") {
            return Err(invalid("it has a URL scheme; give the host name alone"));
        }
        let (host, port) = if let Some(rest) = text.strip_prefix('[') {
            let (inside, after) = rest
                .split_once(']')
                .ok_or_else(|| invalid("the '[' of an IPv6 address is not closed by ']'"))?;
            inside
                .parse::<Ipv6Addr>()
                .map_err(|_| invalid("the part in brackets is not an IPv6 address"))?;
            let port = match after {
                "" => NTP_PORT,
                p => parse_port(
                    p.strip_prefix(':')
                        .ok_or_else(|| invalid("only ':PORT' may follow ']'"))?,
                )
                .map_err(|e| invalid(&e))?,
            };
            (inside.to_owned(), port)
        } else if text.matches(':').count() > 1 {
            text.parse::<Ipv6Addr>().map_err(|_| {
                invalid("it has several ':' but is not an IPv6 address; write [IPv6]:PORT")
            })?;
            (text.to_owned(), NTP_PORT)
        } else if let Some((host, port)) = text.split_once(':') {
            (host.to_owned(), parse_port(port).map_err(|e| invalid(&e))?)
        } else {
            (text.to_owned(), NTP_PORT)
        };
        if host.parse::<IpAddr>().is_err() {
            check_host_name(&host).map_err(|e| invalid(&e))?;
        }
        Ok(NtpServer { host, port })
    }

    /// The host name or IP address (IPv6 without brackets).
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The UDP port.
    pub fn port(&self) -> u16 {
        self.port
    }
}

impl Default for NtpServer {
    fn default() -> Self {
        NtpServer {
            host: "pool.ntp.org".to_owned(),
            port: NTP_PORT,
        }
    }
}

impl FromStr for NtpServer {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        NtpServer::parse(s)
    }
}

impl fmt::Display for NtpServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

fn parse_port(text: &str) -> std::result::Result<u16, String> {
    if text.is_empty() {
        return Err("the port after ':' is missing".to_owned());
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err("the port is not a number".to_owned());
    }
    match text.parse::<u16>() {
        Ok(0) => Err("port 0 cannot be asked".to_owned()),
        Ok(p) => Ok(p),
        Err(_) => Err("the port is larger than 65535".to_owned()),
    }
}

/// Letters, digits, `-`, `_` and `.` in labels of 1–63 characters: what a resolver accepts.
fn check_host_name(host: &str) -> std::result::Result<(), String> {
    if host.is_empty() {
        return Err("the host name before ':' is missing".to_owned());
    }
    if host.len() > MAX_HOST_LEN {
        return Err(format!(
            "the host name is longer than {MAX_HOST_LEN} characters"
        ));
    }
    if let Some(c) = host
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        return Err(if c.is_whitespace() {
            "it contains a space".to_owned()
        } else {
            format!("the character {c:?} cannot be in a host name")
        });
    }
    let name = host.strip_suffix('.').unwrap_or(host);
    if name
        .split('.')
        .any(|label| label.is_empty() || label.len() > 63)
    {
        return Err("a part between dots is empty or longer than 63 characters".to_owned());
    }
    Ok(())
}

/// Echoing 10 kB of garbage back in an error message helps nobody.
fn shorten(text: &str) -> String {
    const KEEP: usize = 80;
    match text.char_indices().nth(KEEP) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> (String, u16) {
        let p = NtpServer::parse(s).unwrap();
        (p.host().to_owned(), p.port())
    }

    fn problem(s: &str) -> String {
        match NtpServer::parse(s).unwrap_err() {
            Error::ClockServerInvalid { problem, .. } => problem,
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn accepts_the_usual_forms() {
        assert_eq!(ok("pool.ntp.org"), ("pool.ntp.org".into(), 123));
        assert_eq!(
            ok(" time.example.com:4123 "),
            ("time.example.com".into(), 4123)
        );
        assert_eq!(ok("127.0.0.1:11123"), ("127.0.0.1".into(), 11123));
        assert_eq!(ok("localhost"), ("localhost".into(), 123));
        assert_eq!(ok("::1"), ("::1".into(), 123));
        assert_eq!(ok("[::1]"), ("::1".into(), 123));
        assert_eq!(ok("[2001:db8::1]:9"), ("2001:db8::1".into(), 9));
        assert_eq!(ok("ntp_1.example."), ("ntp_1.example.".into(), 123));
        assert_eq!(NtpServer::default().to_string(), DEFAULT_SERVER);
        assert_eq!(
            NtpServer::parse(DEFAULT_SERVER).unwrap(),
            NtpServer::default()
        );
    }

    #[test]
    fn displays_so_it_parses_back() {
        for s in ["pool.ntp.org", "[::1]:5", "10.0.0.1:77", "2001:db8::2"] {
            let p = NtpServer::parse(s).unwrap();
            assert_eq!(NtpServer::parse(&p.to_string()).unwrap(), p);
        }
        assert_eq!(NtpServer::parse("::1").unwrap().to_string(), "[::1]:123");
    }

    #[test]
    fn explains_what_is_wrong() {
        assert_eq!(problem(""), "it is empty");
        assert!(problem("ntp://pool.ntp.org").contains("scheme"));
        assert_eq!(problem("host:"), "the port after ':' is missing");
        assert_eq!(problem("host:abc"), "the port is not a number");
        assert_eq!(problem("host:-1"), "the port is not a number");
        assert_eq!(problem("host:70000"), "the port is larger than 65535");
        assert_eq!(problem("host:0"), "port 0 cannot be asked");
        assert_eq!(problem(":123"), "the host name before ':' is missing");
        assert!(problem("[::1").contains("not closed"));
        assert!(problem("[nope]:1").contains("not an IPv6"));
        assert!(problem("[::1]x").contains("only ':PORT'"));
        assert!(problem("a:b:c").contains("several ':'"));
        assert_eq!(problem("pool ntp.org"), "it contains a space");
        assert!(problem("user@host").contains("'@'"));
        assert!(problem("a..b").contains("empty"));
        assert!(problem(&"a".repeat(64)).contains("63"));
        assert!(problem(&"a.".repeat(200)).contains("253"));
    }

    #[test]
    fn garbage_never_panics_and_is_shortened() {
        let long = "é".repeat(10_000);
        match NtpServer::parse(&long).unwrap_err() {
            Error::ClockServerInvalid { server, .. } => assert!(server.chars().count() <= 81),
            other => panic!("unexpected {other:?}"),
        }
        for s in [
            "[",
            "]",
            ":",
            "[]",
            "[]:",
            "::::",
            "\0",
            "a:\u{ff}",
            "[::1]:",
            "[::1]:99999",
        ] {
            assert!(NtpServer::parse(s).is_err(), "{s:?} was accepted");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_parses_or_explains(text in "\\PC{0,300}") {
            match NtpServer::parse(&text) {
                Ok(p) => proptest::prop_assert_eq!(NtpServer::parse(&p.to_string()).unwrap(), p),
                Err(e) => proptest::prop_assert!(
                    matches!(e, Error::ClockServerInvalid { .. }),
                    "{:?}",
                    e
                ),
            }
        }

        #[test]
        fn host_and_port_round_trip(host in "[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?(\\.[a-z]{1,10}){0,3}", port in 1u16..) {
            let p = NtpServer::parse(&format!("{host}:{port}")).unwrap();
            proptest::prop_assert_eq!((p.host(), p.port()), (host.as_str(), port));
        }
    }
}
