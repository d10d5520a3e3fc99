//! The words the daemon shows: tray tooltip, `knotless status`, notification texts.

use crate::ipc::DaemonStatus;
use chrono::{Local, TimeZone};
use knotless_core::presence::{Posture, Presence};
use knotless_core::reminder::{Reminder, ReminderKind};
use knotless_core::status::PhaseName;
use knotless_exercises::exercise::Exercise;
use knotless_i18n::format::{Pattern, format};
use knotless_i18n::t;

/// "23 min", "1 h 05 min", "40 s" (a short form for menus and tooltips).
pub fn minutes(secs: u64) -> String {
    match secs {
        0..60 => t!("daemon-short-secs", secs = secs),
        60..3600 => t!("daemon-short-min", min = secs / 60),
        _ => t!(
            "daemon-short-hours-min",
            hours = secs / 3600,
            min = format!("{:02}", secs / 60 % 60)
        ),
    }
}

/// `at` in local time as the language writes a time of day ("14:05").
fn local_time(at: knotless_core::Time) -> String {
    format(
        Local.from_utc_datetime(&at.naive_utc()).naive_local(),
        Pattern::Time,
    )
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
        (Presence::Away, _) => t!("daemon-tooltip-away"),
        (_, Posture::Standing) => t!(
            "daemon-tooltip-standing",
            standing = minutes(s.standing_secs),
            sitting = minutes(s.sitting_secs)
        ),
        (_, Posture::Sitting) => t!("daemon-tooltip-sitting", sitting = minutes(s.sitting_secs)),
    };
    let next = if s.paused {
        match s.paused_until {
            Some(until) => t!("daemon-tooltip-paused-until", time = local_time(until)),
            None => t!("daemon-tooltip-paused"),
        }
    } else {
        match s.phase {
            PhaseName::Prompting => t!("daemon-tooltip-due"),
            PhaseName::OnBreak => t!("daemon-tooltip-on-break"),
            PhaseName::Counting | PhaseName::Snoozed if status.meeting_until.is_some() => {
                status.meeting_until.map(in_a_meeting).unwrap_or_default()
            }
            PhaseName::Counting if s.posture == Posture::Standing => t!(
                "daemon-tooltip-after-sitting",
                left = minutes(s.next_movement_in_secs)
            ),
            PhaseName::Counting if let Some(until) = held(s, s.next_movement_in_secs) => {
                t!("daemon-tooltip-next-at", time = local_time(until))
            }
            PhaseName::Snoozed | PhaseName::Counting => t!(
                "daemon-tooltip-next-in",
                left = minutes(s.next_movement_in_secs)
            ),
        }
    };
    t!("daemon-tooltip", presence = sitting, next = next)
}

/// "in a meeting until 11:00" (local time): the status line and the tooltip.
pub fn in_a_meeting(until: knotless_core::Time) -> String {
    t!("daemon-in-meeting", time = local_time(until))
}

