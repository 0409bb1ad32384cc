//! `motp clock` against test NTP servers on loopback (and a real chronyd), and
//! `motp secret check`, run as a user would. Nothing leaves 127.0.0.1.

use motp_testkit as support;

use assert_cmd::Command;
use serde_json::Value;
use support::chrony::Chrony;
use support::ntp_packet::ReplySpec;
use support::responder::{Responder, closed_port};

fn motp() -> Command {
    Command::cargo_bin("motp").expect("the motp binary is built")
}

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).expect("stdout is JSON")
}

/// Runs `motp clock --server SERVER --json ARGS…`; returns the exit code and the JSON.
fn clock_json(server: &str, args: &[&str]) -> (i32, Value) {
    let out = motp()
        .args(["clock", "--server", server, "--json"])
        .args(args)
        .output()
        .expect("motp runs");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().expect("motp exited"), json(&out.stdout))
}

/// Runs `motp clock` expecting a failure; returns its one stderr line.
fn clock_error(args: &[&str]) -> String {
    let out = motp().arg("clock").args(args).output().expect("motp runs");
    let err = String::from_utf8(out.stderr).expect("UTF-8 stderr");
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert!(out.stdout.is_empty(), "{args:?} printed to stdout");
    assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    err
}

#[test]
fn clock_reports_a_known_offset() {
    let r = Responder::with_offset_ms(130_000);
    let (code, v) = clock_json(&r.server(), &[]);
    assert_eq!(code, 0, "drifting is not a failure");
    let offset = v["offset_ms"].as_i64().unwrap();
    assert!((offset - 130_000).abs() < 50, "{v}");
    assert_eq!(v["verdict"], "drifting");
    assert_eq!(v["suggested_correction_seconds"], 130);
    assert_eq!(v["window_seconds"], 180);
    assert_eq!(v["address"], r.server());
    assert!(v["uncertainty_ms"].as_u64().unwrap() < 50);
    assert!(v["advice"].as_str().unwrap().contains("+130 s"), "{v}");

    let r = Responder::with_offset_ms(-42_000);
    let (_, v) = clock_json(&r.server(), &[]);
    assert!(
        (v["offset_ms"].as_i64().unwrap() + 42_000).abs() < 50,
        "{v}"
    );
    assert_eq!(v["suggested_correction_seconds"], -42);
}

#[test]
fn clock_beyond_the_window_exits_1() {
    let r = Responder::with_offset_ms(-400_000);
    let (code, v) = clock_json(&r.server(), &[]);
    assert_eq!(code, 1);
    assert_eq!(v["verdict"], "codes_will_fail");
    // A server with a ±70-step (±11 min 40 s) window still takes these codes.
    let (code, v) = clock_json(&r.server(), &["--window", "70"]);
    assert_eq!(code, 0);
    assert_eq!(v["verdict"], "drifting");
}

