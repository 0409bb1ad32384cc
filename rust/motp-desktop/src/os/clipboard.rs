//! The system clipboard through `arboard`, with the "keep out of the history" hint where the
//! platform has one (X11's `x-kde-passwordManagerHint`, macOS's `ConcealedType`, Windows's
//! `ExcludeClipboardContentFromMonitorProcessing`).

use crate::picture::GreyPlane;
use crate::platform::Clipboard;

/// The OS clipboard; it stays open while the window lives (on X11 the copied text is served by
/// its owner).
pub struct SystemClipboard {
    inner: Result<arboard::Clipboard, String>,
}

impl std::fmt::Debug for SystemClipboard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SystemClipboard")
    }
}

impl SystemClipboard {
    /// Opens it (an error is kept and returned by each use).
    pub fn open() -> SystemClipboard {
        SystemClipboard {
            inner: arboard::Clipboard::new().map_err(|e| e.to_string()),
        }
    }

    fn board(&mut self) -> Result<&mut arboard::Clipboard, String> {
        self.inner.as_mut().map_err(|e| e.clone())
    }
}

impl Clipboard for SystemClipboard {
    fn set_text(&mut self, text: &str, sensitive: bool) -> Result<(), String> {
        let board = self.board()?;
        let set = board.set();
        let set = if sensitive {
            hide_from_history(set)
        } else {
            set
        };
        set.text(text.to_owned()).map_err(|e| e.to_string())
    }

    fn clear_if_still(&mut self, expected: &str) {
        if let Ok(board) = self.board()
            && board.get_text().is_ok_and(|t| t == expected)
        {
            let _ = board.clear();
        }
    }

    fn picture(&mut self) -> Result<Option<GreyPlane>, String> {
        let board = self.board()?;
        match board.get_image() {
            Ok(img) => {
                let (w, h) = (
                    u32::try_from(img.width).map_err(|e| e.to_string())?,
                    u32::try_from(img.height).map_err(|e| e.to_string())?,
                );
                Ok(Some(GreyPlane::from_rgba(&img.bytes, w, h)))
            }
            Err(arboard::Error::ContentNotAvailable) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }
}

#[cfg(any(
    target_os = "linux",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "netbsd"
))]
fn hide_from_history(set: arboard::Set<'_>) -> arboard::Set<'_> {
    use arboard::SetExtLinux;
    set.exclude_from_history()
}

#[cfg(target_os = "windows")]
fn hide_from_history(set: arboard::Set<'_>) -> arboard::Set<'_> {
    use arboard::SetExtWindows;
    set.exclude_from_history()
}

#[cfg(target_os = "macos")]
fn hide_from_history(set: arboard::Set<'_>) -> arboard::Set<'_> {
    use arboard::SetExtApple;
    set.exclude_from_history()
}
