//! Presence from real idle sources: X11 under Xvfb with xdotool input, and GNOME's idle
//! monitor on a private bus (chosen over X11 when the session is Wayland).

use super::fakes::GnomeIdle;
use super::support::{Bus, Display, Home, wait_until};
use knotless_core::presence::Presence;
use std::time::Duration;

/// Away after 10 s without input; a 10 s absence is a natural break; no prompts.
const AWAY_FAST: &str = r#"
[movement]
every = "1h"
length = "10s"
[micro_pause]
enabled = false
[hydration]
enabled = false
[presence]
natural_break_after = "10s"
"#;

#[test]
fn x11_input_keeps_you_active_idling_makes_you_away_and_coming_back_is_a_natural_break() {
    let display = Display::start();
    let mut home = Home::new();
    home.with_display(&display);
    home.config(AWAY_FAST);
    let daemon = home.daemon();
    assert_eq!(home.status().idle_source, "x11");

    // Input every second for five seconds: active, and the sitting clock runs.
    for x in 0..5 {
        display.input(100 + x * 10);
        std::thread::sleep(Duration::from_secs(1));
    }
    let status = home.status();
    assert_eq!(status.core.presence, Presence::Active);
    assert!(
        status.core.sitting_secs >= 4,
        "{}",
        status.core.sitting_secs
    );

    // No input: away once `natural_break_after` has passed, noticed by the daemon itself.
    std::thread::sleep(Duration::from_secs(12));
    assert!(
        daemon.log().contains("event: sitting"),
        "the daemon closed the stretch on its own: {}",
        daemon.log()
    );
    let status = home.status();
    assert_eq!(status.core.presence, Presence::Away);
    assert_eq!(status.core.sitting_secs, 0);

    // Coming back: active again, a fresh stretch, and the absence recorded.
    display.input(300);
    let status = wait_until("presence is active again", Duration::from_secs(5), || {
        let s = home.status();
        (s.core.presence == Presence::Active).then_some(s)
    });
    assert!(
        status.core.sitting_secs <= 2,
        "{}",
        status.core.sitting_secs
    );
    let natural = home
        .events()
        .into_iter()
        .find(|e| e["event"] == "natural_break")
        .expect("a natural_break event");
    assert!(natural["away_secs"].as_u64().unwrap() >= 10, "{natural}");
}

#[test]
fn under_wayland_gnome_idle_is_used_and_x11_is_not_trusted() {
    let bus = Bus::start();
    let idle = GnomeIdle::start(&bus);
    // XWayland would be there too; its idle time only sees X11 windows.
    let display = Display::start();
    let mut home = Home::new();
    home.with_bus(&bus).with_display(&display);
    home.set("WAYLAND_DISPLAY", "wayland-knotless-test");
    home.config(AWAY_FAST);
    let daemon = home.daemon();
    let status = home.status();
    assert_eq!(status.idle_source, "gnome", "{}", daemon.log());
    assert_eq!(status.core.presence, Presence::Active);
    assert!(!status.degraded.iter().any(|d| d == "idle"));

    // X11 sees no input at all (nothing touches Xvfb), yet GNOME's monitor decides.
    for _ in 0..4 {
        idle.input();
        std::thread::sleep(Duration::from_secs(1));
    }
    assert_eq!(home.status().core.presence, Presence::Active);
    wait_until(
        "away after 10 s without input",
        Duration::from_secs(15),
        || (home.status().core.presence == Presence::Away).then_some(()),
    );
    idle.input();
    assert_eq!(home.status().core.presence, Presence::Active);
    let natural = home
        .events()
        .into_iter()
        .find(|e| e["event"] == "natural_break")
        .expect("a natural_break event");
    assert!(natural["away_secs"].as_u64().unwrap() >= 10, "{natural}");
}

