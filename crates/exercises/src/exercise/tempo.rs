//! Pace rules for an exercise's steps: every step long enough to be done calmly. A step that
//! asks for N slow repetitions gives each one time ([`SECS_PER_REP`], more where each goes
//! with a breath or holds), and a step that gets the user up from the desk or down to the
//! floor gets [`GETTING_THERE_SECS`].
//!
//! This is a lint of the English text a step is written in (the built-ins and users' files):
//! it reads counts like "ten times" or "five each way". It decides nothing at run time; a
//! step's meaning for the program is data.

use super::{Exercise, Flaw, Position, flaw};

/// The least time one slow repetition takes (a circle, a roll, a tilt, a raise, a nod).
pub const SECS_PER_REP: u32 = 4;
/// A slow blink.
pub const SECS_PER_BLINK: u32 = 2;
/// A repetition done with the breath: one calm breath in and out.
pub const SECS_PER_BREATH_REP: u32 = 6;
/// One slow breath held.
pub const SECS_PER_HELD_BREATH: u32 = 4;
/// Standing up from the desk, lying down, getting to a wall: the step that does it.
pub const GETTING_THERE_SECS: u32 = 10;

/// Words that name one repetition of a movement.
const REP_WORDS: [&str; 12] = [
    "times", "circles", "rolls", "tilts", "raises", "blinks", "nods", "turns", "squeezes",
    "shrugs", "rounds", "reps",
];

/// Words between a count and its repetition word ("four more times", "five slow circles").
const BETWEEN: [&str; 6] = ["more", "slow", "big", "small", "gentle", "full"];

/// Openings of a step that gets the user up or down.
const GETTING_THERE: [&str; 5] = ["stand up", "lie ", "sit on the floor", "get down", "kneel"];

/// A step's pace problems.
pub fn check(e: &Exercise) -> Vec<Flaw> {
    let mut flaws = Vec::new();
    for (i, step) in e.steps.iter().enumerate() {
        let text = step.text.to_lowercase();
        let previous = i
            .checked_sub(1)
            .map(|p| e.steps[p].text.to_lowercase())
            .unwrap_or_default();
        // "Repeat …" repeats the movement of the step before, with its breath and hold.
        let context = if text.contains("repeat") {
            format!("{previous} {text}")
        } else {
            text.clone()
        };
        let per_rep = if text.contains("blink") || text.contains("close your eyes") {
            SECS_PER_BLINK
        } else if with_the_breath(&context) {
            SECS_PER_BREATH_REP
        } else {
            SECS_PER_REP
        } + match held_secs(&text) {
            // A step that says its own hold ("squeeze, hold for two breaths") needs no other.
            0 => held_secs(&context),
            own => own,
        };
        let reps = repetitions(&text);
        let (reps, asked) = match reps {
            Some(n) => (n, format!("asks for {n} slow repetitions")),
            // A step that holds once is one repetition of its movement.
            None if held_secs(&text) > 0 => (1, "moves and holds once".to_owned()),
            None => continue,
        };
        let needed = reps * per_rep;
        if step.seconds < needed {
            flaws.push(flaw(
                format!("steps[{i}].seconds"),
                format!(
                    "the step {asked} in {} s; done calmly that takes at least {needed} s \
                     ({per_rep} s each): give it more time or ask for fewer",
                    step.seconds
                ),
            ));
        }
    }
    for (i, step) in e.steps.iter().enumerate() {
        let text = step.text.to_lowercase();
        let first_away_from_desk = i == 0 && e.position != Position::Seated;
        let gets_there = GETTING_THERE.iter().any(|w| text.starts_with(w));
        if (first_away_from_desk || gets_there) && step.seconds < GETTING_THERE_SECS {
            flaws.push(flaw(
                format!("steps[{i}].seconds"),
                format!(
                    "getting up from the desk, down to the floor or to a wall takes a moment: \
                     give this step at least {GETTING_THERE_SECS} s"
                ),
            ));
        }
    }
    flaws
}

