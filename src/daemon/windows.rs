//! Windows as processes of this binary (`knotless break`, `settings`, …), started detached
//! where there is a display; the daemon itself never opens one.

use super::ports::{Window, Windows};

/// Starts windows with `spawn_window` when the session has a display.
pub struct ProcessWindows {
    /// A display to open windows on (`Session::has_desktop`).
    pub desktop: bool,
}

impl Windows for ProcessWindows {
    fn open(&mut self, window: Window) -> bool {
        if !self.desktop {
            return false;
        }
        match crate::platform::spawn_window(window.args()) {
            Ok(()) => true,
            Err(e) => {
                tracing::warn!(
                    "cannot open the window `knotless {}`: {e}",
                    window.args().join(" ")
                );
                false
            }
        }
    }

    fn close_break_windows(&mut self) {
        let closed = super::own_windows::close_break_windows();
        if closed > 0 {
            tracing::info!("closed {closed} break window(s)");
        }
    }
}
