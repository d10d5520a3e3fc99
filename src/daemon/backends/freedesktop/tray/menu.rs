//! The `com.canonical.dbusmenu` interface: the menu's entries (fixed ids), their labels and
//! whether they are enabled for the state shown, and clicks sent to the engine.

use super::{Look, Shown};
use crate::daemon::engine::Input;
use crate::daemon::tray_model::{Kind, MENU, entry};
use std::collections::HashMap;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use zbus::object_server::SignalEmitter;
use zbus::{OwnedVariant, Structure, Variant};

pub(super) struct DbusMenu {
    pub(super) shown: Arc<Mutex<Shown>>,
    pub(super) engine: Sender<Input>,
}

/// One node of `GetLayout`'s answer: `(ia{sv}av)`.
#[derive(serde::Serialize, zbus::Type)]
struct Layout {
    id: i32,
    properties: HashMap<String, OwnedVariant>,
    children: Vec<OwnedVariant>,
}

/// The properties of entry `id` (0: the root) for what `shown` shows.
fn entry_properties(shown: &Shown, id: i32) -> Option<HashMap<&'static str, Variant<'static>>> {
    let paused = shown.look == Look::Paused;
    let mut props: HashMap<&str, Variant<'static>> = HashMap::new();
    if id == 0 {
        props.insert("children-display", "submenu".into());
    } else {
        let entry = entry(id)?;
        match entry.kind {
            Kind::Separator => {
                props.insert("type", "separator".into());
            }
            Kind::Status => {
                props.insert("label", Variant::from(shown.tooltip.clone()));
                props.insert("enabled", false.into());
            }
            Kind::Submenu => {
                props.insert("label", Variant::from(entry.text()));
                props.insert("children-display", "submenu".into());
                props.insert("enabled", entry.kind.enabled(paused).into());
            }
            Kind::Standing => {
                props.insert("label", Variant::from(entry.text()));
                props.insert("toggle-type", "checkmark".into());
                let state = i32::from(shown.standing == Some(true));
                props.insert("toggle-state", state.into());
                props.insert("visible", shown.standing.is_some().into());
            }
            Kind::Action(_) => {
                props.insert("label", Variant::from(entry.text()));
                props.insert("enabled", entry.kind.enabled(paused).into());
            }
        }
    }
    Some(props)
}

/// What changed between two pictures of the menu, as `ItemsPropertiesUpdated` carries it:
/// each entry with the properties whose value changed. (No property is ever dropped: each
/// entry always has the same names, so the "removed" half of the signal stays empty.)
pub(super) fn changed(before: &Shown, after: &Shown) -> Vec<(i32, HashMap<String, OwnedVariant>)> {
    std::iter::once(0)
        .chain(MENU.iter().map(|e| e.id))
        .filter_map(|id| {
            let old = entry_properties(before, id)?;
            let new = entry_properties(after, id)?;
            let props: HashMap<String, OwnedVariant> = new
                .into_iter()
                .filter(|(name, value)| old.get(name) != Some(value))
                .map(|(name, value)| (name.to_owned(), owned(value)))
                .collect();
            (!props.is_empty()).then_some((id, props))
        })
        .collect()
}

impl DbusMenu {
    fn properties(&self, id: i32, names: &[String]) -> Option<HashMap<String, OwnedVariant>> {
        let shown = self.shown.lock().unwrap_or_else(|e| e.into_inner());
        Some(
            entry_properties(&shown, id)?
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
        let Some(action) = entry(id).and_then(|e| e.kind.action()) else {
            return;
        };
        let _ = self.engine.send(Input::Tray(action));
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

    /// Changed labels and enabled states: what GNOME's AppIndicator host reads to update a
    /// menu (on `LayoutUpdated` alone it re-read only `type` and `children-display`, so
    /// after a pause it still offered Pause and greyed out Resume).
    #[zbus(signal)]
    pub(super) async fn items_properties_updated(
        emitter: &SignalEmitter<'_>,
        updated: Vec<(i32, HashMap<String, OwnedVariant>)>,
        removed: Vec<(i32, Vec<String>)>,
    ) -> zbus::Result<()>;

    #[zbus(signal)]
    pub(super) async fn layout_updated(
        emitter: &SignalEmitter<'_>,
        revision: u32,
        parent: i32,
    ) -> zbus::Result<()>;
}
