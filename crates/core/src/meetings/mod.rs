//! Meetings from the user's calendars: what counts as one (read from ICS text in [`ics`]),
//! and back-to-back meetings joined into blocks the scheduler keeps quiet through. Pure:
//! text and times in, intervals out.
//!
//! Crates: `icalendar` (its `parser` feature only) reads the files and `rrule` expands
//! recurrences; both are maintained, pure Rust, and agree on chrono and chrono-tz. Writing an
//! RFC 5545 reader and an RRULE engine by hand is where the other break reminders' attempts
//! stalled.

mod ics;
mod plan;
mod zones;

pub use ics::{IcsError, ReadOptions, meetings};
pub use plan::MeetingPlan;

use super::{Time, TimeDelta};

/// Meetings this close together are one block: too little time between them for a break.
pub const BACK_TO_BACK: TimeDelta = TimeDelta::minutes(5);

/// One meeting (an occurrence of a series, or a single event).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub start: Time,
    pub end: Time,
    pub summary: String,
}

/// Meetings that follow each other within [`BACK_TO_BACK`], as one stretch of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub start: Time,
    pub end: Time,
}

impl Block {
    pub fn contains(&self, t: Time) -> bool {
        self.start <= t && t < self.end
    }

    pub fn length(&self) -> TimeDelta {
        self.end - self.start
    }
}

/// Meetings (in any order) joined into blocks, in time order.
pub fn blocks(meetings: &[Meeting]) -> Vec<Block> {
    let mut spans: Vec<Block> = meetings
        .iter()
        .map(|m| Block {
            start: m.start,
            end: m.end,
        })
        .collect();
    spans.sort_by_key(|b| b.start);
    let mut out: Vec<Block> = Vec::new();
    for span in spans {
        match out.last_mut() {
            Some(last) if span.start <= last.end + BACK_TO_BACK => {
                last.end = last.end.max(span.end)
            }
            _ => out.push(span),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn m(from: (u32, u32), to: (u32, u32)) -> Meeting {
        let at = |(h, min)| Utc.with_ymd_and_hms(2026, 12, 7, h, min, 0).unwrap();
        Meeting {
            start: at(from),
            end: at(to),
            summary: String::new(),
        }
    }

    #[test]
    fn back_to_back_meetings_are_one_block() {
        let got = blocks(&[
            m((11, 0), (11, 30)),
            m((10, 0), (11, 0)),
            m((13, 0), (14, 0)),
        ]);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].length(), TimeDelta::minutes(90));
        // Five minutes between two meetings is still one block; ten is not.
        assert_eq!(blocks(&[m((9, 0), (9, 25)), m((9, 30), (10, 0))]).len(), 1);
        assert_eq!(blocks(&[m((9, 0), (9, 20)), m((9, 30), (10, 0))]).len(), 2);
    }
}
