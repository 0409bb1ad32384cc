//! Window to unlocked list of 200 tokens: how long the desktop app takes from start to a drawn
//! list, after the key derivation. Prints figures (median of runs); not a timed test.
//!
//! `cargo bench -p motp-desktop --bench unlock_list`
//!
//! A vault of 200 TOTP tokens is made once (cheap KDF). Each run then starts a fresh window
//! (`Desktop::new`: the core inspects the vault file), unlocks with the password (the unlock job
//! opens and decrypts the vault; with the cheap KDF the derivation itself is a few ms, measured
//! apart and subtracted), and draws the list with the software renderer (layout + a frame
//! rasterised by tiny-skia, as the window does).

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use iced::futures::StreamExt;
use iced::{Settings, Size, Task, Theme};
use motp_app::{
    AddEvent, AppConfig, Destination, Event, FirstRunEvent, KdfChoice, Screen, UnlockEvent,
};
use motp_desktop::{
    Capture, Clipboard, Desktop, Dialogs, FixedClock, GreyPlane, Message, Platform, SettingsFile,
    Stamped,
};

const NOW: i64 = 1_700_000_000_000;
const PASSWORD: &str = "bench password";
const TOKENS: usize = 200;
const RUNS: usize = 15;

struct Nothing;
impl Clipboard for Nothing {
    fn set_text(&mut self, _: &str, _: bool) -> Result<(), String> {
        Ok(())
    }
    fn clear_if_still(&mut self, _: &str) {}
    fn picture(&mut self) -> Result<Option<GreyPlane>, String> {
        Ok(None)
    }
}
impl Dialogs for Nothing {
    fn open_file(&self, _: &[&str]) -> Option<std::path::PathBuf> {
        None
    }
    fn save_file(&self, _: &str) -> Option<std::path::PathBuf> {
        None
    }
    fn pick_folder(&self) -> Option<std::path::PathBuf> {
        None
    }
}
impl Capture for Nothing {
    fn displays(&self) -> Result<Vec<GreyPlane>, String> {
        Ok(Vec::new())
    }
}

fn window(dir: &std::path::Path) -> (Desktop, Task<Message>) {
    let mut config = AppConfig::new(dir.join("tokens.motp").to_str().unwrap(), "en");
    config.kdf = KdfChoice::InsecureFastForTests;
    let platform = Platform {
        clipboard: Arc::new(Mutex::new(Nothing)),
        dialogs: Arc::new(Nothing),
        keys: None,
        capture: Arc::new(Nothing),
    };
    Desktop::new(
        config,
        Arc::new(FixedClock::at(NOW)),
        platform,
        SettingsFile::new(dir.join("settings.conf")),
    )
}

fn run(d: &mut Desktop, task: Task<Message>) {
    let Some(stream) = iced_test::runtime::task::into_stream(task) else {
        return;
    };
    let actions: Vec<_> = iced::futures::executor::block_on(stream.collect());
    for a in actions {
        if let iced_test::runtime::Action::Output(m) = a {
            let t = d.update(m);
            run(d, t);
        }
    }
}

fn send(d: &mut Desktop, e: Event) {
    let t = d.update(Message::Send(Stamped::new(move |_| e.clone())));
    run(d, t);
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    {
        let (mut d, t) = window(dir.path());
        run(&mut d, t);
        send(
            &mut d,
            Event::FirstRun(FirstRunEvent::CreateVault {
                password: PASSWORD.into(),
                confirmation: PASSWORD.into(),
                use_device_key: false,
                now_ms: NOW,
            }),
        );
        const B32: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        for i in 0..TOKENS {
            // A secret of its own each (the core refuses a duplicate without "add anyway").
            let secret = format!(
                "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQO{}{}",
                B32[i / 32] as char,
                B32[i % 32] as char
            );
            send(
                &mut d,
                Event::Navigate {
                    to: Destination::Add,
                    now_ms: NOW,
                },
            );
            send(
                &mut d,
                Event::Add(AddEvent::UriPasted {
                    uri: format!("otpauth://totp/Issuer{i}:user{i}?secret={secret}").into(),
                    now_ms: NOW,
                }),
            );
            send(
                &mut d,
                Event::Add(AddEvent::PreviewAccepted { now_ms: NOW }),
            );
            send(&mut d, Event::Add(AddEvent::ConfirmAdd { now_ms: NOW }));
        }
        match &d.app_view().screen {
            Screen::List { view } => assert_eq!(view.rows.len(), TOKENS),
            _ => panic!("not on the list"),
        }
    }
    let (mut start, mut unlock, mut draw, mut total) = (vec![], vec![], vec![], vec![]);
    for _ in 0..RUNS {
        let t0 = Instant::now();
        let (mut d, t) = window(dir.path());
        run(&mut d, t);
        let t1 = Instant::now();
        send(
            &mut d,
            Event::Unlock(UnlockEvent::UnlockWithPassword {
                password: PASSWORD.into(),
                now_ms: NOW,
            }),
        );
        let t2 = Instant::now();
        let rows = match &d.app_view().screen {
            Screen::List { view } => view.rows.len(),
            _ => 0,
        };
        assert_eq!(rows, TOKENS, "unlocked to the list");
        let mut ui = iced_test::Simulator::with_size(
            Settings::default(),
            Size::new(760.0, 1100.0),
            d.view(),
        );
        let _frame = ui.snapshot(&Theme::Light).unwrap();
        let t3 = Instant::now();
        start.push(t1 - t0);
        unlock.push(t2 - t1);
        draw.push(t3 - t2);
        total.push(t3 - t0);
    }
    // The cheap KDF alone, to subtract: the same derivation the unlock job runs.
    let mut kdf = vec![];
    let password = motp_core::vault::Password::new(PASSWORD).unwrap();
    for _ in 0..RUNS {
        let t = Instant::now();
        let _ =
            motp_core::vault::Vault::open_with_password(&dir.path().join("tokens.motp"), &password)
                .unwrap();
        kdf.push(t.elapsed());
    }
    println!("window to unlocked list of {TOKENS} tokens (median of {RUNS}):");
    println!(
        "  start (inspect the vault, first view):  {:?}",
        median(start)
    );
    println!(
        "  unlock (open + decrypt, cheap KDF):     {:?}",
        median(unlock)
    );
    println!(
        "  draw the list (layout + tiny-skia frame): {:?}",
        median(draw)
    );
    println!(
        "  total:                                  {:?}",
        median(total.clone())
    );
    println!(
        "  vault open alone (cheap KDF + decrypt): {:?}",
        median(kdf.clone())
    );
    println!(
        "  total minus the vault open:             {:?}",
        median(total).saturating_sub(median(kdf))
    );
    // Peak resident memory of this process: 200 tokens unlocked and drawn, 15 windows' worth.
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        for line in status
            .lines()
            .filter(|l| l.starts_with("VmHWM") || l.starts_with("VmRSS"))
        {
            println!("  {line}");
        }
    }
}
