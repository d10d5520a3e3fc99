//! `knotless report` over a prepared 30-day history: the whole text, as a user would take it
//! to a physical therapist.

use chrono::{TimeDelta, TimeZone, Utc};
use knotless_core::Time;
use knotless_core::history::{AreaCheck, CompletedVia, Event, EventKind, Feeling};
use knotless_exercises::exercise::Region;
use knotless_exercises::library::Library;

fn at(day: i64, hour: u32) -> Time {
    Utc.with_ymd_and_hms(2026, 11, 1, hour, 0, 0).unwrap() + TimeDelta::days(day)
}

/// Thirty days from 1 November: three hours of sitting, two breaks and a check-in a day.
/// The neck gets better, the upper back stays as it is, the lower back reports a warning
/// sign on day 10.
fn month() -> Vec<Event> {
    let mut events = Vec::new();
    let mut push = |at, kind| events.push(Event { at, kind });
    for day in 0..30 {
        for hour in [10, 14, 16] {
            push(
                at(day, hour),
                EventKind::Sitting {
                    secs: 3000,
                    span_secs: 3000,
                },
            );
        }
        let (morning, feeling) = if day % 2 == 0 {
            ("chin-tucks", Feeling::Better)
        } else {
            (
                "neck-side-stretch",
                if day % 4 == 1 {
                    Feeling::Worse
                } else {
                    Feeling::Same
                },
            )
        };
        for (hour, exercise, feeling) in [
            (10, morning, feeling),
            (14, "ball-upper-back-wall", Feeling::Better),
        ] {
            push(
                at(day, hour),
                EventKind::Suggested {
                    id: None,
                    exercise: exercise.into(),
                },
            );
            push(
                at(day, hour),
                EventKind::BreakCompleted {
                    id: None,
                    secs: 120,
                    via: CompletedVia::Done,
                },
            );
            push(
                at(day, hour),
                EventKind::Feedback {
                    exercise: exercise.into(),
                    feeling,
                },
            );
        }
        if day % 7 == 3 {
            push(at(day, 16), EventKind::BreakSkipped { id: None });
        }
        let mut areas = vec![
            AreaCheck {
                region: Region::Neck,
                score: (7 - day / 5) as u8,
                red_flag: false,
            },
            AreaCheck {
                region: Region::UpperBack,
                score: 5 + (day % 2) as u8,
                red_flag: false,
            },
        ];
        if day == 10 {
            areas.push(AreaCheck {
                region: Region::LowerBack,
                score: 6,
                red_flag: true,
            });
        }
        push(at(day, 17), EventKind::Checkin { areas });
    }
    events
}

const EXPECTED: &str = "\
knotless report: 2026-11-01 to 2026-11-30 (30 days)
Your own check-ins and breaks, to bring to a physical therapist. knotless gives general suggestions; it does not diagnose.

How the areas felt (discomfort 0-10, 30 check-ins; first week -> last week, trend over the last two weeks):
  neck                  6.7 ->  2.3   improving
  upper back            5.4 ->  5.6   no change: worth seeing a physical therapist
  lower back              - ->    -   too few check-ins

Warning signs reported (from then on, knotless suggested nothing that loads the area until a check-in said it was fine again):
  2026-11-11  lower back: numbness, tingling, swelling or limiting pain

What you did (completed breaks, and how they felt):
  Tennis ball against the wall        30×   better 30 · same 0 · worse 0
  Chin tucks                          15×   better 15 · same 0 · worse 0
  Side neck stretch                   15×   better 0 · same 7 · worse 8
What helped most: Tennis ball against the wall (30 of 30 answers: better).
Felt worse more often than better: Side neck stretch.

Breaks: 60 completed, 0 natural, 4 skipped, 0 missed. Sitting 75h in all, longest stretch 50m.

Knots may not go away overnight. If you are prone to them, a check-in with a physical therapist now and then helps catch what keeps bringing them back.
";

#[test]
fn the_report_of_a_prepared_month_reads_as_expected() {
    let library = Library::builtin();
    let text = knotless_exercises::report::report(&month(), at(29, 18), &Utc, 30, |id| {
        library.get(id).map(|e| e.title.as_str())
    });
    assert_eq!(text, EXPECTED, "\n--- got ---\n{text}");
}

#[test]
fn an_empty_history_says_there_is_nothing_yet() {
    let text = knotless_exercises::report::report(&[], at(29, 18), &Utc, 30, |_| None);
    assert!(text.contains("No check-ins in this time."), "{text}");
    assert!(text.contains("No completed breaks in this time."), "{text}");
}

/// In the pseudo-language no English word is left: the exercises' titles are made pseudo
/// here, as a translation would be; the units of durations ("75h") are single letters.
#[test]
fn in_the_pseudo_language_the_report_has_no_english_word() {
    let library = Library::builtin();
    let titles: std::collections::HashMap<String, String> = library
        .exercises
        .iter()
        .map(|e| (e.id.clone(), knotless_i18n::pseudo(&e.title)))
        .collect();
    let text = knotless_i18n::with_language(knotless_i18n::PSEUDO, || {
        knotless_exercises::report::report(&month(), at(29, 18), &Utc, 30, |id| {
            titles.get(id).map(String::as_str)
        })
    });
    // The pseudo-language doubles vowels and accents every consonant (y too): a run of plain
    // letters with a consonant in it is an English word.
    let english: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| word.len() > 1 && word.chars().any(|c| !"aeiouAEIOU".contains(c)))
        .collect();
    assert_eq!(english, Vec::<&str>::new(), "\n{text}");
    // Every line of the English report is there, in its own words.
    assert_eq!(text.lines().count(), EXPECTED.lines().count(), "\n{text}");
}
