//! Starts windows as processes of this binary (`knotless break`, `settings`, …), detached
//! where there is a display; the daemon itself never opens one. When a window's process
//! ends, the engine hears of it ([`Input::WindowGone`]): a break window that went without
//! answering (killed, crashed, its display gone) is answered for.

use super::Input;
use super::ports::{Launcher, Window};
use std::sync::mpsc::Sender;

/// Starts windows with `spawn_window` when the session has a display.
pub struct ProcessLauncher {
    /// A display to open windows on (`Session::has_desktop`).
    pub desktop: bool,
    /// Where to say that a window's process ended.
    pub engine: Sender<Input>,
}

impl Launcher for ProcessLauncher {
    fn open(&mut self, window: Window) -> bool {
        if !self.desktop {
            return false;
        }
        let engine = self.engine.clone();
        let gone = move || {
            let _ = engine.send(Input::WindowGone(window));
        };
        match crate::platform::spawn_window(window.args(), gone) {
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
        let closed = super::backends::close_break_windows();
        if closed > 0 {
            tracing::info!("closed {closed} break window(s)");
        }
    }
}
