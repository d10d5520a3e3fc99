//! The scheduler: one timeline for every reminder kind, driven by samples and commands.
//! It owns the sitting clock, the per-kind counters, the prompt lifecycle (shown, snoozed,
//! on break) and pauses. It never reads the clock; callers ask [`Scheduler::next_deadline`]
//! and sleep until then.
//!
//! Every counter measures *present* time, so a wall clock that jumps, a suspend or a long
//! sleep between samples never turns into sitting. Present time is split by posture: the
//! movement break and the stand nudge count present time *sitting*, the change-position
//! nudge present time *standing*, micro-pauses and water all present time.

mod commands;
mod early;
mod view;

pub use commands::{Command, Handled, PauseLength, Refusal};

use super::history::{CompletedVia, Event, EventKind};
use super::presence::{Posture, Presence, PresenceTracker, Quiet, Sample, Transition};
use super::reminder::{Counts, Reminder, ReminderKind};
use super::{Time, TimeDelta, whole_secs};
use crate::settings::Settings;
use enum_map::EnumMap;
use strum::IntoEnumIterator;

/// A sample later than this past the deadline we asked for means the machine slept or the
/// clock jumped forward: the time in between is an absence.
pub const GAP_TOLERANCE: TimeDelta = TimeDelta::seconds(30);
/// While away, look for the user's return this often (at most).
pub const AWAY_POLL: TimeDelta = TimeDelta::seconds(60);
/// A started break that has not ended this long after its planned length is abandoned.
pub const BREAK_GRACE: TimeDelta = TimeDelta::minutes(10);
/// While a reminder is deferred and the user busy, look again this often.
pub const BUSY_POLL: TimeDelta = TimeDelta::seconds(30);

/// What the caller must do after a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Append to history.
    Record(Event),
    /// Show a reminder (notification).
    Show(Reminder),
    /// Take a shown reminder away (answered elsewhere, or the user left).
    Withdraw(u64),
    /// A quiet heads-up that the movement break comes in about `in_secs` (`[movement]
    /// heads_up`), shown under [`HEADS_UP_KEY`] (which `Withdraw` takes away). Snooze and
    /// Skip answer it.
    HeadsUp { in_secs: u64 },
}

/// The key of the heads-up: no reminder takes it (ids count up from 1).
pub const HEADS_UP_KEY: u64 = u64::MAX - 1;

/// Where the heads-up for the coming movement break stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeadsUp {
    Shown,
    /// Not shown: the break merges with another reminder due about then.
    Passed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Phase {
    Counting,
    Prompting {
        reminder: Reminder,
        shown_at: Time,
        snoozes_used: u32,
    },
    Snoozed {
        id: u64,
        until: Time,
        snoozes_used: u32,
        /// Asks that went unanswered in a row (0 after a snooze the user chose).
        ignored: u32,
    },
    OnBreak {
        id: Option<u64>,
        started_at: Time,
        present_at_start: TimeDelta,
        /// Snoozes of the reminder the break was started from: a break snoozed (or its
        /// window closed) does not get them back.
        snoozes_used: u32,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pause {
    until: Option<Time>,
}

/// A due reminder held back while the user is busy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Deferral {
    /// The first sample that found the user free again.
    free_since: Option<Time>,
}

/// Present time since the scheduler started, split by posture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    pub present: TimeDelta,
    pub sitting: TimeDelta,
    pub standing: TimeDelta,
}

/// The single owner of scheduling state. See the module docs.
#[derive(Debug, Clone)]
pub struct Scheduler {
    settings: Settings,
    presence: PresenceTracker,
    /// Present time since start; may shrink when an absence is detected after the fact.
    present_total: TimeDelta,
    /// The part of `present_total` spent sitting, and standing.
    sitting_total: TimeDelta,
    standing_total: TimeDelta,
    /// Each kind's clock (see [`Scheduler::clock`]) when its counter was last reset.
    anchors: EnumMap<ReminderKind, TimeDelta>,
    /// `sitting_total` when the sitting stretch began, and the wall time it began.
    sitting_anchor: TimeDelta,
    posture: Posture,
    /// While standing: `standing_total` when the user stood up.
    standing_anchor: TimeDelta,
    /// The last stand that ended: when, and how long it was.
    last_stand: Option<(Time, TimeDelta)>,
    stretch_started: Option<Time>,
    /// The current absence already counts as a natural break.
    natural_break_confirmed: bool,
    resolved_by_absence: Option<u64>,
    phase: Phase,
    pause: Option<Pause>,
    last_prompt_at: Option<Time>,
    sample_due_by: Time,
    next_id: u64,
    quiet: Quiet,
    deferred: Option<Deferral>,
    /// The heads-up for the coming movement break, once its moment has come.
    heads_up: Option<HeadsUp>,
}

