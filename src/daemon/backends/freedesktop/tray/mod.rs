//! The tray icon: a StatusNotifierItem with a com.canonical.dbusmenu menu, served on the
//! session bus with zbus (the same zbus notify-rust uses). Icon for the state (normal, break
//! due, paused), a tooltip with the sitting time, and the menu.
//!
//! Why not tray-icon's ksni backend: it brings a second zbus major whose async-io transport
//! leaves a `blocking` pool thread waking twice a second forever (measured: 2.0 context
//! switches/s for the whole daemon, twice the budget). Served here, the tray costs nothing
//! while nobody looks at it. With no tray host the item simply is not shown; it registers as
//! soon as a host (StatusNotifierWatcher) appears (`host.rs`, which also notices a host that
//! goes away or drops the icon). Menu changes reach hosts as `ItemsPropertiesUpdated` with
//! the changed properties and a new layout revision (`menu.rs`).

mod host;
mod item;
mod menu;

use crate::daemon::engine::Input;
use crate::daemon::ports::Channel;
use crate::daemon::tray_model::{ICON_DUE, ICON_NORMAL, ICON_PAUSED, decode_png, look_of};
pub use crate::daemon::tray_model::{Look, TrayError};
use crate::ipc::DaemonStatus;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use zbus::Connection;
use zbus::object_server::SignalEmitter;

const ITEM_PATH: &str = "/StatusNotifierItem";
const MENU_PATH: &str = "/MenuBar";
const WATCHER: &str = "org.kde.StatusNotifierWatcher";

/// What the tray shows now, shared with the D-Bus handlers.
#[derive(Clone)]
pub(super) struct Shown {
    look: Look,
    tooltip: String,
    /// With a sit-stand desk: whether the user is standing (the "Standing" check item).
    standing: Option<bool>,
    revision: u32,
}

pub(super) type Pixmap = Vec<(i32, i32, Vec<u8>)>;

/// The first wait before serving again on a session bus that went away; it doubles up to
/// [`RETRY_MAX`], so a daemon left without a bus looks only now and then.
const RETRY_FIRST: Duration = Duration::from_secs(1);
const RETRY_MAX: Duration = Duration::from_secs(300);

/// The tray, as the engine drives it. A thread of its own (`tray`) serves the item on the
/// session bus, registers it with the tray host (now, or when one appears), and when the bus
/// goes away serves it again on the next one. Menu clicks arrive as [`Input::Tray`]; whether
/// a host shows the icon, as [`Input::Channel`].
pub struct SniTray {
    /// The connection serving the item, while there is one.
    conn: Arc<Mutex<Option<Connection>>>,
    shown: Arc<Mutex<Shown>>,
}

impl SniTray {
    pub fn start(engine: Sender<Input>) -> Result<SniTray, TrayError> {
        let pixmaps = Arc::new([
            pixmap(ICON_NORMAL)?,
            pixmap(ICON_DUE)?,
            pixmap(ICON_PAUSED)?,
        ]);
        let shown = Arc::new(Mutex::new(Shown {
            look: Look::Normal,
            tooltip: "knotless".into(),
            standing: None,
            revision: 1,
        }));
        let conn = Arc::new(Mutex::new(None));
        let serving = Serving {
            engine,
            shown: Arc::clone(&shown),
            pixmaps,
            conn: Arc::clone(&conn),
        };
        std::thread::Builder::new()
            .name("tray".into())
            .stack_size(256 * 1024)
            .spawn(move || zbus::block_on(serving.forever()))
            .map_err(|e| TrayError(format!("cannot start the tray thread: {e}")))?;
        Ok(SniTray { conn, shown })
    }
}

impl crate::daemon::ports::Tray for SniTray {
    /// Shows `status`; only what changed is signalled to the tray host.
    fn show(&mut self, status: &DaemonStatus) {
        let look = look_of(status);
        let tooltip = crate::daemon::text::tooltip(status);
        let standing = status
            .core
            .standing_desk
            .then_some(status.core.posture == knotless_core::presence::Posture::Standing);
        let (before, after) = {
            let mut shown = self.shown.lock().unwrap_or_else(|e| e.into_inner());
            let before = shown.clone();
            shown.look = look;
            shown.tooltip = tooltip;
            shown.standing = standing;
            (before, shown.clone())
        };
        let look_changed = before.look != after.look;
        let tooltip_changed = before.tooltip != after.tooltip;
        let updated = menu::changed(&before, &after);
        if !look_changed && !tooltip_changed && updated.is_empty() {
            return;
        }
        // A new layout revision for hosts that refetch the whole menu when it changes.
        let revision = {
            let mut shown = self.shown.lock().unwrap_or_else(|e| e.into_inner());
            shown.revision += 1;
            shown.revision
        };
        let Some(conn) = self.conn.lock().unwrap_or_else(|e| e.into_inner()).clone() else {
            return;
        };
        let result = zbus::block_on(async {
            let item = SignalEmitter::new(&conn, ITEM_PATH)?;
            if look_changed {
                item::Item::new_icon(&item).await?;
                let status = if look == Look::BreakDue {
                    "NeedsAttention"
                } else {
                    "Active"
                };
                item::Item::new_status(&item, status).await?;
            }
            if tooltip_changed {
                item::Item::new_tool_tip(&item).await?;
            }
            let menu = SignalEmitter::new(&conn, MENU_PATH)?;
            if !updated.is_empty() {
                menu::DbusMenu::items_properties_updated(&menu, updated, Vec::new()).await?;
            }
            menu::DbusMenu::layout_updated(&menu, revision, 0).await
        });
        if let Err(e) = result {
            tracing::debug!("tray: cannot signal a change: {e}");
        }
    }
}

