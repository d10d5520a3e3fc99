//! The translations are complete and used: every file parses, every language has every
//! message, attribute and variable of English (and nothing English lacks), and every English
//! message is named somewhere in the code.

use knotless_i18n::{CHOICES, ENGLISH, LOCALES, english_messages, languages, message_ids};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[test]
fn every_file_parses() {
    for (lang, _) in LOCALES {
        if let Err((file, error)) = message_ids(lang) {
            panic!("assets/locales/{lang}/{file} does not parse: {error}");
        }
    }
}

#[test]
fn every_language_has_every_english_message_attribute_and_variable() {
    let english = english_messages();
    assert!(
        english.len() > 20,
        "English has only {} messages",
        english.len()
    );
    let mut problems = Vec::new();
    for lang in languages().filter(|l| *l != ENGLISH) {
        let theirs = message_ids(lang).unwrap_or_default();
        for (file, message) in &english {
            let Some((their_file, their)) = theirs.iter().find(|(_, m)| m.id == message.id) else {
                problems.push(format!("{lang}/{file}: missing `{}`", message.id));
                continue;
            };
            if their_file != file {
                problems.push(format!(
                    "{lang}/{their_file}: `{}` belongs in {file}",
                    message.id
                ));
            }
            if their.has_value != message.has_value {
                problems.push(format!(
                    "{lang}/{file}: `{}` value differs from English's",
                    message.id
                ));
            }
            for attribute in &message.attributes {
                if !their.attributes.contains(attribute) {
                    problems.push(format!(
                        "{lang}/{file}: missing `{}.{attribute}`",
                        message.id
                    ));
                }
            }
            for variable in &message.variables {
                if !their.variables.contains(variable) {
                    problems.push(format!(
                        "{lang}/{file}: `{}` does not use ${variable}",
                        message.id
                    ));
                }
            }
            for variable in &their.variables {
                if !message.variables.contains(variable) {
                    problems.push(format!(
                        "{lang}/{file}: `{}` uses ${variable}, which English does not pass",
                        message.id
                    ));
                }
            }
        }
        for (file, message) in &theirs {
            if !english.iter().any(|(_, m)| m.id == message.id) {
                problems.push(format!(
                    "{lang}/{file}: `{}` is not an English message",
                    message.id
                ));
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
fn the_config_choices_are_the_shipped_languages() {
    let shipped: BTreeSet<&str> = languages().collect();
    let choices: BTreeSet<&str> = CHOICES.iter().copied().filter(|c| *c != "auto").collect();
    assert_eq!(shipped, choices);
}

/// Every `.rs` file of the workspace's sources (not tests).
fn sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut found = Vec::new();
    let mut dirs = vec![root.join("src"), root.join("crates")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir)
            .expect("the source folders exist")
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() && !path.ends_with("tests") && !path.ends_with("target") {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                found.push(path);
            }
        }
    }
    found
}

/// The string literals that follow `marker` in `text` (`t!("` → the ids), where the marker
/// starts a name (`t!(` but not `format!(`). Whitespace may sit between the parenthesis and
/// the literal: rustfmt puts a long call's id on a line of its own.
fn literals_after<'a>(text: &'a str, marker: &str) -> Vec<&'a str> {
    let (name, quote) = marker.split_at(marker.len() - 1);
    text.match_indices(name)
        .filter(|(at, _)| {
            !text[..*at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
        .filter_map(|(at, _)| {
            let rest = text[at + name.len()..].trim_start().strip_prefix(quote)?;
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

#[test]
fn every_id_the_code_names_exists_and_every_message_is_used() {
    let english = english_messages();
    let mut named = BTreeSet::new();
    let mut families = BTreeSet::new();
    for file in sources() {
        // Code only: a comment's example is not a use.
        let text: String = std::fs::read_to_string(&file)
            .expect("a source file reads")
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for id in literals_after(&text, "t!(\"") {
            named.insert(id.to_owned());
        }
        for family in literals_after(&text, "tr_in(\"")
            .into_iter()
            .chain(literals_after(&text, "tr_in_with(\""))
        {
            families.insert(format!("{family}-"));
        }
    }
    let missing: Vec<&String> = named
        .iter()
        .filter(|id| !knotless_i18n::has_message(id))
        .collect();
    assert!(
        missing.is_empty(),
        "the code names messages English lacks: {missing:?}"
    );
    // Messages read by the library itself (dates, the language's name, the safety lines the
    // exercise checker compares).
    let library = ["locale-", "language-name", "safety-"];
    let unused: Vec<&str> = english
        .iter()
        .map(|(_, m)| m.id.as_str())
        .filter(|id| {
            !named.iter().any(|n| n.split('.').next() == Some(*id))
                && !families.iter().any(|f| id.starts_with(f.as_str()))
                && !library.iter().any(|l| id.starts_with(l))
        })
        .collect();
    assert!(
        unused.is_empty(),
        "English messages no code names: {unused:?}"
    );
}
