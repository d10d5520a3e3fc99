//! Presence tracking: turns sparse idle samples into present time and away periods.
//! Owns the rules "no input for `natural_break_after` = away since the last input" and
//! "a sample much later than asked for = an absence (suspend or a clock jump)".

use super::{Time, TimeDelta};

/// Input within this long counts as `Active`; longer without input is `Passive`.
pub const ACTIVE_WITHIN: TimeDelta = TimeDelta::seconds(60);

/// Whether the user is at the computer, as far as we can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// Input within the last minute.
    Active,
    /// No recent input, but not long enough to be away: still sitting.
    Passive,
    /// Idle for `natural_break_after`, locked, or suspended.
    Away,
}

/// Sitting or standing, at a sit-stand desk. Standing time is present time but not
/// sitting time. Only the user says which (`knotless stand`, `knotless sit`); coming back
/// after being away starts as sitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Posture {
    #[default]
    Sitting,
    Standing,
}

impl Posture {
    /// The contract name ("sitting", "standing"): `status --format`'s `{posture}`, like
    /// `{presence}` and `{phase}`, stays English for scripts.
    pub fn name(self) -> &'static str {
        match self {
            Posture::Sitting => "sitting",
            Posture::Standing => "standing",
        }
    }
}

/// One reading of the activity source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample {
    /// Wall-clock time of the reading.
    pub at: Time,
    /// Time since the last keyboard/mouse input; `None` when there is no idle source, in
    /// which case the user counts as active whenever the machine is awake.
    pub idle: Option<TimeDelta>,
    /// The screen is locked.
    pub locked: bool,
    /// Whether reminders should hold back now (a call, a presentation, outside working
    /// hours). Presence and the sitting clock do not depend on it.
    pub quiet: Quiet,
}

/// Why reminders hold back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Quiet {
    /// Nothing holds them back.
    #[default]
    No,
    /// The user is busy (do-not-disturb, fullscreen, a call): a due break is deferred and
    /// shown soon after; sitting past `[context] max_sitting` still gets a gentle one.
    Busy,
    /// Outside working hours: no reminders at all.
    OffHours,
    /// In a meeting from the user's calendar: like `Busy`, but not even the gentle reminder
    /// past `max_sitting` interrupts it (its end is known; the break comes right after).
    Meeting,
}

impl Sample {
    /// A reading from a working idle source.
    pub fn idle(at: Time, idle: TimeDelta) -> Self {
        Sample {
            at,
            idle: Some(idle),
            locked: false,
            quiet: Quiet::No,
        }
    }

    /// A reading without an idle source (time-based tracking).
    pub fn time_only(at: Time) -> Self {
        Sample {
            at,
            idle: None,
            locked: false,
            quiet: Quiet::No,
        }
    }
}

/// A change the tracker noticed while taking a sample.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transition {
    /// The user has been away since `since` (the last input, or the start of a gap).
    WentAway { since: Time },
    /// The user came back at `at` after being away since `since`.
    Returned { since: Time, at: Time },
}

/// What one sample changed: present time to add (negative when an away period is detected
/// after the fact and the time already counted is taken back) and the transitions.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Step {
    pub present: TimeDelta,
    pub transitions: Vec<Transition>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Present {
        last_input: Time,
        counted_until: Time,
    },
    Away {
        since: Time,
    },
}

/// Follows presence from samples. Time only moves forward inside it: a clock that jumps
/// back shifts the remembered times by the jump, so no duration ever becomes negative.
#[derive(Debug, Clone)]
pub struct PresenceTracker {
    natural_break_after: TimeDelta,
    state: State,
    last_sample: Time,
    last_had_idle: bool,
    last_locked: bool,
    last_quiet: Quiet,
}

impl PresenceTracker {
    /// Starts present at `now` (the app starts with the session).
    pub fn new(now: Time, natural_break_after: TimeDelta) -> Self {
        PresenceTracker {
            natural_break_after,
            state: State::Present {
                last_input: now,
                counted_until: now,
            },
            last_sample: now,
            last_had_idle: true,
            last_locked: false,
            last_quiet: Quiet::No,
        }
    }

    /// Changes the away threshold from the next sample on.
    pub fn set_natural_break_after(&mut self, natural_break_after: TimeDelta) {
        self.natural_break_after = natural_break_after;
    }

    /// Time of the newest sample.
    pub fn now(&self) -> Time {
        self.last_sample
    }

    /// Presence as of the newest sample.
    pub fn presence(&self) -> Presence {
        match self.state {
            State::Away { .. } => Presence::Away,
            State::Present { last_input, .. } if self.last_sample - last_input < ACTIVE_WITHIN => {
                Presence::Active
            }
            State::Present { .. } => Presence::Passive,
        }
    }

    /// Start of the current absence, if away.
    pub fn away_since(&self) -> Option<Time> {
        match self.state {
            State::Away { since } => Some(since),
            State::Present { .. } => None,
        }
    }

    /// The latest moment the next sample must be taken so that no absence goes unseen:
    /// when a present user would reach `natural_break_after` without input.
    pub fn next_check(&self, away_poll: TimeDelta) -> Time {
        match self.state {
            State::Present { last_input, .. } => last_input + self.natural_break_after,
            State::Away { .. } => self.last_sample + away_poll,
        }
    }