/// What the `tray` thread needs to serve the item again and again.
struct Serving {
    engine: Sender<Input>,
    shown: Arc<Mutex<Shown>>,
    pixmaps: Arc<[Pixmap; 3]>,
    conn: Arc<Mutex<Option<Connection>>>,
}

impl Serving {
    /// Serves the item until the engine is gone. Without a session bus at start there is
    /// no tray (and `status` says so); a bus that goes away is served on again once back.
    async fn forever(self) {
        let mut wait = RETRY_FIRST;
        let mut had_bus = false;
        loop {
            match self.serve().await {
                Ok(Served::EngineGone) => return,
                Ok(Served::BusLost) => {
                    tracing::info!(
                        "tray: the session bus went away; serving again when it is back"
                    );
                    *self.conn.lock().unwrap_or_else(|e| e.into_inner()) = None;
                    if self
                        .engine
                        .send(Input::Channel(Channel::Tray, false))
                        .is_err()
                    {
                        return;
                    }
                    had_bus = true;
                    wait = RETRY_FIRST;
                }
                Err(e) if !had_bus => {
                    tracing::warn!("no tray icon: {e}");
                    let _ = self.engine.send(Input::Channel(Channel::Tray, false));
                    return;
                }
                Err(e) => tracing::debug!("tray: still no session bus ({e})"),
            }
            async_io::Timer::after(wait).await;
            wait = (wait * 2).min(RETRY_MAX);
        }
    }

    /// Serves the item on the session bus until that bus goes away.
    async fn serve(&self) -> zbus::Result<Served> {
        let name = format!("org.kde.StatusNotifierItem-{}-1", std::process::id());
        let item = item::Item {
            shown: Arc::clone(&self.shown),
            pixmaps: Arc::clone(&self.pixmaps),
        };
        let menu = menu::DbusMenu {
            shown: Arc::clone(&self.shown),
            engine: self.engine.clone(),
        };
        let conn = zbus::connection::Builder::session()
            .name(name.as_str())
            .serve_at(ITEM_PATH, item)
            .serve_at(MENU_PATH, menu)
            .build()
            .await?;
        *self.conn.lock().unwrap_or_else(|e| e.into_inner()) = Some(conn.clone());
        Ok(if self.follow_host(&conn, &name).await? {
            Served::BusLost
        } else {
            Served::EngineGone
        })
    }
}

/// How serving on one bus ended.
enum Served {
    BusLost,
    EngineGone,
}

/// An embedded PNG as a StatusNotifierItem pixmap: ARGB32 in network byte order.
fn pixmap(png_bytes: &[u8]) -> Result<Pixmap, TrayError> {
    let (rgba, width, height) = decode_png(png_bytes)?;
    let side = |n: u32| i32::try_from(n).map_err(|_| TrayError("a tray icon is too large".into()));
    let argb = rgba
        .chunks_exact(4)
        .flat_map(|p| [p[3], p[0], p[1], p[2]])
        .collect();
    Ok(vec![(side(width)?, side(height)?, argb)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tray_icon_decodes_to_a_square_picture() {
        for bytes in [ICON_NORMAL, ICON_DUE, ICON_PAUSED] {
            let pixmap = pixmap(bytes).unwrap();
            let (w, h, argb) = &pixmap[0];
            assert_eq!(w, h);
            assert_eq!(argb.len(), (w * h * 4) as usize);
            assert!(argb.chunks(4).any(|p| p[0] > 0), "a blank icon");
        }
    }

    #[test]
    fn a_pause_updates_the_labels_and_enabled_states_hosts_show_and_nothing_else() {
        use crate::daemon::tray_model::{PAUSE_ID, RESUME_ID, STATUS_ID};
        let before = Shown {
            look: Look::Normal,
            tooltip: "sitting 5 min · next move in 35 min".into(),
            standing: None,
            revision: 3,
        };
        let after = Shown {
            look: Look::Paused,
            tooltip: "sitting 5 min · paused until 10:30".into(),
            ..before.clone()
        };
        let changed = menu::changed(&before, &after);
        let of = |id: i32| changed.iter().find(|(i, _)| *i == id).map(|(_, p)| p);
        let enabled = |id: i32| bool::try_from(&of(id).unwrap()["enabled"]).unwrap();
        assert!(!enabled(PAUSE_ID) && enabled(RESUME_ID));
        let label = <&str>::try_from(&of(STATUS_ID).unwrap()["label"]).unwrap();
        assert_eq!(label, "sitting 5 min · paused until 10:30");
        // The Pause submenu's entries, "Take a break now" and the rest are as they were,
        // but for the pause lengths, which cannot be chosen while paused.
        assert!(of(3).is_none() && of(7).is_none() && of(0).is_none());
        assert!(changed.iter().all(|(_, props)| !props.contains_key("type")));
        assert!(menu::changed(&after, &after).is_empty());
    }

    #[test]
    fn menu_ids_are_unique_and_every_parent_exists() {
        use crate::daemon::tray_model::MENU;
        for entry in MENU {
            assert_eq!(MENU.iter().filter(|e| e.id == entry.id).count(), 1);
            assert!(entry.parent == 0 || MENU.iter().any(|e| e.id == entry.parent));
            assert_ne!(entry.id, 0);
        }
    }
}
