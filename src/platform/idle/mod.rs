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

/// Why an idle source cannot tell (it is missing, or stopped answering).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct IdleError(pub String);

impl IdleError {
    /// The reason of any error, as the user reads it in the log.
    pub fn from_display(e: impl std::fmt::Display) -> IdleError {
        IdleError(e.to_string())
    }
}

/// Something that can tell the time since the last user input.
pub trait IdleSource: Send {
    /// A short stable name for logs and `status` (`x11`, `gnome`, `kde`, …).
    fn name(&self) -> &'static str;
    /// Time since the last input; `Err` when the source stopped answering.
    fn idle(&mut self) -> Result<Duration, IdleError>;
}

pub use crate::platform::session::Session;

/// An idle source to try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// `ext-idle-notify-v1` of a Wayland compositor.
    Wayland,
    /// The XScreenSaver extension of an X server.
    X11,
    /// GNOME's `org.gnome.Mutter.IdleMonitor`.
    Gnome,
    /// `org.freedesktop.ScreenSaver.GetSessionIdleTime` (KDE and others).
    Kde,
    /// `GetLastInputInfo`.
    Windows,
    /// `CGEventSourceSecondsSinceLastEventType`.
    Macos,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Wayland => "wayland",
            Backend::X11 => "x11",
            Backend::Gnome => "gnome",
            Backend::Kde => "kde",
            Backend::Windows => "windows",
            Backend::Macos => "macos",
        }
    }
}

/// The sources to try for `session`, in order (pure, so the choice is tested on its own).
/// Under Wayland, X11 idle time is not trusted: XWayland only sees input to X11 windows, so
/// typing in a native window would look like idling.
pub fn plan(session: &Session) -> Vec<Backend> {
    if cfg!(windows) {
        return vec![Backend::Windows];
    }
    if cfg!(target_os = "macos") {
        return vec![Backend::Macos];
    }
    let mut list = Vec::new();
    if session.wayland {
        list.push(Backend::Wayland);
    } else if session.x11 {
        list.push(Backend::X11);
    }
    list.extend([Backend::Gnome, Backend::Kde]);
    list
}

/// Picks the first source of [`plan`] that answers (logged; `None` means time only).
pub fn detect(session: &Session) -> Option<Box<dyn IdleSource>> {
    let mut tried = Vec::new();
    let mut found = None;
    for backend in plan(session) {
        match connect(backend) {
            Ok(source) => {
                found = Some(source);
                break;
            }
            Err(e) => tried.push(format!("{}: {e}", backend.name())),
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

fn boxed<S: IdleSource + 'static>(source: S) -> Box<dyn IdleSource> {
    Box::new(source)
}

/// Connects to one backend.
fn connect(backend: Backend) -> Result<Box<dyn IdleSource>, IdleError> {
    let missing = || IdleError(format!("not built for {}", std::env::consts::OS));
    match backend {
        #[cfg(desktop_bus)]
        Backend::Wayland => wayland::WaylandIdle::connect().map(boxed),
        #[cfg(desktop_bus)]
        Backend::X11 => x11::X11Idle::connect().map(boxed),
        #[cfg(desktop_bus)]
        Backend::Gnome => dbus::DbusIdle::gnome().map(boxed),
        #[cfg(desktop_bus)]
        Backend::Kde => dbus::DbusIdle::freedesktop().map(boxed),
        #[cfg(windows)]
        Backend::Windows => Ok(boxed(windows::LastInput)),
        #[cfg(target_os = "macos")]
        Backend::Macos => Ok(boxed(macos::EventSource)),
        #[allow(unreachable_patterns)] // each platform builds only its own backends
        _ => Err(missing()),
    }
}

#[cfg(all(test, desktop_bus))]
mod tests {
    use super::*;

    #[test]
    fn wayland_comes_first_and_x11_is_not_trusted_beside_it() {
        let session = |wayland, x11| Session {
            wayland,
            x11,
            wayland_display: wayland,
            gnome: false,
        };
        use Backend::*;
        assert_eq!(plan(&session(true, true)), [Wayland, Gnome, Kde]);
        assert_eq!(plan(&session(false, true)), [X11, Gnome, Kde]);
        assert_eq!(plan(&session(false, false)), [Gnome, Kde]);
    }
}
