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
//! It never loads a GPU stack: windows are separate processes started on demand
//! ([`launcher`]). Everything here is portable; what differs per OS is in [`backends`]
//! (one folder per OS behind one `cfg` switch), behind the traits of [`ports`].

mod backends;
pub mod engine;
mod launcher;
mod lock;
mod log;
mod memory;
pub mod ports;
mod server;
pub mod text;
mod tray_model;

pub use engine::{Engine, Input, NotifyError, Parts, SessionEvent};

use crate::ipc::Reply;
use crate::platform::clock::Clock;
use crate::platform::idle;
use crate::platform::paths::Paths;
use crate::platform::session::Session;
use ports::{Launcher as _, Window};

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
    Instance(#[from] backends::ClaimError),
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

/// Runs the daemon until it is asked to quit: claims the instance, starts the threads that
/// listen (control channel, signals, config folder, session events, channel probe), builds
/// the desktop's backends for the engine and runs it.
pub fn run(paths: &Paths, clock: &dyn Clock) -> Result<Outcome, StartError> {
    backends::trim_fault_around();
    let log_file = log::init(&paths.state_dir);
    let mut instance = match backends::claim(&paths.runtime_dir)? {
        backends::Claim::Running(reply) => return Ok(Outcome::HandedOver(reply)),
        backends::Claim::Primary(instance) => instance,
    };
    tracing::info!(
        "knotless {} started (pid {}), log at {}",
        env!("CARGO_PKG_VERSION"),
        std::process::id(),
        log_file.map_or_else(|| "stderr only".into(), |p| p.display().to_string())
    );
    let session = Session::from_env();
    let (tx, rx) = std::sync::mpsc::channel();
    let mut launcher = launcher::ProcessLauncher {
        desktop: session.has_desktop(),
        engine: tx.clone(),
    };
    first_run(paths, &mut launcher);
    let settings = engine::load_settings(&paths.config_file()).unwrap_or_default();
    instance
        .serve(tx.clone())
        .map_err(thread("control channel"))?;
    let desktop = backends::start(paths, &session, &settings, &tx)?;
    let now = clock.now();
    let mut engine = Engine::new(Parts {
        clock,
        paths: paths.clone(),
        idle: idle::detect(&session),
        notifier: desktop.notifier,
        tray: desktop.tray,
        launcher: Box::new(launcher),
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
    backends::let_go_of_start_up();
    engine.serve(&rx);
    drop(instance);
    Ok(Outcome::Stopped)
}

/// No config file yet: on a desktop, the welcome asks three questions (and writes the file,
/// so it shows once). Elsewhere the defaults simply apply.
fn first_run(paths: &Paths, launcher: &mut launcher::ProcessLauncher) {
    if !paths.config_file().exists() && launcher.open(Window::Welcome) {
        tracing::info!("first run: opened the welcome");
    }
}
