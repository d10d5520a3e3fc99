//! The flow without a window: each way out, the key guard, "Done early?", and (as
//! properties over any sequence of keys, clicks and time) exactly one answer per break.

use super::*;
use crate::exercise::{Kind, Position, Step};
use chrono::TimeZone;
use proptest::prelude::*;

fn at(ms: i64) -> Time {
    chrono::Utc.with_ymd_and_hms(2026, 12, 2, 9, 0, 0).unwrap() + TimeDelta::milliseconds(ms)
}

fn exercise(id: &str, kind: Kind, steps: &[u32]) -> Exercise {
    Exercise {
        id: id.into(),
        title: format!("Exercise {id}"),
        summary: "Something gentle.".into(),
        regions: vec![Region::Shoulders],
        loads: Some(vec![Region::Shoulders]),
        kind,
        position: Position::Seated,
        equipment: Vec::new(),
        steps: steps
            .iter()
            .map(|&seconds| Step {
                text: "Do it.".into(),
                seconds,
                ..Step::default()
            })
            .collect(),
        cautions: Vec::new(),
        frames: Vec::new(),
        figure: None,
        without_looking: false,
        translations: Default::default(),
    }
}

fn plan(snoozes_left: u32) -> Plan {
    let mut plan = Plan::only(exercise("rolls", Kind::Mobility, &[10, 10, 10]));
    plan.snoozes_left = snoozes_left;
    plan.alternatives = vec![exercise("breath", Kind::Breathing, &[20])];
    plan.choices = vec![
        exercise("breath", Kind::Breathing, &[20]),
        exercise("rolls", Kind::Mobility, &[10, 10, 10]),
    ];
    plan.checkin = vec![Region::Neck, Region::Shoulders];
    plan
}

fn answers(reports: &[Report]) -> Vec<(BreakAnswer, How, u32)> {
    reports
        .iter()
        .filter_map(|r| match r {
            Report::Answer {
                answer,
                how,
                steps_done,
                ..
            } => Some((*answer, *how, *steps_done)),
            _ => None,
        })
        .collect()
}

#[test]
fn closing_during_the_steps_snoozes_while_snoozes_are_left_else_skips() {
    let mut flow = Flow::new(plan(1), at(0));
    flow.set_now(at(12_000));
    flow.close();
    assert!(flow.is_closed());
    assert_eq!(
        answers(&flow.take_reports()),
        [(BreakAnswer::Snoozed, How::Closed, 1)]
    );

    let mut flow = Flow::new(plan(0), at(0));
    flow.close();
    assert_eq!(
        answers(&flow.take_reports()),
        [(BreakAnswer::Skipped, How::Closed, 0)]
    );
}

#[test]
fn closing_after_the_last_step_is_done_with_every_step() {
    let mut flow = Flow::new(plan(2), at(0));
    flow.set_now(at(31_000));
    assert!(matches!(flow.stage(), Stage::Steps(s) if s.time_up));
    assert_eq!(flow.take_beats(), [Beat::Step, Beat::Step, Beat::End]);
    flow.close();
    assert_eq!(
        answers(&flow.take_reports()),
        [(BreakAnswer::Completed, How::Closed, 3)]
    );
    assert!(flow.is_closed());
}

#[test]
fn keys_do_nothing_in_the_first_moments_of_the_window_and_of_each_stage() {
    let mut flow = Flow::new(
        plan(2).asking("Time to move".into(), TimeDelta::minutes(5)),
        at(0),
    );
    flow.set_now(at(1_000));
    flow.key(Key::Enter);
    flow.key(Key::Escape);
    assert_eq!(flow.stage(), &Stage::Prompt);
    assert!(flow.take_reports().is_empty());
    flow.set_now(at(1_600));
    flow.key(Key::Enter);
    assert_eq!(flow.take_reports(), [Report::Start]);
    // A second Enter right after the first: the steps have just begun.
    flow.set_now(at(2_000));
    flow.key(Key::Enter);
    assert!(matches!(flow.stage(), Stage::Steps(s) if s.step == 0));
    flow.set_now(at(3_200));
    flow.key(Key::Enter);
    assert!(matches!(flow.stage(), Stage::Steps(s) if s.step == 1));
}

