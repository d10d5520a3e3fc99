//! The "move variably" engine: which exercise to suggest next.
//!
//! 1. **Filter** what fits: the break length, the equipment at hand, the positions allowed,
//!    the user's exclusions.
//! 2. **Never repeat** one of the last [`NO_REPEAT`] picks (unless nothing else fits).
//! 3. **Score** the rest: the body region, kind and position least recently worked lead, then focus
//!    areas, recent discomfort and past feedback, plus a small seeded jitter so that equal
//!    candidates take turns. The same seed and the same history give the same sequence.

use super::exercise::{Equipment, Exercise, Kind, Position, Region};
use crate::settings::Suggestions;
use std::collections::{HashMap, VecDeque};
use strum::IntoEnumIterator;

/// No exercise comes back within this many picks.
pub const NO_REPEAT: usize = 10;

/// Staleness (in picks) stops growing here, so a long-neglected region cannot swamp
/// everything else forever.
const STALE_CAP: f64 = 14.0;
const FOCUS_BONUS: f64 = 3.0;
const DISCOMFORT_WEIGHT: f64 = 3.0;
const FEEDBACK_WEIGHT: f64 = 1.5;
const KIND_WEIGHT: f64 = 0.4;
/// "Vary positions": a little pull towards standing up after sitting exercises, and back,
const POSITION_WEIGHT: f64 = 0.3;
/// and a firm one once this many breaks in a row kept one position.
const SAME_POSITION_RUN: usize = 3;
const POSITION_SWITCH_BONUS: f64 = 4.0;
const JITTER: f64 = 1.5;
/// Enough to put an exercise done in the posture's preferred positions first, unless
/// staleness or discomfort argue strongly for another.
const POSTURE_BONUS: f64 = 8.0;
/// Enough to put a favoured kind first, whatever the staleness.
const FAVOUR_BONUS: f64 = 20.0;
/// While an area is held, a lean to calm kinds that load little (breathing, a walk), and away
/// from what names a held area among those it helps, so that nothing about the sore spot
/// takes over the day (what loads it is filtered out altogether).
const HOLD_CALM_BONUS: f64 = 2.0;
const HOLD_AREA_PENALTY: f64 = 2.0;

/// What may be suggested.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    /// The break length in seconds; longer exercises are left out. `None`: any length.
    pub max_secs: Option<u32>,
    /// The equipment at hand; an exercise needing anything else is left out.
    pub equipment: Vec<Equipment>,
    /// The positions allowed; empty means all.
    pub positions: Vec<Position>,
    /// Exercise ids never to suggest.
    pub exclude: Vec<String>,
    /// Areas held back (`crate::holds`): nothing whose `loads` names one of them.
    pub held: Vec<Region>,
}

impl Filter {
    /// Everything fits: all equipment, all positions, any length.
    pub fn anything() -> Filter {
        Filter {
            max_secs: None,
            equipment: Equipment::iter().collect(),
            positions: Vec::new(),
            exclude: Vec::new(),
            held: Vec::new(),
        }
    }

    /// What `[suggestions]` allows, for breaks of at most `max_secs`.
    pub fn from_suggestions(s: &Suggestions, max_secs: Option<u32>) -> Filter {
        Filter {
            max_secs,
            equipment: s.equipment.clone(),
            positions: s.positions.clone(),
            exclude: s.exclude.clone(),
            held: Vec::new(),
        }
    }

    /// The same, holding back everything that loads `regions`.
    pub fn holding(mut self, regions: Vec<Region>) -> Filter {
        self.held = regions;
        self
    }

    /// The same, never suggesting `ids` either.
    pub fn excluding(mut self, ids: &[String]) -> Filter {
        self.exclude.extend(ids.iter().cloned());
        self
    }

    pub fn admits(&self, e: &Exercise) -> bool {
        self.max_secs.is_none_or(|max| e.total_secs() <= max)
            && e.equipment.iter().all(|q| self.equipment.contains(q))
            && (self.positions.is_empty() || self.positions.contains(&e.position))
            && !self.exclude.contains(&e.id)
            && !e.loads().iter().any(|r| self.held.contains(r))
    }
}

