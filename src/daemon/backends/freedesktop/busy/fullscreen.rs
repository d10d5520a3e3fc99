//! The active X11 window is fullscreen (`_NET_WM_STATE_FULLSCREEN` on `_NET_ACTIVE_WINDOW`).

use super::{BusyProbe, ProbeError};
use x11rb::connection::Connection as _;
use x11rb::protocol::xproto::{AtomEnum, ConnectionExt as _, Window};
use x11rb::rust_connection::RustConnection;

/// The active X11 window is fullscreen.
pub(super) struct Fullscreen {
    conn: RustConnection,
    root: Window,
    active: u32,
    state: u32,
    fullscreen: u32,
}

impl Fullscreen {
    pub(super) fn connect() -> Result<Fullscreen, ProbeError> {
        let (conn, screen) = x11rb::connect(None).map_err(ProbeError::from_display)?;
        let root = conn.setup().roots[screen].root;
        let atom = |name: &str| -> Result<u32, ProbeError> {
            Ok(conn
                .intern_atom(false, name.as_bytes())
                .map_err(ProbeError::from_display)?
                .reply()
                .map_err(ProbeError::from_display)?
                .atom)
        };
        let active = atom("_NET_ACTIVE_WINDOW")?;
        let state = atom("_NET_WM_STATE")?;
        let fullscreen = atom("_NET_WM_STATE_FULLSCREEN")?;
        Ok(Fullscreen {
            conn,
            root,
            active,
            state,
            fullscreen,
        })
    }
}

impl BusyProbe for Fullscreen {
    fn name(&self) -> &'static str {
        "fullscreen"
    }

    fn busy(&mut self) -> Result<bool, ProbeError> {
        let err = |e: &dyn std::fmt::Display| ProbeError(e.to_string());
        let active = self
            .conn
            .get_property(false, self.root, self.active, AtomEnum::WINDOW, 0, 1)
            .map_err(|e| err(&e))?
            .reply()
            .map_err(|e| err(&e))?;
        let Some(window) = active.value32().and_then(|mut v| v.next()) else {
            return Ok(false);
        };
        if window == 0 {
            return Ok(false);
        }
        let states = self
            .conn
            .get_property(false, window, self.state, AtomEnum::ATOM, 0, 64)
            .map_err(|e| err(&e))?
            .reply()
            .map_err(|e| err(&e))?;
        Ok(states
            .value32()
            .is_some_and(|mut atoms| atoms.any(|a| a == self.fullscreen)))
    }
}
