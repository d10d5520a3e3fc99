//! The table of configuration keys: section, name, type and allowed range, and how each
//! reads from and writes to [`Settings`]. Validation, `config check`, the default file test
//! and the settings window all work from this one table.

use super::Settings;
use chrono::{NaiveTime, TimeDelta};
use knotless_i18n::{t, tr_in};

/// Where a key sits in the settings window. The common choices share the first page; the
/// rest are under "More", in groups named the way a person would look for them. The order
/// here is the order on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter)]
pub enum Group {
    Move,
    MicroPauses,
    Water,
    WorkingHours,
    Sound,
    Login,
    Language,
    Focus,
    AtHand,
    Snoozing,
    Busy,
    Away,
    Days,
    Desk,
    CheckIns,
    Voice,
    Suggestions,
}

impl Group {
    /// On the first page (true) or under "More".
    pub fn is_common(self) -> bool {
        self <= Group::AtHand
    }

    /// The group's title on screen.
    pub fn title(self) -> String {
        match self {
            Group::Move => t!("config-group-move"),
            Group::MicroPauses => t!("config-group-micro-pauses"),
            Group::Water => t!("config-group-water"),
            Group::WorkingHours => t!("config-group-working-hours"),
            Group::Sound => t!("config-group-sound"),
            Group::Login => t!("config-group-login"),
            Group::Language => t!("config-group-language"),
            Group::Focus => t!("config-group-focus"),
            Group::AtHand => t!("config-group-at-hand"),
            Group::Snoozing => t!("config-group-snoozing"),
            Group::Busy => t!("config-group-busy"),
            Group::Away => t!("config-group-away"),
            Group::Days => t!("config-group-days"),
            Group::Desk => t!("config-group-desk"),
            Group::CheckIns => t!("config-group-check-ins"),
            Group::Voice => t!("config-group-voice"),
            Group::Suggestions => t!("config-group-suggestions"),
        }
    }
}

/// The type and range of a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A humane duration ("45m") within `min..=max`.
    Duration {
        min: TimeDelta,
        max: TimeDelta,
    },
    /// A whole number within `min..=max`.
    Count {
        min: u32,
        max: u32,
    },
    Bool,
    /// A local time of day, "HH:MM".
    TimeOfDay,
    /// A list of names, each one of `allowed`.
    Names {
        allowed: &'static [&'static str],
    },
    /// A list of exercise ids.
    Ids,
    /// A daily time range "09:00-17:30" (may run past midnight), or "off".
    Hours,
    /// One name out of `allowed`.
    Choice {
        allowed: &'static [&'static str],
    },
    /// Free text (an e-mail address); may be empty.
    Text,
    /// A list of calendar sources: local `.ics` files and `https://` addresses.
    Sources,
}

/// A key's value, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Duration(TimeDelta),
    Count(u32),
    Bool(bool),
    TimeOfDay(NaiveTime),
    Names(Vec<String>),
    Hours(Option<(NaiveTime, NaiveTime)>),
    Choice(String),
    Text(String),
}

/// One configuration key.
#[derive(Debug, Clone, Copy)]
pub struct Key {
    pub section: &'static str,
    pub name: &'static str,
    pub kind: Kind,
    /// Where the settings window shows it.
    pub group: Group,
    pub get: fn(&Settings) -> Value,
    pub set: fn(&mut Settings, Value),
}

impl Key {
    /// "section.name".
    pub fn path(&self) -> String {
        format!("{}.{}", self.section, self.name)
    }

    /// What people read for the key: a row's label in the settings window, the name of a
    /// field in its messages (message `config-SECTION-NAME`).
    pub fn label(&self) -> String {
        tr_in("config", &format!("{}-{}", self.section, self.name))
    }

    /// The allowed values in words, for error messages. Names and ids inside stay as the
    /// file writes them.
    pub fn allowed(&self) -> String {
        match self.kind {
            Kind::Duration { min, max } => t!(
                "config-allowed-duration",
                min = super::format_duration(min),
                max = super::format_duration(max)
            ),
            Kind::Count { min, max } => t!("config-allowed-count", min = min, max = max),
            Kind::Bool => t!("config-allowed-bool"),
            Kind::TimeOfDay => t!("config-allowed-time-of-day"),
            Kind::Names { allowed } => t!("config-allowed-names", names = allowed.join(", ")),
            Kind::Ids => t!("config-allowed-ids"),
            Kind::Choice { allowed } => t!("config-allowed-choice", names = allowed.join(", ")),
            Kind::Text => t!("config-allowed-text"),
            Kind::Sources => t!("config-allowed-sources"),
            Kind::Hours => t!("config-allowed-hours"),
        }
    }
}

