//! Knowing when one of our own dialogs is up. A native dialog takes the focus from the window,
//! which the window reports to the core as going to the background; with "lock at once in the
//! background" that would lock the vault under the user's own file dialog (and drop the file it
//! asked for). While a dialog of ours is open, losing the focus is not leaving the app.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::platform::Dialogs;

/// The dialogs, counting those open.
pub(crate) struct CountedDialogs {
    inner: Arc<dyn Dialogs>,
    open: Arc<AtomicUsize>,
}

/// Counts one dialog open while it lives.
struct Open<'a>(&'a AtomicUsize);

impl<'a> Open<'a> {
    fn new(counter: &'a AtomicUsize) -> Open<'a> {
        let _ = counter.fetch_add(1, Ordering::SeqCst);
        Open(counter)
    }
}

impl Drop for Open<'_> {
    fn drop(&mut self) {
        let _ = self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl CountedDialogs {
    /// `inner`, counted in `open`.
    pub(crate) fn new(inner: Arc<dyn Dialogs>, open: Arc<AtomicUsize>) -> CountedDialogs {
        CountedDialogs { inner, open }
    }
}

impl Dialogs for CountedDialogs {
    fn open_file(&self, extensions: &[&str]) -> Option<PathBuf> {
        let _open = Open::new(&self.open);
        self.inner.open_file(extensions)
    }

    fn save_file(&self, name: &str) -> Option<PathBuf> {
        let _open = Open::new(&self.open);
        self.inner.save_file(name)
    }

    fn pick_folder(&self) -> Option<PathBuf> {
        let _open = Open::new(&self.open);
        self.inner.pick_folder()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Probe(Arc<AtomicUsize>);
    impl Dialogs for Probe {
        fn open_file(&self, _: &[&str]) -> Option<PathBuf> {
            assert_eq!(self.0.load(Ordering::SeqCst), 1, "counted while open");
            None
        }
        fn save_file(&self, _: &str) -> Option<PathBuf> {
            assert_eq!(self.0.load(Ordering::SeqCst), 1, "counted while open");
            None
        }
        fn pick_folder(&self) -> Option<PathBuf> {
            panic!("a dialog that fails")
        }
    }

    #[test]
    fn a_dialog_counts_while_it_is_open_even_when_it_fails() {
        let open = Arc::new(AtomicUsize::new(0));
        let d = Arc::new(CountedDialogs::new(
            Arc::new(Probe(open.clone())),
            open.clone(),
        ));
        assert_eq!(d.open_file(&[]), None);
        assert_eq!(d.save_file("x"), None);
        assert_eq!(open.load(Ordering::SeqCst), 0);
        let d2 = d.clone();
        let r = std::thread::spawn(move || d2.pick_folder()).join();
        assert!(r.is_err());
        assert_eq!(
            open.load(Ordering::SeqCst),
            0,
            "uncounted when it panicked too"
        );
    }
}
