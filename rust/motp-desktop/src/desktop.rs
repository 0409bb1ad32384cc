//! [`Desktop`]: the window's state and loop. Messages become core events stamped with the
//! clock, the core's effects become tasks (`effects`), and the window draws the core's view
//! (`ui`). Nothing here decides what a screen shows or what a tap does: that is motp-app's.

use std::mem::discriminant;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use iced::{Element, Subscription, Task};
use motp_app::{AddStep, App, AppConfig, AppView, Event, Screen};

use crate::clock::Clock;
use crate::dialog_guard::CountedDialogs;
use crate::effects::{self, Services, answer, on_worker};
use crate::forms::Forms;
use crate::message::Message;
use crate::picture::GreyPlane;
use crate::platform::Platform;
use crate::settings_file::SettingsFile;

/// The window app.
pub struct Desktop {
    app: App,
    view: AppView,
    forms: Forms,
    services: Services,
    /// The one timer the core asked for (`ScheduleTick`), Unix ms.
    tick_at: Option<i64>,
    /// Why the core refused the last event (`update`'s error), said until the next one.
    refusal: Option<String>,
    /// Why the screen could not be captured (the platform's words after the label).
    capture_problem: Option<String>,
    /// How many of our own dialogs are open (they take the focus; that is not leaving).
    dialogs_open: Arc<AtomicUsize>,
}

impl std::fmt::Debug for Desktop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desktop")
            .field("tick_at", &self.tick_at)
            .finish_non_exhaustive()
    }
}

impl Desktop {
    /// The app over `config`, started: the core looks at the vault (a job, in the task).
    pub fn new(
        config: AppConfig,
        clock: Arc<dyn Clock>,
        mut platform: Platform,
        settings: SettingsFile,
    ) -> (Desktop, Task<Message>) {
        let dialogs_open = Arc::new(AtomicUsize::new(0));
        platform.dialogs = Arc::new(CountedDialogs::new(platform.dialogs, dialogs_open.clone()));
        let app = App::new(config);
        let view = app.view();
        let mut desktop = Desktop {
            app,
            view,
            forms: Forms::default(),
            services: Services {
                platform,
                clock,
                settings,
            },
            tick_at: None,
            refusal: None,
            capture_problem: None,
            dialogs_open,
        };
        let now_ms = desktop.now();
        let task = desktop.dispatch(Event::Started { now_ms });
        (desktop, task)
    }

    /// The core's view as last drawn.
    pub fn app_view(&self) -> &AppView {
        &self.view
    }

    /// When the core asked to be ticked next, Unix ms.
    pub fn tick_at(&self) -> Option<i64> {
        self.tick_at
    }

    /// The window's title: the app's name in the user's language.
    pub fn title(&self) -> String {
        self.view.labels.app_name.clone()
    }

    fn now(&self) -> i64 {
        self.services.clock.now_ms()
    }

