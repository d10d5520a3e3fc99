//! The words the daemon shows: tray tooltip, `knotless status`, notification texts.

use crate::ipc::DaemonStatus;
use chrono::{Local, TimeZone};
use knotless_core::presence::{Posture, Presence};
use knotless_core::reminder::{Reminder, ReminderKind};
use knotless_core::status::PhaseName;
use knotless_exercises::exercise::Exercise;

/// "23 min", "1 h 05 min", "40 s" (a short form for menus and tooltips).
pub fn minutes(secs: u64) -> String {
    match secs {
        0..60 => format!("{secs} s"),
        60..3600 => format!("{} min", secs / 60),
        _ => format!("{} h {:02} min", secs / 3600, secs / 60 % 60),
    }
}

/// When a reminder due in `in_secs` will really show, if it waits for reminders to come
/// `merge_within` apart (`Status::held_until`) rather than for its own time.
fn held(s: &knotless_core::status::Status, in_secs: u64) -> Option<knotless_core::Time> {
    s.held_until
        .filter(|until| in_secs <= u64::try_from((*until - s.at).num_seconds()).unwrap_or(0))
}

/// "sitting 23 min · next move in 17 min" (what the tray shows).
pub fn tooltip(status: &DaemonStatus) -> String {
    let s = &status.core;
    let sitting = match (s.presence, s.posture) {
        (Presence::Away, _) => "away".to_owned(),
        (_, Posture::Standing) => format!(
            "standing {} (sat {})",
            minutes(s.standing_secs),
            minutes(s.sitting_secs)
        ),
        (_, Posture::Sitting) => format!("sitting {}", minutes(s.sitting_secs)),
    };
    let next = if s.paused {
        match s.paused_until {
            Some(until) => format!(
                "paused until {}",
                Local.from_utc_datetime(&until.naive_utc()).format("%H:%M")
            ),
            None => "paused".to_owned(),
        }
    } else {
        match s.phase {
            PhaseName::Prompting => "time to move".to_owned(),
            PhaseName::OnBreak => "on a break".to_owned(),
            PhaseName::Counting | PhaseName::Snoozed if status.meeting_until.is_some() => {
                status.meeting_until.map(in_a_meeting).unwrap_or_default()
            }
            PhaseName::Counting if s.posture == Posture::Standing => format!(
                "next move after {} more sitting",
                minutes(s.next_movement_in_secs)
            ),
            PhaseName::Counting if let Some(until) = held(s, s.next_movement_in_secs) => {
                format!(
                    "next move at {}",
                    Local.from_utc_datetime(&until.naive_utc()).format("%H:%M")
                )
            }
            PhaseName::Snoozed | PhaseName::Counting => {
                format!("next move in {}", minutes(s.next_movement_in_secs))
            }
        }
    };
    format!("{sitting} · {next}")
}

/// "in a meeting until 11:00" (local time): the status line and the tooltip.
pub fn in_a_meeting(until: knotless_core::Time) -> String {
    format!(
        "in a meeting until {}",
        Local.from_utc_datetime(&until.naive_utc()).format("%H:%M")
    )
}

/// One `status --format` line.
pub fn render(template: &knotless_core::template::Template, status: &DaemonStatus) -> String {
    use knotless_core::template::Piece;
    let s = &status.core;
    let next = if s.paused {
        "paused".to_owned()
    } else if s.phase == PhaseName::Prompting || s.phase == PhaseName::OnBreak {
        "now".to_owned()
    } else {
        minutes(s.next_movement_in_secs)
    };
    let field = |name: &str| -> String {
        match name {
            "sitting" => minutes(s.sitting_secs),
            "sitting_secs" => s.sitting_secs.to_string(),
            "next" => next.clone(),
            "next_secs" => s.next_movement_in_secs.to_string(),
            "presence" => knotless_exercises::exercise::name_of(&s.presence),
            "phase" => knotless_exercises::exercise::name_of(&s.phase),
            "paused" => if s.paused { "paused" } else { "" }.to_owned(),
            "snoozes_left" => s.snoozes_left.to_string(),
            "posture" => s.posture.name().to_owned(),
            "standing" => minutes(s.standing_secs),
            "standing_secs" => s.standing_secs.to_string(),
            "tooltip" => tooltip(status),
            _ => String::new(),
        }
    };
    template
        .0
        .iter()
        .map(|piece| match piece {
            Piece::Text(t) => t.clone(),
            Piece::Field(f) => field(f),
        })
        .collect()
}

