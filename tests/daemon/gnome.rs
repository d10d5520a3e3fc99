//! knotless in a real GNOME Shell 43 session, twice: headless Wayland (`gnome-shell
//! --headless --wayland --virtual-monitor`), and X11 (`gnome-shell --x11` as the window
//! manager and compositor of a private Xvfb, where knotless's idle source is the X server's
//! and input comes through XTest). Each has the AppIndicator extension as the tray host and
//! is started once for its test (the shell takes seconds to start) as a user who is
//! not root (nobody), on a private session bus and a private system bus where python3-dbusmock
//! plays logind. `--unsafe-mode` lets the test read the shell's own state through
//! `org.gnome.Shell.Eval`: the tray menu as GNOME shows it, and its notification list.
//!
//! Checked: Mutter's idle monitor as knotless's idle source (away after 10 s without input,
//! back on input through Mutter's RemoteDesktop API); GNOME's notification server and tray
//! host found; the tray menu in GNOME after pause and resume; the tray host switched off
//! and on again; do not disturb ("show banners" off) makes knotless busy; Snooze clicked on
//! GNOME's banner (its button's own callback) snoozes, and the reminder comes back; Start on
//! the banner opens the break window, which GNOME shows with its title in an Adwaita-like
//! title bar and matches to knotless's desktop file by its app ID; `quit` takes knotless's
//! reminder out of GNOME's list and closes the break window. A shell that does not start fails the
//! test. Not checked: the lock screen, which GNOME 43 sets up only with GDM on the system
//! bus and systemd's /run/systemd/seats (`Main.screenShield` stays null here). Needs gnome-shell, gnome-shell-extension-appindicator, gjs and
//! python3-dbusmock (`scripts/test` installs them).

use super::support::{Guard, Home, wait_until};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const NOBODY: u32 = 65534;
const EXTENSION: &str = "ubuntu-appindicators@ubuntu.com";

/// A bus that lets every user in: the shell and knotless run as nobody, the test as root.
fn bus_config(socket: &Path) -> String {
    format!(
        "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" \
         \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n\
         <busconfig><type>session</type><listen>unix:path={}</listen><auth>EXTERNAL</auth>\
         <standard_session_servicedirs/><policy context=\"default\"><allow user=\"*\"/>\
         <allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>\
         <allow own=\"*\"/></policy></busconfig>\n",
        socket.display()
    )
}

/// A GNOME Shell session; dropping it ends every process of it (one process group, the
/// session bus's, so the services the bus started go too).
struct Gnome {
    /// The X server the shell runs on (X11 only).
    display: Option<super::support::Display>,
    session_bus: String,
    conn: zbus::Connection,
    /// The session bus, leader of the process group everything else joins.
    group: u32,
    _processes: Vec<Guard>,
}

impl Drop for Gnome {
    fn drop(&mut self) {
        if let Some(group) = rustix::process::Pid::from_raw(self.group as i32) {
            let _ = rustix::process::kill_process_group(group, rustix::process::Signal::TERM);
        }
    }
}

