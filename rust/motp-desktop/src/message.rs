//! What the window sends its [`Desktop`](crate::Desktop): a core event waiting for its instant, a
//! typed field, a platform's answer, a tick.

use std::path::PathBuf;
use std::sync::Arc;

use motp_app::{Event, JobOutcome};

use crate::forms::FieldKey;
use crate::handoff::Handoff;

/// A core event made when the message is handled: the window stamps it with the clock then
/// (a button's event must carry the instant of the click, not of the drawing).
#[derive(Clone)]
pub struct Stamped(Arc<dyn Fn(i64) -> Event + Send + Sync>);

impl Stamped {
    /// An event made from the instant it is sent.
    pub fn new(make: impl Fn(i64) -> Event + Send + Sync + 'static) -> Stamped {
        Stamped(Arc::new(make))
    }

    /// The event at `now_ms`.
    pub fn at(&self, now_ms: i64) -> Event {
        (self.0)(now_ms)
    }
}

impl std::fmt::Debug for Stamped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // It may capture a typed password: never printed.
        f.write_str("Stamped(..)")
    }
}

/// Everything the window's widgets, tasks and subscriptions send.
#[derive(Debug, Clone)]
pub enum Message {
    /// A user action on a screen: the core event it makes.
    Send(Stamped),
    /// A platform's answer to an effect, already stamped.
    Answer(Box<Handoff<Event>>),
    /// A job finished on its worker thread.
    JobDone(Handoff<JobOutcome>),
    /// Text typed into a field.
    Field(FieldKey, String),
    /// A check box the core is told about only with the form (e.g. "also unlock with…").
    Toggle(FieldKey, bool),
    /// The instant the core asked for (`ScheduleTick`) has come.
    Tick,
    /// "Import from a picture": the open dialog, then the picture's QR codes.
    ChoosePicture,
    /// "Paste a picture": the clipboard's image, then its QR codes.
    PastePicture,
    /// "Scan the screen": every display captured, every QR code on them read.
    ScanScreen,
    /// The screen could not be captured: the platform's reason.
    CaptureFailed(String),
    /// A file dropped on the window (a picture on the add screen).
    FileDropped(PathBuf),
    /// "Choose a folder for automatic backups".
    ChooseBackupFolder,
    /// The window lost the focus or was hidden (the core's background timer starts).
    WindowLeft,
    /// The window is back (the core locks if it was away too long).
    WindowBack,
    /// The desktop session was locked (screen saver, lock screen): lock at once.
    SessionLocked,
    /// Nothing to do (a platform call that needs no answer finished).
    Nothing,
}
