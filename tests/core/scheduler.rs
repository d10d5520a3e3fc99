//! The scheduler driven by hand, minute by minute: clock jumps, the snooze limit, merging,
//! pause until tomorrow across DST, status.

use super::support::*;
use chrono::TimeDelta;
use knotless_core::Time;
use knotless_core::calendar::next_morning;
use knotless_core::history::EventKind;
use knotless_core::presence::{Presence, Sample};
use knotless_core::reminder::ReminderKind;
use knotless_core::scheduler::{Command, Effect, PauseLength, Refusal, Scheduler};
use knotless_core::status::PhaseName;

/// A user typing without pause: one sample a minute, idle zero, from `from` to `to`.
fn type_until(
    s: &mut Scheduler,
    from: Time,
    to: Time,
    shown: &mut Vec<(Time, Vec<ReminderKind>)>,
) -> Vec<EventKind> {
    let mut events = Vec::new();
    let mut t = from;
    while t <= to {
        for effect in s.observe(Sample::idle(t, TimeDelta::zero())) {
            match effect {
                Effect::Show(r) => shown.push((t, r.kinds)),
                Effect::Record(e) => events.push(e.kind),
                Effect::Withdraw(_) | Effect::HeadsUp { .. } => {}
            }
        }
        t += minutes(1);
    }
    events
}

#[test]
fn clock_set_back_an_hour_keeps_counting_sitting_time() {
    let mut s = Scheduler::new(movement_only(), at(9, 0));
    let mut shown = Vec::new();
    type_until(&mut s, at(9, 1), at(9, 20), &mut shown);
    assert_eq!(s.status().sitting_secs, 20 * 60);
    // The clock jumps back: 09:21 reads 08:21. The minute of the jump counts nothing,
    // every minute after it counts as usual.
    type_until(&mut s, at(8, 21), at(8, 45), &mut shown);
    assert_eq!(shown, [(at(8, 41), vec![ReminderKind::Movement])]);
    assert_eq!(s.status().sitting_secs, 44 * 60);
}

#[test]
fn clock_jumping_forward_is_an_absence() {
    let mut s = Scheduler::new(movement_only(), at(9, 0));
    let mut shown = Vec::new();
    type_until(&mut s, at(9, 1), at(9, 20), &mut shown);
    // 09:21 reads 10:21: an hour nobody was seen.
    let events = type_until(&mut s, at(10, 21), at(11, 5), &mut shown);
    assert!(
        events.contains(&EventKind::Sitting {
            secs: 20 * 60,
            span_secs: 20 * 60
        }),
        "{events:?}"
    );
    assert!(
        events.contains(&EventKind::NaturalBreak {
            away_secs: 61 * 60,
            id: None
        }),
        "{events:?}"
    );
    assert_eq!(shown, [(at(11, 1), vec![ReminderKind::Movement])]);
}

#[test]
fn snooze_limit_is_enforced_and_reported() {
    let mut s = Scheduler::new(movement_only(), at(9, 0));
    let mut shown = Vec::new();
    type_until(&mut s, at(9, 1), at(9, 40), &mut shown);
    assert_eq!(s.status().phase, PhaseName::Prompting);
    assert_eq!(s.status().snoozes_left, 2);
    s.handle(at(9, 40), Command::Snooze(None)).result.unwrap();
    assert_eq!(s.status().next_movement_in_secs, 5 * 60);
    type_until(&mut s, at(9, 41), at(9, 45), &mut shown);
    s.handle(at(9, 45), Command::Snooze(Some(minutes(2))))
        .result
        .unwrap();
    type_until(&mut s, at(9, 46), at(9, 47), &mut shown);
    assert_eq!(s.status().snoozes_left, 0);
    assert_eq!(
        s.handle(at(9, 47), Command::Snooze(None)).result,
        Err(Refusal::NoSnoozesLeft(2))
    );
    let times: Vec<Time> = shown.iter().map(|x| x.0).collect();
    assert_eq!(times, [at(9, 40), at(9, 45), at(9, 47)]);
    let skipped = s.handle(at(9, 47), Command::Skip);
    assert_eq!(skipped.result, Ok(()));
    let skipped = skipped.effects;
    assert!(skipped.iter().any(
        |e| matches!(e, Effect::Record(r) if r.kind == EventKind::BreakSkipped { id: Some(1) })
    ));
}

