//! One SNTP exchange, through the `sntpc` crate, over any socket and any clock.
//!
//! `sntpc` builds the request, checks the reply (length, mode 4, version 1–4, our originate
//! timestamp echoed, non-zero transmit timestamp, stratum 0 = kiss-o'-death with its code,
//! leap indicator 3 / stratum ≥ 16 = unsynchronized, root distance, reference timestamp) and
//! computes offset `((T2−T1)+(T3−T4))/2` and delay `(T4−T1)−(T3−T2)` in microseconds. Both the
//! socket and the clock are traits, so the unit tests below drive the whole exchange with an
//! in-memory socket and a scripted clock — the four timestamps are chosen by the test — and
//! only [`super::udp`] touches the network.

use std::net::SocketAddr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sntpc::{KissOfDeathCode, NtpContext, NtpTimestampGenerator, NtpUdpSocket};

use crate::error::Error;

/// What one exchange measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Measurement {
    /// Microseconds to add to the local clock to get the server's (positive: local is behind).
    pub offset_us: i64,
    /// Round-trip delay in microseconds, net of the server's processing time.
    pub delay_us: u64,
    /// The server's stratum.
    pub stratum: u8,
}

/// Sends one request to `addr` over `socket` and measures the reply against `clock`.
pub(crate) fn measure<S, C>(
    socket: &S,
    addr: SocketAddr,
    clock: C,
) -> Result<Measurement, sntpc::Error>
where
    S: NtpUdpSocket,
    C: NtpTimestampGenerator + Copy,
{
    let result = sntpc::sync::get_time(addr, socket, NtpContext::new(clock))?;
    Ok(Measurement {
        offset_us: result.offset(),
        delay_us: result.roundtrip(),
        stratum: result.stratum(),
    })
}

/// This device's clock, read at each `init` (the request's T1 and the reply's T4).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct SystemClock(Duration);

impl NtpTimestampGenerator for SystemClock {
    fn init(&mut self) {
        // A clock set before 1970 reads as 1970: the measured offset is then huge, which is
        // the right answer for such a device.
        self.0 = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
    }

    fn timestamp_sec(&self) -> u64 {
        self.0.as_secs()
    }

    fn timestamp_subsec_micros(&self) -> u32 {
        self.0.subsec_micros()
    }
}

/// The error for a reply that `sntpc` refused. `Network` and `AddressResolve` are the edge's
/// to explain (it holds the operating system's error); they land here only as a fallback.
pub(crate) fn reply_error(server: &str, error: sntpc::Error) -> Error {
    let bad = |problem: &str| Error::ClockBadReply {
        server: server.to_owned(),
        problem: problem.to_owned(),
    };
    let unsynchronized = |problem: &str| Error::ClockServerUnsynchronized {
        server: server.to_owned(),
        problem: problem.to_owned(),
    };
    match error {
        sntpc::Error::KissOfDeath(code) => kiss_of_death(server, code),
        sntpc::Error::IncorrectPayload => bad("it is shorter than the 48 bytes of an NTP header"),
        sntpc::Error::IncorrectMode => bad("its mode is not 4, 'server'"),
        sntpc::Error::IncorrectResponseVersion => {
            bad("its NTP version is not one we speak (1 to 4)")
        }
        sntpc::Error::IncorrectOriginTimestamp => {
            bad("it does not carry our request's timestamp, so it answers some other request")
        }
        sntpc::Error::InvalidTimestamp => bad("its transmit timestamp is zero or unreadable"),
        sntpc::Error::BackwardReferenceTimestamp => {
            bad("its reference time is later than its transmit time")
        }
        sntpc::Error::ResponseAddressMismatch => bad("it came from a different address"),
        sntpc::Error::UnsynchronizedClock => {
            unsynchronized("its leap indicator says 'clock not synchronized'")
        }
        sntpc::Error::IncorrectStratumHeaders => {
            unsynchronized("its stratum is 16 or more, 'unsynchronized'")
        }
        sntpc::Error::ExcessiveRootDistance => {
            unsynchronized("its own distance from a reference clock is too large to trust")
        }
        sntpc::Error::Network => Error::ClockUnreachable {
            server: server.to_owned(),
            address: server.to_owned(),
            reason: "the network failed".to_owned(),
        },
        sntpc::Error::AddressResolve => Error::ClockServerNotFound {
            server: server.to_owned(),
            reason: "the name did not resolve".to_owned(),
        },
        other => bad(&format!("{other:?}")),
    }
}

