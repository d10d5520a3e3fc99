//! Faults, with the real daemon: killed with SIGKILL while it writes events, a full disk, a
//! config folder it may not write, a notification server that never answers, a session bus
//! that goes away and comes back, the clock set back an hour, a flood of garbage on the
//! socket, and a 50 MB history. Each test names the promise it guards; docs/reliability.md
//! lists them. (`KNOTLESS_FAULT_CYCLES` raises the kill cycles; `scripts/fault-suite.sh`.)

use super::fakes::NotificationServer;
use super::support::{Bus, Home, read_all, stderr, wait_until};
use knotless::ipc::{self, Request};
use std::io::Write;
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::time::{Duration, Instant};

const QUIET: &str = "[movement]\nevery = \"1h\"\n";

/// The history file as lines: (parsed events, torn or unreadable lines and where).
fn history_lines(home: &Home) -> (Vec<serde_json::Value>, Vec<usize>) {
    let text = std::fs::read(home.path("data/knotless/history.jsonl")).unwrap_or_default();
    let text = String::from_utf8_lossy(&text);
    let mut events = Vec::new();
    let mut bad = Vec::new();
    for (i, line) in text.split_inclusive('\n').enumerate() {
        match serde_json::from_str::<serde_json::Value>(line.trim_end()) {
            Ok(v) if line.ends_with('\n') => events.push(v),
            _ => bad.push(i + 1),
        }
    }
    (events, bad)
}

#[test]
fn killed_while_writing_every_acknowledged_event_is_still_there() {
    let cycles: u32 = std::env::var("KNOTLESS_FAULT_CYCLES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(15);
    let mut rng = fastrand::Rng::with_seed(8);
    let mut total_acked = 0;
    for cycle in 0..cycles {
        let home = Home::new();
        home.config(QUIET);
        let mut daemon = home.daemon();
        let socket = home.socket();
        let acked = Arc::new(AtomicU32::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        // A client that pauses and resumes as fast as the daemon answers: each reply that
        // says ok means the event is on disk (written and fsync'd before the reply).
        let client = {
            let (acked, stop) = (Arc::clone(&acked), Arc::clone(&stop));
            std::thread::spawn(move || {
                let requests = [
                    Request::Pause {
                        secs: Some(600),
                        until_tomorrow: false,
                    },
                    Request::Resume,
                ];
                for request in requests.iter().cycle() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    match ipc::call(&socket, request) {
                        Ok(reply) if reply.ok => {
                            acked.fetch_add(1, Ordering::SeqCst);
                        }
                        Ok(reply) => panic!("refused: {}", reply.message),
                        Err(_) => break,
                    }
                }
            })
        };
        // The kill lands at a point of the stream the seed picks: after some answers.
        let answers = rng.u32(1..40);
        wait_until(
            &format!("{answers} answers"),
            Duration::from_secs(20),
            || (acked.load(Ordering::SeqCst) >= answers).then_some(()),
        );
        daemon.child.0.kill().unwrap(); // SIGKILL: no chance to tidy up
        let _ = daemon.child.0.wait();
        stop.store(true, Ordering::SeqCst);
        client.join().unwrap();

        let acked = acked.load(Ordering::SeqCst);
        let (events, bad) = history_lines(&home);
        let written = events
            .iter()
            .filter(|e| e["event"] == "paused" || e["event"] == "resumed")
            .count() as u32;
        // The reply to the request in flight may have been lost after its write: one more
        // event than acknowledged is fine, one fewer never.
        assert!(
            written == acked || written == acked + 1,
            "cycle {cycle}: {acked} acknowledged, {written} in history"
        );
        assert!(
            bad.len() <= 1 && bad.iter().all(|&l| l == events.len() + 1),
            "cycle {cycle}: at most a torn last line, got {bad:?}"
        );
        total_acked += acked;

        // And the next start reads it back: paused exactly when the last event says so.
        let _again = home.daemon();
        let last = events
            .iter()
            .rev()
            .find(|e| e["event"] == "paused" || e["event"] == "resumed");
        let paused = last.is_some_and(|e| e["event"] == "paused");
        assert_eq!(home.status().core.paused, paused, "cycle {cycle}");
    }
    assert!(
        total_acked > u32::from(cycles > 0),
        "the client got answers"
    );
    eprintln!("{cycles} kill cycles, {total_acked} acknowledged events, none lost");
}

/// A tiny tmpfs mounted over a folder, unmounted when dropped (the tests run as root).
struct SmallDisk(std::path::PathBuf);

impl SmallDisk {
    fn mount(at: &std::path::Path, size: &str) -> SmallDisk {
        std::fs::create_dir_all(at).unwrap();
        let status = std::process::Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size}"),
                "knotless-test",
            ])
            .arg(at)
            .status()
            .expect("cannot run mount");
        assert!(
            status.success(),
            "mounting a tmpfs needs root (CI runs as root)"
        );
        SmallDisk(at.to_path_buf())
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_fails_the_write_cleanly_and_the_events_are_written_once_there_is_room() {
    let home = Home::new();
    home.config(QUIET);
    let data = home.path("data/knotless");
    let _disk = SmallDisk::mount(&data, "64k");
    let daemon = home.daemon();
    // Fill the disk to the last byte (the daemon's icon is already there).
    let filler = data.join("filler");
    let mut file = std::fs::File::create(&filler).unwrap();
    while file.write_all(&[0u8; 512]).is_ok() {}
    while file.write_all(&[0u8]).is_ok() {}
    drop(file);

    // The reply comes after the write was tried: the pause holds, nothing is on disk, and
    // status says history is not being written (with why) instead of acknowledging it.
    assert!(!home.status().degraded.iter().any(|d| d == "history"));
    assert_eq!(home.run(&["pause", "30m"]).status.code(), Some(0));
    let status = home.status();
    assert!(status.core.paused, "it keeps running, paused");
    assert!(status.degraded.iter().any(|d| d == "history"), "{status:?}");
    assert!(status.degraded_why.contains_key("history"), "{status:?}");
    assert!(home.event_names().is_empty(), "nothing half-written");

    // Room again: the kept events go out with the next one, in order.
    std::fs::remove_file(&filler).unwrap();
    assert_eq!(home.run(&["resume"]).status.code(), Some(0));
    assert!(!home.status().degraded.iter().any(|d| d == "history"));
    let (events, bad) = history_lines(&home);
    let names: Vec<&str> = events
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["paused", "resumed"], "{}", daemon.log());
    assert!(bad.is_empty(), "{bad:?}");
}