/// What pulls the choice towards some exercises.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Leanings {
    /// Areas the user wants more attention on.
    pub focus: Vec<Region>,
    /// Recent discomfort per region, 0 (none) to 1 (a lot).
    pub discomfort: Vec<(Region, f64)>,
    /// Past "how did that feel" per exercise id: positive helped, negative made it worse.
    pub feedback: HashMap<String, i32>,
    /// A kind to favour now (a breathing break when skips pile up).
    pub favour: Option<Kind>,
    /// Positions the user's posture asks for: standing ones while standing at a sit-stand
    /// desk, seated and floor ones after a long stand.
    pub posture: Vec<Position>,
    /// Areas held (`crate::holds`): they get no focus or discomfort boost, and while any is
    /// held the engine leans to other regions, breathing and walking.
    pub held: Vec<Region>,
}

impl Leanings {
    /// The focus areas of `[suggestions]` (discomfort and feedback come from elsewhere).
    pub fn from_suggestions(s: &Suggestions) -> Leanings {
        Leanings {
            focus: s.focus.clone(),
            ..Leanings::default()
        }
    }

    /// The focus areas, plus what history says: recent discomfort from check-ins, the
    /// "how did that feel" answers, and breathing when skips pile up.
    pub fn from_history(
        s: &Suggestions,
        events: &[super::history::Event],
        now: super::Time,
    ) -> Leanings {
        Leanings {
            focus: s.focus.clone(),
            discomfort: super::body::discomfort(events, now),
            feedback: super::body::feedback(events, now),
            favour: super::body::favoured_kind(events),
            posture: Vec::new(),
            held: Vec::new(),
        }
    }

    /// The same while `held` areas are held: no boost for them from focus or discomfort.
    pub fn holding(mut self, held: Vec<Region>) -> Leanings {
        self.focus.retain(|r| !held.contains(r));
        self.discomfort.retain(|(r, _)| !held.contains(r));
        self.held = held;
        self
    }

    /// The positions to lean towards for `posture`, `after_long_stand` or not.
    pub fn for_posture(
        mut self,
        posture: super::presence::Posture,
        after_long_stand: bool,
    ) -> Leanings {
        use super::presence::Posture;
        self.posture = match (posture, after_long_stand) {
            (Posture::Standing, _) => vec![Position::Standing, Position::Wall],
            (Posture::Sitting, true) => vec![Position::Seated, Position::Floor],
            (Posture::Sitting, false) => Vec::new(),
        };
        self
    }

    /// Why `e` was picked, if anything personal leaned towards it.
    pub fn reason(&self, e: &Exercise) -> Option<String> {
        let helped = self.feedback.get(&e.id).copied().unwrap_or(0);
        if self.favour == Some(e.kind) && e.kind == Kind::Breathing {
            return Some(knotless_i18n::t!("break-reason-skipped"));
        }
        if self.posture.contains(&e.position) {
            return Some(match e.position {
                Position::Standing => knotless_i18n::t!("break-reason-standing"),
                Position::Wall => knotless_i18n::t!("break-reason-standing-wall"),
                _ => knotless_i18n::t!("break-reason-after-standing"),
            });
        }
        super::body::reason(e, &self.discomfort, &self.focus, helped)
    }
}

/// A candidate with its score and the main reason it scored so.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked<'a> {
    pub exercise: &'a Exercise,
    pub score: f64,
}

/// The engine's memory of what it picked.
#[derive(Debug, Clone)]
pub struct Variety {
    picks: u64,
    recent: VecDeque<String>,
    region_worked: HashMap<Region, u64>,
    kind_done: HashMap<Kind, u64>,
    position_done: HashMap<Position, u64>,
    /// The positions of the last few picks, oldest first.
    position_order: VecDeque<Position>,
    rng: fastrand::Rng,
}

impl Variety {
    pub fn new(seed: u64) -> Variety {
        Variety {
            picks: 0,
            recent: VecDeque::new(),
            region_worked: HashMap::new(),
            kind_done: HashMap::new(),
            position_done: HashMap::new(),
            position_order: VecDeque::new(),
            rng: fastrand::Rng::with_seed(seed),
        }
    }

    /// How many picks ago something was last picked (`at`; never: as if long ago), capped.
    fn staleness(&self, at: Option<&u64>) -> f64 {
        at.map_or(STALE_CAP, |&at| (self.picks - at) as f64)
            .min(STALE_CAP)
    }

    /// How many picks since `region` was last worked.
    fn region_staleness(&self, region: Region) -> f64 {
        self.staleness(self.region_worked.get(&region))
    }

