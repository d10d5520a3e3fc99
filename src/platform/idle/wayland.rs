//! Wayland compositors with `ext-idle-notify-v1` (wlroots-based ones, KDE, COSMIC): the
//! compositor tells us when the seat has been idle for [`THRESHOLD`] and when input resumes,
//! so nothing polls. After "idled", idle time is the threshold plus the time since. Before it,
//! the last input is somewhere since the last "resumed" (or since we connected), and no more
//! than the threshold ago: we report the time since then, capped just under the threshold.
//! That never claims input later than the truth by more than a second, so the presence
//! tracker (which keeps the latest input it was told about) dates an absence correctly once
//! "idled" arrives. The threshold is the shortest allowed `natural_break_after`.

use super::{IdleError, IdleSource};
use crate::platform::clock::{Clock, SystemClock};
use knotless_core::{Time, TimeDelta};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use wayland_client::globals::{GlobalListContents, registry_queue_init};
use wayland_client::protocol::{wl_registry, wl_seat};
use wayland_client::{Connection, Dispatch, QueueHandle};
use wayland_protocols::ext::idle_notify::v1::client::{
    ext_idle_notification_v1, ext_idle_notifier_v1,
};

/// The compositor reports "idle" after this long without input.
const THRESHOLD: Duration = Duration::from_secs(10);
/// Before "idled", idle time is reported at most this long.
const BELOW_THRESHOLD: Duration = Duration::from_secs(9);

struct Seen {
    /// When the compositor said "idled".
    idle_since: Option<Time>,
    /// The last "resumed" (an input), or when we connected.
    resumed_at: Time,
    closed: Option<String>,
}

pub struct WaylandIdle {
    seen: Arc<Mutex<Seen>>,
}

impl WaylandIdle {
    /// Connects to `$WAYLAND_DISPLAY` and asks for idle notifications on the first seat.
    pub fn connect() -> Result<WaylandIdle, IdleError> {
        let conn = Connection::connect_to_env().map_err(IdleError::from_display)?;
        let (globals, mut queue) =
            registry_queue_init::<Handler>(&conn).map_err(IdleError::from_display)?;
        let qh = queue.handle();
        let seat: wl_seat::WlSeat = globals
            .bind(&qh, 1..=1, ())
            .map_err(|e| IdleError(format!("no seat: {e}")))?;
        let notifier: ext_idle_notifier_v1::ExtIdleNotifierV1 = globals
            .bind(&qh, 1..=1, ())
            .map_err(|e| IdleError(format!("the compositor has no ext-idle-notify-v1: {e}")))?;
        let millis = u32::try_from(THRESHOLD.as_millis()).unwrap_or(u32::MAX);
        let _notification = notifier.get_idle_notification(millis, &seat, &qh, ());
        let seen = Arc::new(Mutex::new(Seen {
            idle_since: None,
            resumed_at: SystemClock.now(),
            closed: None,
        }));
        let mut handler = Handler {
            seen: Arc::clone(&seen),
        };
        queue
            .roundtrip(&mut handler)
            .map_err(IdleError::from_display)?;
        std::thread::Builder::new()
            .name("wayland-idle".into())
            .stack_size(128 * 1024)
            .spawn(move || {
                // Keep the proxies alive for as long as we listen.
                let _keep = (seat, notifier, _notification, conn);
                loop {
                    if let Err(e) = queue.blocking_dispatch(&mut handler) {
                        let mut seen = handler.seen.lock().unwrap_or_else(|p| p.into_inner());
                        seen.closed = Some(e.to_string());
                        return;
                    }
                }
            })
            .map_err(IdleError::from_display)?;
        Ok(WaylandIdle { seen })
    }
}

impl IdleSource for WaylandIdle {
    fn name(&self) -> &'static str {
        "wayland"
    }

    fn idle(&mut self) -> Result<Duration, IdleError> {
        let seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(e) = &seen.closed {
            return Err(IdleError(format!("the compositor connection ended: {e}")));
        }
        let since = |t: Time| {
            (SystemClock.now() - t)
                .max(TimeDelta::zero())
                .to_std()
                .unwrap_or_default()
        };
        Ok(match seen.idle_since {
            Some(idled) => THRESHOLD + since(idled),
            None => since(seen.resumed_at).min(BELOW_THRESHOLD),
        })
    }
}

struct Handler {
    seen: Arc<Mutex<Seen>>,
}

impl Dispatch<wl_registry::WlRegistry, GlobalListContents> for Handler {
    fn event(
        _: &mut Self,
        _: &wl_registry::WlRegistry,
        _: wl_registry::Event,
        _: &GlobalListContents,
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

impl Dispatch<wl_seat::WlSeat, ()> for Handler {
    fn event(
        _: &mut Self,
        _: &wl_seat::WlSeat,
        _: wl_seat::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

impl Dispatch<ext_idle_notifier_v1::ExtIdleNotifierV1, ()> for Handler {
    fn event(
        _: &mut Self,
        _: &ext_idle_notifier_v1::ExtIdleNotifierV1,
        _: ext_idle_notifier_v1::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

impl Dispatch<ext_idle_notification_v1::ExtIdleNotificationV1, ()> for Handler {
    fn event(
        state: &mut Self,
        _: &ext_idle_notification_v1::ExtIdleNotificationV1,
        event: ext_idle_notification_v1::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        let mut seen = state.seen.lock().unwrap_or_else(|p| p.into_inner());
        match event {
            ext_idle_notification_v1::Event::Idled => {
                seen.idle_since = Some(SystemClock.now());
                tracing::debug!("wayland: seat idle");
            }
            ext_idle_notification_v1::Event::Resumed => {
                seen.idle_since = None;
                seen.resumed_at = SystemClock.now();
                tracing::debug!("wayland: input resumed");
            }
            _ => {}
        }
    }
}
