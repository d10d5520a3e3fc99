//! Statistics from history events, per local day: sitting time, the longest sitting
//! stretch and breaks by outcome; and which body regions the breaks moved. Pure: events and
//! a time zone in, numbers out.

use super::Time;
use super::calendar::{day_start, local_date};
use super::history::{Event, EventKind};
use super::humane_secs;
use super::reminder::ReminderKind;
use super::vocabulary::Region;
use chrono::{NaiveDate, NaiveTime, TimeDelta, TimeZone};
use knotless_i18n::format::{Pattern, format};
use knotless_i18n::{FluentArgs, tr_in_with};
use serde::Serialize;
use std::collections::BTreeMap;

/// One local day in numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DayStats {
    pub date: NaiveDate,
    /// Sitting time that fell on this day (a stretch over midnight is split by wall time).
    pub sitting_secs: u64,
    /// Standing time at a sit-stand desk that fell on this day (split like sitting).
    pub standing_secs: u64,
    /// The longest stretch that ended on this day.
    pub longest_stretch_secs: u64,
    /// Reminders shown (a snoozed one counts each time it comes back).
    pub reminders: u32,
    pub completed: u32,
    pub natural: u32,
    pub skipped: u32,
    pub snoozed: u32,
    pub missed: u32,
    pub abandoned: u32,
}

impl DayStats {
    /// Breaks actually taken: completed plus natural.
    pub fn breaks_taken(&self) -> u32 {
        self.completed + self.natural
    }
}

/// Per-day statistics for every local day that has events, oldest first.
pub fn daily<Tz: TimeZone>(events: &[Event], tz: &Tz) -> Vec<DayStats> {
    let mut days: BTreeMap<NaiveDate, DayStats> = BTreeMap::new();
    for event in events {
        let date = local_date(event.at, tz);
        match event.kind {
            EventKind::Sitting { secs, span_secs } => {
                for (date, share) in split_by_day(event.at, span_secs, secs, tz) {
                    day(&mut days, date).sitting_secs += share;
                }
                let d = day(&mut days, date);
                d.longest_stretch_secs = d.longest_stretch_secs.max(secs);
            }
            EventKind::SatDown { standing_secs, .. } => {
                for (date, share) in split_by_day(event.at, standing_secs, standing_secs, tz) {
                    day(&mut days, date).standing_secs += share;
                }
            }
            EventKind::Reminder { ref kinds, .. }
                if kinds.first() == Some(&ReminderKind::Movement) =>
            {
                day(&mut days, date).reminders += 1
            }
            EventKind::BreakCompleted { .. } => day(&mut days, date).completed += 1,
            EventKind::NaturalBreak { .. } => day(&mut days, date).natural += 1,
            EventKind::BreakSkipped { .. } => day(&mut days, date).skipped += 1,
            EventKind::Snoozed { .. } => day(&mut days, date).snoozed += 1,
            EventKind::Missed { .. } => day(&mut days, date).missed += 1,
            EventKind::BreakAbandoned { .. } => day(&mut days, date).abandoned += 1,
            _ => {}
        }
    }
    days.into_values().collect()
}

/// How many completed breaks worked each body region since `since` (each break's exercise
/// as [`completed`] finds it); `regions_of` looks an exercise up.
pub fn regions_moved<'a>(
    events: &[Event],
    since: Time,
    regions_of: impl Fn(&str) -> Option<&'a [Region]>,
) -> BTreeMap<Region, u32> {
    let mut moved = BTreeMap::new();
    for (id, _) in completed(events).filter(|(_, at)| *at >= since) {
        for region in regions_of(id).unwrap_or_default() {
            *moved.entry(*region).or_insert(0) += 1;
        }
    }
    moved
}

/// Each completed break with its exercise and time. A break's exercise is the one last
/// suggested before it ended (the window records a switch to another suggestion as a new
/// `suggested` event).
pub fn completed(events: &[Event]) -> impl Iterator<Item = (&str, Time)> {
    let mut current: Option<&str> = None;
    events.iter().filter_map(move |e| match &e.kind {
        EventKind::Suggested { exercise, .. } => {
            current = Some(exercise);
            None
        }
        EventKind::BreakCompleted { .. } => current.map(|id| (id, e.at)),
        _ => None,
    })
}

