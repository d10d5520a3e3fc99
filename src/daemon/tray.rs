//! The tray icon: a StatusNotifierItem with a com.canonical.dbusmenu menu, served on the
//! session bus with zbus (the same zbus notify-rust uses). Icon for the state (normal, break
//! due, paused), a tooltip with the sitting time, and the menu.
//!
//! Why not tray-icon's ksni backend: it brings a second zbus major whose async-io transport
//! leaves a `blocking` pool thread waking twice a second forever (measured: 2.0 context
//! switches/s for the whole daemon, twice the budget). Served here, the tray costs nothing
//! while nobody looks at it. With no tray host the item simply is not shown; it registers as
//! soon as a host (StatusNotifierWatcher) appears.

use super::engine::Input;
use crate::ipc::DaemonStatus;
use std::collections::HashMap;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use zbus::object_server::SignalEmitter;
use zbus::runtime::traits::TaskHandle as _;
use zbus::{Connection, OwnedVariant, Structure, Variant};

/// What the menu asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrayAction {
    BreakNow,
    Pause(PauseChoice),
    Resume,
    Settings,
    Statistics,
    Quit,
}

/// The pause lengths offered in the menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PauseChoice {
    Minutes(u32),
    UntilTomorrow,
}

/// What the icon shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Normal,
    BreakDue,
    Paused,
}

const ICON_NORMAL: &[u8] = include_bytes!("../../assets/icons/tray-normal.png");
const ICON_DUE: &[u8] = include_bytes!("../../assets/icons/tray-due.png");
const ICON_PAUSED: &[u8] = include_bytes!("../../assets/icons/tray-paused.png");

const ITEM_PATH: &str = "/StatusNotifierItem";
const MENU_PATH: &str = "/MenuBar";
const WATCHER: &str = "org.kde.StatusNotifierWatcher";

/// An entry of the menu. Ids are fixed; 0 is the root.
struct Entry {
    id: i32,
    parent: i32,
    label: &'static str,
    kind: Kind,
}

#[derive(PartialEq, Eq)]
enum Kind {
    /// The status line (its label is the tooltip; not clickable).
    Status,
    Separator,
    Submenu,
    Action(TrayAction),
}

const STATUS_ID: i32 = 1;
const PAUSE_ID: i32 = 4;
const RESUME_ID: i32 = 5;

#[rustfmt::skip]
const MENU: &[Entry] = &[
    Entry { id: STATUS_ID, parent: 0, label: "knotless", kind: Kind::Status },
    Entry { id: 2, parent: 0, label: "", kind: Kind::Separator },
    Entry { id: 3, parent: 0, label: "Take a break now", kind: Kind::Action(TrayAction::BreakNow) },
    Entry { id: PAUSE_ID, parent: 0, label: "Pause", kind: Kind::Submenu },
    Entry { id: 10, parent: PAUSE_ID, label: "30 minutes", kind: Kind::Action(TrayAction::Pause(PauseChoice::Minutes(30))) },
    Entry { id: 11, parent: PAUSE_ID, label: "1 hour", kind: Kind::Action(TrayAction::Pause(PauseChoice::Minutes(60))) },
    Entry { id: 12, parent: PAUSE_ID, label: "2 hours", kind: Kind::Action(TrayAction::Pause(PauseChoice::Minutes(120))) },
    Entry { id: 13, parent: PAUSE_ID, label: "Until tomorrow", kind: Kind::Action(TrayAction::Pause(PauseChoice::UntilTomorrow)) },
    Entry { id: RESUME_ID, parent: 0, label: "Resume", kind: Kind::Action(TrayAction::Resume) },
    Entry { id: 6, parent: 0, label: "", kind: Kind::Separator },
    Entry { id: 7, parent: 0, label: "Settings", kind: Kind::Action(TrayAction::Settings) },
    Entry { id: 8, parent: 0, label: "Statistics", kind: Kind::Action(TrayAction::Statistics) },
    Entry { id: 9, parent: 0, label: "", kind: Kind::Separator },
    Entry { id: 14, parent: 0, label: "Quit", kind: Kind::Action(TrayAction::Quit) },
];

/// What the tray shows now, shared with the D-Bus handlers.
struct Shown {
    look: Look,
    tooltip: String,
    revision: u32,
}

type Pixmap = Vec<(i32, i32, Vec<u8>)>;

struct Item {
    shown: Arc<Mutex<Shown>>,
    pixmaps: Arc<[Pixmap; 3]>,
}

