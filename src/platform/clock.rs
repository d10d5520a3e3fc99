//! The only place that reads system time (enforced by clippy's `disallowed-methods`).
//! Everything else receives `now` from here, so tests can inject any time they like.

use knotless_core::Time;

/// A source of the current wall-clock time.
pub trait Clock {
    fn now(&self) -> Time;
}

/// The real clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    #[allow(clippy::disallowed_methods)] // the one sanctioned read of the system clock
    fn now(&self) -> Time {
        chrono::Utc::now()
    }
}

/// A clock that always says the same time (tests, `plan --start`).
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub Time);

impl Clock for FixedClock {
    fn now(&self) -> Time {
        self.0
    }
}
