//! The windows the daemon opens by itself, as real processes on a private X server: the
//! first-run welcome, the break window asking when there is no notification server, and the
//! statistics window from the tray. Each is found by its title with xdotool. The break
//! window's ways out run under a real window manager (openbox): Alt+F4, `knotless skip`,
//! a stray Enter, and typing in another window while the question opens.

use super::fakes::TrayHost;
use super::support::{Bus, Display, Guard, Home, wait_until};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

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

/// The processes `pid` started that still run (its windows): their pids and arguments.
fn children(pid: u32) -> Vec<(String, Vec<String>)> {
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).unwrap();
    tasks
        .filter_map(|task| std::fs::read_to_string(task.ok()?.path().join("children")).ok())
        .flat_map(|list| {
            list.split_whitespace()
                .filter_map(|child| {
                    let cmdline = std::fs::read(format!("/proc/{child}/cmdline")).ok()?;
                    let args = cmdline
                        .split(|&b| b == 0)
                        .filter(|arg| !arg.is_empty())
                        .map(|arg| String::from_utf8_lossy(arg).into_owned())
                        .collect();
                    Some((child.to_owned(), args))
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Whether the daemon `pid` runs a `knotless welcome` window.
fn runs_welcome(pid: u32) -> bool {
    children(pid)
        .iter()
        .any(|(_, args)| args.iter().any(|a| a == "welcome"))
}

#[test]
fn the_first_run_opens_the_welcome_and_later_runs_do_not() {
    let display = Display::start();
    let mut home = Home::new();
    home.with_display(&display);
    let daemon = home.daemon();
    let window = wait_for_window(&display, "Welcome to knotless");
    assert!(
        runs_welcome(home.status().pid),
        "{:?}",
        children(home.status().pid)
    );
    // The window carries the application ID as its X11 class (the desktop file's
    // StartupWMClass), so the desktop groups it under the installed launcher.
    let by_class = xdotool(&display, &["search", "--class", knotless::APP_ID]);
    assert!(
        by_class.lines().any(|id| id == window),
        "{window} not among {by_class:?}"
    );
    drop(daemon);

    // With a config file (what the welcome writes), no welcome. The daemon starts its
    // windows before it answers, so once it answers a welcome would be its child.
    home.config("[movement]\nevery = \"1h\"\n");
    let _daemon = home.daemon();
    let pid = home.status().pid;
    assert!(!runs_welcome(pid), "{:?}", children(pid));
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
    let _daemon = home.daemon();
    home.wait_event("reminder", Duration::from_secs(30));
    let id = wait_for_window(&display, "knotless · Time to move");
    // This daemon's window (a window left by another test's daemon could come to a display
    // number used again).
    let pid = xdotool(&display, &["getwindowpid", &id]);
    let daemons = children(home.status().pid);
    assert!(
        daemons
            .iter()
            .any(|(child, args)| *child == pid.trim() && args.iter().any(|a| a == "--prompt")),
        "window pid {pid} is not among the daemon's {daemons:?}"
    );
    let status = home.status();
    assert!(status.degraded.iter().any(|d| d == "notifications"));
    assert_eq!(
        status.core.phase,
        knotless_core::status::PhaseName::Prompting,
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
    // A check-in the user starts: the check-in alone, held areas first.
    host.click(&item, "Check in now").unwrap();
    wait_for_window(&display, "knotless · Check-in");
}

/// openbox from Debian on `display`, with its stock configuration (Alt+F4 closes, new
/// windows are focused unless they ask not to be), ready once it has claimed the screen.
fn openbox(display: &Display, home: &Home) -> Guard {
    let child = home
        .command_with(&mut Command::new("openbox"))
        .env("DISPLAY", &display.name)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("cannot start openbox (install it; see scripts/test)");
    let wm = Guard(child);
    wait_until(
        "openbox manages the screen",
        Duration::from_secs(30),
        || {
            let out = Command::new("xprop")
                .args(["-root", "_NET_SUPPORTING_WM_CHECK"])
                .env("DISPLAY", &display.name)
                .output()
                .expect("cannot run xprop (install x11-utils; see scripts/test)");
            String::from_utf8_lossy(&out.stdout)
                .contains("window id")
                .then_some(())
        },
    );
    wm
}

/// A desktop for the break window: a private bus with no notification server, an X
/// server, openbox, and a daemon whose movement break is `every` with 10 s snoozes.
struct Desk {
    display: Display,
    home: Home,
    _bus: Bus,
    _wm: Guard,
}

impl Desk {
    fn new(every: &str) -> Desk {
        let bus = Bus::start();
        let display = Display::start();
        let mut home = Home::new();
        home.with_bus(&bus).with_display(&display);
        home.config(&format!(
            "[movement]\nevery = \"{every}\"\nsnooze = \"10s\"\nmax_snoozes = 2\n\
             [micro_pause]\nenabled = false\n[hydration]\nenabled = false\n\
             [sound]\ncues = false\n[schedule]\nanswer_within = \"60s\"\n"
        ));
        let wm = openbox(&display, &home);
        Desk {
            display,
            home,
            _bus: bus,
            _wm: wm,
        }
    }

    /// `knotless break`: the break starts and its window shows; the window's id.
    fn break_window(&self) -> (Guard, String) {
        let window = self.home.break_window();
        let id = wait_until("the break window shows", Duration::from_secs(30), || {
            xdotool(
                &self.display,
                &["search", "--onlyvisible", "--name", "knotless"],
            )
            .lines()
            .find(|id| {
                let name = xdotool(&self.display, &["getwindowname", id]);
                name.starts_with("knotless · ") && !name.contains("Time to move")
            })
            .map(str::to_owned)
        });
        (window, id)
    }

    fn gone(&self, id: &str, what: &str) {
        wait_until(what, Duration::from_secs(15), || {
            (!xdotool(
                &self.display,
                &["search", "--onlyvisible", "--name", "knotless"],
            )
            .lines()
            .any(|w| w == id))
            .then_some(())
        });
    }

    fn answered(&self) -> Option<serde_json::Value> {
        self.home
            .events()
            .into_iter()
            .find(|e| e["event"] == "answered")
    }
}

fn phase(home: &Home) -> knotless_core::status::PhaseName {
    home.status().core.phase
}

#[test]
fn alt_f4_on_the_break_window_snoozes_and_the_next_reminder_comes() {
    use knotless_core::status::PhaseName;
    let desk = Desk::new("1h");
    let daemon = desk.home.daemon();
    let (_window, id) = desk.break_window();
    assert_eq!(phase(&desk.home), PhaseName::OnBreak);
    // The user brings the window forward and closes it with the window manager's key,
    // again if the first press came before openbox had given it the focus (under load the
    // window maps late; the close is answered once however often it is asked).
    let mut looks = 0;
    wait_until(
        "Alt+F4 closes the break window",
        Duration::from_secs(20),
        || {
            let open = xdotool(
                &desk.display,
                &["search", "--onlyvisible", "--name", "knotless"],
            )
            .lines()
            .any(|w| w == id);
            if open && looks % 30 == 0 {
                xdotool(&desk.display, &["windowactivate", "--sync", &id]);
                xdotool(&desk.display, &["key", "--clearmodifiers", "alt+F4"]);
            }
            looks += 1;
            (!open).then_some(())
        },
    );
    let answered = wait_until("the close is recorded", Duration::from_secs(10), || {
        desk.answered()
    });
    assert_eq!(answered["answer"], "snoozed", "{answered}");
    assert_eq!(answered["how"], "closed", "{answered}");
    assert_eq!(answered["steps_done"], 0, "{answered}");
    let names = desk.home.event_names();
    assert!(names.contains(&"snoozed".to_owned()), "{names:?}");
    assert!(!names.contains(&"break_completed".to_owned()), "{names:?}");
    assert_eq!(phase(&desk.home), PhaseName::Snoozed);
    // The snooze's 10 s later the reminder is back (asked in the window: no notifications).
    wait_until(
        "the snoozed break comes back",
        Duration::from_secs(30),
        || (phase(&desk.home) == PhaseName::Prompting).then_some(()),
    );
    let again = desk
        .home
        .events()
        .into_iter()
        .rfind(|e| e["event"] == "reminder")
        .expect("a reminder again");
    assert_eq!(again["snoozed"], 1, "{again}");
    drop(daemon);
}

#[test]
fn knotless_skip_closes_the_break_window_without_a_second_answer() {
    let desk = Desk::new("1h");
    let _daemon = desk.home.daemon();
    let (_window, id) = desk.break_window();
    assert_eq!(desk.home.run(&["skip"]).status.code(), Some(0));
    desk.gone(&id, "the break window closes by itself");
    let names = desk.home.event_names();
    assert_eq!(
        names.iter().filter(|n| *n == "break_skipped").count(),
        1,
        "{names:?}"
    );
    assert!(
        desk.answered().is_none(),
        "answered once, by the CLI: {names:?}"
    );
    // The next break is not skipped too: it is due an hour (less the seconds since) on.
    let next = desk.home.status().core.next_movement_in_secs;
    assert!((3500..=3600).contains(&next), "{next}");
}

#[test]
fn enter_one_second_into_a_break_completes_nothing() {
    use knotless_core::status::PhaseName;
    let desk = Desk::new("1h");
    let _daemon = desk.home.daemon();
    let (window, id) = desk.break_window();
    let shown = Instant::now();
    xdotool(&desk.display, &["windowactivate", "--sync", &id]);
    xdotool(&desk.display, &["key", "--window", &id, "Return"]);
    assert!(
        shown.elapsed() < Duration::from_millis(1500),
        "Enter was meant to come within the key guard"
    );
    assert_eq!(phase(&desk.home), PhaseName::OnBreak);
    // Well after the guard, Enter is the primary action: Next, never Done. The guard is
    // wall time in the window, so what must pass is time itself: the daemon's clock says
    // when it has (the window's stage began before `shown`).
    let since = desk.home.status().core.at;
    desk.home
        .wait_status("2 s on the daemon's clock", Duration::from_secs(10), |s| {
            (s.core.at - since).num_milliseconds() >= 2000
        });
    xdotool(&desk.display, &["key", "--window", &id, "Return"]);
    // The window closed as a session ending closes it records how far the break got: one
    // step on (the second Enter), not two (the first was held back), and not completed.
    let pid = window.0.id().to_string();
    let status = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(status.success());
    let answered = wait_until("the close is recorded", Duration::from_secs(10), || {
        desk.answered()
    });
    assert_eq!(answered["how"], "closed", "{answered}");
    assert_eq!(answered["steps_done"], 1, "{answered}");
    let names = desk.home.event_names();
    assert!(!names.contains(&"break_completed".to_owned()), "{names:?}");
}

#[test]
fn typing_in_another_window_while_the_question_opens_starts_nothing() {
    use knotless_core::status::PhaseName;
    let desk = Desk::new("15s");
    // Someone typing in a terminal.
    let xterm = Guard(
        desk.home
            .command_with(&mut Command::new("xterm"))
            .args(["-e", "cat"])
            .env("DISPLAY", &desk.display.name)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("cannot start xterm (install it; see scripts/test)"),
    );
    let terminal = wait_until("xterm shows", Duration::from_secs(10), || {
        xdotool(
            &desk.display,
            &["search", "--onlyvisible", "--class", "xterm"],
        )
        .lines()
        .next()
        .map(str::to_owned)
    });
    xdotool(&desk.display, &["windowactivate", "--sync", &terminal]);
    let _daemon = desk.home.daemon();
    // Type (Enter after each word) until the question has been up for 3 s.
    let mut asked: Option<Instant> = None;
    let deadline = Instant::now() + Duration::from_secs(60);
    while asked.is_none_or(|t| t.elapsed() < Duration::from_secs(3)) {
        assert!(Instant::now() < deadline, "the question never showed");
        xdotool(&desk.display, &["type", "--delay", "40", "typing on\n"]);
        if asked.is_none() && !windows(&desk.display, "knotless · Time to move").is_empty() {
            asked = Some(Instant::now());
        }
    }
    let active = xdotool(&desk.display, &["getactivewindow"]);
    assert_eq!(active.trim(), terminal, "the question took the focus");
    let names = desk.home.event_names();
    // Asked (a `reminder`), and not started.
    assert!(names.contains(&"reminder".to_owned()), "{names:?}");
    assert!(!names.contains(&"break_started".to_owned()), "{names:?}");
    assert_eq!(phase(&desk.home), PhaseName::Prompting);
    drop(xterm);
}

#[test]
fn the_session_ending_or_the_window_killed_still_answers_the_break() {
    use knotless_core::status::PhaseName;
    // SIGTERM (what a session ending sends): the window records its close and goes.
    let desk = Desk::new("1h");
    let _daemon = desk.home.daemon();
    let (window, id) = desk.break_window();
    let pid = window.0.id().to_string();
    let status = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(status.success());
    desk.gone(&id, "the window goes on SIGTERM");
    let answered = wait_until("the close is recorded", Duration::from_secs(10), || {
        desk.answered()
    });
    assert_eq!(answered["how"], "closed", "{answered}");
    assert_eq!(phase(&desk.home), PhaseName::Snoozed);
    drop(window);

    // SIGKILL of the question the daemon opened: the daemon answers for it.
    let desk = Desk::new("10s");
    let _daemon = desk.home.daemon();
    let id = wait_until("the question shows", Duration::from_secs(60), || {
        windows(&desk.display, "knotless · Time to move")
            .into_iter()
            .next()
    });
    let pid = xdotool(&desk.display, &["getwindowpid", &id]);
    let status = Command::new("kill")
        .args(["-KILL", pid.trim()])
        .status()
        .unwrap();
    assert!(status.success());
    let answered = wait_until("the daemon answers for it", Duration::from_secs(10), || {
        desk.answered()
    });
    assert_eq!(answered["how"], "window_gone", "{answered}");
    assert_eq!(answered["answer"], "snoozed", "{answered}");
    assert_eq!(phase(&desk.home), PhaseName::Snoozed);
}

/// Where the window called `title` is: its left and top edges on the screen.
fn window_at(display: &Display, title: &str) -> (i32, i32) {
    let id = wait_for_window(display, title);
    let out = xdotool(display, &["getwindowgeometry", "--shell", &id]);
    let value = |key: &str| -> i32 {
        out.lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("no {key} in {out:?}"))
    };
    (value("X="), value("Y="))
}

#[test]
fn the_break_window_opens_centred_on_the_monitor_with_the_pointer() {
    // One X screen as two monitors side by side, as RandR reports them to desktops.
    let display = Display::sized("2560x800x24");
    let home = {
        let mut home = Home::new();
        home.with_display(&display);
        home
    };
    home.config(&format!(
        "[suggestions]\n{}\n",
        super::support::exclude_builtins_but(Some("chin-tucks"))
    ));
    let _wm = openbox(&display, &home);
    for (name, geometry) in [
        ("left", "1280/338x800/211+0+0"),
        ("right", "1280/338x800/211+1280+0"),
    ] {
        let status = Command::new("xrandr")
            .args(["--setmonitor", name, geometry, "none"])
            .env("DISPLAY", &display.name)
            .status()
            .expect("cannot run xrandr (install x11-xserver-utils; see scripts/test)");
        assert!(status.success());
    }
    for (pointer, monitor) in [(2000, 1280..2560), (300, 0..1280)] {
        xdotool(&display, &["mousemove", &pointer.to_string(), "400"]);
        let window = home.break_window();
        let (x, y) = window_at(&display, "knotless · Chin tucks");
        // Centred (a 480 x 640 window, openbox's frame around it), all on that monitor.
        let centre = monitor.start + 640;
        assert!((x + 240 - centre).abs() <= 20, "x {x} on {monitor:?}");
        assert!(
            monitor.contains(&x) && monitor.contains(&(x + 480)),
            "x {x}"
        );
        assert!((60..=180).contains(&y), "y {y}");
        drop(window);
        wait_until("the window is gone", Duration::from_secs(10), || {
            windows(&display, "knotless · Chin tucks")
                .is_empty()
                .then_some(())
        });
    }
}
