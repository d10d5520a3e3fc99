//! Real parts for daemon tests: private XDG folders, a private D-Bus session bus, a private
//! X server, and the daemon binary itself. Every helper kills what it started when dropped.
//! A missing program (dbus-daemon, Xvfb, xdotool) fails the test: `.ci/run` installs them.

use knotless::ipc::DaemonStatus;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Kills and reaps a child process on drop.
pub struct Guard(pub Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn(program: &str, args: &[&str]) -> Child {
    Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {program} (install it; see .ci/run): {e}"))
}

fn first_line(child: &mut Child) -> String {
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    line.trim().to_owned()
}

/// A private session bus.
pub struct Bus {
    pub address: String,
    _daemon: Guard,
}

/// The configuration of the tests' session buses: a session bus whose activatable services
/// are the machine's, less any that would claim `org.freedesktop.Notifications` (dunst,
/// a desktop's notifier): a test that has no notification server means it, and a developer
/// with dunst installed must not get one started on every private bus.
fn session_config() -> String {
    static CONFIG: std::sync::OnceLock<(tempfile::TempDir, PathBuf)> = std::sync::OnceLock::new();
    let (_, path) = CONFIG.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let services = dir.path().join("services");
        std::fs::create_dir_all(&services).unwrap();
        let system = ["/usr/share/dbus-1/services", "/usr/local/share/dbus-1/services"];
        for entry in system.iter().filter_map(|d| std::fs::read_dir(d).ok()).flatten() {
            let Ok(entry) = entry else { continue };
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            if !text.lines().any(|l| l.trim() == "Name=org.freedesktop.Notifications") {
                let _ = std::fs::write(services.join(entry.file_name()), text);
            }
        }
        let config = dir.path().join("session.conf");
        std::fs::write(
            &config,
            format!(
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" \
                 \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n\
                 <busconfig><type>session</type><keep_umask/><listen>unix:tmpdir=/tmp</listen>\
                 <auth>EXTERNAL</auth><servicedir>{}</servicedir>\
                 <policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>\
                 <allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n",
                services.display()
            ),
        )
        .unwrap();
        (dir, config)
    });
    format!("--config-file={}", path.display())
}

impl Bus {
    /// A bus listening at a socket path of the test's choosing, so that a second one can
    /// take its place after the first went away.
    pub fn start_at(socket: &Path) -> Bus {
        let listen = format!("--address=unix:path={}", socket.display());
        let config = session_config();
        let mut child = spawn(
            "dbus-daemon",
            &[
                &config,
                "--nofork",
                "--nopidfile",
                "--print-address=1",
                &listen,
            ],
        );
        let address = first_line(&mut child);
        assert!(address.starts_with("unix:"), "dbus-daemon said {address:?}");
        Bus {
            address: format!("unix:path={}", socket.display()),
            _daemon: Guard(child),
        }
    }

    pub fn start() -> Bus {
        let config = session_config();
        let child = spawn(
            "dbus-daemon",
            &[&config, "--nofork", "--nopidfile", "--print-address=1"],
        );
        Bus::answering(child)
    }

