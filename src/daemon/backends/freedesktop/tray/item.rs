//! The `org.kde.StatusNotifierItem` interface: the icon for the state, the tooltip, and
//! where the menu is.
//!
//! Every property a host reads is served, with a value: GNOME's AppIndicator host reads them
//! all (`GetAll`) when an item registers, and one it does not find is `null` to it, which
//! dropped about one registration in seven ("Argument two may not be null"). The names that
//! have nothing to say are empty strings and empty pixmaps, which hosts take as "none".

use super::{Look, MENU_PATH, Pixmap, Shown};
use std::sync::{Arc, Mutex};
use zbus::object_server::SignalEmitter;

pub(super) struct Item {
    pub(super) shown: Arc<Mutex<Shown>>,
    pub(super) pixmaps: Arc<[Pixmap; 3]>,
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

    /// Empty: the icon is the pixmap (no icon theme needs to be installed for it).
    #[zbus(property)]
    fn icon_name(&self) -> &str {
        ""
    }

    #[zbus(property)]
    fn icon_theme_path(&self) -> &str {
        ""
    }

    /// What a screen reader says for the icon: the tooltip's line.
    #[zbus(property)]
    fn icon_accessible_desc(&self) -> String {
        let shown = self.shown.lock().unwrap_or_else(|e| e.into_inner());
        knotless_i18n::t!("tray-accessible", status = shown.tooltip.as_str())
    }

    #[zbus(property)]
    fn attention_accessible_desc(&self) -> String {
        knotless_i18n::t!("tray-attention")
    }

    #[zbus(property)]
    fn attention_icon_name(&self) -> &str {
        ""
    }

    #[zbus(property)]
    fn attention_movie_name(&self) -> &str {
        ""
    }

    #[zbus(property)]
    fn overlay_icon_name(&self) -> &str {
        ""
    }

    #[zbus(property)]
    fn overlay_icon_pixmap(&self) -> Pixmap {
        Vec::new()
    }

    /// Ayatana's label beside the icon (Unity, GNOME's AppIndicator host): none.
    #[zbus(property, name = "XAyatanaLabel")]
    fn x_ayatana_label(&self) -> &str {
        ""
    }

    #[zbus(property, name = "XAyatanaLabelGuide")]
    fn x_ayatana_label_guide(&self) -> &str {
        ""
    }

    #[zbus(property, name = "XAyatanaOrderingIndex")]
    fn x_ayatana_ordering_index(&self) -> u32 {
        0
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
    pub(super) async fn new_icon(emitter: &SignalEmitter<'_>) -> zbus::Result<()>;

    #[zbus(signal)]
    pub(super) async fn new_tool_tip(emitter: &SignalEmitter<'_>) -> zbus::Result<()>;

    #[zbus(signal)]
    pub(super) async fn new_status(emitter: &SignalEmitter<'_>, status: &str) -> zbus::Result<()>;
}
