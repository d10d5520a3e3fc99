//! The micro-break as one flow, apart from any window: prompt → steps → finished →
//! check-in → advice → closed. The window is a view of a [`Flow`]: it draws the stage and
//! hands over [`Action`]s (buttons), [`Key`]s and the window closing; the flow says what to
//! record ([`Report`], drained by whoever records: the daemon or history).
//!
//! The rules it keeps: every way out of a break is exactly one answer, recorded as what it
//! was ([`How`]); keys do nothing for [`KEY_GUARD`] after the window or a stage appears; Done
//! before the last step asks "Done early?" first; and a break counts as completed only
//! after its last step or that confirmation, with how many steps were done. Pure: `now`
//! comes in, nothing is read or written here.

mod act;
pub mod plan;
#[cfg(test)]
mod tests;

pub use plan::Plan;

use super::Time;
use super::body::Advice;
use super::exercise::{Exercise, Region};
use super::history::{AreaCheck, BreakAnswer, Feeling, How};
use super::presence::Posture;
use chrono::TimeDelta;

/// Keys do nothing this long after the window opens, a stage begins or a step changes: a
/// key meant for another window, or a second Enter, must not answer.
pub const KEY_GUARD: TimeDelta = TimeDelta::milliseconds(1500);

/// Where the break is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stage {
    /// Asking first (when there was no notification to ask in): Start, Snooze or Skip.
    Prompt,
    /// The steps with their countdown.
    Steps(Steps),
    /// The end screen: what was done, and "How did that feel?".
    Finished,
    /// How each area feels now: no answer until one is given.
    Checkin(Checkin),
    /// Advice to read before the window closes.
    Advice(Vec<Advice>),
    /// The window may close.
    Closed,
}

/// The steps' state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Steps {
    /// The step showing, 0-based.
    pub step: usize,
    /// When it began (moved on by the time spent paused).
    started: Time,
    /// The countdown stands still since then.
    paused_at: Option<Time>,
    /// Done was pressed before the last step: "Done early?" waits for a second press.
    pub confirming_done: bool,
    /// The last step's time is up: Done (or closing) completes the break.
    pub time_up: bool,
}

/// The check-in's answers so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkin {
    /// Each area and its score, `None` until given (no default that looks like an answer).
    pub areas: Vec<(Region, Option<u8>)>,
    /// The one warning-sign question: `None` unanswered, `Some(false)` no, `Some(true)` yes.
    pub warning: Option<bool>,
    /// With a warning sign: the areas it is in.
    pub warning_areas: Vec<Region>,
}

impl Checkin {
    /// Something was answered, so Save records something; a warning sign waits for where
    /// it is (it must not be saved as no sign at all).
    pub fn answered(&self) -> bool {
        if self.warning == Some(true) && self.warning_areas.is_empty() {
            return false;
        }
        self.warning.is_some() || self.areas.iter().any(|(_, s)| s.is_some())
    }

    /// The answers in the check-in's data format: the areas given a score or a warning
    /// sign (a warning sign with no score given counts as 0 plus the sign).
    fn checks(&self) -> Vec<AreaCheck> {
        self.areas
            .iter()
            .filter_map(|&(region, score)| {
                let red_flag = self.warning == Some(true) && self.warning_areas.contains(&region);
                (score.is_some() || red_flag).then_some(AreaCheck {
                    region,
                    score: score.unwrap_or(0),
                    red_flag,
                })
            })
            .collect()
    }
}

/// What the user can do (a button, or a key mapped by [`Flow::key`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Start,
    Next,
    /// Done: at once on the last step, else asks "Done early?".
    Done,
    /// "Yes, done": the second press after "Done early?".
    ConfirmDone,
    /// "Go on" after "Done early?".
    KeepGoing,
    /// Pause, or Resume.
    TogglePause,
    Snooze,
    Skip,
    /// "Another suggestion": the next of the plan's alternatives.
    Another,
    /// An exercise from the choose list, by id.
    Choose(String),
    /// "How did that feel?".
    Feel(Feeling),
    /// Leave the end screen without saying how it felt.
    Continue,
    /// "Check in now" on the end screen when no check-in is due: the check-in anyway, over
    /// every area a check-in asks about now (held ones first), so a hold can be lifted.
    CheckInNow,
    /// A check-in score for an area.
    Score(Region, u8),
    /// The warning-sign question.
    Warning(bool),
    /// With a warning sign: it is (or is not) in this area.
    WarningIn(Region, bool),
    SaveCheckin,
    /// "All fine": every area 0, no warning sign, saved.
    AllFine,
    /// Leave the check-in without saving (Escape).
    LeaveCheckin,
    /// Advice read.
    Understood,
    /// The provider note read (before a first self-massage, heat or cold): not shown again.
    ProviderNoteRead,
    /// The "I'm standing" switch.
    TogglePosture,
}

/// The keys the flow answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// The stage's primary action.
    Enter,
    /// Leave: the break is snoozed or skipped as when the window closes; in the check-in,
    /// leave it unsaved.
    Escape,
    /// Pause and resume the steps.
    Space,
}

