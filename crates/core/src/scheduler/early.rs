//! Bringing the movement break forward: a meeting is about to start, and the break would
//! otherwise fall due in it (the policy is `crate::meetings::MeetingPlan`'s; this only moves
//! the counter). The sitting clock is untouched: only the break comes sooner.

use super::{Phase, Scheduler};
use crate::TimeDelta;
use crate::reminder::ReminderKind;

impl Scheduler {
    /// Sitting time still to go before the movement break is due, while the scheduler is
    /// counting toward it (not paused, not snoozed, asking or on a break, not standing).
    pub fn movement_due_in(&self) -> Option<TimeDelta> {
        let counting = matches!(self.phase, Phase::Counting)
            && self.pause.is_none()
            && self.running(ReminderKind::Movement);
        counting
            .then(|| self.due_in(ReminderKind::Movement))
            .flatten()
    }

    /// Makes the movement break due now, so the next sample offers it. Returns whether
    /// anything changed (nothing does when it is already due or not counting).
    pub fn bring_movement_forward(&mut self) -> bool {
        match self.movement_due_in() {
            Some(to_go) if to_go > TimeDelta::zero() => {
                // The anchor only moves back: it stays at or below its clock.
                self.anchors[ReminderKind::Movement] -= to_go;
                true
            }
            _ => false,
        }
    }
}
