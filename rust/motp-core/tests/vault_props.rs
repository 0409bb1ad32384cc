#![allow(clippy::unwrap_used)] // test helpers: a failed setup should stop loudly
//! Random operation sequences: a plain in-memory model and the vault must agree, before and
//! after every save and reopen.

use motp_core::vault::{
    KdfParams, NewToken, Password, PinPolicy, PinSetup, TokenId, TokenUpdate, Vault,
};
use motp_core::{ClockCorrection, Pin, Secret};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Add {
        issuer: Option<&'static str>,
        account: String,
        secret: String,
        pin: PinChoice,
        note: Option<String>,
    },
    Remove(usize),
    Update {
        at: usize,
        account: Option<String>,
        note: Option<Option<String>>,
        pin: Option<PinChoice>,
        tolerance: Option<u32>,
    },
    Move(usize, usize),
    Clock(i64),
    Used(usize, i64),
    Save,
    Reopen,
}

#[derive(Debug, Clone)]
enum PinChoice {
    Ask,
    Guard(String),
    Remember(String),
}

impl PinChoice {
    fn setup(&self) -> PinSetup {
        match self {
            PinChoice::Ask => PinSetup::Ask,
            PinChoice::Guard(p) => PinSetup::AskWithTypoGuard(Pin::new(p).unwrap()),
            PinChoice::Remember(p) => PinSetup::Remember(Pin::new(p).unwrap()),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
struct ModelToken {
    id: TokenId,
    issuer: Option<String>,
    account: String,
    secret: String,
    policy: PinPolicy,
    pin: Option<String>,
    guard: bool,
    tolerance: u32,
    note: Option<String>,
    last_used: Option<i64>,
}

fn pin_choice() -> impl Strategy<Value = PinChoice> {
    prop_oneof![
        Just(PinChoice::Ask),
        "[0-9]{4,8}".prop_map(PinChoice::Guard),
        "[0-9]{4,8}".prop_map(PinChoice::Remember),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (
            prop::option::of(prop::sample::select(vec!["ACME", "Other VPN", "Ünïcode"])),
            "[a-zA-Z0-9._@-]{1,12}",
            "[0-9a-fA-F]{16}|[0-9a-f]{32}|[!-~]{6,40}",
            pin_choice(),
            prop::option::of("[ -~]{0,30}"),
        )
            .prop_map(|(issuer, account, secret, pin, note)| Op::Add {
                issuer,
                account,
                secret,
                pin,
                note
            }),
        1 => any::<usize>().prop_map(Op::Remove),
        2 => (
            any::<usize>(),
            prop::option::of("[a-z]{1,8}"),
            prop::option::of(prop::option::of("[a-z ]{1,20}")),
            prop::option::of(pin_choice()),
            prop::option::of(0u32..600),
        )
            .prop_map(|(at, account, note, pin, tolerance)| Op::Update {
                at,
                account,
                note,
                pin,
                tolerance
            }),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Op::Move(a, b)),
        1 => (-3600i64..3600).prop_map(Op::Clock),
        1 => (any::<usize>(), 0i64..2_000_000_000_000).prop_map(|(a, t)| Op::Used(a, t)),
        1 => Just(Op::Save),
        2 => Just(Op::Reopen),
    ]
}

fn compare(v: &Vault, model: &[ModelToken], clock: i64) {
    assert_eq!(v.settings().clock_correction, ClockCorrection(clock));
    let list = v.list();
    assert_eq!(list.len(), model.len());
    for (i, (t, m)) in list.iter().zip(model).enumerate() {
        assert_eq!(t.order, i);
        assert_eq!(t.id, m.id);
        assert_eq!(t.issuer, m.issuer);
        assert_eq!(t.account, m.account);
        assert_eq!(t.pin_policy, m.policy);
        assert_eq!(t.typo_guard, m.guard);
        assert_eq!(t.tolerance_seconds, m.tolerance);
        assert_eq!(t.note, m.note);
        assert_eq!(t.last_used_ms, m.last_used);
        assert_eq!(v.reveal_secret(t.id).unwrap().expose(), m.secret);
        assert_eq!(
            v.reveal_pin(t.id).unwrap().map(|p| p.expose().to_owned()),
            m.pin
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn model_and_vault_agree(ops in prop::collection::vec(op(), 1..30)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.motp");
        let password = Password::new("pw").unwrap();
        let mut v = Vault::create(&path, &password, KdfParams::INSECURE_FAST_FOR_TESTS).unwrap();
        let mut model: Vec<ModelToken> = Vec::new();
        let mut clock = 0i64;
        let mut saved: (Vec<ModelToken>, i64) = (Vec::new(), 0);
        // "Last used" is recorded at once (the side record), saved or not, and only moves
        // forward: a plain map of the latest time per token, kept across reopening.
        let mut used: std::collections::HashMap<TokenId, i64> = std::collections::HashMap::new();
        for (step, op) in ops.into_iter().enumerate() {
            let now = 1_000 + step as i64;
            match op {
                Op::Add { issuer, account, secret, pin, note } => {
                    let mut t = NewToken::new(issuer, &account, Secret::new(&secret).unwrap());
                    t.pin = pin.setup();
                    t.note = note.clone();
                    let id = v.add(t, now).unwrap();
                    let (policy, stored, guard) = match pin {
                        PinChoice::Ask => (PinPolicy::Ask, None, false),
                        PinChoice::Guard(_) => (PinPolicy::Ask, None, true),
                        PinChoice::Remember(p) => (PinPolicy::Remember, Some(p), false),
                    };
                    model.push(ModelToken {
                        id,
                        issuer: issuer.map(Into::into),
                        account,
                        secret,
                        policy,
                        pin: stored,
                        guard,
                        tolerance: 30,
                        note: note.filter(|n| !n.trim().is_empty()),
                        last_used: None,
                    });
                }
                Op::Remove(i) if !model.is_empty() => {
                    let m = model.remove(i % model.len());
                    v.remove(m.id).unwrap();
                }
                Op::Update { at, account, note, pin, tolerance } if !model.is_empty() => {
                    let m = &mut model[at % v.len()];
                    v.update(m.id, TokenUpdate {
                        issuer: None,
                        account: account.clone(),
                        note: note.clone(),
                        pin: pin.as_ref().map(PinChoice::setup),
                        tolerance_seconds: tolerance,
                        ..TokenUpdate::default()
                    }, now).unwrap();
                    if let Some(a) = account { m.account = a; }
                    if let Some(n) = note { m.note = n.filter(|n| !n.trim().is_empty()); }
                    if let Some(t) = tolerance { m.tolerance = t; }
                    match pin {
                        None => {}
                        Some(PinChoice::Ask) => { m.policy = PinPolicy::Ask; m.pin = None; m.guard = false; }
                        Some(PinChoice::Guard(_)) => { m.policy = PinPolicy::Ask; m.pin = None; m.guard = true; }
                        Some(PinChoice::Remember(p)) => { m.policy = PinPolicy::Remember; m.pin = Some(p); m.guard = false; }
                    }
                }
                Op::Move(a, b) if !model.is_empty() => {
                    let m = model.remove(a % model.len());
                    let to = b % (model.len() + 1);
                    v.move_token(m.id, to).unwrap();
                    model.insert(to, m);
                }
                Op::Clock(c) => {
                    v.set_clock_correction(ClockCorrection(c)).unwrap();
                    clock = c;
                }
                Op::Used(i, t) if !model.is_empty() => {
                    let m = &mut model[i % v.len()];
                    v.mark_used(m.id, t).unwrap();
                    let latest = used.entry(m.id).or_insert(t);
                    *latest = (*latest).max(t);
                }
                Op::Save => {
                    v.save().unwrap();
                    saved = (model.clone(), clock);
                }
                Op::Reopen => {
                    // Unsaved changes are lost on reopen, exactly as the model says.
                    v = Vault::open_with_password(&path, &password).unwrap().vault;
                    prop_assert!(!v.has_unsaved_changes());
                    model = saved.0.clone();
                    clock = saved.1;
                }
                _ => {}
            }
            for m in &mut model {
                m.last_used = used.get(&m.id).copied();
            }
            compare(&v, &model, clock);
        }
        v.save().unwrap();
        let reopened = Vault::open_with_password(&path, &password).unwrap().vault;
        prop_assert_eq!(reopened.list(), v.list());
        compare(&reopened, &model, clock);
    }
}
