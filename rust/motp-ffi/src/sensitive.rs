//! `SensitiveText`: how a secret, PIN or password travels inside a record or an enum.
//!
//! Generated records print themselves: a Kotlin `data class` has a `toString()` listing every
//! field, and Swift prints a struct or enum through reflection. A `String` field holding a PIN
//! would end up in the first log line or crash report that prints its record. A `SensitiveText`
//! is an opaque UniFFI object instead: the app makes one from what the user typed and hands it
//! on; Rust keeps the text in a zeroizing buffer (wiped when the last reference goes); its
//! printed form is `SensitiveText(<hidden>)` in both languages; and nothing reads it back out.
//! (A custom type would print as its foreign class, but needs hand-written Kotlin and Swift
//! classes beside the generated code; an object keeps the text out of the app's heap as well.)

use std::fmt;
use std::sync::Arc;

use zeroize::Zeroizing;

/// A secret, PIN or password as typed, held in Rust: prints as `SensitiveText(<hidden>)`.
#[derive(uniffi::Object)]
#[uniffi::export(Debug, Display)]
pub struct SensitiveText(Zeroizing<String>);

impl fmt::Debug for SensitiveText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SensitiveText(<hidden>)")
    }
}

impl fmt::Display for SensitiveText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

impl SensitiveText {
    /// The text, for the core's own zeroizing types (`Secret`, `Pin`, `Password`).
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }

    /// Wraps text Rust already holds (tests, and records built on the Rust side).
    pub fn from_zeroizing(text: Zeroizing<String>) -> Arc<SensitiveText> {
        Arc::new(SensitiveText(text))
    }
}

#[uniffi::export]
impl SensitiveText {
    /// Takes the text the user typed. The app's own copy (an `EditText`'s, a `String`) stays the
    /// app's to clear; this one is wiped by Rust.
    #[uniffi::constructor]
    pub fn new(text: String) -> Arc<SensitiveText> {
        Arc::new(SensitiveText(Zeroizing::new(text)))
    }

    /// How many characters it holds (for a PIN field's dots), never which.
    pub fn char_count(&self) -> u32 {
        u32::try_from(self.0.chars().count()).unwrap_or(u32::MAX)
    }

    /// Whether nothing was typed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_prints_its_text() {
        let s = SensitiveText::new("0123456789abcdef".to_owned());
        assert_eq!(format!("{s:?}"), "SensitiveText(<hidden>)");
        assert_eq!(s.to_string(), "SensitiveText(<hidden>)");
        assert_eq!(s.char_count(), 16);
        assert!(!s.is_empty());
        assert_eq!(s.expose(), "0123456789abcdef");
    }
}