/// Does the movement go with the breath ("breathing out, press …")?
fn with_the_breath(text: &str) -> bool {
    [
        "breathe in",
        "breathe out",
        "breathing in",
        "breathing out",
        "with your breath",
    ]
    .iter()
    .any(|w| text.contains(w))
}

/// How long the movement holds: "hold for two slow breaths", "for one slow breath", "hold a
/// breath", "for five seconds".
fn held_secs(text: &str) -> u32 {
    let words = words(text);
    let mut secs = 0;
    for (i, w) in words.iter().enumerate() {
        let next = |k: usize| words.get(i + k).map(String::as_str).unwrap_or("");
        if w != "for" && w != "hold" {
            continue;
        }
        let (count, at) = match number(next(1)) {
            Some(n) => (n, 2),
            None if matches!(next(1), "a" | "one") => (1, 2),
            None => continue,
        };
        let unit = if next(at) == "slow" {
            next(at + 1)
        } else {
            next(at)
        };
        secs += match unit {
            "breath" | "breaths" => count * SECS_PER_HELD_BREATH,
            "second" | "seconds" => count,
            _ => 0,
        };
    }
    secs
}

/// The repetitions a step asks for: "ten times", "four more times", "five slow circles each
/// way" (ten), "five each way", "repeat twice more", "repeat once". None where it names no
/// count.
fn repetitions(text: &str) -> Option<u32> {
    let words = words(text);
    let repeat = words.iter().any(|w| w == "repeat");
    let mut total: Option<u32> = None;
    for (i, w) in words.iter().enumerate() {
        let Some(n) = number(w) else { continue };
        let mut k = i + 1;
        while words.get(k).is_some_and(|b| BETWEEN.contains(&b.as_str())) {
            k += 1;
        }
        let at = |j: usize| words.get(j).map(String::as_str).unwrap_or("");
        let counted = if REP_WORDS.contains(&at(k)) {
            k += 1;
            true
        } else {
            // "five each way", "repeat twice more", "repeat once".
            at(k) == "each" || (matches!(w.as_str(), "once" | "twice") && repeat)
        };
        if !counted {
            continue;
        }
        let both_ways = at(k) == "each" && matches!(at(k + 1), "way" | "side" | "direction");
        *total.get_or_insert(0) += if both_ways { 2 * n } else { n };
    }
    total
}

/// The words of `text`, lowercase, without punctuation.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A count written as digits or as a word up to twenty.
fn number(word: &str) -> Option<u32> {
    const WORDS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    match word {
        "once" => Some(1),
        "twice" => Some(2),
        _ => word.parse().ok().or_else(|| {
            WORDS
                .iter()
                .position(|w| *w == word)
                .and_then(|n| u32::try_from(n).ok())
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_read_as_a_person_reads_them() {
        assert_eq!(repetitions("Repeat four more times, slowly."), Some(4));
        assert_eq!(
            repetitions("Switch feet: five slow circles each way."),
            Some(10)
        );
        assert_eq!(
            repetitions("Draw slow circles with your ankle, five each way."),
            Some(10)
        );
        assert_eq!(repetitions("Repeat three times each side"), Some(6));
        assert_eq!(repetitions("Repeat twice more, letting go"), Some(2));
        assert_eq!(repetitions("Release and repeat once."), Some(1));
        assert_eq!(
            repetitions("Breathe in for four counts, hold for four"),
            None
        );
        assert_eq!(
            repetitions("Hold for two slow breaths, then release."),
            None
        );
        assert_eq!(repetitions("Blink slowly a few times."), None);
    }

    #[test]
    fn holds_are_read_in_breaths_and_seconds() {
        assert_eq!(held_secs("hold for two slow breaths, then release"), 8);
        assert_eq!(held_secs("hold for one slow breath, then relax"), 4);
        assert_eq!(held_secs("look up a little. hold a breath."), 4);
        assert_eq!(held_secs("close your eyes gently for two seconds"), 2);
        assert_eq!(held_secs("breathe in for four counts"), 0);
    }
}
