//! Config loading: the shipped defaults, and every class of bad input named by line and key.

use knotless::config::{DEFAULT_TOML, Settings, parse_str, schema};

fn problems(text: &str) -> Vec<String> {
    parse_str(text)
        .problems
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn shipped_default_file_parses_cleanly_to_the_defaults() {
    let loaded = parse_str(DEFAULT_TOML);
    assert_eq!(loaded.problems, []);
    assert_eq!(loaded.settings, Settings::default());
}

#[test]
fn every_key_is_documented_in_the_default_file() {
    for key in schema::KEYS {
        let section = format!("\n[{}]\n", key.section);
        let after = DEFAULT_TOML
            .split(&section)
            .nth(1)
            .unwrap_or_else(|| panic!("{section} missing"));
        let body = after.split("\n[").next().unwrap();
        let line = body
            .lines()
            .position(|l| l.starts_with(&format!("{} = ", key.name)));
        let line = line.unwrap_or_else(|| panic!("{} missing", key.path()));
        // A comment right above the key, or above the block of keys it belongs to.
        let lines: Vec<&str> = body.lines().collect();
        let above = lines[..line]
            .iter()
            .rev()
            .find(|l| l.starts_with('#') || !l.contains(" = "))
            .unwrap();
        assert!(
            above.starts_with('#'),
            "{} has no comment above it",
            key.path()
        );
    }
}

#[test]
fn empty_file_and_partial_file_keep_defaults() {
    assert_eq!(parse_str("").settings, Settings::default());
    let loaded = parse_str("[movement]\nevery = \"1h30m\"\n");
    assert_eq!(loaded.problems, []);
    assert_eq!(
        loaded.settings.movement.every,
        chrono::TimeDelta::minutes(90)
    );
    assert_eq!(
        loaded.settings.movement.length,
        Settings::default().movement.length
    );
}

#[test]
fn humane_durations_and_the_ten_second_floor() {
    let loaded =
        parse_str("[movement]\nevery = \"10s\"\nlength = \"1h 0m\"\nsnooze = \"90 sec\"\n");
    assert_eq!(loaded.problems, []);
    assert_eq!(
        loaded.settings.movement.every,
        chrono::TimeDelta::seconds(10)
    );
    assert_eq!(
        problems("[movement]\nevery = \"9s\"\n"),
        ["2:9: movement.every = \"9s\": out of range; allowed: a duration from 10s to 8h"]
    );
}

#[test]
fn syntax_error_names_the_line() {
    let p = problems("[movement]\nevery = \"40m\"\nlength = \n");
    assert_eq!(p.len(), 1);
    assert!(p[0].starts_with("3:"), "{p:?}");
    assert!(p[0].contains("not valid TOML"), "{p:?}");
}

#[test]
fn unknown_key_suggests_the_close_one() {
    assert_eq!(
        problems("\n[movement]\nevrey = \"40m\"\n"),
        ["3:1: movement.evrey: unknown key; did you mean `every`?"]
    );
    let p = problems("[movement]\ncolour = \"red\"\n");
    assert_eq!(
        p,
        [
            "2:1: movement.colour: unknown key; [movement] has every, length, snooze, max_snoozes, heads_up, insist"
        ]
    );
}

#[test]
fn unknown_section_suggests_the_close_one() {
    assert_eq!(
        problems("[movment]\nevery = \"40m\"\n"),
        ["1:2: movment: unknown section [movment]; did you mean [movement]?"]
    );
    assert_eq!(
        problems("every = \"40m\"\n"),
        ["1:1: every: `every` must be inside a section; did you mean `every` under [movement]?"]
    );
}

#[test]
fn wrong_types_say_what_is_expected() {
    assert_eq!(
        problems("[movement]\nevery = 45\n"),
        [
            "2:9: movement.every = 45: a duration needs a unit, like \"45m\" or \"20s\"; allowed: a duration from 10s to 8h"
        ]
    );
    assert_eq!(
        problems("[movement]\nmax_snoozes = \"2\"\n"),
        ["2:15: movement.max_snoozes = \"2\": expected a whole number from 0 to 10"]
    );
    assert_eq!(
        problems("[hydration]\nenabled = \"yes\"\n"),
        ["2:11: hydration.enabled = \"yes\": expected true or false"]
    );
    assert_eq!(
        problems("[schedule]\nmorning = \"25:00\"\n"),
        ["2:11: schedule.morning = \"25:00\": expected a time of day like \"08:00\""]
    );
}

#[test]
fn bad_values_name_value_and_range() {
    assert_eq!(
        problems("[movement]\nmax_snoozes = 11\n"),
        ["2:15: movement.max_snoozes = 11: out of range; allowed: a whole number from 0 to 10"]
    );
    assert_eq!(
        problems("[movement]\nmax_snoozes = -1\n"),
        ["2:15: movement.max_snoozes = -1: out of range; allowed: a whole number from 0 to 10"]
    );
    assert_eq!(
        problems("[presence]\nnatural_break_after = \"3h\"\n"),
        [
            "2:23: presence.natural_break_after = \"3h\": out of range; allowed: a duration from 10s to 2h"
        ]
    );
    let p = problems("[movement]\nevery = \"forty minutes\"\n");
    assert!(
        p[0].starts_with("2:9: movement.every = \"forty minutes\": not a duration"),
        "{p:?}"
    );
}

#[test]
fn every_problem_is_reported_and_good_keys_still_apply() {
    let loaded = parse_str(
        "[movement]\nevery = \"5s\"\nlength = \"3m\"\nsnooze = 5\n[micro_pause]\nenabled = false\n",
    );
    assert_eq!(loaded.problems.len(), 2);
    assert_eq!(
        loaded.settings.movement.every,
        Settings::default().movement.every,
        "bad key keeps its default"
    );
    assert_eq!(
        loaded.settings.movement.length,
        chrono::TimeDelta::minutes(3)
    );
    assert!(!loaded.settings.micro_pause.enabled);
}

#[test]
fn suggestion_lists_are_checked_name_by_name() {
    use knotless_exercises::exercise::{Equipment, Region};
    let loaded = parse_str(
        "[suggestions]\nfocus = [\"neck\", \"upper_back\"]\nequipment = [\"water\"]\nexclude = [\"neck-nods\"]\n",
    );
    assert_eq!(loaded.problems, []);
    assert_eq!(
        loaded.settings.suggestions.focus,
        [Region::Neck, Region::UpperBack]
    );
    assert_eq!(loaded.settings.suggestions.equipment, [Equipment::Water]);
    assert_eq!(loaded.settings.suggestions.exclude, ["neck-nods"]);

    let p = problems("[suggestions]\nfocus = [\"neck\", \"uper_back\"]\n");
    assert_eq!(
        p,
        [
            "2:9: suggestions.focus = [\"neck\", \"uper_back\"]: \"uper_back\" is not one of them (did you mean \"upper_back\"?); allowed: a list of: neck, shoulders, upper_back, lower_back, chest, hips, wrists, legs, eyes, whole_body"
        ]
    );
    let p = problems("[suggestions]\npositions = \"seated\"\n");
    assert!(p[0].contains("expected a list in brackets"), "{}", p[0]);
    // A bad list keeps its default.
    let loaded = parse_str("[suggestions]\nequipment = [\"ball\", 3]\n");
    assert_eq!(loaded.problems.len(), 1);
    assert_eq!(
        loaded.settings.suggestions.equipment,
        Settings::default().suggestions.equipment
    );
}

#[test]
fn calendar_sources_before_and_me() {
    let loaded = parse_str(
        "[calendar]\nsources = [\"~/cal/work.ics\", \"https://calendar.example.org/secret/basic.ics\", \"webcal://p01.example.com/x.ics\"]\nbefore = \"10m\"\nme = \"you@example.org\"\n",
    );
    assert_eq!(loaded.problems, []);
    let calendar = &loaded.settings.calendar;
    assert_eq!(calendar.sources.len(), 3);
    assert_eq!(calendar.before, chrono::TimeDelta::minutes(10));
    assert_eq!(calendar.me, "you@example.org");
    // A relative path or a plain http address is refused by name, and the default kept.
    let bad = problems("[calendar]\nsources = [\"work.ics\"]\nbefore = \"2h\"\n");
    assert_eq!(bad.len(), 2, "{bad:?}");
    assert!(
        bad[0].contains("calendar.sources") && bad[0].contains("https://"),
        "{bad:?}"
    );
    assert!(
        bad[1].contains("calendar.before") && bad[1].contains("1h"),
        "{bad:?}"
    );
    assert!(!schema::is_source("http://example.org/x.ics"));
}

#[test]
fn in_another_language_the_words_change_and_the_keys_and_values_stay() {
    let text = "[movment]\nevery = \"40m\"\n[movement]\nevery = \"9s\"\nevrey = \"1m\"\n";
    let english = problems(text);
    let pseudo = knotless_i18n::with_language(knotless_i18n::PSEUDO, || problems(text));
    assert_eq!(pseudo.len(), english.len());
    for (theirs, ours) in pseudo.iter().zip(&english) {
        assert_ne!(theirs, ours, "translated");
    }
    // The file's names and values as written, and the allowed range as the file writes it.
    assert!(pseudo[0].starts_with("1:2: movment: "), "{}", pseudo[0]);
    // (The pseudo-language pads each piece of text with tildes: "[~~~movement]".)
    assert!(pseudo[0].contains("movement]?"), "{}", pseudo[0]);
    assert!(
        pseudo[1].starts_with("4:9: movement.every = \"9s\": "),
        "{}",
        pseudo[1]
    );
    assert!(
        pseudo[1].contains("10s") && pseudo[1].contains("8h"),
        "{}",
        pseudo[1]
    );
    assert!(pseudo[2].contains("every`?"), "{}", pseudo[2]);
}