    /// Handles one message.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Send(stamped) => {
                let e = stamped.at(self.now());
                self.dispatch(e)
            }
            Message::Answer(e) => match e.take() {
                Some(e) => self.dispatch(e),
                None => Task::none(),
            },
            Message::JobDone(outcome) => match outcome.take() {
                Some(outcome) => {
                    let now_ms = self.now();
                    self.dispatch(Event::JobFinished { outcome, now_ms })
                }
                None => Task::none(),
            },
            Message::Field(key, text) => {
                self.forms.set(key, text);
                Task::none()
            }
            Message::Toggle(key, on) => {
                self.forms.set_toggle(key, on);
                Task::none()
            }
            Message::Tick => {
                let now_ms = self.now();
                if self.tick_at.is_some_and(|at| at <= now_ms) {
                    self.tick_at = None;
                }
                self.dispatch(Event::Tick { now_ms })
            }
            Message::ChoosePicture => {
                let dialogs = self.services.platform.dialogs.clone();
                let clock = self.services.clock.clone();
                on_worker(
                    move || {
                        dialogs
                            .open_file(&["png", "jpg", "jpeg"])
                            .map(|path| picture_event(&path, clock.now_ms()))
                    },
                    |e| e.map_or(Message::Nothing, answer),
                )
            }
            Message::FileDropped(path) => {
                if !matches!(self.view.screen, Screen::Add { .. }) {
                    return Task::none();
                }
                let clock = self.services.clock.clone();
                on_worker(move || picture_event(&path, clock.now_ms()), answer)
            }
            Message::PastePicture => {
                // Reading another program's clipboard may wait on it: off the loop.
                let clipboard = self.services.platform.clipboard.clone();
                let clock = self.services.clock.clone();
                on_worker(
                    move || {
                        let plane = clipboard
                            .lock()
                            .ok()
                            .and_then(|mut c| c.picture().ok().flatten())
                            .unwrap_or_else(GreyPlane::blank);
                        plane.into_event(clock.now_ms())
                    },
                    answer,
                )
            }
            Message::ScanScreen => {
                let capture = self.services.platform.capture.clone();
                let clock = self.services.clock.clone();
                on_worker(
                    move || {
                        capture
                            .displays()
                            .map(|planes| (stack(planes), clock.now_ms()))
                    },
                    |r| match r {
                        Ok((plane, now_ms)) => answer(plane.into_event(now_ms)),
                        Err(reason) => Message::CaptureFailed(reason),
                    },
                )
            }
            Message::ChooseBackupFolder => {
                let dialogs = self.services.platform.dialogs.clone();
                let clock = self.services.clock.clone();
                on_worker(
                    move || {
                        dialogs.pick_folder().map(|folder| {
                            Event::Backups(motp_app::BackupsEvent::SetBackupFolder {
                                folder: Some(folder.to_string_lossy().into_owned()),
                                now_ms: clock.now_ms(),
                            })
                        })
                    },
                    |e| e.map_or(Message::Nothing, answer),
                )
            }
            Message::CaptureFailed(reason) => {
                self.capture_problem = Some(reason);
                Task::none()
            }
            Message::WindowLeft => {
                if self.dialogs_open.load(Ordering::SeqCst) > 0 {
                    return Task::none();
                }
                let now_ms = self.now();
                self.dispatch(Event::WentToBackground { now_ms })
            }
            Message::WindowBack => {
                let now_ms = self.now();
                self.dispatch(Event::CameToForeground { now_ms })
            }
            Message::SessionLocked => {
                let now_ms = self.now();
                self.dispatch(Event::Lock { now_ms })
            }
            Message::Nothing => Task::none(),
        }
    }

    /// Sends one event to the core, carries out its effects and redraws from the new view.
    fn dispatch(&mut self, event: Event) -> Task<Message> {
        let user_action = !matches!(event, Event::Tick { .. } | Event::JobFinished { .. });
        if user_action {
            self.refusal = None;
            self.capture_problem = None;
        }
        if let Event::List(motp_app::ListEvent::PinEntered { token_id, .. }) = &event {
            // The PIN now lives in the core (wiped on lock); the box empties for a retry.
            self.forms
                .forget(&crate::forms::FieldKey::RowPin(token_id.clone()));
        }
        let tasks: Vec<Task<Message>> = match self.app.update(event) {
            Ok(fx) => {
                let labels = self.view.labels.clone();
                fx.into_iter()
                    .map(|f| effects::carry_out(&self.services, &labels, &mut self.tick_at, f))
                    .collect()
            }
            Err(e) => {
                self.refusal = Some(e.message);
                Vec::new()
            }
        };
        let before = screen_key(&self.view.screen);
        self.view = self.app.view();
        if screen_key(&self.view.screen) != before {
            // A new screen starts with empty fields (a lock is one: everything typed goes).
            self.forms.clear();
        }
        Task::batch(tasks)
    }

    /// Draws the core's view.
    pub fn view(&self) -> Element<'_, Message> {
        crate::ui::draw(
            &self.view,
            &self.forms,
            self.refusal.as_deref(),
            self.capture_problem.as_deref(),
        )
    }

    /// The tick the core asked for, and the window's own events (focus, dropped files).
    pub fn subscription(&self) -> Subscription<Message> {
        let tick = match self.tick_at {
            Some(at_ms) => Subscription::run_with(at_ms, tick_at),
            None => Subscription::none(),
        };
        let window = iced::event::listen_with(|event, _status, _window| match event {
            iced::Event::Window(iced::window::Event::Unfocused) => Some(Message::WindowLeft),
            iced::Event::Window(iced::window::Event::Focused) => Some(Message::WindowBack),
            iced::Event::Window(iced::window::Event::FileDropped(path)) => {
                Some(Message::FileDropped(path))
            }
            _ => None,
        });
        Subscription::batch([tick, window, Subscription::run(session_locks)])
    }
}

/// A message each time the desktop session locks (where the OS reports it: `os::session_lock`).
fn session_locks() -> impl iced::futures::Stream<Item = Message> + use<> {
    let (tx, rx) = iced::futures::channel::mpsc::unbounded();
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        let _ = crate::os::session_lock::watch(move || {
            let _ = tx.unbounded_send(Message::SessionLocked);
        });
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    drop(tx);
    rx
}

/// One message when the wall clock reaches `at_ms` (a sleeping thread: the window redraws at
/// the core's ticks and at nothing else).
fn tick_at(at_ms: &i64) -> impl iced::futures::Stream<Item = Message> + use<> {
    let at_ms = *at_ms;
    let (tx, rx) = iced::futures::channel::oneshot::channel();
    let _ = std::thread::Builder::new()
        .name("motp-tick".into())
        .spawn(move || {
            let wait = at_ms.saturating_sub(crate::clock::SystemClock.now_ms());
            if wait > 0 {
                std::thread::sleep(std::time::Duration::from_millis(wait.unsigned_abs()));
            }
            let _ = tx.send(());
        });
    iced::futures::StreamExt::map(iced::futures::stream::once(rx), |_| Message::Tick)
}

/// What identifies a screen for the fields: its kind, and the add screen's step.
fn screen_key(s: &Screen) -> (std::mem::Discriminant<Screen>, Option<AddStep>) {
    let step = match s {
        Screen::Add { view } => Some(view.step),
        _ => None,
    };
    (discriminant(s), step)
}

/// A picture file as the core's event: an unreadable one as a blank plane, which the core
/// answers like any picture without a QR code.
fn picture_event(path: &std::path::Path, now_ms: i64) -> Event {
    let plane = effects::read_file(path)
        .ok()
        .and_then(|bytes| crate::picture::grey_plane_of_image(bytes.expose()).ok())
        .unwrap_or_else(GreyPlane::blank);
    plane.into_event(now_ms)
}

/// Every display in one plane, one under the other on white, so one reading finds every code.
fn stack(planes: Vec<GreyPlane>) -> GreyPlane {
    let width = planes.iter().map(|p| p.width).max().unwrap_or(0);
    let height: u32 = planes.iter().map(|p| p.height).sum();
    if width == 0 || height == 0 {
        return GreyPlane::blank();
    }
    let mut luma = zeroize::Zeroizing::new(Vec::with_capacity((width * height) as usize));
    for p in &planes {
        for row in p.luma.chunks_exact(p.width as usize) {
            luma.extend_from_slice(row);
            let padded = luma.len() + (width - p.width) as usize;
            luma.resize(padded, 255);
        }
    }
    GreyPlane {
        luma,
        width,
        height,
    }
}
