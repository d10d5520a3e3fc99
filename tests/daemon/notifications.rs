//! Notifications against a real (private) session bus and a notification server written
//! for the test: what is sent, and what clicking Start / Snooze / Skip / Done does.

use super::fakes::{NotificationServer, Sent};
use super::support::{Bus, Home, wait_until};
use std::time::{Duration, Instant};

/// Every ten seconds a movement break, nothing else; answers wait a minute.
pub(super) const FAST: &str = r#"
[movement]
every = "10s"
snooze = "10s"
max_snoozes = 2
[micro_pause]
enabled = false
[hydration]
enabled = false
[schedule]
merge_within = "0s"
answer_within = "60s"
[suggestions]
equipment = []
positions = ["seated"]
"#;

/// The library exercise a movement notification suggests, found by its title.
fn suggested(sent: &Sent) -> knotless_exercises::exercise::Exercise {
    let library = knotless_exercises::library::Library::builtin();
    let line = sent.body.lines().next().unwrap();
    library
        .exercises
        .iter()
        .find(|e| line == knotless::daemon::text::suggestion(e))
        .unwrap_or_else(|| panic!("no library exercise in {line:?}"))
        .clone()
}

/// The `n`-th notification (1-based), once it has arrived.
fn nth(server: &NotificationServer, n: usize, within: Duration) -> Sent {
    wait_until(&format!("notification {n} arrives"), within, || {
        server.sent().get(n - 1).cloned()
    })
}

fn wait_for_event(home: &Home, name: &str) -> serde_json::Value {
    wait_until(
        &format!("`{name}` is in history"),
        Duration::from_secs(10),
        || home.events().into_iter().find(|e| e["event"] == name),
    )
}

/// Clicks `action` of notification `id` until `event` is in history: that event, and when
/// the click that was heard went out (at the latest). The daemon subscribes to a
/// notification's clicks right after showing it, so a click before that is not heard; one
/// after the answer reaches nobody (the daemon's wait for that notification is over), so
/// clicking again is safe, and the event lists below would show a double answer.
fn answer(
    server: &NotificationServer,
    home: &Home,
    id: u32,
    action: &str,
    event: &str,
) -> (serde_json::Value, Instant) {
    let mut clicked = Instant::now();
    let mut looks = 0;
    let found = wait_until(
        &format!("{action} on notification {id} gives `{event}`"),
        Duration::from_secs(15),
        || {
            let found = home.events().into_iter().find(|e| e["event"] == event);
            if found.is_none() && looks % 5 == 0 {
                clicked = Instant::now();
                server.click(id, action);
            }
            looks += 1;
            found
        },
    );
    (found, clicked)
}

