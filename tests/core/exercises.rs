//! The built-in exercise library as shipped: every file loads, every figure keeps the
//! geometric rules, and the library as a whole covers the body and the kinds of exercise.

use knotless_exercises::exercise::{self, Kind, MASSAGE_CAUTION, Region};
use knotless_exercises::library::{Library, builtin_files, parse};
use strum::IntoEnumIterator;

#[test]
fn every_builtin_file_loads_and_passes_the_rules() {
    let files = builtin_files();
    assert!(files.len() >= 60, "{} exercises", files.len());
    for (name, text) in files {
        let e = parse(name, text).unwrap_or_else(|p| panic!("{}", p[0]));
        assert_eq!(
            format!("{}.toml", e.id),
            *name,
            "the file is named after the id"
        );
        assert_eq!(exercise::check(&e), vec![]);
        assert_eq!(exercise::check_geometry(&e), vec![], "{}", e.id);
    }
    assert_eq!(Library::builtin().exercises.len(), files.len());
}

#[test]
fn every_builtin_has_a_moving_figure_that_keeps_the_geometric_rules() {
    use knotless_exercises::exercise::check_geometry;
    use knotless_figure as figure;
    let library = Library::builtin();
    for e in &library.exercises {
        let fig = e
            .figure
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no figure", e.id));
        assert!(
            e.frames.is_empty(),
            "{}: built-ins draw, they ship no SVG",
            e.id
        );
        let frames = fig.frames(e.steps.len()).unwrap();
        // Contacts touch, nothing passes through the floor or a wall, no hand crosses the
        // midline unless the text says "across", the moving part travels.
        assert_eq!(check_geometry(e), vec![], "{}", e.id);
        assert!(frames.len() >= 2, "{}", e.id);
        // Every step shows the figure: one without keyframes of its own keeps a pose.
        let extent = figure::extent(fig, &frames, false);
        let (w, h) = (extent.1[0] - extent.0[0], extent.1[1] - extent.0[1]);
        // Nothing so wide or tall that the figure shrinks to a stick at the window's size.
        assert!(w.max(h) < 2.6 * figure::rig::HEIGHT, "{}: {w}×{h}", e.id);
        // One-sided exercises that switch sides show it.
        let switches = e.steps.iter().any(|s| s.switches_sides());
        if switches {
            assert!(
                frames.iter().any(|f| f.mirror) || matches!(fig.view, figure::View::Front),
                "{}: it switches sides but no keyframe is mirrored",
                e.id
            );
        }
    }
}

#[test]
fn ids_are_unique() {
    let library = Library::builtin();
    let mut ids: Vec<&str> = library.exercises.iter().map(|e| e.id.as_str()).collect();
    ids.sort();
    let before = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), before);
}

#[test]
fn the_library_covers_the_body_the_kinds_and_what_the_seeds_recommend() {
    use knotless_exercises::exercise::Equipment;
    let library = Library::builtin();
    let all = &library.exercises;
    assert!(all.len() >= 85, "{} exercises", all.len());
    // Plenty to do at any desk, with nothing but a chair.
    let chair_only = all
        .iter()
        .filter(|e| e.equipment.iter().all(|q| *q == Equipment::Chair))
        .count();
    assert!(chair_only >= 35, "{chair_only} need nothing but a chair");
    for region in Region::iter() {
        let n = all.iter().filter(|e| e.regions.contains(&region)).count();
        assert!(n >= 6, "{region:?}: {n}");
    }
    let has = |id: &str| library.get(id).is_some();
    // Heat or cold by preference, for the neck and the lower back.
    for id in [
        "warm-pack-neck",
        "cold-pack-neck",
        "warm-pack-lower-back",
        "cold-pack-lower-back",
    ] {
        assert!(has(id), "{id}");
    }
    // Self-massage with the hands alone.
    let by_hand = all
        .iter()
        .filter(|e| e.kind == Kind::SelfMassage && e.equipment.is_empty())
        .count();
    assert!(by_hand >= 3, "{by_hand} self-massages with the hands alone");
    // Relaxation beyond breathing, varying how you sit, the phone, paying attention early,
    // recovery.
    for id in [
        "body-scan",
        "tense-and-release",
        "slow-seated-flow",
        "uncross-and-shift",
        "phone-at-eye-level",
        "notice-and-change",
        "recovery-check",
    ] {
        assert!(has(id), "{id}");
    }
    for kind in Kind::iter() {
        let n = library.exercises.iter().filter(|e| e.kind == kind).count();
        assert!(n >= 3, "{kind:?}: {n}");
    }
}

#[test]
fn every_self_massage_carries_the_safety_line_and_lengths_are_sensible() {
    let library = Library::builtin();
    let massages: Vec<_> = library
        .exercises
        .iter()
        .filter(|e| e.kind == Kind::SelfMassage)
        .collect();
    assert!(massages.len() >= 6);
    for e in massages {
        assert!(e.cautions.iter().any(|c| c == MASSAGE_CAUTION), "{}", e.id);
    }
    for e in &library.exercises {
        let secs = e.total_secs();
        assert!((20..=180).contains(&secs), "{}: {secs} s", e.id);
    }
    // Most fit the default two-minute break.
    let fit = library
        .exercises
        .iter()
        .filter(|e| e.total_secs() <= 120)
        .count();
    assert!(
        fit * 10 >= library.exercises.len() * 8,
        "{fit} fit in 2 min"
    );
}