impl Scheduler {
    /// A scheduler that starts at `now` with the user present and nothing counted.
    pub fn new(settings: Settings, now: Time) -> Self {
        let presence = PresenceTracker::new(now, settings.presence.natural_break_after);
        let mut scheduler = Scheduler {
            settings,
            presence,
            present_total: TimeDelta::zero(),
            sitting_total: TimeDelta::zero(),
            standing_total: TimeDelta::zero(),
            anchors: EnumMap::default(),
            sitting_anchor: TimeDelta::zero(),
            posture: Posture::Sitting,
            standing_anchor: TimeDelta::zero(),
            last_stand: None,
            stretch_started: None,
            natural_break_confirmed: false,
            resolved_by_absence: None,
            phase: Phase::Counting,
            pause: None,
            last_prompt_at: None,
            sample_due_by: now,
            next_id: 1,
            quiet: Quiet::No,
            deferred: None,
            heads_up: None,
        };
        scheduler.sample_due_by = scheduler.next_deadline();
        scheduler
    }

    /// The settings in force.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Applies new settings from now on; counters keep what they have measured. Turning
    /// standing off while standing sits the user down.
    pub fn reconfigure(&mut self, settings: Settings) -> Vec<Effect> {
        let mut out = Vec::new();
        self.presence
            .set_natural_break_after(settings.presence.natural_break_after);
        self.settings = settings;
        if !self.settings.standing.enabled && self.posture == Posture::Standing {
            self.sit_down(self.now(), true, &mut out);
        }
        self.sample_due_by = self.next_deadline();
        out
    }

    /// Time of the newest sample or command.
    pub fn now(&self) -> Time {
        self.presence.now()
    }

    /// Presence as of the newest sample.
    pub fn presence(&self) -> Presence {
        self.presence.presence()
    }

    /// Sitting time of the current stretch.
    pub fn sitting(&self) -> TimeDelta {
        self.sitting_total - self.sitting_anchor
    }

    /// Present time since the start, and the parts of it spent sitting and standing
    /// (which always add up to it).
    pub fn totals(&self) -> Totals {
        Totals {
            present: self.present_total,
            sitting: self.sitting_total,
            standing: self.standing_total,
        }
    }

    /// Sitting or standing, as of the newest sample.
    pub fn posture(&self) -> Posture {
        self.posture
    }

    /// Present time of the current stand (zero while sitting).
    pub fn standing(&self) -> TimeDelta {
        match self.posture {
            Posture::Standing => self.standing_total - self.standing_anchor,
            Posture::Sitting => TimeDelta::zero(),
        }
    }

    /// How long the last stand that ended lasted, in whole seconds.
    pub fn last_stand_secs(&self) -> u64 {
        self.last_stand.map_or(0, |(_, d)| whole_secs(d))
    }

    /// Whether the user sat down lately after standing at least `[standing] for`: a stand
    /// that long ended within the last `[movement] every`. Breaks then lean towards
    /// exercises done sitting or lying down.
    pub fn after_long_stand(&self) -> bool {
        let s = &self.settings;
        self.posture == Posture::Sitting
            && self.last_stand.is_some_and(|(ended, stood)| {
                stood >= s.standing.stand_for && self.now() - ended <= s.movement.every
            })
    }

    /// The clock a kind counts on (see [`ReminderKind::counts`]).
    fn clock(&self, kind: ReminderKind) -> TimeDelta {
        match kind.counts() {
            Counts::Sitting => self.sitting_total,
            Counts::Standing => self.standing_total,
            Counts::Present => self.present_total,
        }
    }

    fn elapsed(&self, kind: ReminderKind) -> TimeDelta {
        self.clock(kind) - self.anchors[kind]
    }

    /// Whether `kind`'s clock runs in the posture the user is in.
    fn running(&self, kind: ReminderKind) -> bool {
        match kind.counts() {
            Counts::Sitting => self.posture == Posture::Sitting,
            Counts::Standing => self.posture == Posture::Standing,
            Counts::Present => true,
        }
    }

