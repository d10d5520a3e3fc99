//! The notification-area icon (Shell_NotifyIcon, through the tray-icon crate), built and
//! driven on the shell thread: the three looks, the tooltip with the sitting time, and the
//! same menu as on free desktops ([`crate::daemon::tray_model`]). The menu is built anew
//! when what it shows changes (at most once a minute, with the tooltip's minutes).

use crate::daemon::engine::Input;
use crate::daemon::tray_model::{
    self, ICON_DUE, ICON_NORMAL, ICON_PAUSED, Kind, Look, MENU, TrayError, decode_png, look_of,
};
use crate::ipc::DaemonStatus;
use std::sync::mpsc::Sender;
use tray_icon::menu::{
    CheckMenuItem, IsMenuItem, Menu, MenuEvent, MenuItem, PredefinedMenuItem, Submenu,
};
use tray_icon::{TrayIcon, TrayIconBuilder};

/// What the icon and its menu show now.
#[derive(Clone, PartialEq, Eq)]
struct Shown {
    look: Look,
    tooltip: String,
    /// With a sit-stand desk: whether the user is standing.
    standing: Option<bool>,
}

pub struct Icon {
    tray: TrayIcon,
    icons: [tray_icon::Icon; 3],
    shown: Shown,
}

impl Icon {
    /// Adds the icon to the notification area; menu clicks go to `engine`.
    pub fn new(engine: Sender<Input>) -> Result<Icon, TrayError> {
        let icon = |bytes| -> Result<tray_icon::Icon, TrayError> {
            let (rgba, width, height) = decode_png(bytes)?;
            tray_icon::Icon::from_rgba(rgba, width, height)
                .map_err(|e| TrayError(format!("a tray icon is not usable: {e}")))
        };
        let icons = [icon(ICON_NORMAL)?, icon(ICON_DUE)?, icon(ICON_PAUSED)?];
        let shown = Shown {
            look: Look::Normal,
            tooltip: "knotless".into(),
            standing: None,
        };
        MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
            if let Some(action) = action_of(&event.id().0) {
                let _ = engine.send(Input::Tray(action));
            }
        }));
        let tray = TrayIconBuilder::new()
            .with_icon(icons[Look::Normal as usize].clone())
            .with_tooltip(&shown.tooltip)
            .with_menu(Box::new(menu(&shown)?))
            .with_menu_on_left_click(true)
            .build()
            .map_err(|e| TrayError(format!("cannot add the tray icon: {e}")))?;
        Ok(Icon { tray, icons, shown })
    }

    /// Shows `status`; only what changed is redone.
    pub fn show(&mut self, status: &DaemonStatus) {
        let shown = Shown {
            look: look_of(status),
            tooltip: crate::daemon::text::tooltip(status),
            standing: status
                .core
                .standing_desk
                .then_some(status.core.posture == knotless_core::presence::Posture::Standing),
        };
        if shown == self.shown {
            return;
        }
        if shown.look != self.shown.look {
            let icon = self.icons[shown.look as usize].clone();
            if let Err(e) = self.tray.set_icon(Some(icon)) {
                tracing::warn!("tray: cannot change the icon: {e}");
            }
        }
        if shown.tooltip != self.shown.tooltip
            && let Err(e) = self.tray.set_tooltip(Some(&shown.tooltip))
        {
            tracing::warn!("tray: cannot change the tooltip: {e}");
        }
        match menu(&shown) {
            Ok(menu) => self.tray.set_menu(Some(Box::new(menu))),
            Err(e) => tracing::warn!("tray: cannot build the menu: {e}"),
        }
        self.shown = shown;
    }
}

/// What a click on the menu entry with this id asks for (ids are [`MENU`]'s, as text).
fn action_of(id: &str) -> Option<crate::daemon::ports::TrayAction> {
    let entry = tray_model::entry(id.parse().ok()?)?;
    entry.kind.action()
}

/// The menu for what is shown: the status line, then the entries of [`MENU`], enabled,
/// ticked and hidden as on free desktops.
fn menu(shown: &Shown) -> Result<Menu, TrayError> {
    let menu = Menu::new();
    for entry in MENU.iter().filter(|e| e.parent == 0) {
        if let Some(built) = item(entry, shown) {
            menu.append(built.as_ref())
                .map_err(|e| TrayError(format!("cannot build the menu: {e}")))?;
        }
    }
    Ok(menu)
}

