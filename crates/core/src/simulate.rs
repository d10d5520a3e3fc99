//! The simulation driver: runs the real scheduler over scripted days with a simulated user
//! who answers movement reminders by a fixed policy. Used by `knotless plan` and by the
//! workday tests. Between days the computer sleeps.

use super::history::Event;
use super::meetings::MeetingPlan;
use super::presence::{Posture, Quiet, Sample};
use super::scheduler::{Command, Effect, Scheduler};
use super::script::{Activity, Day};
use super::{Time, TimeDelta};
use crate::settings::Settings;

/// How the simulated user answers a movement reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Response {
    /// Start the break at once and finish it after the configured length.
    #[default]
    Take,
    /// Snooze while snoozes are left, then take the break.
    Snooze,
    /// Skip every break.
    Skip,
    /// Never answer (the reminder is missed).
    Ignore,
}

/// What a simulated run produced.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Run {
    /// History events in time order.
    pub events: Vec<Event>,
    /// Scheduler steps taken (samples and commands): a measure of the work done.
    pub steps: u64,
}

struct User {
    response: Response,
    last_input: Time,
    break_ends: Option<Time>,
    answer: Option<Command>,
}

impl User {
    /// The user acts from `t` until `until` in a segment of `activity` that began at `from`:
    /// typing lasts right up to `until`; passive input comes every so often.
    fn act(&mut self, t: Time, until: Time, activity: Activity, from: Time) {
        if self.break_ends.is_some_and(|ends| ends > t) {
            return;
        }
        match activity {
            Activity::Active => self.last_input = until,
            Activity::Passive { input_every } => {
                let periods = (until - from).num_seconds() / input_every.num_seconds().max(1);
                let input = from + input_every * periods as i32;
                if input >= t {
                    self.last_input = self.last_input.max(input);
                }
            }
            Activity::Away | Activity::Locked | Activity::Suspended => {}
        }
    }

    /// When the user next touches the computer, if before `limit`.
    fn next_input(&self, t: Time, activity: Activity, from: Time) -> Option<Time> {
        match activity {
            Activity::Passive { input_every } if self.break_ends.is_none() => {
                let periods = (t - from).num_seconds() / input_every.num_seconds().max(1);
                Some(from + input_every * (periods as i32 + 1))
            }
            _ => None,
        }
    }
}

/// Runs `days` (in order, not overlapping) through a fresh scheduler.
pub fn run(settings: &Settings, days: &[Day], response: Response) -> Run {
    run_with_meetings(settings, days, response, &MeetingPlan::default())
}

/// [`run`] with meetings from a calendar: quiet through them, a break offered before them
/// (as the daemon does).
pub fn run_with_meetings(
    settings: &Settings,
    days: &[Day],
    response: Response,
    meetings: &MeetingPlan,
) -> Run {
    let Some(first) = days.first() else {
        return Run::default();
    };
    let mut scheduler = Scheduler::new(settings.clone(), first.start());
    let mut user = User {
        response,
        last_input: first.start(),
        break_ends: None,
        answer: None,
    };
    let mut run = Run::default();
    let length = settings.movement.length;
    let mut t = first.start();
    for day in days {
        t = t.max(day.start());
        user.last_input = user.last_input.max(t);
        let mut postures = day.postures.iter().peekable();
        while t < day.end {
            let (activity, segment_ends) = day.at(t);
            let from = day
                .segments
                .iter()
                .rev()
                .find(|s| s.0 <= t)
                .map_or(t, |s| s.0);
            if activity == Activity::Suspended {
                user.break_ends = None;
                user.answer = None;
                t = segment_ends;
                continue;
            }
            user.act(t, t, activity, from);
            // Standing up or sitting down is the user saying so: input, then the command.
            let mut says = Vec::new();
            while let Some(&&(at, posture)) = postures.peek()
                && at <= t
            {
                postures.next();
                user.last_input = user.last_input.max(at);
                says.push(match posture {
                    Posture::Standing => Command::Stand,
                    Posture::Sitting => Command::Sit,
                });
            }
            let sample = Sample {
                at: t,
                idle: Some(t - user.last_input),
                locked: activity == Activity::Locked,
                quiet: meetings.quiet(t, Quiet::No),
            };
            if let Some(due_in) = scheduler.movement_due_in()
                && meetings.offer_early(t, due_in)
            {
                scheduler.bring_movement_forward();
            }
            let effects = scheduler.observe(sample);
            run.steps += 1;
            apply(&mut run, &mut user, effects);
            for command in says {
                let handled = scheduler.handle(t, command);
                run.steps += 1;
                apply(&mut run, &mut user, handled.effects);
            }
            if user.break_ends == Some(t) {
                user.break_ends = None;
                user.answer = Some(Command::CompleteBreak);
            }
            while let Some(command) = user.answer.take() {
                let handled = scheduler.handle(t, command);
                run.steps += 1;
                if command == Command::StartBreak && handled.result.is_ok() {
                    user.break_ends = Some(t + length);
                }
                apply(&mut run, &mut user, handled.effects);
            }
            let mut next = scheduler.next_deadline().min(segment_ends);
            if let Some(change) = meetings.next_change(t) {
                next = next.min(change);
            }
            if let Some(input) = user.next_input(t, activity, from) {
                next = next.min(input);
            }
            if let Some(ends) = user.break_ends {
                next = next.min(ends);
            }
            if let Some(&&(at, _)) = postures.peek() {
                next = next.min(at);
            }
            let next = next.max(t + TimeDelta::seconds(1));
            user.act(t, next, activity, from);
            t = next;
        }
        // The day is over: a last look (as the daemon takes before a suspend), then the
        // computer sleeps until the next day.
        if day.at(day.end - TimeDelta::seconds(1)).0 != Activity::Suspended {
            let sample = Sample {
                at: t,
                idle: Some(t - user.last_input),
                locked: false,
                quiet: meetings.quiet(t, Quiet::No),
            };
            let effects = scheduler.observe(sample);
            run.steps += 1;
            apply(&mut run, &mut user, effects);
        }
        user.break_ends = None;
        user.answer = None;
    }
    let last = Sample {
        at: t,
        idle: Some(t - user.last_input),
        locked: false,
        quiet: Quiet::No,
    };
    for effect in scheduler.shutdown(last) {
        if let Effect::Record(event) = effect {
            run.events.push(event);
        }
    }
    run.events.sort_by_key(|e| e.at);
    run
}

fn apply(run: &mut Run, user: &mut User, effects: Vec<Effect>) {
    for effect in effects {
        match effect {
            Effect::Record(event) => run.events.push(event),
            Effect::Show(reminder) if reminder.wants_answer() => {
                user.answer = match user.response {
                    Response::Take => Some(Command::StartBreak),
                    Response::Snooze if reminder.snoozes_left > 0 => Some(Command::Snooze(None)),
                    Response::Snooze => Some(Command::StartBreak),
                    Response::Skip => Some(Command::Skip),
                    Response::Ignore => None,
                };
            }
            Effect::Show(_) | Effect::Withdraw(_) | Effect::HeadsUp { .. } => {}
        }
    }
}
