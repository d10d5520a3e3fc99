//! `knotless plan`: runs the real scheduler over simulated days and prints what would
//! happen, as a timeline (one day, or `--timeline`) or one line per day.

use super::{Context, Failure, settings_for};
use crate::cli::{PlanArgs, Respond};
use crate::config::{Settings, format_duration};
use crate::platform::calendars::{self, Source};
use chrono::{Local, TimeDelta, TimeZone};
use knotless_core::Time;
use knotless_core::calendar::local_date;
use knotless_core::history::{CompletedVia, Event, EventKind};
use knotless_core::humane_secs as secs;
use knotless_core::meetings::{Meeting, MeetingPlan};
use knotless_core::reminder::ReminderKind;
use knotless_core::script::IdleScript;
use knotless_core::settings::Insist;
use knotless_core::simulate::{self, Response};
use knotless_core::stats::day_line;
use knotless_core::stats::{DayStats, daily};
use knotless_i18n::format::{Pattern, format};
use knotless_i18n::t;
use std::io::Write;

pub(super) fn run(args: &PlanArgs, cx: &Context, out: &mut dyn Write) -> Result<(), Failure> {
    let mut settings = settings_for(cx, args.config.as_deref())?;
    let script = match &args.idle_script {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                Failure::Usage(t!(
                    "cli-error-idle-script",
                    path = path.display().to_string(),
                    error = e.to_string()
                ))
            })?;
            IdleScript::parse(&text)
                .map_err(|e| Failure::Usage(format!("{}:{e}", path.display())))?
        }
        None => IdleScript::workday(TimeDelta::minutes((args.hours * 60.0).round() as i64)),
    };
    // A script that stands up plans with a sit-stand desk, whatever the config says.
    let standing_for_script = script.stands() && !settings.standing.enabled;
    settings.standing.enabled |= script.stands();
    let start = args
        .start
        .unwrap_or_else(|| local_date(cx.clock.now(), &Local));
    let days: Vec<_> = (0..args.days)
        .map(|i| script.on(start + TimeDelta::days(i64::from(i)), &Local))
        .collect();
    let response = match args.respond {
        Respond::Take => Response::Take,
        Respond::Snooze => Response::Snooze,
        Respond::Skip => Response::Skip,
        Respond::Ignore => Response::Ignore,
    };
    let meetings = match (days.first(), days.last()) {
        (Some(first), Some(last)) => {
            calendar_meetings(cx, args, &settings, first.start(), last.end)?
        }
        _ => Vec::new(),
    };
    let around = MeetingPlan::new(
        &meetings,
        settings.calendar.before,
        settings.movement.length,
    );
    let run = simulate::run_with_meetings(&settings, &days, response, &around);
    let mut text = String::new();
    text.push_str(&header(&settings, &script, args.days, standing_for_script));
    if !meetings.is_empty() {
        text.push_str(&t!(
            "cli-plan-meetings",
            count = meetings.len(),
            before = format_duration(settings.calendar.before)
        ));
        text.push_str("\n\n");
    }
    let stats = daily(&run.events, &Local);
    if args.days == 1 || args.timeline {
        let items = with_meetings(&run.events, &meetings, &around);
        timeline(&items, &stats, &Local, &mut text);
    } else {
        for day in &stats {
            text.push_str(&day_line(day));
            text.push('\n');
        }
    }
    if args.days > 1 {
        text.push_str(&totals(&stats, args.days));
    }
    out.write_all(text.as_bytes())?;
    Ok(())
}

/// The meetings of `--calendar` files (a file that cannot be read is bad usage) and of the
/// configured calendars (one that cannot be read is a warning) between `from` and `to`.
fn calendar_meetings(
    cx: &Context,
    args: &PlanArgs,
    settings: &Settings,
    from: Time,
    to: Time,
) -> Result<Vec<Meeting>, Failure> {
    let me = Some(settings.calendar.me.as_str()).filter(|m| !m.is_empty());
    let mut found = Vec::new();
    for path in &args.calendar {
        found.extend(
            calendars::read_file(path, from, to, me).map_err(|e| Failure::Usage(e.to_string()))?,
        );
    }
    let home = crate::platform::paths::home_dir();
    let sources: Vec<Source> = settings
        .calendar
        .sources
        .iter()
        .map(|s| Source::from_config(s, home.as_deref()))
        .collect();
    let cache = cx.paths.calendars_dir();
    let (configured, problems) = calendars::read_all(&sources, &cache, from, to, me);
    for problem in problems {
        eprintln!(
            "{}",
            t!("cli-warning-calendar", problem = problem.to_string())
        );
    }
    found.extend(configured);
    found.sort_by_key(|m| m.start);
    Ok(found)
}

