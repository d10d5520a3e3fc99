//! Check-ins and what follows from them: trends over two weeks, the warning-sign and
//! physical-therapist advice (once, not nagging), and feedback steering the variety engine.

use chrono::{TimeDelta, TimeZone, Utc};
use knotless_core::Time;
use knotless_core::history::{AreaCheck, CompletedVia, Event, EventKind, Feeling};
use knotless_exercises::body::{self, Advice, Sign, Trend};
use knotless_exercises::exercise::{Kind, Region};
use knotless_exercises::holds::Holds;
use knotless_exercises::library::Library;
use knotless_exercises::suggest::loads_in;
use knotless_exercises::variety::{Filter, Leanings, Variety};

/// The areas held after `events`, with the built-in library's `loads`.
fn held(events: &[Event]) -> Vec<Region> {
    let library = Library::builtin();
    Holds::from_history(events, day(400), loads_in(&library.exercises)).regions()
}

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
fn a_warning_sign_advises_help_at_once_and_holds_back_everything_that_loads_the_area() {
    let events = [
        checkin(0, &[(Region::UpperBack, 4, false)]),
        checkin(1, &[(Region::UpperBack, 6, true), (Region::Neck, 2, false)]),
    ];
    let advice = body::advice_due(&events, day(1), |_| None);
    assert_eq!(
        advice,
        [Advice::SeekHelp {
            region: Region::UpperBack,
            sign: Sign::Warning,
        }]
    );
    assert!(
        advice[0].text().contains("doctor or a physical therapist"),
        "{}",
        advice[0].text()
    );
    assert_eq!(held(&events), [Region::UpperBack]);

    let library = Library::builtin();
    let filter = Filter::anything().holding(held(&events));
    let mut variety = Variety::new(3);
    for _ in 0..300 {
        let e = variety
            .pick(&library.exercises, &filter, &Leanings::default())
            .unwrap();
        assert!(
            !e.loads().contains(&Region::UpperBack),
            "{} loads the upper back, suggested despite the warning sign",
            e.id
        );
    }
    // Stretches, mobility and self-massage for the upper back are all in the library, and
    // none came up.
    for kind in [Kind::Stretch, Kind::Mobility, Kind::SelfMassage] {
        assert!(
            library
                .exercises
                .iter()
                .any(|e| e.kind == kind && e.regions.contains(&Region::UpperBack)),
            "the library has no {kind:?} for the upper back, so this test proves nothing"
        );
    }
    // Said once for that check-in; a later check-in that says the area is fine lifts it.
    let mut after = events.to_vec();
    after.push(Event {
        at: day(1),
        kind: EventKind::Advised {
            region: Region::UpperBack,
            kind: "seek_help".into(),
        },
    });
    assert_eq!(body::advice_due(&after, day(1), |_| None), []);
    after.push(checkin(2, &[(Region::UpperBack, 5, false)]));
    assert_eq!(held(&after), [Region::UpperBack], "better is not fine");
    after.push(checkin(3, &[(Region::UpperBack, 3, false)]));
    assert_eq!(held(&after), []);
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
    let lookup = |id: &str| library.get(id);
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
    assert_eq!(held(&kept), [Region::Neck]);
    // A "worse" is kept for good too: the hold it began lasts until a check-in lifts it.
    let old_worse = Event {
        at: day(0),
        kind: EventKind::Feedback {
            exercise: "chin-tucks".into(),
            feeling: Feeling::Worse,
        },
    };
    assert!(body::remembered(&old_worse, later));
}

#[test]
fn severe_pain_without_the_box_advises_help_and_holds_the_area_back() {
    let events = [checkin(
        0,
        &[(Region::Neck, 9, false), (Region::LowerBack, 8, false)],
    )];
    let advice = body::advice_due(&events, day(0), |_| None);
    assert_eq!(
        advice,
        [Advice::SeekHelp {
            region: Region::Neck,
            sign: Sign::Severe(9),
        }]
    );
    assert!(
        advice[0].text().contains("9 out of 10"),
        "{}",
        advice[0].text()
    );
    // 8 is a lot but not severe: no advice, nothing held back.
    assert_eq!(held(&events), [Region::Neck]);
    let library = Library::builtin();
    let filter = Filter::anything().holding(held(&events));
    let neck_loads = library
        .exercises
        .iter()
        .filter(|e| e.loads().contains(&Region::Neck))
        .count();
    assert!(neck_loads > 0);
    assert!(
        library
            .exercises
            .iter()
            .filter(|e| filter.admits(e))
            .all(|e| !e.loads().contains(&Region::Neck))
    );
    // A later check-in at 4 is better, not fine: the hold stays; at 2 it is lifted.
    let later = [events[0].clone(), checkin(2, &[(Region::Neck, 4, false)])];
    assert_eq!(held(&later), [Region::Neck]);
    let fine = [
        later[0].clone(),
        later[1].clone(),
        checkin(3, &[(Region::Neck, 2, false)]),
    ];
    assert_eq!(held(&fine), []);
}

