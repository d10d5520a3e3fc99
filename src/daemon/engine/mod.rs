//! The engine: the one thread that owns the scheduler. It sleeps until the scheduler's next
//! deadline or until something arrives (a request, a notification answer, a menu click, a
//! session event), takes a fresh sample, steps the scheduler and carries out the effects.
//!
//! Split by job: this file holds the state and the loop; `sample.rs` turns idle time, the
//! lock, busy probes and working hours into a sample; `requests.rs` answers requests and
//! menu clicks; `effects.rs` carries out what the scheduler decided (history, notifications,
//! the tray, windows); `reload.rs` applies config edits. Every capability comes in through
//! [`Parts`], so tests drive a real engine with fakes and a fixed clock.

mod effects;
mod meetings;
mod reload;
mod requests;
mod sample;

pub use reload::{load_library, load_settings};

use super::memory::{Earlier, remember_suggestions};
use super::ports::TrayAction;
use super::ports::{Answer, Autostart, Busy, Channel, Launcher, Notifier, Tray, Window};
use crate::ipc::{Reply, Request};
use crate::platform::clock::Clock;
use crate::platform::idle::IdleSource;
use crate::platform::paths::Paths;
use crate::store::history::HistoryLog;
use chrono::Local;
use knotless_core::history::Event;
use knotless_core::reminder::ReminderKind;
use knotless_core::scheduler::Scheduler;
use knotless_core::settings::Settings;
use knotless_core::{Time, TimeDelta};
use knotless_exercises::exercise::Exercise;
use knotless_exercises::library::Library;
use knotless_exercises::variety::Variety;
use std::collections::BTreeSet;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

/// `degraded` while events cannot be written (a full disk, a folder gone): they are kept in
/// memory and written at the next step that can.
pub(crate) const HISTORY: &str = "history";

/// Everything that can wake the engine.
#[derive(Debug)]
pub enum Input {
    Request(Request, Sender<Reply>),
    /// A notification was shown (or could not be).
    Notified {
        key: u64,
        result: Result<(), NotifyError>,
    },
    Answer {
        key: u64,
        answer: Answer,
    },
    Tray(TrayAction),
    Session(SessionEvent),
    /// A channel to the desktop came (`true`) or went (`false`).
    Channel(Channel, bool),
    /// A channel is missing, and why: a sentence for the user, which `status` shows.
    Missing(Channel, String),
    ConfigChanged,
    /// The process of a window the daemon opened has ended.
    WindowGone(Window),
    /// SIGTERM / SIGINT.
    Quit,
}

/// Why a notification could not be shown (or its answer not heard).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct NotifyError(pub String);

/// A change of the session the engine hears about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionEvent {
    Locked(bool),
    Sleeping(bool),
}

/// The engine's parts, handed over by `daemon::run` (or a test).
pub struct Parts<'a> {
    pub clock: &'a dyn Clock,
    pub paths: Paths,
    pub idle: Option<Box<dyn IdleSource>>,
    pub notifier: Box<dyn Notifier>,
    /// `None` where no tray could be served at all.
    pub tray: Option<Box<dyn Tray>>,
    pub launcher: Box<dyn Launcher>,
    pub autostart: Box<dyn Autostart>,
    pub busy: Box<dyn Busy>,
    pub settings: Settings,
    pub library: Library,
    /// Seeds the variety engine.
    pub seed: u64,
}