/// What to record, for the daemon (or history without one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Report {
    /// Start the break that was asked about.
    Start,
    /// The answer for the break: exactly one per flow, unless answered elsewhere.
    Answer {
        answer: BreakAnswer,
        how: How,
        steps_done: u32,
        steps: u32,
    },
    /// Another exercise for this break.
    Switched {
        exercise: String,
    },
    Feedback {
        exercise: String,
        feeling: Feeling,
    },
    Checkin {
        areas: Vec<AreaCheck>,
    },
    /// Advice was shown (so it is not repeated).
    Advised {
        region: Region,
        kind: String,
    },
    Posture(Posture),
}

/// Moments the window marks with a sound (and the voice reads from).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Beat {
    Step,
    SwitchSides,
    /// The last step's time is up.
    End,
}

/// One micro-break.
#[derive(Debug, Clone)]
pub struct Flow {
    plan: Plan,
    exercise: Exercise,
    stage: Stage,
    now: Time,
    /// The window opened then.
    opened: Time,
    /// Keys count again from then.
    keys_from: Time,
    /// The steps began then (for "Done: 2 minutes").
    began: Time,
    /// How long the steps took, once finished.
    took: TimeDelta,
    /// The answer was given (here or elsewhere): no second one.
    answered: bool,
    reports: Vec<Report>,
    beats: Vec<Beat>,
    posture: Option<Posture>,
    /// The next of `plan.alternatives` for "Another suggestion".
    next_alternative: usize,
    /// The provider note has been read (before, or in this window).
    provider_note_read: bool,
}

impl Flow {
    pub fn new(plan: Plan, now: Time) -> Flow {
        let provider_note_read = plan.provider_note_read;
        let checkin_only = plan.checkin_only;
        let stage = if plan.checkin_only {
            Stage::Checkin(Checkin {
                areas: plan.checkin.iter().map(|&r| (r, None)).collect(),
                warning: None,
                warning_areas: Vec::new(),
            })
        } else if plan.prompt.is_some() {
            Stage::Prompt
        } else {
            Stage::Steps(Steps::at(now))
        };
        Flow {
            exercise: plan.exercise.clone(),
            posture: plan.posture,
            plan,
            stage,
            now,
            opened: now,
            keys_from: now + KEY_GUARD,
            began: now,
            took: TimeDelta::zero(),
            // A check-in alone has no break to answer.
            answered: checkin_only,
            reports: Vec::new(),
            beats: Vec::new(),
            next_alternative: 0,
            provider_note_read,
        }
    }

