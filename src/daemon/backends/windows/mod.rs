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
//! Idle time comes from `GetLastInputInfo` (`platform::idle::windows`); the break window's
//! sound cues play through `PlaySoundW` (`platform::sound`). Break windows are left to end
//! by themselves when the daemon stops (they notice it is gone), and the binary's pages to
//! Windows' own working-set trimming.

mod autostart;
mod busy;
mod notify;
mod pipe;
mod shell;
mod tray;
mod watch;

pub use pipe::{Claim, ClaimError, claim};

use super::Desktop;
use crate::daemon::engine::Input;
use crate::daemon::{StartError, thread};
use crate::platform::paths::Paths;
use crate::platform::session::Session;
use knotless_core::settings::Settings;
use std::sync::OnceLock;
use std::sync::mpsc::Sender;

/// Starts the threads that listen (console signals, config folder, the shell thread with
/// session events and the tray) and builds the backends.
pub fn start(
    paths: &Paths,
    _session: &Session,
    settings: &Settings,
    tx: &Sender<Input>,
) -> Result<Desktop, StartError> {
    let_go_of_own_console();
    stop_on_console_close(tx.clone());
    if let Err(e) = watch::spawn(&paths.config_dir, "config.toml", tx.clone()) {
        tracing::warn!(
            "cannot watch {} for changes: {e}",
            paths.config_dir.display()
        );
    }
    let tray = shell::spawn(tx.clone()).map_err(thread("shell"))?;
    if settings.sound.cues {
        super::report_sound(tx);
    }
    Ok(Desktop {
        notifier: Box::new(notify::Toasts::new(tx.clone())),
        tray: Some(Box::new(tray)),
        autostart: Box::new(autostart::RunKey {
            exe: std::env::current_exe(),
        }),
        busy: Box::new(busy::NotificationState::new(&settings.context)),
    })
}

/// The break windows the daemon started end by themselves once it is gone; none is ended
/// here, so the number is 0.
pub fn close_break_windows() -> usize {
    0
}

/// Nothing to advise: Windows trims a process's working set itself.
pub fn trim_fault_around() {}

/// As [`trim_fault_around`].
pub fn let_go_of_start_up() {}

/// As [`trim_fault_around`].
pub fn let_go_after_calendars() {}

/// Lets go of a console window that is the daemon's alone. knotless.exe is a console
/// program, so that `knotless.exe status` prints in a terminal and its exit code counts.
/// Started from Explorer, a shortcut or the login's Run key, Windows opens a console window
/// for it, which would stay on screen as long as the daemon runs (and stop it when closed).
/// Started from a terminal (which shares its console), or with its output redirected, it
/// keeps them. Logging off then reaches the daemon through its shell window (`shell.rs`).
fn let_go_of_own_console() {
    use windows_sys::Win32::System::Console::{
        FreeConsole, GetConsoleMode, GetConsoleProcessList, GetStdHandle, STD_ERROR_HANDLE,
    };
    let mut attached = [0_u32; 2];
    let mut mode = 0;
    // SAFETY: `attached` has room for the 2 ids asked for; `mode` is an out parameter.
    let alone = unsafe { GetConsoleProcessList(attached.as_mut_ptr(), 2) } == 1;
    // SAFETY: as above; an invalid or redirected handle just fails.
    let on_screen = unsafe { GetConsoleMode(GetStdHandle(STD_ERROR_HANDLE), &mut mode) } != 0;
    // SAFETY: detaching from our own console; nothing else uses it.
    if alone && on_screen && unsafe { FreeConsole() } != 0 {
        tracing::info!("closed its own console window; the log is in the log file");
    }
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