/// One day in a line: "Mon 23 Nov  sitting 6h 10m · longest 40m · breaks 9 taken (...)",
/// with "standing 1h 5m" after the sitting time on a day with standing.
pub fn day_line(day: &DayStats) -> String {
    // Durations padded to a width, so the lines of several days line up in columns.
    let padded = |secs: u64, width: usize| format!("{:>width$}", humane_secs(secs));
    let mut args = FluentArgs::new();
    let date = format(day.date.and_time(NaiveTime::MIN), Pattern::Day);
    args.set("date", date);
    args.set("sitting", padded(day.sitting_secs, 7));
    args.set("standing", padded(day.standing_secs, 7));
    args.set("longest", padded(day.longest_stretch_secs, 6));
    for (name, count) in [
        ("taken", day.breaks_taken()),
        ("done", day.completed),
        ("natural", day.natural),
        ("snoozed", day.snoozed),
        ("skipped", day.skipped),
        ("missed", day.missed),
    ] {
        args.set(name, count);
    }
    // Messages stats-day-line and stats-day-line-standing.
    let line = if day.standing_secs > 0 {
        "line-standing"
    } else {
        "line"
    };
    tr_in_with("stats-day", line, &args)
}

fn day(days: &mut BTreeMap<NaiveDate, DayStats>, date: NaiveDate) -> &mut DayStats {
    days.entry(date).or_insert_with(|| DayStats {
        date,
        ..DayStats::default()
    })
}

/// Splits `secs` of sitting within the wall span ending at `end` over the local days it
/// touches, in proportion to wall time; the shares add up to `secs` exactly.
fn split_by_day<Tz: TimeZone>(
    end: Time,
    span_secs: u64,
    secs: u64,
    tz: &Tz,
) -> Vec<(NaiveDate, u64)> {
    let span = TimeDelta::seconds(i64::try_from(span_secs).unwrap_or(i64::MAX / 2));
    let start = end - span;
    let (first, last) = (local_date(start, tz), local_date(end, tz));
    if first == last || span_secs == 0 {
        return vec![(last, secs)];
    }
    let mut shares = Vec::new();
    let mut given = 0;
    let mut date = first;
    while date < last {
        let next = date.succ_opt().unwrap_or(last);
        let from = day_start(tz, date).max(start);
        let to = day_start(tz, next).min(end);
        let wall = u64::try_from((to - from).num_seconds()).unwrap_or(0);
        let share =
            u64::try_from(u128::from(secs) * u128::from(wall) / u128::from(span_secs)).unwrap_or(0);
        shares.push((date, share));
        given += share;
        date = next;
    }
    shares.push((last, secs.saturating_sub(given)));
    shares
}

/// Statistics of the local days among the last `days` up to today (in `tz`) that have
/// history.
pub fn last_days<Tz: TimeZone>(events: &[Event], now: Time, tz: &Tz, days: u32) -> Vec<DayStats> {
    let today = local_date(now, tz);
    let first = today - TimeDelta::days(i64::from(days) - 1);
    daily(events, tz)
        .into_iter()
        .filter(|d| d.date >= first && d.date <= today)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{FixedOffset, Utc};

    #[test]
    fn a_stretch_over_midnight_is_split_by_wall_time() {
        let tz = FixedOffset::east_opt(0).unwrap();
        let end = Utc.with_ymd_and_hms(2026, 1, 2, 1, 0, 0).unwrap();
        let events = [Event {
            at: end,
            kind: EventKind::Sitting {
                secs: 3600,
                span_secs: 7200,
            },
        }];
        let days = daily(&events, &tz);
        assert_eq!(
            days.iter().map(|d| d.sitting_secs).collect::<Vec<_>>(),
            vec![1800, 1800]
        );
        assert_eq!(days[1].longest_stretch_secs, 3600);
    }

    #[test]
    fn a_break_moves_the_regions_of_the_exercise_suggested_last() {
        let t0 = Utc.with_ymd_and_hms(2026, 1, 5, 9, 0, 0).unwrap();
        let at = |min| t0 + TimeDelta::minutes(min);
        let suggested = |min, exercise: &str| Event {
            at: at(min),
            kind: EventKind::Suggested {
                id: None,
                exercise: exercise.into(),
            },
        };
        let done = |min| Event {
            at: at(min),
            kind: EventKind::BreakCompleted {
                id: None,
                secs: 120,
                via: Default::default(),
            },
        };
        let events = [
            suggested(0, "neck-roll"),
            done(2),
            suggested(40, "neck-roll"),
            // "Another suggestion" in the window.
            suggested(41, "wall-ball"),
            done(43),
            suggested(80, "unknown-one"),
            done(82),
        ];
        let neck = [Region::Neck];
        let ball = [Region::UpperBack, Region::Shoulders];
        let lookup = |id: &str| match id {
            "neck-roll" => Some(&neck[..]),
            "wall-ball" => Some(&ball[..]),
            _ => None,
        };
        let all = regions_moved(&events, t0, lookup);
        assert_eq!(
            all.into_iter().collect::<Vec<_>>(),
            [
                (Region::Neck, 1),
                (Region::Shoulders, 1),
                (Region::UpperBack, 1)
            ]
        );
        let later = regions_moved(&events, at(10), lookup);
        assert_eq!(later.get(&Region::Neck), None, "before `since`");
    }
}
