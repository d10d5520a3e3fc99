//! Idle scripts: a day of activity written as text, for `knotless plan --idle-script` and
//! the simulation tests. One line per change, local wall-clock times:
//!
//! ```text
//! 09:00 active      # typing
//! 10:30 reading     # passive: one input every 2 minutes
//! 11:00 meeting     # passive: one input every 4 minutes
//! 12:30 away
//! 13:15 active
//! 15:00 suspend     # laptop lid closed
//! 15:20 active
//! 16:00 standing    # at a sit-stand desk: the activity goes on, standing
//! 16:40 sitting
//! 17:30 end
//! ```
//! A time earlier than the line before it belongs to the next day (a night shift).
//! `standing` and `sitting` change posture, not activity (the user says so, as with
//! `knotless stand`); they need `[standing] enabled`.

use super::calendar::resolve_local;
use super::presence::Posture;
use super::{Time, TimeDelta};
use chrono::{NaiveDate, NaiveTime, TimeZone};
use knotless_i18n::t;

/// What the user is doing during a segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    /// Typing: input all the time.
    Active,
    /// At the desk with occasional input (reading, a call): one input every `input_every`.
    Passive { input_every: TimeDelta },
    /// Away from the computer, screen on.
    Away,
    /// Away with the screen locked.
    Locked,
    /// The machine is asleep: no samples at all.
    Suspended,
}

impl Activity {
    /// Reading: a scroll every couple of minutes.
    pub const READING: Activity = Activity::Passive {
        input_every: TimeDelta::minutes(2),
    };
    /// A call at the desk: a click every few minutes.
    pub const MEETING: Activity = Activity::Passive {
        input_every: TimeDelta::minutes(4),
    };

    /// Words for the timeline, in the language shown.
    pub fn describe(&self) -> String {
        match self {
            Activity::Active => t!("plan-activity-typing"),
            Activity::Passive { input_every } => t!(
                "plan-activity-passive",
                every = super::humane_secs(super::whole_secs(*input_every))
            ),
            Activity::Away => t!("plan-activity-away"),
            Activity::Locked => t!("plan-activity-locked"),
            Activity::Suspended => t!("plan-activity-asleep"),
        }
    }
}

/// One line of a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Line {
    Do(Activity),
    Take(Posture),
    End,
}

/// A parsed script: changes in order, as (days after the first, local time, line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdleScript {
    changes: Vec<(u32, NaiveTime, Line)>,
}

/// A script line that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ScriptError {
    pub line: usize,
    pub message: String,
}

/// One day of a script placed on the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day {
    pub segments: Vec<(Time, Activity)>,
    /// Posture changes, in order (the day starts sitting).
    pub postures: Vec<(Time, Posture)>,
    pub end: Time,
}

impl Day {
    /// When the day starts.
    pub fn start(&self) -> Time {
        self.segments.first().map_or(self.end, |s| s.0)
    }

    /// The activity at `t` and when it changes next (or the day ends).
    pub fn at(&self, t: Time) -> (Activity, Time) {
        let i = self
            .segments
            .partition_point(|s| s.0 <= t)
            .saturating_sub(1);
        let next = self.segments.get(i + 1).map_or(self.end, |s| s.0);
        (
            self.segments.get(i).map_or(Activity::Suspended, |s| s.1),
            next,
        )
    }
}

/// Why an activity word (and its interval) cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum ActivityError {
    #[error("`{0}` is not an input interval of 10s or more (like \"3m\")")]
    Interval(String),
    #[error(
        "unknown activity `{0}`; use active, reading, meeting, passive [EVERY], away, locked, suspend, standing, sitting or end"
    )]
    Unknown(String),
    #[error("unexpected `{0}` after the activity")]
    Unexpected(String),
}