impl Gnome {
    /// Starts the session for `home` (whose folders it uses and whose environment it sets
    /// up for knotless: the buses, the Wayland display, the desktop's name).
    fn start(home: &mut Home, knotless: &Binary, kind: Kind) -> Gnome {
        // knotless's desktop file where GNOME looks for the user's apps, so the shell can
        // match knotless's windows to it by their app ID.
        let apps = home.path("data/applications");
        std::fs::create_dir_all(&apps).unwrap();
        // GLib lists an app only when its Exec program is found, so `Exec` names the test's
        // copy of the binary (an installed knotless is on PATH).
        let desktop = format!("{}.desktop", knotless::APP_ID);
        let entry = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("assets")
                .join(&desktop),
        )
        .unwrap()
        .replace(
            "Exec=knotless ",
            &format!("Exec={} ", knotless.path.display()),
        );
        std::fs::write(apps.join(&desktop), entry).unwrap();
        let chown = Command::new("chown")
            .args(["-R", &format!("{NOBODY}:{NOBODY}")])
            .arg(home.path(""))
            .status()
            .unwrap();
        assert!(chown.success());
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(home.path(""), std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::set_permissions(home.path("run"), std::fs::Permissions::from_mode(0o700)).unwrap();
        let session = home.path("session.sock");
        let system = home.path("system.sock");
        let session_bus = format!("unix:path={}", session.display());
        home.set("DBUS_SESSION_BUS_ADDRESS", &session_bus)
            .set(
                "DBUS_SYSTEM_BUS_ADDRESS",
                &format!("unix:path={}", system.display()),
            )
            .set("XDG_CURRENT_DESKTOP", "GNOME");
        // On X11 the shell is the window manager and compositor of a private X server.
        let display = match kind {
            Kind::Wayland => {
                home.set("WAYLAND_DISPLAY", "wayland-knotless")
                    .set("XDG_SESSION_TYPE", "wayland");
                None
            }
            Kind::X11 => {
                let display = super::support::Display::sized("1280x800x24");
                home.set("DISPLAY", &display.name)
                    .set("XDG_SESSION_TYPE", "x11");
                Some(display)
            }
        };
        let mut processes = Vec::new();
        let mut group = 0;
        for (name, socket) in [("session.conf", &session), ("system.conf", &system)] {
            let config = home.path(name);
            std::fs::write(&config, bus_config(socket)).unwrap();
            let mut bus = as_nobody(home, "dbus-daemon", group);
            bus.arg(format!("--config-file={}", config.display()))
                .arg("--nofork");
            let child = spawn(bus, "dbus-daemon");
            if group == 0 {
                group = child.0.id();
            }
            processes.push(child);
            wait_until("the bus listens", Duration::from_secs(10), || {
                socket.exists().then_some(())
            });
        }
        let mut logind = as_nobody(home, "python3", group);
        logind.args(["-m", "dbusmock", "--system", "--template", "logind"]);
        processes.push(spawn(logind, "python3-dbusmock"));
        let mut dconf = as_nobody(home, "dconf", group);
        dconf.args([
            "write",
            "/org/gnome/shell/enabled-extensions",
            &format!("['{EXTENSION}']"),
        ]);
        let wrote = dconf
            .status()
            .expect("cannot run dconf (gnome-shell brings it)");
        assert!(wrote.success(), "dconf write failed");
        let mut shell = as_nobody(home, "gnome-shell", group);
        match kind {
            Kind::Wayland => shell
                .args(["--headless", "--wayland", "--no-x11", "--unsafe-mode"])
                // Two monitors side by side: the break window must open on the pointer's.
                .args([
                    "--virtual-monitor",
                    "1280x800",
                    "--virtual-monitor",
                    "1280x800",
                ])
                .args(["--wayland-display", "wayland-knotless"]),
            Kind::X11 => shell.args(["--x11", "--unsafe-mode"]),
        }
        .stderr(std::fs::File::create(home.path("gnome-shell.log")).unwrap());
        processes.push(spawn(shell, "gnome-shell"));
        let conn = zbus::block_on(async {
            zbus::connection::Builder::address(session_bus.as_str())
                .build()
                .await
        })
        .unwrap();
        let gnome = Gnome {
            display,
            session_bus,
            conn,
            group,
            _processes: processes,
        };
        // Up: the shell's idle monitor, notification server and (from the AppIndicator
        // extension) tray host, which come at different moments of its start.
        let log = home.path("gnome-shell.log");
        wait_until(
            "GNOME Shell and its services are up",
            Duration::from_secs(60),
            || {
                [
                    "org.gnome.Mutter.IdleMonitor",
                    "org.freedesktop.Notifications",
                    "org.kde.StatusNotifierWatcher",
                ]
                .iter()
                .all(|name| gnome.has_owner(name))
                .then_some(())
            },
        );
        assert!(log.exists());
        gnome
    }

    fn call<R: serde::de::DeserializeOwned + zbus::zvariant::Type>(
        &self,
        destination: &str,
        path: &str,
        interface: &str,
        method: &str,
        body: &(impl serde::Serialize + zbus::zvariant::DynamicType),
    ) -> R {
        let reply = zbus::block_on(self.conn.call_method(
            Some(destination),
            path,
            Some(interface),
            method,
            body,
        ))
        .unwrap_or_else(|e| panic!("{destination} {method}: {e}"));
        reply.body().deserialize().unwrap()
    }

