//! Which language to speak: the user's preferences, in the order desktops read them, matched
//! against the languages knotless has. Hand-written (about 40 lines, tested below):
//! `sys-locale` reads neither `LANGUAGE` nor `LC_MESSAGES`, and the matching we need (exact,
//! then the same language in another region, the pseudo-language only by name) is two loops,
//! plainer than `fluent-langneg`'s four-step filtering with likely subtags.

use crate::{ENGLISH, PSEUDO, languages};

/// The user's languages as gettext reads them: the locale of messages is the first set of
/// `LC_ALL`, `LC_MESSAGES`, `LANG`; unless it is C or POSIX (or unset), the colon list in
/// `LANGUAGE` comes before it. Codesets and modifiers are stripped ("de_DE.UTF-8@euro" is
/// "de-DE").
pub fn preferences_from_env(var: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| var(name))
        .find(|value| !value.is_empty())
        .map(|value| tag(&value))
        .filter(|tag| !is_c(tag));
    let Some(locale) = locale else {
        return Vec::new();
    };
    let mut found: Vec<String> = var("LANGUAGE")
        .unwrap_or_default()
        .split(':')
        .map(tag)
        .filter(|t| !t.is_empty() && !is_c(t))
        .collect();
    found.push(locale);
    found
}

/// "de_DE.UTF-8@euro" → "de-DE".
fn tag(locale: &str) -> String {
    let end = locale.find(['.', '@']).unwrap_or(locale.len());
    locale[..end].trim().replace('_', "-")
}

fn is_c(tag: &str) -> bool {
    tag.eq_ignore_ascii_case("C") || tag.eq_ignore_ascii_case("POSIX")
}

/// The language to speak: the first preference knotless has, exactly ("pt-BR") or in
/// another region of its language ("pt-PT" → "pt-BR", "de-AT" → "de"); English when none.
/// The pseudo-language only when asked for by name.
pub fn negotiate<S: AsRef<str>>(preferences: &[S]) -> &'static str {
    for wanted in preferences.iter().map(AsRef::as_ref) {
        if wanted.eq_ignore_ascii_case(PSEUDO) {
            return PSEUDO;
        }
        if let Some(exact) = languages().find(|l| l.eq_ignore_ascii_case(wanted)) {
            return exact;
        }
        let base = wanted.split('-').next().unwrap_or(wanted);
        if let Some(near) = languages().find(|l| {
            l.split('-')
                .next()
                .is_some_and(|b| b.eq_ignore_ascii_case(base))
        }) {
            return near;
        }
    }
    ENGLISH
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn language_comes_first_then_the_locale_of_messages() {
        let vars = [("LANGUAGE", "fr:de"), ("LANG", "ja_JP.UTF-8")];
        assert_eq!(preferences_from_env(env(&vars)), ["fr", "de", "ja-JP"]);
    }

    #[test]
    fn lc_all_beats_lc_messages_beats_lang() {
        let all = [
            ("LC_ALL", "pl_PL.UTF-8"),
            ("LC_MESSAGES", "it_IT"),
            ("LANG", "nl_NL"),
        ];
        assert_eq!(preferences_from_env(env(&all)), ["pl-PL"]);
        let messages = [("LC_MESSAGES", "it_IT"), ("LANG", "nl_NL")];
        assert_eq!(preferences_from_env(env(&messages)), ["it-IT"]);
        let empty_all = [("LC_ALL", ""), ("LANG", "nl_NL.UTF-8")];
        assert_eq!(preferences_from_env(env(&empty_all)), ["nl-NL"]);
    }

    #[test]
    fn language_is_ignored_under_c_or_posix_or_no_locale() {
        for c in ["C", "C.UTF-8", "POSIX"] {
            let vars = [("LANGUAGE", "de"), ("LANG", c)];
            assert!(preferences_from_env(env(&vars)).is_empty(), "{c}");
        }
        assert!(preferences_from_env(env(&[("LANGUAGE", "de")])).is_empty());
    }

    #[test]
    fn codeset_and_modifier_are_stripped() {
        let vars = [("LANG", "de_DE.ISO-8859-15@euro")];
        assert_eq!(preferences_from_env(env(&vars)), ["de-DE"]);
    }

    #[test]
    fn matching_is_exact_then_by_language_then_english() {
        assert_eq!(negotiate(&["de-DE"]), "de");
        assert_eq!(negotiate(&["pt-PT"]), "pt-BR");
        assert_eq!(negotiate(&["pt-BR"]), "pt-BR");
        assert_eq!(negotiate(&["sv-SE", "ja-JP"]), "ja");
        assert_eq!(negotiate(&["sv-SE"]), "en");
        assert_eq!(negotiate::<&str>(&[]), "en");
        assert_eq!(negotiate(&["en-XA"]), "en-XA");
        assert_eq!(negotiate(&["en-GB", "de"]), "en");
    }
}
