//! Light or dark, as the desktop prefers: the XDG desktop portal's
//! `org.freedesktop.appearance color-scheme` (GNOME, KDE and most others answer it). winit
//! reports no theme on X11, so without this every window would be dark on a light desktop.
//! Asked once when a window opens, and never for longer than [`WAIT`].

use std::time::Duration;

/// The longest a window waits for the portal before it opens with egui's default.
pub const WAIT: Duration = Duration::from_millis(300);

/// What the desktop asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
}

impl Scheme {
    /// The portal's number: 1 prefers dark, 2 prefers light, 0 has no preference, which is
    /// what a stock light desktop answers (GNOME's default): light.
    pub fn from_portal(value: u32) -> Option<Scheme> {
        match value {
            1 => Some(Scheme::Dark),
            0 | 2 => Some(Scheme::Light),
            _ => None,
        }
    }
}

/// The session's preference, if the portal answers within [`WAIT`].
#[cfg(desktop_bus)]
pub fn color_scheme() -> Option<Scheme> {
    use futures_lite::FutureExt;
    let ask = async {
        let conn = zbus::Connection::session().await.ok()?;
        color_scheme_on(&conn).await
    };
    let give_up = async {
        async_io::Timer::after(WAIT).await;
        None
    };
    zbus::block_on(ask.or(give_up))
}

#[cfg(not(desktop_bus))]
pub fn color_scheme() -> Option<Scheme> {
    None
}

/// Asks the portal on `conn`: `ReadOne`, or the older `Read` (which wraps the value once
/// more) where `ReadOne` is missing.
#[cfg(desktop_bus)]
pub async fn color_scheme_on(conn: &zbus::Connection) -> Option<Scheme> {
    const ARGS: (&str, &str) = ("org.freedesktop.appearance", "color-scheme");
    let call = |method: &'static str| {
        conn.call_method(
            Some("org.freedesktop.portal.Desktop"),
            "/org/freedesktop/portal/desktop",
            Some("org.freedesktop.portal.Settings"),
            method,
            &ARGS,
        )
    };
    let value = match call("ReadOne").await {
        Ok(reply) => reply.body().deserialize::<zbus::OwnedVariant>().ok()?,
        Err(_) => {
            let reply = call("Read").await.ok()?;
            let outer: zbus::OwnedVariant = reply.body().deserialize().ok()?;
            match &*outer {
                zbus::Variant::Variant(inner) => inner.try_to_owned().ok()?,
                _ => outer,
            }
        }
    };
    Scheme::from_portal(u32::try_from(&*value).ok()?)
}