#[test]
fn a_refused_command_still_hands_over_what_its_time_step_did() {
    let mut settings = movement_only();
    settings.movement.insist = knotless_core::settings::Insist::Never;
    let mut s = Scheduler::new(settings, at(9, 0));
    let mut shown = Vec::new();
    type_until(&mut s, at(9, 1), at(9, 40), &mut shown);
    // Unanswered, the reminder is missed at 09:43; a refused command then must not swallow
    // the `missed` event of that moment.
    let handled = s.handle(at(9, 43), Command::CompleteBreak);
    assert_eq!(handled.result, Err(Refusal::NoBreakRunning));
    assert!(
        handled
            .effects
            .iter()
            .any(|e| matches!(e, Effect::Record(r) if r.kind == EventKind::Missed { id: 1 }))
    );
    assert!(handled.effects.contains(&Effect::Withdraw(1)));
}

#[test]
fn nothing_to_snooze_or_complete_is_refused_cleanly() {
    let mut s = Scheduler::new(movement_only(), at(9, 0));
    assert_eq!(
        s.handle(at(9, 1), Command::Snooze(None)).result,
        Err(Refusal::NothingToSnooze)
    );
    assert_eq!(
        s.handle(at(9, 1), Command::CompleteBreak).result,
        Err(Refusal::NoBreakRunning)
    );
    assert_eq!(
        s.handle(at(9, 1), Command::Resume).result,
        Err(Refusal::NotPaused)
    );
    s.handle(at(9, 1), Command::StartBreak).result.unwrap();
    assert_eq!(
        s.handle(at(9, 1), Command::StartBreak).result,
        Err(Refusal::AlreadyOnBreak)
    );
}

#[test]
fn near_reminders_merge_into_one_prompt() {
    let mut settings = knotless::config::Settings::default();
    settings.micro_pause.every = minutes(18);
    settings.hydration.every = minutes(38);
    let mut s = Scheduler::new(settings, at(9, 0));
    let mut shown = Vec::new();
    type_until(&mut s, at(9, 1), at(9, 40), &mut shown);
    // 09:18 micro-pause; at 09:36 the micro-pause is due and the movement break (09:40)
    // and hydration (09:38) fall within 5 minutes: one prompt, movement leading.
    assert_eq!(
        shown,
        [
            (at(9, 18), vec![ReminderKind::MicroPause]),
            (
                at(9, 36),
                vec![
                    ReminderKind::Movement,
                    ReminderKind::MicroPause,
                    ReminderKind::Hydration
                ]
            )
        ]
    );
}

#[test]
fn no_two_prompts_closer_than_the_merge_window() {
    let mut settings = movement_only();
    settings.hydration.enabled = true;
    settings.hydration.every = minutes(47);
    let mut s = Scheduler::new(settings, at(9, 0));
    let mut shown = Vec::new();
    type_until(&mut s, at(9, 1), at(9, 40), &mut shown);
    s.handle(at(9, 40), Command::Skip).result.unwrap();
    type_until(&mut s, at(9, 41), at(9, 50), &mut shown);
    // Hydration is due at 09:47 but the movement prompt was at 09:40: it waits to 09:45
    // at the earliest, and is due at 09:47, so it shows at 09:47 (not merged: 7 minutes).
    assert_eq!(
        shown,
        [
            (at(9, 40), vec![ReminderKind::Movement]),
            (at(9, 47), vec![ReminderKind::Hydration])
        ]
    );
}

#[test]
fn a_reminder_held_back_for_the_merge_window_says_when_it_comes_not_in_0_s() {
    // Micro-pauses every 3 minutes, reminders at least 5 minutes apart (the default).
    let mut settings = movement_only();
    settings.micro_pause.enabled = true;
    settings.micro_pause.every = minutes(3);
    let mut s = Scheduler::new(settings, at(9, 0));
    let mut shown = Vec::new();
    type_until(&mut s, at(9, 1), at(9, 5), &mut shown);
    assert_eq!(shown, [(at(9, 3), vec![ReminderKind::MicroPause])]);
    // Due again at 09:06, it will wait until 09:08, five minutes after the last one:
    // "in 1 min" would not be true.
    assert_eq!(s.status().held_until, Some(at(9, 8)));
    type_until(&mut s, at(9, 6), at(9, 7), &mut shown);
    let status = s.status();
    let micro = status
        .next
        .iter()
        .find(|u| u.kind == ReminderKind::MicroPause);
    assert_eq!(micro.map(|u| u.in_secs), Some(0));
    assert_eq!(status.held_until, Some(at(9, 8)));
    let daemon = knotless::ipc::DaemonStatus {
        core: status,
        degraded: Vec::new(),
        degraded_why: Default::default(),
        busy: None,
        meeting_until: None,
        calendar_problems: Vec::new(),
        exercise: None,
        idle_source: "x11".into(),
        autostart: false,
        pid: 1,
        version: "0".into(),
    };
    let text = knotless::daemon::text::status_report(&daemon, &utc());
    assert!(text.contains(" at 09:08 (held back)"), "{text}");
    assert!(!text.contains(" 0 s"), "{text}");
    type_until(&mut s, at(9, 8), at(9, 8), &mut shown);
    assert_eq!(
        shown.last(),
        Some(&(at(9, 8), vec![ReminderKind::MicroPause]))
    );
    // And the next, due at 09:11, waits until 09:13.
    assert_eq!(s.status().held_until, Some(at(9, 13)));
}