    fn has_owner(&self, name: &str) -> bool {
        self.call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "NameHasOwner",
            &(name,),
        )
    }

    /// Runs `js` inside the shell; its result, a JSON string.
    fn eval(&self, js: &str) -> serde_json::Value {
        let (ok, result): (bool, String) = self.call(
            "org.gnome.Shell",
            "/org/gnome/Shell",
            "org.gnome.Shell",
            "Eval",
            &(js,),
        );
        assert!(ok, "Eval failed: {result}");
        // The shell hands back the script's value as JSON; a script that returns JSON text
        // (JSON.stringify) comes back as a JSON string holding it.
        match serde_json::from_str(&result) {
            Ok(serde_json::Value::String(inner)) => {
                serde_json::from_str(&inner).unwrap_or(serde_json::Value::String(inner))
            }
            Ok(value) => value,
            Err(_) => serde_json::Value::String(result),
        }
    }

    /// knotless's tray menu as GNOME shows it: (label, can be clicked) of each visible entry.
    fn tray_menu(&self) -> Vec<(String, bool)> {
        let menu = self.eval(
            "JSON.stringify((() => { \
               const key = Object.keys(Main.panel.statusArea) \
                 .find(k => k.startsWith('appindicator-org.kde.StatusNotifierItem')); \
               if (!key) return []; \
               return Main.panel.statusArea[key].menu._getMenuItems() \
                 .filter(i => i.visible) \
                 .map(i => [i.label ? i.label.text : '-', i.sensitive]); })())",
        );
        serde_json::from_value(menu).unwrap()
    }

    /// Sets `key` in the user's dconf database (what GNOME's settings panels do).
    fn dconf(&self, home: &Home, key: &str, value: &str) {
        let mut dconf = as_nobody(home, "dconf", self.group);
        dconf.args(["write", key, value]);
        assert!(
            dconf.status().unwrap().success(),
            "dconf write {key} {value}"
        );
    }

    /// Clicks the button of knotless's notification whose label starts with `label`, as
    /// the banner's button does (messageTray.js: the action's callback, which tells
    /// knotless through ActionInvoked, then the notification goes unless resident).
    fn click(&self, label: &str) {
        let clicked = self.eval(&format!(
            "JSON.stringify((() => {{ \
               const source = Main.messageTray.getSources().find(s => s.title === 'knotless'); \
               const action = source.notifications[0].actions \
                 .find(a => a.label.startsWith('{label}')); \
               const notification = source.notifications[0]; \
               action.callback(); \
               if (!notification.resident) notification.destroy(); \
               return action.label; }})())"
        ));
        assert!(
            clicked.as_str().is_some_and(|l| l.starts_with(label)),
            "{clicked}"
        );
    }

    /// The notifications in GNOME's list from the source called `title`.
    fn notifications_of(&self, title: &str) -> usize {
        let count = self.eval(&format!(
            "JSON.stringify(Main.messageTray.getSources() \
               .filter(s => s.title === '{title}') \
               .reduce((n, s) => n + s.notifications.length, 0))"
        ));
        usize::try_from(count.as_u64().unwrap()).unwrap()
    }

    /// knotless's windows on the shell's screen (by their Wayland app ID).
    fn knotless_windows(&self) -> Vec<ShellWindow> {
        let windows = self.eval(&format!(
            "JSON.stringify(global.get_window_actors().map(a => a.meta_window) \
               .filter(w => w.get_wm_class() === '{}') \
               .map(w => {{ const r = w.get_frame_rect(); \
                 const app = imports.gi.Shell.WindowTracker.get_default().get_window_app(w); \
                 return {{ title: w.get_title(), wm_class: w.get_wm_class(), \
                   app: app ? app.get_id() : null, x: r.x, y: r.y, width: r.width, \
                   monitor: w.get_monitor() }}; }}))",
            knotless::APP_ID
        ));
        serde_json::from_value(windows).unwrap()
    }

    /// The whole screen as a PNG at `path` (GNOME's own screenshot service, which
    /// `--unsafe-mode` opens to the test).
    fn screenshot(&self, path: &Path) {
        let (ok, _used): (bool, String) = self.call(
            "org.gnome.Shell.Screenshot",
            "/org/gnome/Shell/Screenshot",
            "org.gnome.Shell.Screenshot",
            "Screenshot",
            &(false, false, path.to_string_lossy().as_ref()),
        );
        assert!(ok, "GNOME's screenshot service failed");
    }

    /// A started session of Mutter's RemoteDesktop API (Wayland): input sent through it
    /// reaches the shell as a real device's would.
    fn remote_desktop(&self) -> RemoteDesktop<'_> {
        let session: zbus::OwnedObjectPath = self.call(
            RemoteDesktop::DEST,
            "/org/gnome/Mutter/RemoteDesktop",
            RemoteDesktop::DEST,
            "CreateSession",
            &(),
        );
        let remote = RemoteDesktop {
            gnome: self,
            session,
        };
        remote.send("Start", &());
        remote
    }

    /// Moves the pointer by (`dx`, `dy`) through Mutter's RemoteDesktop API (Wayland).
    fn move_pointer(&self, dx: f64, dy: f64) {
        self.remote_desktop()
            .send("NotifyPointerMotionRelative", &(dx, dy));
    }

    /// A key press and release: on Wayland through Mutter's RemoteDesktop API, which resets
    /// Mutter's idle time as a real keyboard does; on X11 through the X server (XTest).
    fn press_a_key(&self) {
        if let Some(display) = &self.display {
            let status = Command::new("xdotool")
                .args(["key", "shift"])
                .env("DISPLAY", &display.name)
                .status()
                .expect("cannot run xdotool (scripts/test installs it)");
            assert!(status.success());
            return;
        }
        const SHIFT: u32 = 0xffe1;
        let remote = self.remote_desktop();
        for pressed in [true, false] {
            remote.send("NotifyKeyboardKeysym", &(SHIFT, pressed));
        }
    }
}

