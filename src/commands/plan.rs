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
use std::io::Write;

pub(super) fn run(args: &PlanArgs, cx: &Context, out: &mut dyn Write) -> Result<(), Failure> {
    let mut settings = settings_for(cx, args.config.as_deref())?;
    let script = match &args.idle_script {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                Failure::Usage(format!("cannot read idle script {}: {e}", path.display()))
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
        text.push_str(&format!(
            "{} meeting{} from the calendar: no reminder during them; a break due within {} of one is offered before it.\n\n",
            meetings.len(),
            if meetings.len() == 1 { "" } else { "s" },
            format_duration(settings.calendar.before),
        ));
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
        eprintln!("warning: calendar {problem}");
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
            let line = format!(
                "meeting until {}{}",
                m.end.with_timezone(&Local).format("%H:%M"),
                if m.summary.is_empty() {
                    String::new()
                } else {
                    format!(": {}", m.summary)
                }
            );
            (Item::Meeting(m), Some(line))
        })
        .collect();
    for event in events {
        let line = describe(&event.kind).map(|line| match &event.kind {
            EventKind::Deferred { sitting_secs, .. } if around.block_at(event.at).is_some() => {
                format!(
                    "in a meeting: break held back (sitting {})",
                    secs(*sitting_secs)
                )
            }
            EventKind::Reminder { kinds, .. } if kinds[0] == ReminderKind::Movement => {
                match around.starting_soon(event.at) {
                    Some(b) => format!(
                        "{line}, before the {} meeting",
                        b.start.with_timezone(&Local).format("%H:%M")
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

fn header(settings: &Settings, script: &IdleScript, days: u32, for_script: bool) -> String {
    let m = &settings.movement;
    let nudge = |on: bool, every: TimeDelta| {
        if on {
            format!("every {}", format_duration(every))
        } else {
            "off".into()
        }
    };
    let st = &settings.standing;
    let standing = if st.enabled {
        format!(
            "Sit-stand desk{}: stand for {} after sitting {}; change position after standing {}.\n",
            if for_script {
                " (on for this plan: the script stands)"
            } else {
                ""
            },
            format_duration(st.stand_for),
            format_duration(st.every),
            format_duration(st.max),
        )
    } else {
        String::new()
    };
    format!(
        "Plan for {days} simulated day{} of {}.\nMovement break every {} of sitting ({} long, snooze {} up to {}×{}; unanswered: {}); micro-pause {}; hydration {}; away after {} without input.\n{standing}\n",
        if days == 1 { "" } else { "s" },
        script.describe(),
        format_duration(m.every),
        format_duration(m.length),
        format_duration(m.snooze),
        m.max_snoozes,
        if m.heads_up.is_zero() {
            String::new()
        } else {
            format!(", heads-up {} before", format_duration(m.heads_up))
        },
        match m.insist {
            Insist::Never => "missed at once",
            Insist::Gentle => "asked once more",
            Insist::Firm => "asked once more, then in the break window",
        },
        nudge(settings.micro_pause.enabled, settings.micro_pause.every),
        nudge(settings.hydration.enabled, settings.hydration.every),
        format_duration(settings.presence.natural_break_after),
    )
}

/// "once", "twice", "3 times".
fn times(n: u32) -> String {
    match n {
        1 => "once".into(),
        2 => "twice".into(),
        n => format!("{n} times"),
    }
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
        } => {
            format!(
                "  snoozed for {} ({snoozes_left} snooze{} left)",
                secs(*for_secs),
                if *snoozes_left == 1 { "" } else { "s" }
            )
        }
        EventKind::BreakStarted { id: None, .. } => "  break started on request".into(),
        EventKind::BreakStarted { .. } => "  break started".into(),
        EventKind::BreakCompleted {
            secs: s,
            via: CompletedVia::Done,
            ..
        } => format!("  break done after {}", secs(*s)),
        EventKind::BreakCompleted {
            secs: s,
            via: CompletedVia::Away,
            ..
        } => {
            format!("  break done: away from the computer ({})", secs(*s))
        }
        EventKind::BreakSkipped { .. } => "  skipped".into(),
        EventKind::BreakAbandoned { .. } => "  break abandoned".into(),
        EventKind::Missed { .. } => "  missed: no answer".into(),
        EventKind::Ignored { .. } => "  no answer: asked again after a snooze's length".into(),
        EventKind::HeadsUp { in_secs } => format!("heads-up: a break in {}", secs(*in_secs)),
        EventKind::NaturalBreak { away_secs, .. } => {
            format!("back after {} away: natural break", secs(*away_secs))
        }
        EventKind::Sitting { secs: s, .. } => format!("· sat {} in a row", secs(*s)),
        EventKind::Paused { for_secs: Some(f) } => format!("paused for {}", secs(*f)),
        EventKind::Paused { for_secs: None } => "paused".into(),
        EventKind::Resumed { .. } => "resumed".into(),
        EventKind::StoodUp => "stood up".into(),
        EventKind::SatDown {
            standing_secs,
            auto,
        } if *auto => format!("stand ended after {}", secs(*standing_secs)),
        EventKind::SatDown { standing_secs, .. } => {
            format!("sat down after standing {}", secs(*standing_secs))
        }
        EventKind::Postponed { for_secs, .. } => format!("  later: in {}", secs(*for_secs)),
        // The simulation suggests no exercises, opens no window and asks for no feedback
        // or check-ins.
        EventKind::Suggested { .. }
        | EventKind::Answered { .. }
        | EventKind::Feedback { .. }
        | EventKind::Checkin { .. }
        | EventKind::Advised { .. } => return None,
        EventKind::Deferred { sitting_secs, .. } => {
            format!("busy: break held back (sitting {})", secs(*sitting_secs))
        }
    };
    Some(text)
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
    let extra: Vec<&str> = kinds[1..].iter().map(|k| k.label()).collect();
    let again = match (ignored, window) {
        (0, _) if snoozed > 0 => " again".to_owned(),
        (0, _) => String::new(),
        (n, false) => format!(" again (unanswered {})", times(n)),
        (n, true) => format!(" again in the break window (unanswered {})", times(n)),
    };
    if extra.is_empty() {
        format!("{lead}{again}")
    } else {
        format!("{lead}{again} + {}", extra.join(" + "))
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
            text.push_str(&format!("{}\n", local.format("%A %d %B %Y")));
        }
        if let Some(line) = line {
            text.push_str(&format!("  {}  {line}\n", local.format("%H:%M")));
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
    format!(
        "\nOver {days} days: sitting {} (about {} a day), longest stretch {}, {} breaks taken, {} skipped, {} missed.\n",
        secs(sitting),
        secs(sitting / u64::from(days.max(1)) / 60 * 60),
        secs(longest),
        sum(|d| u64::from(d.breaks_taken())),
        sum(|d| u64::from(d.skipped)),
        sum(|d| u64::from(d.missed)),
    )
}
