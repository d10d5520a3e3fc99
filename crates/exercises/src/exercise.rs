//! Exercises: what the user does in a break. Data, not code: each one is a TOML file (see
//! `assets/exercises/README.md`); this module holds the types and the rules a file must meet.

use serde::{Deserialize, Serialize};

// The vocabulary an exercise file is written in lives in core (settings and history speak it
// too); it is re-exported here because every exercise type is spelled with it.
pub use knotless_core::vocabulary::{Equipment, Kind, Position, Region, from_name, name_of};

mod tempo;
pub mod translation;

pub use translation::Translation;

/// The safety line every self-massage carries (from the seeds: gentle pressure, "don't push
/// yourself into pain", stop on numbness or tingling).
pub const MASSAGE_CAUTION: &str =
    "Gentle pressure only: don't push into pain. Stop if you feel numbness or tingling.";

/// The line every self-massage carries too: the seeds' first precaution.
pub const PROVIDER_CAUTION: &str = "With circulatory issues, nerve problems or a serious injury, \
     talk to a healthcare provider before self-massage.";

/// What a stretch or drill for the neck must say, in some words: when to stop.
pub const NECK_CAUTION: &str = "Stop if you feel dizzy or an arm tingles.";

/// What a stretch's cautions must say, in some words: gentle, never forced or bounced.
pub const STRETCH_CAUTION: &str = "A stretch should feel mild. Never force it or bounce.";

/// Longest and shortest sensible exercise, all steps together.
pub const MIN_TOTAL_SECS: u32 = 15;
pub const MAX_TOTAL_SECS: u32 = 600;

/// One step: what to do and for how long.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub text: String,
    pub seconds: u32,
    /// The step moves to the other side: the window marks it, the figure mirrors and the
    /// voice says so. Data, never read from the words (a translation keeps it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub switch_sides: bool,
}

/// One exercise, as written in its file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub id: String,
    pub title: String,
    /// One line for the notification.
    pub summary: String,
    pub regions: Vec<Region>,
    /// The areas it moves, stretches, presses, heats or cools: what a safety hold keeps it
    /// away from (`crate::holds`). Separate from `regions` (what it helps): a breathing break
    /// for a tense neck loads nothing; a hand massage of the neck loads the wrists too. Every
    /// file must say it (an empty list for breathing, eye rests and checks of the desk);
    /// [`Exercise::loads`] reads a missing one as all of `regions`, the safe side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loads: Option<Vec<Region>>,
    pub kind: Kind,
    pub position: Position,
    #[serde(default)]
    pub equipment: Vec<Equipment>,
    pub steps: Vec<Step>,
    #[serde(default)]
    pub cautions: Vec<String>,
    /// Illustration frames (SVG files), relative to the exercise file's folder; 1 to 4,
    /// unless the exercise has a [`figure`](Exercise::figure) instead.
    #[serde(default)]
    pub frames: Vec<String>,
    /// The moving figure: keyframes of joint angles in time with the steps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<knotless_figure::Figure>,
    /// Done with the eyes closed (or lying down) where the window cannot be watched: the
    /// window offers to read the steps aloud. Data, never read from the words.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub without_looking: bool,
    /// The texts in other languages, by language code (`[translations.de]`): what a user's
    /// own file may carry. The built-ins' are files of their own
    /// (`assets/exercises/translations/LANG/ID.toml`).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub translations: std::collections::BTreeMap<String, Translation>,
}

impl Step {
    /// The step moves to the other side (its `switch_sides`).
    pub fn switches_sides(&self) -> bool {
        self.switch_sides
    }
}

/// Words that, in an English step, say it moves to the other side ("Switch sides", "the
/// other side", "Swap hands"); "switch back and forth" does not. Only the check reads them,
/// to remind an author to set `switch_sides`; behaviour follows the flag.
const SWITCH_WORDS: [&str; 9] = [
    "switch sides",
    "switch arms",
    "switch legs",
    "switch feet",
    "switch hands",
    "swap hands",
    "swap sides",
    "other side",
    "move the ball to the other",
];

/// Words that, in an English step, say the eyes are closed or the body lies down: the check
/// reminds an author to set `without_looking`.
const UNSEEN_WORDS: [&str; 6] = [
    "close your eyes",
    "closed eyes",
    "eyes closed",
    "lie on",
    "lie along",
    "lie down",
];

impl Exercise {
    /// The areas a safety hold keeps this exercise away from: its `loads`, or, where a file
    /// does not say (the check refuses such a file), every region it names.
    pub fn loads(&self) -> &[Region] {
        self.loads.as_deref().unwrap_or(&self.regions)
    }

