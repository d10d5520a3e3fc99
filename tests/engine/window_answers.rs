//! Every way out of the break window is an answer: the window's own (closed, Escape, a
//! button) with how it was given and how much was done, the daemon's for a window whose
//! process ended without one, and none twice.

use super::story::{QUIET, Story, minutes};
use knotless::daemon::Input;
use knotless::daemon::ports::{Answer, Window};
use knotless::ipc::Request;
use knotless_core::history::{BreakAnswer, How};
use knotless_core::status::PhaseName;

/// A day with a break started from its reminder's notification, its window open.
fn on_break() -> Story {
    let mut day = Story::new(QUIET);
    day.type_for(minutes(40));
    let key = day.shown()[0].key;
    day.input(Input::Answer {
        key,
        answer: Answer::Start,
    });
    assert_eq!(day.status().core.phase, PhaseName::OnBreak);
    day
}

fn answer(answer: BreakAnswer, how: How, steps_done: u32) -> Request {
    Request::Answer {
        answer,
        how,
        steps_done,
        steps: 4,
    }
}

#[test]
fn closing_the_window_during_the_steps_is_a_snooze_said_as_a_close_and_the_break_comes_back() {
    let mut day = on_break();
    let reply = day.request(answer(BreakAnswer::Snoozed, How::Closed, 1));
    assert!(reply.ok, "{}", reply.message);
    assert_eq!(
        day.events()[day.events().len() - 2..],
        ["snoozed", "answered"]
    );
    let answered = day.history().pop().unwrap();
    assert_eq!(answered["answer"], "snoozed");
    assert_eq!(answered["how"], "closed");
    assert_eq!(answered["steps_done"], 1);
    assert_eq!(answered["steps"], 4);
    let status = day.status();
    assert_eq!(status.core.phase, PhaseName::Snoozed);
    assert_eq!(status.core.snoozes_left, 1);
    // The next reminder comes on time: the snooze's 5 minutes.
    day.type_for(minutes(5));
    assert_eq!(day.status().core.phase, PhaseName::Prompting);
}

#[test]
fn a_break_started_after_its_snoozes_does_not_get_them_back_and_a_close_then_skips() {
    let mut day = Story::new(QUIET);
    day.type_for(minutes(40));
    for _ in 0..2 {
        let key = day.shown().last().unwrap().key;
        day.input(Input::Answer {
            key,
            answer: Answer::Snooze,
        });
        day.type_for(minutes(5));
    }
    let key = day.shown().last().unwrap().key;
    day.input(Input::Answer {
        key,
        answer: Answer::Start,
    });
    assert_eq!(day.status().core.snoozes_left, 0);
    // The window asks for a snooze (it thought one was left): none is, so it is a skip.
    let reply = day.request(answer(BreakAnswer::Snoozed, How::Escape, 0));
    assert!(reply.ok, "{}", reply.message);
    let answered = day.history().pop().unwrap();
    assert_eq!(answered["answer"], "skipped");
    assert_eq!(answered["how"], "escape");
    assert!(day.events().contains(&"break_skipped".to_owned()));
    assert_eq!(day.status().core.phase, PhaseName::Counting);
}

#[test]
fn done_early_is_completed_with_how_much_was_done() {
    let mut day = on_break();
    day.idle_for(minutes(1));
    let reply = day.request(answer(BreakAnswer::Completed, How::Button, 2));
    assert!(reply.ok, "{}", reply.message);
    let history = day.history();
    assert_eq!(history[history.len() - 2]["event"], "break_completed");
    assert_eq!(history[history.len() - 1]["steps_done"], 2);
    assert_eq!(day.status().core.sitting_secs, 0);
}

#[test]
fn a_window_gone_without_answering_is_answered_for_and_the_next_reminder_comes() {
    let mut day = on_break();
    day.input(Input::WindowGone(Window::Break));
    let answered = day.history().pop().unwrap();
    assert_eq!(answered["event"], "answered");
    assert_eq!(answered["answer"], "snoozed");
    assert_eq!(answered["how"], "window_gone");
    assert!(answered.get("steps_done").is_none(), "unknown: {answered}");
    assert_eq!(day.status().core.phase, PhaseName::Snoozed);
    day.type_for(minutes(5));
    assert_eq!(day.status().core.phase, PhaseName::Prompting);
}

#[test]
fn a_window_answered_or_answered_elsewhere_is_never_answered_twice() {
    let mut day = on_break();
    assert!(
        day.request(answer(BreakAnswer::Completed, How::Button, 4))
            .ok
    );
    let before = day.events();
    // Its process ends after its answer: nothing more.
    day.input(Input::WindowGone(Window::Break));
    assert_eq!(day.events(), before);

    // `knotless skip` while the window shows; the window's late answer is refused, and does
    // not skip the next break.
    let mut day = on_break();
    assert!(day.request(Request::Skip).ok);
    let before = day.events();
    let reply = day.request(answer(BreakAnswer::Skipped, How::Closed, 0));
    assert!(!reply.ok);
    day.input(Input::WindowGone(Window::Break));
    assert_eq!(day.events(), before);
    assert_eq!(day.status().core.next_movement_in_secs, 40 * 60);
}

#[test]
fn a_question_window_gone_unanswered_snoozes_its_reminder() {
    let mut day = Story::new(QUIET);
    day.world.lock().unwrap().no_buttons = true;
    day.type_for(minutes(40));
    assert_eq!(day.world.lock().unwrap().windows, [Window::BreakPrompt]);
    day.input(Input::WindowGone(Window::BreakPrompt));
    assert_eq!(day.status().core.phase, PhaseName::Snoozed);
    assert_eq!(day.history().pop().unwrap()["how"], "window_gone");
    // Other windows ending answer nothing.
    let before = day.events();
    day.input(Input::WindowGone(Window::Settings));
    assert_eq!(day.events(), before);
}