    fn interval(&self, kind: ReminderKind) -> Option<TimeDelta> {
        self.settings.interval(kind, self.posture)
    }

    /// Present time still to go before `kind` is due (zero when overdue); `None` if disabled.
    fn due_in(&self, kind: ReminderKind) -> Option<TimeDelta> {
        self.interval(kind)
            .map(|every| (every - self.elapsed(kind)).max(TimeDelta::zero()))
    }

    fn reset(&mut self, kind: ReminderKind) {
        self.anchors[kind] = self.clock(kind);
    }

    fn is_present(&self) -> bool {
        self.presence.presence() != Presence::Away
    }

    fn may_prompt(&self) -> bool {
        self.is_present() && self.pause.is_none() && self.quiet != Quiet::OffHours
    }

    /// Whether a due reminder may show now, and whether gently. While the user is busy it
    /// is deferred (recorded once) until they have been free for `[context] grace`, except
    /// that sitting past `[context] max_sitting` gets a gentle reminder anyway.
    fn clear_to_show(
        &mut self,
        t: Time,
        kinds: &[ReminderKind],
        out: &mut Vec<Effect>,
    ) -> Option<bool> {
        let context = &self.settings.context;
        if matches!(self.quiet, Quiet::Busy | Quiet::Meeting) {
            if self.quiet == Quiet::Busy && self.sitting() >= context.max_sitting {
                return Some(true);
            }
            match &mut self.deferred {
                Some(deferral) => deferral.free_since = None,
                None => {
                    self.deferred = Some(Deferral { free_since: None });
                    let sitting_secs = whole_secs(self.sitting());
                    record(
                        out,
                        t,
                        EventKind::Deferred {
                            kinds: kinds.to_vec(),
                            sitting_secs,
                        },
                    );
                }
            }
            return None;
        }
        match &mut self.deferred {
            Some(Deferral { free_since: None }) => {
                self.deferred = Some(Deferral {
                    free_since: Some(t),
                });
                (context.grace <= TimeDelta::zero()).then_some(false)
            }
            Some(Deferral {
                free_since: Some(free),
            }) if t < *free + context.grace => None,
            _ => Some(false),
        }
    }

    /// Takes an activity sample and returns what to do.
    pub fn observe(&mut self, sample: Sample) -> Vec<Effect> {
        let mut out = Vec::new();
        self.step(sample, &mut out);
        out
    }

    fn step(&mut self, sample: Sample, out: &mut Vec<Effect>) {
        let gap = sample.at > self.sample_due_by + GAP_TOLERANCE;
        self.quiet = sample.quiet;
        let (step, shift) = self.presence.observe(sample, gap);
        if shift < TimeDelta::zero() {
            self.shift_times(shift);
        }
        let t = sample.at;
        self.account(step.present, t);
        for transition in step.transitions {
            match transition {
                Transition::WentAway { since } => {
                    self.natural_break_confirmed = false;
                    self.resolved_by_absence = None;
                    // Coming back starts as sitting: the stand ended when the user left.
                    if self.posture == Posture::Standing {
                        self.sit_down(since, true, out);
                    }
                }
                Transition::Returned { since, at } => self.returned(since, at, out),
            }
        }
        if let Some(since) = self.presence.away_since()
            && !self.natural_break_confirmed
            && t - since >= self.settings.movement.length
        {
            self.confirm_natural_break(since, t, out);
        }
        self.expire(t, out);
        if self.may_prompt() {
            self.prompt_if_due(t, out);
        }
        self.sample_due_by = self.next_deadline();
    }

