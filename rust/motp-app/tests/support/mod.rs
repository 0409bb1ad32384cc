//! A fake shell for the scenario tests: it plays the phone's part — runs jobs (on a worker
//! thread, as a real shell does), keeps the one tick timer, the clipboard, saved files — with a
//! fake clock, against real vault files in a temporary directory.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use motp_app::{AddEvent, FirstRunEvent, SettingsEvent, TroubleshootingEvent};
use std::collections::VecDeque;

use motp_app::{
    AddStep, App, AppConfig, AppView, Destination, DeviceKeyConfig, Effect, Event, HapticKind,
    KdfChoice, ListView, PinPolicyChoice, Screen, SecretBytes,
};

// Not every test binary that includes this module reads fixtures.
#[allow(unused_imports)]
pub use motp_testkit::fixtures::{fixture, fixture_gz};

/// What the shell was asked to do and has not done yet (the test decides).
#[derive(Debug, Default)]
pub struct Pending {
    pub unwrap: Option<(u64, Vec<u8>)>,
    pub wrap: Option<(u64, SecretBytes)>,
    pub open_file: Option<u64>,
    pub save_file: Option<(u64, String, SecretBytes)>,
    pub save_to_folder: Option<(u64, String, SecretBytes)>,
    pub network_time: Option<u64>,
    /// The words of the last device-key prompt asked for.
    pub prompt: Option<motp_app::DeviceKeyPrompt>,
}

pub struct Shell {
    pub app: App,
    pub now_ms: i64,
    pub dir: tempfile::TempDir,
    pub tick_at: Option<i64>,
    pub ticks_asked: usize,
    pub camera_on: bool,
    pub clipboard: Option<(String, bool, Option<u64>)>,
    pub announcements: Vec<String>,
    /// Every vibration asked for, in order (a real shell plays them; rules about feedback are
    /// asserted on this list).
    pub haptics: Vec<HapticKind>,
    /// The name of every effect received, in order, jobs' follow-ups included.
    pub effects_seen: Vec<String>,
    pub persisted: Option<motp_app::AppSettings>,
    pub pending: Pending,
    pub jobs_run: usize,
    /// Every HTTP request sent (method, url), in order: a real client sends them
    /// ([`send_http`]), unless `offline`.
    pub http_sent: Vec<(String, String)>,
    /// Answer every HTTP request with "unreachable", as a phone without network.
    pub offline: bool,
}

pub const DEVICE: &str = "test-keystore:motp-vault";

/// The instant the scenario tests start at (2023-11-14T22:13:20Z).
pub const T0: i64 = 1_700_000_000_000;

/// The tests' vault password.
pub const PASSWORD: &str = "correct horse battery";