/// A RemoteDesktop session of the shell, stopped when dropped.
struct RemoteDesktop<'g> {
    gnome: &'g Gnome,
    session: zbus::OwnedObjectPath,
}

impl RemoteDesktop<'_> {
    const DEST: &'static str = "org.gnome.Mutter.RemoteDesktop";

    fn send(&self, method: &str, body: &(impl serde::Serialize + zbus::zvariant::DynamicType)) {
        let _: () = self.gnome.call(
            Self::DEST,
            self.session.as_str(),
            "org.gnome.Mutter.RemoteDesktop.Session",
            method,
            body,
        );
    }
}

impl Drop for RemoteDesktop<'_> {
    fn drop(&mut self) {
        self.send("Stop", &());
    }
}

/// The break window as GNOME Shell on Wayland shows it: its title, the app GNOME matches it
/// to (the desktop file, installed in the home's data folder before the shell started), and
/// a title bar that carries the title (winit's fallback frame is a plain grey bar with three
/// boxes). The screenshot is kept in the test's folder of the build for a look by eye.
fn break_window_on_gnome(gnome: &Gnome, home: &Home) {
    // On Wayland the compositor places windows; GNOME puts a new one on the monitor with the
    // pointer, which is moved to the second monitor first (X11 placement is knotless's own,
    // tested under openbox with two RandR monitors).
    let monitors = gnome.eval("JSON.stringify(global.display.get_n_monitors())");
    if monitors == serde_json::json!(2) {
        gnome.move_pointer(1400.0, 0.0);
        let current = gnome.eval("JSON.stringify(global.display.get_current_monitor())");
        assert_eq!(
            current,
            serde_json::json!(1),
            "the pointer is on the second monitor"
        );
    }
    // Start on GNOME's banner of the reminder: knotless opens the break window.
    gnome.click("Start");
    let begun = Instant::now();
    let window = loop {
        if let Some(window) = gnome.knotless_windows().into_iter().find(|w| w.width > 0) {
            break window;
        }
        assert!(
            begun.elapsed() < Duration::from_secs(20),
            "the break window is not on GNOME's screen; the shell's windows: {}\nknotless: {}\nits log: {}",
            gnome.eval(
                "JSON.stringify(global.get_window_actors().map(a => a.meta_window) \
                   .map(w => [w.get_title(), w.get_wm_class()]))"
            ),
            std::fs::read_to_string(home.path("second.log")).unwrap_or_default(),
            std::fs::read_to_string(home.path("state/knotless/knotless.log")).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(200));
    };
    eprintln!("the break window in GNOME: {window:?}");
    if monitors == serde_json::json!(2) {
        assert_eq!(window.monitor, 1, "on the monitor with the pointer");
    }
    assert!(window.title.starts_with("knotless"), "{window:?}");
    assert_eq!(window.wm_class.as_deref(), Some(knotless::APP_ID));
    assert_eq!(
        window.app.as_deref(),
        Some("io.github.knotless.Knotless.desktop"),
        "GNOME matches the window to knotless's desktop file"
    );
    // The frame is drawn once the window has painted; the title bar is the top of the
    // window's frame rectangle, its middle the title (the buttons are at the right).
    // A headless shell starts in the overview, where windows are drawn scaled down: leave
    // it, as a user's first click on the desktop does.
    wait_until("GNOME leaves the overview", Duration::from_secs(10), || {
        let shown = gnome.eval("Main.overview.hide(); JSON.stringify(Main.overview.visible)");
        (shown == serde_json::Value::Bool(false)).then_some(())
    });
    let shot = home.path("gnome-break-window.png");
    let kept = Path::new(env!("CARGO_TARGET_TMPDIR")).join("gnome-break-window.png");
    let title_marks = wait_until(
        "the break window's title bar shows its title",
        Duration::from_secs(10),
        || {
            gnome.screenshot(&shot);
            std::fs::copy(&shot, &kept).unwrap();
            let marks = title_bar_marks(&shot, &window);
            (marks > 40).then_some(marks)
        },
    );
    eprintln!(
        "title bar: {title_marks} pixels of text; screenshot {}",
        kept.display()
    );
}

