//! The clock check against a real NTP server: Debian's chronyd on loopback (see
//! support/chrony.rs for the invocation). These tests FAIL when chronyd is missing.

use motp_testkit as support;

use std::time::Duration;

use motp_core::Error;
use motp_core::clock::{ClockCheckOptions, ClockVerdict, check_clock};
use support::chrony::Chrony;

fn options(server: String, timeout: Duration) -> ClockCheckOptions {
    ClockCheckOptions {
        server,
        timeout,
        ..Default::default()
    }
}

#[test]
fn chronyd_serving_this_clock_measures_no_offset() {
    let chrony = Chrony::start("");
    // chronyd may need a moment after binding before it serves: retry briefly.
    let mut last = None;
    for _ in 0..20 {
        match check_clock(&options(chrony.server(), Duration::from_secs(2))) {
            Ok(c) => {
                last = Some(Ok(c));
                break;
            }
            Err(e) => {
                last = Some(Err(e));
                std::thread::sleep(Duration::from_millis(100));
            }
        }
    }
    let c = last
        .unwrap()
        .unwrap_or_else(|e| panic!("{e}\n{}", chrony.log()));
    assert!(c.offset_ms.abs() < 1_000, "offset {} ms", c.offset_ms);
    assert!(
        c.uncertainty_ms < 100,
        "uncertainty {} ms",
        c.uncertainty_ms
    );
    assert_eq!(c.verdict, ClockVerdict::Fine);
    assert_eq!(c.address, chrony.addr());
    assert_eq!(c.stratum, 8, "`local stratum 8`");
    assert_eq!(c.suggested_correction.0, 0);

    // Asked again, it answers again (no rate limit is configured).
    for _ in 0..3 {
        let again = check_clock(&options(chrony.server(), Duration::from_secs(2))).unwrap();
        assert!(again.offset_ms.abs() < 1_000);
    }
    assert!(
        chrony.log().contains("Disabled control of system clock"),
        "chronyd must run with -x:\n{}",
        chrony.log()
    );
}

#[test]
fn chronyd_denying_this_client_is_silence() {
    // chronyd drops requests from denied clients without a kiss-o'-death.
    // A server only opens its port when some client is allowed: allow the /8, deny us.
    let chrony = Chrony::start("allow 127.0.0.0/8\ndeny 127.0.0.1");
    let e = check_clock(&options(chrony.server(), Duration::from_millis(500))).unwrap_err();
    assert!(
        matches!(e, Error::ClockTimeout { .. }),
        "{e:?}\n{}",
        chrony.log()
    );
}
