//! What the desktop session looks like, read from the environment once and passed in, so
//! that every choice made from it (idle source, busy probes, windows) is a pure function.

/// What the session looks like, from the environment (read once, passed in for tests).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Session {
    /// `$WAYLAND_DISPLAY` is set or `$XDG_SESSION_TYPE` is `wayland`.
    pub wayland: bool,
    /// `$DISPLAY` is set.
    pub x11: bool,
    /// `$WAYLAND_DISPLAY` is set: a Wayland display to open windows on.
    pub wayland_display: bool,
    /// `$XDG_CURRENT_DESKTOP` names GNOME.
    pub gnome: bool,
}

impl Session {
    pub fn from_env() -> Session {
        let set = |name| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        Session {
            wayland: set("WAYLAND_DISPLAY")
                || std::env::var("XDG_SESSION_TYPE").is_ok_and(|t| t == "wayland"),
            x11: set("DISPLAY"),
            wayland_display: set("WAYLAND_DISPLAY"),
            gnome: std::env::var("XDG_CURRENT_DESKTOP")
                .is_ok_and(|d| d.to_ascii_lowercase().contains("gnome")),
        }
    }

    /// A display to open windows on (X11 or Wayland; on Windows, the user's desktop).
    pub fn has_desktop(&self) -> bool {
        cfg!(windows) || self.x11 || self.wayland_display
    }
}

/// A display to open windows on, in this process's environment.
pub fn has_desktop() -> bool {
    Session::from_env().has_desktop()
}
