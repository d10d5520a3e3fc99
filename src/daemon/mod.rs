//! The background daemon (`knotless` / `knotless run`). Threads, each blocked until it has
//! something to do (no polling):
//!
//! - the engine (this thread): the scheduler, idle samples, history, tray updates;
//! - `ipc` and `ipc-client`: the control socket;
//! - `session`: screen lock and suspend signals from D-Bus;
//! - `config-watch`: inotify on the config folder;
//! - `notify-N`: one per open notification, waiting for its answer;
//! - `signals`: SIGTERM, SIGINT;
//! - the tray backend's own thread.
//!
//! It never loads a GPU stack: windows are separate processes started on demand.

mod autostart;
mod busy;
pub mod engine;
mod instance;
mod log;
mod memory;
mod notify;
mod pages;
pub mod ports;
mod server;
mod session;
pub mod text;
mod tray;
mod watch;
mod windows;

pub use engine::{Engine, Input, NotifyError, Parts, SessionEvent};

use crate::ipc::Reply;
use crate::platform::clock::Clock;
use crate::platform::idle;
use crate::platform::paths::Paths;
use crate::platform::session::Session;
use ports::{Channel, Window, Windows as _};
use std::path::PathBuf;
use std::sync::mpsc::{self, Sender};

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
    Instance(#[from] instance::ClaimError),
    #[error("cannot start the {what} thread: {source}")]
    Thread {
        what: &'static str,
        source: std::io::Error,
    },
}

/// Runs the daemon until it is asked to quit: claims the instance, starts the threads that
/// listen (socket, signals, config folder, session events, channel probe), builds the
/// desktop's backends for the engine and runs it.
pub fn run(paths: &Paths, clock: &dyn Clock) -> Result<Outcome, StartError> {
    pages::trim_fault_around();
    let log_file = log::init(&paths.state_dir);
    let instance = match instance::claim(&paths.runtime_dir)? {
        instance::Claim::Running(reply) => return Ok(Outcome::HandedOver(reply)),
        instance::Claim::Primary(instance) => instance,
    };
    tracing::info!(
        "knotless {} started (pid {}), log at {}",
        env!("CARGO_PKG_VERSION"),
        std::process::id(),
        log_file.map_or_else(|| "stderr only".into(), |p| p.display().to_string())
    );
    let session = Session::from_env();
    let mut windows = windows::ProcessWindows {
        desktop: session.has_desktop(),
    };
    first_run(paths, &mut windows);
    let settings = engine::load_settings(&paths.config_file()).unwrap_or_default();
    let (tx, rx) = mpsc::channel();
    let thread = |what| move |source| StartError::Thread { what, source };

    let listener = instance
        .listener
        .try_clone()
        .map_err(thread("control socket"))?;
    server::spawn(listener, tx.clone()).map_err(thread("control socket"))?;
    spawn_signals(tx.clone()).map_err(thread("signals"))?;
    if let Err(e) = watch::spawn(&paths.config_dir, "config.toml", tx.clone()) {
        tracing::warn!(
            "cannot watch {} for changes: {e}",
            paths.config_dir.display()
        );
    }
    session::spawn(tx.clone()).map_err(thread("session"))?;
    spawn_probe(tx.clone(), settings.sound.cues).map_err(thread("probe"))?;

    let tray = match tray::SniTray::start(tx.clone()) {
        Ok(tray) => Some(Box::new(tray) as Box<dyn ports::Tray>),
        Err(e) => {
            tracing::warn!("no tray icon: {e}");
            None
        }
    };
    let icon = install_icon(paths);
    let now = clock.now();
    let mut engine = Engine::new(Parts {
        clock,
        paths: paths.clone(),
        idle: idle::detect(&session),
        notifier: Box::new(notify::DbusNotifier::new(tx.clone(), icon)),
        tray,
        windows: Box::new(windows),
        autostart: Box::new(autostart::XdgAutostart {
            file: paths.autostart_file(),
            legacy: paths.legacy_autostart_file(),
            exe: std::env::current_exe(),
        }),
        busy: Box::new(busy::Probes::detect(&settings.context, &session)),
        settings,
        library: engine::load_library(paths),
        seed: u64::from(now.timestamp_subsec_nanos()) ^ u64::from(std::process::id()),
    });
    drop(tx);
    // Start-up is over (library, config, history, bus connections): its pages can go.
    pages::let_go_of_start_up();
    engine.run(&rx);
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

fn spawn_signals(engine: Sender<Input>) -> std::io::Result<()> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGINT])?;
    std::thread::Builder::new()
        .name("signals".into())
        .stack_size(64 * 1024)
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                tracing::info!("signal {signal}: stopping");
                let _ = engine.send(Input::Quit);
            }
        })?;
    Ok(())
}

/// Asks once whether a notification server is there (the tray reports its host itself) and,
/// when cues are wanted, whether a sound server answers.
fn spawn_probe(engine: Sender<Input>, sound: bool) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("probe".into())
        .stack_size(256 * 1024)
        .spawn(move || {
            let notifications = match notify_rust::get_server_information() {
                Ok(info) => {
                    tracing::info!("notification server: {} {}", info.name, info.version);
                    true
                }
                Err(e) => {
                    tracing::warn!("no notification server: {e}");
                    false
                }
            };
            let _ = engine.send(Input::Channel(Channel::Notifications, notifications));
            if sound {
                let heard = crate::platform::sound::available();
                if let Err(e) = &heard {
                    tracing::info!("sound cues: {e}");
                }
                let _ = engine.send(Input::Channel(Channel::Sound, heard.is_ok()));
            }
        })?;
    Ok(())
}

/// Puts the app icon where notification servers can read it (`<data dir>/knotless.png`).
fn install_icon(paths: &Paths) -> Option<PathBuf> {
    const ICON: &[u8] = include_bytes!("../../assets/icons/knotless-128.png");
    let path = paths.data_dir.join("knotless.png");
    if std::fs::read(&path).is_ok_and(|bytes| bytes == ICON) {
        return Some(path);
    }
    match crate::store::write_atomically(&path, ICON) {
        Ok(()) => Some(path),
        Err(e) => {
            tracing::warn!("cannot write {}: {e}", path.display());
            None
        }
    }
}
