//! The background daemon (`knotless` / `knotless run`). Threads, each blocked until it has
//! something to do (no polling):
//!
//! - the engine (this thread): the scheduler, idle samples, history, tray updates;
//! - `ipc` and `ipc-client`: the control channel (a socket, or a named pipe on Windows);
//! - `session`: screen lock and suspend signals (D-Bus; on Windows, the `shell` thread's
//!   window hears them);
//! - `config-watch`: the config folder;
//! - `notify-N`: one per open notification, waiting for its answer;
//! - `signals`: SIGTERM, SIGINT (console close and Ctrl+C on Windows);
//! - the tray backend's own thread.
//!
//! It never loads a GPU stack: windows are separate processes started on demand. The
//! desktop's backends are in [`freedesktop`] (Linux and the BSDs) and [`win`] (Windows),
//! behind the traits of [`ports`].

#[cfg(desktop_bus)]
mod autostart;
#[cfg(desktop_bus)]
mod busy;
pub mod engine;
#[cfg(desktop_bus)]
mod freedesktop;
#[cfg(desktop_bus)]
mod instance;
mod lock;
mod log;
mod memory;
#[cfg(desktop_bus)]
mod notify;
mod own_windows;
#[cfg(desktop_bus)]
mod pages;
pub mod ports;
mod server;
#[cfg(desktop_bus)]
mod session;
pub mod text;
#[cfg(desktop_bus)]
mod tray;
mod tray_model;
#[cfg(desktop_bus)]
mod watch;
#[cfg(windows)]
mod win;
mod windows;

pub use engine::{Engine, Input, NotifyError, Parts, SessionEvent};

#[cfg(desktop_bus)]
use freedesktop as os;
#[cfg(windows)]
use win as os;

use crate::ipc::Reply;
use crate::platform::clock::Clock;
use crate::platform::idle;
use crate::platform::paths::Paths;
use crate::platform::session::Session;
use ports::{Window, Windows as _};

/// How a start ended.
pub enum Outcome {
    /// Ran until asked to stop.
    Stopped,
    /// Another daemon was already running; this is its answer.
    HandedOver(Box<Reply>),
}

/// Why the daemon could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Instance(#[from] os::ClaimError),
    #[error("cannot start the {what} thread: {source}")]
    Thread {
        what: &'static str,
        source: std::io::Error,
    },
}

/// For `map_err`: a thread that could not start.
fn thread(what: &'static str) -> impl FnOnce(std::io::Error) -> StartError {
    move |source| StartError::Thread { what, source }
}

/// Tells the engine whether the break window's sound cues can be heard: asked once at start,
/// by each desktop's backends when `[sound] cues` is on.
fn report_sound(engine: &std::sync::mpsc::Sender<Input>) {
    let heard = crate::platform::sound::available();
    let _ = engine.send(match heard {
        Ok(()) => Input::Channel(ports::Channel::Sound, true),
        Err(e) => {
            tracing::info!("sound cues: {e}");
            Input::Missing(ports::Channel::Sound, e.to_string())
        }
    });
}

/// The desktop's side of the engine's parts, from [`os::start`].
struct Desktop {
    notifier: Box<dyn ports::Notifier>,
    tray: Option<Box<dyn ports::Tray>>,
    autostart: Box<dyn ports::Autostart>,
    busy: Box<dyn ports::Busy>,
}

/// Runs the daemon until it is asked to quit: claims the instance, starts the threads that
/// listen (control channel, signals, config folder, session events, channel probe), builds
/// the desktop's backends for the engine and runs it.
pub fn run(paths: &Paths, clock: &dyn Clock) -> Result<Outcome, StartError> {
    #[cfg(desktop_bus)]
    pages::trim_fault_around();
    let log_file = log::init(&paths.state_dir);
    let mut instance = match os::claim(&paths.runtime_dir)? {
        os::Claim::Running(reply) => return Ok(Outcome::HandedOver(reply)),
        os::Claim::Primary(instance) => instance,
    };
    tracing::info!(
        "knotless {} started (pid {}), log at {}",
        env!("CARGO_PKG_VERSION"),
        std::process::id(),
        log_file.map_or_else(|| "stderr only".into(), |p| p.display().to_string())
    );
    let session = Session::from_env();
    let (tx, rx) = std::sync::mpsc::channel();
    let mut windows = windows::ProcessWindows {
        desktop: session.has_desktop(),
        engine: tx.clone(),
    };
    first_run(paths, &mut windows);
    let settings = engine::load_settings(&paths.config_file()).unwrap_or_default();
    instance
        .serve(tx.clone())
        .map_err(thread("control channel"))?;
    let desktop = os::start(paths, &session, &settings, &tx)?;
    let now = clock.now();
    let mut engine = Engine::new(Parts {
        clock,
        paths: paths.clone(),
        idle: idle::detect(&session),
        notifier: desktop.notifier,
        tray: desktop.tray,
        windows: Box::new(windows),
        autostart: desktop.autostart,
        busy: desktop.busy,
        settings,
        library: engine::load_library(paths),
        seed: u64::from(now.timestamp_subsec_nanos()) ^ u64::from(std::process::id()),
    });
    drop(tx);
    // Start-up is over (library, config, history, bus connections, the first look with its
    // calendars and tray): its pages can go. After the first look, not before: it runs code
    // (the calendar reader, the tray's first menu) that the idle daemon does not.
    engine.start();
    #[cfg(desktop_bus)]
    pages::let_go_of_start_up();
    engine.serve(&rx);
    drop(instance);
    Ok(Outcome::Stopped)
}

/// No config file yet: on a desktop, the welcome asks three questions (and writes the file,
/// so it shows once). Elsewhere the defaults simply apply.
fn first_run(paths: &Paths, windows: &mut windows::ProcessWindows) {
    if !paths.config_file().exists() && windows.open(Window::Welcome) {
        tracing::info!("first run: opened the welcome");
    }
}
