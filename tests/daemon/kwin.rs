//! knotless in a real KWin 5.27 Wayland session (`kwin_wayland --virtual`, software
//! rendering), started once for the suite on a private session bus: the idle source is
//! KWin's `ext_idle_notifier_v1` (away after 10 s without input), and input from the test,
//! given through KWin's own fake-input protocol as a keyboard would, brings the user back.
//! A compositor that does not start fails the test. Needs kwin-wayland (`scripts/test`).
//!
//! KWin's binary carries the file capability cap_sys_resource, which a sandbox may refuse
//! ("Operation not permitted"); a copy without it (a plain copy drops it) runs anywhere.

use super::support::{Bus, Guard, Home, wait_until};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use wayland_client::globals::{GlobalListContents, registry_queue_init};
use wayland_client::protocol::wl_registry;
use wayland_client::{Connection, Dispatch, QueueHandle};
use wayland_protocols_plasma::fake_input::client::org_kde_kwin_fake_input::OrgKdeKwinFakeInput;

const SOCKET: &str = "wayland-kwin";

/// The test's Wayland client: it only sends requests.
struct Input;

impl Dispatch<wl_registry::WlRegistry, GlobalListContents> for Input {
    fn event(
        _: &mut Input,
        _: &wl_registry::WlRegistry,
        _: wl_registry::Event,
        _: &GlobalListContents,
        _: &Connection,
        _: &QueueHandle<Input>,
    ) {
    }
}

impl Dispatch<OrgKdeKwinFakeInput, ()> for Input {
    fn event(
        _: &mut Input,
        _: &OrgKdeKwinFakeInput,
        _: <OrgKdeKwinFakeInput as wayland_client::Proxy>::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Input>,
    ) {
    }
}

/// Presses and releases Shift and moves the pointer, through KWin's fake-input protocol.
fn press_a_key(socket: &Path) {
    let stream = std::os::unix::net::UnixStream::connect(socket).unwrap();
    let conn = Connection::from_socket(stream).unwrap();
    let (globals, mut queue) = registry_queue_init::<Input>(&conn).unwrap();
    let fake: OrgKdeKwinFakeInput = globals
        .bind(&queue.handle(), 4..=5, ())
        .expect("KWin offers org_kde_kwin_fake_input");
    fake.authenticate("knotless tests".into(), "input for the idle test".into());
    const KEY_LEFTSHIFT: u32 = 42;
    fake.keyboard_key(KEY_LEFTSHIFT, 1);
    fake.keyboard_key(KEY_LEFTSHIFT, 0);
    fake.pointer_motion(5.0, 5.0);
    queue.roundtrip(&mut Input).unwrap();
}

/// KWin on a virtual output; dropping it stops it.
struct Kwin {
    _process: Guard,
    _binary: tempfile::TempDir,
}

impl Kwin {
    fn start(home: &Home, bus: &Bus) -> Kwin {
        let binary = tempfile::tempdir().unwrap();
        let kwin = binary.path().join("kwin_wayland");
        std::fs::copy("/usr/bin/kwin_wayland", &kwin)
            .expect("cannot copy /usr/bin/kwin_wayland (scripts/test installs kwin-wayland)");
        let child = Command::new(&kwin)
            .args(["--virtual", "--width", "1024", "--height", "768"])
            .args([
                "--socket",
                SOCKET,
                "--no-global-shortcuts",
                "--no-lockscreen",
            ])
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", home.path(""))
            .env("XDG_RUNTIME_DIR", home.path("run"))
            .env("XDG_CONFIG_HOME", home.path("config"))
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .env("KWIN_COMPOSE", "Q")
            // KWin offers fake input only to clients a desktop file names; the test's
            // client has none.
            .env("KWIN_WAYLAND_NO_PERMISSION_CHECKS", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(home.path("kwin.log")).unwrap())
            .spawn()
            .expect("cannot start kwin_wayland");
        let kwin = Kwin {
            _process: Guard(child),
            _binary: binary,
        };
        let socket = home.path("run").join(SOCKET);
        wait_until("KWin listens", Duration::from_secs(30), || {
            std::os::unix::net::UnixStream::connect(&socket)
                .ok()
                .map(drop)
        });
        kwin
    }
}

#[test]
fn in_kwin_on_wayland_idle_comes_from_ext_idle_notify_and_input_brings_the_user_back() {
    let started = Instant::now();
    let bus = Bus::start();
    let mut home = Home::new();
    let _kwin = Kwin::start(&home, &bus);
    eprintln!("KWin up in {:?}", started.elapsed());
    home.with_bus(&bus)
        .set("WAYLAND_DISPLAY", SOCKET)
        .set("XDG_SESSION_TYPE", "wayland")
        .set("XDG_CURRENT_DESKTOP", "KDE");
    home.config("[movement]\nevery = \"1h\"\n[presence]\nnatural_break_after = \"10s\"\n");
    let daemon = home.daemon();
    let status = home.status();
    assert_eq!(status.idle_source, "wayland", "{}", daemon.log());
    use knotless_core::presence::Presence;
    wait_until(
        "away after 10 s without input",
        Duration::from_secs(25),
        || (home.status().core.presence == Presence::Away).then_some(()),
    );
    press_a_key(&home.path("run").join(SOCKET));
    wait_until("back on a key press", Duration::from_secs(5), || {
        (home.status().core.presence == Presence::Active).then_some(())
    });
    daemon_windows_open_in_kwin(&home, &bus);
    eprintln!("KWin suite done in {:?}", started.elapsed());
}

/// The break window opens as a Wayland window of KWin: KWin's own window list (its
/// krunner plugin on D-Bus, which lists the open windows by title) finds it.
fn daemon_windows_open_in_kwin(home: &Home, bus: &Bus) {
    let _window = home.break_window();
    let conn = zbus::block_on(async {
        zbus::connection::Builder::address(bus.address.as_str())
            .build()
            .await
    })
    .unwrap();
    type Match = (
        String,
        String,
        String,
        i32,
        f64,
        std::collections::HashMap<String, zbus::OwnedVariant>,
    );
    let found = wait_until(
        "KWin lists the break window",
        Duration::from_secs(20),
        || {
            let reply = zbus::block_on(conn.call_method(
                Some("org.kde.KWin"),
                "/WindowsRunner",
                Some("org.kde.krunner1"),
                "Match",
                &("knotless",),
            ))
            .ok()?;
            let matches: Vec<Match> = reply.body().deserialize().ok()?;
            (!matches.is_empty()).then_some(matches)
        },
    );
    let titles: Vec<&str> = found.iter().map(|m| m.1.as_str()).collect();
    eprintln!("KWin's windows: {titles:?}");
    assert!(
        titles.iter().any(|t| t.starts_with("knotless")),
        "{titles:?}"
    );
}
