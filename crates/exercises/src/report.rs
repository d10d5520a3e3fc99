//! `knotless report`: a plain-text summary of the last days to take to a physical therapist:
//! how each area felt over time (from check-ins), the warning signs reported, what was tried
//! and what helped. Pure: events in, text out. It describes; it never diagnoses.

use super::body;
use super::calendar::local_date;
use super::exercise::Region;
use super::history::{Event, EventKind, Feeling};
use super::stats::{completed, daily};
use super::{Time, TimeDelta, humane_secs};
use chrono::{NaiveDate, TimeZone};
use knotless_i18n::format::{Pattern, format};
use knotless_i18n::t;
use std::collections::BTreeMap;
use std::fmt::Write;

/// `day` as the language writes a date alone ("2026-11-30").
fn date(day: NaiveDate) -> String {
    format(day.and_time(chrono::NaiveTime::MIN), Pattern::Date)
}

/// The report over the `days` local days up to `now`. `title_of` names an exercise.
pub fn report<'a, Tz: TimeZone>(
    events: &[Event],
    now: Time,
    tz: &Tz,
    days: u32,
    title_of: impl Fn(&str) -> Option<&'a str>,
) -> String {
    let days = i64::from(days.max(1));
    let last = local_date(now, tz);
    let first = last - TimeDelta::days(days - 1);
    let since = now - TimeDelta::days(days);
    let within: Vec<Event> = events
        .iter()
        .filter(|e| e.at > since && e.at <= now)
        .cloned()
        .collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        t!(
            "report-heading",
            first = date(first),
            last = date(last),
            days = days
        )
    );
    let _ = writeln!(out, "{}", t!("report-intro"));
    areas(&mut out, &within, now);
    warnings(&mut out, &within, tz);
    tried(&mut out, &within, &title_of);
    totals(&mut out, &within, tz);
    let _ = writeln!(out, "\n{}", t!("report-closing"));
    out
}

fn areas(out: &mut String, events: &[Event], now: Time) {
    let mut scores: BTreeMap<Region, Vec<(Time, u8)>> = BTreeMap::new();
    let mut count = 0;
    for e in events {
        if let EventKind::Checkin { areas } = &e.kind {
            count += 1;
            for a in areas {
                scores.entry(a.region).or_default().push((e.at, a.score));
            }
        }
    }
    out.push('\n');
    if scores.is_empty() {
        let _ = writeln!(out, "{}", t!("report-no-checkins"));
        return;
    }
    let _ = writeln!(out, "{}", t!("report-areas-heading", count = count));
    let week = TimeDelta::days(7);
    let start = events.first().map_or(now, |e| e.at);
    for (region, points) in &scores {
        let mean = |from: Time, to: Time| {
            let s: Vec<f64> = points
                .iter()
                .filter(|(at, _)| *at >= from && *at < to)
                .map(|(_, s)| f64::from(*s))
                .collect();
            (!s.is_empty()).then(|| s.iter().sum::<f64>() / s.len() as f64)
        };
        let show = |m: Option<f64>| {
            m.map_or_else(
                || "   -".to_owned(),
                |m| format!("{:>4}", knotless_i18n::format::decimal(m, 1)),
            )
        };
        let first_week = mean(start, start + week);
        let last_week = mean(now - week, now + TimeDelta::seconds(1));
        let trend = body::trend(events, *region, now);
        let stuck = body::not_improving(events, *region, now);
        let trend = if stuck {
            t!("report-trend-stuck", trend = trend.label())
        } else {
            trend.label()
        };
        // A table's row: the columns line up in any language, so no sentence is built here.
        let _ = writeln!(
            out,
            "  {:<20} {} -> {}   {trend}",
            region.label(),
            show(first_week),
            show(last_week),
        );
    }
}

fn warnings<Tz: TimeZone>(out: &mut String, events: &[Event], tz: &Tz) {
    let mut lines = Vec::new();
    for e in events {
        if let EventKind::Checkin { areas } = &e.kind {
            for a in areas {
                let what = match super::body::sign_of(a) {
                    Some(super::body::Sign::Severe(score)) => {
                        t!("report-sign-severe", score = score)
                    }
                    Some(_) => t!("report-sign-warning"),
                    None => continue,
                };
                lines.push(format!(
                    "  {}  {}",
                    date(local_date(e.at, tz)),
                    t!("report-sign", area = a.region.label(), what = what)
                ));
            }
        }
    }
    if !lines.is_empty() {
        let _ = writeln!(out, "\n{}", t!("report-signs-heading"));
        for line in lines {
            out.push_str(&line);
            out.push('\n');
        }
    }
}

