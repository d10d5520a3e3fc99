//! Properties of the scheduler under random activity, commands and clock trouble:
//! sitting time is never negative and never more than the wall time that passed, sitting
//! plus standing is exactly the present time, no reminder shows while paused, away or
//! outside working hours, and the next deadline is always ahead.

use super::support::*;
use chrono::TimeDelta;
use knotless::config::Settings;
use knotless_core::history::EventKind;
use knotless_core::presence::{Presence, Quiet, Sample};
use knotless_core::reminder::ReminderKind;
use knotless_core::scheduler::{Command, Effect, PauseLength, Scheduler};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Step {
    /// Wait this many seconds, then sample with this idle time (seconds), lock state and
    /// whether it is outside working hours.
    Sample {
        wait: i64,
        idle: i64,
        locked: bool,
        off_hours: bool,
    },
    /// The wall clock jumps by this many seconds (either way), then a sample.
    Jump {
        by: i64,
        idle: i64,
    },
    /// Wait until the scheduler's deadline and sample with this idle time (seconds).
    ToDeadline(i64),
    Command(Command),
}

fn command() -> impl Strategy<Value = Command> {
    prop_oneof![
        Just(Command::StartBreak),
        Just(Command::CompleteBreak),
        Just(Command::Skip),
        Just(Command::Resume),
        (10i64..1800).prop_map(|s| Command::Snooze(Some(TimeDelta::seconds(s)))),
        (10i64..7200).prop_map(|s| Command::Pause(PauseLength::For(TimeDelta::seconds(s)))),
        Just(Command::Pause(PauseLength::Indefinitely)),
        Just(Command::Stand),
        Just(Command::Sit),
        Just(Command::Later(ReminderKind::Stand)),
        Just(Command::Later(ReminderKind::ChangePosition)),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => (1i64..900, 0i64..1200, prop::bool::weighted(0.05), prop::bool::weighted(0.1)).prop_map(|(wait, idle, locked, off_hours)| Step::Sample { wait, idle, locked, off_hours }),
        1 => (-7200i64..7200, 0i64..600).prop_map(|(by, idle)| Step::Jump { by, idle }),
        3 => (0i64..900).prop_map(Step::ToDeadline),
        2 => command().prop_map(Step::Command),
    ]
}

fn settings() -> impl Strategy<Value = Settings> {
    (
        10i64..3600,
        10i64..600,
        10i64..600,
        0u32..4,
        10i64..1800,
        10i64..1800,
        0i64..600,
        any::<bool>(),
        (any::<bool>(), 10i64..3600, 10i64..3600),
        (0i64..300, 0usize..3),
    )
        .prop_map(
            |(every, length, away, snoozes, micro, water, merge, nudges, standing, ask)| {
                let mut s = Settings::default();
                s.movement.heads_up = TimeDelta::seconds(ask.0);
                s.movement.insist = knotless_core::settings::Insist::from_name(
                    knotless_core::settings::Insist::NAMES[ask.1],
                )
                .unwrap();
                s.movement.every = TimeDelta::seconds(every);
                s.movement.length = TimeDelta::seconds(length);
                s.movement.max_snoozes = snoozes;
                s.presence.natural_break_after = TimeDelta::seconds(away);
                s.micro_pause.every = TimeDelta::seconds(micro);
                s.micro_pause.enabled = nudges;
                s.hydration.every = TimeDelta::seconds(water);
                s.hydration.enabled = nudges;
                s.schedule.merge_within = TimeDelta::seconds(merge);
                s.standing.enabled = standing.0;
                s.standing.every = TimeDelta::seconds(standing.1);
                s.standing.max = TimeDelta::seconds(standing.2);
                s
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn scheduler_invariants_hold(settings in settings(), steps in prop::collection::vec(step(), 1..120)) {
        let mut s = Scheduler::new(settings, at(9, 0));
        let mut t = at(9, 0);
        // Wall time that really passed (jumps back count nothing, jumps forward count).
        let mut elapsed = TimeDelta::zero();
        let mut off_hours = false;
        for step in steps {
            // A pause command may follow a prompt shown in the same step; check the rest.
            let pausing = matches!(step, Step::Command(Command::Pause(_)));
            let effects = match step {
                Step::Sample { wait, idle, locked, off_hours: off } => {
                    t += TimeDelta::seconds(wait);
                    elapsed += TimeDelta::seconds(wait);
                    off_hours = off;
                    let quiet = if off { Quiet::OffHours } else { Quiet::No };
                    s.observe(Sample { at: t, idle: Some(TimeDelta::seconds(idle)), locked, quiet })
                }
                Step::Jump { by, idle } => {
                    t += TimeDelta::seconds(by);
                    elapsed += TimeDelta::seconds(by.max(0));
                    off_hours = false;
                    s.observe(Sample::idle(t, TimeDelta::seconds(idle)))
                }
                Step::ToDeadline(idle) => {
                    let next = s.next_deadline();
                    elapsed += next - t;
                    t = next;
                    off_hours = false;
                    s.observe(Sample::idle(t, TimeDelta::seconds(idle)))
                }
                Step::Command(c) => s.handle(t, c).effects,
            };
            let status = s.status();
            prop_assert!(s.sitting() >= TimeDelta::zero());
            prop_assert!(TimeDelta::seconds(status.sitting_secs as i64) <= elapsed, "sat {} of {}", status.sitting_secs, elapsed);
            prop_assert!(s.next_deadline() > s.now());
            let totals = s.totals();
            prop_assert_eq!(totals.sitting + totals.standing, totals.present);
            prop_assert!(totals.sitting >= TimeDelta::zero() && totals.standing >= TimeDelta::zero());
            prop_assert!(totals.present <= elapsed, "present {} of {}", totals.present, elapsed);
            prop_assert!(TimeDelta::seconds(status.standing_secs as i64) <= totals.standing);
            for effect in &effects {
                match effect {
                    Effect::Show(r) => {
                        prop_assert!(pausing || !status.paused, "reminder {r:?} while paused");
                        prop_assert!(status.presence != Presence::Away, "reminder {r:?} while away");
                        prop_assert!(!off_hours, "reminder {r:?} outside working hours");
                    }
                    Effect::Record(e) => {
                        if let EventKind::Sitting { secs, span_secs } = e.kind {
                            prop_assert!(secs <= span_secs);
                            prop_assert!(TimeDelta::seconds(secs as i64) <= elapsed);
                        }
                    }
                    Effect::HeadsUp { in_secs } => {
                        prop_assert!(pausing || !status.paused, "heads-up while paused");
                        prop_assert!(status.presence != Presence::Away, "heads-up while away");
                        prop_assert!(!off_hours, "heads-up outside working hours");
                        prop_assert!(*in_secs > 0, "a heads-up for a break due now");
                    }
                    Effect::Withdraw(_) => {}
                }
            }
        }
    }
}