/// Pixels of the title bar's middle third (top 34 px of the window) that stand out from
/// their row's usual colour: the title's letters. A bar without text has none.
fn title_bar_marks(shot: &Path, window: &ShellWindow) -> usize {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(shot).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    let channels = info.color_type.samples();
    let luma = |x: i64, y: i64| -> i64 {
        let at = (usize::try_from(y).unwrap() * info.width as usize + usize::try_from(x).unwrap())
            * channels;
        (i64::from(pixels[at]) * 3 + i64::from(pixels[at + 1]) * 6 + i64::from(pixels[at + 2])) / 10
    };
    let (left, right) = (window.x + window.width / 3, window.x + 2 * window.width / 3);
    let mut marks = 0;
    for y in window.y + 4..window.y + 30 {
        let mut row: Vec<i64> = (left..right).map(|x| luma(x, y)).collect();
        row.sort_unstable();
        let usual = row[row.len() / 2];
        marks += row.iter().filter(|l| (**l - usual).abs() > 60).count();
    }
    marks
}

/// A window as GNOME Shell knows it (Meta.Window), read through Eval.
#[derive(Debug, serde::Deserialize)]
struct ShellWindow {
    title: String,
    wm_class: Option<String>,
    app: Option<String>,
    x: i64,
    y: i64,
    width: i64,
    monitor: i64,
}

