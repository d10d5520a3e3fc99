//! The tray host as the item sees it: registering with the StatusNotifierWatcher, and
//! telling the engine whether a host shows the icon. A host that goes away (its watcher
//! leaves the bus: GNOME's AppIndicator extension switched off, a panel that crashed), a
//! watcher with no panel behind it, and a registration the host drops are all reported as
//! `tray` in `degraded`, with why; a host that comes back is registered with again.

use super::{Serving, WATCHER};
use crate::daemon::engine::Input;
use crate::daemon::ports::Channel;
use futures_lite::StreamExt;
use std::time::Duration;
use zbus::Connection;
use zbus::OwnedVariant;

const WATCHER_PATH: &str = "/StatusNotifierWatcher";

/// How long to wait before registering again with a host that dropped the icon.
const REREGISTER_AFTER: Duration = Duration::from_secs(1);

/// A watcher that just took its name may not serve its object yet (seen: the Haskell
/// status-notifier-watcher answers UnknownObject for a moment): tries this many times,
/// waiting [`NEW_HOST_WAIT`] at first and twice as long each time (6 s in all).
const NEW_HOST_TRIES: u32 = 6;
const NEW_HOST_WAIT: Duration = Duration::from_millis(100);

/// What the item hears of the tray host.
enum Event {
    /// The watcher's name got an owner (true) or lost it (false).
    Owner(bool),
    /// A panel registered with the watcher, or left it.
    HostChanged,
    /// The watcher let go of an item (which one).
    ItemUnregistered(String),
    Other,
}

/// Why the icon is not shown, as `status` says it.
#[derive(Clone, Copy)]
enum Missing {
    /// The StatusNotifierWatcher left the session bus.
    HostGone,
    /// A watcher runs but no panel shows its icons.
    NoPanel,
    /// The watcher let go of knotless's icon.
    Dropped,
}

impl Missing {
    fn sentence(self) -> String {
        match self {
            Missing::HostGone => knotless_i18n::t!("tray-missing-host-gone"),
            Missing::NoPanel => knotless_i18n::t!("tray-missing-no-panel"),
            Missing::Dropped => knotless_i18n::t!("tray-missing-dropped"),
        }
    }
}

