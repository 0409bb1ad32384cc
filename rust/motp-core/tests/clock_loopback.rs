//! The clock check against test NTP servers on loopback that serve known offsets, refuse,
//! talk nonsense or stay silent. Nothing leaves 127.0.0.1.

use motp_testkit as support;

use std::time::{Duration, Instant};

use motp_core::clock::{ClockCheckOptions, ClockVerdict, check_clock};
use motp_core::{ClockCorrection, Error};
use support::ntp_packet::ReplySpec;
use support::responder::{Responder, closed_port};

fn options(server: String) -> ClockCheckOptions {
    ClockCheckOptions {
        server,
        timeout: Duration::from_secs(2),
        ..Default::default()
    }
}

fn check(r: &Responder) -> Result<motp_core::clock::ClockCheck, Error> {
    check_clock(&options(r.server()))
}

/// The measured offset must be within 50 ms of what the server serves.
fn assert_offset(offset_ms: i64) -> motp_core::clock::ClockCheck {
    let r = Responder::with_offset_ms(offset_ms);
    let c = check(&r).expect("the test server answers");
    assert!(
        (c.offset_ms - offset_ms).abs() < 50,
        "served {offset_ms} ms, measured {} ms",
        c.offset_ms
    );
    assert_eq!(c.address, r.addr());
    assert_eq!(c.server, r.server());
    assert_eq!(c.stratum, 2);
    assert!(c.uncertainty_ms < 50, "loopback round trip: {c:?}");
    assert_eq!(r.requests(), 1, "one request per check");
    c
}

#[test]
fn server_ahead_means_device_behind() {
    let c = assert_offset(130_000);
    assert_eq!(c.verdict, ClockVerdict::Drifting);
    assert_eq!(c.suggested_correction, ClockCorrection(130));
    assert!(c.summary().contains("2 min 10 s behind"), "{}", c.summary());
    assert!(c.advice().contains("+130 s"), "{}", c.advice());
}

#[test]
fn server_behind_means_device_ahead() {
    let c = assert_offset(-42_000);
    assert_eq!(c.verdict, ClockVerdict::Drifting);
    assert_eq!(c.suggested_correction, ClockCorrection(-42));
    assert!(c.summary().contains("42 s ahead"), "{}", c.summary());
}

#[test]
fn in_step() {
    let c = assert_offset(0);
    assert_eq!(c.verdict, ClockVerdict::Fine);
    assert_eq!(c.suggested_correction, ClockCorrection(0));
}

#[test]
fn beyond_the_window_codes_fail() {
    let c = assert_offset(-400_000);
    assert_eq!(c.verdict, ClockVerdict::CodesWillFail);
    assert_eq!(c.suggested_correction, ClockCorrection(-400));

    let r = Responder::with_offset_ms(-400_000);
    let wide = ClockCheckOptions {
        window_seconds: 600,
        ..options(r.server())
    };
    assert_eq!(check_clock(&wide).unwrap().verdict, ClockVerdict::Drifting);
}

#[test]
fn the_suggested_correction_fixes_the_clock() {
    let c = assert_offset(77_400);
    let device_ms = 1_700_000_000_000;
    let corrected = c.suggested_correction.apply_ms(device_ms).unwrap();
    assert_eq!(corrected - device_ms, 77_000);
}

#[test]
fn kiss_of_death() {
    for code in [b"RATE", b"DENY", b"RSTR"] {
        let r = Responder::with_spec(ReplySpec::kiss(code), 0);
        match check(&r).unwrap_err() {
            Error::ClockKissOfDeath {
                code: got, server, ..
            } => {
                assert_eq!(got.as_bytes(), code);
                assert_eq!(server, r.server());
            }
            other => panic!("{other:?}"),
        }
    }
}

fn bad_reply(r: &Responder) -> String {
    match check(r).expect_err("the reply is refused") {
        Error::ClockBadReply { problem, .. } => problem,
        other => panic!("expected a bad reply, got {other:?}"),
    }
}