    /// Show the provider note before this exercise: a self-massage or a warm or cold pack,
    /// before the steps are over, while the user has not yet said they read it.
    pub fn provider_note_due(&self) -> bool {
        !self.provider_note_read
            && super::body::needs_provider_note(&self.exercise)
            && matches!(self.stage, Stage::Prompt | Stage::Steps(_))
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn stage(&self) -> &Stage {
        &self.stage
    }

    pub fn exercise(&self) -> &Exercise {
        &self.exercise
    }

    pub fn now(&self) -> Time {
        self.now
    }

    pub fn is_closed(&self) -> bool {
        self.stage == Stage::Closed
    }

    /// Keys are taken now (the guard is over).
    pub fn takes_keys(&self) -> bool {
        self.now >= self.keys_from
    }

    /// The break was answered (here, or elsewhere).
    pub fn is_answered(&self) -> bool {
        self.answered
    }

    /// The posture the "I'm standing" switch shows, if it is shown.
    pub fn posture(&self) -> Option<Posture> {
        self.posture
    }

    /// What to record since the last call, oldest first.
    pub fn take_reports(&mut self) -> Vec<Report> {
        std::mem::take(&mut self.reports)
    }

    /// The moments to mark since the last call, oldest first.
    pub fn take_beats(&mut self) -> Vec<Beat> {
        std::mem::take(&mut self.beats)
    }

    /// How long the steps took (on the end screen).
    pub fn took(&self) -> TimeDelta {
        self.took
    }

    /// "Another suggestion" has one to give.
    pub fn has_another(&self) -> bool {
        !self.plan.alternatives.is_empty()
    }

    /// Moves time on: a step whose seconds are up gives way to the next; the last one's
    /// being up is a new moment (keys wait again) and a beat.
    pub fn set_now(&mut self, now: Time) {
        self.now = now;
        if let (Stage::Prompt, Some((_, within))) = (&self.stage, &self.plan.prompt)
            && now >= self.opened + *within
        {
            // Unanswered for so long the daemon counts the reminder as missed.
            return self.answered_elsewhere();
        }
        let Stage::Steps(steps) = &mut self.stage else {
            return;
        };
        let clock = steps.paused_at.unwrap_or(now);
        let last = self.exercise.steps.len().saturating_sub(1);
        while steps.step < last {
            let length = secs(step_seconds(&self.exercise, steps.step));
            if clock - steps.started < length {
                break;
            }
            steps.started += length;
            steps.step += 1;
            steps.confirming_done = false;
            self.keys_from = self.keys_from.max(steps.started + KEY_GUARD);
            self.beats
                .push(beat_for(&self.exercise, steps.step, Beat::Step));
        }
        if steps.step == last
            && !steps.time_up
            && clock - steps.started >= secs(step_seconds(&self.exercise, last))
        {
            steps.time_up = true;
            steps.confirming_done = false;
            self.keys_from = now + KEY_GUARD;
            self.beats.push(Beat::End);
        }
    }

    /// Seconds left in the step showing (0 outside the steps).
    pub fn seconds_left(&self) -> u32 {
        let Stage::Steps(steps) = &self.stage else {
            return 0;
        };
        let length = i64::from(step_seconds(&self.exercise, steps.step));
        let gone = (steps.paused_at.unwrap_or(self.now) - steps.started).num_seconds();
        u32::try_from((length - gone).max(0)).unwrap_or(0)
    }

    /// Milliseconds into the step showing, for the figure's motion.
    pub fn into_step(&self) -> Option<(usize, TimeDelta)> {
        let Stage::Steps(steps) = &self.stage else {
            return None;
        };
        let gone = steps.paused_at.unwrap_or(self.now) - steps.started;
        Some((steps.step, gone.max(TimeDelta::zero())))
    }

    /// The countdown stands still.
    pub fn is_paused(&self) -> bool {
        matches!(&self.stage, Stage::Steps(s) if s.paused_at.is_some())
    }

    /// A key, pressed: the stage's action for it once the guard is over, else nothing.
    pub fn key(&mut self, key: Key) {
        if !self.takes_keys() {
            return;
        }
        let action = match (&self.stage, key) {
            (Stage::Prompt, Key::Enter) => Action::Start,
            (Stage::Steps(s), Key::Enter) if s.confirming_done => Action::KeepGoing,
            (Stage::Steps(s), Key::Enter) if s.step + 1 < self.exercise.steps.len() => Action::Next,
            (Stage::Steps(_), Key::Enter) => Action::Done,
            (Stage::Steps(s), Key::Escape) if s.confirming_done => Action::KeepGoing,
            (Stage::Steps(_), Key::Space) => Action::TogglePause,
            (Stage::Prompt | Stage::Steps(_), Key::Escape) => return self.leave(How::Escape),
            (Stage::Finished, Key::Enter | Key::Escape) => Action::Continue,
            (Stage::Checkin(c), Key::Enter) if c.answered() => Action::SaveCheckin,
            (Stage::Checkin(_), Key::Escape) => Action::LeaveCheckin,
            (Stage::Advice(_), Key::Enter | Key::Escape) => Action::Understood,
            _ => return,
        };
        self.act(action, How::Enter);
    }

    /// A button, clicked.
    pub fn press(&mut self, action: Action) {
        self.act(action, How::Button);
    }

    /// The window is closing (title bar, Alt+F4, the window manager, the session): during
    /// the prompt or the steps a snooze while snoozes are left, else a skip; after the last
    /// step, done; later, nothing more to answer.
    pub fn close(&mut self) {
        self.leave(How::Closed);
    }

    /// The daemon answered this break elsewhere (the CLI, the tray, a notification) or is
    /// gone: the window closes without a second answer.
    pub fn answered_elsewhere(&mut self) {
        if matches!(self.stage, Stage::Prompt | Stage::Steps(_)) {
            self.answered = true;
            self.stage = Stage::Closed;
        }
    }
}

impl Steps {
    fn at(now: Time) -> Steps {
        Steps {
            step: 0,
            started: now,
            paused_at: None,
            confirming_done: false,
            time_up: false,
        }
    }
}

/// Time enough to get into position: a step that begins by getting up, down or onto the
/// floor, and the first step of an exercise not done seated, last at least this long.
pub const GET_THERE_SECS: u32 = 10;

/// How long step `i` of `e` lasts in the break: its seconds, or [`GET_THERE_SECS`] where
/// it starts with getting into position (the files' 5 s is too short to stand up in).
pub fn step_seconds(e: &Exercise, i: usize) -> u32 {
    const GETTING_THERE: [&str; 8] = [
        "stand up",
        "get up",
        "stand ",
        "lie down",
        "lie on",
        "kneel",
        "sit on the floor",
        "get down",
    ];
    let seconds = e.steps[i].seconds;
    let text = e.steps[i].text.to_lowercase();
    let first_off_the_chair = i == 0 && e.position != super::exercise::Position::Seated;
    if first_off_the_chair || GETTING_THERE.iter().any(|p| text.starts_with(p)) {
        seconds.max(GET_THERE_SECS)
    } else {
        seconds
    }
}

/// The steps done before the one showing (none before the steps).
fn steps_done(stage: &Stage) -> u32 {
    match stage {
        Stage::Steps(s) => u32::try_from(s.step).unwrap_or(u32::MAX),
        _ => 0,
    }
}

fn secs(seconds: u32) -> TimeDelta {
    TimeDelta::seconds(i64::from(seconds))
}

/// The beat for step `step` beginning: "switch sides" when it moves to the other side.
fn beat_for(e: &Exercise, step: usize, plain: Beat) -> Beat {
    if e.steps[step].switches_sides() {
        Beat::SwitchSides
    } else {
        plain
    }
}
