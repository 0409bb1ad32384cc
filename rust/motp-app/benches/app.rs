//! What a shell pays per tick: `update(Tick)` + `view()` for a list of 200 tokens, every one
//! showing its code (the PIN remembered), from Rust. Target: under 1 ms.
//!
//! `cargo bench -p motp-app --bench app`

#![allow(clippy::unwrap_used, missing_docs)]

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use motp_app::UnlockEvent;
use motp_app::{App, AppConfig, Effect, Event, KdfChoice, Screen};
use motp_core::Secret;
use motp_core::vault::{KdfParams, NewToken, Password, PinSetup, Vault};

const T0: i64 = 1_700_000_000_000;

/// Runs every job an update returned, feeding the outcomes back.
fn settle(app: &mut App, fx: Vec<Effect>) {
    for e in fx {
        if let Effect::RunJob { job } = e {
            let more = app
                .update(Event::JobFinished {
                    outcome: job.run(),
                    now_ms: T0,
                })
                .unwrap();
            settle(app, more);
        }
    }
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tokens.motp");
    let pw = Password::new("bench").unwrap();
    let mut vault = Vault::create(&path, &pw, KdfParams::INSECURE_FAST_FOR_TESTS).unwrap();
    for i in 0..200 {
        let mut t = NewToken::new(
            Some("VPN"),
            &format!("user{i:03}"),
            Secret::new(&format!("{:016x}", 0x0123_4567_89ab_0000u64 + i)).unwrap(),
        );
        t.pin = PinSetup::Remember(motp_core::Pin::new("1234").unwrap());
        vault.add(t, T0).unwrap();
    }
    vault.save().unwrap();
    drop(vault);

    let mut config = AppConfig::new(path.to_str().unwrap(), "en");
    config.kdf = KdfChoice::InsecureFastForTests;
    config.settings.lock_after_inactivity_minutes = 0;
    let mut app = App::new(config);
    let fx = app.update(Event::Started { now_ms: T0 }).unwrap();
    settle(&mut app, fx);
    let fx = app
        .update(Event::Unlock(UnlockEvent::UnlockWithPassword {
            password: "bench".into(),
            now_ms: T0,
        }))
        .unwrap();
    settle(&mut app, fx);
    match app.view().screen {
        Screen::List { view: l } => {
            assert!(l.rows.len() == 200 && l.rows.iter().all(|r| r.code.is_some()))
        }
        other => panic!("{other:?}"),
    }

    let mut t = T0;
    c.bench_function("tick + view, 200 tokens", |b| {
        b.iter(|| {
            t += 1000;
            let fx = app.update(Event::Tick { now_ms: t }).unwrap();
            black_box(fx);
            black_box(app.view())
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