#[test]
fn malformed_replies() {
    assert!(bad_reply(&Responder::fixed(vec![0x24; 20])).contains("48 bytes"));
    assert!(bad_reply(&Responder::fixed(vec![])).contains("48 bytes"));
    // 48 bytes of a plausible header that answers no request of ours.
    let mut junk = vec![0x24, 2, 6, 0xec];
    junk.extend((0..44u8).map(|i| i.wrapping_mul(37)));
    assert!(bad_reply(&Responder::fixed(junk)).contains("other request"));
}

#[test]
fn wrong_mode_and_version() {
    let echo_as_client = ReplySpec {
        mode: 3,
        ..Default::default()
    };
    assert!(bad_reply(&Responder::with_spec(echo_as_client, 0)).contains("mode"));
    for version in [0, 5, 7] {
        let spec = ReplySpec {
            version,
            ..Default::default()
        };
        assert!(bad_reply(&Responder::with_spec(spec, 0)).contains("version"));
    }
    // NTPv3 servers still exist and are accepted.
    let v3 = ReplySpec {
        version: 3,
        ..Default::default()
    };
    let c = check(&Responder::with_spec(v3, 77_400)).expect("an NTPv3 reply is read");
    assert!(
        (c.offset_ms - 77_400).abs() < 50,
        "NTPv3: served 77400 ms, measured {} ms",
        c.offset_ms
    );
}

#[test]
fn zero_transmit_timestamp() {
    let spec = ReplySpec {
        zero_transmit: true,
        ..Default::default()
    };
    assert!(bad_reply(&Responder::with_spec(spec, 0)).contains("transmit"));
}

#[test]
fn unsynchronized_server() {
    for spec in [
        ReplySpec {
            li: 3,
            ..Default::default()
        },
        ReplySpec {
            stratum: 16,
            ..Default::default()
        },
    ] {
        let e = check(&Responder::with_spec(spec, 0)).unwrap_err();
        assert!(
            matches!(e, Error::ClockServerUnsynchronized { .. }),
            "{e:?}"
        );
    }
}

#[test]
fn silent_server_times_out() {
    let r = Responder::silent();
    let opts = ClockCheckOptions {
        timeout: Duration::from_millis(300),
        ..options(r.server())
    };
    let started = Instant::now();
    let e = check_clock(&opts).unwrap_err();
    assert!(started.elapsed() >= Duration::from_millis(300));
    match &e {
        Error::ClockTimeout {
            timeout_ms,
            address,
            ..
        } => {
            assert_eq!(*timeout_ms, 300);
            assert_eq!(address, &r.server());
        }
        other => panic!("{other:?}"),
    }
    assert!(e.to_string().contains("within 300 ms"), "{e}");
    assert_eq!(r.requests(), 1);
}

#[test]
fn nothing_listening_is_refused_at_once() {
    let addr = closed_port();
    let e = check_clock(&options(addr.to_string())).unwrap_err();
    match &e {
        Error::ClockUnreachable { reason, .. } => assert!(reason.contains("refused"), "{e}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn host_names_resolve_through_the_hosts_file() {
    let r = Responder::with_offset_ms(0);
    let c = check_clock(&options(format!("localhost:{}", r.addr().port()))).unwrap();
    assert_eq!(c.address, r.addr());
    assert_eq!(c.server, format!("localhost:{}", r.addr().port()));
}

#[test]
fn bad_options_fail_before_any_traffic() {
    let r = Responder::with_offset_ms(0);
    let bad = ClockCheckOptions {
        timeout: Duration::ZERO,
        ..options(r.server())
    };
    assert!(matches!(check_clock(&bad), Err(Error::InvalidOption(_))));
    let bad = options(format!("{}:notaport", r.addr().ip()));
    assert!(matches!(
        check_clock(&bad),
        Err(Error::ClockServerInvalid { .. })
    ));
    assert_eq!(r.requests(), 0);
}