    /// The position the last [`SAME_POSITION_RUN`] picks all shared, if they did.
    fn position_run(&self) -> Option<Position> {
        let last: Vec<Position> = self
            .position_order
            .iter()
            .rev()
            .take(SAME_POSITION_RUN)
            .copied()
            .collect();
        (last.len() == SAME_POSITION_RUN && last.iter().all(|p| *p == last[0])).then(|| last[0])
    }

    fn position_staleness(&self, position: Position) -> f64 {
        self.staleness(self.position_done.get(&position))
    }

    fn kind_staleness(&self, kind: Kind) -> f64 {
        self.staleness(self.kind_done.get(&kind))
    }

    /// The candidates, best first (without jitter, so the order is a pure function of the
    /// library, the filter, the leanings and what was picked before).
    pub fn rank<'a>(
        &self,
        library: &'a [Exercise],
        filter: &Filter,
        leanings: &Leanings,
    ) -> Vec<Ranked<'a>> {
        let fitting: Vec<&Exercise> = library.iter().filter(|e| filter.admits(e)).collect();
        let fresh: Vec<&Exercise> = fitting
            .iter()
            .copied()
            .filter(|e| !self.recent.contains(&e.id))
            .collect();
        // When the filter leaves too few, the least recent of the repeats come back.
        let pool = if fresh.is_empty() { fitting } else { fresh };
        let mut ranked: Vec<Ranked> = pool
            .into_iter()
            .map(|e| Ranked {
                exercise: e,
                score: self.score(e, leanings),
            })
            .collect();
        ranked.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.exercise.id.cmp(&b.exercise.id))
        });
        ranked
    }

    fn score(&self, e: &Exercise, leanings: &Leanings) -> f64 {
        let stalest = e
            .regions
            .iter()
            .map(|&r| self.region_staleness(r))
            .fold(0.0, f64::max);
        let others: f64 = e
            .regions
            .iter()
            .map(|&r| self.region_staleness(r))
            .sum::<f64>()
            - stalest;
        let mut score = stalest
            + 0.1 * others
            + KIND_WEIGHT * self.kind_staleness(e.kind)
            + POSITION_WEIGHT * self.position_staleness(e.position);
        if e.regions.iter().any(|r| leanings.focus.contains(r)) {
            score += FOCUS_BONUS;
        }
        for (region, level) in &leanings.discomfort {
            if e.regions.contains(region) {
                score += DISCOMFORT_WEIGHT * level.clamp(0.0, 1.0);
            }
        }
        if let Some(&feedback) = leanings.feedback.get(&e.id) {
            score += FEEDBACK_WEIGHT * f64::from(feedback.clamp(-3, 3));
        }
        if let Some(run) = self.position_run()
            && run != e.position
        {
            score += POSITION_SWITCH_BONUS;
        }
        if leanings.favour == Some(e.kind) {
            score += FAVOUR_BONUS;
        }
        if leanings.posture.contains(&e.position) {
            score += POSTURE_BONUS;
        }
        if !leanings.held.is_empty() {
            if matches!(e.kind, Kind::Breathing | Kind::Walk) {
                score += HOLD_CALM_BONUS;
            }
            if e.regions.iter().any(|r| leanings.held.contains(r)) {
                score -= HOLD_AREA_PENALTY;
            }
        }
        score
    }

    /// Picks the next exercise and remembers it. `None` when nothing fits the filter.
    pub fn pick<'a>(
        &mut self,
        library: &'a [Exercise],
        filter: &Filter,
        leanings: &Leanings,
    ) -> Option<&'a Exercise> {
        let ranked = self.rank(library, filter, leanings);
        let best = ranked.first()?.score;
        // Candidates within the jitter of the best take turns, by the seeded generator.
        let close: Vec<&Ranked> = ranked.iter().filter(|r| r.score >= best - JITTER).collect();
        let chosen = close[self.rng.usize(..close.len())].exercise;
        self.remember(chosen);
        Some(chosen)
    }

    /// Records that `e` was done (picked here, or chosen another way).
    pub fn remember(&mut self, e: &Exercise) {
        self.picks += 1;
        for &r in &e.regions {
            self.region_worked.insert(r, self.picks);
        }
        self.kind_done.insert(e.kind, self.picks);
        self.position_done.insert(e.position, self.picks);
        self.position_order.push_back(e.position);
        while self.position_order.len() > SAME_POSITION_RUN {
            self.position_order.pop_front();
        }
        self.recent.push_back(e.id.clone());
        while self.recent.len() > NO_REPEAT {
            self.recent.pop_front();
        }
    }
}
