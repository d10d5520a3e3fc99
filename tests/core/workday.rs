//! Given a day of activity, expect these reminders: whole days through the real scheduler
//! with a simulated user (`knotless_core::simulate`). Times were worked out by hand from the rules:
//! a break is due after 40 minutes of sitting; a taken break lasts 2 minutes and is not
//! sitting; 5 minutes without input is away since the last input.

use super::support::*;
use knotless_core::history::EventKind;
use knotless_core::reminder::ReminderKind;
use knotless_core::script::IdleScript;
use knotless_core::simulate::{Response, run};

const WORKDAY: &str = "\
09:00 active
10:00 reading      # passive, a scroll every 2 minutes
10:30 active
11:00 meeting      # a call at the desk, a click every 4 minutes
12:00 lunch
12:45 active
14:00 locked       # to the printer, screen locked
14:10 active
17:00 end
";

#[test]
fn full_workday_with_reading_meeting_lunch_and_a_locked_screen() {
    let day = IdleScript::parse(WORKDAY).unwrap().on(monday(), &utc());
    let run = run(&movement_only(), &[day], Response::Take);
    // Reading and the call still count as sitting; lunch and the locked screen do not.
    assert_eq!(
        reminder_times(&run.events, ReminderKind::Movement, &utc()),
        [
            "09:40", "10:22", "11:04", "11:46", "13:25", "14:50", "15:32", "16:14", "16:56"
        ]
    );
    assert_eq!(
        natural_breaks(&run.events),
        [("12:45".to_string(), 45), ("14:10".to_string(), 10)]
    );
    let completed = run
        .events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::BreakCompleted { .. }))
        .count();
    assert_eq!(completed, 9);
    // The stretch before lunch ran from the 11:48 break end to the last input at 12:00.
    assert!(run.events.iter().any(|e| e.at == at(12, 0)
        && e.kind
            == EventKind::Sitting {
                secs: 12 * 60,
                span_secs: 12 * 60
            }));
}

#[test]
fn suspend_gap_is_an_absence_not_sitting() {
    let script =
        IdleScript::parse("09:00 active\n09:30 suspend\n10:30 active\n11:30 end\n").unwrap();
    let run = run(
        &movement_only(),
        &[script.on(monday(), &utc())],
        Response::Take,
    );
    // The last sample before the lid closed was 09:25 (a presence check every 5 minutes):
    // from then until the return at 10:30 is the absence.
    assert_eq!(natural_breaks(&run.events), [("10:30".to_string(), 65)]);
    assert!(run.events.iter().any(|e| e.at == at(9, 25)
        && e.kind
            == EventKind::Sitting {
                secs: 25 * 60,
                span_secs: 25 * 60
            }));
    assert_eq!(
        reminder_times(&run.events, ReminderKind::Movement, &utc()),
        ["11:10"]
    );
}

#[test]
fn skipping_restarts_the_count_but_not_the_sitting_clock() {
    let run = run(
        &movement_only(),
        &[IdleScript::workday(minutes(90)).on(monday(), &utc())],
        Response::Skip,
    );
    assert_eq!(
        reminder_times(&run.events, ReminderKind::Movement, &utc()),
        ["09:40", "10:20"]
    );
    // Never a real break: one stretch of 90 minutes.
    assert!(run.events.iter().any(|e| e.kind
        == EventKind::Sitting {
            secs: 90 * 60,
            span_secs: 90 * 60
        }));
}

#[test]
fn snoozing_user_gets_the_break_back_until_the_limit() {
    let run = run(
        &movement_only(),
        &[IdleScript::workday(minutes(60)).on(monday(), &utc())],
        Response::Snooze,
    );
    let ev: Vec<_> = run
        .events
        .iter()
        .map(|e| (e.at.format("%H:%M").to_string(), e.kind.name()))
        .collect();
    let expected = [
        ("09:40", "reminder"),
        ("09:40", "snoozed"),
        ("09:45", "reminder"),
        ("09:45", "snoozed"),
        ("09:50", "reminder"),
        ("09:50", "break_started"),
        ("09:50", "sitting"),
        ("09:52", "break_completed"),
        ("10:00", "sitting"),
    ];
    assert_eq!(ev, expected.map(|(t, n)| (t.to_string(), n)));
}

#[test]
fn dst_spring_forward_night_shift_keeps_real_intervals() {
    use chrono_tz::Europe::Berlin;
    // 29 March 2026: at 02:00 the clocks in Berlin jump to 03:00.
    let date = chrono::NaiveDate::from_ymd_opt(2026, 3, 29).unwrap();
    let script = IdleScript::parse("00:30 active\n05:00 end\n").unwrap();
    let run = run(
        &movement_only(),
        &[script.on(date, &Berlin)],
        Response::Take,
    );
    // 40 minutes of sitting plus a 2-minute break each time, in real time: the third
    // reminder is at 02:34 winter time, which the wall clock calls 03:34.
    assert_eq!(
        reminder_times(&run.events, ReminderKind::Movement, &Berlin),
        ["01:10", "01:52", "03:34", "04:16", "04:58"]
    );
    // The night lasted 3h30m of real time, not 4h30m: five stretches of 40 minutes, four
    // finished breaks and one still running at 05:00.
    let sat: u64 = run
        .events
        .iter()
        .filter_map(|e| {
            if let EventKind::Sitting { secs, .. } = e.kind {
                Some(secs)
            } else {
                None
            }
        })
        .sum();
    assert_eq!(sat, 5 * 40 * 60);
}

#[test]
fn a_year_of_workdays_stays_sane() {
    let days: Vec<_> = (0..365)
        .map(|i| IdleScript::workday(minutes(8 * 60)).on(monday() + chrono::Days::new(i), &utc()))
        .collect();
    let run = run(
        &knotless::config::Settings::default(),
        &days,
        Response::Take,
    );
    let stats = knotless_core::stats::daily(&run.events, &utc());
    assert_eq!(stats.len(), 365);
    for day in &stats {
        assert!(day.longest_stretch_secs <= 40 * 60, "{day:?}");
        assert_eq!(day.completed, 10, "{day:?}");
    }
}
