//! The daemon's side of the operating system, one folder per OS behind this one `cfg`
//! switch (as alacritty's `tty/{unix,windows}`): [`freedesktop`] for Linux and the BSDs
//! (cfg `desktop_bus`, see build.rs), [`windows`] for Windows; macOS would be a third.
//!
//! Each backend offers the same names, which the portable daemon uses without a `cfg`:
//! - `claim`, `Claim`, `ClaimError`: one daemon per user on the control channel (a Unix
//!   socket, a named pipe), a second start hands over;
//! - `start`: the threads that listen (signals, config folder, session events) and a
//!   [`Desktop`] of backends for the engine's ports (notifier, tray, autostart, busy);
//! - `close_break_windows`: the break windows it started, ended when the daemon stops;
//! - `trim_fault_around`, `let_go_of_start_up`, `let_go_after_calendars`: where the OS
//!   allows, the daemon's share of its own binary kept small.

#[cfg(desktop_bus)]
mod freedesktop;
#[cfg(windows)]
mod windows;

#[cfg(desktop_bus)]
use freedesktop as os;
#[cfg(windows)]
use windows as os;

pub(super) use os::{
    Claim, ClaimError, claim, close_break_windows, let_go_after_calendars, let_go_of_start_up,
    start, trim_fault_around,
};

use super::engine::Input;
use super::ports;

/// The desktop's side of the engine's parts, from `start`.
pub(super) struct Desktop {
    pub notifier: Box<dyn ports::Notifier>,
    pub tray: Option<Box<dyn ports::Tray>>,
    pub autostart: Box<dyn ports::Autostart>,
    pub busy: Box<dyn ports::Busy>,
}

/// Tells the engine whether the break window's sound cues can be heard: asked once at start,
/// by each desktop's backends when `[sound] cues` is on.
fn report_sound(engine: &std::sync::mpsc::Sender<Input>) {
    let heard = crate::platform::sound::available();
    let _ = engine.send(match heard {
        Ok(()) => Input::Channel(ports::Channel::Sound, true),
        Err(e) => {
            tracing::info!("sound cues: {e}");
            Input::Missing(ports::Channel::Sound, e.for_people())
        }
    });
}
