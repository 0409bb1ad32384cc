//! # motp-text
//!
//! Every word mOTP Token says, in one place: the Fluent catalogs (`locales/en.ftl`, the source,
//! and `de`, `fr`, `es`, `it`, `nl`, `pl`, `pt` (Brazilian), each complete) and the rendering of
//! the engine's troubleshooting findings from them.
//!
//! The engine (motp-core) gives its findings as data (`Finding`, `Fix`, `Diagnosed`) with an
//! English `Display`; this crate words the same values in the user's language. The app core
//! (motp-app) draws every label and sentence from here, and the `motp` command line speaks
//! these languages through it when `LANG` (or `LC_MESSAGES`, `LC_ALL`) asks for one. One
//! catalog, so a number, a case or a name cannot differ between the phone and the laptop, and a
//! test proves the English catalog says what the engine says, finding by finding.
//!
//! | module | job |
//! |---|---|
//! | `catalog` | [`Catalog`]: the language chosen from a locale, English behind it; message arguments |
//! | `doctor` | the doctor's steps, findings, fixes and verdicts, and a diagnosis, as sentences |
//! | `english_check` | for tests: English words that must not appear in a German sentence |

mod catalog;
mod doctor;
pub mod english_check;

pub use catalog::{Arg, Catalog, MessageArg, args, languages};
pub use doctor::{clock_failure, clock_failure_args};
