//! Busy moments against real parts: do-not-disturb on a notification server, a fullscreen
//! X11 window, an inhibitor held on the bus. Each probe's test checks that the daemon sees
//! the busy moment come and go (`status` takes a fresh sample, probes included); the first
//! one also follows a due break through deferral to being shown once free, end to end. The
//! policy itself (deferral, grace, working hours) is an engine story in `tests/engine`.

use super::fakes::{FullscreenWindow, Inhibitors, NotificationServer};
use super::support::{Bus, Display, Home, wait_until};
use std::time::{Duration, Instant};

/// Movement every 10 s, a 10 s grace after busy moments.
const FAST: &str = r#"
[movement]
every = "10s"
[micro_pause]
enabled = false
[hydration]
enabled = false
[schedule]
merge_within = "0s"
answer_within = "60s"
[context]
grace = "10s"
camera = false
"#;

/// Waits for the `deferred` event, checks nothing was shown, frees the user with `free`,
/// and checks the break then comes no sooner than the grace.
fn deferred_then_shown(
    home: &Home,
    server: &NotificationServer,
    reason: &str,
    free: impl FnOnce(),
) {
    wait_until("a deferred break", Duration::from_secs(25), || {
        home.events().into_iter().find(|e| e["event"] == "deferred")
    });
    let status = home.status();
    assert_eq!(status.busy.as_deref(), Some(reason));
    assert!(server.sent().is_empty(), "nothing shown while busy");
    free();
    let freed = Instant::now();
    let shown = wait_until("the break once free", Duration::from_secs(40), || {
        server.sent().into_iter().next()
    });
    let waited = shown.at - freed;
    assert!(
        waited >= Duration::from_secs(9),
        "shown {waited:?} after, inside the grace"
    );
    assert!(
        shown.summary.starts_with("Time to move"),
        "{}",
        shown.summary
    );
    assert_eq!(home.status().busy, None);
}

/// Waits until the daemon sees `reason`, frees the user with `free`, and waits until it no
/// longer does.
fn seen_busy_then_free(home: &Home, reason: &str, free: impl FnOnce()) {
    wait_until(reason, Duration::from_secs(10), || {
        (home.status().busy.as_deref() == Some(reason)).then_some(())
    });
    free();
    wait_until("free again", Duration::from_secs(10), || {
        home.status().busy.is_none().then_some(())
    });
}

#[test]
fn do_not_disturb_defers_the_break() {
    let bus = Bus::start();
    let server = NotificationServer::start(&bus);
    server.set_inhibited(true);
    let mut home = Home::new();
    home.with_bus(&bus);
    home.config(FAST);
    let _daemon = home.daemon();
    deferred_then_shown(&home, &server, "do-not-disturb", || {
        server.set_inhibited(false)
    });
}

#[test]
fn a_fullscreen_window_counts_as_busy() {
    let bus = Bus::start();
    let display = Display::start();
    let window = FullscreenWindow::open(&display);
    let mut home = Home::new();
    home.with_bus(&bus).with_display(&display);
    home.config(&format!("{FAST}do_not_disturb = false\n"));
    let _daemon = home.daemon();
    // Keep the X11 user active so presence does not interfere.
    let typing = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    let input = std::thread::spawn({
        let name = display.name.clone();
        let typing = std::sync::Arc::clone(&typing);
        move || {
            let mut x = 100;
            while typing.load(std::sync::atomic::Ordering::SeqCst) {
                x += 1;
                let _ = std::process::Command::new("xdotool")
                    .args(["mousemove", &x.to_string(), "100"])
                    .env("DISPLAY", &name)
                    .status();
                std::thread::sleep(Duration::from_millis(500));
            }
        }
    });
    seen_busy_then_free(&home, "fullscreen", || window.set(false));
    typing.store(false, std::sync::atomic::Ordering::SeqCst);
    input.join().unwrap();
}

#[test]
fn an_inhibitor_held_by_a_player_or_call_counts_as_busy() {
    let bus = Bus::start();
    let inhibitors = Inhibitors::start(&bus);
    inhibitors.hold(true);
    let mut home = Home::new();
    home.with_bus(&bus);
    home.config(&format!("{FAST}do_not_disturb = false\n"));
    let _daemon = home.daemon();
    seen_busy_then_free(&home, "inhibitors", || inhibitors.hold(false));
}

#[test]
fn gnome_do_not_disturb_counts_as_busy() {
    let bus = Bus::start();
    let mut home = Home::new();
    // A stand-in for GNOME's `gsettings`, answering from a file the test controls.
    let bin = home.path("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let banners = home.path("show-banners");
    std::fs::write(&banners, "false\n").unwrap();
    let script = bin.join("gsettings");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\n[ \"$*\" = \"get org.gnome.desktop.notifications show-banners\" ] && exec cat {}\nexit 1\n",
            banners.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    home.with_bus(&bus);
    home.set("PATH", &path)
        .set("XDG_CURRENT_DESKTOP", "ubuntu:GNOME");
    home.config(FAST);
    let _daemon = home.daemon();
    seen_busy_then_free(&home, "do-not-disturb", || {
        std::fs::write(&banners, "true\n").unwrap()
    });
}

#[test]
fn a_gnome_idle_inhibitor_counts_as_busy() {
    let bus = Bus::start();
    let inhibitors = super::fakes::GnomeInhibitors::start(&bus);
    inhibitors.hold(true);
    let mut home = Home::new();
    home.with_bus(&bus);
    home.config(&format!("{FAST}do_not_disturb = false\n"));
    let _daemon = home.daemon();
    seen_busy_then_free(&home, "inhibitors", || inhibitors.hold(false));
}