    /// A bus whose activated services (the AT-SPI registry) live in `home`'s folders, not
    /// the test runner's: two tests' registries must not share a socket.
    pub fn start_for(home: &Home) -> Bus {
        let child = Command::new("dbus-daemon")
            .args([
                session_config().as_str(),
                "--nofork",
                "--nopidfile",
                "--print-address=1",
            ])
            .env("HOME", home.path(""))
            .env("XDG_RUNTIME_DIR", home.path("run"))
            .env("XDG_CACHE_HOME", home.path("cache"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start dbus-daemon (install it; see .ci/run): {e}"));
        Bus::answering(child)
    }

    fn answering(mut child: Child) -> Bus {
        let address = first_line(&mut child);
        assert!(address.starts_with("unix:"), "dbus-daemon said {address:?}");
        Bus {
            address,
            _daemon: Guard(child),
        }
    }
}

/// A private X server (with the MIT-SCREEN-SAVER extension Xvfb always has).
pub struct Display {
    pub name: String,
    _server: Guard,
}

impl Display {
    pub fn start() -> Display {
        Display::sized("640x480x24")
    }

    /// An X server whose one screen is `size` ("2560x800x24").
    pub fn sized(size: &str) -> Display {
        let mut child = spawn(
            "Xvfb",
            &["-displayfd", "1", "-nolisten", "tcp", "-screen", "0", size],
        );
        let number = first_line(&mut child);
        assert!(number.parse::<u32>().is_ok(), "Xvfb said {number:?}");
        Display {
            name: format!(":{number}"),
            _server: Guard(child),
        }
    }

    /// Moves the pointer: real input as far as the X server is concerned.
    pub fn input(&self, x: u32) {
        let status = Command::new("xdotool")
            .args(["mousemove", &x.to_string(), "100"])
            .env("DISPLAY", &self.name)
            .status()
            .expect("cannot run xdotool (install it; see .ci/run)");
        assert!(status.success());
    }
}

/// A user's private folders and the environment every knotless process of a test gets.
pub struct Home {
    dir: tempfile::TempDir,
    pub env: Vec<(String, String)>,
}

impl Home {
    /// Nothing of the desktop: no display, no bus (pointed at a socket that does not exist).
    pub fn new() -> Home {
        let dir = tempfile::tempdir().unwrap();
        let path = |rel: &str| dir.path().join(rel).to_string_lossy().into_owned();
        let runtime = dir.path().join("run");
        std::fs::create_dir_all(&runtime).unwrap();
        let env = vec![
            ("HOME".into(), path("")),
            ("XDG_CONFIG_HOME".into(), path("config")),
            ("XDG_DATA_HOME".into(), path("data")),
            ("XDG_STATE_HOME".into(), path("state")),
            ("XDG_RUNTIME_DIR".into(), path("run")),
            ("TZ".into(), "UTC".into()),
            // English whatever the machine speaks: the tests assert English texts. (The
            // environment is cleared, so LANGUAGE, LC_ALL and LC_MESSAGES are unset.)
            ("LANG".into(), "C.UTF-8".into()),
            ("RUST_LOG".into(), "debug".into()),
            (
                "DBUS_SESSION_BUS_ADDRESS".into(),
                format!("unix:path={}", path("no-bus")),
            ),
            (
                "DBUS_SYSTEM_BUS_ADDRESS".into(),
                format!("unix:path={}", path("no-system-bus")),
            ),
        ];
        Home { dir, env }
    }

    pub fn set(&mut self, name: &str, value: &str) -> &mut Home {
        self.env.retain(|(n, _)| n != name);
        self.env.push((name.into(), value.into()));
        self
    }

    pub fn with_bus(&mut self, bus: &Bus) -> &mut Home {
        self.set("DBUS_SESSION_BUS_ADDRESS", &bus.address)
    }

    pub fn with_display(&mut self, display: &Display) -> &mut Home {
        self.set("DISPLAY", &display.name)
    }

    /// Gives this home's processes a wall clock the test sets (libfaketime reads the
    /// returned file, "+0" now, "-1h", "+2h", at every call), as a clock set by hand or a
    /// suspend moves it; the monotonic clock the daemon waits with is left alone.
    pub fn with_faketime(&mut self) -> PathBuf {
        const LIB: &str = "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1";
        assert!(
            Path::new(LIB).exists(),
            "libfaketime is missing (install faketime; see scripts/test)"
        );
        let offset = self.path("clock-offset");
        std::fs::write(&offset, "+0\n").unwrap();
        self.set("LD_PRELOAD", LIB)
            .set("FAKETIME_TIMESTAMP_FILE", offset.to_str().unwrap())
            .set("FAKETIME_NO_CACHE", "1")
            .set("FAKETIME_DONT_FAKE_MONOTONIC", "1");
        offset
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn config(&self, toml: &str) {
        let path = self.path("config/knotless/config.toml");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, toml).unwrap();
    }

    pub fn socket(&self) -> PathBuf {
        self.path("run/knotless/socket")
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_knotless"));
        command.args(args);
        self.command_with(&mut command);
        command
    }

    /// `command` (any program) with this home's environment and nothing else but `PATH`.
    pub fn command_with<'c>(&self, command: &'c mut Command) -> &'c mut Command {
        command.env_clear();
        if let Ok(path) = std::env::var("PATH") {
            command.env("PATH", path);
        }
        for (name, value) in &self.env {
            command.env(name, value);
        }
        command
    }