impl Serving {
    /// Registers, then follows the tray host until the connection ends: `Ok(true)` when
    /// the bus went away, `Ok(false)` when the engine is gone.
    pub(super) async fn follow_host(&self, conn: &Connection, name: &str) -> zbus::Result<bool> {
        let dbus = zbus::fdo::DBusProxy::new(conn).await?;
        let owners = dbus
            .receive_name_owner_changed_with_args(&[(0, WATCHER)])
            .await?
            .map(|change| match change.args() {
                Ok(args) => Event::Owner(args.new_owner().is_some()),
                Err(_) => Event::Other,
            });
        let rule = zbus::MatchRule::builder()
            .msg_type(zbus::message::Type::Signal)
            .interface(WATCHER)
            .path(WATCHER_PATH)
            .build()?;
        let signals = zbus::MessageStream::for_match_rule(rule, conn, None)
            .await?
            .map(|message| message.map_or(Event::Other, |m| event_of(&m)));
        let mut events = owners.or(signals);
        if !self.register(conn, name).await {
            return Ok(false);
        }
        // One new registration per host for a host that drops the icon: a host that drops
        // it every time is not asked again and again.
        let mut asked_again = false;
        // The streams end when the connection does: the bus went away.
        while let Some(event) = events.next().await {
            let engine_there = match event {
                Event::Owner(true) => {
                    asked_again = false;
                    self.register_with_new_host(conn, name).await
                }
                Event::Owner(false) => self.missing(Missing::HostGone),
                Event::HostChanged => self.report_panel(conn).await,
                Event::ItemUnregistered(item) if is_ours(&item, name, conn) => {
                    if asked_again {
                        self.missing(Missing::Dropped)
                    } else {
                        asked_again = true;
                        tracing::info!("tray: the host dropped the icon; registering again");
                        async_io::Timer::after(REREGISTER_AFTER).await;
                        self.register(conn, name).await
                    }
                }
                Event::ItemUnregistered(_) | Event::Other => true,
            };
            if !engine_there {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Registers with a watcher that just appeared, giving it a moment to serve its object.
    async fn register_with_new_host(&self, conn: &Connection, name: &str) -> bool {
        let mut wait = NEW_HOST_WAIT;
        for _ in 1..NEW_HOST_TRIES {
            if try_register(conn, name).await.is_ok() {
                tracing::info!("tray icon registered with the new tray host");
                return self.report_panel(conn).await;
            }
            async_io::Timer::after(wait).await;
            wait *= 2;
        }
        self.register(conn, name).await
    }

    /// Registers with the StatusNotifierWatcher and tells the engine whether a host shows
    /// the icon; false when the engine is gone.
    async fn register(&self, conn: &Connection, name: &str) -> bool {
        match try_register(conn, name).await {
            Ok(()) => {
                tracing::info!("tray icon registered with the tray host");
                self.report_panel(conn).await
            }
            Err(e) => {
                tracing::info!("no tray host yet ({e}); the icon appears when one starts");
                self.engine
                    .send(Input::Channel(Channel::Tray, false))
                    .is_ok()
            }
        }
    }

    /// Tells the engine whether a panel shows the watcher's icons (a watcher that cannot
    /// say is taken at its word that it shows them); false when the engine is gone.
    async fn report_panel(&self, conn: &Connection) -> bool {
        let reply = conn
            .call_method(
                Some(WATCHER),
                WATCHER_PATH,
                Some("org.freedesktop.DBus.Properties"),
                "Get",
                &(WATCHER, "IsStatusNotifierHostRegistered"),
            )
            .await;
        let panel = match reply.map_err(is_gone) {
            Ok(reply) => reply
                .body()
                .deserialize::<OwnedVariant>()
                .ok()
                .and_then(|v| bool::try_from(v).ok())
                .unwrap_or(true),
            // Asked just as it left (GNOME's extension switched off says "host
            // unregistered" on its way out).
            Err(true) => return self.missing(Missing::HostGone),
            Err(false) => true,
        };
        if panel {
            self.engine
                .send(Input::Channel(Channel::Tray, true))
                .is_ok()
        } else {
            self.missing(Missing::NoPanel)
        }
    }

    /// Tells the engine the icon is not shown, and why; false when the engine is gone.
    fn missing(&self, why: Missing) -> bool {
        let why = why.sentence();
        tracing::info!("tray: {why}");
        self.engine.send(Input::Missing(Channel::Tray, why)).is_ok()
    }
}

async fn try_register(conn: &Connection, name: &str) -> zbus::Result<()> {
    conn.call_method(
        Some(WATCHER),
        WATCHER_PATH,
        Some(WATCHER),
        "RegisterStatusNotifierItem",
        &(name,),
    )
    .await
    .map(drop)
}

/// Whether a call failed because nobody owns the watcher's name any more.
fn is_gone(e: zbus::Error) -> bool {
    matches!(
        zbus::fdo::Error::from(e),
        zbus::fdo::Error::ServiceUnknown(_) | zbus::fdo::Error::NameHasNoOwner(_)
    )
}

fn event_of(message: &zbus::Message) -> Event {
    let header = message.header();
    match header.member().map(|m| m.as_str()) {
        Some("StatusNotifierHostRegistered" | "StatusNotifierHostUnregistered") => {
            Event::HostChanged
        }
        Some("StatusNotifierItemUnregistered") => message
            .body()
            .deserialize::<String>()
            .map_or(Event::Other, Event::ItemUnregistered),
        _ => Event::Other,
    }
}

/// Whether the watcher's name for an item is this one: the bus name it registered, or its
/// unique name, either with an object path after it.
fn is_ours(item: &str, name: &str, conn: &Connection) -> bool {
    let service = item.split('/').next().unwrap_or(item);
    service == name || conn.unique_name().is_some_and(|u| u.as_str() == service)
}