const fn minutes(m: i64) -> TimeDelta {
    TimeDelta::minutes(m)
}

const TEN_SECONDS: TimeDelta = TimeDelta::seconds(10);

/// One key: its place and range, and the `Settings` field it reads and writes
/// through the `Value` variant of its type.
macro_rules! key {
    ($group:ident, $section:literal, $name:literal, $kind:expr, $variant:ident, $($field:ident).+) => {
        Key {
            section: $section,
            name: $name,
            kind: $kind,
            group: Group::$group,
            get: |s| Value::$variant(s.$($field).+.clone()),
            set: |s, v| {
                if let Value::$variant(x) = v {
                    s.$($field).+ = x
                }
            },
        }
    };
}

const fn duration(min: TimeDelta, max: TimeDelta) -> Kind {
    Kind::Duration { min, max }
}

/// Every key, grouped by section in the order of `config/default.toml`. Each key's label
/// is the message `config-SECTION-NAME` ([`Key::label`]); the keys stay the file's contract.
#[rustfmt::skip]
pub const KEYS: &[Key] = &[
    key!(Move, "movement", "every", duration(TEN_SECONDS, minutes(8 * 60)), Duration, movement.every),
    key!(Move, "movement", "length", duration(TEN_SECONDS, minutes(60)), Duration, movement.length),
    key!(Move, "movement", "snooze", duration(TEN_SECONDS, minutes(120)), Duration, movement.snooze),
    key!(Snoozing, "movement", "max_snoozes", Kind::Count { min: 0, max: 10 }, Count, movement.max_snoozes),
    key!(Snoozing, "movement", "heads_up", duration(TimeDelta::zero(), minutes(10)), Duration, movement.heads_up),
    Key {
        section: "movement",
        name: "insist",
        kind: Kind::Choice { allowed: knotless_core::settings::Insist::NAMES },
        group: Group::Snoozing,
        get: |s| Value::Choice(s.movement.insist.name().to_owned()),
        set: |s, v| {
            if let Value::Choice(name) = v
                && let Some(insist) = knotless_core::settings::Insist::from_name(&name)
            {
                s.movement.insist = insist;
            }
        },
    },
    key!(MicroPauses, "micro_pause", "enabled", Kind::Bool, Bool, micro_pause.enabled),
    key!(MicroPauses, "micro_pause", "every", duration(TEN_SECONDS, minutes(4 * 60)), Duration, micro_pause.every),
    key!(Water, "hydration", "enabled", Kind::Bool, Bool, hydration.enabled),
    key!(Water, "hydration", "every", duration(TEN_SECONDS, minutes(8 * 60)), Duration, hydration.every),
    key!(CheckIns, "checkin", "enabled", Kind::Bool, Bool, checkin.enabled),
    key!(CheckIns, "checkin", "every", duration(TEN_SECONDS, minutes(30 * 24 * 60)), Duration, checkin.every),
    key!(Sound, "sound", "cues", Kind::Bool, Bool, sound.cues),
    key!(Sound, "sound", "volume", Kind::Count { min: 0, max: 100 }, Count, sound.volume),
    key!(Voice, "sound", "voice", Kind::Bool, Bool, sound.voice),
    key!(Away, "presence", "natural_break_after", duration(TEN_SECONDS, minutes(120)), Duration, presence.natural_break_after),
    key!(Desk, "standing", "enabled", Kind::Bool, Bool, standing.enabled),
    key!(Desk, "standing", "every", duration(TEN_SECONDS, minutes(8 * 60)), Duration, standing.every),
    key!(Desk, "standing", "for", duration(TEN_SECONDS, minutes(4 * 60)), Duration, standing.stand_for),
    key!(Desk, "standing", "max", duration(TEN_SECONDS, minutes(8 * 60)), Duration, standing.max),
    key!(Snoozing, "schedule", "merge_within", duration(TimeDelta::zero(), minutes(30)), Duration, schedule.merge_within),
    key!(Snoozing, "schedule", "answer_within", duration(TEN_SECONDS, minutes(60)), Duration, schedule.answer_within),
    key!(Away, "schedule", "morning", Kind::TimeOfDay, TimeOfDay, schedule.morning),
    key!(Busy, "context", "max_sitting", duration(minutes(10), minutes(8 * 60)), Duration, context.max_sitting),
    key!(Busy, "context", "grace", duration(TEN_SECONDS, minutes(30)), Duration, context.grace),
    key!(Busy, "context", "do_not_disturb", Kind::Bool, Bool, context.do_not_disturb),
    key!(Busy, "context", "fullscreen", Kind::Bool, Bool, context.fullscreen),
    key!(Busy, "context", "inhibitors", Kind::Bool, Bool, context.inhibitors),
    key!(Busy, "context", "camera", Kind::Bool, Bool, context.camera),
    Key {
        section: "calendar",
        name: "sources",
        kind: Kind::Sources,
        group: Group::Busy,
        get: |s| Value::Names(s.calendar.sources.clone()),
        set: |s, v| {
            if let Value::Names(sources) = v {
                s.calendar.sources = sources;
            }
        },
    },
    key!(Busy, "calendar", "before", duration(TimeDelta::zero(), minutes(60)), Duration, calendar.before),
    Key {
        section: "calendar",
        name: "me",
        kind: Kind::Text,
        group: Group::Busy,
        get: |s| Value::Text(s.calendar.me.clone()),
        set: |s, v| {
            if let Value::Text(me) = v {
                s.calendar.me = me;
            }
        },
    },
    key!(WorkingHours, "working_hours", "enabled", Kind::Bool, Bool, working_hours.enabled),
    day!("monday", 0),
    day!("tuesday", 1),
    day!("wednesday", 2),
    day!("thursday", 3),
    day!("friday", 4),
    day!("saturday", 5),
    day!("sunday", 6),
    key!(Login, "startup", "autostart", Kind::Bool, Bool, startup.autostart),
    key!(Language, "ui", "language", Kind::Choice { allowed: knotless_i18n::CHOICES }, Choice, ui.language),
    names!(Focus, "suggestions", "focus", Region, suggestions.focus),
    names!(AtHand, "suggestions", "equipment", Equipment, suggestions.equipment),
    names!(Suggestions, "suggestions", "positions", Position, suggestions.positions),
    Key {
        section: "suggestions",
        name: "exclude",
        kind: Kind::Ids,
        group: Group::Suggestions,
        get: |s| Value::Names(s.suggestions.exclude.clone()),
        set: |s, v| {
            if let Value::Names(ids) = v {
                s.suggestions.exclude = ids;
            }
        },
    },
];

