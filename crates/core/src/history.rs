//! History events: what happened, as the core reports it and as `history.jsonl` stores it.
//! Durations are whole seconds; the only timestamp is `at`, so every line stands alone.

use super::Time;
use super::reminder::ReminderKind;
use serde::{Deserialize, Serialize};

/// Schema version written into every history line.
pub const SCHEMA_VERSION: u32 = 1;

/// Something that happened, at a moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub at: Time,
    pub kind: EventKind,
}

/// How a movement break was completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompletedVia {
    /// The user said Done.
    #[default]
    Done,
    /// The user started the break and then stayed away from the computer for its length.
    Away,
}

/// What the break window answered for a movement break.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BreakAnswer {
    Completed,
    Snoozed,
    Skipped,
}

/// How an answer in the break window was given: the words of `answered` in history, so a
/// closed window is told apart from a pressed button.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum How {
    /// A button, clicked (or pressed with the keyboard focus on it).
    Button,
    /// Enter, the stage's primary action, after the key guard.
    Enter,
    /// Escape.
    Escape,
    /// The window was closed: its title bar's ×, Alt+F4, the window manager or the session.
    Closed,
    /// The window's process ended without answering (killed, crashed, the display gone): the
    /// daemon answered for it.
    WindowGone,
}

/// The one-tap answer after a break: "How did that feel?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feeling {
    Better,
    Same,
    Worse,
}

/// One area in a check-in: discomfort from 0 (fine) to 10, and whether there is numbness,
/// tingling, swelling or pain that limits daily activities there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaCheck {
    pub region: super::vocabulary::Region,
    pub score: u8,
    #[serde(default, skip_serializing_if = "is_false")]
    pub red_flag: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The kinds of event. The serialized name (`event` field) is part of the public contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum EventKind {
    /// A reminder was shown (again, after a snooze, when `snoozed` > 0).
    Reminder {
        id: u64,
        kinds: Vec<ReminderKind>,
        sitting_secs: u64,
        #[serde(default, skip_serializing_if = "is_zero")]
        snoozed: u32,
        /// How often it went unanswered before this ask (`[movement] insist`).
        #[serde(default, skip_serializing_if = "is_zero")]
        ignored: u32,
        /// Asked in the break prompt window rather than a notification (`insist = "firm"`).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        window: bool,
    },
    /// The user snoozed a movement reminder.
    Snoozed {
        id: u64,
        for_secs: u64,
        snoozes_left: u32,
    },
    /// A movement break began (`id` is `None` for a break the user asked for).
    BreakStarted { id: Option<u64>, length_secs: u64 },
    /// A movement break ended well; `secs` is how long it took.
    BreakCompleted {
        id: Option<u64>,
        secs: u64,
        #[serde(default)]
        via: CompletedVia,
    },
    /// The user skipped a movement break (a shown one, or the next one when `id` is `None`).
    BreakSkipped { id: Option<u64> },
    /// A started break was never finished and the user went on working.
    BreakAbandoned { id: Option<u64> },
    /// A movement reminder went unanswered.
    Missed { id: u64 },
    /// A movement reminder went unanswered and will be asked again (`[movement] insist`).
    Ignored { id: u64 },
    /// A quiet heads-up that the movement break comes in about `in_secs`.
    HeadsUp { in_secs: u64 },
    /// The user was away at least a break's length; `away_secs` ends at `at`.
    NaturalBreak {
        away_secs: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<u64>,
    },
    /// A sitting stretch ended at `at`: `secs` of sitting within `span_secs` of wall time.
    Sitting { secs: u64, span_secs: u64 },
    /// Reminders paused; `for_secs` is `None` when paused until resumed.
    Paused { for_secs: Option<u64> },
    /// Reminders resumed, by the user or because the pause ran out (`auto`).
    Resumed { auto: bool },
    /// How an exercise felt, asked right after the break.
    Feedback { exercise: String, feeling: Feeling },
    /// A reminder fell due while the user was busy; it is shown once they are free.
    Deferred {
        kinds: Vec<ReminderKind>,
        sitting_secs: u64,
    },
    /// The exercise suggested for movement reminder `id` (`None`: a break the user asked
    /// for). The variety engine reads these back to keep varying across restarts.
    Suggested { id: Option<u64>, exercise: String },
    /// How the areas feel, asked after a break at the check-in cadence.
    Checkin { areas: Vec<AreaCheck> },
    /// The user stood up at a sit-stand desk.
    StoodUp,
    /// The user sat down after standing `standing_secs`; `auto` when nobody said so, because
    /// they went away (coming back starts as sitting), turned standing off, or knotless stopped.
    SatDown {
        standing_secs: u64,
        #[serde(default, skip_serializing_if = "is_false")]
        auto: bool,
    },
    /// "Later" on a stand or change-position nudge: it comes back in `for_secs` of the
    /// posture it is about.
    Postponed { kind: ReminderKind, for_secs: u64 },
    /// Advice shown about an area (`seek_help`, `physical_therapist`), so it is not repeated.
    Advised {
        region: super::vocabulary::Region,
        kind: String,
    },
    /// How the break window's answer came about, written right after the `break_completed`,
    /// `snoozed` or `break_skipped` it explains: `how` it was given and how many of the
    /// exercise's steps were done (unknown when the window was gone).
    Answered {
        answer: BreakAnswer,
        how: How,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        steps_done: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        steps: Option<u32>,
    },
}

