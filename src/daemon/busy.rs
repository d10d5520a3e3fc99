//! Busy probes: is now a bad moment for a break? Each probe is small, found at start-up (and
//! logged), and can be switched off in `[context]`:
//!
//! - do not disturb: the notification server's `Inhibited` property (KDE), dunst's `paused`,
//!   or GNOME's `org.gnome.desktop.notifications show-banners` setting (read with gsettings);
//! - fullscreen: the active X11 window has `_NET_WM_STATE_FULLSCREEN` (not under Wayland);
//! - inhibitors: a player or call app keeps the screen awake
//!   (`org.freedesktop.PowerManagement.Inhibit.HasInhibit` on KDE and others, GNOME's
//!   `org.gnome.SessionManager.IsInhibited` for idle);
//! - camera: a process has `/dev/video*` open.
//!
//! They are asked only when a sample is taken (at most every 30 s while a break is deferred),
//! never polled on their own.

use crate::core::settings::Context;
use crate::platform::idle::Session;
use std::path::{Path, PathBuf};
use x11rb::connection::Connection as _;
use x11rb::protocol::xproto::{AtomEnum, ConnectionExt as _, Window};
use x11rb::rust_connection::RustConnection;

/// One way of telling that the user is busy.
pub trait BusyProbe: Send {
    fn name(&self) -> &'static str;
    /// Busy right now? `Err` when the probe stopped working (it then counts as not busy).
    fn busy(&mut self) -> Result<bool, String>;
}

/// The probes in use, found again when `[context]` changes.
pub struct Probes {
    session: Session,
    list: Vec<Box<dyn BusyProbe>>,
}

impl Probes {
    /// Finds the probes that work here and are switched on.
    pub fn detect(context: &Context, session: &Session) -> Probes {
        Probes {
            session: session.clone(),
            list: find(context, session),
        }
    }
}

impl super::ports::Busy for Probes {
    /// The first probe that says busy.
    fn check(&mut self) -> Option<&'static str> {
        self.list.iter_mut().find_map(|p| match p.busy() {
            Ok(true) => Some(p.name()),
            Ok(false) => None,
            Err(e) => {
                tracing::debug!("busy probe {}: {e}", p.name());
                None
            }
        })
    }

    fn reconfigure(&mut self, context: &Context) {
        self.list = find(context, &self.session);
    }
}

/// The probes that work here and are switched on (logged).
fn find(context: &Context, session: &Session) -> Vec<Box<dyn BusyProbe>> {
    let mut list: Vec<Box<dyn BusyProbe>> = Vec::new();
    let mut add = |enabled: bool, name: &str, probe: Result<Box<dyn BusyProbe>, String>| {
        if !enabled {
            return;
        }
        match probe {
            Ok(p) => list.push(p),
            Err(e) => tracing::info!("busy probe {name} unavailable: {e}"),
        }
    };
    let gnome = std::env::var("XDG_CURRENT_DESKTOP")
        .is_ok_and(|d| d.to_ascii_lowercase().contains("gnome"));
    let dnd = if gnome {
        GnomeBanners::check().map(boxed)
    } else {
        DoNotDisturb::connect().map(boxed)
    };
    add(context.do_not_disturb, "do-not-disturb", dnd);
    if session.x11 && !session.wayland {
        add(
            context.fullscreen,
            "fullscreen",
            Fullscreen::connect().map(boxed),
        );
    }
    add(
        context.inhibitors,
        "inhibitors",
        Inhibitors::connect().map(boxed),
    );
    add(
        context.camera,
        "camera",
        Ok(boxed(Camera::new(PathBuf::from("/proc")))),
    );
    let names: Vec<&str> = list.iter().map(|p| p.name()).collect();
    tracing::info!(
        "busy probes: {}",
        if names.is_empty() {
            "none".to_owned()
        } else {
            names.join(", ")
        }
    );
    list
}

fn boxed<P: BusyProbe + 'static>(p: P) -> Box<dyn BusyProbe> {
    Box::new(p)
}

/// How a flag is read over D-Bus.
#[derive(Debug, Clone, Copy)]
enum Ask {
    /// A boolean property.
    Property,
    /// A method without arguments answering a boolean.
    Method,
    /// GNOME's `IsInhibited(flags)` for the "idle" flag (8).
    IdleInhibited,
}