#[test]
fn done_before_the_last_step_asks_first_and_records_how_much_was_done() {
    let mut flow = Flow::new(plan(2), at(0));
    flow.set_now(at(11_000));
    flow.press(Action::Done);
    assert!(matches!(flow.stage(), Stage::Steps(s) if s.confirming_done));
    assert!(flow.take_reports().is_empty(), "nothing recorded yet");
    flow.press(Action::KeepGoing);
    flow.press(Action::Done);
    flow.press(Action::ConfirmDone);
    assert_eq!(
        answers(&flow.take_reports()),
        [(BreakAnswer::Completed, How::Button, 1)]
    );
    assert_eq!(flow.stage(), &Stage::Finished);
    assert_eq!(flow.took(), TimeDelta::seconds(11));
}

#[test]
fn enter_is_next_then_done_on_the_last_step_and_never_done_early() {
    let mut flow = Flow::new(plan(2), at(0));
    for (t, step) in [(2_000, 1), (4_000, 2)] {
        flow.set_now(at(t));
        flow.key(Key::Enter);
        assert!(matches!(flow.stage(), Stage::Steps(s) if s.step == step));
    }
    assert!(flow.take_reports().is_empty());
    flow.set_now(at(6_000));
    flow.key(Key::Enter);
    assert_eq!(
        answers(&flow.take_reports()),
        [(BreakAnswer::Completed, How::Enter, 3)]
    );
}

#[test]
fn the_check_in_has_no_answer_until_one_is_given_and_escape_leaves_it() {
    let mut flow = Flow::new(plan(2), at(0));
    flow.set_now(at(31_000));
    flow.press(Action::Done);
    flow.press(Action::Continue);
    let Stage::Checkin(c) = flow.stage() else {
        panic!("{:?}", flow.stage())
    };
    assert!(!c.answered());
    flow.press(Action::SaveCheckin);
    assert!(matches!(flow.stage(), Stage::Checkin(_)), "nothing to save");
    flow.press(Action::Score(Region::Neck, 3));
    flow.press(Action::Warning(true));
    flow.press(Action::WarningIn(Region::Shoulders, true));
    flow.press(Action::SaveCheckin);
    let reports = flow.take_reports();
    let Some(Report::Checkin { areas }) =
        reports.iter().find(|r| matches!(r, Report::Checkin { .. }))
    else {
        panic!("{reports:?}")
    };
    assert_eq!(
        areas,
        &[
            AreaCheck {
                region: Region::Neck,
                score: 3,
                red_flag: false
            },
            AreaCheck {
                region: Region::Shoulders,
                score: 0,
                red_flag: true
            }
        ]
    );
    // The warning sign brings the advice to seek help.
    assert!(
        matches!(flow.stage(), Stage::Advice(a) if a.iter().any(|a| matches!(a, Advice::SeekHelp { .. })))
    );

    let mut flow = Flow::new(plan(2), at(0));
    flow.set_now(at(31_000));
    flow.press(Action::Done);
    flow.press(Action::Continue);
    flow.set_now(at(40_000));
    flow.key(Key::Escape);
    assert!(flow.is_closed());
    assert!(
        !flow
            .take_reports()
            .iter()
            .any(|r| matches!(r, Report::Checkin { .. }))
    );
}

#[test]
fn a_break_answered_elsewhere_closes_without_a_second_answer() {
    let mut flow = Flow::new(plan(2), at(0));
    flow.answered_elsewhere();
    flow.close();
    assert!(flow.is_closed());
    assert!(answers(&flow.take_reports()).is_empty());
}

#[test]
fn an_unanswered_prompt_closes_when_the_reminder_is_missed() {
    let mut flow = Flow::new(plan(2).asking("Time".into(), TimeDelta::seconds(60)), at(0));
    flow.set_now(at(60_000));
    assert!(flow.is_closed());
    assert!(flow.take_reports().is_empty());
}

#[test]
fn another_suggestion_and_the_choose_list_switch_and_start_the_steps_again() {
    let mut flow = Flow::new(plan(2), at(0));
    flow.set_now(at(12_000));
    flow.press(Action::Another);
    assert_eq!(flow.exercise().id, "breath");
    assert!(matches!(flow.stage(), Stage::Steps(s) if s.step == 0));
    flow.press(Action::Choose("rolls".into()));
    assert_eq!(flow.exercise().id, "rolls");
    assert_eq!(
        flow.take_reports(),
        [
            Report::Switched {
                exercise: "breath".into()
            },
            Report::Switched {
                exercise: "rolls".into()
            }
        ]
    );
}

