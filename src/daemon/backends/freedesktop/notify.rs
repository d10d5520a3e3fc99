//! Desktop notifications (notify-rust over D-Bus). Each shown notification gets a worker
//! thread that keeps its handle (and so its bus connection) alive, waits for the answer with
//! our own timeout, and reports back to the engine. Withdrawing one closes it.

use crate::daemon::engine::{Input, NotifyError};
use crate::daemon::ports::{Answer, Prompt, Urgency};
use notify_rust::{Hint, Notification, NotificationResponse, Timeout};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::Sender;
use std::thread::JoinHandle;
use std::time::Duration;

fn answer_from_action(action: &str) -> Option<Answer> {
    Some(match action {
        "start" => Answer::Start,
        "snooze" => Answer::Snooze,
        "skip" => Answer::Skip,
        "done" => Answer::Done,
        "stand" => Answer::Stand,
        "sit" => Answer::Sit,
        "later" => Answer::Later,
        _ => return None,
    })
}

fn action_of(answer: Answer) -> &'static str {
    match answer {
        Answer::Start => "start",
        Answer::Snooze => "snooze",
        Answer::Skip => "skip",
        Answer::Done => "done",
        Answer::Stand => "stand",
        Answer::Sit => "sit",
        Answer::Later => "later",
    }
}

/// How long stopping waits for the workers to close their notifications: 2 s in all.
const CLOSE_CHECKS: u32 = 100;
const CLOSE_CHECK_EVERY: Duration = Duration::from_millis(20);

/// A notification's worker: how to tell it to close the notification, and its thread.
struct Worker {
    close: async_channel::Sender<()>,
    thread: JoinHandle<()>,
}

/// Shows prompts and remembers which are open.
pub struct DbusNotifier {
    engine: Sender<Input>,
    open: HashMap<u64, Worker>,
    icon: Option<PathBuf>,
}

impl DbusNotifier {
    pub fn new(engine: Sender<Input>, icon: Option<PathBuf>) -> DbusNotifier {
        DbusNotifier {
            engine,
            open: HashMap::new(),
            icon,
        }
    }
}

impl crate::daemon::ports::Notifier for DbusNotifier {
    fn show(&mut self, prompt: Prompt) {
        // Notifications answered or expired have ended their workers.
        self.open.retain(|_, worker| !worker.thread.is_finished());
        if let Some(previous) = self.open.remove(&prompt.key) {
            let _ = previous.close.try_send(());
        }
        let (close, closed) = async_channel::bounded(1);
        let engine = self.engine.clone();
        let icon = self.icon.clone();
        let key = prompt.key;
        let spawned = std::thread::Builder::new()
            .name(format!("notify-{key}"))
            .stack_size(512 * 1024)
            .spawn(move || zbus::block_on(run(prompt, icon, closed, engine)));
        match spawned {
            Ok(thread) => {
                self.open.insert(key, Worker { close, thread });
            }
            Err(e) => {
                let _ = self.engine.send(Input::Notified {
                    key,
                    result: Err(NotifyError(format!("cannot start a thread: {e}"))),
                });
            }
        }
    }

    fn withdraw(&mut self, key: u64) {
        if let Some(worker) = self.open.remove(&key) {
            let _ = worker.close.try_send(());
        }
    }

    fn withdraw_all(&mut self) {
        let workers: Vec<Worker> = self.open.drain().map(|(_, worker)| worker).collect();
        for worker in &workers {
            let _ = worker.close.try_send(());
        }
        // Each worker closes its notification and ends; the process must not end first.
        for _ in 0..CLOSE_CHECKS {
            if workers.iter().all(|w| w.thread.is_finished()) {
                return;
            }
            std::thread::sleep(CLOSE_CHECK_EVERY);
        }
        tracing::warn!("stopping before every notification was closed");
    }
}

async fn run(
    prompt: Prompt,
    icon: Option<PathBuf>,
    closed: async_channel::Receiver<()>,
    engine: Sender<Input>,
) {
    let handle = match notification(&prompt, icon.as_deref()).show_async().await {
        Ok(handle) => handle,
        Err(e) => {
            let _ = engine.send(Input::Notified {
                key: prompt.key,
                result: Err(NotifyError(e.to_string())),
            });
            return;
        }
    };
    let _ = engine.send(Input::Notified {
        key: prompt.key,
        result: Ok(()),
    });
    let mut response = None;
    let mut lost = false;
    let answered = async {
        // notify-rust unwraps its D-Bus calls while waiting, so a session bus that goes away
        // now panics inside it: that ends this wait (and this worker), not the daemon.
        let wait = handle.wait_for_action_async(|r| response = Some(r.clone()));
        lost = futures_lite::FutureExt::catch_unwind(std::panic::AssertUnwindSafe(wait))
            .await
            .is_err();
        true
    };
    let withdrawn = async {
        futures_lite::future::or(
            async {
                let _ = closed.recv().await;
            },
            async {
                async_io::Timer::after(prompt.give_up_after).await;
            },
        )
        .await;
        false
    };
    if !futures_lite::future::or(answered, withdrawn).await {
        handle.close_async().await;
    } else if lost {
        let _ = engine.send(Input::Notified {
            key: prompt.key,
            result: Err(NotifyError(
                "lost the session bus while waiting for an answer".into(),
            )),
        });
    } else if let Some(answer) = answer_of(&prompt, response) {
        let _ = engine.send(Input::Answer {
            key: prompt.key,
            answer,
        });
    }
}

/// The notification that shows `prompt`, with the app's icon at `icon`.
fn notification(prompt: &Prompt, icon: Option<&std::path::Path>) -> Notification {
    let mut n = Notification::new();
    n.appname("knotless")
        .summary(&prompt.summary)
        .body(&prompt.body)
        .hint(Hint::Category("x-knotless.break".into()))
        .hint(Hint::DesktopEntry(crate::APP_ID.into()))
        .urgency(match prompt.urgency {
            Urgency::Low => notify_rust::Urgency::Low,
            Urgency::Normal => notify_rust::Urgency::Normal,
        })
        .timeout(prompt.expire.map_or(Timeout::Never, |d| {
            Timeout::Milliseconds(u32::try_from(d.as_millis()).unwrap_or(u32::MAX))
        }));
    if let Some(icon) = icon {
        n.icon(&icon.to_string_lossy());
    }
    if prompt.sound {
        // The freedesktop sound theme's name for a message that wants attention.
        n.sound_name("message-new-instant");
    }
    if let Some(default) = prompt.default {
        n.action("default", action_of(default));
    }
    for (answer, label) in &prompt.actions {
        n.action(action_of(*answer), label);
    }
    n
}

/// What the user's click on `prompt`'s notification answered, if it was an answer.
fn answer_of(prompt: &Prompt, response: Option<NotificationResponse>) -> Option<Answer> {
    match response {
        Some(NotificationResponse::Action(action)) => answer_from_action(&action),
        Some(NotificationResponse::Default) => prompt.default,
        _ => None,
    }
}