    /// `knotless ARGS` with this home's environment, run by nobody (uid 65534), from a copy
    /// of the binary in a folder others may read (the build folder is root's own). Keep
    /// the returned folder while the command runs.
    pub fn as_nobody(&self, args: &[&str]) -> (tempfile::TempDir, Command) {
        use std::os::unix::fs::PermissionsExt;
        use std::os::unix::process::CommandExt;
        let shared = tempfile::Builder::new()
            .prefix("knotless-nobody")
            .tempdir()
            .unwrap();
        let binary = shared.path().join("knotless");
        std::fs::copy(env!("CARGO_BIN_EXE_knotless"), &binary).unwrap();
        for path in [shared.path(), &binary] {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        let mut command = Command::new(&binary);
        command.args(args).env_clear().uid(65534).gid(65534);
        for (name, value) in &self.env {
            command.env(name, value);
        }
        (shared, command)
    }

    /// Runs a client command to the end.
    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).stdin(Stdio::null()).output().unwrap()
    }

    /// Starts the daemon and waits until it answers.
    pub fn daemon(&self) -> Daemon {
        self.daemon_within(Duration::from_secs(10))
    }

    /// Starts the daemon and waits until it answers, at most `within`.
    pub fn daemon_within(&self, within: Duration) -> Daemon {
        let log = self.path("daemon.stderr");
        let child = self
            .command(&["run"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        let daemon = Daemon {
            child: Guard(child),
            log,
        };
        wait_until("the daemon answers", within, || self.try_status());
        daemon
    }

    pub fn try_status(&self) -> Option<DaemonStatus> {
        let out = self.run(&["status", "--json"]);
        out.status
            .success()
            .then(|| serde_json::from_slice(&out.stdout).unwrap())
    }

    /// Waits until `status` lists `channel` as missing (`missing`) or no longer does, at
    /// most `within`; the status that showed it.
    pub fn wait_degraded(&self, channel: &str, missing: bool, within: Duration) -> DaemonStatus {
        let what = if missing {
            format!("{channel} is reported missing")
        } else {
            format!("{channel} works again")
        };
        wait_until(&what, within, || {
            let status = self.status();
            (status.degraded.iter().any(|d| d == channel) == missing).then_some(status)
        })
    }

    pub fn status(&self) -> DaemonStatus {
        let out = self.run(&["status", "--json"]);
        assert!(out.status.success(), "status: {}", stderr(&out));
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// The history file's events, in order.
    pub fn events(&self) -> Vec<serde_json::Value> {
        let text =
            std::fs::read_to_string(self.path("data/knotless/history.jsonl")).unwrap_or_default();
        text.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    pub fn event_names(&self) -> Vec<String> {
        self.events()
            .iter()
            .map(|e| e["event"].as_str().unwrap().to_owned())
            .collect()
    }

    /// The first event called `name`, once history has it (at most `within`).
    pub fn wait_event(&self, name: &str, within: Duration) -> serde_json::Value {
        wait_until(&format!("`{name}` is in history"), within, || {
            self.events().into_iter().find(|e| e["event"] == name)
        })
    }

    /// The first `status --json` for which `ok` holds (at most `within`).
    pub fn wait_status(
        &self,
        what: &str,
        within: Duration,
        ok: impl Fn(&DaemonStatus) -> bool,
    ) -> DaemonStatus {
        wait_until(what, within, || Some(self.status()).filter(|s| ok(s)))
    }

    /// The break window (`knotless break`), its stderr in `break.stderr` of this home.
    pub fn break_window(&self) -> Guard {
        Guard(
            self.command(&["break"])
                .stdout(Stdio::null())
                .stderr(std::fs::File::create(self.path("break.stderr")).unwrap())
                .spawn()
                .unwrap(),
        )
    }

    /// What the break window said on stderr so far.
    pub fn break_stderr(&self) -> String {
        std::fs::read_to_string(self.path("break.stderr")).unwrap_or_default()
    }

    /// Presses `button` of the knotless window as a screen reader does, through a real
    /// AT-SPI registry on this home's bus (`atspi_client.py`, waiting up to `secs` for the
    /// window); its JSON lines, after checking it succeeded.
    pub fn press_through_atspi(&self, button: &str, secs: u32) -> Vec<serde_json::Value> {
        self.press_through_atspi_once(None, button, secs)
    }

    /// [`Home::press_through_atspi`], once a node called `shown` is in the window (when
    /// given): "Step 2 of 3" is the window's word that its first step is over.
    pub fn press_through_atspi_once(
        &self,
        shown: Option<&str>,
        button: &str,
        secs: u32,
    ) -> Vec<serde_json::Value> {
        let client = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/daemon/atspi_client.py");
        let secs = secs.to_string();
        let mut args = vec![client, button, &secs];
        args.extend(shown);
        let out = self
            .command_with(Command::new("/usr/bin/python3").args(args))
            .output()
            .expect("cannot run /usr/bin/python3 (scripts/test installs python3-pyatspi)");
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "{stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    /// The `break_completed` event, once history has it.
    pub fn break_completed(&self) -> serde_json::Value {
        wait_until(
            "break_completed in history",
            Duration::from_secs(10),
            || {
                self.events()
                    .into_iter()
                    .find(|e| e["event"] == "break_completed")
            },
        )
    }
}

/// The `exclude` list of a config that leaves only exercise `keep` (none at all: `None`)
/// of the built-ins to suggest.
pub fn exclude_builtins_but(keep: Option<&str>) -> String {
    let library = knotless_exercises::library::Library::builtin();
    let ids: Vec<String> = library
        .exercises
        .iter()
        .filter(|e| Some(e.id.as_str()) != keep)
        .map(|e| format!("{:?}", e.id))
        .collect();
    format!("exclude = [{}]", ids.join(", "))
}

/// The running daemon.
pub struct Daemon {
    pub child: Guard,
    pub log: PathBuf,
}

impl Drop for Daemon {
    /// A failing test shows what the daemon said.
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!(
                "--- daemon log ---\n{}--- end of daemon log ---",
                self.log()
            );
        }
    }
}

impl Daemon {
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Waits for the process to end by itself; its exit code.
    pub fn wait_exit(&mut self, within: Duration) -> i32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.0.try_wait().unwrap() {
                return status.code().unwrap_or(-1);
            }
            assert!(
                start.elapsed() < within,
                "the daemon did not stop; log:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Polls `probe` until it gives a value; fails with `what` after `within`.
pub fn wait_until<T>(what: &str, within: Duration, mut probe: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(value) = probe() {
            return value;
        }
        assert!(start.elapsed() < within, "timed out waiting until {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Reads everything a raw socket says until it closes or goes quiet.
pub fn read_all(stream: &mut std::os::unix::net::UnixStream) -> String {
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut text = String::new();
    let _ = stream.read_to_string(&mut text);
    text
}

pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// The kernel's word that some process read a file after the test last wrote it (inotify),
/// for a daemon whose only other sign of having read it is a sentence in its log: a broken
/// config edit, which is read and then not applied. The test itself must not read the file
/// (nor run `knotless` commands, which may) while it waits.
pub struct FileReads {
    fd: rustix::fd::OwnedFd,
    /// A read came after the last write seen so far.
    read: std::cell::Cell<bool>,
}

impl FileReads {
    /// Starts watching `path` (which must exist) for writes and reads.
    pub fn watch(path: &Path) -> FileReads {
        use rustix::fs::inotify::{self, CreateFlags, WatchFlags};
        let fd = inotify::init(CreateFlags::CLOEXEC | CreateFlags::NONBLOCK).unwrap();
        inotify::add_watch(
            &fd,
            path,
            WatchFlags::CLOSE_WRITE | WatchFlags::ACCESS | WatchFlags::CLOSE_NOWRITE,
        )
        .unwrap();
        FileReads {
            fd,
            read: std::cell::Cell::new(false),
        }
    }

    /// Waits until the file has been read since it was last written, at most `within`.
    pub fn wait_read_after_write(&self, what: &str, within: Duration) {
        use rustix::fs::inotify::{ReadFlags, Reader};
        let mut buf = [std::mem::MaybeUninit::uninit(); 4096];
        wait_until(what, within, || {
            let mut reader = Reader::new(&self.fd, &mut buf);
            loop {
                match reader.next() {
                    Ok(event) if event.events().contains(ReadFlags::CLOSE_WRITE) => {
                        self.read.set(false)
                    }
                    Ok(_) => self.read.set(true),
                    Err(rustix::io::Errno::AGAIN) => break,
                    Err(rustix::io::Errno::INTR) => {}
                    Err(e) => panic!("inotify: {e}"),
                }
            }
            self.read.get().then_some(())
        });
    }
}
