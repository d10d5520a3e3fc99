//! What to write instead of a value that cannot be used, in plain words, for the settings
//! window ("Use a time of at least 10 seconds, like 45m"). `config check` keeps its own
//! messages, which name the key, the value and the allowed range for someone at a file; these
//! are for someone at a form, next to the field.

use super::schema::{Key, Kind, Value};
use chrono::TimeDelta;
use knotless_i18n::t;

/// What to write in `key` instead of `text` (which did not pass [`super::schema::check`]).
pub fn advice(key: &Key, text: &str) -> String {
    let text = text.trim();
    match key.kind {
        Kind::Duration { min, max } => duration_advice(text, min, max),
        Kind::Count { min, max } => t!("advice-count", min = min, max = max),
        Kind::Bool => t!("advice-bool"),
        Kind::TimeOfDay => t!("advice-time-of-day"),
        Kind::Hours => t!("advice-hours"),
        Kind::Names { allowed } => match text
            .split(',')
            .map(str::trim)
            .find(|n| !n.is_empty() && !allowed.contains(n))
        {
            Some(name) => t!("advice-names-unknown", name = name),
            None => t!("advice-names"),
        },
        Kind::Ids => t!("advice-ids"),
        Kind::Choice { .. } => t!("advice-choice"),
        Kind::Text => t!("advice-text"),
        Kind::Sources => t!("advice-sources"),
    }
}

fn duration_advice(text: &str, min: TimeDelta, max: TimeDelta) -> String {
    let like = example(min, max);
    if text.is_empty() {
        return t!("advice-duration-empty", like = like);
    }
    match super::read_duration(text) {
        Ok(d) if d < min => t!("advice-duration-min", min = spoken(min), like = like),
        Ok(d) if d > max => t!("advice-duration-max", max = spoken(max), like = like),
        Ok(_) => t!(
            "advice-duration-range",
            min = spoken(min),
            max = spoken(max)
        ),
        // The number goes in as text: it is what was typed, not a count to pluralise.
        Err(_) if text.chars().all(|c| c.is_ascii_digit()) => {
            t!("advice-duration-unit", number = text)
        }
        Err(_) => t!("advice-duration-unreadable", like = like),
    }
}

/// An example duration the key accepts.
fn example(min: TimeDelta, max: TimeDelta) -> String {
    [45, 5]
        .map(TimeDelta::minutes)
        .into_iter()
        .find(|d| *d >= min && *d <= max)
        .map_or_else(|| super::format_duration(max), super::format_duration)
}

/// A duration in words: "40 minutes", "1 hour 30 minutes", "10 seconds".
pub fn spoken(d: TimeDelta) -> String {
    let (days, h, m, s) = (
        d.num_days(),
        d.num_hours() % 24,
        d.num_minutes() % 60,
        d.num_seconds() % 60,
    );
    let parts: Vec<String> = [
        (days, Unit::Day),
        (h, Unit::Hour),
        (m, Unit::Minute),
        (s, Unit::Second),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, unit)| unit.count(n))
    .collect();
    if parts.is_empty() {
        Unit::Second.count(0)
    } else {
        parts.join(&t!("locale-duration-joiner"))
    }
}

/// The units a duration is said in.
#[derive(Debug, Clone, Copy)]
pub enum Unit {
    Day,
    Hour,
    Minute,
    Second,
}

impl Unit {
    /// `n` of this unit in words: "1 hour", "30 minutes" (plural forms by the language).
    pub fn count(self, n: i64) -> String {
        match self {
            Unit::Day => t!("advice-unit-days", n = n),
            Unit::Hour => t!("advice-unit-hours", n = n),
            Unit::Minute => t!("advice-unit-minutes", n = n),
            Unit::Second => t!("advice-unit-seconds", n = n),
        }
    }
}

/// A value as spoken in the window, where it has a unit: "45 minutes", "60 %".
pub fn spoken_value(value: &Value) -> Option<String> {
    match value {
        Value::Duration(d) => Some(spoken(*d)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::schema::find;

    #[test]
    fn durations_read_as_words() {
        assert_eq!(spoken(TimeDelta::minutes(40)), "40 minutes");
        assert_eq!(spoken(TimeDelta::minutes(90)), "1 hour 30 minutes");
        assert_eq!(spoken(TimeDelta::hours(2)), "2 hours");
        assert_eq!(spoken(TimeDelta::seconds(30)), "30 seconds");
        assert_eq!(spoken(TimeDelta::minutes(1)), "1 minute");
        assert_eq!(spoken(TimeDelta::days(1)), "1 day");
    }

    #[test]
    fn advice_and_durations_speak_the_language() {
        let every = find("movement", "every").unwrap();
        knotless_i18n::with_language(knotless_i18n::PSEUDO, || {
            let said = advice(every, "5s");
            // The example the field takes stays as typed; the words around it do not.
            assert!(
                said.contains("45m") && !said.contains("Use a time"),
                "{said}"
            );
            assert!(!spoken(TimeDelta::minutes(90)).contains("hour"));
        });
    }

    #[test]
    fn advice_says_what_to_write() {
        let every = find("movement", "every").unwrap();
        assert_eq!(
            advice(every, "5s"),
            "Use a time of at least 10 seconds, like 45m"
        );
        assert_eq!(
            advice(every, "9h"),
            "Use a time of at most 8 hours, like 45m"
        );
        assert_eq!(advice(every, "5x"), "Write a time like 45m, 1h30m or 20s");
        assert_eq!(
            advice(every, "45"),
            "Add a unit: 45m for minutes, 45s for seconds"
        );
        let merge = find("schedule", "merge_within").unwrap();
        assert_eq!(
            advice(merge, "1h"),
            "Use a time of at most 30 minutes, like 5m"
        );
        let monday = find("working_hours", "monday").unwrap();
        assert_eq!(
            advice(monday, "9 to 5"),
            "Write the hours like 09:00-17:30, or off"
        );
    }
}
