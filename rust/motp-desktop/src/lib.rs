//! # motp-desktop
//!
//! The mOTP Token window app: the third shell over [`motp_app::App`], beside the Android and
//! iPhone ones, but in Rust, so it drives the core directly (no FFI). Like them it decides
//! nothing: events in, effects out, draw [`App::view`](motp_app::App::view) — every word on
//! screen comes from the view and its [`Labels`](motp_app::Labels).
//!
//! | module | job |
//! |---|---|
//! | `desktop` | [`Desktop`]: the iced state, `update` (messages to core events), `subscription` |
//! | `message` | [`Message`]: what the window sends (a core event to stamp, a typed field, a tick…) |
//! | `effects` | each core [`Effect`](motp_app::Effect) carried out as an iced `Task` |
//! | `forms` | the text typed into fields, kept until the button that sends it |
//! | `clock` | [`Clock`]: the wall clock, or a fixed one in tests (the core takes time as input) |
//! | `platform` | [`Platform`]: the OS services behind traits (clipboard, dialogs, keyring, capture) |
//! | `os` | the real services: `arboard`, `rfd`, the OS keyring, screen capture |
//! | `device_key` | "remember on this computer": the vault key wrapped by a key in the OS keyring |
//! | `dialog_guard` | our own dialogs taking the focus are not the user leaving the app |
//! | `http` | the sync's HTTP requests (`SendHttp`) with ureq and the platform's certificate trust |
//! | `picture` | image files and screen captures as the core's grey planes |
//! | `settings_file` | the app's settings between runs (`PersistSettings`) |
//! | `start` | where the vault is (the same as `motp`'s), the OS language |
//! | `ui` | one module per screen, drawing its view |

mod clock;
mod desktop;
mod device_key;
mod dialog_guard;
mod effects;
mod forms;
pub use forms::FieldKey;
mod handoff;
mod http;

mod message;
pub mod os;
mod picture;
mod platform;
mod settings_file;
mod start;
mod ui;

pub use clock::{Clock, FixedClock, SystemClock};
pub use desktop::Desktop;
pub use device_key::{DeviceKeyError, DeviceKeyStore};
pub use handoff::Handoff;
pub use message::{Message, Stamped};
pub use picture::{GreyPlane, grey_plane_of_image};
pub use platform::{Capture, Clipboard, Dialogs, KeyStore, KeyStoreError, Platform};
pub use settings_file::SettingsFile;
pub use start::{Start, default_settings_path, default_vault_path, os_locale};