#[test]
fn a_due_break_notifies_once_and_start_snooze_skip_done_drive_the_cycle() {
    let bus = Bus::start();
    let server = NotificationServer::start(&bus);
    let mut home = Home::new();
    home.with_bus(&bus);
    home.config(FAST);
    let _daemon = home.daemon();

    // One notification with the three answers (and only one: the count when the snoozed
    // break comes back, below, is what shows it).
    let first = nth(&server, 1, Duration::from_secs(20));
    assert_eq!(first.app_name, "knotless");
    assert!(
        first.summary.starts_with("Time to move · sitting"),
        "{}",
        first.summary
    );
    // The suggestion and its length lead the body, not a slogan.
    assert!(!first.body.starts_with("Move often"), "{}", first.body);
    // From the library, within [suggestions]: seated, nothing needed, fits the 2-minute break.
    let exercise = suggested(&first);
    assert_eq!(
        exercise.position,
        knotless_exercises::exercise::Position::Seated
    );
    assert!(exercise.equipment.is_empty(), "{}", exercise.id);
    assert!(exercise.total_secs() <= 120, "{}", exercise.id);
    assert_eq!(first.action_keys(), ["default", "start", "snooze", "skip"]);
    assert_eq!(
        first.action_labels()[1..],
        ["Start break", "Snooze 10 s", "Skip"]
    );
    assert_eq!(first.category.as_deref(), Some("x-knotless.break"));
    assert_eq!(first.urgency, Some(1), "normal urgency");
    assert_eq!(first.desktop_entry.as_deref(), Some(knotless::APP_ID));
    assert!(first.icon.ends_with("knotless.png"), "{}", first.icon);
    assert!(std::path::Path::new(&first.icon).exists());
    assert_eq!(first.expire_timeout, 0, "stays until answered");
    assert_eq!(
        home.status().core.phase,
        knotless_core::status::PhaseName::Prompting
    );

    // Snooze: recorded, and the same break comes back after the snooze.
    let (snoozed, clicked) = answer(&server, &home, first.id, "snooze", "snoozed");
    assert_eq!(snoozed["for_secs"], 10);
    let second = nth(&server, 2, Duration::from_secs(20));
    let waited = second.at - clicked;
    assert!(
        waited >= Duration::from_secs(9),
        "re-notified after {waited:?}, before the 10 s snooze ended"
    );
    assert_eq!(second.action_keys(), ["default", "start", "snooze", "skip"]);
    assert_eq!(
        suggested(&second).id,
        exercise.id,
        "a snoozed break keeps its suggestion"
    );
    assert_eq!(server.sent().len(), 2, "one notification for each ask");

    // Skip: recorded as skipped.
    let (skipped, _) = answer(&server, &home, second.id, "skip", "break_skipped");
    assert_eq!(skipped["id"], 1);

    // The next break: Start opens the break (a notification with the steps and Done).
    let third = nth(&server, 3, Duration::from_secs(20));
    let (started, _) = answer(&server, &home, third.id, "start", "break_started");
    assert_eq!(started["id"], 2);
    let third_exercise = suggested(&third);
    assert_ne!(
        third_exercise.id, exercise.id,
        "the next break suggests something else"
    );
    let running = nth(&server, 4, Duration::from_secs(10));
    assert!(
        running
            .summary
            .starts_with(&format!("Break · {} (", third_exercise.title)),
        "{}",
        running.summary
    );
    let first_step = &third_exercise.steps[0];
    assert!(
        running.body.starts_with(&format!(
            "1. {} ({} s)",
            first_step.text, first_step.seconds
        )),
        "{}",
        running.body
    );
    assert_eq!(running.action_keys(), ["done"]);
    let (completed, _) = answer(&server, &home, running.id, "done", "break_completed");
    assert_eq!(completed["via"], "done");
    assert_eq!(home.status().core.sitting_secs, 0);

    let names = home.event_names();
    assert_eq!(
        names,
        [
            "reminder",
            "suggested",
            "snoozed",
            "reminder",
            "break_skipped",
            "reminder",
            "suggested",
            "break_started",
            "sitting",
            "break_completed"
        ],
        "{names:?}"
    );
}

#[test]
fn an_unanswered_break_is_withdrawn_when_it_counts_as_missed() {
    let bus = Bus::start();
    let server = NotificationServer::start(&bus);
    let mut home = Home::new();
    home.with_bus(&bus);
    // Asked once only (`insist = "never"`); the asking again is the next test's.
    home.config(
        &FAST
            .replace("answer_within = \"60s\"", "answer_within = \"10s\"")
            .replace("[movement]\n", "[movement]\ninsist = \"never\"\n"),
    );
    let _daemon = home.daemon();
    let first = nth(&server, 1, Duration::from_secs(20));
    wait_for_event(&home, "missed");
    wait_until("the notification is closed", Duration::from_secs(5), || {
        server.closed().contains(&first.id).then_some(())
    });
}