#[test]
fn a_step_that_gets_you_up_or_down_lasts_long_enough_to_do_it() {
    let mut e = exercise("up", Kind::Stretch, &[5, 5, 5]);
    e.steps[1].text = "Lie down on your back.".into();
    assert_eq!(step_seconds(&e, 0), 5, "seated: nothing to get into");
    assert_eq!(step_seconds(&e, 1), GET_THERE_SECS);
    assert_eq!(step_seconds(&e, 2), 5);
    e.position = Position::Standing;
    assert_eq!(
        step_seconds(&e, 0),
        GET_THERE_SECS,
        "standing up from the desk"
    );
    let mut flow = Flow::new(Plan::only(e), at(0));
    flow.set_now(at(9_000));
    assert!(matches!(flow.stage(), Stage::Steps(s) if s.step == 0));
    assert_eq!(flow.seconds_left(), 1);
}

#[test]
fn another_suggestion_never_runs_one_kind() {
    let ranked: Vec<Exercise> = [
        ("b1", Kind::Breathing),
        ("b2", Kind::Breathing),
        ("b3", Kind::Breathing),
        ("s1", Kind::Stretch),
        ("m1", Kind::Mobility),
        ("b4", Kind::Breathing),
    ]
    .iter()
    .map(|(id, kind)| exercise(id, *kind, &[10]))
    .collect();
    let ids: Vec<String> = plan::vary_kinds(Kind::Breathing, &ranked, 5)
        .into_iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(ids, ["s1", "b1", "m1", "b2", "b3"]);
}

/// Anything a user (or a stray key) can do, at some moment.
#[derive(Debug, Clone)]
enum Input {
    Wait(i64),
    Key(Key),
    Press(Action),
    Close,
    Elsewhere,
}

fn input() -> impl Strategy<Value = Input> {
    let action = prop_oneof![
        Just(Action::Start),
        Just(Action::Next),
        Just(Action::Done),
        Just(Action::ConfirmDone),
        Just(Action::KeepGoing),
        Just(Action::TogglePause),
        Just(Action::Snooze),
        Just(Action::Skip),
        Just(Action::Another),
        Just(Action::Choose("breath".into())),
        Just(Action::Feel(Feeling::Worse)),
        Just(Action::Continue),
        Just(Action::Score(Region::Neck, 4)),
        Just(Action::Warning(true)),
        Just(Action::SaveCheckin),
        Just(Action::AllFine),
        Just(Action::LeaveCheckin),
        Just(Action::Understood),
        Just(Action::CheckInNow),
        Just(Action::ProviderNoteRead),
    ];
    prop_oneof![
        (0i64..15_000).prop_map(Input::Wait),
        prop_oneof![Just(Key::Enter), Just(Key::Escape), Just(Key::Space)].prop_map(Input::Key),
        action.prop_map(Input::Press),
        Just(Input::Close),
        Just(Input::Elsewhere),
    ]
}

proptest! {
    /// However the break goes, once the window closes exactly one answer was recorded
    /// (none when the daemon answered elsewhere), and a key within the guard never
    /// records anything.
    #[test]
    fn every_path_ends_in_exactly_one_answer(
        inputs in proptest::collection::vec(input(), 0..40),
        asking in any::<bool>(),
        snoozes in 0u32..3,
    ) {
        let mut p = plan(snoozes);
        if asking {
            p = p.asking("Time to move".into(), TimeDelta::minutes(10));
        }
        let mut now = 0;
        let mut flow = Flow::new(p, at(now));
        let mut reports = Vec::new();
        let mut elsewhere = false;
        for input in inputs {
            match input {
                Input::Wait(ms) => {
                    now += ms;
                    flow.set_now(at(now));
                }
                Input::Key(key) => {
                    let guarded = !flow.takes_keys();
                    flow.key(key);
                    let new = flow.take_reports();
                    prop_assert!(!guarded || new.is_empty(), "{key:?} in the guard: {new:?}");
                    reports.extend(new);
                }
                Input::Press(action) => flow.press(action),
                Input::Close => flow.close(),
                Input::Elsewhere => {
                    elsewhere |= !flow.is_answered();
                    flow.answered_elsewhere();
                }
            }
            reports.extend(flow.take_reports());
        }
        flow.close();
        reports.extend(flow.take_reports());
        prop_assert!(flow.is_closed());
        let n = answers(&reports).len();
        prop_assert_eq!(n, usize::from(!elsewhere), "{:?}", reports);
        // Completed only after the last step or "Done early?".
        for r in &reports {
            if let Report::Answer { answer: BreakAnswer::Snoozed, .. } = r {
                prop_assert!(snoozes > 0);
            }
        }
    }
}
