//! Check-ins and what follows from them: trends over two weeks, the warning-sign and
//! physical-therapist advice (once, not nagging), and feedback steering the variety engine.

use chrono::{TimeDelta, TimeZone, Utc};
use knotless::core::Time;
use knotless::core::body::{self, Advice, Trend};
use knotless::core::exercise::{Kind, Region};
use knotless::core::history::{AreaCheck, CompletedVia, Event, EventKind, Feeling};
use knotless::core::variety::{Filter, Leanings, Variety};
use knotless::store::exercises::Library;

fn day(n: i64) -> Time {
    Utc.with_ymd_and_hms(2026, 11, 1, 17, 0, 0).unwrap() + TimeDelta::days(n)
}

fn checkin(n: i64, areas: &[(Region, u8, bool)]) -> Event {
    Event {
        at: day(n),
        kind: EventKind::Checkin {
            areas: areas
                .iter()
                .map(|&(region, score, red_flag)| AreaCheck {
                    region,
                    score,
                    red_flag,
                })
                .collect(),
        },
    }
}

/// A check-in of `region` every day for 15 days, scores from `scores(day)`.
fn daily(region: Region, scores: impl Fn(i64) -> u8) -> Vec<Event> {
    (0..15)
        .map(|n| checkin(n, &[(region, scores(n), false)]))
        .collect()
}

#[test]
fn trends_over_two_weeks_are_improving_flat_or_worse() {
    let neck = Region::Neck;
    assert_eq!(
        body::trend(&daily(neck, |n| 7 - (n / 3) as u8), neck, day(14)),
        Trend::Improving
    );
    assert_eq!(
        body::trend(&daily(neck, |n| 5 + (n % 2) as u8), neck, day(14)),
        Trend::Flat
    );
    assert_eq!(
        body::trend(&daily(neck, |n| 2 + (n / 3) as u8), neck, day(14)),
        Trend::Worse
    );
    // Two check-ins, or a few days only: too little to tell.
    let few = [
        checkin(0, &[(neck, 8, false)]),
        checkin(12, &[(neck, 2, false)]),
    ];
    assert_eq!(body::trend(&few, neck, day(12)), Trend::Unknown);
    let short: Vec<Event> = (0..5)
        .map(|n| checkin(n, &[(neck, 8 - n as u8, false)]))
        .collect();
    assert_eq!(body::trend(&short, neck, day(5)), Trend::Unknown);
    // Check-ins older than two weeks do not count.
    assert_eq!(
        body::trend(&daily(neck, |_| 6), neck, day(40)),
        Trend::Unknown
    );
}

#[test]
fn a_warning_sign_advises_help_at_once_and_stops_self_massage_there() {
    let events = [
        checkin(0, &[(Region::UpperBack, 4, false)]),
        checkin(1, &[(Region::UpperBack, 6, true), (Region::Neck, 2, false)]),
    ];
    let advice = body::advice_due(&events, day(1), |_| None);
    assert_eq!(
        advice,
        [Advice::SeekHelp {
            region: Region::UpperBack
        }]
    );
    assert!(
        advice[0].text().contains("doctor or a physical therapist"),
        "{}",
        advice[0].text()
    );
    assert_eq!(body::red_flagged(&events), [Region::UpperBack]);

    let library = Library::builtin();
    let filter = Filter::anything().without_massage(body::red_flagged(&events));
    let mut variety = Variety::new(3);
    for _ in 0..300 {
        let e = variety
            .pick(&library.exercises, &filter, &Leanings::default())
            .unwrap();
        assert!(
            !(e.kind == Kind::SelfMassage && e.regions.contains(&Region::UpperBack)),
            "{} suggested despite the warning sign",
            e.id
        );
    }
    // Said once for that check-in; a later check-in without it lifts the stop.
    let mut after = events.to_vec();
    after.push(Event {
        at: day(1),
        kind: EventKind::Advised {
            region: Region::UpperBack,
            kind: "seek_help".into(),
        },
    });
    assert_eq!(body::advice_due(&after, day(1), |_| None), []);
    after.push(checkin(3, &[(Region::UpperBack, 3, false)]));
    assert_eq!(body::red_flagged(&after), []);
}

#[test]
fn two_flat_weeks_suggest_a_physical_therapist_once_with_what_was_tried() {
    let library = Library::builtin();
    let mut events = daily(Region::LowerBack, |n| 5 + (n % 2) as u8);
    for n in [2, 5, 9] {
        events.push(Event {
            at: day(n),
            kind: EventKind::Suggested {
                id: None,
                exercise: "ball-glutes-wall".into(),
            },
        });
        events.push(Event {
            at: day(n),
            kind: EventKind::BreakCompleted {
                id: None,
                secs: 120,
                via: CompletedVia::Done,
            },
        });
    }
    events.sort_by_key(|e| e.at);
    let lookup = |id: &str| {
        library
            .get(id)
            .map(|e| (e.title.as_str(), e.regions.as_slice()))
    };
    let advice = body::advice_due(&events, day(14), lookup);
    let [Advice::SeePhysio { region, tried }] = advice.as_slice() else {
        panic!("{advice:?}");
    };
    assert_eq!(*region, Region::LowerBack);
    let title = &library.get("ball-glutes-wall").unwrap().title;
    assert_eq!(tried, &[format!("{title} (3×)")]);

    // Shown (and recorded): not again the next days, though nothing changed.
    events.push(Event {
        at: day(14),
        kind: EventKind::Advised {
            region: Region::LowerBack,
            kind: "physical_therapist".into(),
        },
    });
    events.push(checkin(15, &[(Region::LowerBack, 5, false)]));
    events.push(checkin(16, &[(Region::LowerBack, 6, false)]));
    assert_eq!(body::advice_due(&events, day(16), lookup), []);

    // An area that is flat at "fine", or improving, is no reason.
    assert_eq!(
        body::advice_due(&daily(Region::Neck, |_| 1), day(14), lookup),
        []
    );
    assert_eq!(
        body::advice_due(&daily(Region::Neck, |n| 8 - (n / 2) as u8), day(14), lookup),
        []
    );
}