    /// Adds present time to the posture the user is in, or takes it back: from this posture
    /// first, the rest from the other (time since the last input that spans a posture
    /// change), so sitting and standing always add up to the present total. Every anchor
    /// stays at or below its clock.
    fn account(&mut self, present: TimeDelta, t: Time) {
        let sitting = self.posture == Posture::Sitting;
        if present > TimeDelta::zero() && sitting && self.stretch_started.is_none() {
            self.stretch_started = Some(t - present);
        }
        let (this, other) = match self.posture {
            Posture::Sitting => (&mut self.sitting_total, &mut self.standing_total),
            Posture::Standing => (&mut self.standing_total, &mut self.sitting_total),
        };
        if present >= TimeDelta::zero() {
            self.present_total += present;
            *this += present;
        } else {
            let back = (-present).min(self.present_total);
            let from_this = back.min(*this);
            self.present_total -= back;
            *this -= from_this;
            *other = (*other - (back - from_this)).max(TimeDelta::zero());
        }
        for kind in ReminderKind::iter() {
            let clock = self.clock(kind);
            let anchor = &mut self.anchors[kind];
            *anchor = (*anchor).min(clock);
        }
        self.sitting_anchor = self.sitting_anchor.min(self.sitting_total);
        self.standing_anchor = self.standing_anchor.min(self.standing_total);
        if sitting && self.sitting() == TimeDelta::zero() && present < TimeDelta::zero() {
            self.stretch_started = None;
        }
    }

    /// The user sat down (or is taken to have: `auto`) at `t`.
    fn sit_down(&mut self, t: Time, auto: bool, out: &mut Vec<Effect>) {
        let stood = self.standing();
        record(
            out,
            t,
            EventKind::SatDown {
                standing_secs: whole_secs(stood),
                auto,
            },
        );
        self.last_stand = Some((t, stood));
        self.posture = Posture::Sitting;
        self.reset(ReminderKind::Stand);
    }

    /// The wall clock went back by `-shift`: move the times that mean "so long after X".
    fn shift_times(&mut self, shift: TimeDelta) {
        self.stretch_started = self.stretch_started.map(|s| s + shift);
        self.last_stand = self.last_stand.map(|(ended, d)| (ended + shift, d));
        self.last_prompt_at = self.last_prompt_at.map(|p| p + shift);
        match &mut self.phase {
            Phase::Counting => {}
            Phase::Prompting { shown_at, .. } => *shown_at += shift,
            Phase::Snoozed { until, .. } => *until += shift,
            Phase::OnBreak { started_at, .. } => *started_at += shift,
        }
        self.sample_due_by += shift;
    }

    fn returned(&mut self, since: Time, at: Time, out: &mut Vec<Effect>) {
        let away = at - since;
        if !self.natural_break_confirmed && away >= self.settings.movement.length {
            self.confirm_natural_break(since, at, out);
        }
        if self.natural_break_confirmed {
            let id = self.resolved_by_absence.take();
            record(
                out,
                at,
                EventKind::NaturalBreak {
                    away_secs: whole_secs(away),
                    id,
                },
            );
        }
        if away >= self.settings.hydration.every {
            self.reset(ReminderKind::Hydration);
        }
        self.natural_break_confirmed = false;
    }

    /// The current absence has lasted a break's length: it is a natural break.
    fn confirm_natural_break(&mut self, since: Time, t: Time, out: &mut Vec<Effect>) {
        self.natural_break_confirmed = true;
        self.deferred = None;
        self.close_stretch(since, out);
        self.clear_heads_up(out);
        self.reset(ReminderKind::Movement);
        self.reset(ReminderKind::Stand);
        self.reset(ReminderKind::MicroPause);
        match std::mem::replace(&mut self.phase, Phase::Counting) {
            Phase::Counting => {}
            Phase::Prompting { reminder, .. } => {
                out.push(Effect::Withdraw(reminder.id));
                self.resolved_by_absence = Some(reminder.id);
            }
            Phase::Snoozed { id, .. } => self.resolved_by_absence = Some(id),
            Phase::OnBreak { id, started_at, .. } => {
                let secs = whole_secs(t - started_at);
                record(
                    out,
                    t,
                    EventKind::BreakCompleted {
                        id,
                        secs,
                        via: CompletedVia::Away,
                    },
                );
            }
        }
    }

    /// The stretch ended when the running break began: present time counted since then
    /// (on the break) is taken back, as any retraction is, and the stretch is reported.
    fn end_stretch_at_break_start(
        &mut self,
        started_at: Time,
        present_at_start: TimeDelta,
        out: &mut Vec<Effect>,
    ) {
        let on_break = (self.present_total - present_at_start).max(TimeDelta::zero());
        let in_posture = match self.posture {
            Posture::Sitting => self.sitting(),
            Posture::Standing => self.standing(),
        };
        self.account(-on_break.min(in_posture), started_at);
        self.close_stretch(started_at, out);
    }

