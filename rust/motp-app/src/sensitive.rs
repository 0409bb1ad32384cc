//! Values that cross between the shell and the core and must never print: passwords, PINs,
//! secrets, URIs that hold secrets, key bytes, exported files.
//!
//! Both types zeroize on drop and have a redacted `Debug`, so an event or effect that holds one
//! can be logged whole. The FFI layer wraps them in objects whose printed form is redacted too.

use std::fmt;

use zeroize::Zeroizing;

/// Text that must never be printed: a password, a PIN, a secret, a provisioning URI, a code
/// copied to the clipboard.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct SecretText(Zeroizing<String>);

impl SecretText {
    /// Takes ownership of the text (it is zeroized when dropped).
    pub fn new(text: impl Into<String>) -> SecretText {
        SecretText(Zeroizing::new(text.into()))
    }

    /// The text, deliberately.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<String> for SecretText {
    fn from(text: String) -> Self {
        SecretText::new(text)
    }
}

impl From<&str> for SecretText {
    fn from(text: &str) -> Self {
        SecretText::new(text)
    }
}

impl From<Zeroizing<String>> for SecretText {
    fn from(text: Zeroizing<String>) -> Self {
        SecretText(text)
    }
}

impl fmt::Debug for SecretText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretText(<redacted>)")
    }
}

/// Bytes that must never be printed: the vault key handed to the device key store, an exported
/// backup, a QR code's modules.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct SecretBytes(Zeroizing<Vec<u8>>);

impl SecretBytes {
    /// Takes ownership of the bytes (they are zeroized when dropped).
    pub fn new(bytes: impl Into<Vec<u8>>) -> SecretBytes {
        SecretBytes(Zeroizing::new(bytes.into()))
    }

    /// The bytes, deliberately.
    pub fn expose(&self) -> &[u8] {
        &self.0
    }

    /// How many bytes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Vec<u8>> for SecretBytes {
    fn from(bytes: Vec<u8>) -> Self {
        SecretBytes::new(bytes)
    }
}

impl From<Zeroizing<Vec<u8>>> for SecretBytes {
    fn from(bytes: Zeroizing<Vec<u8>>) -> Self {
        SecretBytes(bytes)
    }
}

impl fmt::Debug for SecretBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretBytes(<{} bytes redacted>)", self.0.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_content() {
        let t = SecretText::new("0123456789abcdef");
        let b = SecretBytes::new(b"key-bytes".to_vec());
        assert_eq!(format!("{t:?}"), "SecretText(<redacted>)");
        assert_eq!(format!("{b:?}"), "SecretBytes(<9 bytes redacted>)");
        assert_eq!(t.expose(), "0123456789abcdef");
    }
}