#[test]
fn a_config_folder_it_may_not_write_is_an_error_that_names_it() {
    use std::os::unix::fs::PermissionsExt;
    // Root may write anywhere, so the command runs as nobody (65534) in a home it can read.
    let home = Home::new();
    let config = home.path("config/knotless");
    std::fs::create_dir_all(&config).unwrap();
    for dir in [home.path(""), home.path("config"), config.clone()] {
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    }
    let (_copy, mut command) = home.as_nobody(&["settings"]);
    let out = command.output().unwrap();
    for dir in [home.path(""), home.path("config"), config.clone()] {
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    // The error names the file (the path is the datum; the sentence around it may change).
    let file = config.join("config.toml");
    assert!(
        stderr(&out).contains(&file.display().to_string()),
        "{}",
        stderr(&out)
    );
    assert!(!config.join("config.toml").exists());
}

/// A notification server that takes every `Notify` and never answers it.
struct Mute;

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Mute {
    #[allow(clippy::too_many_arguments)]
    async fn notify(
        &self,
        _app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        _summary: String,
        _body: String,
        _actions: Vec<String>,
        _hints: std::collections::HashMap<String, zbus::OwnedVariant>,
        _expire_timeout: i32,
    ) -> u32 {
        std::future::pending::<()>().await;
        0
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        ("mute".into(), "test".into(), "1".into(), "1.2".into())
    }
}

#[test]
fn a_notification_server_that_never_answers_does_not_hold_the_daemon_up() {
    let bus = Bus::start();
    let _mute = zbus::block_on(async {
        zbus::connection::Builder::address(bus.address.as_str())
            .name("org.freedesktop.Notifications")
            .serve_at("/org/freedesktop/Notifications", Mute)
            .build()
            .await
    })
    .unwrap();
    let mut home = Home::new();
    home.with_bus(&bus);
    home.config(
        "[movement]\nevery = \"10s\"\ninsist = \"never\"\n[micro_pause]\nenabled = false\n\
         [hydration]\nenabled = false\n[schedule]\nanswer_within = \"10s\"\n",
    );
    let mut daemon = home.daemon();
    wait_until("the reminder is due", Duration::from_secs(20), || {
        home.event_names()
            .contains(&"reminder".to_owned())
            .then_some(())
    });
    // The engine still answers at once, and the unanswered break counts as missed on time.
    let asked = Instant::now();
    assert!(home.try_status().is_some());
    assert!(asked.elapsed() < Duration::from_secs(2));
    wait_until(
        "the break counts as missed",
        Duration::from_secs(20),
        || {
            home.event_names()
                .contains(&"missed".to_owned())
                .then_some(())
        },
    );
    assert_eq!(home.run(&["quit"]).status.code(), Some(0));
    assert_eq!(daemon.wait_exit(Duration::from_secs(5)), 0);
}

#[test]
fn a_session_bus_that_goes_away_and_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("bus");
    let bus = Bus::start_at(&socket);
    let server = NotificationServer::start(&bus);
    let host = super::fakes::TrayHost::start(&bus);
    let mut home = Home::new();
    home.with_bus(&bus);
    home.config(
        "[movement]\nevery = \"10s\"\nsnooze = \"10s\"\n[micro_pause]\nenabled = false\n\
         [hydration]\nenabled = false\n[schedule]\nmerge_within = \"0s\"\nanswer_within = \"60s\"\n",
    );
    let daemon = home.daemon();
    let pid = home.status().pid;
    wait_until(
        "the first reminder is shown",
        Duration::from_secs(20),
        || server.sent().first().cloned(),
    );
    assert_eq!(
        host.items().len(),
        1,
        "the tray item registered on the first bus"
    );
    drop(host);
    drop(server);
    drop(bus);
    let _ = std::fs::remove_file(&socket);
    // No bus: the daemon answers, and a snoozed break that falls due again cannot be shown.
    assert_eq!(home.run(&["snooze"]).status.code(), Some(0));
    home.wait_degraded("notifications", true, Duration::from_secs(25));
    home.wait_degraded("tray", true, Duration::from_secs(5));
    // The bus comes back at the same address: the next reminder gets through, the tray item
    // registers with the new tray host, and a screen lock on the new bus is heard.
    let bus = Bus::start_at(&socket);
    let server = NotificationServer::start(&bus);
    let host = super::fakes::TrayHost::start(&bus);
    assert_eq!(home.run(&["skip"]).status.code(), Some(0));
    wait_until("a reminder on the new bus", Duration::from_secs(25), || {
        server.sent().first().cloned()
    });
    home.wait_degraded("notifications", false, Duration::from_secs(5));
    // The tray and the lock watcher try again 1 s after the loss, then 2, 4, 8, 16, 32 s.
    wait_until(
        "the tray item on the new bus",
        Duration::from_secs(40),
        || (host.items().len() == 1).then_some(()),
    );
    home.wait_degraded("tray", false, Duration::from_secs(5));
    // A lock sent before the watcher listens again is not heard: lock on every few looks
    // until the daemon says away.
    let mut looks = 0;
    wait_until(
        "the lock watcher listens again",
        Duration::from_secs(40),
        || {
            if looks % 3 == 0 {
                super::fakes::emit(
                    &bus,
                    "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver",
                    "ActiveChanged",
                    &(true,),
                );
            }
            looks += 1;
            (home.status().core.presence == knotless_core::presence::Presence::Away).then_some(())
        },
    );
    // The same daemon all along (notify-rust panics inside a worker waiting on the lost
    // bus; the daemon contains that to the worker).
    assert_eq!(home.status().pid, pid);
    drop(daemon);
}

