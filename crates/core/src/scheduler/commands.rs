//! What the user (or a UI, or the CLI) can ask of the scheduler, and why it may refuse.

use super::{Effect, Pause, Phase, Scheduler, record};
use crate::history::{CompletedVia, EventKind};
use crate::presence::Posture;
use crate::reminder::ReminderKind;
use crate::{Time, TimeDelta, whole_secs};

/// A request from the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Start the movement break now (the shown one, or an extra one).
    StartBreak,
    /// The running break is done.
    CompleteBreak,
    /// Postpone the shown movement break (by the configured snooze when `None`).
    Snooze(Option<TimeDelta>),
    /// Skip the shown movement break, or the next one when none is shown.
    Skip,
    /// Stop reminding for a while.
    Pause(PauseLength),
    /// Remind again.
    Resume,
    /// The user stands up at a sit-stand desk.
    Stand,
    /// The user sits down again.
    Sit,
    /// "Later" on a stand or change-position nudge: bring it back after `[movement] snooze`.
    Later(ReminderKind),
}

/// What a command did: the effects to carry out (always) and whether it was accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct Handled {
    pub effects: Vec<Effect>,
    pub result: Result<(), Refusal>,
}

/// How long a pause lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PauseLength {
    For(TimeDelta),
    Until(Time),
    Indefinitely,
}

/// Why a command did nothing. The messages are shown to the user as they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("no movement break is showing, so there is nothing to snooze")]
    NothingToSnooze,
    #[error(
        "this break has been snoozed {0} times already, the most allowed (movement.max_snoozes)"
    )]
    NoSnoozesLeft(u32),
    #[error("no break is running")]
    NoBreakRunning,
    #[error("a break is already running")]
    AlreadyOnBreak,
    #[error("reminders are not paused")]
    NotPaused,
    #[error("a pause must end in the future")]
    PauseInPast,
    #[error("standing is off; turn it on with `enabled = true` under [standing] in the config")]
    StandingOff,
    #[error("you are standing already")]
    AlreadyStanding,
    #[error("you are sitting already")]
    AlreadySitting,
    #[error("only a stand or change-position nudge can be put off until later")]
    NotANudge,
}

impl Scheduler {
    /// Applies a command at `now` (time advances first, as if sampled with no new input;
    /// a caller with an idle source observes a fresh sample first). The effects of that
    /// time step are returned even when the command itself is refused, so nothing is lost.
    pub fn handle(&mut self, now: Time, command: Command) -> Handled {
        let mut effects = Vec::new();
        let sample = self.presence.extrapolate(now);
        self.step(sample, &mut effects);
        let t = self.now();
        let result = match command {
            Command::StartBreak => self.start_break(t, &mut effects),
            Command::CompleteBreak => self.complete_break(t, &mut effects),
            Command::Snooze(length) => {
                let length = length.unwrap_or(self.settings.movement.snooze);
                self.snooze(t, length, &mut effects)
            }
            Command::Skip => {
                self.skip(t, &mut effects);
                Ok(())
            }
            Command::Pause(length) => self.pause(t, length, &mut effects),
            Command::Resume => self.resume(t, &mut effects),
            Command::Stand => self.stand(t, &mut effects),
            Command::Sit => self.sit(t, &mut effects),
            Command::Later(kind) => self.later(t, kind, &mut effects),
        };
        self.sample_due_by = self.next_deadline();
        Handled { effects, result }
    }

    fn shown_id(&self) -> Option<u64> {
        match self.phase {
            Phase::Prompting { ref reminder, .. } => Some(reminder.id),
            Phase::Snoozed { id, .. } => Some(id),
            Phase::OnBreak { id, .. } => id,
            Phase::Counting => None,
        }
    }