    /// All steps together.
    pub fn total_secs(&self) -> u32 {
        self.steps.iter().map(|s| s.seconds).sum()
    }

    /// Done lying down or with the eyes closed, where the window cannot be watched (the
    /// break window then offers to read the steps aloud): its `without_looking`, or any
    /// exercise done on the floor.
    pub fn done_without_looking(&self) -> bool {
        self.without_looking || self.position == Position::Floor
    }
}

/// Something wrong with an exercise: the field (`steps[2].seconds`) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flaw {
    pub field: String,
    pub message: String,
}

fn flaw(field: impl Into<String>, message: impl Into<String>) -> Flaw {
    Flaw {
        field: field.into(),
        message: message.into(),
    }
}

/// Checks an exercise against the rules every file must meet: [`check_required`], then
/// [`check_advised`]. `knotless exercises check` and the built-ins' tests hold a file to all.
pub fn check(e: &Exercise) -> Vec<Flaw> {
    let mut flaws = check_required(e);
    flaws.extend(check_advised(e));
    flaws
}

/// The rules added since users began writing their own files (what an exercise loads, a
/// calm pace, the neck's stopping line). A user's file that breaks only these still loads,
/// the safe way (a missing `loads` counts as every region it names), and the problems are
/// reported as warnings until the file is mended.
pub fn check_advised(e: &Exercise) -> Vec<Flaw> {
    let mut flaws = check_loads(e);
    let says_tingling = e
        .cautions
        .iter()
        .any(|c| c.to_lowercase().contains("tingl"));
    // The neck's nerves run down the arms: a neck stretch or drill says when to stop.
    if matches!(e.kind, Kind::Stretch | Kind::Mobility)
        && e.regions.contains(&Region::Neck)
        && !says_tingling
    {
        flaws.push(flaw(
            "cautions",
            format!("a stretch or drill for the neck must say when to stop (\"{NECK_CAUTION}\")"),
        ));
    }
    flaws.extend(tempo::check(e));
    flaws.extend(check_meaning_flags(e));
    for (lang, t) in &e.translations {
        flaws.extend(translation::check(
            e,
            lang,
            t,
            &format!("translations.{lang}."),
        ));
    }
    flaws
}

/// The meaning the window acts on is data: an English step that says "the other side" sets
/// `switch_sides`, one that closes the eyes or lies down sets `without_looking` (the words
/// are only read here, to remind the author; a translation keeps the flags).
fn check_meaning_flags(e: &Exercise) -> Vec<Flaw> {
    let mut flaws = Vec::new();
    for (i, step) in e.steps.iter().enumerate() {
        let text = step.text.to_lowercase();
        if !step.switch_sides && SWITCH_WORDS.iter().any(|w| text.contains(w)) {
            flaws.push(flaw(
                format!("steps[{i}]"),
                "reads as moving to the other side: add `switch_sides = true` to the step",
            ));
        }
        if i == 0 && step.switch_sides {
            flaws.push(flaw(
                "steps[0].switch_sides",
                "the first step cannot move to the other side",
            ));
        }
        if !e.done_without_looking() && UNSEEN_WORDS.iter().any(|w| text.contains(w)) {
            flaws.push(flaw(
                format!("steps[{i}]"),
                "is done with the eyes closed or lying down: add `without_looking = true`",
            ));
        }
    }
    flaws
}

/// The rules a file must meet to load at all, in the order a reader meets the fields.
pub fn check_required(e: &Exercise) -> Vec<Flaw> {
    let mut flaws = check_names(e);
    flaws.extend(check_lists(e));
    flaws.extend(check_steps(e));
    flaws.extend(check_safety_lines(e));
    flaws.extend(check_pictures(e));
    flaws
}

/// The id, the title and the summary: present and short enough for where they are shown.
fn check_names(e: &Exercise) -> Vec<Flaw> {
    let mut flaws = Vec::new();
    let id_ok = (3..=48).contains(&e.id.len())
        && e.id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !e.id.starts_with('-')
        && !e.id.ends_with('-');
    if !id_ok {
        flaws.push(flaw(
            "id",
            "3 to 48 characters: lowercase letters, digits and dashes",
        ));
    }
    if e.title.trim().is_empty() || e.title.chars().count() > 60 {
        flaws.push(flaw("title", "1 to 60 characters"));
    }
    if e.summary.trim().is_empty() || e.summary.chars().count() > 140 {
        flaws.push(flaw(
            "summary",
            "1 to 140 characters (it is the line in the notification)",
        ));
    }
    flaws
}

