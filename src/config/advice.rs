//! What to write instead of a value that cannot be used, in plain words, for the settings
//! window ("Use a time of at least 10 seconds, like 45m"). `config check` keeps its own
//! messages, which name the key, the value and the allowed range for someone at a file; these
//! are for someone at a form, next to the field.

use super::schema::{Key, Kind, Value};
use chrono::TimeDelta;

/// What to write in `key` instead of `text` (which did not pass [`super::schema::check`]).
pub fn advice(key: &Key, text: &str) -> String {
    let text = text.trim();
    match key.kind {
        Kind::Duration { min, max } => duration_advice(text, min, max),
        Kind::Count { min, max } => format!("Use a whole number from {min} to {max}"),
        Kind::Bool => "Tick or untick it".to_owned(),
        Kind::TimeOfDay => "Write a time of day like 08:00".to_owned(),
        Kind::Hours => "Write the hours like 09:00-17:30, or off".to_owned(),
        Kind::Names { allowed } => match text
            .split(',')
            .map(str::trim)
            .find(|n| !n.is_empty() && !allowed.contains(n))
        {
            Some(name) => format!("Untick \u{201c}{name}\u{201d}: knotless does not know it"),
            None => "Choose from the list".to_owned(),
        },
        Kind::Ids => "Choose the exercises from the list".to_owned(),
        Kind::Choice { .. } => "Choose one from the list".to_owned(),
        Kind::Text => "Write it as plain text".to_owned(),
        Kind::Sources => {
            "Give each calendar as a full path to an .ics file or an https:// address".to_owned()
        }
    }
}

fn duration_advice(text: &str, min: TimeDelta, max: TimeDelta) -> String {
    let like = example(min, max);
    if text.is_empty() {
        return format!("Write a time, like {like}");
    }
    match super::read_duration(text) {
        Ok(d) if d < min => format!("Use a time of at least {}, like {like}", spoken(min)),
        Ok(d) if d > max => format!("Use a time of at most {}, like {like}", spoken(max)),
        Ok(_) => format!("Use a time from {} to {}", spoken(min), spoken(max)),
        Err(_) if text.chars().all(|c| c.is_ascii_digit()) => {
            format!("Add a unit: {text}m for minutes, {text}s for seconds")
        }
        Err(_) => format!("Write a time like {like}, 1h30m or 20s"),
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
    let unit = |n: i64, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let parts: Vec<String> = [(days, "day"), (h, "hour"), (m, "minute"), (s, "second")]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, word)| unit(n, word))
        .collect();
    if parts.is_empty() {
        "0 seconds".to_owned()
    } else {
        parts.join(" ")
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