/// What `knotless status` prints: a few plain lines.
pub fn status_report<Tz: TimeZone>(status: &DaemonStatus, tz: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let s = &status.core;
    let clock = |t: knotless_core::Time| t.with_timezone(tz).format("%H:%M").to_string();
    let mut lines = Vec::new();
    let presence = match s.presence {
        Presence::Active => "active",
        Presence::Passive => "present, not typing",
        Presence::Away => "away",
    };
    let since = s
        .sitting_since
        .map(|t| format!(" since {}", clock(t)))
        .unwrap_or_default();
    lines.push(format!(
        "Sitting {}{since} · {presence}",
        minutes(s.sitting_secs)
    ));
    if s.posture == Posture::Standing {
        lines.push(format!(
            "Standing {}: the sitting clock holds (`knotless sit` when you sit down)",
            minutes(s.standing_secs)
        ));
    }
    if s.paused {
        lines.push(match s.paused_until {
            Some(until) => format!(
                "Paused until {} (`knotless resume` to end it)",
                clock(until)
            ),
            None => "Paused until you resume (`knotless resume`)".to_owned(),
        });
    } else {
        schedule_lines(s, &clock, &mut lines);
    }
    if let Some(busy) = &status.busy {
        lines.push(format!("Holding reminders back: {busy}"));
    }
    if status.autostart {
        lines.push("Starts at login".to_owned());
    }
    if let Some(limited) = limited(status) {
        lines.push(limited);
    }
    for problem in &status.calendar_problems {
        lines.push(format!("Calendar: {problem}"));
    }
    lines.join("\n")
}

/// The status report's lines about what comes next, when not paused: the movement break,
/// the other reminders, the snoozes left.
fn schedule_lines(
    s: &knotless_core::status::Status,
    clock: &dyn Fn(knotless_core::Time) -> String,
    lines: &mut Vec<String>,
) {
    let lead = match s.phase {
        PhaseName::Prompting => "Movement break: due now (snooze, skip or start it)".to_owned(),
        PhaseName::OnBreak => "Movement break: running".to_owned(),
        PhaseName::Snoozed => format!(
            "Movement break: snoozed, again in {}",
            minutes(s.next_movement_in_secs)
        ),
        PhaseName::Counting => match held(s, s.next_movement_in_secs) {
            Some(until) => format!(
                "Next movement break at {} (held back: reminders keep `[schedule] \
                 merge_within` apart)",
                clock(until)
            ),
            None => format!(
                "Next movement break in {}",
                minutes(s.next_movement_in_secs)
            ),
        },
    };
    lines.push(lead);
    let others: Vec<String> = s
        .next
        .iter()
        .filter(|u| u.kind != ReminderKind::Movement)
        .map(|u| match held(s, u.in_secs) {
            Some(until) => format!("{} at {} (held back)", u.kind.label(), clock(until)),
            None => format!("{} in {}", u.kind.label(), minutes(u.in_secs)),
        })
        .collect();
    if !others.is_empty() {
        lines.push(format!("Then: {}", others.join(" · ")));
    }
    lines.push(format!("Snoozes left: {}", s.snoozes_left));
}