/// One `status --format` line. The field names and the contract values (`presence`,
/// `phase`, `posture`, the `_secs` counts) stay English; durations and the words a status
/// bar shows (`next`, `paused`, `tooltip`) are in the user's language.
pub fn render(template: &knotless_core::template::Template, status: &DaemonStatus) -> String {
    use knotless_core::template::Piece;
    let s = &status.core;
    let next = if s.paused {
        t!("daemon-format-paused")
    } else if s.phase == PhaseName::Prompting || s.phase == PhaseName::OnBreak {
        t!("daemon-format-now")
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
            "paused" if s.paused => t!("daemon-format-paused"),
            "paused" => String::new(),
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
    let clock = |t: knotless_core::Time| format(t.with_timezone(tz).naive_local(), Pattern::Time);
    let mut lines = Vec::new();
    let presence = match s.presence {
        Presence::Active => t!("daemon-presence-active"),
        Presence::Passive => t!("daemon-presence-passive"),
        Presence::Away => t!("daemon-presence-away"),
    };
    let sitting = minutes(s.sitting_secs);
    lines.push(match s.sitting_since {
        Some(since) => t!(
            "daemon-status-sitting-since",
            sitting = sitting,
            time = clock(since),
            presence = presence
        ),
        None => t!(
            "daemon-status-sitting",
            sitting = sitting,
            presence = presence
        ),
    });
    if s.posture == Posture::Standing {
        lines.push(t!(
            "daemon-status-standing",
            standing = minutes(s.standing_secs)
        ));
    }
    if s.paused {
        lines.push(match s.paused_until {
            Some(until) => t!("daemon-status-paused-until", time = clock(until)),
            None => t!("daemon-status-paused"),
        });
    } else {
        schedule_lines(s, &clock, &mut lines);
    }
    if let Some(busy) = &status.busy {
        let why = match status.meeting_until {
            Some(until) => in_a_meeting(until),
            None => busy_reason(busy),
        };
        lines.push(t!("daemon-status-busy", why = why));
    }
    if status.autostart {
        lines.push(t!("daemon-status-autostart"));
    }
    if let Some(limited) = limited(status) {
        lines.push(limited);
    }
    for problem in &status.calendar_problems {
        lines.push(t!("daemon-status-calendar", problem = problem.as_str()));
    }
    lines.join("\n")
}

/// The `busy` field's reason in words: the probes' names (the `--json` contract) and
/// `[context]`'s working hours (a meeting is worded from `meeting_until`).
fn busy_reason(busy: &str) -> String {
    match busy {
        "do-not-disturb" => t!("daemon-busy-do-not-disturb"),
        "fullscreen" => t!("daemon-busy-fullscreen"),
        "presentation" => t!("daemon-busy-presentation"),
        "inhibitors" => t!("daemon-busy-inhibitors"),
        "camera" => t!("daemon-busy-camera"),
        "outside working hours" => t!("daemon-busy-outside-hours"),
        other => other.to_owned(),
    }
}

/// The status report's lines about what comes next, when not paused: the movement break,
/// the other reminders, the snoozes left.
fn schedule_lines(
    s: &knotless_core::status::Status,
    clock: &dyn Fn(knotless_core::Time) -> String,
    lines: &mut Vec<String>,
) {
    let lead = match s.phase {
        PhaseName::Prompting => t!("daemon-status-due"),
        PhaseName::OnBreak => t!("daemon-status-running"),
        PhaseName::Snoozed => t!(
            "daemon-status-snoozed",
            left = minutes(s.next_movement_in_secs)
        ),
        PhaseName::Counting => match held(s, s.next_movement_in_secs) {
            Some(until) => t!("daemon-status-held", time = clock(until)),
            None => t!(
                "daemon-status-next",
                left = minutes(s.next_movement_in_secs)
            ),
        },
    };
    lines.push(lead);
    let others: Vec<String> = s
        .next
        .iter()
        .filter(|u| u.kind != ReminderKind::Movement)
        .map(|u| match held(s, u.in_secs) {
            Some(until) => t!(
                "daemon-status-other-held",
                kind = u.kind.label(),
                time = clock(until)
            ),
            None => t!(
                "daemon-status-other-in",
                kind = u.kind.label(),
                left = minutes(u.in_secs)
            ),
        })
        .collect();
    if !others.is_empty() {
        lines.push(t!(
            "daemon-status-then",
            reminders = others.join(&t!("daemon-list-separator"))
        ));
    }
    lines.push(t!("daemon-status-snoozes-left", count = s.snoozes_left));
}

/// The status report's "Limited:" line: each missing channel and what it costs, if any.
fn limited(status: &DaemonStatus) -> Option<String> {
    let degraded: Vec<String> = status
        .degraded
        .iter()
        .map(|d| match (d.as_str(), status.degraded_why.get(d)) {
            // The backends' reasons name what failed (a bus, a path, an OS error): they are
            // written for bug reports and the history, and shown as they are.
            (_, Some(why)) => why.clone(),
            ("idle", None) => t!("daemon-limited-idle"),
            ("notifications", None) => t!("daemon-limited-notifications"),
            ("tray", None) => t!("daemon-limited-tray"),
            ("sound", None) => t!("daemon-limited-sound"),
            ("calendar", None) => t!("daemon-limited-calendar"),
            (other, None) => other.to_owned(),
        })
        .collect();
    (!degraded.is_empty()).then(|| {
        t!(
            "daemon-status-limited",
            channels = degraded.join(&t!("daemon-limited-separator"))
        )
    })
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
            body.push(t!("notify-gentle-body"));
            t!("notify-gentle-title", sitting = sitting)
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
        body.push(t!("notify-no-snoozes-left"));
    }
    (summary, body.join("\n"))
}

/// "Standing shoulder rolls (45 s): Roll your shoulders slowly…": what to do, how long.
pub fn suggestion(e: &Exercise) -> String {
    t!(
        "notify-suggestion",
        title = e.title.as_str(),
        length = length(u64::from(e.total_secs())),
        summary = e.summary.as_str()
    )
}

/// An exercise's length to the second: "45 s", "2 min", "1 min 30 s".
pub fn length(secs: u64) -> String {
    match (secs / 60, secs % 60) {
        (0, s) => t!("daemon-length-secs", secs = s),
        (m, 0) => t!("daemon-length-min", min = m),
        (m, s) => t!("daemon-length-min-secs", min = m, secs = s),
    }
}

/// The steps of an exercise, one per line with their time, then its cautions.
pub fn steps(exercise: &Exercise) -> String {
    let mut text: Vec<String> = exercise
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            t!(
                "notify-step",
                number = i + 1,
                step = s.text.as_str(),
                secs = s.seconds
            )
        })
        .collect();
    text.extend(
        exercise
            .cautions
            .iter()
            .map(|c| t!("notify-caution", caution = c.as_str())),
    );
    text.join("\n")
}

/// An exercise as a checklist for a notification: its title, then one step a line.
pub fn checklist(e: &Exercise) -> String {
    let mut lines = vec![t!("notify-checklist-title", title = e.title.as_str())];
    lines.extend(
        e.steps
            .iter()
            .map(|step| t!("notify-checklist-step", step = step.text.as_str())),
    );
    lines.join("\n")
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
