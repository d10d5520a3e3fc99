//! Session events that make the user Away at once: the screen locking
//! (`ActiveChanged` of org.freedesktop.ScreenSaver / org.gnome.ScreenSaver on the session bus)
//! and the machine going to sleep (logind `PrepareForSleep` on the system bus). One thread
//! waits for these signals; nothing polls.

use crate::daemon::engine::{Input, SessionEvent};
use futures_lite::StreamExt;
use std::sync::mpsc::Sender;
use std::time::Duration;
use zbus::{MatchRule, MessageStream};

/// The first wait before listening again on a bus that went away; it
/// doubles up to [`RETRY_MAX`], so a daemon without a bus looks only now and then.
const RETRY_FIRST: Duration = Duration::from_secs(1);
const RETRY_MAX: Duration = Duration::from_secs(300);

/// Starts the watcher thread. A bus that is missing, or goes away, is listened to again
/// when it is back.
pub fn spawn(engine: Sender<Input>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("session".into())
        .stack_size(256 * 1024)
        .spawn(move || zbus::block_on(watch(engine)))?;
    Ok(())
}

async fn watch(engine: Sender<Input>) {
    let lock = listen(&engine, "screen lock signals", watch_lock);
    let sleep = listen(&engine, "suspend signals (logind)", watch_sleep);
    futures_lite::future::zip(lock, sleep).await;
}

/// How listening on one bus ended.
enum Ended {
    BusLost,
    EngineGone,
}

/// Listens with `watch` until the engine is gone. A bus that is not there at start is not
/// waited for (a session without one stays without); one that goes away is listened to
/// again once it is back.
async fn listen<'a, F, Fut>(engine: &'a Sender<Input>, what: &str, watch: F)
where
    F: Fn(&'a Sender<Input>) -> Fut,
    Fut: std::future::Future<Output = zbus::Result<Ended>>,
{
    let mut wait = RETRY_FIRST;
    let mut had_bus = false;
    loop {
        match watch(engine).await {
            Ok(Ended::EngineGone) => return,
            Ok(Ended::BusLost) => {
                tracing::info!("{what}: the bus went away; listening again when it is back");
                had_bus = true;
                wait = RETRY_FIRST;
            }
            Err(e) if !had_bus => {
                tracing::info!("{what} unavailable: {e}");
                return;
            }
            Err(e) => tracing::debug!("{what}: still no bus ({e})"),
        }
        async_io::Timer::after(wait).await;
        wait = (wait * 2).min(RETRY_MAX);
    }
}

async fn watch_lock(engine: &Sender<Input>) -> zbus::Result<Ended> {
    let conn = zbus::Connection::session().await?;
    let rule = |interface: &'static str| -> zbus::Result<MatchRule<'static>> {
        MatchRule::builder()
            .msg_type(zbus::message::Type::Signal)
            .interface(interface)
            .member("ActiveChanged")
            .build()
    };
    let freedesktop =
        MessageStream::for_match_rule(rule("org.freedesktop.ScreenSaver")?, &conn, None).await?;
    let gnome = MessageStream::for_match_rule(rule("org.gnome.ScreenSaver")?, &conn, None).await?;
    let mut signals = freedesktop.or(gnome);
    while let Some(message) = signals.next().await {
        let Ok(message) = message else { continue };
        if let Ok(active) = message.body().deserialize::<bool>() {
            tracing::info!("screen {}", if active { "locked" } else { "unlocked" });
            if engine
                .send(Input::Session(SessionEvent::Locked(active)))
                .is_err()
            {
                return Ok(Ended::EngineGone);
            }
        }
    }
    Ok(Ended::BusLost)
}

async fn watch_sleep(engine: &Sender<Input>) -> zbus::Result<Ended> {
    let conn = zbus::Connection::system().await?;
    let rule = MatchRule::builder()
        .msg_type(zbus::message::Type::Signal)
        .interface("org.freedesktop.login1.Manager")
        .member("PrepareForSleep")
        .build()?;
    let mut signals = MessageStream::for_match_rule(rule, &conn, None).await?;
    while let Some(message) = signals.next().await {
        let Ok(message) = message else { continue };
        if let Ok(sleeping) = message.body().deserialize::<bool>() {
            tracing::info!(
                "{}",
                if sleeping {
                    "going to sleep"
                } else {
                    "woke up"
                }
            );
            if engine
                .send(Input::Session(SessionEvent::Sleeping(sleeping)))
                .is_err()
            {
                return Ok(Ended::EngineGone);
            }
        }
    }
    Ok(Ended::BusLost)
}
