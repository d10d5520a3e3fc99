//! What the tray shows, whichever tray draws it (the StatusNotifierItem on free desktops,
//! the notification-area icon on Windows): the three looks and their icons, and the menu's
//! entries with what is enabled, checked and shown for the state.

use super::ports::{PauseChoice, TrayAction};
use crate::ipc::DaemonStatus;

/// What the icon shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Normal,
    BreakDue,
    Paused,
}

pub(crate) const ICON_NORMAL: &[u8] = include_bytes!("../../assets/icons/tray-normal.png");
pub(crate) const ICON_DUE: &[u8] = include_bytes!("../../assets/icons/tray-due.png");
pub(crate) const ICON_PAUSED: &[u8] = include_bytes!("../../assets/icons/tray-paused.png");

/// The look for `status`.
pub(crate) fn look_of(status: &DaemonStatus) -> Look {
    use knotless_core::status::PhaseName;
    if status.core.paused {
        Look::Paused
    } else if status.core.phase == PhaseName::Prompting {
        Look::BreakDue
    } else {
        Look::Normal
    }
}

/// An entry of the menu. Ids are fixed; 0 is the root.
pub(crate) struct Entry {
    pub(crate) id: i32,
    pub(crate) parent: i32,
    /// Its message in `tray.ftl` is `tray-` and this (none for a separator).
    pub(crate) label: &'static str,
    pub(crate) kind: Kind,
}

impl Entry {
    /// What the entry says, in the user's language.
    pub(crate) fn text(&self) -> String {
        if self.label.is_empty() {
            String::new()
        } else {
            knotless_i18n::tr_in("tray", self.label)
        }
    }
}

#[derive(PartialEq, Eq)]
pub(crate) enum Kind {
    /// The status line (its label is the tooltip; not clickable).
    Status,
    Separator,
    Submenu,
    Action(TrayAction),
    /// A check item, shown with a sit-stand desk only: ticked while standing.
    Standing,
}

pub(crate) const STATUS_ID: i32 = 1;
pub(crate) const PAUSE_ID: i32 = 4;
pub(crate) const RESUME_ID: i32 = 5;
pub(crate) const STANDING_ID: i32 = 15;

#[rustfmt::skip]
pub(crate) const MENU: &[Entry] = &[
    Entry { id: STATUS_ID, parent: 0, label: "", kind: Kind::Status },
    Entry { id: 2, parent: 0, label: "", kind: Kind::Separator },
    Entry { id: 3, parent: 0, label: "break-now", kind: Kind::Action(TrayAction::BreakNow) },
    Entry { id: PAUSE_ID, parent: 0, label: "pause", kind: Kind::Submenu },
    Entry { id: 10, parent: PAUSE_ID, label: "pause-30-min", kind: Kind::Action(TrayAction::Pause(PauseChoice::Minutes(30))) },
    Entry { id: 11, parent: PAUSE_ID, label: "pause-1-hour", kind: Kind::Action(TrayAction::Pause(PauseChoice::Minutes(60))) },
    Entry { id: 12, parent: PAUSE_ID, label: "pause-2-hours", kind: Kind::Action(TrayAction::Pause(PauseChoice::Minutes(120))) },
    Entry { id: 13, parent: PAUSE_ID, label: "pause-until-tomorrow", kind: Kind::Action(TrayAction::Pause(PauseChoice::UntilTomorrow)) },
    Entry { id: RESUME_ID, parent: 0, label: "resume", kind: Kind::Action(TrayAction::Resume) },
    Entry { id: STANDING_ID, parent: 0, label: "standing", kind: Kind::Standing },
    Entry { id: 6, parent: 0, label: "", kind: Kind::Separator },
    Entry { id: 7, parent: 0, label: "settings", kind: Kind::Action(TrayAction::Settings) },
    Entry { id: 8, parent: 0, label: "statistics", kind: Kind::Action(TrayAction::Statistics) },
    Entry { id: 16, parent: 0, label: "checkin", kind: Kind::Action(TrayAction::Checkin) },
    Entry { id: 9, parent: 0, label: "", kind: Kind::Separator },
    Entry { id: 14, parent: 0, label: "quit", kind: Kind::Action(TrayAction::Quit) },
];

impl Kind {
    /// Whether the entry can be clicked now.
    pub(crate) fn enabled(&self, paused: bool) -> bool {
        match self {
            Kind::Status | Kind::Separator => false,
            Kind::Submenu | Kind::Action(TrayAction::Pause(_)) => !paused,
            Kind::Action(TrayAction::Resume) => paused,
            Kind::Action(_) | Kind::Standing => true,
        }
    }

    /// What clicking it asks for.
    pub(crate) fn action(&self) -> Option<TrayAction> {
        match self {
            Kind::Action(action) => Some(*action),
            Kind::Standing => Some(TrayAction::ToggleStanding),
            _ => None,
        }
    }
}

/// The entry with `id`.
pub(crate) fn entry(id: i32) -> Option<&'static Entry> {
    MENU.iter().find(|e| e.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_has_its_words() {
        for e in MENU.iter().filter(|e| !e.label.is_empty()) {
            let id = format!("tray-{}", e.label);
            assert!(knotless_i18n::has_message(&id), "no message {id}");
        }
    }
}

/// The tray could not be set up at all.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct TrayError(pub String);

impl From<png::DecodingError> for TrayError {
    fn from(e: png::DecodingError) -> TrayError {
        TrayError(format!("a tray icon does not decode: {e}"))
    }
}

/// RGBA pixels of a PNG (8-bit RGB or RGBA, as the icons in `assets/icons` are saved).
pub fn decode_png(bytes: &[u8]) -> Result<(Vec<u8>, u32, u32), TrayError> {
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
        other => {
            return Err(TrayError(format!(
                "tray icons must be RGB or RGBA PNGs, not {other:?}"
            )));
        }
    };
    Ok((rgba, info.width, info.height))
}
