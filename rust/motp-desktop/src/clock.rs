//! The time the core is told. The core reads no clock: every event carries `now_ms`. The
//! window stamps its events with [`SystemClock`]; tests pin the instant with [`FixedClock`] so a
//! code can be compared with a published vector.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// A wall clock in Unix milliseconds.
pub trait Clock: Send + Sync + std::fmt::Debug {
    /// Now, Unix ms.
    fn now_ms(&self) -> i64;
}

/// The system's wall clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        let since = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        i64::try_from(since.as_millis()).unwrap_or(i64::MAX)
    }
}

/// A clock that says what it is set to (tests): shared, so the test moves time while the app
/// holds it.
#[derive(Debug, Clone, Default)]
pub struct FixedClock(Arc<AtomicI64>);

impl FixedClock {
    /// A clock at `now_ms`.
    pub fn at(now_ms: i64) -> FixedClock {
        FixedClock(Arc::new(AtomicI64::new(now_ms)))
    }

    /// Sets the time.
    pub fn set(&self, now_ms: i64) {
        self.0.store(now_ms, Ordering::SeqCst);
    }

    /// Moves time forward.
    pub fn advance(&self, ms: i64) {
        let _ = self.0.fetch_add(ms, Ordering::SeqCst);
    }
}

impl Clock for FixedClock {
    fn now_ms(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}
