//! When a reminder is ignored, and before it comes: `[movement] insist` (never, gentle,
//! firm) over mornings where the user types through every ask, with the times worked out
//! by hand; and `[movement] heads_up`, which warns once a break is a minute away, but not
//! when the break merges with another reminder or the user is busy.

use super::support::*;
use chrono::TimeDelta;
use knotless_core::Time;
use knotless_core::history::EventKind;
use knotless_core::presence::{Quiet, Sample};
use knotless_core::reminder::ReminderKind;
use knotless_core::scheduler::{Command, Effect, HEADS_UP_KEY, Scheduler};
use knotless_core::script::IdleScript;
use knotless_core::settings::{Insist, Settings};
use knotless_core::simulate::{Response, run};

fn ignoring_all_morning(insist: Insist) -> Vec<knotless_core::history::Event> {
    let mut settings = movement_only();
    settings.movement.insist = insist;
    let script = IdleScript::workday(minutes(150));
    run(&settings, &[script.on(monday(), &utc())], Response::Ignore).events
}

fn count(events: &[knotless_core::history::Event], name: &str) -> usize {
    names(events).iter().filter(|n| **n == name).count()
}

#[test]
fn never_an_ignored_reminder_is_missed_and_counted_again_from_then() {
    let events = ignoring_all_morning(Insist::Never);
    // Due at 09:40, missed 3 minutes later at 09:43, due again 40 minutes after that.
    assert_eq!(
        reminder_times(&events, ReminderKind::Movement, &utc()),
        ["09:40", "10:23", "11:06"]
    );
    assert_eq!(count(&events, "missed"), 3);
    assert_eq!(count(&events, "ignored"), 0);
}

#[test]
fn gentle_an_ignored_reminder_is_asked_once_more_after_the_snooze_length() {
    let events = ignoring_all_morning(Insist::Gentle);
    // 09:40 asked, unanswered by 09:43, asked again 5 minutes later at 09:48, missed at
    // 09:51; due 40 minutes of sitting later at 10:31, again at 10:39; then 11:22 and
    // 11:30, as the morning ends.
    assert_eq!(
        reminder_times(&events, ReminderKind::Movement, &utc()),
        ["09:40", "09:48", "10:31", "10:39", "11:22", "11:30"]
    );
    assert_eq!(count(&events, "ignored"), 3);
    assert_eq!(count(&events, "missed"), 2);
    // The second ask says so in history; neither is in the window.
    let asks: Vec<(u32, bool)> = events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::Reminder {
                ignored, window, ..
            } => Some((ignored, window)),
            _ => None,
        })
        .collect();
    assert_eq!(asks[..2], [(0, false), (1, false)]);
}

#[test]
fn firm_the_third_ask_opens_the_prompt_window_then_it_is_missed() {
    let events = ignoring_all_morning(Insist::Firm);
    // 09:40, 09:48, 09:56 (in the window), missed at 09:59; due again at 10:39, 10:47,
    // 10:55, missed at 10:58; due at 11:38, after the morning.
    assert_eq!(
        reminder_times(&events, ReminderKind::Movement, &utc()),
        ["09:40", "09:48", "09:56", "10:39", "10:47", "10:55"]
    );
    let windows: Vec<bool> = events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::Reminder { window, .. } => Some(window),
            _ => None,
        })
        .collect();
    assert_eq!(windows, [false, false, true, false, false, true]);
    assert_eq!(count(&events, "ignored"), 4);
    assert_eq!(count(&events, "missed"), 2);
}

#[test]
fn a_snooze_the_user_chose_starts_the_asks_again() {
    let mut settings = movement_only();
    settings.movement.insist = Insist::Gentle;
    let mut s = Scheduler::new(settings, at(9, 0));
    let mut shown = Vec::new();
    type_through(&mut s, at(9, 1), at(9, 40), &mut shown);
    s.handle(at(9, 41), Command::Snooze(None)).result.unwrap();
    // Back at 09:46 as a first ask; ignored, asked again at 09:54; missed at 09:57.
    type_through(&mut s, at(9, 42), at(10, 0), &mut shown);
    let asks: Vec<(Time, u32)> = shown.iter().map(|(t, r)| (*t, r.ask)).collect();
    assert_eq!(asks, [(at(9, 40), 1), (at(9, 46), 1), (at(9, 54), 2)]);
}

/// Types minute by minute from `from` to `to`; every reminder shown goes into `shown`, and
/// the heads-ups into the returned list.
fn type_through(
    s: &mut Scheduler,
    from: Time,
    to: Time,
    shown: &mut Vec<(Time, knotless_core::reminder::Reminder)>,
) -> Vec<(Time, u64)> {
    sample_through(s, from, to, Quiet::No, shown)
}