/// RFC 5905 §7.4: DENY and RSTR mean "stop asking me", RATE means "ask less often".
fn kiss_of_death(server: &str, code: KissOfDeathCode) -> Error {
    let name = match code.as_str() {
        s if s.len() == 4 && s.bytes().all(|b| b.is_ascii_graphic()) => s.to_owned(),
        _ => "????".to_owned(),
    };
    let advice = match code {
        KissOfDeathCode::Rate => {
            "it is asked too often from this network; wait a few minutes before checking \
             again, or use another server with --server"
        }
        KissOfDeathCode::Deny | KissOfDeathCode::Rstr => {
            "it denies this device access; use another server with --server"
        }
        _ => {
            "it will not serve this device now; try again later or use another server with \
              --server"
        }
    };
    Error::ClockKissOfDeath {
        server: server.to_owned(),
        code: name,
        advice: advice.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use std::cell::{Cell, RefCell};
    use std::collections::VecDeque;

    use super::super::test_packet::{ReplySpec, ntp_timestamp, reply};
    use super::*;

    const SERVER: SocketAddr = SocketAddr::V4(std::net::SocketAddrV4::new(
        std::net::Ipv4Addr::new(192, 0, 2, 7),
        123,
    ));

    /// A clock that reads the instants the test lists, one per `init`: T1 then T4.
    #[derive(Clone, Copy)]
    struct Scripted<'a> {
        script: &'a RefCell<VecDeque<Duration>>,
        now: Duration,
    }

    impl NtpTimestampGenerator for Scripted<'_> {
        fn init(&mut self) {
            self.now = self
                .script
                .borrow_mut()
                .pop_front()
                .expect("script too short");
        }
        fn timestamp_sec(&self) -> u64 {
            self.now.as_secs()
        }
        fn timestamp_subsec_micros(&self) -> u32 {
            self.now.subsec_micros()
        }
    }

    /// A socket that hands the request to a function and returns its reply.
    struct Memory<F: Fn(&[u8]) -> Vec<u8>> {
        answer: F,
        from: SocketAddr,
        request: RefCell<Vec<u8>>,
        sent: Cell<usize>,
    }

    impl<F: Fn(&[u8]) -> Vec<u8>> NtpUdpSocket for Memory<F> {
        async fn send_to(&self, buf: &[u8], addr: SocketAddr) -> sntpc::Result<usize> {
            assert_eq!(addr, SERVER);
            self.sent.set(self.sent.get() + 1);
            *self.request.borrow_mut() = buf.to_vec();
            Ok(buf.len())
        }
        async fn recv_from(&self, buf: &mut [u8]) -> sntpc::Result<(usize, SocketAddr)> {
            let out = (self.answer)(&self.request.borrow());
            let n = out.len().min(buf.len());
            buf[..n].copy_from_slice(&out[..n]);
            Ok((n, self.from))
        }
    }

    const BASE: Duration = Duration::from_secs(1_700_000_000);

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    /// Runs an exchange with T1 = BASE, T4 = BASE + `t4_ms` on the client clock, the server
    /// receiving at `t2` and sending at `t3` on its clock.
    fn run(
        spec: ReplySpec,
        t2: Duration,
        t3: Duration,
        t4_ms: u64,
    ) -> Result<Measurement, sntpc::Error> {
        let script = RefCell::new(VecDeque::from([BASE, BASE + ms(t4_ms)]));
        let clock = Scripted {
            script: &script,
            now: Duration::ZERO,
        };
        let socket = Memory {
            answer: move |req: &[u8]| {
                reply(req, &spec, ntp_timestamp(t2), ntp_timestamp(t3)).to_vec()
            },
            from: SERVER,
            request: RefCell::new(Vec::new()),
            sent: Cell::new(0),
        };
        let r = measure(&socket, SERVER, clock);
        assert_eq!(socket.sent.get(), 1, "exactly one request");
        let req = socket.request.borrow();
        assert_eq!(req.len(), 48);
        assert_eq!(req[0] & 0x07, 3, "client mode");
        assert_eq!((req[0] >> 3) & 0x07, 4, "NTPv4");
        assert_eq!(&req[40..48], &ntp_timestamp(BASE).to_be_bytes(), "T1 sent");
        r
    }

    fn near(actual: i64, expected: i64) {
        assert!(
            (actual - expected).abs() <= 2,
            "measured {actual} µs, expected {expected} µs"
        );
    }

    #[test]
    fn the_four_timestamps_give_offset_and_delay() {
        // Server 130 s ahead, 20 ms each way, 5 ms to process.
        let t2 = BASE + Duration::from_secs(130) + ms(20);
        let m = run(ReplySpec::default(), t2, t2 + ms(5), 45).unwrap();
        near(m.offset_us, 130_000_000);
        near(m.delay_us as i64, 40_000);
        assert_eq!(m.stratum, 2);

        // Server 42 s behind, asymmetric paths (30 ms out, 10 ms back): the offset is off by
        // half the asymmetry, which is why the uncertainty is half the delay.
        let t2 = BASE - Duration::from_secs(42) + ms(30);
        let m = run(ReplySpec::default(), t2, t2, 40).unwrap();
        near(m.offset_us, -42_000_000 + 10_000);
        near(m.delay_us as i64, 40_000);
    }

    #[test]
    fn in_step_clocks_measure_zero() {
        let m = run(ReplySpec::default(), BASE + ms(1), BASE + ms(1), 2).unwrap();
        near(m.offset_us, 0);
        near(m.delay_us as i64, 2_000);
    }

    #[test]
    fn large_offsets_both_ways() {
        let year = Duration::from_secs(365 * 86_400);
        let m = run(ReplySpec::default(), BASE + year, BASE + year, 0).unwrap();
        near(m.offset_us, year.as_micros() as i64);
        let m = run(ReplySpec::default(), BASE - year, BASE - year, 0).unwrap();
        near(m.offset_us, -(year.as_micros() as i64));
    }

    #[test]
    fn kiss_of_death_is_reported_with_its_code() {
        for (code, expect) in [(b"RATE", "RATE"), (b"DENY", "DENY"), (b"RSTR", "RSTR")] {
            let e = run(ReplySpec::kiss(code), BASE, BASE, 1).unwrap_err();
            assert!(matches!(e, sntpc::Error::KissOfDeath(_)), "{e:?}");
            match reply_error("t.example:123", e) {
                Error::ClockKissOfDeath { code, advice, .. } => {
                    assert_eq!(code, expect);
                    assert!(advice.contains("--server"));
                }
                other => panic!("{other:?}"),
            }
        }
        let e = reply_error(
            "s",
            run(ReplySpec::kiss(&[0xff, 0, 1, 2]), BASE, BASE, 1).unwrap_err(),
        );
        assert!(matches!(e, Error::ClockKissOfDeath { ref code, .. } if code == "????"));
        let msg = reply_error(
            "s",
            run(ReplySpec::kiss(b"RATE"), BASE, BASE, 1).unwrap_err(),
        )
        .to_string();
        assert!(msg.contains("wait a few minutes"), "{msg}");
    }

    #[test]
    fn invalid_replies_are_refused() {
        type Case = (ReplySpec, fn(&Error) -> bool);
        let cases: [Case; 6] = [
            (
                ReplySpec {
                    mode: 3,
                    ..Default::default()
                },
                |e| matches!(e, Error::ClockBadReply { problem, .. } if problem.contains("mode")),
            ),
            (
                ReplySpec {
                    version: 0,
                    ..Default::default()
                },
                |e| matches!(e, Error::ClockBadReply { problem, .. } if problem.contains("version")),
            ),
            (
                ReplySpec {
                    version: 7,
                    ..Default::default()
                },
                |e| matches!(e, Error::ClockBadReply { problem, .. } if problem.contains("version")),
            ),
            (
                ReplySpec {
                    zero_transmit: true,
                    ..Default::default()
                },
                |e| matches!(e, Error::ClockBadReply { problem, .. } if problem.contains("transmit")),
            ),
            (
                ReplySpec {
                    echo_origin: false,
                    ..Default::default()
                },
                |e| matches!(e, Error::ClockBadReply { problem, .. } if problem.contains("other request")),
            ),
            (
                ReplySpec {
                    li: 3,
                    ..Default::default()
                },
                |e| matches!(e, Error::ClockServerUnsynchronized { .. }),
            ),
        ];
        for (spec, ok) in cases {
            let e = reply_error("s", run(spec, BASE, BASE, 1).unwrap_err());
            assert!(ok(&e), "{spec:?} gave {e:?}");
        }
        let e = run(
            ReplySpec {
                stratum: 16,
                ..Default::default()
            },
            BASE,
            BASE,
            1,
        )
        .unwrap_err();
        assert!(matches!(
            reply_error("s", e),
            Error::ClockServerUnsynchronized { .. }
        ));
    }

    fn answer_with(bytes: Vec<u8>, from: SocketAddr) -> Result<Measurement, sntpc::Error> {
        let script = RefCell::new(VecDeque::from([BASE, BASE]));
        let socket = Memory {
            answer: move |_: &[u8]| bytes.clone(),
            from,
            request: RefCell::new(Vec::new()),
            sent: Cell::new(0),
        };
        measure(
            &socket,
            SERVER,
            Scripted {
                script: &script,
                now: Duration::ZERO,
            },
        )
    }

    #[test]
    fn malformed_bytes_never_panic() {
        for n in [0, 1, 12, 47] {
            let e = answer_with(vec![0x24; n], SERVER).unwrap_err();
            assert_eq!(e, sntpc::Error::IncorrectPayload, "{n} bytes");
            assert!(reply_error("s", e).to_string().contains("48 bytes"));
        }
        // Deterministic pseudo-random garbage of every header shape.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..2_000 {
            let bytes: Vec<u8> = (0..48)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    x as u8
                })
                .collect();
            let e = answer_with(bytes, SERVER).unwrap_err();
            let _ = reply_error("s", e).to_string();
        }
        let other: SocketAddr = "192.0.2.8:123".parse().unwrap();
        let e = answer_with(vec![0; 48], other).unwrap_err();
        assert!(
            reply_error("s", e)
                .to_string()
                .contains("different address")
        );
    }
}
