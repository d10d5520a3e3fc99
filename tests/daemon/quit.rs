//! `knotless quit` with a break window open: the window the daemon opened goes with it (it
//! would answer nobody). Real processes on a private X server and bus; the break is started
//! from the tray as a user would, and the window's process is found among the daemon's
//! children in /proc.

use super::fakes::TrayHost;
use super::support::{Bus, Display, Home, wait_until};
use std::time::Duration;

/// The daemon's child processes running `knotless break`.
fn break_windows(daemon_pid: u32) -> Vec<u32> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
        let Some(after_name) = stat.rfind(')').map(|i| &stat[i + 1..]) else {
            continue;
        };
        let parent = after_name.split_whitespace().nth(1);
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let is_break = cmdline.split(|&b| b == 0).nth(1) == Some(b"break".as_slice());
        if parent == Some(daemon_pid.to_string().as_str()) && is_break {
            found.push(pid);
        }
    }
    found
}

/// Whether `pid` still runs (a zombie has ended).
fn runs(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        let state = stat
            .rfind(')')
            .and_then(|i| stat[i + 1..].split_whitespace().next());
        state != Some("Z")
    })
}

#[test]
fn quit_closes_the_break_window_the_daemon_opened() {
    let bus = Bus::start();
    let display = Display::start();
    let host = TrayHost::start(&bus);
    let _notifications = super::fakes::NotificationServer::start(&bus);
    let mut home = Home::new();
    home.with_bus(&bus).with_display(&display);
    home.config("[movement]\nevery = \"1h\"\n");
    let mut daemon = home.daemon();
    let pid = daemon.child.0.id();
    let item = wait_until("the tray item registers", Duration::from_secs(10), || {
        host.items().first().cloned()
    });
    host.click(&item, "Take a break now").unwrap();
    let windows = wait_until("the break window starts", Duration::from_secs(10), || {
        Some(break_windows(pid)).filter(|w| !w.is_empty())
    });

    assert_eq!(home.run(&["quit"]).status.code(), Some(0));
    assert_eq!(daemon.wait_exit(Duration::from_secs(5)), 0);
    wait_until("the break window is gone", Duration::from_secs(5), || {
        windows.iter().all(|&w| !runs(w)).then_some(())
    });
}
