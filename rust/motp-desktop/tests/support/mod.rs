//! The headless harness: the real `Desktop` (real core, real vault files in a temporary
//! directory, real iced runtime tasks and the tiny-skia renderer through iced_test), a fixed
//! clock, and the OS services a headless machine lacks played by the test (the file a user
//! would pick in a dialog, a keyring in memory, a clipboard that records).

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use iced::futures::StreamExt;
use iced::{Settings, Size, Task, Theme};
use iced_test::Simulator;
use motp_app::{AppConfig, AppView, DeviceKeyConfig, Event, KdfChoice, Labels, Screen};
use motp_desktop::{
    Capture, Clipboard, Desktop, Dialogs, FieldKey, FixedClock, GreyPlane, KeyStore, KeyStoreError,
    Message, Platform, SettingsFile,
};

pub const PASSWORD: &str = "correct horse battery";
pub const DEVICE: &str = "test-keyring:motp-vault";

// Not every test binary that includes this module reads fixtures.
#[allow(unused_imports)]
pub use motp_testkit::fixtures::{fixture, fixture_gz};

/// What was put on the clipboard: the text and whether it was marked sensitive; and the picture
/// it holds, if any.
#[derive(Default, Clone)]
pub struct Board(
    pub Arc<Mutex<Vec<(String, bool)>>>,
    pub Arc<Mutex<Option<GreyPlane>>>,
);

impl Clipboard for Board {
    fn set_text(&mut self, text: &str, sensitive: bool) -> Result<(), String> {
        self.0.lock().unwrap().push((text.into(), sensitive));
        Ok(())
    }
    fn clear_if_still(&mut self, expected: &str) {
        let mut b = self.0.lock().unwrap();
        if b.last().is_some_and(|(t, _)| t == expected) {
            b.push((String::new(), false));
        }
    }
    fn picture(&mut self) -> Result<Option<GreyPlane>, String> {
        Ok(self.1.lock().unwrap().clone())
    }
}

/// A QR code of `text` as a grey plane, `px` pixels a module, with its quiet zone.
pub fn qr_plane(text: &str, px: u32) -> GreyPlane {
    let qr = motp_core::qr::encode_text(text).unwrap();
    let side = (qr.size() + 8) * px;
    let mut luma = Vec::with_capacity((side * side) as usize);
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = (x / px, y / px);
            let inside = mx >= 4 && my >= 4 && mx < qr.size() + 4 && my < qr.size() + 4;
            luma.push(if inside && qr.is_dark(mx - 4, my - 4) {
                0
            } else {
                255
            });
        }
    }
    GreyPlane {
        luma: luma.into(),
        width: side,
        height: side,
    }
}

/// The files the "user" picks, in order.
#[derive(Default, Clone)]
pub struct Picks(pub Arc<Mutex<VecDeque<PathBuf>>>);

impl Dialogs for Picks {
    fn open_file(&self, _: &[&str]) -> Option<PathBuf> {
        self.0.lock().unwrap().pop_front()
    }
    fn save_file(&self, _: &str) -> Option<PathBuf> {
        self.0.lock().unwrap().pop_front()
    }
    fn pick_folder(&self) -> Option<PathBuf> {
        self.0.lock().unwrap().pop_front()
    }
}

/// A keyring in memory.
#[derive(Default, Clone)]
pub struct Keys(pub Arc<Mutex<HashMap<String, Vec<u8>>>>);

impl KeyStore for Keys {
    fn get(&self, name: &str) -> Result<Option<Vec<u8>>, KeyStoreError> {
        Ok(self.0.lock().unwrap().get(name).cloned())
    }
    fn set(&self, name: &str, secret: &[u8]) -> Result<(), KeyStoreError> {
        let _ = self.0.lock().unwrap().insert(name.into(), secret.to_vec());
        Ok(())
    }
    fn delete(&self, name: &str) -> Result<(), KeyStoreError> {
        let _ = self.0.lock().unwrap().remove(name);
        Ok(())
    }
}

/// "Displays" showing the given planes.
#[derive(Default, Clone)]
pub struct Screens(pub Arc<Mutex<Vec<GreyPlane>>>);

impl Capture for Screens {
    fn displays(&self) -> Result<Vec<GreyPlane>, String> {
        Ok(self.0.lock().unwrap().clone())
    }
}

/// The window under test.
pub struct Harness {
    pub desktop: Desktop,
    pub clock: FixedClock,
    pub dir: tempfile::TempDir,
    pub board: Board,
    pub picks: Picks,
    pub keys: Keys,
    pub screens: Screens,
    /// Messages handled (tasks' outputs included).
    pub handled: usize,
}

/// Tall enough that every control of the longest screen is inside the window.
const DRIVE: Size = Size::new(1024.0, 4000.0);
/// The screenshots' window.
const SHOT: Size = Size::new(760.0, 1100.0);

impl Harness {
    /// A fresh window on an empty vault path, in `locale`, at `now_ms`, run until it shows its
    /// first screen.
    pub fn start(locale: &str, now_ms: i64) -> Harness {
        Harness::start_with(locale, now_ms, None)
    }