/// One line of the timeline: what happened, or a meeting.
enum Item<'a> {
    Event(&'a Event),
    /// A meeting starts (with a note when it runs into the next, one block).
    Meeting(&'a Meeting),
}

impl Item<'_> {
    fn at(&self) -> Time {
        match self {
            Item::Event(e) => e.at,
            Item::Meeting(m) => m.start,
        }
    }
}

/// Events and meeting starts in time order (a meeting before what happens as it starts).
fn with_meetings<'a>(
    events: &'a [Event],
    meetings: &'a [Meeting],
    around: &MeetingPlan,
) -> Vec<(Item<'a>, Option<String>)> {
    let mut items: Vec<(Item<'a>, Option<String>)> = meetings
        .iter()
        .map(|m| {
            let until = clock(m.end);
            let line = if m.summary.is_empty() {
                t!("cli-plan-meeting", time = until)
            } else {
                t!(
                    "cli-plan-meeting-named",
                    time = until,
                    summary = m.summary.as_str()
                )
            };
            (Item::Meeting(m), Some(line))
        })
        .collect();
    for event in events {
        let line = describe(&event.kind).map(|line| match &event.kind {
            EventKind::Deferred { sitting_secs, .. } if around.block_at(event.at).is_some() => {
                t!("cli-plan-meeting-held", sitting = secs(*sitting_secs))
            }
            EventKind::Reminder { kinds, .. } if kinds[0] == ReminderKind::Movement => {
                match around.starting_soon(event.at) {
                    Some(b) => t!(
                        "cli-plan-before-meeting",
                        reminder = line,
                        time = clock(b.start)
                    ),
                    None => line,
                }
            }
            _ => line,
        });
        items.push((Item::Event(event), line));
    }
    items.sort_by_key(|(item, _)| (item.at(), matches!(item, Item::Event(_))));
    items
}

/// A moment's local time of day, as the language writes it.
fn clock(at: Time) -> String {
    format(at.with_timezone(&Local).naive_local(), Pattern::Time)
}

fn header(settings: &Settings, script: &IdleScript, days: u32, for_script: bool) -> String {
    let m = &settings.movement;
    let nudge = |on: bool, every: TimeDelta| {
        if on {
            t!("cli-plan-every", every = format_duration(every))
        } else {
            t!("cli-plan-off")
        }
    };
    let st = &settings.standing;
    let standing = if st.enabled {
        let (stand_for, every, max) = (
            format_duration(st.stand_for),
            format_duration(st.every),
            format_duration(st.max),
        );
        let line = if for_script {
            t!(
                "cli-plan-standing-script",
                stand_for = stand_for,
                every = every,
                max = max
            )
        } else {
            t!(
                "cli-plan-standing",
                stand_for = stand_for,
                every = every,
                max = max
            )
        };
        format!("{line}\n")
    } else {
        String::new()
    };
    let unanswered = match m.insist {
        Insist::Never => t!("cli-plan-insist-never"),
        Insist::Gentle => t!("cli-plan-insist-gentle"),
        Insist::Firm => t!("cli-plan-insist-firm"),
    };
    let (every, length, snooze, heads_up, away) = (
        format_duration(m.every),
        format_duration(m.length),
        format_duration(m.snooze),
        format_duration(m.heads_up),
        format_duration(settings.presence.natural_break_after),
    );
    let micro_pause = nudge(settings.micro_pause.enabled, settings.micro_pause.every);
    let hydration = nudge(settings.hydration.enabled, settings.hydration.every);
    let movement = t!(
        "cli-plan-movement-line",
        every = every,
        length = length,
        snooze = snooze,
        max_snoozes = m.max_snoozes,
        heads_up_secs = knotless_core::whole_secs(m.heads_up),
        heads_up = heads_up,
        unanswered = unanswered,
        micro_pause = micro_pause,
        hydration = hydration,
        away = away
    );
    let title = t!("cli-plan-title", days = days, script = script.describe());
    format!("{title}\n{movement}\n{standing}\n")
}

/// What an event means, in words; `None` for events the timeline leaves out.
fn describe(kind: &EventKind) -> Option<String> {
    let text = match kind {
        EventKind::Reminder {
            kinds,
            sitting_secs,
            snoozed,
            ignored,
            window,
            ..
        } => describe_reminder(kinds, *sitting_secs, *snoozed, *ignored, *window),
        EventKind::Snoozed {
            for_secs,
            snoozes_left,
            ..
        } => indent(t!(
            "cli-plan-snoozed",
            length = secs(*for_secs),
            left = *snoozes_left
        )),
        EventKind::BreakStarted { id: None, .. } => indent(t!("cli-plan-break-asked")),
        EventKind::BreakStarted { .. } => indent(t!("cli-plan-break-started")),
        EventKind::BreakCompleted {
            secs: s,
            via: CompletedVia::Done,
            ..
        } => indent(t!("cli-plan-break-done", length = secs(*s))),
        EventKind::BreakCompleted {
            secs: s,
            via: CompletedVia::Away,
            ..
        } => indent(t!("cli-plan-break-done-away", length = secs(*s))),
        EventKind::BreakSkipped { .. } => indent(t!("cli-plan-skipped")),
        EventKind::BreakAbandoned { .. } => indent(t!("cli-plan-abandoned")),
        EventKind::Missed { .. } => indent(t!("cli-plan-missed")),
        EventKind::Ignored { .. } => indent(t!("cli-plan-ignored")),
        EventKind::HeadsUp { in_secs } => t!("cli-plan-heads-up", left = secs(*in_secs)),
        EventKind::NaturalBreak { away_secs, .. } => {
            t!("cli-plan-natural-break", away = secs(*away_secs))
        }
        EventKind::Sitting { secs: s, .. } => t!("cli-plan-sat", length = secs(*s)),
        EventKind::Paused { for_secs: Some(f) } => t!("cli-plan-paused-for", length = secs(*f)),
        EventKind::Paused { for_secs: None } => t!("cli-plan-paused"),
        EventKind::Resumed { .. } => t!("cli-plan-resumed"),
        EventKind::StoodUp => t!("cli-plan-stood-up"),
        EventKind::SatDown {
            standing_secs,
            auto,
        } if *auto => t!("cli-plan-stand-ended", length = secs(*standing_secs)),
        EventKind::SatDown { standing_secs, .. } => {
            t!("cli-plan-sat-down", length = secs(*standing_secs))
        }
        EventKind::Postponed { for_secs, .. } => {
            indent(t!("cli-plan-later", length = secs(*for_secs)))
        }
        // The simulation suggests no exercises, opens no window and asks for no feedback
        // or check-ins.
        EventKind::Suggested { .. }
        | EventKind::Answered { .. }
        | EventKind::Feedback { .. }
        | EventKind::Checkin { .. }
        | EventKind::Advised { .. } => return None,
        EventKind::Deferred { sitting_secs, .. } => {
            t!("cli-plan-busy", sitting = secs(*sitting_secs))
        }
    };
    Some(text)
}

/// A step of a break, under its reminder in the timeline.
fn indent(line: String) -> String {
    format!("  {line}")
}

/// A reminder in words: its lead kind, whether it is asked again, and the kinds it carries.
fn describe_reminder(
    kinds: &[ReminderKind],
    sitting_secs: u64,
    snoozed: u32,
    ignored: u32,
    window: bool,
) -> String {
    let lead = kinds[0].plan_line(&secs(sitting_secs));
    let lead = match (ignored, window) {
        (0, _) if snoozed > 0 => t!("cli-plan-again", reminder = lead),
        (0, _) => lead,
        (n, false) => t!("cli-plan-again-unanswered", reminder = lead, times = n),
        (n, true) => t!("cli-plan-again-in-window", reminder = lead, times = n),
    };
    let extra: Vec<String> = kinds[1..].iter().map(|k| k.label()).collect();
    if extra.is_empty() {
        lead
    } else {
        t!(
            "cli-plan-with",
            reminder = lead,
            others = extra.join(&t!("cli-plan-with-separator"))
        )
    }
}

fn timeline<Tz: TimeZone>(
    items: &[(Item<'_>, Option<String>)],
    stats: &[DayStats],
    tz: &Tz,
    text: &mut String,
) where
    Tz::Offset: std::fmt::Display,
{
    let mut day = None;
    for (item, line) in items {
        let local = item.at().with_timezone(tz);
        let date = local.date_naive();
        if day != Some(date) {
            if let Some(done) = day.and_then(|d| stats.iter().find(|s| s.date == d)) {
                text.push_str(&format!("  = {}\n\n", day_line(done)));
            }
            day = Some(date);
            text.push_str(&format(local.naive_local(), Pattern::DayLong));
            text.push('\n');
        }
        if let Some(line) = line {
            text.push_str(&format!(
                "  {}  {line}\n",
                format(local.naive_local(), Pattern::Time)
            ));
        }
    }
    if let Some(done) = day.and_then(|d| stats.iter().find(|s| s.date == d)) {
        text.push_str(&format!("  = {}\n", day_line(done)));
    }
}

fn totals(stats: &[DayStats], days: u32) -> String {
    let sum = |f: fn(&DayStats) -> u64| stats.iter().map(f).sum::<u64>();
    let sitting = sum(|d| d.sitting_secs);
    let longest = stats
        .iter()
        .map(|d| d.longest_stretch_secs)
        .max()
        .unwrap_or(0);
    let summary = t!(
        "cli-plan-totals",
        days = days,
        sitting = secs(sitting),
        per_day = secs(sitting / u64::from(days.max(1)) / 60 * 60),
        longest = secs(longest),
        taken = sum(|d| u64::from(d.breaks_taken())),
        skipped = sum(|d| u64::from(d.skipped)),
        missed = sum(|d| u64::from(d.missed))
    );
    format!("\n{summary}\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use knotless_core::reminder::ReminderKind::{Hydration, MicroPause, Movement, Stand};

    /// Every line the timeline writes, one event of each kind it shows.
    fn lines() -> Vec<String> {
        let reminder = |kinds: &[ReminderKind], snoozed, ignored, window| EventKind::Reminder {
            id: 1,
            kinds: kinds.to_vec(),
            sitting_secs: 2400,
            snoozed,
            ignored,
            window,
        };
        let kinds = [
            reminder(&[Movement], 0, 0, false),
            reminder(&[Movement, MicroPause, Hydration], 1, 0, false),
            reminder(&[Movement], 0, 2, false),
            reminder(&[Movement], 0, 3, true),
            reminder(&[Stand], 0, 0, false),
            EventKind::Snoozed {
                id: 1,
                for_secs: 300,
                snoozes_left: 1,
            },
            EventKind::BreakStarted {
                id: None,
                length_secs: 120,
            },
            EventKind::BreakCompleted {
                id: None,
                secs: 120,
                via: CompletedVia::Away,
            },
            EventKind::Missed { id: 1 },
            EventKind::Ignored { id: 1 },
            EventKind::HeadsUp { in_secs: 60 },
            EventKind::NaturalBreak {
                away_secs: 600,
                id: None,
            },
            EventKind::Sitting {
                secs: 2400,
                span_secs: 2400,
            },
            EventKind::Paused { for_secs: None },
            EventKind::SatDown {
                standing_secs: 900,
                auto: true,
            },
            EventKind::Postponed {
                kind: Stand,
                for_secs: 600,
            },
            EventKind::Deferred {
                kinds: vec![Movement],
                sitting_secs: 2400,
            },
        ];
        let mut lines: Vec<String> = kinds.iter().filter_map(describe).collect();
        lines.push(totals(&[], 3));
        lines
    }

    #[test]
    fn every_timeline_line_is_translated() {
        let english = knotless_i18n::with_language("en", lines);
        assert_eq!(
            english[1],
            "movement break due (sitting 40m) again + micro-pause + hydration"
        );
        assert_eq!(
            english[2],
            "movement break due (sitting 40m) again (unanswered twice)"
        );
        let pseudo = knotless_i18n::with_language(knotless_i18n::PSEUDO, lines);
        for (text, original) in pseudo.iter().zip(&english) {
            assert!(
                !knotless_i18n::plain_english_words(original).is_empty(),
                "{original}"
            );
            assert!(
                knotless_i18n::plain_english_words(text).is_empty(),
                "left in English: {:?} in {text:?}",
                knotless_i18n::plain_english_words(text)
            );
        }
    }
}
