//! Busy probes: is now a bad moment for a break? Each probe is small, found at start-up (and
//! logged), and can be switched off in `[context]`:
//!
//! - do not disturb: the notification server's `Inhibited` property (KDE), dunst's `paused`,
//!   or GNOME's `org.gnome.desktop.notifications show-banners` setting (read with gsettings);
//! - fullscreen: the active X11 window has `_NET_WM_STATE_FULLSCREEN` (not under Wayland);
//! - inhibitors: a player or call app keeps the screen awake
//!   (`org.freedesktop.PowerManagement.Inhibit.HasInhibit` on KDE and others, GNOME's
//!   `org.gnome.SessionManager.IsInhibited` for idle);
//! - camera: a process has `/dev/video*` open.
//!
//! They are asked only when a sample is taken (at most every 30 s while a break is deferred),
//! never polled on their own. One file per kind of probe: `dbus.rs` (do not disturb,
//! inhibitors), `fullscreen.rs`, `camera.rs`.

mod camera;
mod dbus;
mod fullscreen;

use crate::platform::idle::Session;
use camera::Camera;
use dbus::{DoNotDisturb, GnomeBanners, Inhibitors};
use fullscreen::Fullscreen;
use knotless_core::settings::Context;
use std::path::PathBuf;

/// Why a probe cannot tell (it is missing, or stopped answering).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ProbeError(pub String);

impl ProbeError {
    pub fn from_display(e: impl std::fmt::Display) -> ProbeError {
        ProbeError(e.to_string())
    }
}

/// One way of telling that the user is busy.
pub trait BusyProbe: Send {
    fn name(&self) -> &'static str;
    /// Busy right now? `Err` when the probe stopped working (it then counts as not busy).
    fn busy(&mut self) -> Result<bool, ProbeError>;
}

/// The probes in use, found again when `[context]` changes.
pub struct Probes {
    session: Session,
    list: Vec<Box<dyn BusyProbe>>,
}

impl Probes {
    /// Finds the probes that work here and are switched on.
    pub fn detect(context: &Context, session: &Session) -> Probes {
        Probes {
            session: session.clone(),
            list: find(context, session),
        }
    }
}

impl crate::daemon::ports::Busy for Probes {
    /// The first probe that says busy.
    fn check(&mut self) -> Option<&'static str> {
        self.list.iter_mut().find_map(|p| match p.busy() {
            Ok(true) => Some(p.name()),
            Ok(false) => None,
            Err(e) => {
                tracing::debug!("busy probe {}: {e}", p.name());
                None
            }
        })
    }

    fn reconfigure(&mut self, context: &Context) {
        self.list = find(context, &self.session);
    }
}

/// A way of telling that the user is busy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProbeKind {
    /// GNOME's `show-banners` setting.
    GnomeBanners,
    /// The notification server's `Inhibited` (KDE) or dunst's `paused`.
    DoNotDisturb,
    /// The active X11 window is fullscreen.
    Fullscreen,
    /// Inhibitors keeping the screen awake.
    Inhibitors,
    /// A process has the camera open.
    Camera,
}

/// The probes to look for, for `[context]` in `session` (pure, so the choice is tested on
/// its own): do-not-disturb as the desktop has it, fullscreen only on X11 outside Wayland.
pub fn plan(context: &Context, session: &Session) -> Vec<ProbeKind> {
    let dnd = if session.gnome {
        ProbeKind::GnomeBanners
    } else {
        ProbeKind::DoNotDisturb
    };
    [
        (context.do_not_disturb, dnd),
        (
            context.fullscreen && session.x11 && !session.wayland,
            ProbeKind::Fullscreen,
        ),
        (context.inhibitors, ProbeKind::Inhibitors),
        (context.camera, ProbeKind::Camera),
    ]
    .into_iter()
    .filter_map(|(wanted, kind)| wanted.then_some(kind))
    .collect()
}

/// The probes of [`plan`] that work here (logged).
fn find(context: &Context, session: &Session) -> Vec<Box<dyn BusyProbe>> {
    let mut list: Vec<Box<dyn BusyProbe>> = Vec::new();
    for kind in plan(context, session) {
        let (name, probe) = match kind {
            ProbeKind::GnomeBanners => ("do-not-disturb", GnomeBanners::check().map(boxed)),
            ProbeKind::DoNotDisturb => ("do-not-disturb", DoNotDisturb::connect().map(boxed)),
            ProbeKind::Fullscreen => ("fullscreen", Fullscreen::connect().map(boxed)),
            ProbeKind::Inhibitors => ("inhibitors", Inhibitors::connect().map(boxed)),
            ProbeKind::Camera => ("camera", Ok(boxed(Camera::new(PathBuf::from("/proc"))))),
        };
        match probe {
            Ok(p) => list.push(p),
            Err(e) => tracing::info!("busy probe {name} unavailable: {e}"),
        }
    }
    let names: Vec<&str> = list.iter().map(|p| p.name()).collect();
    tracing::info!(
        "busy probes: {}",
        if names.is_empty() {
            "none".to_owned()
        } else {
            names.join(", ")
        }
    );
    list
}

fn boxed<P: BusyProbe + 'static>(p: P) -> Box<dyn BusyProbe> {
    Box::new(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context(on: bool) -> Context {
        Context {
            do_not_disturb: on,
            fullscreen: on,
            inhibitors: on,
            camera: on,
            ..knotless_core::settings::Settings::default().context
        }
    }

    #[test]
    fn the_probes_follow_the_desktop_and_the_switches() {
        use ProbeKind::*;
        let x11 = Session {
            x11: true,
            ..Session::default()
        };
        assert_eq!(
            plan(&context(true), &x11),
            [DoNotDisturb, Fullscreen, Inhibitors, Camera]
        );
        let gnome_wayland = Session {
            x11: true,
            wayland: true,
            wayland_display: true,
            gnome: true,
        };
        assert_eq!(
            plan(&context(true), &gnome_wayland),
            [GnomeBanners, Inhibitors, Camera]
        );
        assert_eq!(plan(&context(false), &x11), []);
    }
}
