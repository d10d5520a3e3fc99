//! Busy moments and working hours: a break due during a call is deferred and shown soon
//! after; sitting never passes the cap without a (gentle) reminder; no reminders outside
//! working hours, across midnight and weekdays.

use super::support::{at, minutes, movement_only};
use chrono::{NaiveDate, TimeDelta};
use knotless::config::{Settings, WorkingHours};
use knotless_core::Time;
use knotless_core::history::EventKind;
use knotless_core::hours::{is_open, next_opening, parse_range};
use knotless_core::presence::{Quiet, Sample};
use knotless_core::reminder::Reminder;
use knotless_core::scheduler::{Effect, Scheduler};

/// A typing user sampled every 30 s from `from` to `to`; `quiet` says when they are busy.
/// Returns (time, reminder) for each shown reminder and the `deferred` times.
fn day(
    settings: Settings,
    from: Time,
    to: Time,
    quiet: impl Fn(Time) -> Quiet,
) -> (Vec<(Time, Reminder)>, Vec<Time>) {
    let mut s = Scheduler::new(settings, from);
    let (mut shown, mut deferred) = (Vec::new(), Vec::new());
    let mut t = from;
    while t <= to {
        let sample = Sample {
            quiet: quiet(t),
            ..Sample::idle(t, TimeDelta::zero())
        };
        for effect in s.observe(sample) {
            match effect {
                Effect::Show(r) => shown.push((t, r)),
                Effect::Record(e) if matches!(e.kind, EventKind::Deferred { .. }) => {
                    deferred.push(e.at)
                }
                _ => {}
            }
        }
        // The daemon samples at the scheduler's deadline, or sooner.
        t = (t + TimeDelta::seconds(30)).min(s.next_deadline().max(t + TimeDelta::seconds(1)));
    }
    (shown, deferred)
}

fn busy_between(from: Time, to: Time) -> impl Fn(Time) -> Quiet {
    move |t| {
        if t >= from && t < to {
            Quiet::Busy
        } else {
            Quiet::No
        }
    }
}

#[test]
fn a_break_due_during_a_45_minute_call_is_deferred_and_shown_within_the_grace_after() {
    // Movement due at 09:40; a call from 09:30 to 10:15.
    let (shown, deferred) = day(
        movement_only(),
        at(9, 0),
        at(11, 0),
        busy_between(at(9, 30), at(10, 15)),
    );
    assert_eq!(deferred, [at(9, 40)], "recorded once, when it fell due");
    let (when, first) = &shown[0];
    assert!(*when >= at(10, 15), "not during the call: {when}");
    assert!(*when <= at(10, 17), "within the 2-minute grace: {when}");
    assert!(!first.gentle);
    assert_eq!(first.sitting_secs, 77 * 60, "it says how long you sat");
}

#[test]
fn a_short_lull_in_a_busy_hour_does_not_release_the_break() {
    // Free for one minute (less than the grace) in the middle of a long busy stretch.
    let busy = |t: Time| {
        if t >= at(9, 30) && t < at(10, 30) && !(t >= at(10, 0) && t < at(10, 1)) {
            Quiet::Busy
        } else {
            Quiet::No
        }
    };
    let (shown, deferred) = day(movement_only(), at(9, 0), at(11, 0), busy);
    assert_eq!(deferred.len(), 1);
    let when = shown[0].0;
    assert!((at(10, 30)..=at(10, 32)).contains(&when), "{when}");
}

#[test]
fn sitting_never_passes_the_cap_without_a_gentle_reminder() {
    let mut settings = movement_only();
    settings.context.max_sitting = minutes(90);
    // Busy all morning.
    let (shown, deferred) = day(
        settings,
        at(9, 0),
        at(12, 0),
        busy_between(at(9, 0), at(12, 0)),
    );
    assert_eq!(deferred, [at(9, 40)]);
    let (when, reminder) = &shown[0];
    assert_eq!(*when, at(10, 30), "at 90 minutes of sitting, not later");
    assert!(reminder.gentle);
    assert_eq!(reminder.sitting_secs, 90 * 60);
}

fn hours(days: [&str; 7]) -> WorkingHours {
    WorkingHours {
        enabled: true,
        days: days.map(|d| parse_range(d).unwrap()),
    }
}

fn local(day: u32, h: u32, m: u32) -> chrono::NaiveDateTime {
    // 5 January 2026 is a Monday.
    NaiveDate::from_ymd_opt(2026, 1, day)
        .unwrap()
        .and_hms_opt(h, m, 0)
        .unwrap()
}

#[test]
fn working_hours_by_weekday_and_across_midnight() {
    let week = hours([
        "09:00-17:30",
        "22:00-06:00",
        "off",
        "09:00-17:30",
        "09:00-12:00",
        "off",
        "off",
    ]);
    assert!(is_open(&week, local(5, 9, 0)), "Monday 09:00");
    assert!(!is_open(&week, local(5, 17, 30)), "Monday 17:30 is closed");
    assert!(
        !is_open(&week, local(6, 12, 0)),
        "Tuesday noon: a night shift"
    );
    assert!(is_open(&week, local(6, 23, 0)), "Tuesday 23:00");
    assert!(
        is_open(&week, local(7, 5, 59)),
        "Wednesday 05:59, from Tuesday's shift"
    );
    assert!(!is_open(&week, local(7, 6, 0)), "Wednesday itself is off");
    assert!(!is_open(&week, local(10, 10, 0)), "Saturday");
    assert_eq!(
        next_opening(&week, local(10, 10, 0)),
        Some(local(12, 9, 0)),
        "Monday next"
    );
    assert_eq!(next_opening(&week, local(6, 7, 0)), Some(local(6, 22, 0)));
    let off = WorkingHours {
        enabled: false,
        ..week
    };
    assert!(is_open(&off, local(10, 3, 0)), "disabled: always open");
    assert_eq!(next_opening(&off, local(10, 3, 0)), None);
}

#[test]
fn outside_working_hours_no_reminders_but_sitting_still_counts() {
    // Reminders only from 10:00 (as the daemon marks samples); sitting since 09:00.
    let off_before_ten = |t: Time| {
        if t < at(10, 0) {
            Quiet::OffHours
        } else {
            Quiet::No
        }
    };
    let (shown, deferred) = day(movement_only(), at(9, 0), at(11, 0), off_before_ten);
    assert!(deferred.is_empty(), "off hours are not busy");
    let (when, first) = &shown[0];
    assert_eq!(
        *when,
        at(10, 0),
        "the overdue break comes when the hours open"
    );
    assert_eq!(first.sitting_secs, 60 * 60, "the clock ran meanwhile");
}
