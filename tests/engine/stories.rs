//! Whole stories through the engine: given this morning, expect these prompts, windows,
//! history lines and status. Times are worked out from the default config (a movement break
//! after 40 minutes of sitting, 5-minute snoozes, away after 5 minutes without input, a
//! 2-minute break) with the other reminder kinds switched off unless a story needs them.

use super::story::{QUIET, Story, minutes};
use knotless::daemon::ports::{Answer, BREAK_KEY, Channel, Window};
use knotless::daemon::{Input, NotifyError, SessionEvent};
use knotless::ipc::Request;
use knotless_core::presence::Presence;
use knotless_core::status::PhaseName;

#[test]
fn forty_minutes_of_typing_shows_one_movement_reminder() {
    let mut day = Story::new(QUIET);
    day.type_for(minutes(39));
    assert!(day.shown().is_empty(), "{:?}", day.shown());
    assert_eq!(day.status().core.next_movement_in_secs, 60);
    day.type_for(minutes(1));
    let shown = day.shown();
    assert_eq!(shown.len(), 1, "{shown:?}");
    let labels: Vec<&str> = shown[0].actions.iter().map(|(_, l)| l.as_str()).collect();
    assert_eq!(labels, ["Start break", "Snooze 5 min", "Skip"]);
    assert_eq!(shown[0].default, Some(Answer::Start));
    assert!(shown[0].summary.contains("40 min"), "{}", shown[0].summary);
    // The reminder is recorded as it falls due, then the suggestion picked for it.
    assert_eq!(day.events(), ["reminder", "suggested"]);
    let history = day.history();
    assert_eq!(history[1]["id"], history[0]["id"]);
    // The suggestion in the notification is the one the status names.
    let exercise = day.status().exercise.expect("a reminder shows an exercise");
    assert_eq!(history[1]["exercise"], exercise.as_str());
    // The tray followed: it shows the break as due.
    let tray = day.world.lock().unwrap().tray.clone().unwrap();
    assert_eq!(tray.core.phase, PhaseName::Prompting);
}

#[test]
fn start_opens_the_break_window_and_done_resets_the_sitting_clock() {
    let mut day = Story::new(QUIET);
    day.type_for(minutes(40));
    let key = day.shown()[0].key;
    day.input(Input::Answer {
        key,
        answer: Answer::Start,
    });
    assert_eq!(day.world.lock().unwrap().windows, [Window::Break]);
    assert_eq!(day.events(), ["reminder", "suggested", "break_started"]);
    assert_eq!(day.status().core.phase, PhaseName::OnBreak);
    day.idle_for(minutes(2));
    let reply = day.request(Request::Done);
    assert!(reply.ok, "{}", reply.message);
    assert_eq!(day.events().last().unwrap(), "break_completed");
    let status = day.status();
    assert_eq!(status.core.sitting_secs, 0);
    assert_eq!(status.core.next_movement_in_secs, 40 * 60);
}

#[test]
fn without_a_desktop_start_guides_the_break_in_a_notification() {
    let mut day = Story::new(QUIET);
    day.world.lock().unwrap().desktop = false;
    day.type_for(minutes(40));
    let key = day.shown()[0].key;
    day.input(Input::Answer {
        key,
        answer: Answer::Start,
    });
    let guide = day.shown().pop().unwrap();
    assert_eq!(guide.key, BREAK_KEY);
    assert!(guide.summary.starts_with("Break · "), "{}", guide.summary);
    assert_eq!(guide.actions, [(Answer::Done, "Done".to_owned())]);
    day.input(Input::Answer {
        key: BREAK_KEY,
        answer: Answer::Done,
    });
    assert_eq!(day.events().last().unwrap(), "break_completed");
    assert!(day.world.lock().unwrap().withdrawn.contains(&BREAK_KEY));
}

#[test]
fn snooze_brings_the_same_break_back_and_skip_ends_it() {
    let mut day = Story::new(QUIET);
    day.type_for(minutes(40));
    let first = day.shown()[0].clone();
    day.input(Input::Answer {
        key: first.key,
        answer: Answer::Snooze,
    });
    assert_eq!(day.events().last().unwrap(), "snoozed");
    assert!(day.world.lock().unwrap().withdrawn.contains(&first.key));
    let exercise = day.status().exercise;
    day.type_for(minutes(4));
    assert_eq!(day.shown().len(), 1);
    day.type_for(minutes(1));
    let again = day.shown();
    assert_eq!(again.len(), 2, "{again:?}");
    // Shown again with the same suggestion and one snooze fewer.
    assert_eq!(day.status().exercise, exercise);
    assert_eq!(day.status().core.snoozes_left, 1);
    day.input(Input::Answer {
        key: again[1].key,
        answer: Answer::Skip,
    });
    assert_eq!(day.events().last().unwrap(), "break_skipped");
    assert_eq!(day.status().core.next_movement_in_secs, 40 * 60);
}