    fn start_break(&mut self, t: Time, out: &mut Vec<Effect>) -> Result<(), Refusal> {
        let (id, snoozes_used) = match self.phase {
            Phase::OnBreak { .. } => return Err(Refusal::AlreadyOnBreak),
            Phase::Prompting {
                ref reminder,
                snoozes_used,
                ..
            } => {
                out.push(Effect::Withdraw(reminder.id));
                (Some(reminder.id), snoozes_used)
            }
            Phase::Snoozed {
                id, snoozes_used, ..
            } => (Some(id), snoozes_used),
            Phase::Counting => (None, 0),
        };
        self.clear_heads_up(out);
        let length_secs = whole_secs(self.settings.movement.length);
        record(out, t, EventKind::BreakStarted { id, length_secs });
        self.phase = Phase::OnBreak {
            id,
            started_at: t,
            present_at_start: self.present_total,
            snoozes_used,
        };
        Ok(())
    }

    fn complete_break(&mut self, t: Time, out: &mut Vec<Effect>) -> Result<(), Refusal> {
        let Phase::OnBreak {
            id,
            started_at,
            present_at_start,
            ..
        } = self.phase
        else {
            return Err(Refusal::NoBreakRunning);
        };
        self.end_stretch_at_break_start(started_at, present_at_start, out);
        let secs = whole_secs(t - started_at);
        record(
            out,
            t,
            EventKind::BreakCompleted {
                id,
                secs,
                via: CompletedVia::Done,
            },
        );
        self.reset(ReminderKind::Movement);
        self.reset(ReminderKind::Stand);
        self.reset(ReminderKind::MicroPause);
        self.phase = Phase::Counting;
        Ok(())
    }

    fn snooze(&mut self, t: Time, length: TimeDelta, out: &mut Vec<Effect>) -> Result<(), Refusal> {
        let (id, used) = match self.phase {
            Phase::Prompting {
                ref reminder,
                snoozes_used,
                ..
            } => (Some(reminder.id), snoozes_used),
            Phase::Snoozed {
                id, snoozes_used, ..
            } => (Some(id), snoozes_used),
            Phase::OnBreak {
                id, snoozes_used, ..
            } => (id, snoozes_used),
            Phase::Counting if self.heads_up == Some(super::HeadsUp::Shown) => {
                self.put_off_after_heads_up(t, length, out);
                return Ok(());
            }
            Phase::Counting => return Err(Refusal::NothingToSnooze),
        };
        let max = self.settings.movement.max_snoozes;
        if used >= max {
            return Err(Refusal::NoSnoozesLeft(max));
        }
        let id = id.unwrap_or_else(|| {
            self.next_id += 1;
            self.next_id - 1
        });
        if matches!(self.phase, Phase::Prompting { .. }) {
            out.push(Effect::Withdraw(id));
        }
        let snoozes_left = max - used - 1;
        record(
            out,
            t,
            EventKind::Snoozed {
                id,
                for_secs: whole_secs(length),
                snoozes_left,
            },
        );
        self.phase = Phase::Snoozed {
            id,
            until: t + length,
            snoozes_used: used + 1,
            ignored: 0,
        };
        Ok(())
    }

    /// Snooze on the heads-up: the coming break falls due `length` of sitting from now
    /// instead (no snooze of the break itself is used up).
    fn put_off_after_heads_up(&mut self, t: Time, length: TimeDelta, out: &mut Vec<Effect>) {
        self.clear_heads_up(out);
        if let Some(every) = self.interval(ReminderKind::Movement) {
            let kind = ReminderKind::Movement;
            let left = self.due_in(kind).unwrap_or_default();
            self.anchors[kind] = self.clock(kind) - (every - (left + length).min(every));
        }
        record(
            out,
            t,
            EventKind::Postponed {
                kind: ReminderKind::Movement,
                for_secs: whole_secs(length),
            },
        );
    }

    fn skip(&mut self, t: Time, out: &mut Vec<Effect>) {
        self.clear_heads_up(out);
        let id = self.shown_id();
        if let Phase::Prompting { ref reminder, .. } = self.phase {
            out.push(Effect::Withdraw(reminder.id));
        }
        record(out, t, EventKind::BreakSkipped { id });
        self.reset(ReminderKind::Movement);
        self.phase = Phase::Counting;
    }

