//! Helpers shared by the core tests: times on a fixed day, settings, event filters.

use chrono::{FixedOffset, NaiveDate, TimeDelta, TimeZone, Utc};
use knotless::config::Settings;
use knotless_core::Time;
use knotless_core::history::{Event, EventKind};
use knotless_core::reminder::ReminderKind;

/// Monday 5 January 2026, hh:mm UTC.
pub fn at(h: u32, m: u32) -> Time {
    Utc.with_ymd_and_hms(2026, 1, 5, h, m, 0).unwrap()
}

pub fn monday() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
}

pub fn utc() -> FixedOffset {
    FixedOffset::east_opt(0).unwrap()
}

pub fn minutes(m: i64) -> TimeDelta {
    TimeDelta::minutes(m)
}

/// Defaults with only the movement break on, so times are easy to follow by hand.
pub fn movement_only() -> Settings {
    let mut s = Settings::default();
    s.micro_pause.enabled = false;
    s.hydration.enabled = false;
    s
}

/// "HH:MM" of each reminder whose leading kind is `kind`, in `tz`.
pub fn reminder_times<Tz: TimeZone>(events: &[Event], kind: ReminderKind, tz: &Tz) -> Vec<String>
where
    Tz::Offset: std::fmt::Display,
{
    events
        .iter()
        .filter(|e| matches!(&e.kind, EventKind::Reminder { kinds, .. } if kinds[0] == kind))
        .map(|e| e.at.with_timezone(tz).format("%H:%M").to_string())
        .collect()
}

/// (HH:MM, away minutes) of each natural break.
pub fn natural_breaks(events: &[Event]) -> Vec<(String, u64)> {
    events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::NaturalBreak { away_secs, .. } => {
                Some((e.at.format("%H:%M").to_string(), away_secs / 60))
            }
            _ => None,
        })
        .collect()
}

/// The event names in order, for outcome checks.
pub fn names(events: &[Event]) -> Vec<&'static str> {
    events.iter().map(|e| e.kind.name()).collect()
}
