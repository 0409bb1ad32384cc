//! Property tests of the list's tick scheduling: the core asks for exactly one tick per change
//! of the view, never late (nothing changes before the tick asked for) and never idle (the
//! view does change at it).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use motp_app::{AddEvent, DetailEvent, FirstRunEvent, ListEvent, TroubleshootingEvent};
use motp_app::{AppView, Destination, Effect, Event, PinPolicyChoice, TokenEdit};
use proptest::prelude::*;
use support::Shell;

/// A token of the generated list: whether it remembers its PIN, whether the user typed it
/// (asking tokens), its server tolerance.
#[derive(Debug, Clone)]
struct Tok {
    remember: bool,
    typed: bool,
    tolerance: u32,
}

fn tok() -> impl Strategy<Value = Tok> {
    (
        any::<bool>(),
        any::<bool>(),
        prop_oneof![Just(30u32), 0u32..120],
    )
        .prop_map(|(remember, typed, tolerance)| Tok {
            remember,
            typed,
            tolerance,
        })
}

/// A list with these tokens, the clock correction `correction_s`, at `now`.
fn setup(tokens: &[Tok], correction_s: i64, now: i64) -> Shell {
    let mut shell = Shell::new(now);
    let t = now;
    shell.send(Event::Started { now_ms: t });
    shell.send(Event::FirstRun(FirstRunEvent::CreateVault {
        password: "pw".into(),
        confirmation: "pw".into(),
        use_device_key: false,
        now_ms: t,
    }));
    for (i, tk) in tokens.iter().enumerate() {
        shell.send(Event::Navigate {
            to: Destination::Add,
            now_ms: t,
        });
        shell.send(Event::Add(AddEvent::ManualEntry {
            issuer: None,
            account: format!("user{i}"),
            secret: format!("{:016x}", 0x1234_5678_9abc + i).into(),
            now_ms: t,
        }));
        shell.send(Event::Add(AddEvent::PreviewAccepted { now_ms: t }));
        shell.send(Event::Add(AddEvent::PinPolicyChosen {
            policy: if tk.remember {
                PinPolicyChoice::Remember
            } else {
                PinPolicyChoice::Ask
            },
            pin: tk.remember.then(|| "4321".into()),
            keep_uri_pin: false,
            now_ms: t,
        }));
        shell.send(Event::Add(AddEvent::ConfirmAdd { now_ms: t }));
    }
    let ids: Vec<String> = match shell.view().screen {
        motp_app::Screen::List { view: l } => l.rows.into_iter().map(|r| r.id).collect(),
        other => panic!("{other:?}"),
    };
    for (id, tk) in ids.iter().zip(tokens) {
        if tk.tolerance != 30 {
            shell.send(Event::Navigate {
                to: Destination::Detail {
                    token_id: id.clone(),
                },
                now_ms: t,
            });
            shell.send(Event::Detail(DetailEvent::SaveEdit {
                token_id: id.clone(),
                edit: TokenEdit {
                    tolerance_seconds: Some(tk.tolerance),
                    ..TokenEdit::default()
                },
                now_ms: t,
            }));
        }
    }
    if correction_s != 0 {
        shell.send(Event::Navigate {
            to: Destination::Troubleshooting,
            now_ms: t,
        });
        shell.send(Event::Troubleshooting(TroubleshootingEvent::CheckClock {
            now_ms: t,
        }));
        let request = shell.pending.network_time.take().unwrap();
        shell.send(Event::NetworkTimeAnswered {
            request,
            network_ms: t + correction_s * 1000,
            device_ms: t,
            uncertainty_ms: 10,
            source: "test".into(),
        });
        shell.send(Event::Troubleshooting(
            TroubleshootingEvent::ApplyClockCorrection { now_ms: t },
        ));
    }
    shell.send(Event::Back { now_ms: t });
    for (id, tk) in ids.iter().zip(tokens) {
        if !tk.remember && tk.typed {
            shell.send(Event::List(ListEvent::PinEntered {
                token_id: id.clone(),
                pin: "1111".into(),
                now_ms: t,
            }));
        }
    }
    shell
}

/// Delivers a tick at `t`: the view then, and the ticks it asked for.
fn tick(shell: &mut Shell, t: i64) -> (AppView, Vec<i64>) {
    let fx = shell.app.update(Event::Tick { now_ms: t }).unwrap();
    let asked = fx
        .iter()
        .filter_map(|e| match e {
            Effect::ScheduleTick { at_ms } => Some(*at_ms),
            _ => None,
        })
        .collect::<Vec<_>>();
    assert_eq!(asked.len(), fx.len(), "a tick causes no other effect");
    (shell.app.view(), asked)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn one_tick_per_change_never_late(
        tokens in prop::collection::vec(tok(), 0..5),
        correction_s in prop_oneof![Just(0i64), -400i64..400],
        start in 1_600_000_000_000i64..1_900_000_000_000,
        probes in prop::collection::vec(0.0f64..1.0, 3),
    ) {
        let mut shell = setup(&tokens, correction_s, start);
        let shows_codes = tokens.iter().any(|t| t.remember || t.typed);
        let (mut view, mut asked) = tick(&mut shell, start);
        let mut now = start;
        let mut next = shell.tick_at;
        if asked.is_empty() {
            // Nothing asked at this instant: the tick already asked for still holds.
            prop_assert!(next.is_some_and(|t| t > now));
        }
        // Follow 25 ticks (across at least two code steps when codes show).
        for _ in 0..25 {
            let Some(at) = next else { break };
            prop_assert!(at > now);
            if shows_codes {
                prop_assert!(at - now <= 1000, "a countdown changes every second");
            }
            // Never late: nothing changes before the tick asked for, and no new tick is
            // asked for in between.
            for p in &probes {
                let t = now + ((at - now - 1) as f64 * p) as i64;
                let (v, more) = tick(&mut shell, t);
                prop_assert!(more.is_empty(), "asked again at {t} before {at}: {more:?}");
                prop_assert_eq!(&v, &view, "the view changed at {} before the tick at {}", t, at);
            }
            let (v, more) = tick(&mut shell, at - 1);
            prop_assert!(more.is_empty());
            prop_assert_eq!(&v, &view);
            // One tick per change: the view changes at the tick, and exactly one is asked.
            let (v, more) = tick(&mut shell, at);
            prop_assert!(v != view, "the tick at {} changed nothing", at);
            prop_assert!(more.len() <= 1);
            if shows_codes && !shell.app.is_locked() {
                prop_assert_eq!(more.len(), 1, "the countdown goes on: one tick for its next change");
            }
            now = at;
            view = v;
            asked = more;
            next = asked.first().copied();
            if shell.app.is_locked() {
                break;
            }
        }
    }
}
