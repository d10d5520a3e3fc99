//! The suggestion policy: which movement exercise comes next. One place for the daemon and
//! for `knotless break` without a daemon, so both pick the same way under the same settings
//! and history. Pure: the caller passes the library, the settings, what history says about
//! the body, and the seeded variety engine.

use super::Time;
use super::exercise::{Exercise, Kind, Position, Region, Step};
use super::history::Event;
use super::settings::Settings;
use super::variety::{Filter, Leanings, Variety};

/// What the suggestions are drawn from right now.
pub struct Policy {
    /// From strict to loose: keep to the break length, the equipment and the positions of
    /// `[suggestions]`; then any length; then anything but the exclusions. However far the
    /// filter is let go, nothing that loads an area a check-in holds back (a warning sign,
    /// severe pain), and no exercise whose newest "how did that feel" was "worse".
    filters: [Filter; 3],
    pub leanings: Leanings,
}

impl Policy {
    pub fn new(settings: &Settings, body: &[Event], now: Time) -> Policy {
        let s = &settings.suggestions;
        let length = u32::try_from(super::whole_secs(settings.movement.length)).unwrap_or(u32::MAX);
        let held = super::body::held_areas(body);
        let made_worse = super::body::held_exercises(body, now);
        let anything = Filter {
            exclude: s.exclude.clone(),
            ..Filter::anything()
        };
        let filters = [
            Filter::from_suggestions(s, Some(length)),
            Filter::from_suggestions(s, None),
            anything,
        ]
        .map(|f| f.holding(held.clone()).excluding(&made_worse));
        Policy {
            filters,
            leanings: Leanings::from_history(s, body, now),
        }
    }

    /// The same, leaning towards what the user's posture asks for (see
    /// [`Leanings::for_posture`]).
    pub fn for_posture(
        mut self,
        posture: super::presence::Posture,
        after_long_stand: bool,
    ) -> Policy {
        self.leanings = self.leanings.for_posture(posture, after_long_stand);
        self
    }

    /// Picks the next movement suggestion (and the variety engine remembers it); the
    /// built-in walk when the library has nothing at all.
    pub fn next(&self, variety: &mut Variety, library: &[Exercise]) -> Exercise {
        self.filters
            .iter()
            .find_map(|filter| variety.pick(library, filter, &self.leanings))
            .cloned()
            .unwrap_or_else(fallback)
    }

    /// Up to `n` other good suggestions besides `except`, best first ("Another suggestion"),
    /// from the first filter that has any.
    pub fn alternatives<'a>(
        &self,
        variety: &Variety,
        library: &'a [Exercise],
        except: &str,
        n: usize,
    ) -> Vec<&'a Exercise> {
        self.filters
            .iter()
            .map(|filter| {
                variety
                    .rank(library, filter, &self.leanings)
                    .into_iter()
                    .filter(|r| r.exercise.id != except)
                    .take(n)
                    .map(|r| r.exercise)
                    .collect::<Vec<_>>()
            })
            .find(|list| !list.is_empty())
            .unwrap_or_default()
    }
}

/// What is suggested if the library has nothing at all (it always has its built-ins).
pub fn fallback() -> Exercise {
    Exercise {
        id: "walk".into(),
        title: "A short walk".into(),
        summary: "Stand up and walk at an easy pace for a minute.".into(),
        regions: vec![Region::WholeBody],
        kind: Kind::Walk,
        position: Position::Standing,
        equipment: Vec::new(),
        steps: vec![Step {
            text: "Stand up and walk at an easy pace for a minute.".into(),
            seconds: 60,
        }],
        cautions: Vec::new(),
        frames: Vec::new(),
        figure: None,
    }
}