#[test]
fn pause_until_tomorrow_across_dst_resumes_at_local_morning() {
    use chrono::TimeZone;
    use chrono_tz::Europe::Berlin;
    // Saturday 28 March 2026, 22:00 in Berlin; the clocks go forward that night.
    let evening = Berlin
        .with_ymd_and_hms(2026, 3, 28, 22, 0, 0)
        .unwrap()
        .with_timezone(&chrono::Utc);
    let eight = chrono::NaiveTime::from_hms_opt(8, 0, 0).unwrap();
    let until = next_morning(evening, &Berlin, eight);
    assert_eq!(
        until,
        Berlin
            .with_ymd_and_hms(2026, 3, 29, 8, 0, 0)
            .unwrap()
            .with_timezone(&chrono::Utc)
    );
    assert_eq!(
        until - evening,
        TimeDelta::hours(9),
        "one hour of the night is skipped"
    );

    let mut s = Scheduler::new(movement_only(), evening);
    let handled = s.handle(evening, Command::Pause(PauseLength::Until(until)));
    assert_eq!(handled.result, Ok(()));
    let effects = handled.effects;
    assert!(
        matches!(&effects[..], [Effect::Record(e)] if e.kind == EventKind::Paused { for_secs: Some(9 * 3600) })
    );
    assert!(s.status().paused);
    let mut shown = Vec::new();
    // Typing all night long: still no reminder until the pause ends.
    let events = type_until(&mut s, evening + minutes(1), until + minutes(1), &mut shown);
    assert_eq!(shown, [(until, vec![ReminderKind::Movement])]);
    assert!(events.contains(&EventKind::Resumed { auto: true }));
    assert!(!s.status().paused);
}

#[test]
fn a_dst_gap_morning_resolves_to_the_first_valid_moment() {
    use chrono::TimeZone;
    use chrono_tz::Europe::Berlin;
    let evening = Berlin
        .with_ymd_and_hms(2026, 3, 28, 22, 0, 0)
        .unwrap()
        .with_timezone(&chrono::Utc);
    let half_two = chrono::NaiveTime::from_hms_opt(2, 30, 0).unwrap();
    assert_eq!(
        next_morning(evening, &Berlin, half_two),
        Berlin
            .with_ymd_and_hms(2026, 3, 29, 3, 0, 0)
            .unwrap()
            .with_timezone(&chrono::Utc)
    );
}

#[test]
fn status_reports_presence_and_next_reminders() {
    let mut s = Scheduler::new(knotless::config::Settings::default(), at(9, 0));
    // Samples come when the scheduler asks: at 09:05 (could the user be away yet?), then
    // five minutes after the last input.
    assert_eq!(s.next_deadline(), at(9, 5));
    s.observe(Sample::idle(at(9, 5), TimeDelta::zero()));
    s.observe(Sample::idle(at(9, 10), minutes(2)));
    let status = s.status();
    assert_eq!(status.presence, Presence::Passive);
    assert_eq!(status.sitting_secs, 10 * 60);
    assert_eq!(status.next_movement_in_secs, 30 * 60);
    assert_eq!(
        status
            .next
            .iter()
            .map(|u| u.in_secs / 60)
            .collect::<Vec<_>>(),
        [30, 10, 80]
    );
    // Five minutes after the last input the user is away since then (09:08).
    s.observe(Sample::idle(at(9, 13), minutes(5)));
    assert_eq!(s.status().presence, Presence::Away);
    assert_eq!(
        s.status().sitting_secs,
        0,
        "a natural break reset the sitting clock"
    );
}

#[test]
fn the_next_deadline_is_when_something_can_change() {
    let mut s = Scheduler::new(movement_only(), at(9, 0));
    let mut shown = Vec::new();
    type_until(&mut s, at(9, 1), at(9, 38), &mut shown);
    assert_eq!(
        s.next_deadline(),
        at(9, 40),
        "movement due before the presence check"
    );
    let mut s = Scheduler::new(movement_only(), at(9, 0));
    s.observe(Sample::idle(at(9, 4), minutes(1)));
    // Typing stopped at 09:03: the next look is when the user could first count as away.
    assert_eq!(s.next_deadline(), at(9, 8));
}
