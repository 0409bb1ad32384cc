//! Native open, save and folder dialogs through `rfd` (the XDG desktop portal on Linux: no GTK
//! to build against). They block, so the effects call them on a worker thread.

use std::path::PathBuf;

use crate::platform::Dialogs;

/// The OS's own dialogs.
#[derive(Debug, Clone, Copy, Default)]
pub struct NativeDialogs;

impl Dialogs for NativeDialogs {
    fn open_file(&self, extensions: &[&str]) -> Option<PathBuf> {
        let mut d = rfd::FileDialog::new();
        if !extensions.is_empty() {
            // The filter's name is the extensions themselves: no word of ours in the dialog.
            d = d.add_filter(extensions.join(", "), extensions);
        }
        d.pick_file()
    }

    fn save_file(&self, name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new().set_file_name(name).save_file()
    }

    fn pick_folder(&self) -> Option<PathBuf> {
        rfd::FileDialog::new().pick_folder()
    }
}
