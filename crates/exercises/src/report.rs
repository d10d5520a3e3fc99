//! `knotless report`: a plain-text summary of the last days to take to a physical therapist:
//! how each area felt over time (from check-ins), the warning signs reported, what was tried
//! and what helped. Pure: events in, text out. It describes; it never diagnoses.

use super::body;
use super::calendar::local_date;
use super::exercise::Region;
use super::history::{Event, EventKind, Feeling};
use super::stats::{completed, daily};
use super::{Time, TimeDelta, humane_secs};
use chrono::TimeZone;
use std::collections::BTreeMap;
use std::fmt::Write;

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
    let _ = writeln!(out, "knotless report: {first} to {last} ({days} days)");
    out.push_str(
        "Your own check-ins and breaks, to bring to a physical therapist. knotless gives \
         general suggestions; it does not diagnose.\n",
    );
    areas(&mut out, &within, now);
    warnings(&mut out, &within, tz);
    tried(&mut out, &within, &title_of);
    totals(&mut out, &within, tz);
    out.push_str(
        "\nKnots may not go away overnight. If you are prone to them, a check-in with a \
         physical therapist now and then helps catch what keeps bringing them back.\n",
    );
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
        out.push_str("No check-ins in this time.\n");
        return;
    }
    let _ = writeln!(
        out,
        "How the areas felt (discomfort 0-10, {count} check-in{}; first week -> last week, trend \
         over the last two weeks):",
        if count == 1 { "" } else { "s" }
    );
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
        let show = |m: Option<f64>| m.map_or_else(|| "   -".to_owned(), |m| format!("{m:>4.1}"));
        let first_week = mean(start, start + week);
        let last_week = mean(now - week, now + TimeDelta::seconds(1));
        let trend = body::trend(events, *region, now);
        let stuck = body::not_improving(events, *region, now);
        let _ = writeln!(
            out,
            "  {:<20} {} -> {}   {}{}",
            region.label(),
            show(first_week),
            show(last_week),
            trend.label(),
            if stuck {
                ": worth seeing a physical therapist"
            } else {
                ""
            }
        );
    }
}

fn warnings<Tz: TimeZone>(out: &mut String, events: &[Event], tz: &Tz) {
    let mut lines = Vec::new();
    for e in events {
        if let EventKind::Checkin { areas } = &e.kind {
            for a in areas {
                let what = match super::body::sign_of(a) {
                    Some(super::body::Sign::Severe(score)) => format!("pain rated {score} of 10"),
                    Some(_) => "numbness, tingling, swelling or limiting pain".to_owned(),
                    None => continue,
                };
                lines.push(format!(
                    "  {}  {}: {what}",
                    local_date(e.at, tz),
                    a.region.label()
                ));
            }
        }
    }
    if !lines.is_empty() {
        out.push_str(
            "\nWarning signs reported (from then on, knotless suggested nothing that loads the \
             area until a check-in said it was fine again):\n",
        );
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
        out.push_str("No completed breaks in this time.\n");
        return;
    }
    let name = |id: &str| title_of(id).map_or_else(|| id.to_owned(), str::to_owned);
    let mut rows: Vec<(String, &Tried)> = by.iter().map(|(id, t)| (name(id), t)).collect();
    rows.sort_by(|a, b| b.1.done.cmp(&a.1.done).then_with(|| a.0.cmp(&b.0)));
    out.push_str("What you did (completed breaks, and how they felt):\n");
    for (title, t) in &rows {
        let _ = writeln!(
            out,
            "  {:<34} {:>3}×   better {} · same {} · worse {}",
            title, t.done, t.better, t.same, t.worse
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
            "What helped most: {title} ({} of {answered} answers: better).",
            t.better
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
            "Felt worse more often than better: {}.",
            worse.join(", ")
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
        "\nBreaks: {} completed, {} natural, {} skipped, {} missed. Sitting {} in all, longest \
         stretch {}.",
        sum(|d| d.completed),
        sum(|d| d.natural),
        sum(|d| d.skipped),
        sum(|d| d.missed),
        humane_secs(sitting),
        humane_secs(longest)
    );
    if standing > 0 {
        let _ = writeln!(
            out,
            "Standing at a sit-stand desk: {} in all. Per day:",
            humane_secs(standing)
        );
        for d in days.iter().filter(|d| d.sitting_secs + d.standing_secs > 0) {
            let _ = writeln!(
                out,
                "  {}  sitting {:>7} · standing {:>7}",
                d.date.format("%a %d %b"),
                humane_secs(d.sitting_secs),
                humane_secs(d.standing_secs)
            );
        }
    }
}
