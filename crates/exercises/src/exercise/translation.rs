//! An exercise in another language: its title, summary, cautions and the text of each step.
//! Everything else (id, timing, what it helps and loads, the figure, the meaning flags) is
//! the English file's, so a translation can change words only; the check refuses one whose
//! steps, seconds, cautions or safety lines differ from English.

use super::{
    Exercise, Flaw, MASSAGE_CAUTION, NECK_CAUTION, PROVIDER_CAUTION, STRETCH_CAUTION, flaw,
};
use serde::{Deserialize, Serialize};

/// The words of an exercise in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub cautions: Vec<String>,
    pub steps: Vec<TranslatedStep>,
}

/// A step's words, with its seconds as in English (the check compares them, so a translator
/// sees the time a step's counts were timed for).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslatedStep {
    pub text: String,
    pub seconds: u32,
}

/// A built-in's translation file (`assets/exercises/translations/LANG/ID.toml`): the id,
/// then the translation's fields.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationFile {
    pub id: String,
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub cautions: Vec<String>,
    pub steps: Vec<TranslatedStep>,
}

impl TranslationFile {
    pub fn into_translation(self) -> (String, Translation) {
        let translation = Translation {
            title: self.title,
            summary: self.summary,
            cautions: self.cautions,
            steps: self.steps,
        };
        (self.id, translation)
    }
}

/// The safety lines a translation must carry word for word where English carries them:
/// (message in `assets/locales/LANG/safety.ftl`, the English line).
const SAFETY_LINES: [(&str, &str); 4] = [
    ("safety-massage", MASSAGE_CAUTION),
    ("safety-provider", PROVIDER_CAUTION),
    ("safety-neck", NECK_CAUTION),
    ("safety-stretch", STRETCH_CAUTION),
];

/// The problems of `t`, the translation of `english` into `lang`, each named by its field
/// (`translations.de.steps[2].seconds`; `prefix` is what comes before the field).
pub fn check(english: &Exercise, lang: &str, t: &Translation, prefix: &str) -> Vec<Flaw> {
    let mut flaws = Vec::new();
    let Some(lang) = knotless_i18n::known(lang).filter(|l| *l != knotless_i18n::PSEUDO) else {
        let shipped: Vec<&str> = knotless_i18n::languages().collect();
        return vec![flaw(
            prefix.trim_end_matches('.'),
            format!(
                "knotless does not speak `{lang}`; it speaks {}",
                shipped.join(", ")
            ),
        )];
    };
    if t.title.trim().is_empty() || t.title.chars().count() > 60 {
        flaws.push(flaw(format!("{prefix}title"), "1 to 60 characters"));
    }
    if t.summary.trim().is_empty() || t.summary.chars().count() > 140 {
        flaws.push(flaw(format!("{prefix}summary"), "1 to 140 characters"));
    }
    if t.steps.len() != english.steps.len() {
        flaws.push(flaw(
            format!("{prefix}steps"),
            format!(
                "{} steps; the English has {}",
                t.steps.len(),
                english.steps.len()
            ),
        ));
    }
    for (i, (theirs, ours)) in t.steps.iter().zip(&english.steps).enumerate() {
        if theirs.seconds != ours.seconds {
            flaws.push(flaw(
                format!("{prefix}steps[{i}].seconds"),
                format!(
                    "{} s; the English step takes {} s",
                    theirs.seconds, ours.seconds
                ),
            ));
        }
        if theirs.text.trim().is_empty() {
            flaws.push(flaw(format!("{prefix}steps[{i}].text"), "empty"));
        }
    }
    if t.cautions.len() != english.cautions.len() {
        flaws.push(flaw(
            format!("{prefix}cautions"),
            format!(
                "{} cautions; the English has {}",
                t.cautions.len(),
                english.cautions.len()
            ),
        ));
    }
    for (i, (theirs, ours)) in t.cautions.iter().zip(&english.cautions).enumerate() {
        for (message, line) in SAFETY_LINES {
            if !ours.contains(line) {
                continue;
            }
            let wanted = knotless_i18n::with_language(lang, || knotless_i18n::tr(message, None));
            if !theirs.contains(&wanted) {
                flaws.push(flaw(
                    format!("{prefix}cautions[{i}]"),
                    format!("must carry this safety line word for word: \"{wanted}\""),
                ));
            }
        }
    }
    flaws
}

/// `english` with the words of `t` (checked beforehand).
pub fn apply(english: &mut Exercise, t: &Translation) {
    english.title.clone_from(&t.title);
    english.summary.clone_from(&t.summary);
    english.cautions.clone_from(&t.cautions);
    for (step, theirs) in english.steps.iter_mut().zip(&t.steps) {
        step.text.clone_from(&theirs.text);
    }
}

/// The pseudo-language's words of `english`: accented and longer, for tests.
pub fn pseudo(english: &Exercise) -> Translation {
    let p = knotless_i18n::pseudo;
    Translation {
        title: p(&english.title),
        summary: p(&english.summary),
        cautions: english.cautions.iter().map(|c| p(c)).collect(),
        steps: english
            .steps
            .iter()
            .map(|s| TranslatedStep {
                text: p(&s.text),
                seconds: s.seconds,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Library;

    fn english() -> Exercise {
        Library::builtin_english()
            .get("ball-shoulder-wall")
            .cloned()
            .expect("a built-in massage")
    }

    fn faithful(e: &Exercise) -> Translation {
        let mut t = pseudo(e);
        t.cautions = e
            .cautions
            .iter()
            .map(|c| {
                let mut c = c.clone();
                for (message, line) in SAFETY_LINES {
                    let german =
                        knotless_i18n::with_language("de", || knotless_i18n::tr(message, None));
                    c = c.replace(line, &german);
                }
                c
            })
            .collect();
        t
    }

    #[test]
    fn a_faithful_translation_passes() {
        let e = english();
        assert_eq!(check(&e, "de", &faithful(&e), ""), vec![]);
    }

    #[test]
    fn a_translation_with_other_steps_or_seconds_is_refused() {
        let e = english();
        let mut fewer = faithful(&e);
        fewer.steps.pop();
        assert!(
            check(&e, "de", &fewer, "")
                .iter()
                .any(|f| f.field == "steps")
        );
        let mut slower = faithful(&e);
        slower.steps[1].seconds += 5;
        assert!(
            check(&e, "de", &slower, "")
                .iter()
                .any(|f| f.field == "steps[1].seconds")
        );
    }

    #[test]
    fn a_translation_without_the_safety_lines_word_for_word_is_refused() {
        let e = english();
        let mut loose = faithful(&e);
        let at = e
            .cautions
            .iter()
            .position(|c| c == MASSAGE_CAUTION)
            .expect("a massage carries it");
        loose.cautions[at] = "Sanfter Druck.".into();
        let flaws = check(&e, "de", &loose, "translations.de.");
        assert!(
            flaws
                .iter()
                .any(|f| f.field == format!("translations.de.cautions[{at}]")),
            "{flaws:?}"
        );
        let mut dropped = faithful(&e);
        dropped.cautions.remove(at);
        assert!(
            check(&e, "de", &dropped, "")
                .iter()
                .any(|f| f.field == "cautions")
        );
    }

    #[test]
    fn a_language_knotless_does_not_speak_is_named() {
        let e = english();
        let flaws = check(&e, "sv", &faithful(&e), "translations.sv.");
        assert_eq!(flaws.len(), 1);
        assert_eq!(flaws[0].field, "translations.sv");
    }
}
