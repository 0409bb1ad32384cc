#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! `motp clock --apply/--clear` and `motp doctor`, run as a user would, against a real vault
//! in a temporary folder and test NTP servers on 127.0.0.1 (nothing leaves the machine), or
//! with `--no-clock`.

use motp_testkit as support;

mod cli_env;

use cli_env::{Env, fails_with, stderr, stdout};
use motp_core::{Pin, Secret, time::counter_at_seconds};
use serde_json::Value;
use support::responder::{Responder, closed_port};

const SECRET: &str = "0123456789abcdef";
/// The check code of SECRET (docs/troubleshooting.md: `0123456789abcdef` → `9f9 f51`).
const CHECK_CODE: &str = "9f9 f51";
const T: i64 = 1_700_000_000;

/// The code of SECRET with `pin` at unix time `at`, computed by the engine directly.
fn code_at(pin: &str, at: i64) -> String {
    motp_core::code(
        &Secret::new(SECRET).unwrap(),
        &Pin::raw(pin),
        counter_at_seconds(at).unwrap(),
    )
    .as_str()
    .to_owned()
}

/// Runs `motp ARGS` on `env` with `stdin`; returns the exit code and stdout as JSON.
fn run_json(env: &Env, args: &[&str], stdin: &str) -> (i32, Value) {
    let out = env.motp().args(args).write_stdin(stdin).output().unwrap();
    assert!(
        out.status.code() != Some(2),
        "motp {args:?} failed: {}",
        stderr(&out)
    );
    let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(&out)));
    (out.status.code().unwrap(), v)
}

