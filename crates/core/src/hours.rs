//! Working hours: per weekday, a local time range (which may run past midnight into the next
//! day). Outside them the daemon marks samples `Quiet::OffHours`: no reminders, while the
//! sitting clock keeps running.

use crate::settings::WorkingHours;
use chrono::{Datelike, NaiveDateTime, NaiveTime, TimeDelta};

/// Whether reminders may come at this local time.
pub fn is_open(hours: &WorkingHours, local: NaiveDateTime) -> bool {
    if !hours.enabled {
        return true;
    }
    let today = local.weekday().num_days_from_monday() as usize;
    let time = local.time();
    let open_today = hours.days[today].is_some_and(|(from, to)| match from.cmp(&to) {
        std::cmp::Ordering::Less => time >= from && time < to,
        std::cmp::Ordering::Greater => time >= from,
        std::cmp::Ordering::Equal => true,
    });
    // Yesterday's range that runs past midnight.
    let yesterday = (today + 6) % 7;
    let open_from_yesterday =
        hours.days[yesterday].is_some_and(|(from, to)| from > to && time < to);
    open_today || open_from_yesterday
}

/// The next local time after `local` at which a day's hours begin (within a week).
pub fn next_opening(hours: &WorkingHours, local: NaiveDateTime) -> Option<NaiveDateTime> {
    if !hours.enabled {
        return None;
    }
    (0..=7).find_map(|ahead| {
        let date = local.date() + TimeDelta::days(ahead);
        let day = date.weekday().num_days_from_monday() as usize;
        let (from, _) = hours.days[day]?;
        let start = date.and_time(from);
        (start > local).then_some(start)
    })
}

/// "09:00-17:30" as a range, "off" as none (the config's spelling).
pub fn parse_range(text: &str) -> Option<Option<(NaiveTime, NaiveTime)>> {
    let text = text.trim();
    if text == "off" {
        return Some(None);
    }
    let (from, to) = text.split_once('-')?;
    let time = |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M").ok();
    Some(Some((time(from)?, time(to)?)))
}
