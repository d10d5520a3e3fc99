//! A sit-stand desk through the engine: `stand` and `sit` requests, the tray's "Standing"
//! item, the nudge's "I'm standing" and "Later", and what status and history say. The
//! config is the quiet one with `[standing]` on at its defaults (stand after 30 minutes of
//! sitting, change position after 45 of standing, "Later" is the 5-minute snooze).

use super::story::{QUIET, Story, minutes};
use knotless::daemon::Input;
use knotless::daemon::ports::{Answer, TrayAction};
use knotless::ipc::Request;
use knotless_core::presence::Posture;

fn desk() -> String {
    format!("{QUIET}[standing]\nenabled = true\n")
}

#[test]
fn stand_and_sit_requests_hold_and_release_the_sitting_clock() {
    let mut day = Story::new(&desk());
    day.type_for(minutes(10));
    let reply = day.request(Request::Stand);
    assert!(reply.ok, "{}", reply.message);
    assert!(
        reply.message.contains("holds at 10 min"),
        "{}",
        reply.message
    );
    day.type_for(minutes(20));
    let status = day.status();
    assert_eq!(status.core.posture, Posture::Standing);
    assert_eq!(status.core.standing_secs, 20 * 60);
    assert_eq!(status.core.sitting_secs, 10 * 60);
    // The movement break is 30 minutes of sitting off still.
    assert_eq!(status.core.next_movement_in_secs, 30 * 60);
    let again = day.request(Request::Stand);
    assert!(!again.ok);
    assert_eq!(again.message, "you are standing already");
    let reply = day.request(Request::Sit);
    assert!(reply.ok, "{}", reply.message);
    assert!(
        reply.message.contains("after standing 20 min"),
        "{}",
        reply.message
    );
    assert_eq!(day.status().core.posture, Posture::Sitting);
    let history = day.history();
    let sat = history.iter().find(|e| e["event"] == "sat_down").unwrap();
    assert_eq!(sat["standing_secs"], 20 * 60);
    assert!(day.events().contains(&"stood_up".to_owned()));
    // The tray's tooltip said so while standing; its item follows the posture.
    let tray = day.world.lock().unwrap().tray.clone().unwrap();
    assert!(tray.core.standing_desk);
    assert_eq!(tray.core.posture, Posture::Sitting);
}

#[test]
fn without_a_standing_desk_stand_says_how_to_turn_it_on() {
    let mut day = Story::new(QUIET);
    let reply = day.request(Request::Stand);
    assert!(!reply.ok);
    assert!(reply.message.contains("[standing]"), "{}", reply.message);
    assert!(!day.status().core.standing_desk);
}

#[test]
fn the_tray_item_toggles_the_posture() {
    let mut day = Story::new(&desk());
    day.type_for(minutes(5));
    day.input(Input::Tray(TrayAction::ToggleStanding));
    assert_eq!(day.status().core.posture, Posture::Standing);
    day.type_for(minutes(5));
    day.input(Input::Tray(TrayAction::ToggleStanding));
    assert_eq!(day.status().core.posture, Posture::Sitting);
    assert_eq!(
        day.events()
            .iter()
            .filter(|e| *e == "stood_up" || *e == "sat_down")
            .count(),
        2
    );
}

#[test]
fn the_stand_nudge_asks_and_its_buttons_stand_up_or_put_it_off() {
    let mut day = Story::new(&desk());
    day.type_for(minutes(30));
    let shown = day.shown();
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(
        shown[0].summary.starts_with("Stand for a while?"),
        "{}",
        shown[0].summary
    );
    let buttons: Vec<(Answer, &str)> = shown[0]
        .actions
        .iter()
        .map(|(a, l)| (*a, l.as_str()))
        .collect();
    assert_eq!(
        buttons,
        [(Answer::Stand, "I'm standing"), (Answer::Later, "Later")]
    );
    assert!(shown[0].body.contains("about 15 min"), "{}", shown[0].body);
    // "Later": back after 5 more minutes of sitting.
    let key = shown[0].key;
    day.input(Input::Answer {
        key,
        answer: Answer::Later,
    });
    assert_eq!(day.history().last().unwrap()["event"], "postponed");
    day.type_for(minutes(4));
    assert_eq!(day.shown().len(), 1);
    day.type_for(minutes(1));
    let shown = day.shown();
    assert_eq!(shown.len(), 2, "{shown:?}");
    // "I'm standing" on the second one.
    let key = shown[1].key;
    day.input(Input::Answer {
        key,
        answer: Answer::Stand,
    });
    assert_eq!(day.status().core.posture, Posture::Standing);
    // A "Later" from the first, stale notification changes nothing now.
    let before = day.events().len();
    day.input(Input::Answer {
        key: shown[0].key,
        answer: Answer::Later,
    });
    assert_eq!(day.events().len(), before);
    // 45 minutes of standing: "change position", with "I'm sitting".
    day.type_for(minutes(45));
    let last = day.shown().last().unwrap().clone();
    assert_eq!(last.summary, "Time to change position");
    assert!(last.body.contains("standing for 45 min"), "{}", last.body);
    assert_eq!(last.actions[0], (Answer::Sit, "I'm sitting".to_owned()));
    day.input(Input::Answer {
        key: last.key,
        answer: Answer::Sit,
    });
    assert_eq!(day.status().core.posture, Posture::Sitting);
}

#[test]
fn turning_standing_off_in_the_config_sits_the_user_down() {
    let mut day = Story::new(&desk());
    day.type_for(minutes(3));
    assert!(day.request(Request::Stand).ok);
    day.type_for(minutes(7));
    day.edit_config(QUIET);
    let status = day.status();
    assert_eq!(status.core.posture, Posture::Sitting);
    assert!(!status.core.standing_desk);
    let history = day.history();
    let sat = history.iter().find(|e| e["event"] == "sat_down").unwrap();
    assert_eq!(sat["auto"], true);
    assert_eq!(sat["standing_secs"], 7 * 60);
}

#[test]
fn quitting_while_standing_closes_the_stand_in_history() {
    let mut day = Story::new(&desk());
    day.type_for(minutes(3));
    assert!(day.request(Request::Stand).ok);
    day.type_for(minutes(12));
    let day = day.restart(minutes(1));
    let history = day.history();
    let sat = history.iter().find(|e| e["event"] == "sat_down").unwrap();
    assert_eq!(sat["standing_secs"], 12 * 60);
    // A new run starts sitting.
    let mut day = day;
    assert_eq!(day.status().core.posture, Posture::Sitting);
}