#[test]
fn the_clock_set_back_an_hour_while_running_never_makes_time_negative() {
    let mut home = Home::new();
    home.config(QUIET);
    let offset = home.with_faketime();
    let mut daemon = home.daemon();
    let before = home.wait_status("2 s of sitting", Duration::from_secs(10), |s| {
        s.core.sitting_secs >= 2
    });

    std::fs::write(&offset, "-1h\n").unwrap();
    let after = home.status();
    let back = (before.core.at - after.core.at).num_seconds();
    assert!(
        (3590..=3610).contains(&back),
        "the daemon's clock went back {back} s"
    );
    assert!(
        after.core.sitting_secs >= before.core.sitting_secs
            && after.core.sitting_secs <= before.core.sitting_secs + 5,
        "sitting {} then {}",
        before.core.sitting_secs,
        after.core.sitting_secs
    );
    // Time goes on from there: sitting counts on, the break is still due in under an hour.
    let later = home.wait_status("2 s more of sitting", Duration::from_secs(10), |s| {
        s.core.sitting_secs >= after.core.sitting_secs + 2
    });
    assert!(later.core.next_movement_in_secs <= 3600);
    assert_eq!(home.run(&["quit"]).status.code(), Some(0));
    assert_eq!(daemon.wait_exit(Duration::from_secs(5)), 0);
    for event in home.events() {
        for (key, value) in event.as_object().unwrap() {
            if let Some(n) = value.as_i64() {
                assert!(n >= 0, "{key} = {n} in {event}");
            }
        }
    }
    // The quit's stretch is there: the events above are not just the ones before the jump.
    assert_eq!(
        home.event_names().last().map(String::as_str),
        Some("sitting")
    );
}

