//! The `shell` thread: a hidden top-level window and its message loop, blocked in
//! `GetMessageW` until Windows has something to say. It hears
//!
//! - the screen locking and unlocking (`WM_WTSSESSION_CHANGE`, after
//!   `WTSRegisterSessionNotification`), which makes the user away at once;
//! - the machine suspending and resuming (`WM_POWERBROADCAST`);
//! - the session ending, by logging off or shutting down (`WM_ENDSESSION`), which stops the
//!   daemon when it has no console to hear it through;
//!
//! and it owns the tray icon, which Windows drives through this same loop. The engine's
//! tray updates are posted to the window (`WM_SHOW_STATUS`) and shown here.

use super::tray::Icon;
use crate::daemon::engine::{Input, SessionEvent};
use crate::daemon::ports::Channel;
use crate::ipc::DaemonStatus;
use std::cell::RefCell;
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex};
use windows_sys::Win32::Foundation::{HWND, LPARAM, LRESULT, WPARAM};
use windows_sys::Win32::System::LibraryLoader::GetModuleHandleW;
use windows_sys::Win32::System::RemoteDesktop::{
    NOTIFY_FOR_THIS_SESSION, WTSRegisterSessionNotification,
};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    CreateWindowExW, DefWindowProcW, DispatchMessageW, GetMessageW, MSG, PBT_APMRESUMEAUTOMATIC,
    PBT_APMRESUMESUSPEND, PBT_APMSUSPEND, PostMessageW, RegisterClassW, TranslateMessage, WM_APP,
    WM_ENDSESSION, WM_POWERBROADCAST, WM_WTSSESSION_CHANGE, WNDCLASSW, WTS_SESSION_LOCK,
    WTS_SESSION_UNLOCK,
};

/// Posted by the engine's thread: show the status waiting in [`WinTray`].
const WM_SHOW_STATUS: u32 = WM_APP + 1;

/// The tray as the engine drives it: the status to show, and the window to tell.
pub struct WinTray {
    /// The shell window (an `HWND`, which is not `Send`, kept as its address).
    window: isize,
    pending: Arc<Mutex<Option<DaemonStatus>>>,
}

impl crate::daemon::ports::Tray for WinTray {
    fn show(&mut self, status: &DaemonStatus) {
        *self.pending.lock().unwrap_or_else(|e| e.into_inner()) = Some(status.clone());
        // SAFETY: posting to a window of this process; a closed one just fails.
        unsafe { PostMessageW(self.window as HWND, WM_SHOW_STATUS, 0, 0) };
    }
}

/// What the window procedure works with, on the shell thread only.
struct Shell {
    engine: Sender<Input>,
    tray: Option<Icon>,
    pending: Arc<Mutex<Option<DaemonStatus>>>,
    sleeping: bool,
}

thread_local! {
    static SHELL: RefCell<Option<Shell>> = const { RefCell::new(None) };
}

/// Starts the shell thread and waits until its window exists.
pub fn spawn(engine: Sender<Input>) -> std::io::Result<WinTray> {
    let pending = Arc::new(Mutex::new(None));
    let (ready, window) = mpsc::channel();
    let shared = Arc::clone(&pending);
    std::thread::Builder::new()
        .name("shell".into())
        .stack_size(512 * 1024)
        .spawn(move || run(engine, shared, &ready))?;
    let window = window
        .recv()
        .map_err(|_| std::io::Error::other("the shell thread ended at once"))??;
    Ok(WinTray { window, pending })
}

