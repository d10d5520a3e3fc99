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

mod busy;
mod engine;
mod instance;
mod log;
mod memory;
mod notify;
mod pages;
mod server;
mod session;
pub mod text;
mod tray;
mod watch;

pub use engine::{Input, Probe};

use crate::ipc::Reply;
use crate::platform::clock::Clock;
use crate::platform::idle;
use crate::platform::paths::Paths;
use anyhow::Context as _;
use std::path::PathBuf;
use std::sync::mpsc::{self, Sender};

/// How a start ended.
pub enum Outcome {
    /// Ran until asked to stop.
    Stopped,
    /// Another daemon was already running; this is its answer.
    HandedOver(Box<Reply>),
}

/// Runs the daemon until it is asked to quit.
pub fn run(paths: &Paths, clock: &dyn Clock) -> anyhow::Result<Outcome> {
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
    first_run(paths);
    let settings = engine::load_settings(&paths.config_file()).unwrap_or_default();
    let (tx, rx) = mpsc::channel();

    server::spawn(
        instance
            .listener
            .try_clone()
            .context("cannot share the control socket")?,
        tx.clone(),
    )?;
    spawn_signals(tx.clone())?;
    if let Err(e) = watch::spawn(&paths.config_dir, "config.toml", tx.clone()) {
        tracing::warn!(
            "cannot watch {} for changes: {e}",
            paths.config_dir.display()
        );
    }
    session::spawn(tx.clone())?;
    spawn_probe(tx.clone())?;

    let session = idle::Session::from_env();
    let idle = idle::detect(&session);
    let probes = busy::Probes::detect(&settings.context, &session);
    let tray = match tray::Tray::start(tx.clone()) {
        Ok(tray) => Some(tray),
        Err(e) => {
            tracing::warn!("no tray icon: {e}");
            None
        }
    };
    let icon = install_icon(paths);
    let mut engine = engine::Engine::new(engine::Parts {
        clock,
        paths: paths.clone(),
        idle,
        notifier: notify::Notifier::new(tx.clone(), icon),
        tray,
        settings,
        library: engine::load_library(paths),
        probes,
    });
    drop(tx);
    engine.run(&rx);
    drop(instance);
    Ok(Outcome::Stopped)
}

/// No config file yet: on a desktop, the welcome asks three questions (and writes the file,
/// so it shows once). Elsewhere the defaults simply apply.
fn first_run(paths: &Paths) {
    if !paths.config_file().exists() && engine::open_window(&["welcome"]) {
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

/// Asks the session bus, once, whether a notification server and a tray host are there.
fn spawn_probe(engine: Sender<Input>) -> std::io::Result<()> {
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
            let tray_host = zbus::block_on(has_owner("org.kde.StatusNotifierWatcher"));
            let _ = engine.send(Input::Probed(Probe {
                notifications,
                tray_host,
            }));
        })?;
    Ok(())
}

async fn has_owner(name: &'static str) -> bool {
    let Ok(conn) = zbus::Connection::session().await else {
        return false;
    };
    let Ok(dbus) = zbus::fdo::DBusProxy::new(&conn).await else {
        return false;
    };
    let Ok(name) = zbus::names::BusName::try_from(name) else {
        return false;
    };
    dbus.name_has_owner(name).await.unwrap_or(false)
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