#[test]
fn worse_holds_the_area_it_loads_and_a_second_worse_for_the_area_within_a_week_advises_help() {
    let library = Library::builtin();
    let loads_of = |id: &str| library.get(id).map(|e| e.loads());
    let title_of = |id: &str| library.get(id);
    let worse = |n: i64, exercise: &str| Event {
        at: day(n),
        kind: EventKind::Feedback {
            exercise: exercise.into(),
            feeling: Feeling::Worse,
        },
    };
    // chin-tucks and neck-rotation both load the neck.
    for id in ["chin-tucks", "neck-rotation"] {
        assert!(
            library.get(id).unwrap().loads().contains(&Region::Neck),
            "{id}"
        );
    }
    let once = [worse(0, "chin-tucks")];
    let holds = Holds::from_history(&once, day(1), loads_in(&library.exercises));
    assert_eq!(holds.exercises(), ["chin-tucks"]);
    assert_eq!(holds.regions(), [Region::Neck]);
    assert_eq!(body::advice_due(&once, day(1), title_of), []);
    assert_eq!(
        body::worse_areas(&once, day(1), loads_of)[&Region::Neck].0,
        1
    );
    // The first "worse" says to stop that kind of self-care on the area and to seek
    // guidance if it persists, and holds the area: nothing that loads the neck comes up.
    let said = body::advice_on_worse(library.get("chin-tucks").unwrap(), &[]);
    let [Advice::Held { areas, .. }] = said.as_slice() else {
        panic!("{said:?}");
    };
    assert_eq!(areas, &[Region::Neck]);
    let text = said[0].text();
    for words in ["Stop that kind of self-care", "seek guidance", "fine again"] {
        assert!(text.contains(words), "{text}");
    }
    let settings = knotless_core::settings::Settings::default();
    let policy =
        knotless_exercises::suggest::Policy::new(&settings, &once, day(1), &library.exercises);
    let mut variety = Variety::new(5);
    for _ in 0..200 {
        let e = policy.next(&mut variety, &library.exercises);
        assert!(!e.loads().contains(&Region::Neck), "{}", e.id);
    }
    // A second "worse" for the neck within the week: seek help.
    let twice = [worse(0, "chin-tucks"), worse(5, "neck-rotation")];
    let advice = body::advice_due(&twice, day(5), title_of);
    assert!(
        advice.contains(&Advice::SeekHelp {
            region: Region::Neck,
            sign: Sign::WorseAgain,
        }),
        "{advice:?}"
    );
    // Eight days apart is not "within a week".
    let apart = [worse(0, "chin-tucks"), worse(8, "neck-rotation")];
    assert!(
        !body::advice_due(&apart, day(8), title_of)
            .iter()
            .any(|a| matches!(a, Advice::SeekHelp { .. })),
    );
    // "Better" later lifts the hold on that exercise, not on the area: only a check-in
    // that says the neck is fine does that.
    let lifted = [
        worse(0, "chin-tucks"),
        Event {
            at: day(3),
            kind: EventKind::Feedback {
                exercise: "chin-tucks".into(),
                feeling: Feeling::Better,
            },
        },
    ];
    let holds = Holds::from_history(&lifted, day(3), loads_in(&library.exercises));
    assert!(holds.exercises().is_empty());
    assert_eq!(holds.regions(), [Region::Neck]);
    let mut fine = lifted.to_vec();
    fine.push(checkin(4, &[(Region::Neck, 1, false)]));
    assert!(held(&fine).is_empty());
}

#[test]
fn the_checkin_asks_about_the_focus_and_every_area_recent_breaks_worked() {
    let library = Library::builtin();
    let regions_of = |id: &str| library.get(id).map(|e| e.regions.as_slice());
    let done = |n: i64, exercise: &str| {
        [
            Event {
                at: day(n),
                kind: EventKind::Suggested {
                    id: None,
                    exercise: exercise.into(),
                },
            },
            Event {
                at: day(n),
                kind: EventKind::BreakCompleted {
                    id: None,
                    secs: 60,
                    via: CompletedVia::Done,
                },
            },
        ]
    };
    let wrists = library
        .exercises
        .iter()
        .find(|e| e.regions == [Region::Wrists])
        .expect("a wrists-only exercise");
    let events: Vec<Event> = done(1, &wrists.id).into_iter().collect();
    assert_eq!(
        body::checkin_areas(&[], &[Region::Neck], &events, day(2), regions_of),
        [Region::Neck, Region::Wrists]
    );
    // A held area is asked first, whatever the focus areas, and however old its hold.
    assert_eq!(
        body::checkin_areas(
            &[Region::Hips],
            &[Region::Neck],
            &events,
            day(200),
            regions_of
        ),
        [Region::Hips, Region::Neck]
    );
    // Breaks older than two weeks do not count; without focus or breaks, the desk four.
    assert_eq!(
        body::checkin_areas(&[], &[], &events, day(20), regions_of),
        [
            Region::Neck,
            Region::Shoulders,
            Region::UpperBack,
            Region::LowerBack
        ]
    );
    // A handful at most.
    let many: Vec<Event> = library
        .exercises
        .iter()
        .enumerate()
        .flat_map(|(n, e)| done(1 + (n as i64 % 3), &e.id))
        .collect();
    assert_eq!(
        body::checkin_areas(&[], &[], &many, day(5), regions_of).len(),
        body::CHECKIN_AREAS_MAX
    );
}

#[test]
fn the_physical_therapist_advice_promises_nothing_the_code_does_not_do() {
    let text = Advice::SeePhysio {
        region: Region::LowerBack,
        tried: Vec::new(),
    }
    .text();
    assert!(!text.contains("gentle"), "{text}");
    assert!(text.contains("physical therapist"), "{text}");
    // The seek-help advice says what the holds do, and nothing they do not.
    let text = Advice::SeekHelp {
        region: Region::Neck,
        sign: Sign::Warning,
    }
    .text();
    for says in [
        "suggests nothing that moves, stretches, presses, heats or cools that area",
        "fine again",
        "asks about it at every check-in",
        "doctor or a physical therapist",
    ] {
        assert!(text.contains(says), "{text}");
    }
    assert!(!text.contains("posture resets"), "{text}");
}