    /// The same, with the OS's real screen capture instead of the test's displays.
    pub fn start_with(locale: &str, now_ms: i64, capture: Option<Arc<dyn Capture>>) -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let mut config = AppConfig::new(dir.path().join("tokens.motp").to_str().unwrap(), locale);
        config.kdf = KdfChoice::InsecureFastForTests;
        // Copied codes are cleared after a second (the harness waits for the clearing).
        config.settings.clipboard_clear_seconds = 1;
        config.device_key = Some(DeviceKeyConfig {
            protector_id: DEVICE.into(),
            label: motp_text::Catalog::new(locale).plain("label-this-computer"),
        });
        let clock = FixedClock::at(now_ms);
        let (board, picks, keys, screens) = (
            Board::default(),
            Picks::default(),
            Keys::default(),
            Screens::default(),
        );
        let platform = Platform {
            clipboard: Arc::new(Mutex::new(board.clone())),
            dialogs: Arc::new(picks.clone()),
            keys: Some(Arc::new(keys.clone())),
            capture: capture.unwrap_or_else(|| Arc::new(screens.clone())),
        };
        let settings = SettingsFile::new(dir.path().join("settings.conf"));
        let (desktop, task) = Desktop::new(config, Arc::new(clock.clone()), platform, settings);
        let mut h = Harness {
            desktop,
            clock,
            dir,
            board,
            picks,
            keys,
            screens,
            handled: 0,
        };
        h.run(task);
        h
    }

    /// Runs a task as iced's runtime would: every message it yields is handled, and the tasks
    /// those return, until nothing is left (jobs run on their worker threads meanwhile).
    pub fn run(&mut self, task: Task<Message>) {
        let Some(stream) = iced_test::runtime::task::into_stream(task) else {
            return;
        };
        let actions: Vec<_> = iced::futures::executor::block_on(stream.collect());
        for action in actions {
            if let iced_test::runtime::Action::Output(m) = action {
                self.handle(m);
            }
        }
    }

    /// Handles one message and runs what it starts.
    pub fn handle(&mut self, m: Message) {
        self.handled += 1;
        let task = self.desktop.update(m);
        self.run(task);
    }

    /// The core's view as drawn.
    pub fn view(&self) -> &AppView {
        self.desktop.app_view()
    }

    /// Whether the core is locked.
    pub fn app_is_locked(&self) -> bool {
        matches!(self.view().screen, Screen::Unlock { .. })
    }

    /// First run through the window: the password typed twice, "Create" clicked, the empty
    /// list on screen.
    pub fn create_vault(&mut self) {
        self.type_into(FieldKey::Password, PASSWORD);
        self.type_into(FieldKey::Confirmation, PASSWORD);
        let create = match &self.view().screen {
            Screen::FirstRun { view } => view.create_label.clone(),
            other => panic!("expected first run, got {other:?}"),
        };
        self.click(&create);
        assert_eq!(
            screen_name(self.view()),
            "list",
            "first run did not end on the list"
        );
    }

    /// The labels, in the window's language.
    pub fn labels(&self) -> Labels {
        self.view().labels.clone()
    }

    /// Drives the window's widgets with `act`, then handles what they sent.
    pub fn interact(&mut self, act: impl FnOnce(&mut Simulator<'_, Message>)) {
        let messages: Vec<Message> = {
            let mut ui = Simulator::with_size(Settings::default(), DRIVE, self.desktop.view());
            act(&mut ui);
            ui.into_messages().collect()
        };
        for m in messages {
            self.handle(m);
        }
    }

    /// Clicks the control showing `label`.
    pub fn click(&mut self, label: &str) {
        let label = label.to_owned();
        self.interact(|ui| {
            let _ = ui
                .click(label.as_str())
                .unwrap_or_else(|e| panic!("no control \"{label}\" on screen: {e}"));
        });
    }

    /// Types `text` into the field `key`.
    pub fn type_into(&mut self, key: FieldKey, text: &str) {
        let text = text.to_owned();
        self.interact(|ui| {
            let _ = ui
                .click(iced_test::selector::id(key.id()))
                .unwrap_or_else(|e| panic!("no field {key:?} on screen: {e}"));
            let _ = ui.typewrite(&text);
        });
    }

    /// Whether `text` is drawn on screen.
    pub fn shows(&mut self, text: &str) -> bool {
        let mut ui = Simulator::with_size(Settings::default(), DRIVE, self.desktop.view());
        ui.find(text).is_ok()
    }

    /// The time passes to `now_ms`, and the tick the subscription would send comes.
    pub fn at(&mut self, now_ms: i64) {
        self.clock.set(now_ms);
        self.handle(Message::Tick);
    }

    /// Sends a core event as the window would (stamped now).
    pub fn send(&mut self, make: impl Fn(i64) -> Event + Send + Sync + 'static) {
        self.handle(Message::Send(motp_desktop::Stamped::new(make)));
    }

    /// Renders the window to `target/screenshots/{name}-{lang}-tiny-skia.png` and checks the
    /// title is drawn in it.
    pub fn screenshot(&mut self, name: &str, title: &str) -> PathBuf {
        let dir = screenshots_dir();
        let base = dir.join(format!("{name}-{}.png", self.view().locale));
        let file = dir.join(format!("{name}-{}-tiny-skia.png", self.view().locale));
        let _ = std::fs::remove_file(&file);
        let mut ui = Simulator::with_size(Settings::default(), SHOT, self.desktop.view());
        assert!(
            ui.find(title).is_ok(),
            "{name}: the title \"{title}\" is not on screen"
        );
        let snap = ui.snapshot(&Theme::Light).unwrap();
        assert!(snap.matches_image(&base).unwrap());
        assert!(file.exists(), "{} was not written", file.display());
        file
    }
}

/// `target/screenshots`.
pub fn screenshots_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("screenshots")
}

/// The name of the screen on view.
pub fn screen_name(v: &AppView) -> &'static str {
    match v.screen {
        Screen::Starting => "starting",
        Screen::FirstRun { .. } => "first-run",
        Screen::Unlock { .. } => "unlock",
        Screen::List { .. } => "list",
        Screen::Add { .. } => "add",
        Screen::Detail { .. } => "detail",
        Screen::Backups { .. } => "backups",
        Screen::Troubleshooting { .. } => "troubleshooting",
        Screen::Settings { .. } => "settings",
        Screen::Trash { .. } => "trash",
    }
}
