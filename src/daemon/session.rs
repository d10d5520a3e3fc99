//! Session events that make the user Away at once: the screen locking
//! (`ActiveChanged` of org.freedesktop.ScreenSaver / org.gnome.ScreenSaver on the session bus)
//! and the machine going to sleep (logind `PrepareForSleep` on the system bus). One thread
//! waits for these signals; nothing polls.

use super::engine::Input;
use futures_lite::StreamExt;
use std::sync::mpsc::Sender;
use zbus::{MatchRule, MessageStream};

/// A change the engine hears about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionEvent {
    Locked(bool),
    Sleeping(bool),
}

/// Starts the watcher thread. Buses that are missing are skipped (and logged).
pub fn spawn(engine: Sender<Input>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("session".into())
        .stack_size(256 * 1024)
        .spawn(move || zbus::block_on(watch(engine)))?;
    Ok(())
}

async fn watch(engine: Sender<Input>) {
    let lock = async {
        if let Err(e) = watch_lock(&engine).await {
            tracing::info!("screen lock signals unavailable: {e}");
        }
    };
    let sleep = async {
        if let Err(e) = watch_sleep(&engine).await {
            tracing::info!("suspend signals unavailable (logind): {e}");
        }
    };
    futures_lite::future::zip(lock, sleep).await;
}

async fn watch_lock(engine: &Sender<Input>) -> zbus::Result<()> {
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
                break;
            }
        }
    }
    Ok(())
}

async fn watch_sleep(engine: &Sender<Input>) -> zbus::Result<()> {
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
                break;
            }
        }
    }
    Ok(())
}