    /// Ends the sitting stretch at `end` (reporting it) and starts counting afresh.
    fn close_stretch(&mut self, end: Time, out: &mut Vec<Effect>) {
        let secs = whole_secs(self.sitting());
        if let Some(started) = self.stretch_started.take()
            && secs > 0
        {
            let span_secs = whole_secs(end - started).max(secs);
            record(out, end, EventKind::Sitting { secs, span_secs });
        }
        self.sitting_anchor = self.sitting_total;
    }

    /// Deadlines that pass whatever the user does: pause end, unanswered prompt, a break
    /// nobody finished.
    fn expire(&mut self, t: Time, out: &mut Vec<Effect>) {
        if let Some(Pause { until: Some(until) }) = self.pause
            && t >= until
        {
            self.pause = None;
            record(out, until, EventKind::Resumed { auto: true });
        }
        match self.phase {
            Phase::Prompting {
                ref reminder,
                shown_at,
                snoozes_used,
            } if t >= shown_at + self.settings.schedule.answer_within => {
                let (id, ask) = (reminder.id, reminder.ask);
                out.push(Effect::Withdraw(id));
                if ask < self.settings.movement.insist.asks() {
                    // Unanswered: asked again after a snooze's length, not counting as one
                    // of the user's snoozes.
                    record(out, t, EventKind::Ignored { id });
                    self.phase = Phase::Snoozed {
                        id,
                        until: t + self.settings.movement.snooze,
                        snoozes_used,
                        ignored: ask,
                    };
                } else {
                    record(out, t, EventKind::Missed { id });
                    self.reset(ReminderKind::Movement);
                    self.phase = Phase::Counting;
                }
            }
            Phase::OnBreak { id, started_at, .. }
                if t >= started_at + self.settings.movement.length + BREAK_GRACE =>
            {
                record(out, t, EventKind::BreakAbandoned { id });
                self.reset(ReminderKind::Movement);
                self.phase = Phase::Counting;
            }
            _ => {}
        }
    }

    fn prompt_if_due(&mut self, t: Time, out: &mut Vec<Effect>) {
        let merge = self.settings.schedule.merge_within;
        if matches!(self.phase, Phase::Counting) {
            self.heads_up_if_due(t, out);
        }
        match self.phase {
            // The user chose the snooze length: it is kept even when shorter than the window.
            Phase::Snoozed {
                id,
                until,
                snoozes_used,
                ignored,
            } if t >= until => {
                let kinds = self.kinds_due_within(merge, true);
                if let Some(gentle) = self.clear_to_show(t, &kinds, out) {
                    let asked = Asked {
                        snoozed: snoozes_used,
                        ignored,
                        gentle,
                    };
                    self.show(t, id, kinds, asked, out);
                }
            }
            Phase::Counting if self.last_prompt_at.is_none_or(|last| t >= last + merge) => {
                let overdue = ReminderKind::iter()
                    .any(|k| self.running(k) && self.due_in(k) == Some(TimeDelta::zero()));
                if overdue {
                    let kinds = self.kinds_due_within(merge, false);
                    if let Some(gentle) = self.clear_to_show(t, &kinds, out) {
                        let id = self.next_id;
                        self.next_id += 1;
                        let asked = Asked {
                            snoozed: 0,
                            ignored: 0,
                            gentle,
                        };
                        self.show(t, id, kinds, asked, out);
                    }
                }
            }
            _ => {}
        }
    }

    /// Kinds due within `window`, leading kind first. `movement` forces the movement kind
    /// in (a snoozed break coming back).
    fn kinds_due_within(&self, window: TimeDelta, movement: bool) -> Vec<ReminderKind> {
        ReminderKind::iter()
            .filter(|&k| {
                (movement && k == ReminderKind::Movement)
                    || self.due_in(k).is_some_and(|d| d <= window)
            })
            .collect()
    }