#[test]
fn locking_the_screen_makes_you_away_at_once_and_unlocking_brings_you_back() {
    let bus = Bus::start();
    let display = Display::start();
    let mut home = Home::new();
    home.with_bus(&bus).with_display(&display);
    home.config(AWAY_FAST);
    let _daemon = home.daemon();
    display.input(120);
    assert_eq!(home.status().core.presence, Presence::Active);

    let lock = |locked: bool| {
        super::fakes::emit(
            &bus,
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "ActiveChanged",
            &(locked,),
        );
    };
    // Let the daemon's signal subscription settle, then lock well before
    // `natural_break_after` (10 s) could have passed.
    std::thread::sleep(Duration::from_millis(300));
    lock(true);
    wait_until(
        "away as soon as the screen locks",
        Duration::from_secs(3),
        || (home.status().core.presence == Presence::Away).then_some(()),
    );
    lock(false);
    display.input(160);
    wait_until("active after unlocking", Duration::from_secs(3), || {
        (home.status().core.presence == Presence::Active).then_some(())
    });
}

#[test]
fn a_wayland_compositor_with_ext_idle_notify_drives_presence() {
    let mut home = Home::new();
    let compositor = super::compositor::Compositor::start(&home.path("run/wayland-knotless"));
    home.set("WAYLAND_DISPLAY", "wayland-knotless");
    home.config(AWAY_FAST);
    let daemon = home.daemon();
    let status = home.status();
    assert_eq!(status.idle_source, "wayland", "{}", daemon.log());
    assert_eq!(status.core.presence, Presence::Active);

    // Typing for a few seconds: active, and the sitting clock runs.
    for _ in 0..4 {
        compositor.input();
        std::thread::sleep(Duration::from_secs(1));
    }
    let status = home.status();
    assert_eq!(status.core.presence, Presence::Active);
    assert!(
        status.core.sitting_secs >= 3,
        "{}",
        status.core.sitting_secs
    );

    // No input: the compositor says "idled" after 10 s, which is `natural_break_after` here.
    wait_until("away when the seat idles", Duration::from_secs(15), || {
        (home.status().core.presence == Presence::Away).then_some(())
    });
    compositor.input();
    wait_until("active when input resumes", Duration::from_secs(5), || {
        (home.status().core.presence == Presence::Active).then_some(())
    });
    assert!(
        home.event_names().iter().any(|n| n == "natural_break"),
        "{:?}",
        home.event_names()
    );
}

#[test]
fn a_suspend_announced_by_logind_is_heard() {
    let session_bus = Bus::start();
    let system_bus = Bus::start();
    let mut home = Home::new();
    home.with_bus(&session_bus);
    home.set("DBUS_SYSTEM_BUS_ADDRESS", &system_bus.address);
    home.config(AWAY_FAST);
    let daemon = home.daemon();
    std::thread::sleep(Duration::from_millis(300));
    let sleep = |going: bool| {
        super::fakes::emit(
            &system_bus,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            &(going,),
        );
    };
    sleep(true);
    wait_until(
        "the daemon hears the suspend",
        Duration::from_secs(3),
        || daemon.log().contains("going to sleep").then_some(()),
    );
    sleep(false);
    wait_until(
        "the daemon hears the wake-up",
        Duration::from_secs(3),
        || daemon.log().contains("woke up").then_some(()),
    );
    assert!(home.try_status().is_some());
}

#[test]
fn kde_session_idle_time_drives_presence() {
    let bus = Bus::start();
    let idle = super::fakes::KdeIdle::start(&bus);
    let mut home = Home::new();
    home.with_bus(&bus);
    home.config(AWAY_FAST);
    let daemon = home.daemon();
    assert_eq!(home.status().idle_source, "kde", "{}", daemon.log());
    idle.input();
    assert_eq!(home.status().core.presence, Presence::Active);
    wait_until(
        "away after 10 s without input",
        Duration::from_secs(15),
        || (home.status().core.presence == Presence::Away).then_some(()),
    );
    idle.input();
    assert_eq!(home.status().core.presence, Presence::Active);
}