fn parse_line(words: &[&str]) -> Result<Line, ActivityError> {
    let every = |default: TimeDelta| -> Result<TimeDelta, ActivityError> {
        match words.get(1) {
            None => Ok(default),
            Some(w) => crate::parse_duration(w)
                .ok()
                .filter(|d| *d >= TimeDelta::seconds(10))
                .ok_or_else(|| ActivityError::Interval((*w).to_owned())),
        }
    };
    let activity = match words[0] {
        "active" | "typing" => Activity::Active,
        "passive" | "reading" => Activity::Passive {
            input_every: every(TimeDelta::minutes(2))?,
        },
        "meeting" | "call" => Activity::Passive {
            input_every: every(TimeDelta::minutes(4))?,
        },
        "away" | "lunch" => Activity::Away,
        "locked" => Activity::Locked,
        "suspend" | "suspended" | "asleep" => Activity::Suspended,
        "end" | "standing" | "sitting" => {
            if let Some(extra) = words.get(1) {
                return Err(ActivityError::Unexpected((*extra).to_owned()));
            }
            return Ok(match words[0] {
                "standing" => Line::Take(Posture::Standing),
                "sitting" => Line::Take(Posture::Sitting),
                _ => Line::End,
            });
        }
        other => return Err(ActivityError::Unknown(other.to_owned())),
    };
    let takes_interval = matches!(activity, Activity::Passive { .. });
    if words.len() > 1 + usize::from(takes_interval) {
        return Err(ActivityError::Unexpected(
            words[1 + usize::from(takes_interval)].to_owned(),
        ));
    }
    Ok(Line::Do(activity))
}

impl IdleScript {
    /// Reads a script; errors name the line.
    pub fn parse(text: &str) -> Result<IdleScript, ScriptError> {
        let mut changes = Vec::new();
        let mut day = 0;
        let mut previous: Option<NaiveTime> = None;
        for (index, raw) in text.lines().enumerate() {
            let line = index + 1;
            let err = |message: String| ScriptError { line, message };
            let content = raw.split('#').next().unwrap_or("").trim();
            if content.is_empty() {
                continue;
            }
            if changes
                .last()
                .is_some_and(|c: &(u32, NaiveTime, Line)| c.2 == Line::End)
            {
                return Err(err("nothing may follow `end`".into()));
            }
            let words: Vec<&str> = content.split_whitespace().collect();
            let time = NaiveTime::parse_from_str(words[0], "%H:%M")
                .map_err(|_| err(format!("`{}` is not a time like 09:30", words[0])))?;
            if words.len() < 2 {
                return Err(err(
                    "a time needs an activity after it, like `09:00 active`".into(),
                ));
            }
            let activity = parse_line(&words[1..]).map_err(|e| err(e.to_string()))?;
            if matches!(activity, Line::Take(_))
                && !changes
                    .iter()
                    .any(|c: &(u32, NaiveTime, Line)| matches!(c.2, Line::Do(_)))
            {
                return Err(err(
                    "a posture line needs an activity before it, like `09:00 active`".into(),
                ));
            }
            if previous.is_some_and(|p| time < p) {
                day += 1;
            } else if previous == Some(time) {
                return Err(err(format!(
                    "{} repeats the time of the line before",
                    words[0]
                )));
            }
            previous = Some(time);
            changes.push((day, time, activity));
        }
        match changes.last() {
            None => Err(ScriptError {
                line: 1,
                message: "the script is empty".into(),
            }),
            Some((_, _, Line::Do(_) | Line::Take(_))) => Err(ScriptError {
                line: text.lines().count(),
                message: "the script must finish with a line like `17:30 end`".into(),
            }),
            Some(_) if changes.len() < 2 => Err(ScriptError {
                line: 1,
                message: "the script has no activity before `end`".into(),
            }),
            Some(_) => Ok(IdleScript { changes }),
        }
    }

