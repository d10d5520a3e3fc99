//! The tray icon: a StatusNotifierItem with a com.canonical.dbusmenu menu, served on the
//! session bus with zbus (the same zbus notify-rust uses). Icon for the state (normal, break
//! due, paused), a tooltip with the sitting time, and the menu.
//!
//! Why not tray-icon's ksni backend: it brings a second zbus major whose async-io transport
//! leaves a `blocking` pool thread waking twice a second forever (measured: 2.0 context
//! switches/s for the whole daemon, twice the budget). Served here, the tray costs nothing
//! while nobody looks at it. With no tray host the item simply is not shown; it registers as
//! soon as a host (StatusNotifierWatcher) appears.

mod item;
mod menu;

use super::engine::Input;
use super::ports::Channel;
use super::tray_model::{ICON_DUE, ICON_NORMAL, ICON_PAUSED, decode_png, look_of};
pub use super::tray_model::{Look, TrayError};
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

impl super::ports::Tray for SniTray {
    /// Shows `status`; only what changed is signalled to the tray host.
    fn show(&mut self, status: &DaemonStatus) {
        let look = look_of(status);
        let tooltip = super::text::tooltip(status);
        let standing = status
            .core
            .standing_desk
            .then_some(status.core.posture == crate::core::presence::Posture::Standing);
        let (look_changed, tooltip_changed, menu_changed, revision) = {
            let mut shown = self.shown.lock().unwrap_or_else(|e| e.into_inner());
            let look_changed = shown.look != look;
            let tooltip_changed = shown.tooltip != tooltip;
            let menu_changed = look_changed || tooltip_changed || shown.standing != standing;
            if menu_changed {
                shown.revision += 1;
            }
            shown.look = look;
            shown.tooltip = tooltip;
            shown.standing = standing;
            (look_changed, tooltip_changed, menu_changed, shown.revision)
        };
        if !menu_changed {
            return;
        }
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
        use futures_lite::StreamExt;
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
        let dbus = zbus::fdo::DBusProxy::new(&conn).await?;
        let mut owners = dbus
            .receive_name_owner_changed_with_args(&[(0, WATCHER)])
            .await?;
        if !self.register(&conn, &name).await {
            return Ok(Served::EngineGone);
        }
        // A new tray host (or the first one) appears: register with it. The stream ends
        // when the connection does: the bus went away.
        while let Some(change) = owners.next().await {
            if let Ok(args) = change.args()
                && args.new_owner().is_some()
                && !self.register(&conn, &name).await
            {
                return Ok(Served::EngineGone);
            }
        }
        Ok(Served::BusLost)
    }

    /// Registers with the StatusNotifierWatcher and tells the engine whether a host shows
    /// the icon; false when the engine is gone.
    async fn register(&self, conn: &Connection, name: &str) -> bool {
        let result = conn
            .call_method(
                Some(WATCHER),
                "/StatusNotifierWatcher",
                Some(WATCHER),
                "RegisterStatusNotifierItem",
                &(name,),
            )
            .await;
        let shown = match result {
            Ok(_) => {
                tracing::info!("tray icon registered with the tray host");
                true
            }
            Err(e) => {
                tracing::info!("no tray host yet ({e}); the icon appears when one starts");
                false
            }
        };
        self.engine
            .send(Input::Channel(Channel::Tray, shown))
            .is_ok()
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
    fn menu_ids_are_unique_and_every_parent_exists() {
        use crate::daemon::tray_model::MENU;
        for entry in MENU {
            assert_eq!(MENU.iter().filter(|e| e.id == entry.id).count(), 1);
            assert!(entry.parent == 0 || MENU.iter().any(|e| e.id == entry.parent));
            assert_ne!(entry.id, 0);
        }
    }
}