#[test]
fn ten_thousand_garbage_lines_each_get_an_error_and_the_daemon_answers_after() {
    let home = Home::new();
    home.config(QUIET);
    let _daemon = home.daemon();
    let pid = home.status().pid;
    let mut stream = UnixStream::connect(home.socket()).unwrap();
    let mut rng = fastrand::Rng::with_seed(10_000);
    let mut input = Vec::new();
    for _ in 0..10_000 {
        let len = rng.usize(0..200);
        input.extend((0..len).map(|_| rng.u8(..)).filter(|&b| b != b'\n'));
        input.push(b'\n');
    }
    input.extend_from_slice(b"{\"v\":1,\"cmd\":\"status\"}\n");
    let writer = {
        let mut stream = stream.try_clone().unwrap();
        std::thread::spawn(move || {
            stream.write_all(&input).unwrap();
            stream.shutdown(std::net::Shutdown::Write).unwrap();
        })
    };
    let replies: Vec<serde_json::Value> = read_all(&mut stream)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    writer.join().unwrap();
    assert_eq!(replies.len(), 10_001);
    assert!(replies[..10_000].iter().all(|r| r["ok"] == false));
    assert_eq!(replies[10_000]["ok"], true);
    assert_eq!(home.status().pid, pid, "the same daemon answers after");
}

#[test]
fn a_50_mb_history_is_read_at_start_and_the_daemon_answers() {
    let home = Home::new();
    home.config(QUIET);
    let data = home.path("data/knotless");
    std::fs::create_dir_all(&data).unwrap();
    let mut file =
        std::io::BufWriter::new(std::fs::File::create(data.join("history.jsonl")).unwrap());
    let mut size = 0;
    let mut i = 0u64;
    while size < 50 * 1024 * 1024 {
        let line = format!(
            "{{\"v\":1,\"at\":\"2025-{:02}-{:02}T{:02}:{:02}:00+00:00\",\"event\":\"suggested\",\"id\":{i},\"exercise\":\"ball-upper-back-wall\"}}\n",
            1 + i % 12,
            1 + i % 28,
            i % 24,
            i % 60
        );
        size += line.len();
        file.write_all(line.as_bytes()).unwrap();
        i += 1;
    }
    file.flush().unwrap();
    drop(file);
    let started = Instant::now();
    let _daemon = home.daemon_within(Duration::from_secs(60));
    eprintln!(
        "{i} events ({size} bytes): answering after {:?}",
        started.elapsed()
    );
    // Start-up streams the file: a long history costs time once, never memory for good.
    let pid = home.status().pid;
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap();
    let pss_kib: u64 = rollup
        .lines()
        .find_map(|l| l.strip_prefix("Pss:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    assert!(
        pss_kib < 100 * 1024,
        "the daemon holds {pss_kib} KiB after reading the history"
    );
    assert_eq!(home.run(&["pause", "10m"]).status.code(), Some(0));
    let (events, bad) = history_lines(&home);
    assert_eq!(events.len() as u64, i + 1, "all kept, the new one appended");
    assert!(bad.is_empty());
}