/// The regions and the equipment: at least one region, nothing listed twice.
fn check_lists(e: &Exercise) -> Vec<Flaw> {
    let mut flaws = Vec::new();
    if e.regions.is_empty() {
        flaws.push(flaw("regions", "name at least one body region"));
    }
    if has_duplicates(&e.regions) {
        flaws.push(flaw("regions", "a region is listed twice"));
    }
    if has_duplicates(&e.equipment) {
        flaws.push(flaw("equipment", "an item is listed twice"));
    }
    flaws
}

/// The steps: how many, each one's text and length, and the length of them all.
fn check_steps(e: &Exercise) -> Vec<Flaw> {
    let mut flaws = Vec::new();
    if e.steps.is_empty() || e.steps.len() > 8 {
        flaws.push(flaw("steps", "1 to 8 steps"));
    }
    for (i, step) in e.steps.iter().enumerate() {
        if step.text.trim().is_empty() {
            flaws.push(flaw(format!("steps[{i}].text"), "say what to do"));
        }
        if !(3..=300).contains(&step.seconds) {
            flaws.push(flaw(format!("steps[{i}].seconds"), "from 3 to 300 seconds"));
        }
    }
    let total = e.total_secs();
    if !e.steps.is_empty() && !(MIN_TOTAL_SECS..=MAX_TOTAL_SECS).contains(&total) {
        flaws.push(flaw(
            "steps",
            format!(
                "the steps add up to {total} s; an exercise takes {MIN_TOTAL_SECS} s to {} min",
                MAX_TOTAL_SECS / 60
            ),
        ));
    }
    flaws
}

/// The safety lines a self-massage and a stretch must carry in their cautions.
fn check_safety_lines(e: &Exercise) -> Vec<Flaw> {
    let mut flaws = Vec::new();
    let says = |words: &[&str]| {
        e.cautions.iter().any(|c| {
            let c = c.to_lowercase();
            words.iter().all(|w| c.contains(w))
        })
    };
    if e.kind == Kind::SelfMassage {
        for line in [MASSAGE_CAUTION, PROVIDER_CAUTION] {
            if !e.cautions.iter().any(|c| c == line) {
                flaws.push(flaw(
                    "cautions",
                    format!("a self-massage must carry the safety line \"{line}\""),
                ));
            }
        }
        if !e.equipment.is_empty() && !says(&["bone"]) {
            flaws.push(flaw(
                "cautions",
                "a self-massage with a tool must say where it stays: on muscle, off bone \
                 (like \"Keep the ball on muscle, never on bone or on the spine.\")",
            ));
        }
    }
    if e.kind == Kind::Stretch && !says(&["never force", "bounce"]) {
        flaws.push(flaw(
            "cautions",
            format!("a stretch must say it is never forced or bounced (\"{STRETCH_CAUTION}\")"),
        ));
    }
    flaws
}

/// The pictures: a `[figure]` whose frames fit the steps, or 1 to 4 SVG files kept inside
/// the exercise's folder.
fn check_pictures(e: &Exercise) -> Vec<Flaw> {
    let mut flaws = Vec::new();
    match &e.figure {
        Some(figure) => {
            if let Err(found) = figure.frames(e.steps.len()) {
                flaws.extend(found.into_iter().map(|f| Flaw {
                    field: f.field,
                    message: f.message,
                }));
            }
        }
        None if e.frames.is_empty() || e.frames.len() > 4 => flaws.push(flaw(
            "frames",
            "a [figure] or 1 to 4 illustration frames (SVG files)",
        )),
        None => {}
    }
    for (i, frame) in e.frames.iter().enumerate() {
        let safe = !frame.starts_with('/') && !frame.split('/').any(|part| part == "..");
        if !frame.ends_with(".svg") || !safe {
            flaws.push(flaw(
                format!("frames[{i}]"),
                "an .svg file in the exercise's folder or below it",
            ));
        }
    }
    flaws
}

/// The figure's geometric rules (contacts touch, nothing through the floor or a wall, the
/// midline, travel; see [`knotless_figure::check`]), for an exercise that passed [`check`].
/// They take a moment, so the built-ins are held to them by the tests, not at every start;
/// a user's file is, when it is read.
pub fn check_geometry(e: &Exercise) -> Vec<Flaw> {
    let Some(figure) = &e.figure else {
        return Vec::new();
    };
    let Ok(frames) = figure.frames(e.steps.len()) else {
        return Vec::new();
    };
    let steps: Vec<&str> = e.steps.iter().map(|s| s.text.as_str()).collect();
    let text = format!("{} {} {}", e.title, e.summary, steps.join(" "));
    let gentle = matches!(e.kind, Kind::Breathing | Kind::Eyes | Kind::Posture);
    knotless_figure::check::check(figure, &frames, &text, gentle)
        .into_iter()
        .map(|f| Flaw {
            field: f.field,
            message: f.message,
        })
        .collect()
}

