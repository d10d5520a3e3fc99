//! Idle sources: how long since the last keyboard or mouse input. One small trait, several
//! backends, chosen once at start-up (and logged): X11 (XScreenSaver), GNOME (Mutter's idle
//! monitor), KDE and others (org.freedesktop.ScreenSaver), Wayland compositors with
//! ext-idle-notify-v1, Windows and macOS. Without any,
//! the daemon falls back to time-based tracking and says so in `status`.

#[cfg(desktop_bus)]
mod dbus;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(desktop_bus)]
mod wayland;
#[cfg(windows)]
mod windows;
#[cfg(desktop_bus)]
mod x11;

use std::time::Duration;

/// Something that can tell the time since the last user input.
pub trait IdleSource: Send {
    /// A short stable name for logs and `status` (`x11`, `gnome`, `kde`, …).
    fn name(&self) -> &'static str;
    /// Time since the last input; `Err` when the source stopped answering.
    fn idle(&mut self) -> Result<Duration, String>;
}

pub use crate::platform::session::Session;

/// Picks the first source that answers. Under Wayland, X11 idle time is not trusted: XWayland
/// only sees input to X11 windows, so typing in a native window would look like idling.
pub fn detect(session: &Session) -> Option<Box<dyn IdleSource>> {
    let mut tried = Vec::new();
    let mut found = None;
    for (name, connect) in candidates(session) {
        match connect() {
            Ok(source) => {
                found = Some(source);
                break;
            }
            Err(e) => tried.push(format!("{name}: {e}")),
        }
    }
    match &found {
        Some(source) => tracing::info!("idle source: {}", source.name()),
        None => {
            if session.wayland && session.x11 {
                tried.push("x11: not trusted under Wayland (XWayland)".into());
            }
            tracing::warn!(
                "no idle source ({}); tracking sitting by time only",
                tried.join("; ")
            );
        }
    }
    found
}

type Connect = fn() -> Result<Box<dyn IdleSource>, String>;

fn boxed<S: IdleSource + 'static>(source: S) -> Box<dyn IdleSource> {
    Box::new(source)
}

/// The sources to try, in order, on Linux and the BSDs.
#[cfg(desktop_bus)]
fn candidates(session: &Session) -> Vec<(&'static str, Connect)> {
    let mut list: Vec<(&'static str, Connect)> = Vec::new();
    if session.wayland {
        list.push(("wayland", || wayland::WaylandIdle::connect().map(boxed)));
    } else if session.x11 {
        list.push(("x11", || x11::X11Idle::connect().map(boxed)));
    }
    list.push(("gnome", || dbus::DbusIdle::gnome().map(boxed)));
    list.push(("kde", || dbus::DbusIdle::freedesktop().map(boxed)));
    list
}

#[cfg(windows)]
fn candidates(_session: &Session) -> Vec<(&'static str, Connect)> {
    vec![("windows", || Ok(boxed(windows::LastInput)))]
}

#[cfg(target_os = "macos")]
fn candidates(_session: &Session) -> Vec<(&'static str, Connect)> {
    vec![("macos", || Ok(boxed(macos::EventSource)))]
}