pub struct Engine<'a> {
    clock: &'a dyn Clock,
    paths: Paths,
    scheduler: Scheduler,
    idle: Option<Box<dyn IdleSource>>,
    idle_name: &'static str,
    locked: bool,
    history: HistoryLog,
    unsaved: Vec<Event>,
    notifier: Box<dyn Notifier>,
    tray: Option<Box<dyn Tray>>,
    /// A tray host shows the icon (so its tooltip is kept up to date every minute).
    tray_host: bool,
    launcher: Box<dyn Launcher>,
    autostart: Box<dyn Autostart>,
    /// An autostart entry exists (checked when it is written or removed, not on every tick).
    autostart_on: bool,
    busy_probes: Box<dyn Busy>,
    /// Why reminders hold back at the newest sample, for `status`.
    busy: Option<&'static str>,
    /// What does not work now (`status`'s `degraded`): a desktop channel, the idle
    /// source, the calendar, or [`HISTORY`].
    degraded: BTreeSet<&'static str>,
    /// Why a missing channel is missing, where its backend said (`Input::Missing`).
    degraded_why: std::collections::BTreeMap<&'static str, String>,
    library: Library,
    variety: Variety,
    /// What the variety engine and the check-ins learn from (`knotless_exercises::body::remembered`).
    body: Vec<Event>,
    /// The movement suggestion of the reminder showing (or the break running).
    current: Exercise,
    /// The stand or change-position nudge showing, for its "Later".
    posture_nudge: Option<(u64, ReminderKind)>,
    /// Meetings from the configured calendars (`meetings.rs`).
    calendars: meetings::Calendars,
    /// The reminder the break window was opened to ask about.
    asked_in_window: Option<u64>,
    quitting: bool,
}

