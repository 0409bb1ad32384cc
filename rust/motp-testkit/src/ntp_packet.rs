//! NTP server replies for **test servers only**: the client side is the `sntpc` crate.
//!
//! Shared by motp-core's unit tests (in-memory exchanges), its integration tests (UDP
//! responders on loopback) and motp-cli's tests, each including this file by path. It builds
//! the 48-byte RFC 5905 header a server sends; it never parses a reply.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Seconds from 1900-01-01 (NTP era 0) to 1970-01-01.
pub const NTP_UNIX_DELTA: u64 = 2_208_988_800;

/// The NTP 64-bit timestamp (32.32 fixed point since 1900) of a Unix instant.
pub fn ntp_timestamp(unix: Duration) -> u64 {
    let secs = (unix.as_secs() + NTP_UNIX_DELTA) & 0xffff_ffff;
    let frac = (u64::from(unix.subsec_nanos()) << 32) / 1_000_000_000;
    (secs << 32) | frac
}

/// Now on this machine, shifted by `offset_us` (a server whose clock is that far ahead).
pub fn now_shifted(offset_us: i64) -> Duration {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    if offset_us >= 0 {
        now + Duration::from_micros(offset_us.unsigned_abs())
    } else {
        now - Duration::from_micros(offset_us.unsigned_abs())
    }
}

/// The header fields a test server chooses.
#[derive(Debug, Clone, Copy)]
pub struct ReplySpec {
    /// Leap indicator (3 = clock unsynchronized).
    pub li: u8,
    /// Version number (4 = NTPv4).
    pub version: u8,
    /// Mode (4 = server).
    pub mode: u8,
    /// Stratum (0 = kiss-o'-death, 16 = unsynchronized).
    pub stratum: u8,
    /// Reference ID; the kiss code when stratum is 0.
    pub ref_id: [u8; 4],
    /// Copy the request's transmit timestamp into the originate field, as servers must.
    pub echo_origin: bool,
    /// Send an all-zero transmit timestamp.
    pub zero_transmit: bool,
}

impl Default for ReplySpec {
    fn default() -> Self {
        ReplySpec {
            li: 0,
            version: 4,
            mode: 4,
            stratum: 2,
            ref_id: *b"TEST",
            echo_origin: true,
            zero_transmit: false,
        }
    }
}

impl ReplySpec {
    /// A kiss-o'-death reply with this code (RATE, DENY, RSTR…).
    pub fn kiss(code: &[u8; 4]) -> ReplySpec {
        ReplySpec {
            stratum: 0,
            ref_id: *code,
            ..ReplySpec::default()
        }
    }
}

/// The reply to `request` with receive timestamp `t2` and transmit timestamp `t3` (NTP
/// format). A request shorter than 48 bytes is answered with a zero originate timestamp.
pub fn reply(request: &[u8], spec: &ReplySpec, t2: u64, t3: u64) -> [u8; 48] {
    let mut out = [0u8; 48];
    out[0] = (spec.li << 6) | ((spec.version & 7) << 3) | (spec.mode & 7);
    out[1] = spec.stratum;
    out[2] = 6; // poll 2^6 s
    out[3] = 0xec; // precision 2^-20 s
    out[4..8].copy_from_slice(&0x0000_0100u32.to_be_bytes()); // root delay ~4 ms
    out[8..12].copy_from_slice(&0x0000_0100u32.to_be_bytes()); // root dispersion ~4 ms
    out[12..16].copy_from_slice(&spec.ref_id);
    let reference = t3.wrapping_sub(1 << 32); // last set a second before sending
    out[16..24].copy_from_slice(&reference.to_be_bytes());
    if spec.echo_origin && request.len() >= 48 {
        out[24..32].copy_from_slice(&request[40..48]);
    }
    out[32..40].copy_from_slice(&t2.to_be_bytes());
    if !spec.zero_transmit {
        out[40..48].copy_from_slice(&t3.to_be_bytes());
    }
    out
}

/// The reply of a server whose clock runs `offset_us` ahead of this machine's, answering at
/// once.
pub fn reply_now(request: &[u8], spec: &ReplySpec, offset_us: i64) -> [u8; 48] {
    let t = ntp_timestamp(now_shifted(offset_us));
    reply(request, spec, t, t)
}