fn sample_through(
    s: &mut Scheduler,
    from: Time,
    to: Time,
    quiet: Quiet,
    shown: &mut Vec<(Time, knotless_core::reminder::Reminder)>,
) -> Vec<(Time, u64)> {
    let mut heads_ups = Vec::new();
    let mut t = from;
    while t <= to {
        let sample = Sample {
            quiet,
            ..Sample::idle(t, TimeDelta::zero())
        };
        for effect in s.observe(sample) {
            match effect {
                Effect::Show(r) => shown.push((t, r)),
                Effect::HeadsUp { in_secs } => heads_ups.push((t, in_secs)),
                _ => {}
            }
        }
        t += minutes(1);
    }
    heads_ups
}

fn heads_up(insist: Insist) -> Settings {
    let mut settings = movement_only();
    settings.movement.heads_up = minutes(1);
    settings.movement.insist = insist;
    settings
}

#[test]
fn a_heads_up_comes_a_minute_before_the_break_and_the_break_takes_it_away() {
    let mut s = Scheduler::new(heads_up(Insist::Gentle), at(9, 0));
    let mut shown = Vec::new();
    let heads_ups = type_through(&mut s, at(9, 1), at(9, 39), &mut shown);
    assert_eq!(heads_ups, [(at(9, 39), 60)]);
    // The deadline asked for is the heads-up's, not a minute of polling.
    let mut s = Scheduler::new(heads_up(Insist::Gentle), at(9, 0));
    s.observe(Sample::idle(at(9, 0), TimeDelta::zero()));
    assert!(s.next_deadline() <= at(9, 39));
    let mut s = Scheduler::new(heads_up(Insist::Gentle), at(9, 0));
    type_through(&mut s, at(9, 1), at(9, 39), &mut shown);
    let effects = s.observe(Sample::idle(at(9, 40), TimeDelta::zero()));
    assert!(
        effects.contains(&Effect::Withdraw(HEADS_UP_KEY)),
        "{effects:?}"
    );
    assert!(effects.iter().any(|e| matches!(e, Effect::Show(_))));
}

#[test]
fn snooze_or_skip_on_the_heads_up_puts_the_break_off_or_skips_it() {
    let mut s = Scheduler::new(heads_up(Insist::Gentle), at(9, 0));
    let mut shown = Vec::new();
    type_through(&mut s, at(9, 1), at(9, 39), &mut shown);
    let snoozed = s.handle(at(9, 39), Command::Snooze(None));
    assert_eq!(snoozed.result, Ok(()));
    assert!(snoozed.effects.contains(&Effect::Withdraw(HEADS_UP_KEY)));
    // A minute left plus five of sitting: the break at 09:45, after a heads-up at 09:44.
    let heads_ups = type_through(&mut s, at(9, 40), at(9, 46), &mut shown);
    assert_eq!(heads_ups, [(at(9, 44), 60)]);
    assert_eq!(shown[0].0, at(9, 45));
    assert_eq!(shown[0].1.snoozes_left, 2, "no snooze of the break used up");

    let mut s = Scheduler::new(heads_up(Insist::Gentle), at(9, 0));
    let mut shown = Vec::new();
    type_through(&mut s, at(9, 1), at(9, 39), &mut shown);
    let skipped = s.handle(at(9, 39), Command::Skip);
    assert!(skipped.effects.contains(&Effect::Withdraw(HEADS_UP_KEY)));
    type_through(&mut s, at(9, 40), at(10, 10), &mut shown);
    assert!(shown.is_empty(), "{shown:?}");
}

#[test]
fn no_heads_up_when_the_break_merges_with_a_micro_pause_due_then() {
    let mut settings = heads_up(Insist::Gentle);
    settings.micro_pause.enabled = true;
    settings.micro_pause.every = minutes(20);
    let mut s = Scheduler::new(settings, at(9, 0));
    let mut shown = Vec::new();
    let heads_ups = type_through(&mut s, at(9, 1), at(9, 41), &mut shown);
    // 09:20 a micro-pause alone; 09:40 both at once: the micro-pause's notification says
    // it, so no heads-up came before.
    assert_eq!(heads_ups, []);
    let at_0940: Vec<&Vec<ReminderKind>> = shown
        .iter()
        .filter(|(t, _)| *t == at(9, 40))
        .map(|(_, r)| &r.kinds)
        .collect();
    assert_eq!(
        at_0940,
        [&vec![ReminderKind::Movement, ReminderKind::MicroPause]]
    );
}

#[test]
fn no_heads_up_while_busy_and_none_for_a_break_that_is_already_due() {
    let mut s = Scheduler::new(heads_up(Insist::Gentle), at(9, 0));
    let mut shown = Vec::new();
    type_through(&mut s, at(9, 1), at(9, 37), &mut shown);
    // In a call from 09:38 to 09:45: no heads-up, the break deferred.
    let heads_ups = sample_through(&mut s, at(9, 38), at(9, 45), Quiet::Busy, &mut shown);
    assert_eq!(heads_ups, []);
    assert!(shown.is_empty());
    // Free again: the break comes after the grace (two minutes by default), and no
    // heads-up for a break already due.
    let heads_ups = type_through(&mut s, at(9, 46), at(9, 50), &mut shown);
    assert_eq!(heads_ups, []);
    assert_eq!(shown.len(), 1, "{shown:?}");
}
