//! Read-only questions to the scheduler: when to wake it next, and the status snapshot.

use super::{AWAY_POLL, BREAK_GRACE, BUSY_POLL, Pause, Phase, Scheduler};
use crate::presence::Quiet;
use crate::reminder::ReminderKind;
use crate::status::{PhaseName, Status, Upcoming};
use crate::{Time, TimeDelta, whole_secs};
use strum::IntoEnumIterator;

impl Scheduler {
    /// When the caller should next call [`Scheduler::observe`]; never in the past.
    pub fn next_deadline(&self) -> Time {
        let t = self.now();
        let s = &self.settings;
        let mut deadline = self
            .presence
            .next_check(AWAY_POLL.min(s.presence.natural_break_after));
        let mut consider = |d: Time| deadline = deadline.min(d);
        if let Some(since) = self.presence.away_since()
            && !self.natural_break_confirmed
        {
            consider(since + s.movement.length);
        }
        if let Some(Pause { until: Some(until) }) = self.pause {
            consider(until);
        }
        let earliest_prompt = self
            .last_prompt_at
            .map_or(t, |p| p + s.schedule.merge_within);
        match self.phase {
            Phase::Prompting { shown_at, .. } => consider(shown_at + s.schedule.answer_within),
            Phase::OnBreak { started_at, .. } => {
                consider(started_at + s.movement.length + BREAK_GRACE)
            }
            Phase::Snoozed { until, .. } if self.may_prompt() => consider(until),
            Phase::Counting if self.may_prompt() => {
                if let Some(due) = ReminderKind::iter()
                    .filter(|&k| self.running(k))
                    .filter_map(|k| self.due_in(k))
                    .min()
                {
                    consider((t + due).max(earliest_prompt));
                }
                // While busy no heads-up comes (the break waits anyway): no deadline for it.
                if let Some(heads_up) = self.heads_up_in()
                    && self.quiet == Quiet::No
                {
                    consider(t + heads_up.max(TimeDelta::zero()));
                }
            }
            _ => {}
        }
        if let Some(deferral) = self.deferred
            && self.may_prompt()
        {
            match deferral.free_since {
                Some(free) => consider(free + s.context.grace),
                None => {
                    consider(t + BUSY_POLL.min(s.context.grace));
                    consider(t + (s.context.max_sitting - self.sitting()).max(TimeDelta::zero()));
                }
            }
        }
        deadline.max(t + TimeDelta::seconds(1))
    }

    /// When a reminder due sooner may show: reminders come at least `[schedule]
    /// merge_within` apart (a snoozed one comes back when the user chose, so none waits).
    fn held_until(&self) -> Option<Time> {
        if !matches!(self.phase, Phase::Counting) || !self.may_prompt() {
            return None;
        }
        let until = self.last_prompt_at? + self.settings.schedule.merge_within;
        let soonest = ReminderKind::iter()
            .filter(|&k| self.running(k))
            .filter_map(|k| self.due_in(k))
            .min()?;
        (until > self.now() + soonest).then_some(until)
    }

    /// A read-only picture of the state at the newest sample.
    /// The id of the movement reminder waiting for an answer, if one is.
    pub fn showing_id(&self) -> Option<u64> {
        match self.phase {
            Phase::Prompting { ref reminder, .. } => Some(reminder.id),
            _ => None,
        }
    }

    pub fn status(&self) -> Status {
        let t = self.now();
        let phase = match self.phase {
            Phase::Counting => PhaseName::Counting,
            Phase::Prompting { .. } => PhaseName::Prompting,
            Phase::Snoozed { .. } => PhaseName::Snoozed,
            Phase::OnBreak { .. } => PhaseName::OnBreak,
        };
        let snoozes_used = match self.phase {
            Phase::Prompting { snoozes_used, .. }
            | Phase::Snoozed { snoozes_used, .. }
            | Phase::OnBreak { snoozes_used, .. } => snoozes_used,
            Phase::Counting => 0,
        };
        let next_movement_in = match self.phase {
            Phase::Snoozed { until, .. } => (until - t).max(TimeDelta::zero()),
            Phase::Prompting { .. } | Phase::OnBreak { .. } => TimeDelta::zero(),
            Phase::Counting => self.due_in(ReminderKind::Movement).unwrap_or_default(),
        };
        let next = ReminderKind::iter()
            .filter_map(|kind| {
                Some(Upcoming {
                    kind,
                    in_secs: whole_secs(self.due_in(kind)?),
                })
            })
            .collect();
        Status {
            at: t,
            presence: self.presence(),
            sitting_secs: whole_secs(self.sitting()),
            sitting_since: self.stretch_started,
            posture: self.posture,
            standing_secs: whole_secs(self.standing()),
            standing_desk: self.settings.standing.enabled,
            next_movement_in_secs: whole_secs(next_movement_in),
            snoozes_left: self
                .settings
                .movement
                .max_snoozes
                .saturating_sub(snoozes_used),
            paused: self.pause.is_some(),
            paused_until: self.pause.and_then(|p| p.until),
            phase,
            next,
            held_until: self.held_until(),
        }
    }
}