    /// A quiet heads-up when the movement break is `[movement] heads_up` away, once per
    /// break; none while busy (the break would wait anyway), and none when the break will
    /// merge with another reminder due about then (that one says it).
    fn heads_up_if_due(&mut self, t: Time, out: &mut Vec<Effect>) {
        let Some(due) = self.heads_up_in() else {
            return;
        };
        if due > TimeDelta::zero() || self.quiet != Quiet::No {
            return;
        }
        let Some(until_break) = self.due_in(ReminderKind::Movement) else {
            return;
        };
        let merge = self.settings.schedule.merge_within;
        let merges = ReminderKind::iter().skip(1).any(|k| {
            self.running(k)
                && self
                    .due_in(k)
                    .is_some_and(|d| (d - until_break).abs() <= merge)
        });
        if merges || until_break.is_zero() {
            self.heads_up = Some(HeadsUp::Passed);
            return;
        }
        self.heads_up = Some(HeadsUp::Shown);
        let in_secs = whole_secs(until_break);
        record(out, t, EventKind::HeadsUp { in_secs });
        out.push(Effect::HeadsUp { in_secs });
    }

    /// How long until the heads-up for the coming movement break is due (zero or less: now),
    /// if one is to come.
    fn heads_up_in(&self) -> Option<TimeDelta> {
        let lead = self.settings.movement.heads_up;
        if lead.is_zero()
            || self.heads_up.is_some()
            || !matches!(self.phase, Phase::Counting)
            || !self.running(ReminderKind::Movement)
        {
            return None;
        }
        Some(self.due_in(ReminderKind::Movement)? - lead)
    }

    /// Takes the heads-up away (the break came, or was skipped or put off), and readies
    /// the next break's.
    fn clear_heads_up(&mut self, out: &mut Vec<Effect>) {
        if self.heads_up.take() == Some(HeadsUp::Shown) {
            out.push(Effect::Withdraw(HEADS_UP_KEY));
        }
    }

    fn show(
        &mut self,
        t: Time,
        id: u64,
        kinds: Vec<ReminderKind>,
        asked: Asked,
        out: &mut Vec<Effect>,
    ) {
        let Asked {
            snoozed,
            ignored,
            gentle,
        } = asked;
        self.deferred = None;
        if kinds.contains(&ReminderKind::Movement) {
            self.clear_heads_up(out);
        }
        for &kind in &kinds {
            if kind != ReminderKind::Movement {
                self.reset(kind);
            }
        }
        let sitting_secs = whole_secs(self.sitting());
        let snoozes_left = self.settings.movement.max_snoozes.saturating_sub(snoozed);
        let ask = ignored + 1;
        let in_window = self.settings.movement.insist.in_window(ask);
        let reminder = Reminder {
            id,
            kinds: kinds.clone(),
            sitting_secs,
            snoozes_left,
            gentle,
            ask,
            in_window,
        };
        record(
            out,
            t,
            EventKind::Reminder {
                id,
                kinds,
                sitting_secs,
                snoozed,
                ignored,
                window: in_window,
            },
        );
        if reminder.wants_answer() {
            self.phase = Phase::Prompting {
                reminder: reminder.clone(),
                shown_at: t,
                snoozes_used: snoozed,
            };
        }
        self.last_prompt_at = Some(t);
        out.push(Effect::Show(reminder));
    }

    /// Ends the run with a last sample: reports the open sitting stretch and a natural break
    /// under way, so history is complete when the daemon stops.
    pub fn shutdown(&mut self, sample: Sample) -> Vec<Effect> {
        let mut out = Vec::new();
        let now = sample.at;
        self.step(sample, &mut out);
        // A break still running is not sitting: the stretch ended when it began.
        if let Phase::OnBreak {
            started_at,
            present_at_start,
            ..
        } = self.phase
        {
            self.end_stretch_at_break_start(started_at, present_at_start, &mut out);
        }
        if self.posture == Posture::Standing {
            self.sit_down(now, true, &mut out);
        }
        match self.presence.away_since() {
            Some(since) if self.natural_break_confirmed => {
                let id = self.resolved_by_absence.take();
                record(
                    &mut out,
                    now,
                    EventKind::NaturalBreak {
                        away_secs: whole_secs(now - since),
                        id,
                    },
                );
            }
            Some(since) => self.close_stretch(since, &mut out),
            None => self.close_stretch(now, &mut out),
        }
        out
    }
}

/// How a reminder comes to be asked: snoozes the user chose, asks that went unanswered, and
/// whether it is shown gently (busy past `[context] max_sitting`).
#[derive(Debug, Clone, Copy)]
struct Asked {
    snoozed: u32,
    ignored: u32,
    gentle: bool,
}

fn record(out: &mut Vec<Effect>, at: Time, kind: EventKind) {
    out.push(Effect::Record(Event { at, kind }));
}