/// The pause the history leaves in force at `now`: `Some(None)` paused until resumed,
/// `Some(Some(t))` paused until `t`, `None` not paused. Only the newest pause or resume counts.
pub fn pause_in_force(events: &[Event], now: Time) -> Option<Option<Time>> {
    let last = events.iter().rev().find_map(|e| match e.kind {
        EventKind::Paused { for_secs } => Some(Some((e.at, for_secs))),
        EventKind::Resumed { .. } => Some(None),
        _ => None,
    })??;
    match last {
        (_, None) => Some(None),
        (at, Some(secs)) => {
            let until = at + chrono::TimeDelta::seconds(i64::try_from(secs).ok()?);
            (until > now).then_some(Some(until))
        }
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl EventKind {
    /// The `event` name as written to history.
    pub fn name(&self) -> &'static str {
        match self {
            EventKind::Reminder { .. } => "reminder",
            EventKind::Snoozed { .. } => "snoozed",
            EventKind::BreakStarted { .. } => "break_started",
            EventKind::BreakCompleted { .. } => "break_completed",
            EventKind::BreakSkipped { .. } => "break_skipped",
            EventKind::BreakAbandoned { .. } => "break_abandoned",
            EventKind::Missed { .. } => "missed",
            EventKind::Ignored { .. } => "ignored",
            EventKind::HeadsUp { .. } => "heads_up",
            EventKind::NaturalBreak { .. } => "natural_break",
            EventKind::Sitting { .. } => "sitting",
            EventKind::Paused { .. } => "paused",
            EventKind::Resumed { .. } => "resumed",
            EventKind::Suggested { .. } => "suggested",
            EventKind::Deferred { .. } => "deferred",
            EventKind::Feedback { .. } => "feedback",
            EventKind::Checkin { .. } => "checkin",
            EventKind::Advised { .. } => "advised",
            EventKind::StoodUp => "stood_up",
            EventKind::SatDown { .. } => "sat_down",
            EventKind::Postponed { .. } => "postponed",
            EventKind::Answered { .. } => "answered",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(min: i64) -> Time {
        chrono::Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap() + chrono::TimeDelta::minutes(min)
    }

    fn event(min: i64, kind: EventKind) -> Event {
        Event { at: at(min), kind }
    }

    #[test]
    fn the_newest_pause_or_resume_decides() {
        let paused = |m, secs| event(m, EventKind::Paused { for_secs: secs });
        let resumed = |m| event(m, EventKind::Resumed { auto: false });
        assert_eq!(pause_in_force(&[], at(0)), None);
        assert_eq!(
            pause_in_force(&[paused(0, Some(1800))], at(10)),
            Some(Some(at(30)))
        );
        assert_eq!(
            pause_in_force(&[paused(0, Some(1800))], at(30)),
            None,
            "ran out"
        );
        assert_eq!(pause_in_force(&[paused(0, None)], at(600)), Some(None));
        assert_eq!(pause_in_force(&[paused(0, None), resumed(5)], at(10)), None);
        let later = [paused(0, None), resumed(5), paused(6, Some(600))];
        assert_eq!(pause_in_force(&later, at(7)), Some(Some(at(16))));
    }
}