/// `loads` is stated, names body areas a check-in can hold, and covers what a stretch, a
/// drill or a massage works (it cannot help an area without moving or pressing it).
fn check_loads(e: &Exercise) -> Vec<Flaw> {
    let mut flaws = Vec::new();
    let Some(loads) = &e.loads else {
        flaws.push(flaw(
            "loads",
            "say which areas it moves, stretches, presses, heats or cools, like \
             loads = [\"neck\", \"shoulders\"] (loads = [] for breathing, eye rests and \
             checks of the desk): a warning sign in an area holds back what loads it",
        ));
        return flaws;
    };
    if loads
        .iter()
        .any(|r| matches!(r, Region::Eyes | Region::WholeBody))
    {
        flaws.push(flaw(
            "loads",
            "name the body areas it loads (neck, shoulders, upper_back, lower_back, chest, \
             hips, wrists, legs), not eyes or whole_body",
        ));
    }
    if has_duplicates(loads) {
        flaws.push(flaw("loads", "an area is listed twice"));
    }
    if matches!(e.kind, Kind::Stretch | Kind::Mobility | Kind::SelfMassage) {
        // An authoring diagnostic: in English, as the file's fields are.
        let english = |f: fn(&Region) -> String, r: &Region| {
            knotless_i18n::with_language(knotless_i18n::ENGLISH, || f(r))
        };
        let missing: Vec<String> = e
            .regions
            .iter()
            .filter(|r| !matches!(r, Region::Eyes | Region::WholeBody) && !loads.contains(r))
            .map(|r| english(|r| r.label(), r))
            .collect();
        if !missing.is_empty() {
            flaws.push(flaw(
                "loads",
                format!(
                    "a {} works what it helps: add {} to loads",
                    knotless_i18n::with_language(knotless_i18n::ENGLISH, || e.kind.label()),
                    missing.join(" and ")
                ),
            ));
        }
    }
    flaws
}

fn has_duplicates<T: PartialEq>(items: &[T]) -> bool {
    items
        .iter()
        .enumerate()
        .any(|(i, a)| items[..i].contains(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn massage() -> Exercise {
        Exercise {
            id: "ball-wall".into(),
            title: "Ball against the wall".into(),
            summary: "Lean on a ball.".into(),
            regions: vec![Region::UpperBack],
            loads: Some(vec![Region::UpperBack]),
            kind: Kind::SelfMassage,
            position: Position::Wall,
            equipment: vec![Equipment::Ball, Equipment::Wall],
            steps: vec![Step {
                text: "Lean in.".into(),
                seconds: 30,
                ..Step::default()
            }],
            cautions: vec![
                MASSAGE_CAUTION.into(),
                PROVIDER_CAUTION.into(),
                "Keep the ball on muscle, never on bone or on the spine.".into(),
            ],
            frames: vec!["ball-wall-1.svg".into()],
            figure: None,
            without_looking: false,
            translations: Default::default(),
        }
    }

    #[test]
    fn a_good_exercise_passes_and_each_rule_names_its_field() {
        assert_eq!(check(&massage()), vec![]);
        let mut e = massage();
        e.cautions.clear();
        e.id = "Ball Wall".into();
        e.steps[0].seconds = 1;
        e.frames = vec!["../x.svg".into()];
        let fields: Vec<String> = check(&e).into_iter().map(|f| f.field).collect();
        assert_eq!(
            fields,
            [
                "id",
                "steps[0].seconds",
                "steps",
                "cautions",
                "cautions",
                "cautions",
                "frames[0]",
                // Getting to the wall takes a moment too (an advised rule, checked last).
                "steps[0].seconds"
            ]
        );
    }

    #[test]
    fn the_documented_safety_lines_are_enforced() {
        // A massage with a tool must say it stays off bone; a hands-only one need not.
        let mut e = massage();
        e.cautions.pop();
        let fields: Vec<String> = check(&e).into_iter().map(|f| f.message).collect();
        assert_eq!(fields.len(), 1, "{fields:?}");
        assert!(fields[0].contains("off bone"), "{fields:?}");
        e.equipment.clear();
        assert_eq!(check(&e), vec![]);
        // Without the healthcare-provider line, a massage fails.
        let mut e = massage();
        e.cautions.remove(1);
        assert!(check(&e)[0].message.contains("healthcare provider"));
        // A stretch must say never force or bounce, in whatever words around it.
        let mut e = massage();
        e.kind = Kind::Stretch;
        e.cautions = vec!["Easy does it.".into()];
        assert!(check(&e)[0].message.contains("bounce"));
        e.cautions = vec!["Breathe; never force the stretch, and don't bounce.".into()];
        assert_eq!(check(&e), vec![]);
    }
}
