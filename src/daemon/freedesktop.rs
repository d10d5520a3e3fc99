//! The desktop's backends on Linux and the BSDs: the control socket, D-Bus notifications
//! and tray, screen-lock and suspend signals, inotify on the config folder, the busy probes
//! and an XDG autostart entry.

use super::engine::Input;
use super::ports::Channel;
use super::{Desktop, StartError, autostart, busy, notify, session, thread, tray, watch};
use crate::platform::paths::Paths;
use crate::platform::session::Session;
use knotless_core::settings::Settings;
use std::path::PathBuf;
use std::sync::mpsc::Sender;

pub(super) use super::instance::{Claim, ClaimError, claim};

/// Starts the threads that listen (signals, config folder, session events, channel probe)
/// and builds the backends.
pub(super) fn start(
    paths: &Paths,
    session: &Session,
    settings: &Settings,
    tx: &Sender<Input>,
) -> Result<Desktop, StartError> {
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
        Ok(tray) => Some(Box::new(tray) as Box<dyn super::ports::Tray>),
        Err(e) => {
            tracing::warn!("no tray icon: {e}");
            None
        }
    };
    let icon = install_icon(paths);
    Ok(Desktop {
        notifier: Box::new(notify::DbusNotifier::new(tx.clone(), icon)),
        tray,
        autostart: Box::new(autostart::XdgAutostart {
            file: paths.autostart_file(),
            legacy: paths.legacy_autostart_file(),
            exe: std::env::current_exe(),
        }),
        busy: Box::new(busy::Probes::detect(&settings.context, session)),
    })
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
                super::report_sound(&engine);
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
