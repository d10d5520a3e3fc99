//! The daemon in the user's language, as a desktop meets it: a German locale gives German
//! notifications (title, suggestion from the German exercise, buttons) and a German tray
//! menu, through a real private bus, this test's notification server and tray host. The
//! expected words come from the translation files.

use super::fakes::{NotificationServer, TrayHost};
use super::notifications::FAST;
use super::support::{Bus, Home, wait_until};
use knotless_i18n::{t, with_language};
use std::time::Duration;

#[test]
fn a_german_desktop_gets_german_notifications_and_a_german_tray_menu() {
    let bus = Bus::start();
    let server = NotificationServer::start(&bus);
    let host = TrayHost::start(&bus);
    let mut home = Home::new();
    home.with_bus(&bus).set("LANG", "de_DE.UTF-8");
    home.config(FAST);
    let _daemon = home.daemon();

    let first = wait_until("a reminder arrives", Duration::from_secs(25), || {
        server.sent().first().cloned()
    });
    let title = with_language("de", || t!("notify-title-movement", sitting = "\u{1}"));
    let lead = title.split('\u{1}').next().unwrap_or_default();
    let english = t!("notify-title-movement", sitting = "\u{1}");
    assert_ne!(title, english, "the German file translates the title");
    assert!(
        first.summary.starts_with(lead),
        "{:?} is not German",
        first.summary
    );

    // The suggestion is the German exercise, as the German library words it.
    let library = with_language("de", knotless_exercises::library::Library::builtin);
    let line = first.body.lines().next().unwrap_or_default();
    let exercise = library
        .exercises
        .iter()
        .find(|e| with_language("de", || knotless::daemon::text::suggestion(e)) == line)
        .unwrap_or_else(|| panic!("no German exercise in {line:?}"));
    assert_ne!(
        exercise.title,
        knotless_exercises::library::Library::builtin_english()
            .get(&exercise.id)
            .map(|e| e.title.clone())
            .unwrap_or_default()
    );
    let labels = first.action_labels();
    assert_eq!(labels[1], with_language("de", || t!("notify-action-start")));
    assert_eq!(labels[3], with_language("de", || t!("notify-action-skip")));

    let item = wait_until("the tray item registers", Duration::from_secs(10), || {
        host.items().first().cloned()
    });
    let menu: Vec<String> = host.menu(&item).into_iter().map(|e| e.label).collect();
    for id in [
        "tray-break-now",
        "tray-pause",
        "tray-settings",
        "tray-statistics",
        "tray-checkin",
    ] {
        let german = with_language("de", || knotless_i18n::tr(id, None));
        assert_ne!(german, knotless_i18n::tr(id, None), "{id} is translated");
        assert!(menu.contains(&german), "{german:?} not in {menu:?}");
    }
}
