//! Notifications on Windows: a toast as the nudge, through notify-rust's WinRT toasts. A
//! toast's buttons need an AUMID registered by an installer and COM activation to come back
//! to us, so [`Toasts::answers`] says no and the engine asks in the break window instead
//! (Start / Snooze / Skip), the channel that actually asks. Without a registered AUMID the
//! toast shows under PowerShell's, as notify-rust's default.

use crate::daemon::engine::{Input, NotifyError};
use crate::daemon::ports::{Notifier, Prompt};
use std::sync::mpsc::Sender;

pub struct Toasts {
    engine: Sender<Input>,
}

impl Toasts {
    pub fn new(engine: Sender<Input>) -> Toasts {
        Toasts { engine }
    }
}

impl Notifier for Toasts {
    fn show(&mut self, prompt: Prompt) {
        let engine = self.engine.clone();
        let spawned = std::thread::Builder::new()
            .name(format!("notify-{}", prompt.key))
            .stack_size(256 * 1024)
            .spawn(move || {
                let result = notify_rust::Notification::new()
                    .summary(&prompt.summary)
                    .body(&prompt.body)
                    .show()
                    .map(drop)
                    .map_err(|e| NotifyError(e.to_string()));
                let _ = engine.send(Input::Notified {
                    key: prompt.key,
                    result,
                });
            });
        if let Err(e) = spawned {
            tracing::warn!("cannot start a notification thread: {e}");
        }
    }

    /// Toasts go away on their own; there is nothing to close.
    fn withdraw(&mut self, _key: u64) {}

    /// As [`Toasts::withdraw`]: nothing to close.
    fn withdraw_all(&mut self) {}

    fn answers(&self) -> bool {
        false
    }
}