#[test]
fn a_natural_break_resets_the_sitting_clock() {
    let mut day = Story::new(QUIET);
    day.type_for(minutes(25));
    day.idle_for(minutes(6));
    assert_eq!(day.status().core.presence, Presence::Away);
    day.type_for(minutes(1));
    let natural = day
        .history()
        .into_iter()
        .find(|e| e["event"] == "natural_break")
        .expect("a natural break");
    // Away from the last input (09:25) until the return is seen: while away the engine
    // looks once a minute, so at 09:32, a minute into typing again.
    assert_eq!(natural["away_secs"], 7 * 60);
    let status = day.status();
    assert_eq!(status.core.presence, Presence::Active);
    assert_eq!(status.core.sitting_secs, 0);
    // 40 minutes of sitting count again from the return.
    day.type_for(minutes(39));
    assert!(day.shown().is_empty());
    day.type_for(minutes(1));
    assert_eq!(day.shown().len(), 1);
}

#[test]
fn locking_the_screen_is_away_at_once_and_a_long_lock_is_a_natural_break() {
    let mut day = Story::new(QUIET);
    day.type_for(minutes(30));
    day.input(Input::Session(SessionEvent::Locked(true)));
    assert_eq!(day.status().core.presence, Presence::Away);
    day.idle_for(minutes(3));
    day.input(Input::Session(SessionEvent::Locked(false)));
    day.type_for(minutes(1));
    assert!(
        day.events().contains(&"natural_break".to_owned()),
        "{:?}",
        day.events()
    );
    // Back at the first look after the unlock (while away the engine looks once a minute):
    // the 30 minutes before the lock are gone.
    let status = day.status();
    assert_eq!(status.core.presence, Presence::Active);
    assert!(
        status.core.sitting_secs <= 60,
        "{}",
        status.core.sitting_secs
    );
}

#[test]
fn a_busy_call_defers_the_break_and_it_is_made_up_once_free() {
    let mut day = Story::new(QUIET);
    day.world.lock().unwrap().busy = Some("camera");
    day.type_for(minutes(45));
    assert!(day.shown().is_empty(), "{:?}", day.shown());
    assert_eq!(day.events(), ["deferred"]);
    assert_eq!(day.status().busy.as_deref(), Some("camera"));
    day.world.lock().unwrap().busy = None;
    // Shown once free for [context] grace (2 minutes).
    day.type_for(minutes(1));
    assert!(day.shown().is_empty());
    day.type_for(minutes(2));
    assert_eq!(day.shown().len(), 1, "{:?}", day.events());
    assert_eq!(day.status().busy, None);
}

#[test]
fn a_config_edit_applies_at_once_and_a_broken_one_is_refused() {
    let mut day = Story::new(QUIET);
    day.type_for(minutes(10));
    day.edit_config(&format!("{QUIET}[movement]\nevery = \"15m\"\n"));
    day.type_for(minutes(4));
    assert!(day.shown().is_empty());
    day.type_for(minutes(1));
    assert_eq!(
        day.shown().len(),
        1,
        "15 minutes of sitting under the new config"
    );
    day.input(Input::Answer {
        key: day.shown()[0].key,
        answer: Answer::Skip,
    });
    // A broken edit keeps the settings in force: still 15 minutes.
    day.edit_config(&format!("{QUIET}[movement]\nevery = \"soon\"\n"));
    assert_eq!(day.status().core.next_movement_in_secs, 15 * 60);
    // The busy probes are looked for again only when [context] changes.
    assert_eq!(day.world.lock().unwrap().reconfigured, 0);
    day.edit_config(&format!("{QUIET}[context]\ncamera = false\n"));
    assert_eq!(day.world.lock().unwrap().reconfigured, 1);
}

