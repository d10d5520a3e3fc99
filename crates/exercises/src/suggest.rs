//! The suggestion policy: which movement exercise comes next. One place for the daemon and
//! for `knotless break` without a daemon, so both pick the same way under the same settings
//! and history. Pure: the caller passes the library, the settings, what history says about
//! the body, and the seeded variety engine.

use super::Time;
use super::exercise::{Exercise, Kind, Position, Region, Step};
use super::history::Event;
use super::holds::Holds;
use super::settings::Settings;
use super::variety::{Filter, Leanings, Variety};

/// What the suggestions are drawn from right now.
pub struct Policy {
    /// From strict to loose: keep to the break length, the equipment and the positions of
    /// `[suggestions]`; then any length; then anything but the exclusions. However far the
    /// filter is let go, nothing the holds refuse (`crate::holds`).
    filters: [Filter; 3],
    pub leanings: Leanings,
    holds: Holds,
}

impl Policy {
    /// The policy for `settings` and what `body` (history's bodily events, oldest first)
    /// says at `now`; `library` tells what each exercise loads.
    pub fn new(settings: &Settings, body: &[Event], now: Time, library: &[Exercise]) -> Policy {
        let s = &settings.suggestions;
        let length = u32::try_from(super::whole_secs(settings.movement.length)).unwrap_or(u32::MAX);
        let holds = Holds::from_history(body, now, loads_in(library));
        let held = holds.regions();
        let made_worse = holds.exercises().to_vec();
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
            leanings: Leanings::from_history(s, body, now).holding(held),
            holds,
        }
    }

    /// The holds this policy keeps to, for every other path that says something about the
    /// body (nudges, the check-in, the window's note).
    pub fn holds(&self) -> &Holds {
        &self.holds
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

/// What each exercise of `library` loads, looked up by id.
pub fn loads_in<'a>(library: &'a [Exercise]) -> impl Fn(&str) -> Option<&'a [Region]> + 'a {
    |id| library.iter().find(|e| e.id == id).map(Exercise::loads)
}

/// What is suggested if nothing fits at all (the built-ins are always there, so only when the
/// user has excluded or held back nearly everything): a calm breath, which loads no area.
pub fn fallback() -> Exercise {
    Exercise {
        id: "slow-breaths".into(),
        // Made here, not read from a file, so no exercise translation covers it: its words
        // are the app's own.
        title: knotless_i18n::t!("break-fallback-title"),
        summary: knotless_i18n::t!("break-fallback-summary"),
        regions: vec![Region::WholeBody],
        loads: Some(Vec::new()),
        kind: Kind::Breathing,
        position: Position::Seated,
        equipment: Vec::new(),
        steps: vec![Step {
            text: knotless_i18n::t!("break-fallback-step"),
            seconds: 60,
            ..Step::default()
        }],
        cautions: Vec::new(),
        frames: Vec::new(),
        figure: None,
        without_looking: false,
        translations: Default::default(),
    }
}