    /// What a sample at `at` would most likely read if the source were asked now: no new
    /// input since the last one. Used when a command arrives between samples.
    pub fn extrapolate(&self, at: Time) -> Sample {
        let idle = match self.state {
            State::Present { last_input, .. } => at - last_input,
            State::Away { since } => at - since,
        };
        Sample {
            at,
            idle: self.last_had_idle.then_some(idle),
            locked: self.last_locked,
            quiet: self.last_quiet,
        }
    }

    /// Moves every remembered time by `shift` (negative: the wall clock was set back).
    fn shift(&mut self, shift: TimeDelta) {
        self.state = match self.state {
            State::Present {
                last_input,
                counted_until,
            } => State::Present {
                last_input: last_input + shift,
                counted_until: counted_until + shift,
            },
            State::Away { since } => State::Away {
                since: since + shift,
            },
        };
        self.last_sample += shift;
    }

    /// Takes one sample. `gap` says that the time since the previous sample cannot be
    /// trusted (the sample came much later than asked for): it counts as an absence.
    /// Returns the clock shift applied when the wall clock went backwards (zero otherwise).
    pub fn observe(&mut self, sample: Sample, gap: bool) -> (Step, TimeDelta) {
        let mut step = Step::default();
        let mut shift = TimeDelta::zero();
        if sample.at < self.last_sample {
            shift = sample.at - self.last_sample;
            self.shift(shift);
        }
        let t = sample.at;
        let idle = sample
            .idle
            .map_or(TimeDelta::zero(), |i| i.max(TimeDelta::zero()));
        let input_at = t - idle;
        self.last_had_idle = sample.idle.is_some();
        self.last_locked = sample.locked;
        self.last_quiet = sample.quiet;

        if gap && let State::Present { counted_until, .. } = self.state {
            let since = self.last_sample;
            step.present += since - counted_until;
            step.transitions.push(Transition::WentAway { since });
            self.state = State::Away { since };
        }

        match self.state {
            State::Present {
                last_input,
                counted_until,
            } => {
                let last_input = last_input.max(input_at);
                if sample.locked || t - last_input >= self.natural_break_after {
                    step.present += last_input - counted_until;
                    step.transitions
                        .push(Transition::WentAway { since: last_input });
                    self.state = State::Away { since: last_input };
                } else {
                    step.present += t - counted_until;
                    self.state = State::Present {
                        last_input,
                        counted_until: t,
                    };
                }
            }
            State::Away { since } => {
                let back = !sample.locked && input_at > since && idle < self.natural_break_after;
                if back {
                    step.transitions.push(Transition::Returned {
                        since,
                        at: input_at,
                    });
                    step.present += t - input_at;
                    self.state = State::Present {
                        last_input: input_at,
                        counted_until: t,
                    };
                }
            }
        }
        self.last_sample = t;
        (step, shift)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(min: i64) -> Time {
        chrono::Utc.with_ymd_and_hms(2026, 1, 5, 9, 0, 0).unwrap() + TimeDelta::minutes(min)
    }

    #[test]
    fn idle_past_threshold_is_away_since_last_input_and_takes_back_counted_time() {
        let mut p = PresenceTracker::new(at(0), TimeDelta::minutes(5));
        let (s, _) = p.observe(Sample::idle(at(3), TimeDelta::minutes(3)), false);
        assert_eq!(s.present, TimeDelta::minutes(3));
        assert_eq!(p.presence(), Presence::Passive);
        let (s, _) = p.observe(Sample::idle(at(5), TimeDelta::minutes(5)), false);
        assert_eq!(s.present, TimeDelta::minutes(-3));
        assert_eq!(s.transitions, vec![Transition::WentAway { since: at(0) }]);
        let (s, _) = p.observe(Sample::idle(at(30), TimeDelta::minutes(2)), false);
        assert_eq!(
            s.transitions,
            vec![Transition::Returned {
                since: at(0),
                at: at(28)
            }]
        );
        assert_eq!(s.present, TimeDelta::minutes(2));
    }

    #[test]
    fn clock_set_back_never_yields_negative_time() {
        let mut p = PresenceTracker::new(at(60), TimeDelta::minutes(5));
        let (s, shift) = p.observe(Sample::idle(at(0), TimeDelta::zero()), false);
        assert_eq!(shift, TimeDelta::minutes(-60));
        assert_eq!(s.present, TimeDelta::zero());
        let (s, _) = p.observe(Sample::idle(at(2), TimeDelta::zero()), false);
        assert_eq!(s.present, TimeDelta::minutes(2));
    }

    #[test]
    fn without_idle_source_the_user_is_active_until_a_gap() {
        let mut p = PresenceTracker::new(at(0), TimeDelta::minutes(5));
        let (s, _) = p.observe(Sample::time_only(at(4)), false);
        assert_eq!(
            (s.present, p.presence()),
            (TimeDelta::minutes(4), Presence::Active)
        );
        let (s, _) = p.observe(Sample::time_only(at(50)), true);
        assert_eq!(
            s.transitions,
            vec![
                Transition::WentAway { since: at(4) },
                Transition::Returned {
                    since: at(4),
                    at: at(50)
                }
            ]
        );
    }
}