    fn pause(
        &mut self,
        t: Time,
        length: PauseLength,
        out: &mut Vec<Effect>,
    ) -> Result<(), Refusal> {
        let until = match length {
            PauseLength::For(d) if d > TimeDelta::zero() => Some(t + d),
            PauseLength::Until(until) if until > t => Some(until),
            PauseLength::Indefinitely => None,
            PauseLength::For(_) | PauseLength::Until(_) => return Err(Refusal::PauseInPast),
        };
        // A pause takes the shown reminder (and heads-up) away; the break stays overdue for
        // after the pause.
        self.clear_heads_up(out);
        if let Phase::Prompting { ref reminder, .. } = self.phase {
            out.push(Effect::Withdraw(reminder.id));
        }
        if matches!(self.phase, Phase::Prompting { .. } | Phase::Snoozed { .. }) {
            self.phase = Phase::Counting;
        }
        record(
            out,
            t,
            EventKind::Paused {
                for_secs: until.map(|u| whole_secs(u - t)),
            },
        );
        self.pause = Some(Pause { until });
        Ok(())
    }

    /// Carries over a pause from an earlier run (see [`pause_in_force`]): no event, no
    /// effects; a pause that has already run out is ignored.
    ///
    /// [`pause_in_force`]: crate::history::pause_in_force
    pub fn restore_pause(&mut self, until: Option<Time>) {
        if until.is_none_or(|u| u > self.now()) {
            self.pause = Some(Pause { until });
            self.sample_due_by = self.next_deadline();
        }
    }

    /// Numbers the next reminder after `newest`, the newest id history holds, so that ids
    /// stay unique across restarts (history answers, snoozes and misses refer to them).
    pub fn continue_ids_after(&mut self, newest: u64) {
        self.next_id = self.next_id.max(newest.saturating_add(1));
    }

    fn stand(&mut self, t: Time, out: &mut Vec<Effect>) -> Result<(), Refusal> {
        if !self.settings.standing.enabled {
            return Err(Refusal::StandingOff);
        }
        if self.posture == Posture::Standing {
            return Err(Refusal::AlreadyStanding);
        }
        record(out, t, EventKind::StoodUp);
        self.posture = Posture::Standing;
        self.standing_anchor = self.standing_total;
        self.reset(ReminderKind::ChangePosition);
        Ok(())
    }

    fn sit(&mut self, t: Time, out: &mut Vec<Effect>) -> Result<(), Refusal> {
        if !self.settings.standing.enabled {
            return Err(Refusal::StandingOff);
        }
        if self.posture == Posture::Sitting {
            return Err(Refusal::AlreadySitting);
        }
        self.sit_down(t, false, out);
        Ok(())
    }

    /// Sets `kind`'s counter so that it falls due after `[movement] snooze` more of its
    /// clock (sitting time for the stand nudge, standing time for change-position).
    fn later(&mut self, t: Time, kind: ReminderKind, out: &mut Vec<Effect>) -> Result<(), Refusal> {
        if !matches!(kind, ReminderKind::Stand | ReminderKind::ChangePosition) {
            return Err(Refusal::NotANudge);
        }
        let Some(every) = self.interval(kind) else {
            return Err(Refusal::StandingOff);
        };
        let wait = self.settings.movement.snooze.min(every);
        self.anchors[kind] = self.clock(kind) - (every - wait);
        record(
            out,
            t,
            EventKind::Postponed {
                kind,
                for_secs: whole_secs(wait),
            },
        );
        Ok(())
    }

    fn resume(&mut self, t: Time, out: &mut Vec<Effect>) -> Result<(), Refusal> {
        if self.pause.take().is_none() {
            return Err(Refusal::NotPaused);
        }
        record(out, t, EventKind::Resumed { auto: false });
        Ok(())
    }
}
