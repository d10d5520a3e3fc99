//! The command line speaks the user's language, chosen as desktops choose it: `LANGUAGE`,
//! then `LC_ALL`, `LC_MESSAGES`, `LANG`, unless `[ui] language` names one. The expected
//! texts are read from the translation files, so the test follows their wording.

use super::{Home, code, stderr, stdout};
use knotless_i18n::{t, with_language};

/// `knotless ARGS` with the locale variables `vars` (all others removed).
fn run_in(home: &Home, vars: &[(&str, &str)], args: &[&str]) -> std::process::Output {
    let mut command = home.command(args);
    command.env_remove("LANG");
    for (name, value) in vars {
        command.env(name, value);
    }
    command.output().expect("knotless runs")
}

/// The text of `cli-error-not-running` in `lang` up to its address.
fn not_running(lang: &'static str) -> String {
    with_language(lang, || t!("cli-error-not-running", address = "\u{1}"))
        .split('\u{1}')
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn status_speaks_german_under_a_german_locale() {
    let home = Home::new();
    let out = run_in(&home, &[("LANG", "de_DE.UTF-8")], &["status"]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let german = not_running("de");
    assert_ne!(german, not_running("en"), "the German file translates it");
    assert!(stderr(&out).contains(&german), "{}", stderr(&out));
}

#[test]
fn language_comes_before_the_locale_and_is_ignored_under_c() {
    for lang in ["fr", "de", "pl", "ja"] {
        assert_ne!(not_running(lang), not_running("en"), "{lang} translates it");
    }
    let home = Home::new();
    let out = run_in(
        &home,
        &[("LANGUAGE", "fr:de"), ("LANG", "de_DE.UTF-8")],
        &["status"],
    );
    assert!(
        stderr(&out).contains(&not_running("fr")),
        "{}",
        stderr(&out)
    );
    let out = run_in(
        &home,
        &[("LANGUAGE", "de"), ("LANG", "C.UTF-8")],
        &["status"],
    );
    assert!(
        stderr(&out).contains(&not_running("en")),
        "{}",
        stderr(&out)
    );
    let out = run_in(
        &home,
        &[
            ("LC_ALL", "pl_PL.UTF-8"),
            ("LC_MESSAGES", "it_IT.UTF-8"),
            ("LANG", "nl_NL.UTF-8"),
        ],
        &["status"],
    );
    assert!(
        stderr(&out).contains(&not_running("pl")),
        "{}",
        stderr(&out)
    );
    let out = run_in(&home, &[("LANG", "sv_SE.UTF-8")], &["status"]);
    assert!(
        stderr(&out).contains(&not_running("en")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_config_names_the_language_over_the_desktops() {
    let home = Home::new();
    home.write("config/knotless/config.toml", "[ui]\nlanguage = \"ja\"\n");
    let out = run_in(&home, &[("LANG", "de_DE.UTF-8")], &["status"]);
    assert!(
        stderr(&out).contains(&not_running("ja")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn exercises_show_in_the_language_with_their_own_words() {
    let home = Home::new();
    let out = run_in(
        &home,
        &[("LANG", "de_DE.UTF-8")],
        &["exercises", "show", "chin-tucks"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let german = with_language("de", knotless_exercises::library::Library::builtin);
    let e = german.get("chin-tucks").expect("a built-in");
    let english = knotless_exercises::library::Library::builtin_english();
    assert_ne!(
        e.title,
        english.get("chin-tucks").expect("a built-in").title
    );
    assert!(stdout(&out).contains(&e.title), "{}", stdout(&out));
    assert!(stdout(&out).contains(&e.steps[0].text), "{}", stdout(&out));
}

#[test]
fn help_is_translated() {
    let home = Home::new();
    let out = run_in(&home, &[("LANG", "de_DE.UTF-8")], &["--help"]);
    let english = run_in(&home, &[("LANG", "C.UTF-8")], &["--help"]);
    assert_eq!(code(&out), 0);
    assert_ne!(stdout(&out), stdout(&english));
    assert!(stdout(&out).contains("knotless"));
}
