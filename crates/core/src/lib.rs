//! knotless-core, the pure model: presence, the sitting clock, the scheduler, the validated
//! settings, history events, statistics, working hours, meetings read from calendar text,
//! idle scripts and the plan simulation. Nothing in here does I/O, spawns a thread, logs or
//! reads the clock: callers pass `now` and activity samples in and get effects and the next
//! deadline out. The compiler keeps it so: no unsafe code, and no desktop, sound, async or
//! logging dependency (see `Cargo.toml`).
//!
//! It is the bottom of the workspace: `knotless-figure` stands beside it, `knotless-exercises`
//! builds on both, the app (`knotless`) on all three. The body-region vocabulary
//! ([`vocabulary`]) lives here because settings, history and statistics speak it.
//!
//! Glossary (the words used in code, UI and docs):
//! - **Presence**: `Active` (input within the last minute), `Passive` (no input for a while but
//!   not away: reading, a video, a call), `Away` (no input for `natural_break_after`, screen
//!   locked, or the machine suspended).
//! - **Sitting clock**: present time since the last real break; runs while Active or Passive.
//! - **Reminder**: one prompt that may carry several kinds (movement, micro-pause, hydration)
//!   when they fall due close together.
//! - **Natural break**: an absence at least as long as the movement break; it resets the
//!   sitting clock just like a completed break.
//! - **Outcome**: completed, skipped, snoozed, missed (ignored), natural, abandoned.

#![forbid(unsafe_code)]

pub mod calendar;
pub mod history;
pub mod hours;
pub mod meetings;
pub mod presence;
pub mod reminder;
pub mod scheduler;
pub mod script;
pub mod settings;
pub mod simulate;
pub mod stats;
pub mod status;
pub mod template;
pub mod vocabulary;

/// A point in wall-clock time. The core works in UTC; local time is only for display and
/// for calendar questions ("tomorrow morning"), answered in [`calendar`].
pub type Time = chrono::DateTime<chrono::Utc>;

pub use chrono::TimeDelta;

/// Whole seconds of a duration, never negative (what history and status report).
pub fn whole_secs(d: TimeDelta) -> u64 {
    u64::try_from(d.num_seconds()).unwrap_or(0)
}

/// A duration in short humane form ("1h 30m", "45s").
pub fn humane(d: TimeDelta) -> String {
    let secs = d.num_seconds().max(0);
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(format!("{h}h"));
    }
    if m > 0 {
        parts.push(format!("{m}m"));
    }
    if s > 0 || parts.is_empty() {
        parts.push(format!("{s}s"));
    }
    parts.join(" ")
}

/// A count of whole seconds (as history and statistics hold them) for people to read, in
/// the language shown ("1h 30m" in English).
pub fn humane_secs(secs: u64) -> String {
    knotless_i18n::format_duration(secs)
}

/// Reads a humane duration: "45m", "1h30m", "1h 30m", "20s", "90 sec".
pub fn parse_duration(text: &str) -> Result<TimeDelta, DurationError> {
    let std = humantime::parse_duration(text.trim())
        .map_err(|e| DurationError::Unreadable(e.to_string().to_lowercase()))?;
    TimeDelta::from_std(std).map_err(|_| DurationError::TooLong)
}

/// Why a duration could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DurationError {
    /// Not a humane duration (humantime's reason, in lower case).
    #[error("{0}")]
    Unreadable(String),
    /// More than a time delta can hold.
    #[error("too long")]
    TooLong,
}