#[test]
fn the_autostart_setting_writes_and_removes_the_login_entry() {
    let mut day = Story::new(&format!("{QUIET}[startup]\nautostart = true\n"));
    assert!(day.status().autostart);
    day.edit_config(QUIET);
    assert!(!day.status().autostart);
}

#[test]
fn where_notifications_cannot_be_answered_the_window_asks_once_and_its_answer_counts() {
    let mut day = Story::new(QUIET);
    day.world.lock().unwrap().no_buttons = true;
    day.type_for(minutes(40));
    let key = day.shown()[0].key;
    assert_eq!(day.world.lock().unwrap().windows, [Window::BreakPrompt]);
    // The toast then failing too does not open a second window, and degrades.
    day.input(Input::Notified {
        key,
        result: Err(NotifyError("no toast here".into())),
    });
    assert_eq!(day.world.lock().unwrap().windows, [Window::BreakPrompt]);
    assert_eq!(day.status().degraded, ["notifications"]);
    assert!(day.request(Request::Snooze { secs: None }).ok);
    // The snoozed reminder comes back and is asked in the window again.
    day.type_for(minutes(10));
    assert_eq!(
        day.world.lock().unwrap().windows,
        [Window::BreakPrompt, Window::BreakPrompt]
    );
}

#[test]
fn a_lost_notification_server_degrades_asks_in_the_window_and_comes_back() {
    let mut day = Story::new(QUIET);
    day.type_for(minutes(40));
    let key = day.shown()[0].key;
    day.input(Input::Notified {
        key,
        result: Err(NotifyError(
            "org.freedesktop.DBus.Error.ServiceUnknown".into(),
        )),
    });
    assert_eq!(day.status().degraded, ["notifications"]);
    assert_eq!(day.world.lock().unwrap().windows, [Window::BreakPrompt]);
    // The window's answer goes through the socket like any client's.
    assert!(day.request(Request::Skip).ok);
    day.type_for(minutes(40));
    let next = day.shown().last().unwrap().key;
    assert_ne!(next, key);
    day.input(Input::Notified {
        key: next,
        result: Ok(()),
    });
    assert!(day.status().degraded.is_empty());
}

#[test]
fn the_tray_host_going_and_coming_is_in_the_status() {
    let mut day = Story::new(QUIET);
    day.input(Input::Channel(Channel::Tray, false));
    assert_eq!(day.status().degraded, ["tray"]);
    day.input(Input::Channel(Channel::Tray, true));
    assert!(day.status().degraded.is_empty());
    // With a host showing the tooltip, the engine wakes each minute to keep it current.
    let now = day.now();
    assert_eq!(day.engine.next_wake(), now + minutes(1));
}

#[test]
fn a_pause_survives_a_restart_and_resume_brings_reminders_back() {
    let mut day = Story::new(QUIET);
    let reply = day.request(Request::Pause {
        secs: Some(3600),
        until_tomorrow: false,
    });
    assert!(reply.ok, "{}", reply.message);
    let mut day = day.restart(minutes(10));
    let status = day.status();
    assert!(status.core.paused);
    assert_eq!(
        status.core.paused_until,
        Some(super::story::morning() + minutes(60))
    );
    day.type_for(minutes(45));
    assert!(day.shown().is_empty(), "no reminder while paused");
    assert!(day.request(Request::Resume).ok);
    assert!(!day.status().core.paused);
}

#[test]
fn suggestions_keep_varying_across_restarts() {
    let mut day = Story::new(QUIET);
    let mut seen = Vec::new();
    for _ in 0..6 {
        assert!(
            day.request(Request::Break {
                now: true,
                window: true
            })
            .ok
        );
        seen.push(day.status().exercise.unwrap());
        assert!(day.request(Request::Skip).ok);
        day = day.restart(minutes(1));
    }
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        seen.len(),
        "a repeat within six picks: {seen:?}"
    );
}

