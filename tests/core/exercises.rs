//! The built-in exercise library as shipped: every file loads, every illustration is there,
//! and the library as a whole covers the body and the kinds of exercise.

use knotless::core::exercise::{self, Kind, MASSAGE_CAUTION, Region};
use knotless::store::exercises::{Library, builtin_files, builtin_frame, parse};

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
    }
    assert_eq!(Library::builtin().exercises.len(), files.len());
}

#[test]
fn every_exercise_has_its_illustration_frames() {
    let library = Library::builtin();
    for e in &library.exercises {
        assert!((1..=4).contains(&e.frames.len()), "{}", e.id);
        for frame in &e.frames {
            let svg = builtin_frame(frame).unwrap_or_else(|| panic!("{}: {frame} missing", e.id));
            assert!(svg.starts_with("<svg ") && svg.contains("viewBox=\"0 0 120 120\""));
            assert!(svg.trim_end().ends_with("</svg>"), "{frame}");
        }
        assert_eq!(library.frames(&e.id).len(), e.frames.len());
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
fn each_region_has_four_exercises_and_each_kind_three() {
    let library = Library::builtin();
    for region in Region::ALL {
        let n = library
            .exercises
            .iter()
            .filter(|e| e.regions.contains(&region))
            .count();
        assert!(n >= 4, "{region:?}: {n}");
    }
    for kind in Kind::ALL {
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