/// One entry, with its children for a submenu; none for the "Standing" item without a
/// sit-stand desk.
fn item(entry: &tray_model::Entry, shown: &Shown) -> Option<Box<dyn IsMenuItem>> {
    let id = entry.id.to_string();
    let enabled = entry.kind.enabled(shown.look == Look::Paused);
    Some(match entry.kind {
        Kind::Status => Box::new(MenuItem::with_id(id, &shown.tooltip, false, None)),
        Kind::Separator => Box::new(PredefinedMenuItem::separator()),
        Kind::Standing => Box::new(CheckMenuItem::with_id(
            id,
            entry.text(),
            true,
            shown.standing?,
            None,
        )),
        Kind::Action(_) => Box::new(MenuItem::with_id(id, entry.text(), enabled, None)),
        Kind::Submenu => {
            let submenu = Submenu::with_id(id, entry.text(), enabled);
            for child in MENU.iter().filter(|e| e.parent == entry.id) {
                if let Some(child) = item(child, shown) {
                    submenu.append(child.as_ref()).ok()?;
                }
            }
            Box::new(submenu)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::daemon::ports::{PauseChoice, TrayAction};
    use tray_icon::menu::MenuItemKind;

    /// The menu as lines: a submenu's entries indented, "-" for a separator, "(off)" when
    /// disabled, "[x]" / "[ ]" for a check item.
    fn lines(items: Vec<MenuItemKind>, indent: &str, out: &mut Vec<String>) {
        for item in items {
            let off = |enabled: bool| if enabled { "" } else { " (off)" };
            match item {
                MenuItemKind::MenuItem(i) => {
                    out.push(format!("{indent}{}{}", i.text(), off(i.is_enabled())))
                }
                MenuItemKind::Predefined(_) => out.push(format!("{indent}-")),
                MenuItemKind::Check(i) => out.push(format!(
                    "{indent}{} [{}]{}",
                    i.text(),
                    if i.is_checked() { "x" } else { " " },
                    off(i.is_enabled())
                )),
                MenuItemKind::Submenu(i) => {
                    out.push(format!("{indent}{}{}", i.text(), off(i.is_enabled())));
                    lines(i.items(), &format!("{indent}  "), out);
                }
                MenuItemKind::Icon(i) => out.push(format!("{indent}{} (icon)", i.text())),
            }
        }
    }

    fn shown_menu(look: Look, standing: Option<bool>) -> Vec<String> {
        let shown = Shown {
            look,
            tooltip: "sitting 12 min · next move in 28 min".into(),
            standing,
        };
        let mut out = Vec::new();
        lines(menu(&shown).expect("the menu builds").items(), "", &mut out);
        out
    }

    #[test]
    fn the_menu_is_the_free_desktops_with_pause_and_resume_following_the_state() {
        let pause = ["  30 minutes", "  1 hour", "  2 hours", "  Until tomorrow"];
        let mut running = vec![
            "sitting 12 min · next move in 28 min (off)",
            "-",
            "Take a break now",
            "Pause",
        ];
        running.extend(pause);
        running.extend([
            "Resume (off)",
            "-",
            "Settings",
            "Statistics",
            "Check in now",
            "-",
            "Quit",
        ]);
        assert_eq!(shown_menu(Look::Normal, None), running);

        // Paused: no Pause submenu to choose from, Resume instead.
        let paused = shown_menu(Look::Paused, None);
        assert_eq!(paused[3], "Pause (off)");
        assert!(
            paused[4..8].iter().all(|line| line.ends_with("(off)")),
            "{paused:?}"
        );
        assert_eq!(paused[8], "Resume");

        // With a sit-stand desk, "Standing" is ticked while standing.
        let standing = shown_menu(Look::Normal, Some(true));
        assert_eq!(standing[9], "Standing [x]");
        assert_eq!(shown_menu(Look::Normal, Some(false))[9], "Standing [ ]");
        assert_eq!(standing.len(), running.len() + 1);
    }

    #[test]
    fn a_click_asks_the_engine_for_the_entrys_action_and_the_rest_ask_nothing() {
        assert_eq!(action_of("3"), Some(TrayAction::BreakNow));
        assert_eq!(
            action_of("11"),
            Some(TrayAction::Pause(PauseChoice::Minutes(60)))
        );
        assert_eq!(
            action_of("13"),
            Some(TrayAction::Pause(PauseChoice::UntilTomorrow))
        );
        assert_eq!(action_of("5"), Some(TrayAction::Resume));
        assert_eq!(action_of("15"), Some(TrayAction::ToggleStanding));
        assert_eq!(action_of("14"), Some(TrayAction::Quit));
        assert_eq!(action_of("16"), Some(TrayAction::Checkin));
        for nothing in ["1", "2", "4", "99", "", "quit"] {
            assert_eq!(action_of(nothing), None, "{nothing:?}");
        }
    }
}
