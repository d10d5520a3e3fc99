//! Idle time over the session bus: GNOME's `org.gnome.Mutter.IdleMonitor` (X11 and Wayland)
//! and `org.freedesktop.ScreenSaver.GetSessionIdleTime` (KDE Plasma and others).

use super::{IdleError, IdleSource};
use std::time::Duration;

#[derive(Debug, Clone, Copy)]
enum Api {
    Mutter,
    ScreenSaver,
}

pub struct DbusIdle {
    conn: zbus::Connection,
    api: Api,
}

impl DbusIdle {
    pub fn gnome() -> Result<DbusIdle, IdleError> {
        DbusIdle::probe(Api::Mutter)
    }

    pub fn freedesktop() -> Result<DbusIdle, IdleError> {
        DbusIdle::probe(Api::ScreenSaver)
    }

    fn probe(api: Api) -> Result<DbusIdle, IdleError> {
        let conn = zbus::block_on(zbus::Connection::session()).map_err(IdleError::from_display)?;
        let mut source = DbusIdle { conn, api };
        source.idle()?;
        Ok(source)
    }

    async fn query(&self) -> zbus::Result<u64> {
        let reply = match self.api {
            Api::Mutter => {
                self.conn
                    .call_method(
                        Some("org.gnome.Mutter.IdleMonitor"),
                        "/org/gnome/Mutter/IdleMonitor/Core",
                        Some("org.gnome.Mutter.IdleMonitor"),
                        "GetIdletime",
                        &(),
                    )
                    .await?
            }
            Api::ScreenSaver => {
                self.conn
                    .call_method(
                        Some("org.freedesktop.ScreenSaver"),
                        "/org/freedesktop/ScreenSaver",
                        Some("org.freedesktop.ScreenSaver"),
                        "GetSessionIdleTime",
                        &(),
                    )
                    .await?
            }
        };
        match self.api {
            Api::Mutter => reply.body().deserialize::<u64>(),
            Api::ScreenSaver => reply.body().deserialize::<u32>().map(u64::from),
        }
    }
}

impl IdleSource for DbusIdle {
    fn name(&self) -> &'static str {
        match self.api {
            Api::Mutter => "gnome",
            Api::ScreenSaver => "kde",
        }
    }

    fn idle(&mut self) -> Result<Duration, IdleError> {
        zbus::block_on(self.query())
            .map(Duration::from_millis)
            .map_err(IdleError::from_display)
    }
}
