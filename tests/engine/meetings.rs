//! Meetings from a configured calendar in the engine: the break offered before the meeting,
//! none during it, `status` saying so, and a calendar that cannot be read in `degraded`.

use super::story::*;
use chrono::{Local, TimeZone, Utc};

/// Wednesday 2 December 2026, 10:00-11:00 UTC (the story's day).
const REVIEW: &str = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\nBEGIN:VEVENT\nUID:r\nDTSTART:20261202T100000Z\nDTEND:20261202T110000Z\nSUMMARY:Review\nEND:VEVENT\nEND:VCALENDAR\n";

/// A break every 65 minutes from 09:00: due at 10:05, in the meeting.
fn config(source: &std::path::Path) -> String {
    format!(
        "{QUIET}[movement]\nevery = \"65m\"\n[calendar]\nsources = [{:?}]\n",
        source.to_str().unwrap()
    )
}

fn reminders(story: &Story) -> Vec<String> {
    story
        .history()
        .iter()
        .filter(|e| e["event"] == "reminder")
        .map(|e| e["at"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_break_comes_before_the_meeting_and_none_during_it() {
    let dir = tempfile::tempdir().unwrap();
    let ics = dir.path().join("work.ics");
    std::fs::write(&ics, REVIEW).unwrap();
    let mut story = Story::new(&config(&ics));
    story.type_for(minutes(54));
    assert!(story.shown().is_empty());
    // 09:55: the break is offered, ten minutes before it would have been due.
    story.type_for(minutes(2));
    assert_eq!(story.shown().len(), 1, "{:?}", story.shown());
    assert_eq!(reminders(&story).len(), 1);
    assert!(
        reminders(&story)[0].contains("T09:55:00"),
        "{:?}",
        reminders(&story)
    );
    assert!(!story.status().degraded.contains(&"calendar".to_owned()));
    story.request(knotless::ipc::Request::Skip);
    // In the meeting: no reminder, and status says until when.
    story.type_for(minutes(30));
    let until = Local
        .from_utc_datetime(
            &Utc.with_ymd_and_hms(2026, 12, 2, 11, 0, 0)
                .unwrap()
                .naive_utc(),
        )
        .format("%H:%M");
    let status = story.status();
    let note = format!("in a meeting until {until}");
    assert_eq!(status.busy.as_deref(), Some(note.as_str()));
    assert!(status.meeting_until.is_some());
    // The tray's tooltip says it too.
    let tooltip = knotless::daemon::text::tooltip(&status);
    assert!(tooltip.ends_with(&format!(" · {note}")), "{tooltip}");
    assert!(
        status.core.sitting_secs >= 25 * 60,
        "sitting still counts in a meeting"
    );
    story.type_for(minutes(30));
    assert_eq!(reminders(&story).len(), 1, "{:?}", reminders(&story));
    story.type_for(minutes(5));
    assert_eq!(story.status().busy, None);
    assert_eq!(story.status().meeting_until, None);
}

#[test]
fn without_the_calendar_the_break_falls_in_the_meeting() {
    let mut story = Story::new(&format!("{QUIET}[movement]\nevery = \"65m\"\n"));
    story.type_for(minutes(66));
    assert_eq!(reminders(&story).len(), 1);
    assert!(
        reminders(&story)[0].contains("T10:05:00"),
        "{:?}",
        reminders(&story)
    );
}

#[test]
fn a_calendar_that_cannot_be_read_is_degraded_and_a_fix_clears_it() {
    let dir = tempfile::tempdir().unwrap();
    let ics = dir.path().join("work.ics");
    std::fs::write(&ics, "<html>sign in</html>\n").unwrap();
    let mut story = Story::new(&config(&ics));
    story.type_for(minutes(1));
    let status = story.status();
    assert!(status.degraded.contains(&"calendar".to_owned()));
    assert_eq!(status.calendar_problems.len(), 1);
    assert!(
        status.calendar_problems[0].contains("work.ics: not an iCalendar file"),
        "{:?}",
        status.calendar_problems
    );
    // `status` says why, under what is limited.
    let report = knotless::daemon::text::status_report(&status, &chrono::Utc);
    assert!(report.contains("Calendar: "), "{report}");
    // The file is fixed (a sync tool wrote it again): read at the next wake-up.
    std::fs::write(&ics, REVIEW).unwrap();
    story.type_for(minutes(56));
    assert!(!story.status().degraded.contains(&"calendar".to_owned()));
    assert!(
        reminders(&story)[0].contains("T09:55:00"),
        "{:?}",
        reminders(&story)
    );
}