#[test]
fn clock_apply_stores_the_correction_that_codes_then_use() {
    let env = Env::new();
    env.add("alice", SECRET, Some("6666"));
    let behind = Responder::with_offset_ms(130_000);

    // A wrong vault password fails before any request is sent.
    fails_with(
        env.motp()
            .env("MOTP_PASSWORD", "wrong")
            .args(["clock", "--apply", "--server", &behind.server()])
            .output()
            .unwrap(),
        "wrong password",
    );
    assert_eq!(behind.requests(), 0);

    let (code, v) = run_json(
        &env,
        &["clock", "--apply", "--json", "--server", &behind.server()],
        "",
    );
    assert_eq!(code, 0);
    assert_eq!(v["verdict"], "drifting");
    assert_eq!(v["applied"]["correction_seconds"], 130);
    assert_eq!(v["applied"]["previous_correction_seconds"], 0);

    // list says so; code uses it: the code at T is the code at T + 130 s.
    let list = env.ok(&["list"], "");
    assert!(
        list.contains("clock correction: +130 s (set by motp clock --apply"),
        "{list}"
    );
    let v = env.json(&["code", "alice", "--at", &T.to_string(), "--json"], "");
    assert_eq!(v["clock_correction_seconds"], 130);
    assert_eq!(v["code"], code_at("6666", T + 130));
    assert_ne!(v["code"], code_at("6666", T));
    // A pipe still gets the code alone.
    assert_eq!(
        env.ok(&["code", "alice", "--at", &T.to_string()], "")
            .lines()
            .count(),
        1
    );

    // Beyond the window: exit 1 without --apply, 0 once the correction is stored.
    let ahead = Responder::with_offset_ms(-400_000);
    let out = env
        .motp()
        .args(["clock", "--server", &ahead.server()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = env
        .motp()
        .args(["clock", "--apply", "--server", &ahead.server()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("stored:      a clock correction of -400 s in the vault (was +130 s)"),
        "{text}"
    );

    // A fine clock stores no correction, which also undoes the old one.
    let right = Responder::with_offset_ms(0);
    let (_, v) = run_json(
        &env,
        &["clock", "--apply", "--json", "--server", &right.server()],
        "",
    );
    assert_eq!(v["applied"]["correction_seconds"], 0);
    assert_eq!(v["applied"]["previous_correction_seconds"], -400);
    assert!(!env.ok(&["list"], "").contains("clock correction"));

    // --clear resets it without asking a time server.
    env.ok(&["clock", "--apply", "--server", &behind.server()], "");
    let v = env.json(&["clock", "--clear", "--json"], "");
    assert_eq!(v["correction_seconds"], 0);
    assert_eq!(v["previous_correction_seconds"], 130);
    assert!(
        env.ok(&["clock", "--clear"], "")
            .contains("no clock correction was stored")
    );
    assert_eq!(
        env.json(&["code", "alice", "--at", &T.to_string(), "--json"], "")["code"],
        code_at("6666", T)
    );
    fails_with(
        env.motp()
            .args(["clock", "--clear", "--server", "127.0.0.1:9"])
            .output()
            .unwrap(),
        "cannot be used with",
    );
    // A failed check stores nothing.
    env.ok(&["clock", "--apply", "--server", &behind.server()], "");
    fails_with(
        env.motp()
            .args(["clock", "--apply", "--server", &closed_port().to_string()])
            .output()
            .unwrap(),
        "refused",
    );
    assert!(env.ok(&["list"], "").contains("+130 s"));
}

/// A vault with "VPN:alice" (typo guard on PIN 1234) and "bob" (remembers PIN 6666).
fn guarded() -> Env {
    let env = Env::new();
    env.ok(
        &["add", "VPN:alice", "--typo-guard"],
        &format!("{SECRET}\n1234\n"),
    );
    env.add("bob", SECRET, Some("6666"));
    env
}

/// A PIN the typo guard of `name` rejects (15 of 16 wrong PINs are).
fn rejected_pin(env: &Env, name: &str) -> String {
    (0..100)
        .map(|n| format!("{:04}", 1235 + n))
        .find(|pin| {
            env.json(
                &["code", name, "--at", &T.to_string(), "--json"],
                &format!("{pin}\n"),
            )["typo_guard"]
                == "mismatch"
        })
        .expect("one of 100 wrong PINs fails a 4-bit guard")
}

#[test]
fn doctor_walks_the_four_steps_without_the_network() {
    let env = guarded();
    let at = T.to_string();

    // The right PIN, nothing else: no cause, the clock skipped, the check code shown.
    let out = env
        .motp()
        .args(["doctor", "alice", "--no-clock"])
        .write_stdin("1234\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    for want in [
        "doctor for VPN:alice (log in as \"alice\")",
        "1. clock   skipped  The device clock was not checked.",
        "2. secret  ok",
        "3. pin     ok       The PIN typed passes the typo guard.",
        "4. code    skipped",
        "verdict:    Nothing checked is wrong, but some steps were skipped (clock, code).",
        "what to do: Run the clock check",
        &format!("check code: {CHECK_CODE}"),
    ] {
        assert!(text.contains(want), "{want:?} missing:\n{text}");
    }

    // A PIN the guard rejects: the PIN is the cause, exit 1.
    let wrong = rejected_pin(&env, "alice");
    let (code, v) = run_json(
        &env,
        &["doctor", "alice", "--no-clock", "--json"],
        &format!("{wrong}\n"),
    );
    assert_eq!(code, 1);
    assert_eq!(v["cause"], "pin");
    assert_eq!(v["steps"][2]["id"], "pin");
    assert_eq!(v["steps"][2]["status"], "problem");
    assert_eq!(v["clock"], Value::Null);
    assert_eq!(v["secret"]["check_code_grouped"], CHECK_CODE);
    assert!(v["fix"].as_str().unwrap().contains("PIN again"), "{v}");

    // An empty line skips the PIN: the step says the guard could not check.
    let (code, v) = run_json(&env, &["doctor", "alice", "--no-clock", "--json"], "\n");
    assert_eq!(code, 0);
    assert!(
        v["steps"][2]["message"]
            .as_str()
            .unwrap()
            .contains("No PIN was typed"),
        "{v}"
    );

    // The code the token showed at T: right; the code of a clock 400 s ahead: the clock.
    let right = code_at("1234", T);
    let (code, v) = run_json(
        &env,
        &[
            "doctor",
            "alice",
            "--no-clock",
            "--json",
            "--code",
            &right,
            "--at",
            &at,
        ],
        "1234\n",
    );
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["diagnosis"]["cause"], "match");
    assert_eq!(v["steps"][3]["status"], "ok");
    let drifted = code_at("1234", T + 400);
    let (code, v) = run_json(
        &env,
        &[
            "doctor",
            "alice",
            "--no-clock",
            "--json",
            "--code",
            &drifted,
            "--at",
            &at,
        ],
        "1234\n",
    );
    assert_eq!(code, 1);
    assert_eq!(v["cause"], "clock");
    assert_eq!(v["diagnosis"]["cause"], "clock_drift");
    assert_eq!(v["diagnosis"]["offset_seconds"], 400);

    // The administrator's check code: the same secret, or another one.
    let (code, v) = run_json(
        &env,
        &[
            "doctor",
            "bob",
            "--no-clock",
            "--json",
            "--admin-check-code",
            CHECK_CODE,
        ],
        "",
    );
    assert_eq!(code, 0, "bob remembers his PIN: nothing is read: {v}");
    assert_eq!(v["steps"][1]["status"], "ok");
    let (code, v) = run_json(
        &env,
        &[
            "doctor",
            "bob",
            "--no-clock",
            "--json",
            "--admin-check-code",
            "000 000",
        ],
        "",
    );
    assert_eq!(code, 1);
    assert_eq!(v["cause"], "secret");
    assert_eq!(v["steps"][1]["status"], "problem");
}

#[test]
fn doctor_runs_the_clock_check_and_survives_its_failure() {
    let env = guarded();
    let ahead = Responder::with_offset_ms(-400_000);
    let (code, v) = run_json(
        &env,
        &["doctor", "bob", "--json", "--server", &ahead.server()],
        "",
    );
    assert_eq!(code, 1);
    assert_eq!(v["cause"], "clock");
    assert_eq!(v["steps"][0]["status"], "problem");
    assert_eq!(v["clock"]["verdict"], "codes_will_fail");
    assert_eq!(v["clock"]["suggested_correction_seconds"], -400);

    // With that correction stored, the same clock is fine for the token.
    env.ok(&["clock", "--apply", "--server", &ahead.server()], "");
    let (code, v) = run_json(
        &env,
        &["doctor", "bob", "--json", "--server", &ahead.server()],
        "",
    );
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["steps"][0]["status"], "ok");

    // A time server that never answers: reported in the clock step, not a crash.
    let silent = Responder::silent();
    let out = env
        .motp()
        .args([
            "doctor",
            "bob",
            "--server",
            &silent.server(),
            "--timeout",
            "0.2",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("1. clock   skipped  The clock could not be checked: no answer"),
        "{text}"
    );
}

#[test]
fn doctor_refusals_are_one_line_before_any_password() {
    let env = guarded();
    let wrong_pw = |args: &[&str], needle: &str| {
        fails_with(
            env.motp()
                .env("MOTP_PASSWORD", "wrong")
                .arg("doctor")
                .args(args)
                .output()
                .unwrap(),
            needle,
        )
    };
    wrong_pw(&["bob", "--code", "xyz"], "code");
    wrong_pw(&["bob", "--admin-check-code", "zz"], "check code");
    wrong_pw(&["bob", "--server", "a b"], "HOST");
    wrong_pw(&["bob", "--window", "100000"], "smaller --window");
    wrong_pw(&["bob", "--timeout", "120"], "timeout");
    wrong_pw(&["bob"], "wrong password");
    fails_with(
        env.motp()
            .args(["doctor", "bob", "--at", "1700000000"])
            .output()
            .unwrap(),
        "--code",
    );
    fails_with(
        env.motp()
            .args(["doctor", "bob", "--no-clock", "--server", "x"])
            .output()
            .unwrap(),
        "cannot be used with",
    );
    fails_with(
        env.motp()
            .args(["doctor", "nobody", "--no-clock"])
            .output()
            .unwrap(),
        "no token matches \"nobody\"",
    );
    // A code to diagnose for a token that asks for its PIN needs the PIN.
    fails_with(
        env.motp()
            .args(["doctor", "alice", "--no-clock", "--code", "abcdef"])
            .write_stdin("\n")
            .output()
            .unwrap(),
        "type the PIN to have --code diagnosed",
    );
}
