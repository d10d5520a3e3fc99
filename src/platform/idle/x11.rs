//! X11 idle time from the MIT-SCREEN-SAVER extension (`XScreenSaverQueryInfo`), over a pure
//! Rust connection: no libX11, no libXss.

use super::{IdleError, IdleSource};
use std::time::Duration;
use x11rb::connection::Connection as _;
use x11rb::protocol::screensaver::{self, ConnectionExt as _};
use x11rb::rust_connection::RustConnection;

pub struct X11Idle {
    conn: RustConnection,
    root: u32,
}

impl X11Idle {
    /// Connects to `$DISPLAY` and checks that the extension answers.
    pub fn connect() -> Result<X11Idle, IdleError> {
        let (conn, screen) = x11rb::connect(None).map_err(IdleError::from_display)?;
        let root = conn.setup().roots[screen].root;
        let version = conn
            .screensaver_query_version(1, 1)
            .map_err(IdleError::from_display)?
            .reply()
            .map_err(|e| IdleError(format!("no MIT-SCREEN-SAVER extension: {e}")))?;
        tracing::debug!(
            "X11 screensaver extension {}.{}",
            version.server_major_version,
            version.server_minor_version
        );
        let mut idle = X11Idle { conn, root };
        idle.idle()?;
        Ok(idle)
    }
}

impl IdleSource for X11Idle {
    fn name(&self) -> &'static str {
        "x11"
    }

    fn idle(&mut self) -> Result<Duration, IdleError> {
        let info = screensaver::query_info(&self.conn, self.root)
            .map_err(IdleError::from_display)?
            .reply()
            .map_err(IdleError::from_display)?;
        Ok(Duration::from_millis(info.ms_since_user_input.into()))
    }
}
