//! The tray icon (tray-icon with its pure-Rust StatusNotifierItem backend on Linux): an icon
//! for the state (normal, break due, paused), a tooltip with the sitting time, and a menu.
//! With no tray host the icon is simply invisible and everything else keeps working.

use super::engine::Input;
use crate::ipc::DaemonStatus;
use std::sync::mpsc::Sender;
use tray_icon::menu::{Menu, MenuEvent, MenuItem, PredefinedMenuItem, Submenu};
use tray_icon::{Icon, TrayIcon, TrayIconBuilder};

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

pub struct Tray {
    icon: TrayIcon,
    status_line: MenuItem,
    pause: Submenu,
    resume: MenuItem,
    look: Look,
    tooltip: String,
}

impl Tray {
    /// Builds the icon and menu; menu clicks arrive at the engine as [`Input::Tray`].
    pub fn start(engine: Sender<Input>) -> anyhow::Result<Tray> {
        let status_line = MenuItem::with_id("status", "knotless", false, None);
        let pause = Submenu::with_id("pause", "Pause", true);
        pause.append_items(&[
            &MenuItem::with_id("pause-30", "30 minutes", true, None),
            &MenuItem::with_id("pause-60", "1 hour", true, None),
            &MenuItem::with_id("pause-120", "2 hours", true, None),
            &MenuItem::with_id("pause-tomorrow", "Until tomorrow", true, None),
        ])?;
        let resume = MenuItem::with_id("resume", "Resume", false, None);
        let menu = Menu::new();
        menu.append_items(&[
            &status_line,
            &PredefinedMenuItem::separator(),
            &MenuItem::with_id("break", "Take a break now", true, None),
            &pause,
            &resume,
            &PredefinedMenuItem::separator(),
            &MenuItem::with_id("settings", "Settings", true, None),
            &MenuItem::with_id("stats", "Statistics", true, None),
            &PredefinedMenuItem::separator(),
            &MenuItem::with_id("quit", "Quit", true, None),
        ])?;
        MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
            if let Some(action) = action_for(event.id.as_ref()) {
                let _ = engine.send(Input::Tray(action));
            }
        }));
        let icon = TrayIconBuilder::new()
            .with_id("knotless")
            .with_title("knotless")
            .with_tooltip("knotless")
            .with_icon(icon(Look::Normal)?)
            .with_menu(Box::new(menu))
            .build()?;
        Ok(Tray {
            icon,
            status_line,
            pause,
            resume,
            look: Look::Normal,
            tooltip: String::new(),
        })
    }

    /// Shows `status`; only what changed is sent to the tray host.
    pub fn show(&mut self, status: &DaemonStatus) {
        let look = look_of(status);
        if look != self.look {
            match icon(look) {
                Ok(picture) => {
                    if let Err(e) = self.icon.set_icon(Some(picture)) {
                        tracing::warn!("tray: cannot set the icon: {e}");
                    }
                }
                Err(e) => tracing::warn!("tray: {e}"),
            }
            self.pause.set_enabled(look != Look::Paused);
            self.resume.set_enabled(look == Look::Paused);
            self.look = look;
        }
        let tooltip = super::text::tooltip(status);
        if tooltip != self.tooltip {
            let _ = self.icon.set_tooltip(Some(&tooltip));
            self.status_line.set_text(&tooltip);
            self.tooltip = tooltip;
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

fn action_for(id: &str) -> Option<TrayAction> {
    Some(match id {
        "break" => TrayAction::BreakNow,
        "pause-30" => TrayAction::Pause(PauseChoice::Minutes(30)),
        "pause-60" => TrayAction::Pause(PauseChoice::Minutes(60)),
        "pause-120" => TrayAction::Pause(PauseChoice::Minutes(120)),
        "pause-tomorrow" => TrayAction::Pause(PauseChoice::UntilTomorrow),
        "resume" => TrayAction::Resume,
        "settings" => TrayAction::Settings,
        "stats" => TrayAction::Statistics,
        "quit" => TrayAction::Quit,
        _ => return None,
    })
}

/// Decodes the embedded PNG for `look`.
fn icon(look: Look) -> anyhow::Result<Icon> {
    let bytes = match look {
        Look::Normal => ICON_NORMAL,
        Look::BreakDue => ICON_DUE,
        Look::Paused => ICON_PAUSED,
    };
    let (rgba, width, height) = decode_png(bytes)?;
    Ok(Icon::from_rgba(rgba, width, height)?)
}

/// RGBA pixels of a PNG (8-bit RGBA, as the icons in `assets/icons` are saved).
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
        for look in [Look::Normal, Look::BreakDue, Look::Paused] {
            let bytes = match look {
                Look::Normal => ICON_NORMAL,
                Look::BreakDue => ICON_DUE,
                Look::Paused => ICON_PAUSED,
            };
            let (rgba, w, h) = decode_png(bytes).unwrap();
            assert_eq!(w, h);
            assert_eq!(rgba.len(), (w * h * 4) as usize);
            assert!(rgba.chunks(4).any(|p| p[3] > 0), "{look:?} is blank");
        }
    }

    #[test]
    fn every_menu_id_maps_to_an_action() {
        for id in [
            "break",
            "pause-30",
            "pause-60",
            "pause-120",
            "pause-tomorrow",
            "resume",
            "settings",
            "stats",
            "quit",
        ] {
            assert!(action_for(id).is_some(), "{id}");
        }
        assert_eq!(action_for("status"), None);
    }
}
