//! The desktop's backends on Windows, behind the same traits as on free desktops:
//!
//! - `pipe`: the control channel, a named pipe only this user may open, and one daemon per
//!   user (a second start hands over);
//! - `shell`: one thread with a hidden window and a message loop, which hears the screen lock
//!   (WTS session notifications) and suspend (power broadcasts) and hosts the tray icon
//!   (`tray`, Shell_NotifyIcon through the tray-icon crate);
//! - `notify`: a toast as the nudge; the break window asks (Start / Snooze / Skip);
//! - `busy`: `SHQueryUserNotificationState` (presentation mode, a full-screen program, quiet
//!   hours);
//! - `autostart`: the `HKCU\...\Run` value;
//! - `watch`: the config folder's change notifications.
//!
//! Idle time comes from `GetLastInputInfo` (`platform::idle::windows`).

mod autostart;
mod busy;
mod notify;
mod pipe;
mod shell;
mod tray;
mod watch;

pub(super) use pipe::{Claim, ClaimError, claim};

use super::engine::Input;
use super::{Desktop, StartError, thread};
use crate::core::settings::Settings;
use crate::platform::paths::Paths;
use crate::platform::session::Session;
use std::sync::OnceLock;
use std::sync::mpsc::Sender;

/// Starts the threads that listen (console signals, config folder, the shell thread with
/// session events and the tray) and builds the backends.
pub(super) fn start(
    paths: &Paths,
    _session: &Session,
    settings: &Settings,
    tx: &Sender<Input>,
) -> Result<Desktop, StartError> {
    stop_on_console_close(tx.clone());
    if let Err(e) = watch::spawn(&paths.config_dir, "config.toml", tx.clone()) {
        tracing::warn!(
            "cannot watch {} for changes: {e}",
            paths.config_dir.display()
        );
    }
    let tray = shell::spawn(tx.clone()).map_err(thread("shell"))?;
    Ok(Desktop {
        notifier: Box::new(notify::Toasts::new(tx.clone())),
        tray: Some(Box::new(tray)),
        autostart: Box::new(autostart::RunKey {
            exe: std::env::current_exe(),
        }),
        busy: Box::new(busy::NotificationState::new(&settings.context)),
    })
}

/// Where Ctrl+C, Ctrl+Break and closing the console go (the daemon's SIGINT and SIGTERM).
static ENGINE: OnceLock<Sender<Input>> = OnceLock::new();

/// Ctrl+C, Ctrl+Break, closing the console window, logging off or shutting down stop the
/// daemon as SIGTERM does on Linux: the engine saves and quits.
fn stop_on_console_close(engine: Sender<Input>) {
    use windows_sys::Win32::System::Console::SetConsoleCtrlHandler;
    unsafe extern "system" fn handler(kind: u32) -> i32 {
        tracing::info!("console event {kind}: stopping");
        if let Some(engine) = ENGINE.get() {
            let _ = engine.send(Input::Quit);
        }
        // Handled: Windows waits (for close, logoff and shutdown, up to its own limit)
        // while the engine saves.
        1
    }
    if ENGINE.set(engine).is_ok() {
        // SAFETY: `handler` is a valid HandlerRoutine for the life of the process.
        if unsafe { SetConsoleCtrlHandler(Some(handler), 1) } == 0 {
            tracing::warn!(
                "cannot hear the console closing: {}",
                std::io::Error::last_os_error()
            );
        }
    }
}
