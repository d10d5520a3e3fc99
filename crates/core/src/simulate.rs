//! The simulation driver: runs the real scheduler over scripted days with a simulated user
//! who answers movement reminders by a fixed policy. Used by `knotless plan` and by the
//! workday tests. Between days the computer sleeps.

use std::iter::Peekable;
use std::slice;

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

    /// The posture changes due by `t`, taken from `postures`: each is input, then the
    /// command (standing up or sitting down is the user saying so).
    fn posture_changes(&mut self, t: Time, postures: &mut Postures<'_>) -> Vec<Command> {
        let mut says = Vec::new();
        while let Some(&&(at, posture)) = postures.peek()
            && at <= t
        {
            postures.next();
            self.last_input = self.last_input.max(at);
            says.push(match posture {
                Posture::Standing => Command::Stand,
                Posture::Sitting => Command::Sit,
            });
        }
        says
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
    let mut sim = Sim {
        scheduler: Scheduler::new(settings.clone(), first.start()),
        user: User {
            response,
            last_input: first.start(),
            break_ends: None,
            answer: None,
        },
        run: Run::default(),
        meetings,
        length: settings.movement.length,
    };
    let mut t = first.start();
    for day in days {
        t = sim.day(day, t.max(day.start()));
    }
    sim.shut_down(t)
}

/// The posture changes of a day still to come, in time order.
type Postures<'a> = Peekable<slice::Iter<'a, (Time, Posture)>>;

/// One simulated run under way: the scheduler, the user answering it, what it produced.
struct Sim<'a> {
    scheduler: Scheduler,
    user: User,
    run: Run,
    meetings: &'a MeetingPlan,
    /// How long a break the user takes lasts.
    length: TimeDelta,
}

impl Sim<'_> {
    /// `day` from `t` to its end, then a last look (as the daemon takes before a suspend),
    /// then the computer sleeps until the next day. Returns where the day ended.
    fn day(&mut self, day: &Day, mut t: Time) -> Time {
        self.user.last_input = self.user.last_input.max(t);
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
                self.user.break_ends = None;
                self.user.answer = None;
                t = segment_ends;
                continue;
            }
            t = self.moment(t, activity, from, segment_ends, &mut postures);
        }
        if day.at(day.end - TimeDelta::seconds(1)).0 != Activity::Suspended {
            self.observe(Sample {
                at: t,
                idle: Some(t - self.user.last_input),
                locked: false,
                quiet: self.meetings.quiet(t, Quiet::No),
            });
        }
        self.user.break_ends = None;
        self.user.answer = None;
        t
    }

    /// One moment `t` in a segment of `activity` that began at `from`: the user acts, the
    /// scheduler looks and hears the user's commands. Returns the next moment to look at.
    fn moment(
        &mut self,
        t: Time,
        activity: Activity,
        from: Time,
        segment_ends: Time,
        postures: &mut Postures<'_>,
    ) -> Time {
        self.user.act(t, t, activity, from);
        let says = self.user.posture_changes(t, postures);
        if let Some(due_in) = self.scheduler.movement_due_in()
            && self.meetings.offer_early(t, due_in)
        {
            self.scheduler.bring_movement_forward();
        }
        self.observe(Sample {
            at: t,
            idle: Some(t - self.user.last_input),
            locked: activity == Activity::Locked,
            quiet: self.meetings.quiet(t, Quiet::No),
        });
        for command in says {
            self.handle(t, command);
        }
        if self.user.break_ends == Some(t) {
            self.user.break_ends = None;
            self.user.answer = Some(Command::CompleteBreak);
        }
        while let Some(command) = self.user.answer.take() {
            self.handle(t, command);
        }
        let next = self.next_moment(t, activity, from, segment_ends, postures.peek().copied());
        self.user.act(t, next, activity, from);
        next
    }

    /// The first of: the scheduler's deadline, the segment's end, a meeting starting or
    /// ending, the user's next input, the break's end, the next posture change; at least a
    /// second after `t`.
    fn next_moment(
        &self,
        t: Time,
        activity: Activity,
        from: Time,
        segment_ends: Time,
        posture_change: Option<&(Time, Posture)>,
    ) -> Time {
        let mut next = self.scheduler.next_deadline().min(segment_ends);
        if let Some(change) = self.meetings.next_change(t) {
            next = next.min(change);
        }
        if let Some(input) = self.user.next_input(t, activity, from) {
            next = next.min(input);
        }
        if let Some(ends) = self.user.break_ends {
            next = next.min(ends);
        }
        if let Some(&(at, _)) = posture_change {
            next = next.min(at);
        }
        next.max(t + TimeDelta::seconds(1))
    }

    fn observe(&mut self, sample: Sample) {
        let effects = self.scheduler.observe(sample);
        self.run.steps += 1;
        apply(&mut self.run, &mut self.user, effects);
    }

    /// The user's `command` at `t`; a break that starts lasts the configured length.
    fn handle(&mut self, t: Time, command: Command) {
        let handled = self.scheduler.handle(t, command);
        self.run.steps += 1;
        if command == Command::StartBreak && handled.result.is_ok() {
            self.user.break_ends = Some(t + self.length);
        }
        apply(&mut self.run, &mut self.user, handled.effects);
    }

    /// The end of the run: the scheduler shuts down at `t`; the events in time order.
    fn shut_down(mut self, t: Time) -> Run {
        let last = Sample {
            at: t,
            idle: Some(t - self.user.last_input),
            locked: false,
            quiet: Quiet::No,
        };
        for effect in self.scheduler.shutdown(last) {
            if let Effect::Record(event) = effect {
                self.run.events.push(event);
            }
        }
        self.run.events.sort_by_key(|e| e.at);
        self.run
    }
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
