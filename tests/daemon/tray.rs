//! The tray icon as a panel sees it: a StatusNotifierWatcher written for the test reads the
//! item's title and menu over the private bus and clicks menu entries.

use super::fakes::TrayHost;
use super::support::{Bus, Home, wait_until};
use std::time::Duration;

#[test]
fn the_tray_menu_shows_the_sitting_time_and_pauses_resumes_and_quits() {
    let bus = Bus::start();
    let host = TrayHost::start(&bus);
    let notifications = super::fakes::NotificationServer::start(&bus);
    let mut home = Home::new();
    home.with_bus(&bus);
    home.config("[movement]\nevery = \"1h\"\n");
    let mut daemon = home.daemon();

    let item = wait_until("the tray item registers", Duration::from_secs(10), || {
        host.items().first().cloned()
    });
    assert_eq!(host.title(&item), "knotless");
    let status = home.status();
    assert!(
        !status.degraded.iter().any(|d| d == "tray"),
        "{:?}",
        status.degraded
    );

    let tree = host.layout(&item);
    let top: Vec<&str> = tree.iter().map(|(label, _)| label.as_str()).collect();
    assert_eq!(top.len(), 11, "{top:?}");
    assert_eq!(
        top[2..],
        [
            "Take a break now",
            "Pause",
            "Resume",
            "-",
            "Settings",
            "Statistics",
            "Check in now",
            "-",
            "Quit"
        ]
    );
    assert_eq!(
        tree[3].1,
        ["30 minutes", "1 hour", "2 hours", "Until tomorrow"]
    );

    let menu = host.menu(&item);
    let labels: Vec<&str> = menu.iter().map(|e| e.label.as_str()).collect();
    for expected in [
        "Take a break now",
        "Pause",
        "30 minutes",
        "1 hour",
        "2 hours",
        "Until tomorrow",
        "Resume",
        "Settings",
        "Statistics",
        "Check in now",
        "Quit",
    ] {
        assert!(labels.contains(&expected), "{expected} in {labels:?}");
    }
    let line = &menu[0];
    assert!(line.label.starts_with("sitting "), "{}", line.label);
    assert!(
        line.label.contains(" · next move in 59 min"),
        "{}",
        line.label
    );
    assert!(!line.enabled, "the status line is not clickable");
    let resume = menu.iter().find(|e| e.label == "Resume").unwrap();
    assert!(!resume.enabled, "nothing to resume yet");

    host.click(&item, "30 minutes").unwrap();
    let status = wait_until("paused from the tray", Duration::from_secs(5), || {
        let s = home.status();
        s.core.paused.then_some(s)
    });
    let left = (status.core.paused_until.unwrap() - status.core.at).num_seconds();
    assert!((1790..=1800).contains(&left), "{left}");
    let menu = wait_until("the menu shows the pause", Duration::from_secs(5), || {
        let menu = host.menu(&item);
        menu[0].label.contains("paused until").then_some(menu)
    });
    assert!(menu.iter().find(|e| e.label == "Resume").unwrap().enabled);

    host.click(&item, "Resume").unwrap();
    wait_until("resumed from the tray", Duration::from_secs(5), || {
        (!home.status().core.paused).then_some(())
    });

    // Without a desktop, Statistics shows the last days in a notification.
    host.click(&item, "Statistics").unwrap();
    let sent = wait_until(
        "the statistics notification",
        Duration::from_secs(5),
        || notifications.sent().into_iter().next(),
    );
    assert_eq!(sent.summary, "knotless: your last days");
    assert!(sent.body.contains("\nNow: sitting "), "{}", sent.body);

    let _ = host.click(&item, "Quit");
    assert_eq!(daemon.wait_exit(Duration::from_secs(5)), 0);
    let names = home.event_names();
    assert!(
        names.starts_with(&["paused".to_owned(), "resumed".to_owned()]),
        "{names:?}"
    );
}

#[test]
fn with_a_sit_stand_desk_the_standing_check_item_stands_up_and_sits_down() {
    let bus = Bus::start();
    let host = TrayHost::start(&bus);
    let _notifications = super::fakes::NotificationServer::start(&bus);
    let mut home = Home::new();
    home.with_bus(&bus);
    home.config("[movement]\nevery = \"1h\"\n[standing]\nenabled = true\n");
    let mut daemon = home.daemon();
    let item = wait_until("the tray item registers", Duration::from_secs(10), || {
        host.items().first().cloned()
    });
    let standing = |host: &TrayHost| {
        host.menu(&item)
            .into_iter()
            .find(|e| e.label == "Standing")
            .and_then(|e| e.checked)
    };
    assert_eq!(standing(&host), Some(false), "a check item, not ticked");
    let top: Vec<String> = host.layout(&item).into_iter().map(|(l, _)| l).collect();
    assert_eq!(top[4..6], ["Resume", "Standing"], "{top:?}");

    host.click(&item, "Standing").unwrap();
    wait_until("standing from the tray", Duration::from_secs(5), || {
        (home.status().core.posture == knotless_core::presence::Posture::Standing).then_some(())
    });
    wait_until("the item is ticked", Duration::from_secs(5), || {
        (standing(&host) == Some(true)).then_some(())
    });
    let line = &host.menu(&item)[0];
    assert!(line.label.starts_with("standing "), "{}", line.label);

    host.click(&item, "Standing").unwrap();
    wait_until("sitting again", Duration::from_secs(5), || {
        (standing(&host) == Some(false)).then_some(())
    });
    let _ = host.click(&item, "Quit");
    assert_eq!(daemon.wait_exit(Duration::from_secs(5)), 0);
    let names = home.event_names();
    assert_eq!(names[..2], ["stood_up", "sat_down"], "{names:?}");
}