/// A boolean D-Bus property or method answer.
async fn ask_bool(
    conn: &zbus::Connection,
    (dest, path, iface, member): (&str, &str, &str, &str),
    ask: Ask,
) -> zbus::Result<bool> {
    let reply = match ask {
        Ask::Property => {
            let reply = conn
                .call_method(
                    Some(dest),
                    path,
                    Some("org.freedesktop.DBus.Properties"),
                    "Get",
                    &(iface, member),
                )
                .await?;
            let value: zbus::OwnedVariant = reply.body().deserialize()?;
            return bool::try_from(&value);
        }
        Ask::Method => {
            conn.call_method(Some(dest), path, Some(iface), member, &())
                .await?
        }
        Ask::IdleInhibited => {
            conn.call_method(Some(dest), path, Some(iface), member, &(8u32,))
                .await?
        }
    };
    reply.body().deserialize::<bool>()
}

type Query = (
    (&'static str, &'static str, &'static str, &'static str),
    Ask,
);

/// Asks the first of `queries` that answers, from then on only that one.
struct DbusFlag {
    name: &'static str,
    conn: zbus::Connection,
    query: Query,
}

impl DbusFlag {
    fn connect(name: &'static str, queries: &[Query]) -> Result<DbusFlag, String> {
        let conn = zbus::block_on(zbus::Connection::session()).map_err(|e| e.to_string())?;
        let mut errors = Vec::new();
        for &query in queries {
            match zbus::block_on(ask_bool(&conn, query.0, query.1)) {
                Ok(_) => return Ok(DbusFlag { name, conn, query }),
                Err(e) => errors.push(format!("{}: {e}", query.0.2)),
            }
        }
        Err(errors.join("; "))
    }
}

impl BusyProbe for DbusFlag {
    fn name(&self) -> &'static str {
        self.name
    }

    fn busy(&mut self) -> Result<bool, String> {
        zbus::block_on(ask_bool(&self.conn, self.query.0, self.query.1)).map_err(|e| e.to_string())
    }
}

struct DoNotDisturb;

impl DoNotDisturb {
    fn connect() -> Result<DbusFlag, String> {
        const PATH: &str = "/org/freedesktop/Notifications";
        const DEST: &str = "org.freedesktop.Notifications";
        DbusFlag::connect(
            "do-not-disturb",
            &[
                (
                    (DEST, PATH, "org.freedesktop.Notifications", "Inhibited"),
                    Ask::Property,
                ),
                (
                    (DEST, PATH, "org.dunstproject.cmd0", "paused"),
                    Ask::Property,
                ),
            ],
        )
    }
}

/// GNOME: do not disturb is `show-banners` turned off. GSettings has no D-Bus interface of
/// its own, so this asks the `gsettings` tool (a few milliseconds, only when sampling).
struct GnomeBanners;

impl GnomeBanners {
    fn check() -> Result<GnomeBanners, String> {
        let mut probe = GnomeBanners;
        probe.busy()?;
        Ok(probe)
    }
}

impl BusyProbe for GnomeBanners {
    fn name(&self) -> &'static str {
        "do-not-disturb"
    }

    fn busy(&mut self) -> Result<bool, String> {
        let out = std::process::Command::new("gsettings")
            .args(["get", "org.gnome.desktop.notifications", "show-banners"])
            .stdin(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .output()
            .map_err(|e| format!("gsettings: {e}"))?;
        match String::from_utf8_lossy(&out.stdout).trim() {
            "false" => Ok(true),
            "true" => Ok(false),
            other => Err(format!("gsettings said {other:?}")),
        }
    }
}

struct Inhibitors;

impl Inhibitors {
    fn connect() -> Result<DbusFlag, String> {
        DbusFlag::connect(
            "inhibitors",
            &[
                (
                    (
                        "org.freedesktop.PowerManagement",
                        "/org/freedesktop/PowerManagement/Inhibit",
                        "org.freedesktop.PowerManagement.Inhibit",
                        "HasInhibit",
                    ),
                    Ask::Method,
                ),
                (
                    (
                        "org.gnome.SessionManager",
                        "/org/gnome/SessionManager",
                        "org.gnome.SessionManager",
                        "IsInhibited",
                    ),
                    Ask::IdleInhibited,
                ),
            ],
        )
    }
}

