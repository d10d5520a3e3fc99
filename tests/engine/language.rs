//! The daemon's words in another language: under the pseudo-language (every letter
//! accented, about 40 % longer) nothing of a reminder's notification, its buttons, the
//! replies, the tooltip or `knotless status` is left in plain English.

use super::story::{Story, minutes};
use knotless::daemon::ports::Answer;
use knotless::daemon::text;
use knotless::ipc::Request;
use knotless_i18n::{PSEUDO, plain_english_words, with_language};

/// A day with every reminder kind on and a sit-stand desk, so the status names them all.
const ALL_ON: &str = "[standing]\nenabled = true\n";

/// Everything a person reads of this day's daemon, from the first reminder on.
fn words_of_a_day() -> Vec<String> {
    let mut day = Story::new(ALL_ON);
    day.type_for(minutes(40));
    // A micro-pause, the stand nudge and the movement break, with their buttons.
    let shown = day.shown();
    assert!(
        shown.iter().any(|p| p.default == Some(Answer::Start)),
        "no movement reminder after 40 minutes: {shown:?}"
    );
    let mut texts = Vec::new();
    for prompt in &shown {
        texts.push(prompt.summary.clone());
        texts.extend(prompt.actions.iter().map(|(_, label)| label.clone()));
    }
    let status = day.status();
    texts.push(text::tooltip(&status));
    texts.push(text::status_report(&status, &chrono::Utc));
    texts.push(day.request(Request::Snooze { secs: None }).message);
    // Refused: no break is running.
    let refused = day.request(Request::Done);
    assert!(!refused.ok, "{}", refused.message);
    texts.push(refused.message);
    texts.push(day.request(Request::Stand).message);
    texts.push(text::tooltip(&day.status()));
    texts.push(day.request(Request::Sit).message);
    texts.push(
        day.request(Request::Pause {
            secs: Some(1800),
            until_tomorrow: false,
        })
        .message,
    );
    let paused = day.status();
    texts.push(text::tooltip(&paused));
    texts.push(text::status_report(&paused, &chrono::Utc));
    texts.push(day.request(Request::Resume).message);
    texts
}

#[test]
fn under_the_pseudo_language_nothing_the_daemon_says_is_left_in_english() {
    // The check can fail: the same day in English is full of English words.
    let english = with_language("en", words_of_a_day);
    assert!(
        english.iter().all(|t| !plain_english_words(t).is_empty()),
        "{english:#?}"
    );
    let pseudo = with_language(PSEUDO, words_of_a_day);
    for (text, original) in pseudo.iter().zip(&english) {
        assert!(
            plain_english_words(text).is_empty(),
            "left in English: {:?} in {text:?} (English: {original:?})",
            plain_english_words(text)
        );
        // Longer, as translations often are; nothing was dropped.
        assert!(
            text.chars().count() > original.chars().count(),
            "{text:?} is not longer than {original:?}"
        );
    }
}
