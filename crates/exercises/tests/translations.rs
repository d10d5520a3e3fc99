//! The built-in exercises in every language knotless ships: each one translated, each
//! translation passing the check (the same steps, seconds and cautions as English, the
//! safety lines word for word), nothing left in English; and the library shows them.

use knotless_exercises::exercise::translation::{self, TranslationFile};
use knotless_exercises::exercise::{
    self, MASSAGE_CAUTION, NECK_CAUTION, PROVIDER_CAUTION, STRETCH_CAUTION,
};
use knotless_exercises::library::{Library, builtin_translation_files};

#[test]
fn english_safety_lines_are_the_checkers() {
    knotless_i18n::with_language("en", || {
        for (message, line) in [
            ("safety-massage", MASSAGE_CAUTION),
            ("safety-provider", PROVIDER_CAUTION),
            ("safety-neck", NECK_CAUTION),
            ("safety-stretch", STRETCH_CAUTION),
        ] {
            assert_eq!(knotless_i18n::tr(message, None), line, "{message}");
        }
    });
}

#[test]
fn every_builtin_is_translated_into_every_language_and_every_translation_passes() {
    let english = Library::builtin_english();
    assert_eq!(english.exercises.len(), 85);
    let mut problems = Vec::new();
    for lang in knotless_i18n::languages().filter(|l| *l != knotless_i18n::ENGLISH) {
        let files = builtin_translation_files()
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(&[][..], |(_, files)| files);
        for e in &english.exercises {
            let name = format!("{}.toml", e.id);
            let Some((_, text)) = files.iter().find(|(n, _)| *n == name) else {
                problems.push(format!("{lang}/{name}: missing"));
                continue;
            };
            let file: TranslationFile = match toml::from_str(text) {
                Ok(file) => file,
                Err(err) => {
                    problems.push(format!("{lang}/{name}: {err}"));
                    continue;
                }
            };
            let (id, t) = file.into_translation();
            if id != e.id {
                problems.push(format!("{lang}/{name}: id `{id}`"));
            }
            for flaw in translation::check(e, lang, &t, "") {
                problems.push(format!("{lang}/{name}: {}: {}", flaw.field, flaw.message));
            }
            let same = t.title == e.title
                || t.summary == e.summary
                || t.steps.iter().zip(&e.steps).any(|(a, b)| a.text == b.text);
            if same {
                problems.push(format!("{lang}/{name}: still English"));
            }
        }
        for (name, _) in files {
            if !english
                .exercises
                .iter()
                .any(|e| format!("{}.toml", e.id) == *name)
            {
                problems.push(format!("{lang}/{name}: no English exercise of that name"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_library_shows_the_language_and_keeps_ids_timing_and_meaning() {
    let english = Library::builtin_english();
    let pseudo = knotless_i18n::with_language(knotless_i18n::PSEUDO, Library::builtin);
    assert_eq!(pseudo.exercises.len(), english.exercises.len());
    for (p, e) in pseudo.exercises.iter().zip(&english.exercises) {
        assert_eq!(p.id, e.id);
        assert_ne!(p.title, e.title, "{} is not translated", e.id);
        assert_eq!(p.total_secs(), e.total_secs());
        assert_eq!(p.done_without_looking(), e.done_without_looking());
        let sides = |x: &exercise::Exercise| {
            x.steps
                .iter()
                .map(|s| s.switches_sides())
                .collect::<Vec<_>>()
        };
        assert_eq!(sides(p), sides(e), "{}", e.id);
    }
}

#[test]
fn a_users_own_translation_is_used_and_a_bad_one_reported() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("desk-push-ups.toml");
    let good = r#"
id = "desk-push-ups"
title = "Desk push-ups"
summary = "Hands on the desk edge, ten slow push-ups."
regions = ["chest", "shoulders"]
loads = ["chest", "shoulders", "wrists"]
kind = "posture"
position = "standing"
frames = ["push.svg"]

[[steps]]
text = "Hands on the edge of a steady desk, step back."
seconds = 10

[[steps]]
text = "Ten slow push-ups."
seconds = 40

[translations.de]
title = "Liegestütze am Schreibtisch"
summary = "Hände an die Tischkante, zehn langsame Liegestütze."
steps = [
    { text = "Hände an die Kante eines stabilen Tisches, einen Schritt zurück.", seconds = 10 },
    { text = "Zehn langsame Liegestütze.", seconds = 40 },
]
"#;
    std::fs::write(&file, good).expect("writes");
    std::fs::write(dir.path().join("push.svg"), "<svg/>").expect("writes");
    let (library, problems) = knotless_i18n::with_language("de", || Library::load(dir.path()));
    assert!(problems.is_empty(), "{problems:?}");
    let e = library.get("desk-push-ups").expect("loaded");
    assert_eq!(e.title, "Liegestütze am Schreibtisch");
    assert_eq!(e.steps[1].text, "Zehn langsame Liegestütze.");

    std::fs::write(&file, good.replace("seconds = 40 }", "seconds = 30 }")).expect("writes");
    let (library, problems) = knotless_i18n::with_language("de", || Library::load(dir.path()));
    assert!(
        problems
            .iter()
            .any(|p| p.field.as_deref() == Some("translations.de.steps[1].seconds")),
        "{problems:?}"
    );
    assert_eq!(
        library.get("desk-push-ups").expect("still loaded").title,
        "Desk push-ups"
    );
}
