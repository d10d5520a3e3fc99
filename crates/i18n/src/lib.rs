//! knotless in your language: every sentence a person reads or hears comes from the Fluent
//! files in `assets/locales/LANG/` (see `docs/translating.md`), through [`t!`].
//!
//! One language is active per process ([`set_language`], from [`negotiate`]); each of its
//! files is parsed the first time one of its texts is asked for, and an English file only
//! when a message is missing from the language. The contract (config keys, history events, `--json` fields) stays English and
//! never passes through here.

mod bundle;
mod duration;
pub mod format;
mod negotiate;

pub use bundle::{english_messages, has_message, message_ids, parsed_files, tr};
pub use duration::format_duration;
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use negotiate::{negotiate, preferences_from_env};

use std::cell::Cell;
use std::sync::RwLock;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language every text falls back to, and the one the files are written from.
pub const ENGLISH: &str = "en";

/// A pseudo-language for tests: English with every letter accented and about 40 % longer,
/// so a window that still shows plain English, or clips a longer text, shows it.
pub const PSEUDO: &str = "en-XA";

/// The values `[ui] language` takes: "auto" (the desktop's) or a language knotless ships
/// (a test keeps this list and the folders of `assets/locales` the same).
pub const CHOICES: &[&str] = &[
    "auto", "en", "de", "fr", "es", "pt-BR", "it", "nl", "pl", "ja",
];

/// The language to speak: `[ui] language` when it names one knotless ships, else the
/// desktop's `preferences`, else English.
pub fn choose<S: AsRef<str>>(setting: &str, preferences: &[S]) -> &'static str {
    if let Some(code) = known(setting) {
        return code;
    }
    negotiate(preferences)
}

/// The languages knotless speaks, English first, then the rest by code.
pub fn languages() -> impl Iterator<Item = &'static str> {
    std::iter::once(ENGLISH).chain(
        LOCALES
            .iter()
            .map(|(lang, _)| *lang)
            .filter(|l| *l != ENGLISH),
    )
}

/// A language's own name, for the settings' list ("Deutsch", "日本語").
pub fn language_name(code: &str) -> String {
    with_language(known(code).unwrap_or(ENGLISH), || tr("language-name", None))
}

/// The known language of that code (exactly as listed), or `None`.
pub fn known(code: &str) -> Option<&'static str> {
    languages()
        .chain(std::iter::once(PSEUDO))
        .find(|l| l.eq_ignore_ascii_case(code))
}

static ACTIVE: RwLock<&str> = RwLock::new(ENGLISH);

thread_local! {
    /// A language for this thread only ([`with_language`]): tests of different languages run
    /// side by side in one process.
    static THREAD: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// Makes `code` the language of every text of this process from now on.
pub fn set_language(code: &'static str) {
    *ACTIVE
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = code;
}

/// The language texts are shown in now.
pub fn language() -> &'static str {
    THREAD.with(Cell::get).unwrap_or_else(|| {
        *ACTIVE
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    })
}

/// Runs `f` with texts in `code` on this thread (the process's language is unchanged).
pub fn with_language<R>(code: &'static str, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<&'static str>);
    impl Drop for Restore {
        fn drop(&mut self) {
            THREAD.with(|t| t.set(self.0));
        }
    }
    let _restore = Restore(THREAD.with(|t| t.replace(Some(code))));
    f()
}

/// Languages whose script egui's own fonts lack: the window must load a system font.
pub fn needs_cjk_font(code: &str) -> bool {
    matches!(code.split('-').next(), Some("ja" | "zh" | "ko"))
}

/// The pseudo-language's form of a text (also used for the exercises' texts): letters
/// accented, some vowels doubled (about 30 % longer), then tildes up to 40 % longer.
pub fn pseudo(text: &str) -> String {
    let mut out = fluent_pseudo::transform(text, false, true).into_owned();
    let wanted = (text.chars().count() * 7).div_ceil(5);
    let have = out.chars().count();
    if text.chars().any(char::is_alphabetic) && have < wanted {
        out.extend(std::iter::repeat_n('~', wanted - have));
    }
    out
}

/// The words of `text` the pseudo-language would have changed: plain ASCII letters with a
/// consonant among them (it accents every consonant and doubles some vowels unaccented,
/// "a" to "aa"). A test runs code under [`PSEUDO`] and expects none: English left in.
pub fn plain_english_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            w.chars().all(|c| c.is_ascii_alphabetic())
                && w.chars().any(|c| !"aeiouAEIOU".contains(c))
        })
        .collect()
}

/// A text whose id is made at run time: `tr_in("region", "upper_back")` is message
/// `region-upper_back`. The family's literal lets the tests count its messages as used;
/// the code that names the members tests that each exists ([`has_message`]).
pub fn tr_in(family: &str, member: &str) -> String {
    tr(&format!("{family}-{member}"), None)
}

/// [`tr_in`] with arguments.
pub fn tr_in_with(family: &str, member: &str, args: &FluentArgs) -> String {
    tr(&format!("{family}-{member}"), Some(args))
}

/// A translated text: `t!("message-id")`, `t!("message-id.attribute")` or
/// `t!("message-id", name = value, ...)` (a value is a number or text; numbers choose
/// plural forms by the language's CLDR rules).
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::tr($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::FluentArgs::new();
        $( args.set(stringify!($name), $crate::FluentValue::from($value)); )+
        $crate::tr($id, Some(&args))
    }};
}
