//! The desktop's backends on Linux and the BSDs:
//!
//! - `instance`: the control socket, one daemon per user (a second start hands over);
//! - `notify`: D-Bus notifications (notify-rust), one worker per open notification;
//! - `tray/`: the StatusNotifierItem and its dbusmenu, served with zbus;
//! - `session`: screen lock and suspend signals (D-Bus);
//! - `watch`: inotify on the config folder;
//! - `busy/`: do-not-disturb and inhibitors over D-Bus, fullscreen on X11, the camera;
//! - `autostart`: the XDG autostart entry;
//! - `own_windows`: the break windows it started, ended when it stops (Linux: /proc);
//! - `pages`: the daemon's share of its own binary kept small (Linux: madvise).
//!
//! Idle time comes from `platform::idle` (X11, Wayland, GNOME, KDE); the break window's
//! sound cues from `platform::sound`.

mod autostart;
mod busy;
mod instance;
mod notify;
mod own_windows;
mod pages;
mod session;
mod tray;
mod watch;

use super::Desktop;
use crate::daemon::engine::Input;
use crate::daemon::ports::Channel;
use crate::daemon::{StartError, thread};
use crate::platform::paths::Paths;
use crate::platform::session::Session;
use knotless_core::settings::Settings;
use std::path::PathBuf;
use std::sync::mpsc::Sender;

pub use instance::{Claim, ClaimError, claim};
pub use own_windows::close_break_windows;
pub use pages::{let_go_after_calendars, let_go_of_start_up, trim_fault_around};

/// Starts the threads that listen (signals, config folder, session events, channel probe)
/// and builds the backends.
pub fn start(
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
        Ok(tray) => Some(Box::new(tray) as Box<dyn crate::daemon::ports::Tray>),
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
    const ICON: &[u8] = include_bytes!("../../../../assets/icons/knotless-128.png");
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