    /// The default day: steady typing from 09:00 for `hours` of work, with a 45-minute
    /// lunch away in the middle when the day is five hours or longer.
    pub fn workday(hours: TimeDelta) -> IdleScript {
        let start = NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN);
        let mut changes = vec![(0, start, Line::Do(Activity::Active))];
        let mut t = start;
        let mut day = 0;
        let mut push = |t: &mut NaiveTime, d: TimeDelta, activity: Line| {
            let (next, wrapped) = t.overflowing_add_signed(d);
            day += u32::from(wrapped != 0);
            *t = next;
            changes.push((day, next, activity));
        };
        if hours >= TimeDelta::hours(5) {
            let morning = TimeDelta::minutes((hours.num_minutes() / 2 / 15) * 15);
            push(&mut t, morning, Line::Do(Activity::Away));
            push(&mut t, TimeDelta::minutes(45), Line::Do(Activity::Active));
            push(&mut t, hours - morning, Line::End);
        } else {
            push(&mut t, hours, Line::End);
        }
        IdleScript { changes }
    }

    /// The script placed on local `date` in `tz`.
    pub fn on<Tz: TimeZone>(&self, date: NaiveDate, tz: &Tz) -> Day {
        let place = |(day, time, _): &(u32, NaiveTime, Line)| {
            let date = date
                .checked_add_days(chrono::Days::new(u64::from(*day)))
                .unwrap_or(date);
            resolve_local(tz, date, *time)
        };
        let segments = self
            .changes
            .iter()
            .filter_map(|c| match c.2 {
                Line::Do(activity) => Some((place(c), activity)),
                _ => None,
            })
            .collect();
        let postures = self
            .changes
            .iter()
            .filter_map(|c| match c.2 {
                Line::Take(posture) => Some((place(c), posture)),
                _ => None,
            })
            .collect();
        let end = self.changes.last().map(place).unwrap_or_default();
        Day {
            segments,
            postures,
            end,
        }
    }

    /// Whether the script stands up at some point.
    pub fn stands(&self) -> bool {
        self.changes
            .iter()
            .any(|c| c.2 == Line::Take(Posture::Standing))
    }

    /// A one-line description, for the timeline header.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        let activities: Vec<_> = self
            .changes
            .iter()
            .filter(|c| !matches!(c.2, Line::Take(_)))
            .collect();
        for pair in activities.windows(2) {
            if let (Line::Do(activity), next) = (pair[0].2, pair[1].1) {
                parts.push(t!(
                    "plan-span",
                    activity = activity.describe(),
                    from = clock(pair[0].1),
                    to = clock(next)
                ));
            }
        }
        let stands: Vec<String> = self
            .changes
            .iter()
            .filter_map(|c| match c.2 {
                Line::Take(p) => {
                    let mut args = knotless_i18n::FluentArgs::new();
                    args.set("at", clock(c.1));
                    Some(knotless_i18n::tr_in_with("plan-posture", p.name(), &args))
                }
                _ => None,
            })
            .collect();
        let list = t!("plan-list-separator");
        let text = parts.join(&list);
        if stands.is_empty() {
            text
        } else {
            t!(
                "plan-with-postures",
                day = text,
                postures = stands.join(&list)
            )
        }
    }
}

/// A script's time of day as the language writes it.
fn clock(t: NaiveTime) -> String {
    knotless_i18n::format::format(
        chrono::NaiveDate::default().and_time(t),
        knotless_i18n::format::Pattern::Time,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_line() {
        let e = IdleScript::parse("09:00 active\n\n10:00 dancing\n11:00 end\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains("unknown activity `dancing`"), "{e}");
        assert_eq!(IdleScript::parse("09:00 active\n").unwrap_err().line, 1);
        assert!(
            IdleScript::parse("09:00 passive 2s\n10:00 end")
                .unwrap_err()
                .message
                .contains("`2s`")
        );
    }

    #[test]
    fn default_workday_has_lunch_in_the_middle() {
        let day = IdleScript::workday(TimeDelta::hours(8));
        assert_eq!(
            day.describe(),
            "typing 09:00–13:00, away 13:00–13:45, typing 13:45–17:45"
        );
    }
}
