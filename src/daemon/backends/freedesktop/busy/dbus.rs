//! Busy probes over D-Bus: do not disturb (KDE's `Inhibited`, dunst's `paused`, GNOME's
//! `show-banners`) and inhibitors keeping the screen awake.

use super::{BusyProbe, ProbeError};

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
pub(super) struct DbusFlag {
    name: &'static str,
    conn: zbus::Connection,
    query: Query,
}

impl DbusFlag {
    fn connect(name: &'static str, queries: &[Query]) -> Result<DbusFlag, ProbeError> {
        let conn = zbus::block_on(zbus::Connection::session()).map_err(ProbeError::from_display)?;
        let mut errors = Vec::new();
        for &query in queries {
            match zbus::block_on(ask_bool(&conn, query.0, query.1)) {
                Ok(_) => return Ok(DbusFlag { name, conn, query }),
                Err(e) => errors.push(format!("{}: {e}", query.0.2)),
            }
        }
        Err(ProbeError(errors.join("; ")))
    }
}

impl BusyProbe for DbusFlag {
    fn name(&self) -> &'static str {
        self.name
    }

    fn busy(&mut self) -> Result<bool, ProbeError> {
        zbus::block_on(ask_bool(&self.conn, self.query.0, self.query.1))
            .map_err(ProbeError::from_display)
    }
}

pub(super) struct DoNotDisturb;

impl DoNotDisturb {
    pub(super) fn connect() -> Result<DbusFlag, ProbeError> {
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
pub(super) struct GnomeBanners;

impl GnomeBanners {
    pub(super) fn check() -> Result<GnomeBanners, ProbeError> {
        let mut probe = GnomeBanners;
        probe.busy()?;
        Ok(probe)
    }
}

impl BusyProbe for GnomeBanners {
    fn name(&self) -> &'static str {
        "do-not-disturb"
    }

    fn busy(&mut self) -> Result<bool, ProbeError> {
        let out = std::process::Command::new("gsettings")
            .args(["get", "org.gnome.desktop.notifications", "show-banners"])
            .stdin(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .output()
            .map_err(|e| ProbeError(format!("gsettings: {e}")))?;
        match String::from_utf8_lossy(&out.stdout).trim() {
            "false" => Ok(true),
            "true" => Ok(false),
            other => Err(ProbeError(format!("gsettings said {other:?}"))),
        }
    }
}

pub(super) struct Inhibitors;

impl Inhibitors {
    pub(super) fn connect() -> Result<DbusFlag, ProbeError> {
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