#[test]
fn clock_text_output() {
    let r = Responder::with_offset_ms(0);
    let out = motp()
        .args(["clock", "--server", &r.server()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for label in [
        "server:",
        "offset:",
        "uncertainty:",
        "verdict:     fine",
        "correction:",
        "advice:",
    ] {
        assert!(text.contains(label), "{label} missing:\n{text}");
    }
}

#[test]
fn clock_errors_are_one_clear_line() {
    let kod = Responder::with_spec(ReplySpec::kiss(b"RATE"), 0);
    let err = clock_error(&["--server", &kod.server()]);
    assert!(err.contains("kiss-o'-death code RATE"), "{err}");
    assert!(err.contains("wait a few minutes"), "{err}");

    let silent = Responder::silent();
    let err = clock_error(&["--server", &silent.server(), "--timeout", "0.3"]);
    assert!(err.contains("no answer") && err.contains("300 ms"), "{err}");

    let short = Responder::fixed(vec![0x24; 10]);
    let err = clock_error(&["--server", &short.server()]);
    assert!(err.contains("48 bytes"), "{err}");

    let wrong_mode = Responder::with_spec(
        ReplySpec {
            mode: 3,
            ..Default::default()
        },
        0,
    );
    assert!(clock_error(&["--server", &wrong_mode.server()]).contains("mode"));

    let zero = Responder::with_spec(
        ReplySpec {
            zero_transmit: true,
            ..Default::default()
        },
        0,
    );
    assert!(clock_error(&["--server", &zero.server()]).contains("transmit timestamp"));

    let err = clock_error(&["--server", &closed_port().to_string()]);
    assert!(err.contains("refused"), "{err}");

    for (args, needle) in [
        (&["--server", "ntp://x"][..], "scheme"),
        (&["--server", "host:99999"][..], "65535"),
        (&["--timeout", "0"][..], "timeout"),
        (&["--timeout", "-1"][..], "not a timeout"),
        (&["--timeout", "61"][..], "60 s"),
        (&["--window", "9000"][..], "window"),
    ] {
        let err = clock_error(args);
        assert!(err.contains(needle), "{args:?}: {err}");
    }
}

#[test]
fn clock_against_chronyd() {
    let chrony = Chrony::start("");
    let mut result = None;
    for _ in 0..20 {
        let out = motp()
            .args(["clock", "--server", &chrony.server(), "--json"])
            .output()
            .unwrap();
        if out.status.success() {
            result = Some(json(&out.stdout));
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let v = result.unwrap_or_else(|| panic!("chronyd never answered:\n{}", chrony.log()));
    assert!(v["offset_ms"].as_i64().unwrap().abs() < 1_000, "{v}");
    assert_eq!(v["verdict"], "fine");
    assert_eq!(v["stratum"], 8);
}

fn secret_check(args: &[&str], stdin: &str) -> (i32, Value) {
    let out = motp()
        .args(["secret", "check", "--json"])
        .args(args)
        .write_stdin(stdin)
        .output()
        .expect("motp runs");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().expect("motp exited"), json(&out.stdout))
}

#[test]
fn secret_check_code_and_compare() {
    // sha256("0123456789abcdef") starts 9f9f51.
    let (code, v) = secret_check(&[], "0123 4567 89ab cdef\n");
    assert_eq!(code, 0);
    assert_eq!(v["check_code"], "9f9f51");
    assert_eq!(v["check_code_grouped"], "9f9 f51");
    assert_eq!(v["length"], 16);
    assert_eq!(v["is_hex"], true);
    assert_eq!(v["case"], "lower");
    assert_eq!(v["warnings"].as_array().unwrap().len(), 0);
    assert!(
        v.get("secret_grouped").is_none(),
        "no reveal without --reveal"
    );
    assert!(!v.to_string().contains("0123456789abcdef"));

    let (code, v) = secret_check(&["--compare", "9F9-F51"], "0123456789abcdef\n");
    assert_eq!(code, 0);
    assert_eq!(v["compare"]["match"], "exact");

    // The token has it in uppercase, the server in lowercase.
    let (code, v) = secret_check(&["--compare", "9f9 f51"], "0123456789ABCDEF\n");
    assert_eq!(code, 1);
    assert_eq!(v["compare"]["match"], "lowercase");
    assert_eq!(v["case"], "upper");
    assert_eq!(v["warnings"][0]["code"], "has_uppercase");
    assert!(
        v["compare"]["advice"]
            .as_str()
            .unwrap()
            .contains("lowercase")
    );

    let (code, v) = secret_check(&["--compare", "000000"], "0123456789abcdef\n");
    assert_eq!(code, 1);
    assert_eq!(v["compare"]["match"], "different");
}

#[test]
fn secret_check_reveal_and_text() {
    let (_, v) = secret_check(&["--reveal"], "0123456789abcdef\n");
    assert_eq!(v["secret_grouped"], "0123 4567 89ab cdef");

    let out = motp()
        .args(["secret", "check", "--compare", "9f9f51"])
        .write_stdin("0123456789abcdef\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("check code:  9f9 f51"), "{text}");
    assert!(text.contains("compare:     exact"), "{text}");
    assert!(!text.contains("0123456789abcdef"), "{text}");
}

#[test]
fn secret_check_bad_input() {
    for (args, stdin, needle) in [
        (
            &["--compare", "12345"][..],
            "0123456789abcdef\n",
            "5 hex characters",
        ),
        (
            &["--compare", "zzzzzz"][..],
            "0123456789abcdef\n",
            "not a hex digit",
        ),
        (&[][..], "\n", "secret is empty"),
        (&[][..], "", "input ended"),
    ] {
        let out = motp()
            .args(["secret", "check"])
            .args(args)
            .write_stdin(stdin)
            .output()
            .unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(out.stdout.is_empty());
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(!err.contains("0123456789abcdef"), "secret leaked: {err}");
    }
}