/// How a test adds a token through the add screen: the PIN policy, for the kinds that ask.
#[derive(Clone, Copy)]
pub enum AddPin<'a> {
    /// Asked for every code, nothing stored.
    Ask,
    /// Asked for every code, with the typo guard made from this PIN.
    Guard(&'a str),
    /// Stored in the vault.
    Remember(&'a str),
}

impl Shell {
    /// A shell with a vault path in a fresh temporary directory, a device key store and the
    /// cheap KDF.
    pub fn new(now_ms: i64) -> Shell {
        Shell::new_with(now_ms, |_| {})
    }

    /// A shell at [`T0`] past first run: a vault with [`PASSWORD`] just created, unlocked, on
    /// the token list.
    pub fn unlocked() -> Shell {
        Shell::unlocked_with(|_| {})
    }

    /// The same, with changes to the configuration (e.g. the locale).
    pub fn unlocked_with(change: impl FnOnce(&mut AppConfig)) -> Shell {
        let mut shell = Shell::new_with(T0, change);
        shell.send(Event::Started { now_ms: T0 });
        shell.send(Event::FirstRun(FirstRunEvent::CreateVault {
            password: PASSWORD.into(),
            confirmation: PASSWORD.into(),
            use_device_key: false,
            now_ms: T0,
        }));
        assert_eq!(
            screen_name(&shell.view()),
            "List",
            "first run did not end on the list"
        );
        shell
    }

    /// Adds the token of a pasted link through the add screen: preview, the PIN policy when
    /// the kind has a PIN (mOTP), confirm. Returns the new token's id (the list's last row,
    /// as the list is back on screen with no search or group chosen).
    pub fn add_uri(&mut self, uri: &str, pin: AddPin<'_>) -> String {
        let now_ms = self.now_ms;
        self.send(Event::Navigate {
            to: Destination::Add,
            now_ms,
        });
        self.send(Event::Add(AddEvent::UriPasted {
            uri: uri.into(),
            now_ms,
        }));
        self.send(Event::Add(AddEvent::PreviewAccepted { now_ms }));
        if let Screen::Add { view: a } = self.view().screen
            && a.step == AddStep::PinPolicy
        {
            let (policy, pin) = match pin {
                AddPin::Ask => (PinPolicyChoice::Ask, None),
                AddPin::Guard(p) => (PinPolicyChoice::AskWithTypoGuard, Some(p.into())),
                AddPin::Remember(p) => (PinPolicyChoice::Remember, Some(p.into())),
            };
            self.send(Event::Add(AddEvent::PinPolicyChosen {
                policy,
                pin,
                keep_uri_pin: false,
                now_ms,
            }));
        }
        self.send(Event::Add(AddEvent::ConfirmAdd { now_ms }));
        self.list()
            .rows
            .last()
            .expect("the token was added")
            .id
            .clone()
    }

    /// The token list on screen (panics on another screen).
    pub fn list(&self) -> ListView {
        match self.view().screen {
            Screen::List { view: l } => l,
            other => panic!("expected the list, got {other:?}"),
        }
    }

    /// The same, with changes to the configuration.
    pub fn new_with(now_ms: i64, change: impl FnOnce(&mut AppConfig)) -> Shell {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tokens.motp");
        let mut config = AppConfig::new(path.to_str().unwrap(), "en");
        config.kdf = KdfChoice::InsecureFastForTests;
        config.device_key = Some(DeviceKeyConfig {
            protector_id: DEVICE.into(),
            label: "Test phone (fingerprint)".into(),
        });
        change(&mut config);
        Shell::with_config(config, now_ms, dir)
    }

    pub fn with_config(config: AppConfig, now_ms: i64, dir: tempfile::TempDir) -> Shell {
        Shell {
            app: App::new(config),
            now_ms,
            dir,
            tick_at: None,
            ticks_asked: 0,
            camera_on: false,
            clipboard: None,
            announcements: Vec::new(),
            haptics: Vec::new(),
            effects_seen: Vec::new(),
            persisted: None,
            pending: Pending::default(),
            jobs_run: 0,
            http_sent: Vec::new(),
            offline: false,
        }
    }

    pub fn vault_path(&self) -> std::path::PathBuf {
        self.dir.path().join("tokens.motp")
    }

    /// Sends an event and carries out every effect, running jobs to completion (on a worker
    /// thread) and feeding their outcomes back. Returns the effects of the first update.
    pub fn send(&mut self, event: Event) -> Vec<String> {
        let fx = self
            .app
            .update(event)
            .unwrap_or_else(|e| panic!("update failed: {e:?}"));
        let names = fx.iter().map(effect_name).collect();
        self.carry_out(fx);
        names
    }

    /// Sends an event expected to fail, returning the error.
    pub fn send_err(&mut self, event: Event) -> motp_app::AppError {
        match self.app.update(event) {
            Ok(fx) => panic!(
                "expected an error, got effects {:?}",
                fx.iter().map(effect_name).collect::<Vec<_>>()
            ),
            Err(e) => e,
        }
    }

    pub fn carry_out(&mut self, fx: Vec<Effect>) {
        let mut queue: VecDeque<Effect> = fx.into();
        while let Some(effect) = queue.pop_front() {
            self.effects_seen.push(effect_name(&effect));
            match effect {
                Effect::RunJob { job } => {
                    self.jobs_run += 1;
                    let outcome = std::thread::spawn(move || job.run()).join().unwrap();
                    let more = self
                        .app
                        .update(Event::JobFinished {
                            outcome,
                            now_ms: self.now_ms,
                        })
                        .unwrap();
                    queue.extend(more);
                }
                Effect::ScheduleTick { at_ms } => {
                    self.tick_at = Some(at_ms);
                    self.ticks_asked += 1;
                }
                Effect::UnwrapWithDeviceKey {
                    request,
                    wrapped,
                    prompt,
                    ..
                } => {
                    self.pending.unwrap = Some((request, wrapped));
                    self.pending.prompt = Some(prompt);
                }
                Effect::WrapWithDeviceKey {
                    request,
                    key,
                    prompt,
                    ..
                } => {
                    self.pending.wrap = Some((request, key));
                    self.pending.prompt = Some(prompt);
                }
                Effect::DeleteDeviceKey { .. } => {}
                Effect::StartCamera => self.camera_on = true,
                Effect::StopCamera => self.camera_on = false,
                Effect::CopyToClipboard {
                    text,
                    sensitive,
                    clear_after_ms,
                } => self.clipboard = Some((text.expose().to_owned(), sensitive, clear_after_ms)),
                Effect::SaveFile {
                    request,
                    suggested_name,
                    bytes,
                    ..
                } => self.pending.save_file = Some((request, suggested_name, bytes)),
                Effect::SaveToFolder {
                    request,
                    file_name,
                    bytes,
                    ..
                } => self.pending.save_to_folder = Some((request, file_name, bytes)),
                Effect::OpenFile { request, .. } => self.pending.open_file = Some(request),
                Effect::AskNetworkTime { request } => self.pending.network_time = Some(request),
                Effect::PersistSettings { settings } => self.persisted = Some(settings),
                Effect::Haptic { kind } => self.haptics.push(kind),
                Effect::Announce { text } => self.announcements.push(text),
                // The backups' folder is a real directory in the tests (a path as the folder).
                Effect::ListFolder { request, folder } => {
                    let now_ms = self.now_ms;
                    let event = match std::fs::read_dir(&folder) {
                        Ok(dir) => Event::FolderListed {
                            request,
                            listing: motp_app::FolderListing {
                                file_names: dir
                                    .filter_map(|e| e.ok()?.file_name().into_string().ok())
                                    .collect(),
                            },
                            now_ms,
                        },
                        Err(e) => Event::FileFailed {
                            request,
                            reason: Some(e.to_string()),
                            now_ms,
                        },
                    };
                    queue.extend(self.app.update(event).unwrap());
                }
                Effect::ReadFromFolder {
                    request,
                    folder,
                    file_name,
                } => {
                    let now_ms = self.now_ms;
                    let event = match std::fs::read(std::path::Path::new(&folder).join(&file_name))
                    {
                        Ok(bytes) => Event::FileOpened {
                            request,
                            name: file_name,
                            bytes: bytes.into(),
                            now_ms,
                        },
                        Err(e) => Event::FileFailed {
                            request,
                            reason: Some(e.to_string()),
                            now_ms,
                        },
                    };
                    queue.extend(self.app.update(event).unwrap());
                }
                Effect::DeleteFromFolder { folder, file_names } => {
                    for name in file_names {
                        let _ = std::fs::remove_file(std::path::Path::new(&folder).join(name));
                    }
                }
                Effect::SendHttp { request, call } => {
                    self.http_sent.push((call.method.clone(), call.url.clone()));
                    let now_ms = self.now_ms;
                    let event = if self.offline {
                        Event::HttpFailed {
                            request,
                            failure: motp_app::HttpFailure::Unreachable,
                            detail: "no network".into(),
                            now_ms,
                        }
                    } else {
                        send_http(request, &call, now_ms)
                    };
                    queue.extend(self.app.update(event).unwrap());
                }
            }
        }
    }

    /// Writes the automatic backup the core asked for into its folder (a directory here) and
    /// answers that it is saved, as the phone's folder would. Returns its file name.
    pub fn write_pending_backup(&mut self, folder: &std::path::Path) -> String {
        let (request, name, bytes) = self.pending.save_to_folder.take().expect("a backup");
        std::fs::write(folder.join(&name), bytes.expose()).unwrap();
        let now_ms = self.now_ms;
        self.send(Event::FileSaved { request, now_ms });
        name
    }

    /// Moves the fake clock and delivers the tick if it is due.
    pub fn advance_to(&mut self, now_ms: i64) {
        self.now_ms = now_ms;
        if self.tick_at.is_some_and(|t| t <= now_ms) {
            self.tick_at = None;
            self.send(Event::Tick { now_ms });
        }
    }

    pub fn view(&self) -> AppView {
        self.app.view()
    }

    /// A shell past first run with a vault created with the device key enrolled in `keystore`
    /// (the enrolment prompt answered), unlocked on the list.
    pub fn with_device_key(keystore: &motp_core::vault::SoftwareKeyProtector) -> Shell {
        let mut shell = Shell::new(T0);
        shell.send(Event::Started { now_ms: T0 });
        shell.send(Event::FirstRun(FirstRunEvent::CreateVault {
            password: PASSWORD.into(),
            confirmation: PASSWORD.into(),
            use_device_key: true,
            now_ms: T0,
        }));
        shell.answer_wrap(keystore);
        shell
    }

    /// Turns the device key on from the settings screen: the enrolment prompt is then pending
    /// (`pending.wrap`), for the test to answer ([`Shell::answer_wrap`]) or not.
    pub fn turn_on_device_key(&mut self) {
        let now_ms = self.now_ms;
        self.send(Event::Navigate {
            to: Destination::Settings,
            now_ms,
        });
        self.send(Event::Settings(SettingsEvent::SetDeviceKey {
            enabled: true,
            now_ms,
        }));
    }

    /// Answers the pending enrolment prompt: `keystore` wraps the key it was asked to.
    pub fn answer_wrap(&mut self, keystore: &motp_core::vault::SoftwareKeyProtector) {
        use motp_core::vault::KeyProtector;
        let (request, key) = self.pending.wrap.take().expect("a wrap request");
        let now_ms = self.now_ms;
        self.send(Event::DeviceKeyWrapped {
            request,
            wrapped: keystore.wrap(key.expose()).unwrap(),
            now_ms,
        });
    }

    /// Asks for the clock check on the troubleshooting screen and answers with a network time
    /// `offset_ms` ahead of this device's clock.
    pub fn check_clock(&mut self, offset_ms: i64) {
        let now_ms = self.now_ms;
        self.send(Event::Navigate {
            to: Destination::Troubleshooting,
            now_ms,
        });
        self.send(Event::Troubleshooting(TroubleshootingEvent::CheckClock {
            now_ms,
        }));
        let request = self
            .pending
            .network_time
            .take()
            .expect("network time asked");
        self.send(Event::NetworkTimeAnswered {
            request,
            network_ms: now_ms + offset_ms,
            device_ms: now_ms,
            uncertainty_ms: 5,
            source: "test".into(),
        });
    }

    /// Forgets the feedback received so far (haptics, announcements, effect names), so a test
    /// can assert on what one event alone produced.
    pub fn clear_feedback(&mut self) {
        self.haptics.clear();
        self.announcements.clear();
        self.effects_seen.clear();
    }

    /// A PIN that the typo guard of token `id` (set up with another PIN) rejects, found by
    /// asking the vault on disk directly, so a test never depends on the guard's random salt
    /// (4 bits: 1 wrong PIN in 16 passes it).
    pub fn pin_the_guard_rejects(&self, id: &str) -> String {
        use motp_core::vault::{Password, TypoGuardCheck, Vault};
        let vault =
            Vault::open_with_password(&self.vault_path(), &Password::new(PASSWORD).unwrap())
                .unwrap()
                .vault;
        let id = motp_core::vault::TokenId::parse(id).unwrap();
        (0..10_000)
            .map(|i| format!("{i:04}"))
            .find(|pin| {
                vault.check_pin(id, &motp_core::Pin::raw(pin)).unwrap() == TypoGuardCheck::Mismatch
            })
            .expect("15 of 16 PINs fail a 4-bit guard")
    }
}

pub fn effect_name(e: &Effect) -> String {
    let s = format!("{e:?}");
    s.split([' ', '{', '('])
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// The screen's variant name.
pub fn screen_name(v: &AppView) -> &'static str {
    match &v.screen {
        Screen::Starting => "Starting",
        Screen::FirstRun { .. } => "FirstRun",
        Screen::Unlock { .. } => "Unlock",
        Screen::List { .. } => "List",
        Screen::Add { .. } => "Add",
        Screen::Detail { .. } => "Detail",
        Screen::Backups { .. } => "Backups",
        Screen::Troubleshooting { .. } => "Troubleshooting",
        Screen::Settings { .. } => "Settings",
        Screen::Trash { .. } => "Trash",
    }
}

/// Sends one request as a phone's platform client would (here ureq, to the loopback server),
/// and words its answer as the event the shell sends back.
pub fn send_http(request: u64, call: &motp_app::HttpCall, now_ms: i64) -> Event {
    std::thread::sleep(std::time::Duration::from_millis(call.delay_ms));
    let agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .allow_non_standard_methods(true)
        .timeout_global(Some(std::time::Duration::from_millis(call.timeout_ms)))
        .build()
        .new_agent();
    let mut builder = ureq::http::Request::builder()
        .method(call.method.as_str())
        .uri(&call.url);
    for h in &call.headers {
        builder = builder.header(&h.name, &h.value);
    }
    if let Some(a) = &call.authorization {
        builder = builder.header("Authorization", a.expose());
    }
    let sent = builder.body(call.body.expose().to_vec()).unwrap();
    match agent.run(sent) {
        Ok(mut response) => {
            let status = response.status().as_u16();
            let etag = response
                .headers()
                .get("ETag")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned);
            let body = response
                .body_mut()
                .with_config()
                .limit(call.max_body_bytes)
                .read_to_vec()
                .unwrap_or_default();
            Event::HttpAnswered {
                request,
                status,
                etag,
                body: SecretBytes::new(body),
                now_ms,
            }
        }
        Err(e) => Event::HttpFailed {
            request,
            failure: motp_app::HttpFailure::Unreachable,
            detail: e.to_string(),
            now_ms,
        },
    }
}
