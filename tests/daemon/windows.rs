//! The windows the daemon opens by itself, as real processes on a private X server: the
//! first-run welcome, the break window asking when there is no notification server, and the
//! statistics window from the tray. Each is found by its title with xdotool.

use super::fakes::TrayHost;
use super::support::{Bus, Display, Home, wait_until};
use std::process::Command;
use std::time::Duration;

fn xdotool(display: &Display, args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", &display.name)
        .output()
        .expect("cannot run xdotool (install it; see .ci/run)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The ids of the visible windows called exactly `title`. (xdotool's own pattern matching
/// works on bytes in the C locale, so "·" is compared here.)
fn windows(display: &Display, title: &str) -> Vec<String> {
    xdotool(display, &["search", "--onlyvisible", "--name", "knotless"])
        .lines()
        .filter(|id| xdotool(display, &["getwindowname", id]).trim_end() == title)
        .map(str::to_owned)
        .collect()
}

fn wait_for_window(display: &Display, title: &str) -> String {
    wait_until(
        &format!("a window called {title:?} shows"),
        Duration::from_secs(20),
        || windows(display, title).into_iter().next(),
    )
}

#[test]
fn the_first_run_opens_the_welcome_and_later_runs_do_not() {
    let display = Display::start();
    let mut home = Home::new();
    home.with_display(&display);
    let daemon = home.daemon();
    let window = wait_for_window(&display, "Welcome to knotless");
    assert!(daemon.log().contains("first run: opened the welcome"));
    // The window carries the application ID as its X11 class (the desktop file's
    // StartupWMClass), so the desktop groups it under the installed launcher.
    let by_class = xdotool(&display, &["search", "--class", knotless::APP_ID]);
    assert!(
        by_class.lines().any(|id| id == window),
        "{window} not among {by_class:?}"
    );
    drop(daemon);

    // With a config file (what the welcome writes), no welcome.
    home.config("[movement]\nevery = \"1h\"\n");
    let daemon = home.daemon();
    assert!(!daemon.log().contains("first run"), "{}", daemon.log());
}

#[test]
fn without_a_notification_server_the_break_window_asks_and_closes_when_answered() {
    let bus = Bus::start();
    let display = Display::start();
    let mut home = Home::new();
    home.with_bus(&bus).with_display(&display);
    home.config(
        "[movement]\nevery = \"10s\"\n[micro_pause]\nenabled = false\n[hydration]\nenabled = false\n\
         [schedule]\nanswer_within = \"60s\"\n",
    );
    let daemon = home.daemon();
    wait_for_window(&display, "knotless · Time to move");
    assert!(
        daemon.log().contains("asking in the break window"),
        "{}",
        daemon.log()
    );
    let status = home.status();
    assert!(status.degraded.iter().any(|d| d == "notifications"));
    assert_eq!(
        status.core.phase,
        knotless::core::status::PhaseName::Prompting,
        "the window asks; it has not started the break"
    );

    // Answered elsewhere (here the CLI): the window goes by itself.
    assert_eq!(home.run(&["skip"]).status.code(), Some(0));
    wait_until("the window closes", Duration::from_secs(15), || {
        windows(&display, "knotless · Time to move")
            .is_empty()
            .then_some(())
    });
    assert!(home.event_names().contains(&"break_skipped".to_owned()));
}

#[test]
fn statistics_in_the_tray_opens_the_window_on_a_desktop() {
    let bus = Bus::start();
    let display = Display::start();
    let host = TrayHost::start(&bus);
    let mut home = Home::new();
    home.with_bus(&bus).with_display(&display);
    home.config("[movement]\nevery = \"1h\"\n");
    let _daemon = home.daemon();
    let item = wait_until("the tray item registers", Duration::from_secs(10), || {
        host.items().first().cloned()
    });
    host.click(&item, "Statistics").unwrap();
    wait_for_window(&display, "knotless · Statistics");
    host.click(&item, "Settings").unwrap();
    wait_for_window(&display, "knotless · Settings");
}