/// How often each exercise comes up in 600 picks with these leanings.
fn counts(leanings: &Leanings) -> std::collections::HashMap<String, u32> {
    let library = Library::builtin();
    let mut variety = Variety::new(11);
    let mut counts = std::collections::HashMap::new();
    for _ in 0..600 {
        let e = variety
            .pick(&library.exercises, &Filter::anything(), leanings)
            .unwrap();
        *counts.entry(e.id.clone()).or_insert(0) += 1;
    }
    counts
}

#[test]
fn feedback_and_check_ins_measurably_shift_the_suggestions() {
    let s = knotless::config::Settings::default().suggestions;
    let feel = |n: i64, exercise: &str, feeling| Event {
        at: day(n),
        kind: EventKind::Feedback {
            exercise: exercise.into(),
            feeling,
        },
    };
    let mut events = vec![
        feel(1, "chin-tucks", Feeling::Better),
        feel(2, "chin-tucks", Feeling::Better),
        feel(3, "neck-side-stretch", Feeling::Worse),
        feel(4, "neck-side-stretch", Feeling::Worse),
    ];
    events.push(checkin(5, &[(Region::Hips, 8, false)]));
    let learned = Leanings::from_history(&s, &events, day(6));
    assert_eq!(learned.feedback["chin-tucks"], 2);
    assert_eq!(learned.discomfort, [(Region::Hips, 0.8)]);
    let before = counts(&Leanings::from_suggestions(&s));
    let after = counts(&learned);
    let n = |c: &std::collections::HashMap<String, u32>, id: &str| c.get(id).copied().unwrap_or(0);
    assert!(
        n(&after, "chin-tucks") > n(&before, "chin-tucks"),
        "{} → {}",
        n(&before, "chin-tucks"),
        n(&after, "chin-tucks")
    );
    assert!(n(&after, "neck-side-stretch") < n(&before, "neck-side-stretch"));
    let library = Library::builtin();
    let hips = |c: &std::collections::HashMap<String, u32>| -> u32 {
        c.iter()
            .filter(|(id, _)| library.get(id).unwrap().regions.contains(&Region::Hips))
            .map(|(_, n)| n)
            .sum()
    };
    assert!(
        hips(&after) as f64 >= 1.2 * hips(&before) as f64,
        "{} → {}",
        hips(&before),
        hips(&after)
    );
    // And the window can say why.
    let chin = library.get("chin-tucks").unwrap();
    assert_eq!(
        learned.reason(chin).as_deref(),
        Some("You said this one helped before.")
    );
}

#[test]
fn skips_piling_up_bring_a_breathing_break_and_a_check_in_comes_once_a_day() {
    let skip = |n: i64| Event {
        at: day(n),
        kind: EventKind::BreakSkipped { id: None },
    };
    let events = [skip(0), skip(0), skip(0)];
    assert_eq!(body::favoured_kind(&events[..2]), None);
    assert_eq!(body::favoured_kind(&events), Some(Kind::Breathing));
    let s = knotless::config::Settings::default().suggestions;
    let leanings = Leanings::from_history(&s, &events, day(0));
    let library = Library::builtin();
    let e = Variety::new(1)
        .pick(&library.exercises, &Filter::anything(), &leanings)
        .unwrap();
    assert_eq!(e.kind, Kind::Breathing, "{}", e.id);

    let every = TimeDelta::days(1);
    assert!(body::checkin_due(&[], day(0), every));
    let one = [checkin(0, &[(Region::Neck, 2, false)])];
    assert!(!body::checkin_due(
        &one,
        day(0) + TimeDelta::hours(20),
        every
    ));
    assert!(body::checkin_due(&one, day(1), every));
}

#[test]
fn a_warning_sign_is_remembered_however_old_and_other_learning_for_two_months() {
    let old_flag = checkin(0, &[(Region::Neck, 6, true)]);
    let old_feedback = Event {
        at: day(0),
        kind: EventKind::Feedback {
            exercise: "chin-tucks".into(),
            feeling: Feeling::Better,
        },
    };
    let later = day(90);
    assert!(body::remembered(&old_flag, later));
    assert!(!body::remembered(&old_feedback, later));
    assert!(body::remembered(&old_feedback, day(59)));
    let kept: Vec<Event> = [old_flag, old_feedback]
        .into_iter()
        .filter(|e| body::remembered(e, later))
        .collect();
    assert_eq!(body::red_flagged(&kept), [Region::Neck]);
}
