//! Text from outside — token names, notes, labels from URIs, QR codes and imported backups —
//! kept from driving a terminal.
//!
//! A name or note is shown to the user, and a terminal obeys what it prints: an ESC sequence in
//! a QR code's label can clear the screen, set the window title or forge the lines around it,
//! and a right-to-left override (U+202E) makes `ACME:alice` read as something else. The rule
//! (docs/import-export.md, docs/cli.md):
//!
//! - **Names** (issuer, account) may hold none of these characters: a new token's name is
//!   refused ([`check_label`]), and an imported entry with one is skipped with the reason.
//! - **Notes** may span lines (Aegis notes do), so line breaks and tabs stay; on import every
//!   other such character is replaced by U+FFFD ([`clean_note`]), and a note typed for a new
//!   token is refused ([`check_note_text`]).
//! - **Whatever is printed** goes through [`escape_for_terminal`] anyway (vaults written before
//!   this rule, error messages quoting what a user typed, import reports of entries that were
//!   skipped for this very reason).

use std::borrow::Cow;
use std::fmt::Write;

use crate::error::{Error, Result, TokenField};

/// Whether `c` can change what a terminal shows beyond printing a glyph: the C0 controls
/// (including ESC, CR, LF, TAB), DEL, the C1 controls (U+0080–U+009F, CSI among them), and the
/// Unicode bidirectional controls that reorder text (U+061C, U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069).
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// `text` with every [unsafe character](is_unsafe_char) written out as a visible escape:
/// `\x1b` for controls up to U+00FF, `\u{202e}` for the bidirectional ones. Borrowed (no copy)
/// when there is nothing to escape, which is almost always.
pub fn escape_for_terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if !is_unsafe_char(c) {
            out.push(c);
        } else if u32::from(c) <= 0xFF {
            let _ = write!(out, "\\x{:02x}", u32::from(c));
        } else {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
    }
    Cow::Owned(out)
}

/// Refuses a name part (the issuer or the account) holding an [unsafe
/// character](is_unsafe_char).
pub fn check_label(field: TokenField, text: &str) -> Result<()> {
    match text.chars().find(|&c| is_unsafe_char(c)) {
        None => Ok(()),
        Some(c) => Err(Error::TokenInvalid {
            field,
            problem: format!(
                "the {} contains a control character ({}{}): remove it",
                field.words(),
                escape_for_terminal(&c.to_string()),
                if c.is_control() {
                    ", such as a line break or a terminal escape"
                } else {
                    ", which reorders text on screen"
                }
            ),
        }),
    }
}

/// Refuses a note typed for a token if it holds an [unsafe character](is_unsafe_char) other
/// than a line break or a tab.
pub fn check_note_text(note: &str) -> Result<()> {
    match note
        .chars()
        .find(|&c| is_unsafe_char(c) && !matches!(c, '\n' | '\t'))
    {
        None => Ok(()),
        Some(c) => Err(Error::TokenInvalid {
            field: TokenField::Note,
            problem: format!(
                "the note contains a control character ({}): remove it (line breaks and tabs \
                 are fine)",
                escape_for_terminal(&c.to_string())
            ),
        }),
    }
}

/// An imported note with every [unsafe character](is_unsafe_char) but line breaks and tabs
/// replaced by U+FFFD, so the token is kept and the user can see something was there. A
/// `\r\n` becomes `\n`.
pub fn clean_note(note: &str) -> String {
    note.replace("\r\n", "\n")
        .chars()
        .map(|c| {
            if is_unsafe_char(c) && !matches!(c, '\n' | '\t') {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_control_is_unsafe() {
        for c in [
            '\0', '\x07', '\x1b', '\r', '\n', '\t', '\x7f', '\u{85}', '\u{9b}',
        ] {
            assert!(is_unsafe_char(c), "{:x}", u32::from(c));
        }
        for c in ['\u{202e}', '\u{2066}', '\u{2069}', '\u{200f}', '\u{61c}'] {
            assert!(is_unsafe_char(c), "{:x}", u32::from(c));
        }
        for c in ['a', ' ', 'é', 'ß', '東', '\u{a0}', '€'] {
            assert!(!is_unsafe_char(c), "{c}");
        }
    }

    #[test]
    fn escapes_are_visible_and_inert() {
        assert!(matches!(
            escape_for_terminal("ACME:alice"),
            Cow::Borrowed("ACME:alice")
        ));
        assert_eq!(
            escape_for_terminal("a\x1b[2Jb\u{9b}c\u{202e}d\ne"),
            "a\\x1b[2Jb\\x9bc\\u{202e}d\\x0ae"
        );
        let escaped = escape_for_terminal("\x1b]0;title\x07\r\x7f");
        assert!(!escaped.chars().any(is_unsafe_char), "{escaped}");
    }

    #[test]
    fn labels_refuse_notes_keep_lines() {
        assert!(check_label(TokenField::Account, "alice").is_ok());
        let e = check_label(TokenField::Issuer, "AC\x1b[2JME")
            .unwrap_err()
            .to_string();
        assert!(e.contains("issuer") && e.contains("\\x1b"), "{e}");
        assert!(!e.contains('\x1b'), "{e}");
        assert!(check_label(TokenField::Account, "ali\u{202e}ce").is_err());
        assert!(check_note_text("line one\nline two\tend").is_ok());
        assert!(check_note_text("bell\x07").is_err());
        assert!(check_note_text("x\u{2067}y").is_err());
        assert_eq!(
            clean_note("a\r\nb\x1b[31mc\u{202e}d\te"),
            "a\nb\u{FFFD}[31mc\u{FFFD}d\te"
        );
    }
}
