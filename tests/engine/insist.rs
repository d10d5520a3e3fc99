//! The heads-up before a break and the asks after an ignored one, through the engine: what
//! the notifications say and offer, what answering the heads-up does, and the firm level's
//! last ask in the prompt window instead of a notification.

use super::story::{QUIET, Story, minutes};
use knotless::daemon::Input;
use knotless::daemon::ports::{Answer, Urgency, Window};
use knotless_core::scheduler::HEADS_UP_KEY;
use knotless_core::status::PhaseName;

#[test]
fn a_heads_up_a_minute_before_is_quiet_and_its_snooze_puts_the_break_off() {
    let mut day = Story::new(&format!("{QUIET}[movement]\nheads_up = \"1m\"\n"));
    day.type_for(minutes(39));
    let shown = day.shown();
    assert_eq!(shown.len(), 1, "{shown:?}");
    let heads_up = &shown[0];
    assert_eq!(heads_up.key, HEADS_UP_KEY);
    assert_eq!(heads_up.summary, "Break in 1 min: finish your sentence");
    assert_eq!(heads_up.urgency, Urgency::Low);
    assert!(!heads_up.sound);
    let labels: Vec<&str> = heads_up.actions.iter().map(|(_, l)| l.as_str()).collect();
    assert_eq!(labels, ["Snooze 5 min", "Skip"]);
    assert_eq!(day.events(), ["heads_up"]);
    day.input(Input::Answer {
        key: HEADS_UP_KEY,
        answer: Answer::Snooze,
    });
    assert!(day.world.lock().unwrap().withdrawn.contains(&HEADS_UP_KEY));
    assert_eq!(day.events(), ["heads_up", "postponed"]);
    assert_eq!(day.status().core.next_movement_in_secs, 6 * 60);
    assert_eq!(day.status().core.phase, PhaseName::Counting);
}

#[test]
fn firm_asks_twice_by_notification_then_in_the_prompt_window() {
    let mut day = Story::new(&format!("{QUIET}[movement]\ninsist = \"firm\"\n"));
    day.type_for(minutes(40));
    assert_eq!(day.shown().len(), 1);
    // Unanswered for 3 minutes, asked again 5 minutes later, by notification.
    day.type_for(minutes(8));
    assert_eq!(day.shown().len(), 2);
    assert!(day.world.lock().unwrap().windows.is_empty());
    // Unanswered again: the third ask is the prompt window, and no third notification.
    day.type_for(minutes(8));
    assert_eq!(day.shown().len(), 2, "{:?}", day.shown());
    assert_eq!(day.world.lock().unwrap().windows, [Window::BreakPrompt]);
    let history = day.history();
    let asks: Vec<(u64, bool)> = history
        .iter()
        .filter(|e| e["event"] == "reminder")
        .map(|e| (e["ignored"].as_u64().unwrap_or(0), e["window"] == true))
        .collect();
    assert_eq!(asks, [(0, false), (1, false), (2, true)]);
    day.type_for(minutes(3));
    assert_eq!(day.events().last().unwrap(), "missed");
}