#[zbus::interface(name = "org.kde.StatusNotifierItem")]
impl Item {
    #[zbus(property)]
    fn category(&self) -> &str {
        "ApplicationStatus"
    }

    #[zbus(property)]
    fn id(&self) -> &str {
        "knotless"
    }

    #[zbus(property)]
    fn title(&self) -> &str {
        "knotless"
    }

    #[zbus(property)]
    fn status(&self) -> &str {
        match self.shown.lock().unwrap_or_else(|e| e.into_inner()).look {
            Look::BreakDue => "NeedsAttention",
            _ => "Active",
        }
    }

    #[zbus(property)]
    fn window_id(&self) -> i32 {
        0
    }

    #[zbus(property)]
    fn icon_name(&self) -> &str {
        ""
    }

    #[zbus(property)]
    fn icon_pixmap(&self) -> Pixmap {
        let look = self.shown.lock().unwrap_or_else(|e| e.into_inner()).look;
        self.pixmaps[look as usize].clone()
    }

    #[zbus(property)]
    fn attention_icon_pixmap(&self) -> Pixmap {
        self.pixmaps[Look::BreakDue as usize].clone()
    }

    #[zbus(property)]
    fn tool_tip(&self) -> (String, Pixmap, String, String) {
        let shown = self.shown.lock().unwrap_or_else(|e| e.into_inner());
        (
            String::new(),
            Vec::new(),
            "knotless".into(),
            shown.tooltip.clone(),
        )
    }

    #[zbus(property)]
    fn item_is_menu(&self) -> bool {
        true
    }