fn as_nobody(home: &Home, program: &str, group: u32) -> Command {
    use std::os::unix::process::CommandExt;
    let mut command = Command::new(program);
    home.command_with(&mut command);
    command
        .uid(NOBODY)
        .gid(NOBODY)
        .process_group(i32::try_from(group).unwrap())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

fn spawn(mut command: Command, package: &str) -> Guard {
    Guard(
        command
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {package} (scripts/test installs it): {e}")),
    )
}

/// knotless as nobody: a copy of the binary in a folder nobody may read (the build folder
/// is root's own), made once.
struct Binary {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl Binary {
    fn copy() -> Binary {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::Builder::new()
            .prefix("knotless-gnome")
            .tempdir()
            .unwrap();
        let path = dir.path().join("knotless");
        std::fs::copy(env!("CARGO_BIN_EXE_knotless"), &path).unwrap();
        for p in [dir.path(), &path] {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        Binary { _dir: dir, path }
    }

    fn command(&self, home: &Home, args: &[&str]) -> Command {
        use std::os::unix::process::CommandExt;
        let mut command = Command::new(&self.path);
        home.command_with(&mut command);
        command.args(args).uid(NOBODY).gid(NOBODY);
        command
    }

    fn status(&self, home: &Home) -> Option<knotless::ipc::DaemonStatus> {
        let out = self.command(home, &["status", "--json"]).output().unwrap();
        out.status
            .success()
            .then(|| serde_json::from_slice(&out.stdout).unwrap())
    }

    fn run(&self, home: &Home, args: &[&str]) {
        let out = self.command(home, args).output().unwrap();
        assert!(out.status.success(), "knotless {args:?}: {out:?}");
    }
}

/// The knotless daemon, its log in `name`.log of the home.
struct Daemon {
    process: Guard,
    log: PathBuf,
}

impl Daemon {
    fn start(knotless: &Binary, home: &Home, name: &str) -> Daemon {
        let log = home.path(&format!("{name}.log"));
        let child = knotless
            .command(home, &["run"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        let daemon = Daemon {
            process: Guard(child),
            log,
        };
        wait_until("knotless answers", Duration::from_secs(15), || {
            knotless.status(home)
        });
        daemon
    }

    fn quit(mut self, knotless: &Binary, home: &Home) {
        knotless.run(home, &["quit"]);
        let ended = wait_until("knotless stops", Duration::from_secs(10), || {
            self.process.0.try_wait().unwrap()
        });
        assert!(
            ended.success(),
            "{}",
            std::fs::read_to_string(&self.log).unwrap()
        );
    }
}

/// Where the shell runs: headless Wayland (its own compositor), or X11 on a private X
/// server, where it is the window manager and knotless's idle source is the X server's.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Wayland,
    X11,
}

#[test]
fn in_gnome_shell_on_wayland_idle_tray_and_notifications_work() {
    the_gnome_checks(Kind::Wayland);
}

#[test]
fn in_gnome_shell_on_x11_idle_tray_and_notifications_work() {
    the_gnome_checks(Kind::X11);
}

fn the_gnome_checks(kind: Kind) {
    let started = Instant::now();
    let mut home = Home::new();
    let knotless = Binary::copy();
    let gnome = Gnome::start(&mut home, &knotless, kind);
    let idle_source = match kind {
        Kind::Wayland => "gnome",
        Kind::X11 => "x11",
    };
    eprintln!("GNOME Shell up in {:?}", started.elapsed());
    assert!(!gnome.session_bus.is_empty());

    // Idle from Mutter: away after 10 s without input, back on a key press.
    home.config("[movement]\nevery = \"1h\"\n[presence]\nnatural_break_after = \"10s\"\n");
    let status = |home: &Home| knotless.status(home);
    let run = |home: &Home, args: &[&str]| knotless.run(home, args);
    let daemon = Daemon::start(&knotless, &home, "first");
    let first = status(&home).unwrap();
    assert_eq!(first.idle_source, idle_source);
    let wait_for = |what: &str, ok: &dyn Fn(&knotless::ipc::DaemonStatus) -> bool| {
        let begun = Instant::now();
        loop {
            let now = status(&home);
            if let Some(s) = now.as_ref().filter(|s| ok(s)) {
                return s.clone();
            }
            assert!(
                begun.elapsed() < Duration::from_secs(25),
                "timed out waiting until {what}: {now:?}\n{}",
                std::fs::read_to_string(home.path("first.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    };
    wait_for("GNOME's notification server and tray host are used", &|s| {
        !s.degraded
            .iter()
            .any(|d| d == "notifications" || d == "tray")
    });

    // The tray menu as GNOME shows it follows pause and resume.
    let menu = wait_until("GNOME shows the tray menu", Duration::from_secs(10), || {
        Some(gnome.tray_menu()).filter(|m| m.iter().any(|(l, _)| l == "Pause"))
    });
    let entry = |menu: &[(String, bool)], label: &str| {
        menu.iter()
            .find(|(l, _)| l == label)
            .unwrap_or_else(|| panic!("no {label} in {menu:?}"))
            .1
    };
    assert!(entry(&menu, "Pause") && !entry(&menu, "Resume"), "{menu:?}");
    run(&home, &["pause", "30m"]);
    let menu = wait_until(
        "GNOME's menu follows the pause",
        Duration::from_secs(5),
        || {
            let menu = gnome.tray_menu();
            (menu
                .first()
                .is_some_and(|(l, _)| l.contains("paused until"))
                && entry(&menu, "Resume")
                && !entry(&menu, "Pause"))
            .then_some(menu)
        },
    );
    eprintln!("GNOME's tray menu after pause: {menu:?}");
    run(&home, &["resume"]);
    wait_until(
        "GNOME's menu follows resume",
        Duration::from_secs(5),
        || {
            let menu = gnome.tray_menu();
            (entry(&menu, "Pause") && !entry(&menu, "Resume")).then_some(())
        },
    );

    // The tray host switched off and on again.
    gnome.eval(&format!(
        "Main.extensionManager.disableExtension('{EXTENSION}'); 'off'"
    ));
    let off = wait_for("the lost tray host is reported", &|s| {
        s.degraded.iter().any(|d| d == "tray")
    });
    assert!(off.degraded_why["tray"].starts_with("the tray host went away"));
    gnome.eval(&format!(
        "Main.extensionManager.enableExtension('{EXTENSION}'); 'on'"
    ));
    wait_for("the tray host is back", &|s| {
        !s.degraded.iter().any(|d| d == "tray")
    });
    wait_until(
        "GNOME shows the icon again",
        Duration::from_secs(10),
        || Some(()).filter(|()| gnome.tray_menu().iter().any(|(l, _)| l == "Pause")),
    );

    // Do not disturb (GNOME's "show banners" off) holds reminders back.
    let banners = "/org/gnome/desktop/notifications/show-banners";
    gnome.dconf(&home, banners, "false");
    wait_for("do not disturb makes knotless busy", &|s| {
        s.busy.as_deref() == Some("do-not-disturb")
    });
    gnome.dconf(&home, banners, "true");
    wait_for("not busy after do not disturb", &|s| s.busy.is_none());

    let away = wait_for("away after 10 s without input", &|s| {
        s.core.presence == knotless_core::presence::Presence::Away
    });
    assert_eq!(away.idle_source, idle_source);
    gnome.press_a_key();
    wait_until("back on a key press", Duration::from_secs(5), || {
        status(&home).filter(|s| s.core.presence == knotless_core::presence::Presence::Active)
    });
    daemon.quit(&knotless, &home);

    // A reminder in GNOME's list goes when knotless quits.
    home.config(
        "[movement]\nevery = \"10s\"\nsnooze = \"10s\"\n[micro_pause]\nenabled = false\n[hydration]\n\
         enabled = false\n[schedule]\nanswer_within = \"60s\"\n[presence]\n\
         natural_break_after = \"120m\"\n",
    );
    let daemon = Daemon::start(&knotless, &home, "second");
    wait_until(
        "the reminder is in GNOME's list",
        Duration::from_secs(30),
        || (gnome.notifications_of("knotless") == 1).then_some(()),
    );
    // Snooze on GNOME's banner: knotless hears it, and the reminder comes back after it.
    gnome.click("Snooze");
    wait_until("the snooze is in history", Duration::from_secs(5), || {
        home.events().into_iter().find(|e| e["event"] == "snoozed")
    });
    wait_until(
        "the snoozed reminder is back in GNOME's list",
        Duration::from_secs(30),
        || {
            let shown = home
                .events()
                .iter()
                .filter(|e| e["event"] == "reminder")
                .count();
            (shown == 2 && gnome.notifications_of("knotless") == 1).then_some(())
        },
    );
    break_window_on_gnome(&gnome, &home);
    daemon.quit(&knotless, &home);
    wait_until(
        "GNOME's list holds nothing of knotless",
        Duration::from_secs(5),
        || (gnome.notifications_of("knotless") == 0).then_some(()),
    );
    wait_until(
        "the break window closes with knotless",
        Duration::from_secs(5),
        || gnome.knotless_windows().is_empty().then_some(()),
    );
    eprintln!("GNOME suite ({kind:?}) done in {:?}", started.elapsed());
}
