//! The status snapshot: what `knotless status`, the tray and the windows show. Read-only,
//! built by the scheduler; the daemon adds what only it knows (degraded channels).

use super::Time;
use super::presence::{Posture, Presence};
use super::reminder::ReminderKind;
use serde::{Deserialize, Serialize};

/// Where the movement break cycle stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseName {
    /// Counting towards the next reminder.
    Counting,
    /// A movement reminder is showing and waits for an answer.
    Prompting,
    /// The movement reminder was snoozed.
    Snoozed,
    /// A movement break is running.
    OnBreak,
}

/// When a reminder kind falls due, in present time from now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Upcoming {
    pub kind: ReminderKind,
    pub in_secs: u64,
}

/// A picture of the scheduler at one moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Status {
    pub at: Time,
    pub presence: Presence,
    pub sitting_secs: u64,
    pub sitting_since: Option<Time>,
    /// Sitting or standing (always sitting unless `[standing] enabled`).
    #[serde(default)]
    pub posture: Posture,
    /// Present time of the current stand (zero while sitting).
    #[serde(default)]
    pub standing_secs: u64,
    /// `[standing] enabled`: the user has a sit-stand desk and tells knotless their posture.
    #[serde(default)]
    pub standing_desk: bool,
    pub next_movement_in_secs: u64,
    pub snoozes_left: u32,
    pub paused: bool,
    pub paused_until: Option<Time>,
    pub phase: PhaseName,
    /// Every enabled kind, in order of precedence.
    pub next: Vec<Upcoming>,
    /// Reminders come at least `[schedule] merge_within` apart: one due before then (in
    /// `next`, or due now at 0 s) waits until this time, when it shows with whatever else
    /// is due by then. `None` when nothing waits for that.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub held_until: Option<Time>,
}