#[derive(Default)]
struct Tried {
    done: u32,
    better: u32,
    same: u32,
    worse: u32,
}

fn tried<'a>(out: &mut String, events: &[Event], title_of: &impl Fn(&str) -> Option<&'a str>) {
    let mut by: BTreeMap<String, Tried> = BTreeMap::new();
    for (id, _) in completed(events) {
        by.entry(id.to_owned()).or_default().done += 1;
    }
    for e in events {
        if let EventKind::Feedback { exercise, feeling } = &e.kind {
            let t = by.entry(exercise.clone()).or_default();
            match feeling {
                Feeling::Better => t.better += 1,
                Feeling::Same => t.same += 1,
                Feeling::Worse => t.worse += 1,
            }
        }
    }
    out.push('\n');
    if by.is_empty() {
        let _ = writeln!(out, "{}", t!("report-no-breaks"));
        return;
    }
    let name = |id: &str| title_of(id).map_or_else(|| id.to_owned(), str::to_owned);
    let mut rows: Vec<(String, &Tried)> = by.iter().map(|(id, t)| (name(id), t)).collect();
    rows.sort_by(|a, b| b.1.done.cmp(&a.1.done).then_with(|| a.0.cmp(&b.0)));
    let _ = writeln!(out, "{}", t!("report-tried-heading"));
    for (title, t) in &rows {
        let _ = writeln!(
            out,
            "  {:<34} {:>3}×   {}",
            title,
            t.done,
            t!(
                "report-tried-feelings",
                better = t.better,
                same = t.same,
                worse = t.worse
            )
        );
    }
    let best = rows.iter().filter(|(_, t)| t.better > 0).max_by(|a, b| {
        a.1.better
            .cmp(&b.1.better)
            .then(a.1.done.cmp(&b.1.done))
            .then_with(|| b.0.cmp(&a.0))
    });
    if let Some((title, t)) = best {
        let answered = t.better + t.same + t.worse;
        let _ = writeln!(
            out,
            "{}",
            t!(
                "report-helped-most",
                title = title.as_str(),
                better = t.better,
                answered = answered
            )
        );
    }
    let worse: Vec<&str> = rows
        .iter()
        .filter(|(_, t)| t.worse > t.better)
        .map(|(title, _)| title.as_str())
        .collect();
    if !worse.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            t!("report-felt-worse", titles = worse.join(", "))
        );
    }
}

fn totals<Tz: TimeZone>(out: &mut String, events: &[Event], tz: &Tz) {
    let days = daily(events, tz);
    let sum = |f: fn(&super::stats::DayStats) -> u32| days.iter().map(f).sum::<u32>();
    let sitting: u64 = days.iter().map(|d| d.sitting_secs).sum();
    let standing: u64 = days.iter().map(|d| d.standing_secs).sum();
    let longest = days
        .iter()
        .map(|d| d.longest_stretch_secs)
        .max()
        .unwrap_or(0);
    let _ = writeln!(
        out,
        "\n{}",
        t!(
            "report-totals",
            completed = sum(|d| d.completed),
            natural = sum(|d| d.natural),
            skipped = sum(|d| d.skipped),
            missed = sum(|d| d.missed),
            sitting = humane_secs(sitting),
            longest = humane_secs(longest)
        )
    );
    if standing > 0 {
        let _ = writeln!(
            out,
            "{}",
            t!("report-standing", standing = humane_secs(standing))
        );
        for d in days.iter().filter(|d| d.sitting_secs + d.standing_secs > 0) {
            let _ = writeln!(
                out,
                "  {}  {}",
                format(d.date.and_time(chrono::NaiveTime::MIN), Pattern::Day),
                t!(
                    "report-standing-day",
                    sitting = format!("{:>7}", humane_secs(d.sitting_secs)),
                    standing = format!("{:>7}", humane_secs(d.standing_secs))
                )
            );
        }
    }
}
