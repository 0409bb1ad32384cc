//! A value handed over once through a `Clone` message. iced wants messages `Clone`, but a job's
//! outcome may hold the open vault and is delivered once (a clone of a `JobOutcome` is empty);
//! the handoff lets the message be cloned while the value itself moves exactly once.

use std::sync::{Arc, Mutex};

/// A value taken once, by whichever clone comes first.
#[derive(Clone)]
pub struct Handoff<T>(Arc<Mutex<Option<T>>>);

impl<T> Handoff<T> {
    pub fn new(value: T) -> Handoff<T> {
        Handoff(Arc::new(Mutex::new(Some(value))))
    }

    /// The value, if no clone took it before.
    pub fn take(&self) -> Option<T> {
        match self.0.lock() {
            Ok(mut slot) => slot.take(),
            Err(poisoned) => poisoned.into_inner().take(),
        }
    }
}

impl<T> std::fmt::Debug for Handoff<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // What it holds may be secret: never printed.
        f.write_str("Handoff(..)")
    }
}
