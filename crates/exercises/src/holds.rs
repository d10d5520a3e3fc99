//! Safety holds: the areas nothing may load, and why. One policy for every path that
//! suggests something (the daemon's reminders and nudges, `knotless break` without a daemon,
//! "Another suggestion", the plan).
//!
//! The seeds: if self-care makes pain worse or brings numbness or tingling, stop and seek
//! professional guidance. So an area is held from the moment a check-in marks a warning sign
//! (numbness, tingling, swelling, pain that limits the day) or severe pain, or an exercise
//! that loads it is said to have made things worse, until a later check-in says the area is
//! fine again ([`FINE_UP_TO`] or less, no warning sign). A hold has no end date: it is asked
//! about at every check-in until it is released. Pure: events in, holds out.

use super::Time;
use super::body::{LEARN_DAYS, Sign, sign_of};
use super::exercise::{Exercise, Region};
use super::history::{Event, EventKind, Feeling};

/// A check-in score at or below this, with no warning sign, says an area is fine again.
pub const FINE_UP_TO: u8 = 3;

/// Why an area is held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HoldReason {
    /// A check-in marked numbness, tingling, swelling or pain that limits daily life.
    WarningSign,
    /// A check-in rated the pain this high (`body::SEVERE_FROM` or more).
    SeverePain(u8),
    /// The user said this exercise (its title at the time of the answer is looked up by
    /// the caller) made it worse.
    MadeWorse { exercise: String },
}

/// One held area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hold {
    pub region: Region,
    /// When it began (the newest reason keeps the first date).
    pub since: Time,
    /// The newest reason.
    pub reason: HoldReason,
}

/// Every area held now, and the exercises said to have made things worse.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Holds {
    areas: Vec<Hold>,
    /// Exercises whose newest "how did that feel" within [`LEARN_DAYS`] was "worse": not
    /// suggested again for that long, whatever their area's state.
    exercises: Vec<String>,
}

impl Holds {
    /// The holds that `events` (oldest first) leave standing at `now`. `loads_of` looks up
    /// what an exercise loads (`None` for one no longer in the library: nothing more is held).
    pub fn from_history<'a>(
        events: &[Event],
        now: Time,
        loads_of: impl Fn(&str) -> Option<&'a [Region]>,
    ) -> Holds {
        let mut holds = Holds::default();
        for e in events {
            match &e.kind {
                EventKind::Checkin { areas } => {
                    for a in areas {
                        let reason = match sign_of(a) {
                            Some(Sign::Severe(score)) => Some(HoldReason::SeverePain(score)),
                            Some(_) => Some(HoldReason::WarningSign),
                            None => None,
                        };
                        match reason {
                            Some(reason) => holds.hold(a.region, e.at, reason),
                            None if a.score <= FINE_UP_TO => holds.release(a.region),
                            // Better, but not fine: the hold stands.
                            None => {}
                        }
                    }
                }
                EventKind::Feedback { exercise, feeling } => {
                    holds.exercises.retain(|id| id != exercise);
                    let recent = e.at >= now - super::TimeDelta::days(LEARN_DAYS);
                    if *feeling == Feeling::Worse && recent {
                        holds.exercises.push(exercise.clone());
                    }
                    if *feeling == Feeling::Worse {
                        for &region in loads_of(exercise).unwrap_or_default() {
                            let reason = HoldReason::MadeWorse {
                                exercise: exercise.clone(),
                            };
                            holds.hold(region, e.at, reason);
                        }
                    }
                }
                _ => {}
            }
        }
        holds
    }

    fn hold(&mut self, region: Region, at: Time, reason: HoldReason) {
        match self.areas.iter_mut().find(|h| h.region == region) {
            Some(h) => h.reason = reason,
            None => self.areas.push(Hold {
                region,
                since: at,
                reason,
            }),
        }
    }

    fn release(&mut self, region: Region) {
        self.areas.retain(|h| h.region != region);
    }

    /// The held areas, in the order they were first held.
    pub fn areas(&self) -> &[Hold] {
        &self.areas
    }

    /// The held regions alone.
    pub fn regions(&self) -> Vec<Region> {
        self.areas.iter().map(|h| h.region).collect()
    }

    pub fn is_held(&self, region: Region) -> bool {
        self.areas.iter().any(|h| h.region == region)
    }

    /// Exercises never suggested again for now ("worse").
    pub fn exercises(&self) -> &[String] {
        &self.exercises
    }

    pub fn is_empty(&self) -> bool {
        self.areas.is_empty() && self.exercises.is_empty()
    }

    /// May `e` be suggested? Not if it loads a held area, nor if it made things worse.
    pub fn allows(&self, e: &Exercise) -> bool {
        !self.exercises.contains(&e.id) && !e.loads().iter().any(|r| self.is_held(*r))
    }
}
