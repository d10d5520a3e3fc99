//! `knotless stats --text`: the last days from history, one line each.

use super::history::read_history;
use super::{Context, Failure};
use crate::cli::StatsArgs;
use crate::core::Time;
use crate::core::calendar::local_date;
use crate::core::history::Event;
use crate::core::humane_secs as secs;
use crate::core::stats::{DayStats, daily};
use chrono::{Local, TimeDelta};
use std::io::Write;

pub(super) fn run(args: &StatsArgs, cx: &Context, out: &mut dyn Write) -> Result<(), Failure> {
    let events = read_history(cx)?.events();
    let days = last_days(&events, cx.clock.now(), args.days);
    if days.is_empty() {
        writeln!(out, "No history in the last {} days yet.", args.days)?;
        return Ok(());
    }
    for day in &days {
        writeln!(out, "{}", day_line(day))?;
    }
    Ok(())
}

/// Statistics of the local days among the last `days` up to today that have history.
pub(crate) fn last_days(events: &[Event], now: Time, days: u32) -> Vec<DayStats> {
    let today = local_date(now, &Local);
    let first = today - TimeDelta::days(i64::from(days) - 1);
    daily(events, &Local)
        .into_iter()
        .filter(|d| d.date >= first && d.date <= today)
        .collect()
}

/// One day in a line: "Mon 23 Nov  sitting 6h 10m · longest 40m · breaks 9 taken (...)".
pub(crate) fn day_line(day: &DayStats) -> String {
    format!(
        "{}  sitting {:>7} · longest {:>6} · breaks {} taken ({} done, {} natural) · {} snoozed · {} skipped · {} missed",
        day.date.format("%a %d %b"),
        secs(day.sitting_secs),
        secs(day.longest_stretch_secs),
        day.breaks_taken(),
        day.completed,
        day.natural,
        day.snoozed,
        day.skipped,
        day.missed,
    )
}