/// A weekday's working hours.
macro_rules! day {
    ($name:literal, $index:literal) => {
        Key {
            section: "working_hours",
            name: $name,
            kind: Kind::Hours,
            group: Group::Days,
            get: |s| Value::Hours(s.working_hours.days[$index]),
            set: |s, v| {
                if let Value::Hours(h) = v {
                    s.working_hours.days[$index] = h;
                }
            },
        }
    };
}
use day;

/// A list key over one of the exercise vocabularies ([`Region`], [`Equipment`], …), stored
/// in `Settings` as typed values and written in the file by their names.
macro_rules! names {
    ($group:ident, $section:literal, $name:literal, $ty:ident, $($field:ident).+) => {
        Key {
            section: $section,
            name: $name,
            kind: Kind::Names { allowed: <knotless_exercises::exercise::$ty as strum::VariantNames>::VARIANTS },
            group: Group::$group,
            get: |s| Value::Names(s.$($field).+.iter().map(|x| knotless_exercises::exercise::name_of(x)).collect()),
            set: |s, v| {
                if let Value::Names(names) = v {
                    s.$($field).+ = names
                        .iter()
                        .filter_map(|n| knotless_exercises::exercise::from_name::<knotless_exercises::exercise::$ty>(n))
                        .collect();
                }
            },
        }
    };
}
use names;

/// The section names, in order.
pub fn sections() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = KEYS.iter().map(|k| k.section).collect();
    names.dedup();
    names
}

/// Finds a key by section and name.
pub fn find(section: &str, name: &str) -> Option<&'static Key> {
    KEYS.iter().find(|k| k.section == section && k.name == name)
}

/// The switch a key depends on: it means nothing while that switch is off (the working
/// days while working hours are off, the volume while sound cues are off).
pub fn switch_of(key: &Key) -> Option<&'static Key> {
    match (key.section, key.name) {
        ("sound", "volume") => find("sound", "cues"),
        (_, "enabled") => None,
        (section, _) => find(section, "enabled"),
    }
}

/// The closest of `candidates` to `word`, if close enough to be a likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// Why a value cannot be used for a key. The messages are what `config check` and the
/// settings window show; each says what is allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueError {
    NotADuration(knotless_core::DurationError),
    NoUnit {
        allowed: String,
    },
    NotAList {
        allowed: String,
    },
    Expected {
        allowed: String,
    },
    UnknownName {
        name: String,
        suggestion: Option<String>,
        allowed: String,
    },
    OutOfRange {
        allowed: String,
    },
    Unreadable {
        path: String,
        reason: String,
    },
}