impl<'a> Engine<'a> {
    pub fn new(parts: Parts<'a>) -> Engine<'a> {
        let history = HistoryLog::new(parts.paths.history_file());
        let mut variety = Variety::new(parts.seed);
        let now = parts.clock.now();
        let earlier = Earlier::read(&history, now);
        remember_suggestions(&mut variety, &earlier.suggested, &parts.library);
        let idle_name = parts.idle.as_ref().map_or("none", |s| s.name());
        let mut degraded = BTreeSet::new();
        if parts.idle.is_none() {
            degraded.insert("idle");
        }
        if parts.tray.is_none() {
            degraded.insert(Channel::Tray.name());
        }
        let mut scheduler = Scheduler::new(parts.settings, now);
        scheduler.continue_ids_after(earlier.newest_id);
        // A pause survives a restart.
        if let Some(until) = knotless_core::history::pause_in_force(earlier.pause.as_slice(), now) {
            scheduler.restore_pause(until);
            tracing::info!("still paused from before the restart");
        }
        let current = parts
            .library
            .exercises
            .first()
            .cloned()
            .unwrap_or_else(knotless_exercises::suggest::fallback);
        Engine {
            clock: parts.clock,
            scheduler,
            idle: parts.idle,
            idle_name,
            locked: false,
            history,
            unsaved: Vec::new(),
            notifier: parts.notifier,
            tray: parts.tray,
            tray_host: false,
            launcher: parts.launcher,
            autostart: parts.autostart,
            autostart_on: false,
            busy_probes: parts.busy,
            busy: None,
            degraded,
            degraded_why: Default::default(),
            library: parts.library,
            variety,
            body: earlier.body,
            current,
            posture_nudge: None,
            calendars: meetings::Calendars::default(),
            asked_in_window: None,
            quitting: false,
            paths: parts.paths,
        }
    }

    /// Runs until asked to quit, waiting on `inputs` until the next deadline.
    pub fn run(&mut self, inputs: &Receiver<Input>) {
        self.start();
        self.serve(inputs);
    }

    /// The loop of [`Engine::run`], for a caller that has run [`Engine::start`] itself.
    pub fn serve(&mut self, inputs: &Receiver<Input>) {
        while !self.quitting {
            let wait = (self.next_wake() - self.clock.now())
                .to_std()
                .unwrap_or(Duration::ZERO);
            match inputs.recv_timeout(wait) {
                Ok(input) => self.on(input),
                Err(RecvTimeoutError::Timeout) => self.tick(),
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        self.finish();
    }

    /// The first look: the login entry as configured, then a first sample.
    pub fn start(&mut self) {
        self.apply_autostart();
        self.tick();
    }

    /// Closes the open stretch and flushes history on the way out.
    pub fn finish(&mut self) {
        let sample = self.sample(self.clock.now());
        let effects = self.scheduler.shutdown(sample);
        self.apply(effects);
        // Every notification still showing goes with the daemon: its buttons would reach
        // nobody (GNOME kept a stopped daemon's reminder in its list).
        self.notifier.withdraw_all();
        self.launcher.close_break_windows();
        tracing::info!("stopped");
    }

    /// Asked to stop (by a request, the tray or a signal).
    pub fn quitting(&self) -> bool {
        self.quitting
    }

    /// When to look again without any input: the scheduler's deadline, a minute while a
    /// tray host shows the sitting time, or when working hours begin.
    pub fn next_wake(&self) -> Time {
        let now = self.clock.now();
        let mut deadline = self.scheduler.next_deadline();
        if let Some(change) = self.meetings_wake(now) {
            deadline = deadline.min(change);
        }
        if self.tray_host && self.tray.is_some() && !self.scheduler.status().paused {
            deadline = deadline.min(now + TimeDelta::minutes(1));
        }
        let hours = &self.scheduler.settings().working_hours;
        let local = now.with_timezone(&Local).naive_local();
        if let Some(opening) = knotless_core::hours::next_opening(hours, local)
            && !knotless_core::hours::is_open(hours, local)
        {
            let opening =
                knotless_core::calendar::resolve_local(&Local, opening.date(), opening.time());
            deadline = deadline.min(opening);
        }
        deadline
    }

    /// A step with no input: time passes.
    pub fn tick(&mut self) {
        self.meetings_step(self.clock.now());
        let sample = self.sample(self.clock.now());
        let effects = self.scheduler.observe(sample);
        self.apply(effects);
    }

    /// Handles one input.
    pub fn on(&mut self, input: Input) {
        match input {
            Input::Request(request, reply) => {
                let answer = self.request(request);
                let _ = reply.send(answer);
            }
            Input::Notified { key, result } => match result {
                Ok(()) => self.channel(Channel::Notifications, true),
                Err(e) => {
                    if !self.degraded.contains(Channel::Notifications.name()) {
                        tracing::warn!("cannot show notification {key}: {e}");
                    }
                    self.channel(Channel::Notifications, false);
                    self.ask_in_window(key);
                    self.show_tray();
                }
            },
            Input::Answer { key, answer } => self.answer(key, answer),
            Input::Tray(action) => self.tray_action(action),
            Input::Session(SessionEvent::Locked(locked)) => {
                self.locked = locked;
                self.tick();
            }
            Input::Session(SessionEvent::Sleeping(_)) => self.tick(),
            Input::Channel(channel, up) => self.channel(channel, up),
            Input::Missing(channel, why) => {
                self.channel(channel, false);
                self.degraded_why.insert(channel.name(), why);
            }
            Input::ConfigChanged => self.reload(),
            Input::WindowGone(window) => self.window_gone(window),
            Input::Quit => self.quitting = true,
        }
    }

    /// `name` does not work: listed in `degraded`, with why where it is known. True when it
    /// was not listed yet.
    fn degrade(&mut self, name: &'static str, why: Option<String>) -> bool {
        if let Some(why) = why {
            self.degraded_why.insert(name, why);
        }
        self.degraded.insert(name)
    }

    /// `name` works again: out of `degraded`, and its why with it. True when it was listed.
    fn restored(&mut self, name: &'static str) -> bool {
        self.degraded_why.remove(name);
        self.degraded.remove(name)
    }

    /// A channel came or went: `status` lists what is missing.
    fn channel(&mut self, channel: Channel, up: bool) {
        if channel == Channel::Tray {
            self.tray_host = up;
        }
        let changed = if up {
            self.restored(channel.name())
        } else {
            self.degrade(channel.name(), None)
        };
        if changed {
            match (channel, up) {
                (Channel::Notifications, true) => tracing::info!("notifications work again"),
                (Channel::Notifications, false) => tracing::warn!("no notification server"),
                (Channel::Tray, true) => tracing::info!("tray icon shown by a tray host"),
                (Channel::Tray, false) => tracing::info!("no tray host shows the icon"),
                (Channel::Sound, true) => tracing::info!("a sound server plays the cues"),
                (Channel::Sound, false) => {
                    tracing::info!("no sound server: breaks run silently")
                }
            }
        }
    }
}