#[test]
fn a_bus_without_notification_server_degrades_and_keeps_running() {
    let bus = Bus::start();
    let mut home = Home::new();
    home.with_bus(&bus);
    home.config(FAST);
    let _daemon = home.daemon();
    wait_for_event(&home, "reminder");
    let status = home.wait_degraded("notifications", true, Duration::from_secs(5));
    assert_eq!(
        status.core.phase,
        knotless_core::status::PhaseName::Prompting
    );
    // It still answers commands.
    assert_eq!(home.run(&["skip"]).status.code(), Some(0));
}

#[test]
fn the_stand_nudge_buttons_and_the_stand_and_sit_commands_change_the_posture() {
    let bus = Bus::start();
    let server = NotificationServer::start(&bus);
    let mut home = Home::new();
    home.with_bus(&bus);
    // The nudge after 10 s of sitting; "Later" puts it off by the 10 s snooze.
    home.config(
        "[movement]\nevery = \"1h\"\nsnooze = \"10s\"\n[micro_pause]\nenabled = false\n\
         [hydration]\nenabled = false\n[schedule]\nmerge_within = \"0s\"\n\
         [standing]\nenabled = true\nevery = \"10s\"\n",
    );
    let mut daemon = home.daemon();

    let first = nth(&server, 1, Duration::from_secs(20));
    assert!(
        first.summary.starts_with("Stand for a while?"),
        "{}",
        first.summary
    );
    assert_eq!(first.action_keys(), ["stand", "later"]);
    assert_eq!(first.action_labels(), ["I'm standing", "Later"]);
    assert_eq!(first.urgency, Some(0), "low urgency: a nudge");
    let (later, clicked) = answer(&server, &home, first.id, "later", "postponed");
    assert_eq!(later["kind"], "stand");
    assert_eq!(later["for_secs"], 10);
    let second = nth(&server, 2, Duration::from_secs(20));
    assert!(second.at - clicked >= Duration::from_secs(9));
    answer(&server, &home, second.id, "stand", "stood_up");
    let line = home.run(&["status", "--format", "{posture} {standing_secs}"]);
    assert!(
        super::support::stdout(&line).starts_with("standing "),
        "{}",
        super::support::stdout(&line)
    );

    // The same from the command line.
    let sit = home.run(&["sit"]);
    assert_eq!(
        sit.status.code(),
        Some(0),
        "{}",
        super::support::stderr(&sit)
    );
    assert!(
        super::support::stdout(&sit).starts_with("Sitting, after standing"),
        "{}",
        super::support::stdout(&sit)
    );
    // Sitting already: refused, and no second `sat_down` (the list at the end).
    let again = home.run(&["sit"]);
    assert_eq!(again.status.code(), Some(1));
    let stand = home.run(&["stand"]);
    assert_eq!(
        stand.status.code(),
        Some(0),
        "{}",
        super::support::stderr(&stand)
    );
    let json: serde_json::Value =
        serde_json::from_slice(&home.run(&["status", "--json"]).stdout).unwrap();
    assert_eq!(json["posture"], "standing");
    assert!(json["standing_secs"].is_u64(), "{json}");
    home.run(&["quit"]);
    assert_eq!(daemon.wait_exit(Duration::from_secs(5)), 0);
    let names = home.event_names();
    let posture: Vec<&str> = names
        .iter()
        .map(String::as_str)
        .filter(|n| ["stood_up", "sat_down"].contains(n))
        .collect();
    // The stand from the button, the sit and stand from the CLI, and the stand closed at quit.
    assert_eq!(posture, ["stood_up", "sat_down", "stood_up", "sat_down"]);
}