impl std::fmt::Display for ValueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            // The reason is humantime's, in English: it names what it could not read.
            ValueError::NotADuration(reason) => {
                t!("config-value-not-a-duration", reason = reason.to_string())
            }
            ValueError::NoUnit { allowed } => {
                t!("config-value-no-unit", allowed = allowed.as_str())
            }
            ValueError::NotAList { allowed } => {
                t!("config-value-not-a-list", allowed = allowed.as_str())
            }
            ValueError::Expected { allowed } => {
                t!("config-value-expected", allowed = allowed.as_str())
            }
            ValueError::UnknownName {
                name,
                suggestion: Some(suggestion),
                allowed,
            } => t!(
                "config-value-unknown-name-did-you-mean",
                name = name.as_str(),
                suggestion = suggestion.as_str(),
                allowed = allowed.as_str()
            ),
            ValueError::UnknownName {
                name,
                suggestion: None,
                allowed,
            } => t!(
                "config-value-unknown-name",
                name = name.as_str(),
                allowed = allowed.as_str()
            ),
            ValueError::OutOfRange { allowed } => {
                t!("config-value-out-of-range", allowed = allowed.as_str())
            }
            ValueError::Unreadable { path, reason } => t!(
                "config-value-unreadable",
                path = path.as_str(),
                reason = reason.as_str()
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ValueError {}

impl ValueError {
    pub fn expected(key: &Key) -> ValueError {
        ValueError::Expected {
            allowed: key.allowed(),
        }
    }

    pub fn out_of_range(key: &Key) -> ValueError {
        ValueError::OutOfRange {
            allowed: key.allowed(),
        }
    }
}

/// Whether `text` names a calendar a source can be read from: a web address, or an `.ics`
/// file by full path or under `~/`.
pub fn is_source(text: &str) -> bool {
    let text = text.trim();
    is_web_source(text) || text.starts_with('/') || text.starts_with("~/") || text.contains(":\\")
}

/// Whether `text` is a web calendar: an https (or webcal, which means https) address, or
/// plain http to this computer only (a calendar server of one's own, like Radicale, and
/// the tests' server): anything else in the clear would show the secret address.
pub fn is_web_source(text: &str) -> bool {
    let lower = text.trim().to_ascii_lowercase();
    let secure = ["https://", "webcal://"]
        .iter()
        .any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len());
    let loopback = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        .iter()
        .any(|host| {
            lower
                .strip_prefix(host)
                .is_some_and(|rest| rest.starts_with(':') || rest.starts_with('/'))
        });
    secure || loopback
}

/// Checks a value against a key's range; the error says what is allowed.
pub fn check(key: &Key, value: Value) -> Result<Value, ValueError> {
    if let (Kind::Names { allowed }, Value::Names(names)) = (key.kind, &value) {
        if let Some(bad) = names.iter().find(|n| !allowed.contains(&n.as_str())) {
            return Err(ValueError::UnknownName {
                name: bad.clone(),
                suggestion: did_you_mean(bad, allowed.iter().copied()).map(str::to_owned),
                allowed: key.allowed(),
            });
        }
        return Ok(value);
    }
    if let (Kind::Choice { allowed }, Value::Choice(name)) = (key.kind, &value)
        && !allowed.contains(&name.as_str())
    {
        return Err(ValueError::UnknownName {
            name: name.clone(),
            suggestion: did_you_mean(name, allowed.iter().copied()).map(str::to_owned),
            allowed: key.allowed(),
        });
    }
    let ok = match (key.kind, &value) {
        (Kind::Duration { min, max }, Value::Duration(d)) => *d >= min && *d <= max,
        (Kind::Count { min, max }, Value::Count(n)) => *n >= min && *n <= max,
        (Kind::Bool, Value::Bool(_))
        | (Kind::TimeOfDay, Value::TimeOfDay(_))
        | (Kind::Hours, Value::Hours(_))
        | (Kind::Choice { .. }, Value::Choice(_))
        | (Kind::Text, Value::Text(_)) => true,
        (Kind::Sources, Value::Names(sources)) => sources.iter().all(|s| is_source(s)),
        (Kind::Ids, Value::Names(ids)) => ids.iter().all(|id| {
            !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        }),
        _ => false,
    };
    if ok {
        Ok(value)
    } else {
        Err(ValueError::out_of_range(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_a_label_message() {
        let missing: Vec<String> = KEYS
            .iter()
            .map(|k| format!("config-{}-{}", k.section, k.name))
            .filter(|id| !knotless_i18n::has_message(id))
            .collect();
        assert_eq!(missing, Vec::<String>::new());
        assert_eq!(
            find("movement", "every").map(Key::label).as_deref(),
            Some("Remind me to move after")
        );
    }
}