fn run(
    engine: Sender<Input>,
    pending: Arc<Mutex<Option<DaemonStatus>>>,
    ready: &Sender<std::io::Result<isize>>,
) {
    let window = match create_window() {
        Ok(window) => window,
        Err(e) => {
            let _ = ready.send(Err(e));
            return;
        }
    };
    // SAFETY: `window` is ours, on this thread.
    if unsafe { WTSRegisterSessionNotification(window, NOTIFY_FOR_THIS_SESSION) } == 0 {
        tracing::info!(
            "screen lock events unavailable: {}",
            std::io::Error::last_os_error()
        );
    }
    // The engine goes on without waiting for the tray: a notification area that is slow
    // to answer (or missing) must not hold up the daemon.
    let _ = ready.send(Ok(window as isize));
    let tray = match Icon::new(engine.clone()) {
        Ok(tray) => {
            let _ = engine.send(Input::Channel(Channel::Tray, true));
            Some(tray)
        }
        Err(e) => {
            tracing::warn!("no tray icon: {e}");
            let _ = engine.send(Input::Channel(Channel::Tray, false));
            None
        }
    };
    SHELL.with(|shell| {
        *shell.borrow_mut() = Some(Shell {
            engine,
            tray,
            pending,
            sleeping: false,
        });
    });
    // SAFETY: a zeroed MSG is valid; GetMessageW fills it.
    let mut msg: MSG = unsafe { std::mem::zeroed() };
    // SAFETY: the standard message loop of this thread's windows (ours and the tray's).
    while unsafe { GetMessageW(&mut msg, std::ptr::null_mut(), 0, 0) } > 0 {
        unsafe {
            TranslateMessage(&msg);
            DispatchMessageW(&msg);
        }
    }
}

fn create_window() -> std::io::Result<HWND> {
    let class: Vec<u16> = "knotless-shell\0".encode_utf16().collect();
    // SAFETY: null asks for this executable's module.
    let instance = unsafe { GetModuleHandleW(std::ptr::null()) };
    let wc = WNDCLASSW {
        lpfnWndProc: Some(window_proc),
        hInstance: instance,
        lpszClassName: class.as_ptr(),
        // SAFETY: the rest of a WNDCLASSW may be zero.
        ..unsafe { std::mem::zeroed() }
    };
    // SAFETY: `wc` and the class name it points to outlive the call.
    if unsafe { RegisterClassW(&wc) } == 0 {
        return Err(std::io::Error::last_os_error());
    }
    // A top-level window that is never shown: message-only windows get no broadcasts.
    // SAFETY: the class was registered above; no parent, menu or creation data.
    let window = unsafe {
        CreateWindowExW(
            0,
            class.as_ptr(),
            class.as_ptr(),
            0,
            0,
            0,
            0,
            0,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            instance,
            std::ptr::null(),
        )
    };
    if window.is_null() {
        return Err(std::io::Error::last_os_error());
    }
    Ok(window)
}

unsafe extern "system" fn window_proc(
    window: HWND,
    message: u32,
    wparam: WPARAM,
    lparam: LPARAM,
) -> LRESULT {
    let handled = SHELL.with(|shell| {
        let Ok(mut shell) = shell.try_borrow_mut() else {
            return false;
        };
        let Some(shell) = shell.as_mut() else {
            return false;
        };
        shell.on(message, wparam)
    });
    if handled {
        return 0;
    }
    // SAFETY: the default handling for everything else.
    unsafe { DefWindowProcW(window, message, wparam, lparam) }
}

impl Shell {
    /// Handles one of our messages; false for the rest.
    fn on(&mut self, message: u32, wparam: WPARAM) -> bool {
        let event = match (message, wparam as u32) {
            (WM_SHOW_STATUS, _) => {
                let status = self
                    .pending
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .take();
                if let (Some(tray), Some(status)) = (self.tray.as_mut(), status) {
                    tray.show(&status);
                }
                return true;
            }
            (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) => SessionEvent::Locked(true),
            (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK) => SessionEvent::Locked(false),
            (WM_POWERBROADCAST, PBT_APMSUSPEND) if !self.sleeping => {
                self.sleeping = true;
                SessionEvent::Sleeping(true)
            }
            (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC | PBT_APMRESUMESUSPEND) if self.sleeping => {
                self.sleeping = false;
                SessionEvent::Sleeping(false)
            }
            (WM_ENDSESSION, ending) if ending != 0 => {
                self.end_session();
                return true;
            }
            _ => return false,
        };
        tracing::info!("session: {event:?}");
        let _ = self.engine.send(Input::Session(event));
        true
    }

    /// Logging off or shutting down: the daemon stops as on Ctrl+C. Windows may end the
    /// process as soon as this returns, so it waits here while the engine saves; the
    /// process exits when the engine is done, this thread with it.
    fn end_session(&mut self) {
        tracing::info!("the session is ending: stopping");
        let _ = self.engine.send(Input::Quit);
        std::thread::sleep(std::time::Duration::from_secs(5));
    }
}
