//! Given a day with meetings in the calendar, expect these reminders: whole days through
//! the real scheduler (`knotless_core::simulate::run_with_meetings`) with a simulated user who takes
//! every break. Times worked out by hand: a break is due after 40 minutes of sitting and
//! takes 2; `[calendar] before` is 15 minutes, so the early offer comes at the meeting's
//! start less the break and 3 minutes to spare; a break deferred by a meeting comes
//! `[context] grace` (2 minutes) after it.

use super::support::*;
use chrono::TimeZone;
use knotless::config::Settings;
use knotless_core::meetings::{MeetingPlan, ReadOptions, meetings};
use knotless_core::reminder::ReminderKind;
use knotless_core::script::IdleScript;
use knotless_core::simulate::{Response, run_with_meetings};

/// A calendar of `events` (VEVENT bodies) in UTC.
fn calendar(events: &[&str]) -> String {
    let mut text = String::from("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n");
    for (i, event) in events.iter().enumerate() {
        text.push_str(&format!("BEGIN:VEVENT\nUID:e{i}\n{event}\nEND:VEVENT\n"));
    }
    text.push_str("END:VCALENDAR\n");
    text
}

fn plan_of(ics: &str, settings: &Settings) -> MeetingPlan {
    let options = ReadOptions {
        floating: rrule::Tz::UTC,
        me: None,
    };
    let found = meetings(
        ics,
        at(0, 0),
        at(0, 0) + chrono::TimeDelta::days(30),
        options,
    )
    .unwrap();
    MeetingPlan::new(&found, settings.calendar.before, settings.movement.length)
}

/// Movement reminders ("HH:MM") over the days of `script` from Monday on, each `weeks` apart.
fn reminders(script: &str, ics: &str, settings: &Settings, weeks: i64) -> Vec<String> {
    let script = IdleScript::parse(script).unwrap();
    let days: Vec<_> = (0..weeks)
        .map(|w| script.on(monday() + chrono::TimeDelta::weeks(w), &utc()))
        .collect();
    let run = run_with_meetings(settings, &days, Response::Take, &plan_of(ics, settings));
    reminder_times(&run.events, ReminderKind::Movement, &utc())
}

const MORNING: &str = "09:15 active\n10:00 meeting\n11:00 active\n12:00 end\n";
const REVIEW: &str = "DTSTART:20260105T100000Z\nDTEND:20260105T110000Z\nSUMMARY:Review";

#[test]
fn no_reminder_in_the_meeting_and_the_deferred_one_right_after() {
    let s = movement_only();
    // Without a calendar the 10:37 break interrupts the meeting.
    assert_eq!(
        reminders(MORNING, &calendar(&[]), &s, 1),
        ["09:55", "10:37", "11:19"]
    );
    // With it: the 09:55 break (due just before 10:00) stands; the next, due at 10:37 in
    // the meeting, comes two minutes after it ends.
    assert_eq!(
        reminders(MORNING, &calendar(&[REVIEW]), &s, 1),
        ["09:55", "11:02", "11:44"]
    );
}

#[test]
fn a_break_due_early_in_the_meeting_is_offered_just_before_it() {
    let s = movement_only();
    let day = "09:25 active\n10:00 meeting\n11:00 active\n12:00 end\n";
    // Without a calendar: 10:05 and 10:47 in the call; after that break the passive user's
    // next click is at 10:52, and sitting counts from there (11:32).
    assert_eq!(
        reminders(day, &calendar(&[]), &s, 1),
        ["10:05", "10:47", "11:32"]
    );
    // Due at 10:05, within 15 minutes of the start: offered at 09:55, done by 09:57.
    assert_eq!(
        reminders(day, &calendar(&[REVIEW]), &s, 1),
        ["09:55", "11:02", "11:44"]
    );
    // `before = "0s"`: never early; the break waits for the meeting's end.
    let mut never = movement_only();
    never.calendar.before = chrono::TimeDelta::zero();
    assert_eq!(
        reminders(day, &calendar(&[REVIEW]), &never, 1),
        ["11:02", "11:44"]
    );
}

#[test]
fn a_weekly_meeting_skipped_by_exdate_changes_nothing_that_day() {
    let s = movement_only();
    let standup = "DTSTART:20260105T100000Z\nDTEND:20260105T101500Z\nRRULE:FREQ=WEEKLY;BYDAY=MO\nEXDATE:20260112T100000Z\nSUMMARY:Stand-up";
    let day = "09:25 active\n11:00 end\n";
    // Mondays 5, 12 and 19 January: offered at 09:55 before the stand-up, except on the
    // 12th, whose stand-up is taken out (the break then comes at 10:05 as usual).
    assert_eq!(
        reminders(day, &calendar(&[standup]), &s, 3),
        ["09:55", "10:37", "10:05", "10:47", "09:55", "10:37"]
    );
}

#[test]
fn a_cancelled_meeting_is_no_meeting() {
    let s = movement_only();
    let cancelled = format!("{REVIEW}\nSTATUS:CANCELLED");
    let day = "09:25 active\n10:00 meeting\n11:00 active\n12:00 end\n";
    assert_eq!(
        reminders(day, &calendar(&[&cancelled]), &s, 1),
        ["10:05", "10:47", "11:32"]
    );
}

#[test]
fn back_to_back_meetings_are_one_block() {
    let mut s = movement_only();
    s.context.grace = chrono::TimeDelta::seconds(10);
    let first = "DTSTART:20260105T100000Z\nDTEND:20260105T102800Z\nSUMMARY:One";
    let second = "DTSTART:20260105T103000Z\nDTEND:20260105T110000Z\nSUMMARY:Two";
    // The 10:37 break waits through both (two minutes between them are no time for a
    // break) and comes ten seconds after the second.
    assert_eq!(
        reminders(MORNING, &calendar(&[first, second]), &s, 1),
        ["09:55", "11:00", "11:42"]
    );
}

#[test]
fn a_weekly_meeting_across_the_dst_change_keeps_its_break_before_it() {
    // Google's weekly 10:00 Berlin stand-up (Mondays, Wednesdays, Fridays) on the Mondays
    // before and after Berlin leaves summer time (25 October 2026): 08:00 UTC, then 09:00.
    let berlin = chrono_tz::Europe::Berlin;
    let ics = std::fs::read_to_string(format!(
        "{}/tests/fixtures/calendar/google.ics",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let s = movement_only();
    let from = chrono::Utc.with_ymd_and_hms(2026, 10, 19, 0, 0, 0).unwrap();
    let options = ReadOptions {
        floating: berlin.into(),
        me: None,
    };
    let found = meetings(&ics, from, from + chrono::TimeDelta::days(8), options).unwrap();
    let plan = MeetingPlan::new(&found, s.calendar.before, s.movement.length);
    let script = IdleScript::parse("09:25 active\n11:00 end\n").unwrap();
    let monday = |d| chrono::NaiveDate::from_ymd_opt(2026, 10, d).unwrap();
    let days = [
        script.on(monday(19), &berlin),
        script.on(monday(26), &berlin),
    ];
    let run = run_with_meetings(&s, &days, Response::Take, &plan);
    // Due at 10:05 local each day, in the stand-up: offered at 09:55 local both times.
    assert_eq!(
        reminder_times(&run.events, ReminderKind::Movement, &berlin),
        ["09:55", "10:37", "09:55", "10:37"]
    );
}
