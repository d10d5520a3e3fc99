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

/// Gives input on every look until the sitting clock has run `secs`; active all along.
fn typing_until_sitting(home: &Home, secs: u64, mut input: impl FnMut()) {
    let status = wait_until(
        &format!("{secs} s of sitting while typing"),
        Duration::from_secs(15),
        || {
            input();
            Some(home.status()).filter(|s| s.core.sitting_secs >= secs)
        },
    );
    assert_eq!(status.core.presence, Presence::Active);
    // The status counts up to now, a stretch that closes ends at the last input: one input
    // after the mark, so the closed stretch holds the whole `secs` (an input just before
    // the status left it a fraction short, under load).
    input();
}

#[test]
fn x11_input_keeps_you_active_idling_makes_you_away_and_coming_back_is_a_natural_break() {
    let display = Display::start();
    let mut home = Home::new();
    home.with_display(&display);
    home.config(AWAY_FAST);
    let _daemon = home.daemon();
    assert_eq!(home.status().idle_source, "x11");

    // Input until the sitting clock has run 4 s: active, and sitting counts while typing.
    let mut x = 100;
    typing_until_sitting(&home, 4, || {
        x += 10;
        display.input(x);
    });

    // No input: away once `natural_break_after` has passed, noticed by the daemon itself:
    // the stretch it closes is in history without anyone asking for a status (a status
    // request samples presence too, so none is made until it is there).
    let sitting = home.wait_event("sitting", Duration::from_secs(30));
    assert!(sitting["secs"].as_u64().unwrap() >= 4, "{sitting}");
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

    // X11 sees no input at all (nothing touches Xvfb), yet GNOME's monitor decides: input
    // there keeps the user active while the sitting clock runs.
    typing_until_sitting(&home, 3, || idle.input());
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
    // Lock well before `natural_break_after` (10 s) could have passed. The daemon subscribes
    // to the signal on a thread of its own, so a lock sent before that is not heard: lock
    // again on each look until the daemon says away (locking twice is still locked).
    wait_until(
        "away as soon as the screen locks",
        Duration::from_secs(5),
        || {
            lock(true);
            (home.status().core.presence == Presence::Away).then_some(())
        },
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

    // Typing until the sitting clock has run 3 s: active all along.
    typing_until_sitting(&home, 3, || compositor.input());

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
    let offset = home.with_faketime();
    // Nothing falls due for an hour and nobody counts as away for five minutes, so the
    // daemon has no reason of its own to look at the clock while the test runs.
    home.config("[movement]\nevery = \"1h\"\n[presence]\nnatural_break_after = \"5m\"\n");
    let _daemon = home.daemon();
    // The channels are probed on a thread of their own; once the last is in, nothing more
    // comes to the engine unasked.
    home.wait_degraded("sound", true, Duration::from_secs(10));
    let suspend = |going: bool| {
        super::fakes::emit(
            &system_bus,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            &(going,),
        );
    };
    // Each announcement makes the daemon look at the clock. Two hours later than it last
    // looked is a sleep, recorded as an absence: the `natural_break` in history is the
    // daemon's answer to the signal, as no status is asked while waiting for it. The
    // daemon subscribes on a thread of its own, so the signal goes again on each look
    // until it is heard (a second look finds no new gap).
    let natural_breaks = || {
        home.events()
            .into_iter()
            .filter(|e| e["event"] == "natural_break")
            .collect::<Vec<_>>()
    };
    for (going, breaks, jump) in [(true, 1, "+2h"), (false, 2, "+4h")] {
        std::fs::write(&offset, format!("{jump}\n")).unwrap();
        let found = wait_until(
            &format!("the daemon hears PrepareForSleep({going})"),
            Duration::from_secs(10),
            || {
                suspend(going);
                Some(natural_breaks()).filter(|n| n.len() == breaks)
            },
        );
        let away = found[breaks - 1]["away_secs"].as_u64().unwrap();
        assert!((7100..7300).contains(&away), "{found:?}");
    }
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