/// The active X11 window is fullscreen.
struct Fullscreen {
    conn: RustConnection,
    root: Window,
    active: u32,
    state: u32,
    fullscreen: u32,
}

impl Fullscreen {
    fn connect() -> Result<Fullscreen, String> {
        let (conn, screen) = x11rb::connect(None).map_err(|e| e.to_string())?;
        let root = conn.setup().roots[screen].root;
        let atom = |name: &str| -> Result<u32, String> {
            Ok(conn
                .intern_atom(false, name.as_bytes())
                .map_err(|e| e.to_string())?
                .reply()
                .map_err(|e| e.to_string())?
                .atom)
        };
        let active = atom("_NET_ACTIVE_WINDOW")?;
        let state = atom("_NET_WM_STATE")?;
        let fullscreen = atom("_NET_WM_STATE_FULLSCREEN")?;
        Ok(Fullscreen {
            conn,
            root,
            active,
            state,
            fullscreen,
        })
    }
}

impl BusyProbe for Fullscreen {
    fn name(&self) -> &'static str {
        "fullscreen"
    }

    fn busy(&mut self) -> Result<bool, String> {
        let err = |e: &dyn std::fmt::Display| e.to_string();
        let active = self
            .conn
            .get_property(false, self.root, self.active, AtomEnum::WINDOW, 0, 1)
            .map_err(|e| err(&e))?
            .reply()
            .map_err(|e| err(&e))?;
        let Some(window) = active.value32().and_then(|mut v| v.next()) else {
            return Ok(false);
        };
        if window == 0 {
            return Ok(false);
        }
        let states = self
            .conn
            .get_property(false, window, self.state, AtomEnum::ATOM, 0, 64)
            .map_err(|e| err(&e))?
            .reply()
            .map_err(|e| err(&e))?;
        Ok(states
            .value32()
            .is_some_and(|mut atoms| atoms.any(|a| a == self.fullscreen)))
    }
}

/// Some process has a video device (`/dev/video*`) open: a call with the camera on.
pub struct Camera {
    proc_root: PathBuf,
}

impl Camera {
    pub fn new(proc_root: PathBuf) -> Camera {
        Camera { proc_root }
    }
}

impl BusyProbe for Camera {
    fn name(&self) -> &'static str {
        "camera"
    }

    fn busy(&mut self) -> Result<bool, String> {
        Ok(camera_in_use(&self.proc_root))
    }
}

/// Scans `<proc>/*/fd/*` for links to `/dev/video*` (only our own processes are readable,
/// which is who matters).
pub fn camera_in_use(proc_root: &Path) -> bool {
    let Ok(processes) = std::fs::read_dir(proc_root) else {
        return false;
    };
    processes
        .filter_map(Result::ok)
        .filter(|p| {
            p.file_name()
                .to_string_lossy()
                .bytes()
                .all(|b| b.is_ascii_digit())
        })
        .filter_map(|p| std::fs::read_dir(p.path().join("fd")).ok())
        .flatten()
        .filter_map(Result::ok)
        .filter_map(|fd| std::fs::read_link(fd.path()).ok())
        .any(|target| target.to_string_lossy().starts_with("/dev/video"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_camera_counts_as_in_use_when_a_process_holds_a_video_device() {
        let proc_root = tempfile::tempdir().unwrap();
        let fd = proc_root.path().join("4242/fd");
        std::fs::create_dir_all(&fd).unwrap();
        std::os::unix::fs::symlink("/dev/null", fd.join("0")).unwrap();
        std::os::unix::fs::symlink("/tmp/file", fd.join("1")).unwrap();
        std::fs::create_dir_all(proc_root.path().join("self-not-a-pid/fd")).unwrap();
        assert!(!camera_in_use(proc_root.path()));
        std::os::unix::fs::symlink("/dev/video0", fd.join("7")).unwrap();
        assert!(camera_in_use(proc_root.path()));
        assert!(!camera_in_use(Path::new("/nonexistent-proc")));
    }
}
