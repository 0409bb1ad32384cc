//! `SensitiveText` and `SensitiveBytes`: how a secret, PIN, password, key or backup file travels
//! inside a record or an enum.
//!
//! Generated records print themselves: a Kotlin `data class` has a `toString()` listing every
//! field, and Swift prints a struct or enum through reflection. A `String` field holding a PIN
//! would end up in the first log line or crash report that prints its record. A `SensitiveText`
//! is an opaque UniFFI object instead: the app makes one from what the user typed and hands it
//! on; Rust keeps the text in a zeroizing buffer (wiped when the last reference goes); its
//! printed form is `SensitiveText(<hidden>)` in both languages. The few values the app must use
//! on purpose (a code to put on the clipboard, the vault key to wrap with the device key, a backup
//! file to write, a revealed secret to draw) are read with an explicit `expose()`; everything the
//! app hands in stays write-only in practice. (A custom type would print as its foreign class,
//! but needs hand-written Kotlin and Swift classes beside the generated code; an object keeps the
//! text out of the app's heap as well.)

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
    pub(crate) fn text(&self) -> &str {
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

    /// The text, deliberately: for an effect's text the app must use (a code to copy) or a
    /// revealed secret to draw. Never log it.
    pub fn expose(&self) -> String {
        self.0.to_string()
    }
}

/// Bytes that must never print (the vault key for the device key store, a backup file, a QR
/// code of a secret), held in Rust: prints as `SensitiveBytes(<N bytes hidden>)`.
#[derive(uniffi::Object)]
#[uniffi::export(Debug, Display)]
pub struct SensitiveBytes(Zeroizing<Vec<u8>>);

impl fmt::Debug for SensitiveBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SensitiveBytes(<{} bytes hidden>)", self.0.len())
    }
}

impl fmt::Display for SensitiveBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

impl SensitiveBytes {
    /// The bytes, for the core's own zeroizing types.
    pub(crate) fn bytes(&self) -> &[u8] {
        &self.0
    }

    /// Wraps bytes Rust already holds.
    pub fn from_zeroizing(bytes: Zeroizing<Vec<u8>>) -> Arc<SensitiveBytes> {
        Arc::new(SensitiveBytes(bytes))
    }
}

#[uniffi::export]
impl SensitiveBytes {
    /// Takes bytes from the platform (the unwrapped vault key, a file the user opened).
    #[uniffi::constructor]
    pub fn new(bytes: Vec<u8>) -> Arc<SensitiveBytes> {
        Arc::new(SensitiveBytes(Zeroizing::new(bytes)))
    }

    /// How many bytes.
    pub fn byte_count(&self) -> u64 {
        self.0.len() as u64
    }

    /// The bytes, deliberately: to wrap with the device key, to write a file, to draw a QR code.
    pub fn expose(&self) -> Vec<u8> {
        self.0.to_vec()
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
        assert_eq!(&*s.0, "0123456789abcdef");
        let b = SensitiveBytes::new(vec![1, 2, 3]);
        assert_eq!(format!("{b:?}"), "SensitiveBytes(<3 bytes hidden>)");
        assert_eq!(b.to_string(), format!("{b:?}"));
        assert_eq!(b.expose(), vec![1, 2, 3]);
    }
}
