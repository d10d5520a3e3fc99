//! What one break will be, worked out before any window opens: the exercise and why it
//! was picked, "Another suggestion" and the choose list, the check-in and advice due, and
//! what is asked first. Pure: the caller reads history and the library and asks the
//! daemon; this only decides.

use crate::Time;
use crate::body::{self, Advice};
use crate::exercise::{Exercise, Kind, Region};
use crate::history::Event;
use crate::presence::Posture;
use crate::settings::Settings;
use crate::suggest::Policy;
use crate::variety::Variety;
use chrono::TimeDelta;

/// How many exercises "Another suggestion" goes round.
const ALTERNATIVES: usize = 8;

/// One break, planned.
#[derive(Debug, Clone)]
pub struct Plan {
    pub exercise: Exercise,
    /// "Another suggestion", in order: no two of one kind in a row, nor the first of the
    /// exercise's kind.
    pub alternatives: Vec<Exercise>,
    /// The choose list: every exercise allowed for this break, by title.
    pub choices: Vec<Exercise>,
    /// Why this exercise, when something personal leaned towards it.
    pub reason: Option<String>,
    /// Areas to ask about after the break, when a check-in is due.
    pub checkin: Vec<Region>,
    /// The areas a check-in asks about now, due or not (held ones first).
    pub checkin_areas: Vec<Region>,
    /// A check-in the user started (`knotless checkin --window`, the tray): the window
    /// opens on the check-in, and there is no break to answer.
    pub checkin_only: bool,
    /// Advice due anyway (shown after the check-in).
    pub advice: Vec<Advice>,
    /// Areas an exercise made worse once already this week.
    pub worse_this_week: Vec<Region>,
    /// The user has read the provider note (`body::PROVIDER_NOTE`): it is not shown again.
    pub provider_note_read: bool,
    /// With a sit-stand desk: the posture, for the switch.
    pub posture: Option<Posture>,
    /// Asking first: the heading ("Time to move · sitting 42 min") and how long it waits
    /// for an answer.
    pub prompt: Option<(String, TimeDelta)>,
    /// Snoozes left for this break: closing snoozes while there are any, else skips.
    pub snoozes_left: u32,
}

/// What the plan is made from.
pub struct Inputs<'a> {
    pub settings: &'a Settings,
    /// History's bodily events (`body::remembered`).
    pub events: &'a [Event],
    pub library: &'a [Exercise],
    pub now: Time,
    /// The daemon's suggestion for this break, if it has one.
    pub suggested: Option<&'a str>,
    pub posture: Option<Posture>,
    pub snoozes_left: u32,
    /// Seeds the variety engine when the plan picks.
    pub seed: u64,
}

impl Plan {
    /// The plan for a break from `inputs`: the same policy as the daemon's, over the same
    /// settings and history.
    pub fn build(inputs: &Inputs<'_>) -> Plan {
        let Inputs {
            settings,
            events,
            library,
            now,
            ..
        } = *inputs;
        let policy = Policy::new(settings, events, now, library)
            .for_posture(inputs.posture.unwrap_or_default(), false);
        let mut variety = Variety::new(inputs.seed);
        let exercise = inputs
            .suggested
            .and_then(|id| library.iter().find(|e| e.id == id).cloned())
            .unwrap_or_else(|| policy.next(&mut variety, library));
        let ranked: Vec<Exercise> = policy
            .alternatives(&variety, library, &exercise.id, usize::MAX)
            .into_iter()
            .cloned()
            .collect();
        let alternatives = vary_kinds(exercise.kind, &ranked, ALTERNATIVES);
        let mut choices = ranked;
        choices.push(exercise.clone());
        choices.sort_by(|a, b| a.title.cmp(&b.title));
        let regions_of = |id: &str| {
            library
                .iter()
                .find(|e| e.id == id)
                .map(|e| e.regions.as_slice())
        };
        // Every held area is asked first whenever a check-in is due, however old its hold.
        let held = policy.holds().regions();
        let checkin_areas =
            body::checkin_areas(&held, &settings.suggestions.focus, events, now, regions_of);
        let checkin =
            if settings.checkin.enabled && body::checkin_due(events, now, settings.checkin.every) {
                checkin_areas.clone()
            } else {
                Vec::new()
            };
        let advice = body::advice_due(events, now, |id| library.iter().find(|e| e.id == id));
        Plan {
            reason: policy.leanings.reason(&exercise),
            worse_this_week: body::worse_areas(events, now, crate::suggest::loads_in(library))
                .into_keys()
                .collect(),
            provider_note_read: body::provider_note_read(events),
            exercise,
            alternatives,
            choices,
            checkin,
            checkin_areas,
            checkin_only: false,
            advice,
            posture: inputs.posture,
            prompt: None,
            snoozes_left: inputs.snoozes_left,
        }
    }

    /// A plan for `exercise` alone (tests, and a break with nothing else to offer).
    pub fn only(exercise: Exercise) -> Plan {
        Plan {
            exercise,
            alternatives: Vec::new(),
            choices: Vec::new(),
            reason: None,
            checkin: Vec::new(),
            advice: Vec::new(),
            worse_this_week: Vec::new(),
            provider_note_read: false,
            posture: None,
            prompt: None,
            snoozes_left: 0,
            checkin_areas: Vec::new(),
            checkin_only: false,
        }
    }

    /// The check-in alone, which the user asked for: every area it asks about now.
    pub fn checking_in(mut self) -> Plan {
        self.checkin = self.checkin_areas.clone();
        self.checkin_only = true;
        self.prompt = None;
        self
    }

    /// Asks first, with `heading`, for at most `answer_within`.
    pub fn asking(mut self, heading: String, answer_within: TimeDelta) -> Plan {
        self.prompt = Some((heading, answer_within));
        self
    }
}

/// Up to `n` of `ranked` (best first), reordered so that no two in a row are of one kind
/// and the first is not of `after`'s: at each place the best one left of another kind
/// than the one before, or the best one left when every one left is of that kind.
pub fn vary_kinds(after: Kind, ranked: &[Exercise], n: usize) -> Vec<Exercise> {
    let mut left: Vec<&Exercise> = ranked.iter().collect();
    let mut out: Vec<Exercise> = Vec::new();
    let mut last = after;
    while out.len() < n && !left.is_empty() {
        let i = left.iter().position(|e| e.kind != last).unwrap_or(0);
        let e = left.remove(i);
        last = e.kind;
        out.push(e.clone());
    }
    out
}