#[test]
fn a_warning_sign_holds_back_everything_that_loads_that_area() {
    use knotless_core::history::AreaCheck;
    use knotless_exercises::exercise::Region;
    let mut day = Story::new(&format!(
        "{QUIET}[suggestions]\nfocus = [\"upper_back\"]\n\
         equipment = [\"ball\", \"wall\", \"chair\", \"foam_roller\"]\n\
         positions = [\"seated\", \"standing\", \"wall\", \"floor\"]\n"
    ));
    let areas = vec![AreaCheck {
        region: Region::UpperBack,
        score: 7,
        red_flag: true,
    }];
    assert!(day.request(Request::Checkin { areas }).ok);
    assert_eq!(day.events(), ["checkin"]);
    let library = knotless_exercises::library::Library::builtin();
    let mut seen = Vec::new();
    for _ in 0..12 {
        assert!(
            day.request(Request::Break {
                now: true,
                window: true
            })
            .ok
        );
        let id = day.status().exercise.unwrap();
        let e = library.get(&id).unwrap();
        assert!(
            !e.loads().contains(&Region::UpperBack),
            "{id} loads the upper back, suggested after a warning sign for it"
        );
        seen.push(id);
        assert!(day.request(Request::Skip).ok);
    }
    assert_eq!(seen.len(), 12);
}

#[test]
fn outside_working_hours_nothing_pops_up_and_the_overdue_break_comes_when_they_apply() {
    let days = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .map(|d| format!("{d} = \"off\"\n"))
    .concat();
    let mut day = Story::new(&format!("{QUIET}[working_hours]\nenabled = true\n{days}"));
    day.type_for(minutes(45));
    let status = day.status();
    assert_eq!(status.busy.as_deref(), Some("outside working hours"));
    // The sitting clock runs outside working hours; only prompts hold back, and that is
    // not "busy" (nothing deferred to make up).
    assert_eq!(status.core.sitting_secs, 45 * 60);
    assert!(day.shown().is_empty());
    assert!(
        !day.events().contains(&"deferred".to_owned()),
        "{:?}",
        day.events()
    );
    day.edit_config(QUIET);
    assert_eq!(day.shown().len(), 1, "the overdue break at once");
    assert_eq!(day.status().busy, None);
}

#[test]
fn the_weekly_desk_check_rides_with_one_micro_pause_not_the_next() {
    let mut day = Story::new(
        "[movement]\nevery = \"8h\"\n[micro_pause]\nevery = \"20m\"\n[hydration]\n\
         enabled = false\n[schedule]\nmerge_within = \"0s\"\n",
    );
    day.type_for(minutes(20));
    day.type_for(minutes(20));
    let shown = day.shown();
    assert_eq!(shown.len(), 2, "{shown:?}");
    assert!(
        shown[0].body.contains("Weekly desk check:\n• Chair height"),
        "{}",
        shown[0].body
    );
    assert!(
        !shown[1].body.contains("Weekly desk check"),
        "{}",
        shown[1].body
    );
    // A micro-pause asks nothing: no buttons, and it goes by itself.
    assert!(shown[0].actions.is_empty());
    assert!(
        day.history()
            .iter()
            .any(|e| e["event"] == "advised" && e["kind"] == "desk-setup-check")
    );
}

#[test]
fn numbness_in_the_neck_and_a_day_of_micro_pauses_none_of_which_works_the_neck() {
    use knotless_core::history::AreaCheck;
    use knotless_exercises::exercise::Region;
    let mut day = Story::new(
        "[movement]\nevery = \"8h\"\n[micro_pause]\nevery = \"20m\"\n[hydration]\n\
         enabled = false\n[schedule]\nmerge_within = \"0s\"\n",
    );
    let areas = vec![AreaCheck {
        region: Region::Neck,
        score: 4,
        red_flag: true,
    }];
    assert!(day.request(Request::Checkin { areas }).ok);
    for _ in 0..12 {
        day.type_for(minutes(20));
    }
    let library = knotless_exercises::library::Library::builtin();
    let neck_work: Vec<&str> = library
        .exercises
        .iter()
        .filter(|e| e.loads().contains(&Region::Neck))
        .map(|e| e.title.as_str())
        .collect();
    // The micro-pause's own exercises include some that load the neck (posture resets,
    // chin tucks), so the hold has something to keep back.
    assert!(neck_work.contains(&"Chin tucks"), "{neck_work:?}");
    let shown = day.shown();
    assert!(shown.len() >= 10, "{shown:?}");
    let mut named = 0;
    for prompt in &shown {
        for title in &neck_work {
            assert!(
                !prompt.body.contains(&format!("{title}:")),
                "a micro-pause suggested {title} during a neck hold: {}",
                prompt.body
            );
        }
        named += usize::from(
            library
                .exercises
                .iter()
                .any(|e| prompt.body.contains(&e.title)),
        );
    }
    assert!(named >= 10, "the nudges named no exercise: {shown:?}");
}
