#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! The troubleshooting walk for a stored token: typo guard, check code, diagnosis.

use motp_core::diagnose::DiagnoseOptions;
use motp_core::doctor::{ClockInput, StepId, StepStatus};
use motp_core::vault::{
    DoctorRequest, KdfParams, NewToken, Password, PinSetup, TypoGuardCheck, Vault,
};
use motp_core::{CheckCode, ClockCorrection, Code, Pin, Secret, code, time::counter_at_seconds};

const NOW: i64 = 1_700_000_000_000;

fn setup(dir: &std::path::Path) -> (Vault, motp_core::vault::TokenId) {
    let mut v = Vault::create(
        &dir.join("v.motp"),
        &Password::new("pw").unwrap(),
        KdfParams::INSECURE_FAST_FOR_TESTS,
    )
    .unwrap();
    let mut t = NewToken::new(
        Some("VPN"),
        "alice",
        Secret::new("0123456789abcdef").unwrap(),
    );
    t.pin = PinSetup::AskWithTypoGuard(Pin::new("1234").unwrap());
    let id = v.add(t, NOW).unwrap();
    (v, id)
}

fn request(pin: &str) -> DoctorRequest {
    DoctorRequest {
        pin: Some(Pin::raw(pin)),
        clock: ClockInput::NotChecked,
        admin_check_code: None,
        other_code: None,
        at_unix_ms: NOW,
        options: DiagnoseOptions::default(),
    }
}

fn step(r: &motp_core::DoctorReport, id: StepId) -> StepStatus {
    r.steps.iter().find(|s| s.id == id).unwrap().status
}

#[test]
fn a_pin_the_guard_rejects_is_the_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let (v, id) = setup(dir.path());
    // The guard keeps 4 bits: find a wrong PIN it certainly rejects (15 in 16 do).
    let wrong = (0..10_000)
        .map(|n| format!("{n:04}"))
        .find(|p| v.check_pin(id, &Pin::raw(p)).unwrap() == TypoGuardCheck::Mismatch)
        .unwrap();
    let r = v.doctor(id, request(&wrong)).unwrap();
    assert_eq!(step(&r, StepId::Pin), StepStatus::Problem);
    assert_eq!(r.verdict.cause, Some(StepId::Pin));
    let ok = v.doctor(id, request("1234")).unwrap();
    assert_eq!(step(&ok, StepId::Pin), StepStatus::Ok);
    // No PIN typed: the guard could not check, and the step says so.
    let mut none = request("");
    none.pin = None;
    let r = v.doctor(id, none).unwrap();
    let pin = r.steps.iter().find(|s| s.id == StepId::Pin).unwrap();
    assert!(pin.message.contains("No PIN was typed"), "{}", pin.message);
}

#[test]
fn admin_check_code_and_other_token_code() {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, id) = setup(dir.path());
    // The administrator's copy is uppercase: its check code differs, and a code made with it
    // is diagnosed as a letter-case mismatch.
    let upper = Secret::new("0123456789ABCDEF").unwrap();
    let mut req = request("1234");
    req.admin_check_code = Some(CheckCode::of(&upper));
    let c = code(
        &upper,
        &Pin::raw("1234"),
        counter_at_seconds(1_700_000_000).unwrap(),
    );
    req.other_code = Some(c);
    let r = v.doctor(id, req).unwrap();
    assert_eq!(step(&r, StepId::Secret), StepStatus::Problem);
    assert_eq!(r.verdict.cause, Some(StepId::Secret));
    assert!(r.diagnosis.is_some());

    // With a clock correction of +300 s, the other token's code from the same instant is
    // judged at the corrected time: 5 minutes behind it.
    v.set_clock_correction(ClockCorrection(300)).unwrap();
    let mut req = request("1234");
    req.other_code = Some(code(
        &Secret::new("0123456789abcdef").unwrap(),
        &Pin::raw("1234"),
        counter_at_seconds(1_700_000_000).unwrap(),
    ));
    let r = v.doctor(id, req).unwrap();
    assert_eq!(r.diagnosis.unwrap().offset_seconds, Some(-300));
}

#[test]
fn other_code_needs_a_pin() {
    let dir = tempfile::tempdir().unwrap();
    let (v, id) = setup(dir.path());
    let mut req = request("1234");
    req.pin = None;
    req.other_code = Some(Code::parse("abcdef").unwrap());
    assert!(matches!(
        v.doctor(id, req),
        Err(motp_core::Error::PinRequired)
    ));
}
