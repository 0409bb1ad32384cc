//! A sync with nothing changed, as a phone makes it: 1,000 tokens, the vault linked to a real
//! WebDAV server on loopback (Apache `mod_dav`, motp-testkit), "Sync now" → one conditional
//! `GET` answered `304 Not Modified` → the engine's step in its job → done. Sent with ureq in
//! the platform client's place. Target: one request, ≤ 50 ms.
//!
//! `cargo bench -p motp-app --bench sync` (needs Apache: `apt-get install apache2`)

#![allow(clippy::unwrap_used, missing_docs)]

use criterion::{Criterion, criterion_group, criterion_main};
use motp_app::{App, AppConfig, Effect, Event, KdfChoice, SettingsEvent, UnlockEvent};
use motp_core::Secret;
use motp_core::vault::{KdfParams, NewToken, Password, Vault};
use motp_testkit::webdav::{self, WebDav};

const T0: i64 = 1_700_000_000_000;

/// Carries out every effect an update returned (jobs in place, HTTP with ureq); how many HTTP
/// requests were sent.
fn settle(app: &mut App, agent: &ureq::Agent, fx: Vec<Effect>) -> usize {
    let mut sent = 0;
    for e in fx {
        let event = match e {
            Effect::RunJob { job } => Event::JobFinished {
                outcome: job.run(),
                now_ms: T0,
            },
            Effect::SendHttp { request, call } => {
                sent += 1;
                let mut b = ureq::http::Request::builder()
                    .method(call.method.as_str())
                    .uri(&call.url);
                for h in &call.headers {
                    b = b.header(&h.name, &h.value);
                }
                if let Some(a) = &call.authorization {
                    b = b.header("Authorization", a.expose());
                }
                let mut r = agent
                    .run(b.body(call.body.expose().to_vec()).unwrap())
                    .unwrap();
                let etag = r
                    .headers()
                    .get("ETag")
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned);
                Event::HttpAnswered {
                    request,
                    status: r.status().as_u16(),
                    etag,
                    body: r.body_mut().read_to_vec().unwrap_or_default().into(),
                    now_ms: T0,
                }
            }
            _ => continue,
        };
        let more = app.update(event).unwrap();
        sent += settle(app, agent, more);
    }
    sent
}

fn bench(c: &mut Criterion) {
    let server = WebDav::start();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tokens.motp");
    let pw = Password::new("bench").unwrap();
    let mut vault = Vault::create(&path, &pw, KdfParams::INSECURE_FAST_FOR_TESTS).unwrap();
    for i in 0..1000u64 {
        let t = NewToken::new(
            Some("VPN"),
            &format!("user{i:04}"),
            Secret::new(&format!("{:016x}", 0x0123_4567_89ab_0000u64 + i)).unwrap(),
        );
        vault.add(t, T0).unwrap();
    }
    vault.save().unwrap();
    drop(vault);

    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .allow_non_standard_methods(true)
        .build()
        .new_agent();
    let mut config = AppConfig::new(path.to_str().unwrap(), "en");
    config.kdf = KdfChoice::InsecureFastForTests;
    config.settings.lock_after_inactivity_minutes = 0;
    let mut app = App::new(config);
    let fx = app.update(Event::Started { now_ms: T0 }).unwrap();
    settle(&mut app, &agent, fx);
    let fx = app
        .update(Event::Unlock(UnlockEvent::UnlockWithPassword {
            password: "bench".into(),
            now_ms: T0,
        }))
        .unwrap();
    settle(&mut app, &agent, fx);
    let fx = app
        .update(Event::Navigate {
            to: motp_app::Destination::Settings,
            now_ms: T0,
        })
        .unwrap();
    settle(&mut app, &agent, fx);
    let fx = app
        .update(Event::Settings(SettingsEvent::SetUpSync {
            url: server.url("bench/vault.motp"),
            user: webdav::USER.into(),
            password: webdav::PASSWORD.into(),
            now_ms: T0,
        }))
        .unwrap();
    let first = settle(&mut app, &agent, fx);
    println!("first sync of 1,000 tokens: {first} requests");

    c.bench_function(
        "sync with nothing changed, 1,000 tokens, loopback WebDAV",
        |b| {
            b.iter(|| {
                let fx = app
                    .update(Event::Settings(SettingsEvent::SyncNow { now_ms: T0 }))
                    .unwrap();
                let sent = settle(&mut app, &agent, fx);
                assert_eq!(sent, 1, "one conditional request");
            })
        },
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