/// The status report's "Limited:" line: each missing channel and what it costs, if any.
fn limited(status: &DaemonStatus) -> Option<String> {
    let degraded: Vec<&str> = status
        .degraded
        .iter()
        .map(|d| match (d.as_str(), status.degraded_why.get(d)) {
            (_, Some(why)) => why.as_str(),
            ("idle", None) => "no idle source, so sitting is counted by time alone",
            ("notifications", None) => "no notification server, so reminders cannot pop up",
            ("tray", None) => "no tray host, so there is no tray icon",
            ("sound", None) => "no sound server, so breaks run without their sound cues",
            ("calendar", None) => "a calendar cannot be read, so meetings may be missing or old",
            (other, None) => other,
        })
        .collect();
    (!degraded.is_empty()).then(|| format!("Limited: {}", degraded.join("; ")))
}

/// Title and text of a reminder's notification: the movement suggestion leads, and each
/// other kind carried adds its own line (`nudge`).
pub fn reminder(
    reminder: &Reminder,
    movement: &Exercise,
    nudge: &dyn Fn(ReminderKind) -> String,
) -> (String, String) {
    let sitting = minutes(reminder.sitting_secs);
    let mut body = Vec::new();
    let summary = match reminder.lead() {
        ReminderKind::Movement if reminder.gentle => {
            body.push(suggestion(movement));
            body.push("You have been busy for a long while: whenever you can.".to_owned());
            format!("When you can, move · sitting {sitting}")
        }
        // The suggestion and its length lead: GNOME and dunst show only the first line or
        // two of a body.
        ReminderKind::Movement => {
            body.push(suggestion(movement));
            ReminderKind::Movement.title(&sitting)
        }
        nudge => nudge.title(&sitting),
    };
    for kind in &reminder.kinds {
        if *kind != ReminderKind::Movement {
            body.push(nudge(*kind));
        }
    }
    if reminder.wants_answer() && reminder.snoozes_left == 0 {
        body.push("No snoozes left for this one.".to_owned());
    }
    (summary, body.join("\n"))
}

/// "Standing shoulder rolls (45 s): Roll your shoulders slowly…": what to do, how long.
pub fn suggestion(e: &Exercise) -> String {
    format!(
        "{} ({}): {}",
        e.title,
        length(u64::from(e.total_secs())),
        e.summary
    )
}

/// An exercise's length to the second: "45 s", "2 min", "1 min 30 s".
pub fn length(secs: u64) -> String {
    match (secs / 60, secs % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

/// The steps of an exercise, one per line with their time, then its cautions.
pub fn steps(exercise: &Exercise) -> String {
    let mut text: Vec<String> = exercise
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{}. {} ({} s)", i + 1, s.text, s.seconds))
        .collect();
    text.extend(exercise.cautions.iter().map(|c| format!("! {c}")));
    text.join("\n")
}

/// An exercise as a checklist for a notification: its title, then one step a line.
pub fn checklist(e: &Exercise) -> String {
    let mut text = format!("{}:", e.title);
    for step in &e.steps {
        text.push_str("\n• ");
        text.push_str(&step.text);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_read_naturally() {
        assert_eq!(minutes(40), "40 s");
        assert_eq!(minutes(23 * 60 + 5), "23 min");
        assert_eq!(minutes(3600 + 5 * 60), "1 h 05 min");
        assert_eq!(length(45), "45 s");
        assert_eq!(length(120), "2 min");
        assert_eq!(length(90), "1 min 30 s");
    }

    #[test]
    fn a_movement_notification_leads_with_the_suggestion_and_its_length() {
        let e = knotless_exercises::suggest::fallback();
        let reminder = Reminder {
            id: 1,
            kinds: vec![ReminderKind::Movement],
            sitting_secs: 2400,
            snoozes_left: 2,
            gentle: false,
            ask: 1,
            in_window: false,
        };
        let (summary, body) = super::reminder(&reminder, &e, &|_| String::new());
        assert_eq!(summary, "Time to move · sitting 40 min");
        assert_eq!(
            body,
            "A few slow breaths (1 min): Sit back and breathe slowly for a minute."
        );
    }
}