#[test]
fn quitting_withdraws_every_notification_and_ids_go_on_after_a_restart() {
    let bus = Bus::start();
    let server = NotificationServer::start(&bus);
    let mut home = Home::new();
    home.with_bus(&bus);
    // A micro-pause nudge after 10 s (shown for 20 s), the movement reminder after 12 s
    // (shown until answered).
    home.config(
        "[movement]\nevery = \"12s\"\n[micro_pause]\nevery = \"10s\"\n[hydration]\n\
         enabled = false\n[schedule]\nmerge_within = \"0s\"\nanswer_within = \"60s\"\n",
    );
    let mut daemon = home.daemon();
    let nudge = nth(&server, 1, Duration::from_secs(20));
    let reminder = nth(&server, 2, Duration::from_secs(20));
    assert!(nudge.summary.contains("icro"), "{}", nudge.summary);
    assert!(
        reminder.summary.starts_with("Time to move"),
        "{}",
        reminder.summary
    );

    assert_eq!(home.run(&["quit"]).status.code(), Some(0));
    assert_eq!(daemon.wait_exit(Duration::from_secs(5)), 0);
    // Both were closed before the daemon was gone: nothing is left with buttons that reach
    // nobody.
    let mut closed = server.closed();
    closed.sort_unstable();
    assert_eq!(closed, [nudge.id, reminder.id]);

    // Started again, the next reminder does not reuse an id of the earlier ones.
    let ids = |home: &Home| -> Vec<u64> {
        home.events()
            .iter()
            .filter(|e| e["event"] == "reminder")
            .map(|e| e["id"].as_u64().unwrap())
            .collect()
    };
    let before = ids(&home);
    assert_eq!(before.len(), 2, "{before:?}");
    let _daemon = home.daemon();
    nth(&server, 3, Duration::from_secs(20));
    let after = wait_until(
        "a reminder after the restart",
        Duration::from_secs(5),
        || {
            let all = ids(&home);
            (all.len() > before.len()).then_some(all)
        },
    );
    let newest = *before.iter().max().unwrap();
    assert!(
        after[before.len()..].iter().all(|id| *id > newest),
        "ids {after:?}"
    );
}

#[test]
fn a_heads_up_comes_first_and_an_unanswered_break_is_asked_again_once() {
    let bus = Bus::start();
    let server = NotificationServer::start(&bus);
    let mut home = Home::new();
    home.with_bus(&bus);
    home.config(
        &FAST
            .replace("answer_within = \"60s\"", "answer_within = \"10s\"")
            .replace(
                "[movement]\n",
                "[movement]\nheads_up = \"5s\"\ninsist = \"gentle\"\n",
            ),
    );
    let _daemon = home.daemon();
    // The heads-up: quiet (low urgency), with Snooze and Skip, before the break.
    let heads_up = nth(&server, 1, Duration::from_secs(20));
    assert!(
        heads_up.summary.starts_with("Break in ")
            && heads_up.summary.ends_with(": finish your sentence"),
        "{}",
        heads_up.summary
    );
    assert_eq!(heads_up.urgency, Some(0));
    assert!(
        heads_up.actions.iter().any(|a| a.starts_with("Snooze")),
        "{:?}",
        heads_up.actions
    );
    assert!(
        heads_up.actions.iter().any(|a| a == "Skip"),
        "{:?}",
        heads_up.actions
    );
    let first = nth(&server, 2, Duration::from_secs(20));
    assert!(
        first.summary.starts_with("Time to move"),
        "{}",
        first.summary
    );
    // The break replaces the heads-up.
    wait_until("the heads-up is taken away", Duration::from_secs(5), || {
        server.closed().contains(&heads_up.id).then_some(())
    });
    // Unanswered for 10 s: `ignored`, then asked again after the snooze length (10 s).
    wait_for_event(&home, "ignored");
    let again = nth(&server, 3, Duration::from_secs(30));
    assert!(
        again.summary.starts_with("Time to move"),
        "{}",
        again.summary
    );
    wait_for_event(&home, "missed");
    let asks: Vec<u64> = home
        .events()
        .iter()
        .filter(|e| e["event"] == "reminder")
        .map(|e| e["ignored"].as_u64().unwrap_or(0))
        .collect();
    assert_eq!(asks[..2], [0, 1]);
}