    #[zbus(property)]
    fn menu(&self) -> zbus::ObjectPath<'static> {
        zbus::ObjectPath::from_static_str_unchecked(MENU_PATH)
    }

    fn activate(&self, _x: i32, _y: i32) {}

    fn secondary_activate(&self, _x: i32, _y: i32) {}

    fn context_menu(&self, _x: i32, _y: i32) {}

    fn scroll(&self, _delta: i32, _orientation: &str) {}

    #[zbus(signal)]
    async fn new_icon(emitter: &SignalEmitter<'_>) -> zbus::Result<()>;

    #[zbus(signal)]
    async fn new_tool_tip(emitter: &SignalEmitter<'_>) -> zbus::Result<()>;

    #[zbus(signal)]
    async fn new_status(emitter: &SignalEmitter<'_>, status: &str) -> zbus::Result<()>;
}

struct DbusMenu {
    shown: Arc<Mutex<Shown>>,
    engine: Sender<Input>,
}

/// One node of `GetLayout`'s answer: `(ia{sv}av)`.
#[derive(serde::Serialize, zbus::Type)]
struct Layout {
    id: i32,
    properties: HashMap<String, OwnedVariant>,
    children: Vec<OwnedVariant>,
}

impl DbusMenu {
    fn properties(&self, id: i32, names: &[String]) -> Option<HashMap<String, OwnedVariant>> {
        let shown = self.shown.lock().unwrap_or_else(|e| e.into_inner());
        let paused = shown.look == Look::Paused;
        let mut props: HashMap<&str, Variant<'static>> = HashMap::new();
        if id == 0 {
            props.insert("children-display", "submenu".into());
        } else {
            let entry = MENU.iter().find(|e| e.id == id)?;
            match entry.kind {
                Kind::Separator => {
                    props.insert("type", "separator".into());
                }
                Kind::Status => {
                    props.insert("label", Variant::from(shown.tooltip.clone()));
                    props.insert("enabled", false.into());
                }
                Kind::Submenu => {
                    props.insert("label", entry.label.into());
                    props.insert("children-display", "submenu".into());
                    props.insert("enabled", (!paused).into());
                }
                Kind::Action(action) => {
                    props.insert("label", entry.label.into());
                    let enabled = match action {
                        TrayAction::Resume => paused,
                        TrayAction::Pause(_) => !paused,
                        _ => true,
                    };
                    props.insert("enabled", enabled.into());
                }
            }
        }
        Some(
            props
                .into_iter()
                .filter(|(name, _)| names.is_empty() || names.iter().any(|n| n == name))
                .map(|(name, value)| (name.to_owned(), owned(value)))
                .collect(),
        )
    }

    fn layout(&self, id: i32, depth: i32, names: &[String]) -> Option<Layout> {
        let properties = self.properties(id, names)?;
        let children = if depth == 0 {
            Vec::new()
        } else {
            MENU.iter()
                .filter(|e| e.parent == id)
                .filter_map(|e| self.layout(e.id, depth - 1, names))
                .map(|child| {
                    let structure = Structure::builder()
                        .add_field(child.id)
                        .add_field(child.properties)
                        .add_field(child.children)
                        .build()
                        .expect("a menu node is a valid structure");
                    owned(Variant::from(structure))
                })
                .collect()
        };
        Some(Layout {
            id,
            properties,
            children,
        })
    }
}

fn owned(value: Variant<'static>) -> OwnedVariant {
    OwnedVariant::try_from(value).expect("menu properties carry no file descriptors")
}

#[zbus::interface(name = "com.canonical.dbusmenu")]
impl DbusMenu {
    #[zbus(property)]
    fn version(&self) -> u32 {
        3
    }

    #[zbus(property)]
    fn text_direction(&self) -> &str {
        "ltr"
    }

    #[zbus(property)]
    fn status(&self) -> &str {
        "normal"
    }

    #[zbus(property)]
    fn icon_theme_path(&self) -> Vec<String> {
        Vec::new()
    }

    fn get_layout(
        &self,
        parent_id: i32,
        recursion_depth: i32,
        property_names: Vec<String>,
    ) -> zbus::fdo::Result<(u32, Layout)> {
        let revision = self
            .shown
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .revision;
        self.layout(parent_id, recursion_depth, &property_names)
            .map(|layout| (revision, layout))
            .ok_or_else(|| zbus::fdo::Error::InvalidArgs(format!("no menu entry {parent_id}")))
    }

    fn get_group_properties(
        &self,
        ids: Vec<i32>,
        property_names: Vec<String>,
    ) -> Vec<(i32, HashMap<String, OwnedVariant>)> {
        let ids: Vec<i32> = if ids.is_empty() {
            std::iter::once(0)
                .chain(MENU.iter().map(|e| e.id))
                .collect()
        } else {
            ids
        };
        ids.into_iter()
            .filter_map(|id| Some((id, self.properties(id, &property_names)?)))
            .collect()
    }

    fn get_property(&self, id: i32, name: String) -> zbus::fdo::Result<OwnedVariant> {
        self.properties(id, std::slice::from_ref(&name))
            .and_then(|mut props| props.remove(&name))
            .ok_or_else(|| zbus::fdo::Error::InvalidArgs(format!("no property {name} on {id}")))
    }

    fn event(&self, id: i32, event_id: &str, _data: OwnedVariant, _timestamp: u32) {
        if event_id != "clicked" {
            return;
        }
        if let Some(Entry {
            kind: Kind::Action(action),
            ..
        }) = MENU.iter().find(|e| e.id == id)
        {
            let _ = self.engine.send(Input::Tray(*action));
        }
    }

    fn event_group(&self, events: Vec<(i32, String, OwnedVariant, u32)>) -> Vec<i32> {
        for (id, event_id, data, timestamp) in events {
            self.event(id, &event_id, data, timestamp);
        }
        Vec::new()
    }

    fn about_to_show(&self, _id: i32) -> bool {
        false
    }

    fn about_to_show_group(&self, _ids: Vec<i32>) -> (Vec<i32>, Vec<i32>) {
        (Vec::new(), Vec::new())
    }

    #[zbus(signal)]
    async fn layout_updated(
        emitter: &SignalEmitter<'_>,
        revision: u32,
        parent: i32,
    ) -> zbus::Result<()>;
}

/// The tray, as the engine drives it.
pub struct Tray {
    conn: Connection,
    shown: Arc<Mutex<Shown>>,
}

impl Tray {
    /// Serves the item and registers it with the tray host (now, or when one appears).
    /// Menu clicks arrive at the engine as [`Input::Tray`].
    pub fn start(engine: Sender<Input>) -> anyhow::Result<Tray> {
        let pixmaps = Arc::new([
            pixmap(ICON_NORMAL)?,
            pixmap(ICON_DUE)?,
            pixmap(ICON_PAUSED)?,
        ]);
        let shown = Arc::new(Mutex::new(Shown {
            look: Look::Normal,
            tooltip: "knotless".into(),
            revision: 1,
        }));
        let name = format!("org.kde.StatusNotifierItem-{}-1", std::process::id());
        let item = Item {
            shown: Arc::clone(&shown),
            pixmaps,
        };
        let menu = DbusMenu {
            shown: Arc::clone(&shown),
            engine,
        };
        let conn = zbus::block_on(async {
            zbus::connection::Builder::session()
                .name(name.as_str())
                .serve_at(ITEM_PATH, item)
                .serve_at(MENU_PATH, menu)
                .build()
                .await
        })?;
        let task_conn = conn.clone();
        // Detached: the task lives as long as the connection.
        conn.spawn("tray-registration", async move {
            keep_registered(task_conn, name).await;
        })
        .detach();
        Ok(Tray { conn, shown })
    }

    /// Shows `status`; only what changed is signalled to the tray host.
    pub fn show(&mut self, status: &DaemonStatus) {
        let look = look_of(status);
        let tooltip = super::text::tooltip(status);
        let (look_changed, tooltip_changed, revision) = {
            let mut shown = self.shown.lock().unwrap_or_else(|e| e.into_inner());
            let look_changed = shown.look != look;
            let tooltip_changed = shown.tooltip != tooltip;
            if look_changed || tooltip_changed {
                shown.revision += 1;
            }
            shown.look = look;
            shown.tooltip = tooltip;
            (look_changed, tooltip_changed, shown.revision)
        };
        if !look_changed && !tooltip_changed {
            return;
        }
        let result = zbus::block_on(async {
            let item = SignalEmitter::new(&self.conn, ITEM_PATH)?;
            if look_changed {
                Item::new_icon(&item).await?;
                let status = if look == Look::BreakDue {
                    "NeedsAttention"
                } else {
                    "Active"
                };
                Item::new_status(&item, status).await?;
            }
            if tooltip_changed {
                Item::new_tool_tip(&item).await?;
            }
            let menu = SignalEmitter::new(&self.conn, MENU_PATH)?;
            DbusMenu::layout_updated(&menu, revision, 0).await
        });
        if let Err(e) = result {
            tracing::debug!("tray: cannot signal a change: {e}");
        }
    }
}

/// Registers with the StatusNotifierWatcher now and whenever a (new) one appears.
async fn keep_registered(conn: Connection, name: String) {
    use futures_lite::StreamExt;
    let register = async || {
        let result = conn
            .call_method(
                Some(WATCHER),
                "/StatusNotifierWatcher",
                Some(WATCHER),
                "RegisterStatusNotifierItem",
                &(name.as_str(),),
            )
            .await;
        match result {
            Ok(_) => tracing::info!("tray icon registered with the tray host"),
            Err(e) => tracing::info!("no tray host yet ({e}); the icon appears when one starts"),
        }
    };
    let Ok(dbus) = zbus::fdo::DBusProxy::new(&conn).await else {
        return;
    };
    let Ok(mut owners) = dbus
        .receive_name_owner_changed_with_args(&[(0, WATCHER)])
        .await
    else {
        return;
    };
    register().await;
    while let Some(change) = owners.next().await {
        if let Ok(args) = change.args()
            && args.new_owner().is_some()
        {
            register().await;
        }
    }
}

fn look_of(status: &DaemonStatus) -> Look {
    use crate::core::status::PhaseName;
    if status.core.paused {
        Look::Paused
    } else if status.core.phase == PhaseName::Prompting {
        Look::BreakDue
    } else {
        Look::Normal
    }
}

/// An embedded PNG as a StatusNotifierItem pixmap: ARGB32 in network byte order.
fn pixmap(png_bytes: &[u8]) -> anyhow::Result<Pixmap> {
    let (rgba, width, height) = decode_png(png_bytes)?;
    let argb = rgba
        .chunks_exact(4)
        .flat_map(|p| [p[3], p[0], p[1], p[2]])
        .collect();
    Ok(vec![(i32::try_from(width)?, i32::try_from(height)?, argb)])
}

/// RGBA pixels of a PNG (8-bit RGB or RGBA, as the icons in `assets/icons` are saved).
pub fn decode_png(bytes: &[u8]) -> anyhow::Result<(Vec<u8>, u32, u32)> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info()?;
    let mut buf = vec![0; reader.output_buffer_size().unwrap_or(0)];
    let info = reader.next_frame(&mut buf)?;
    buf.truncate(info.buffer_size());
    let rgba = match info.color_type {
        png::ColorType::Rgba => buf,
        png::ColorType::Rgb => buf
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        other => anyhow::bail!("tray icons must be RGB or RGBA PNGs, not {other:?}"),
    };
    Ok((rgba, info.width, info.height))
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
        for entry in MENU {
            assert_eq!(MENU.iter().filter(|e| e.id == entry.id).count(), 1);
            assert!(entry.parent == 0 || MENU.iter().any(|e| e.id == entry.parent));
            assert_ne!(entry.id, 0);
        }
    }
}
