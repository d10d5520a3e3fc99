//! The engine: the one thread that owns the scheduler. It sleeps until the scheduler's next
//! deadline or until something arrives (a request, a notification answer, a menu click, a
//! session event), takes a fresh idle sample, steps the scheduler and carries out the
//! effects: history lines, notifications, the tray.

use super::memory::{Earlier, remember_suggestions};
use super::notify::{Answer, BREAK_KEY, Notifier, Prompt, STATS_KEY};
use super::session::SessionEvent;
use super::text;
use super::tray::{PauseChoice, Tray, TrayAction};
use crate::config::{self, Settings};
use crate::core::calendar::next_morning;
use crate::core::exercise::{Exercise, Kind};
use crate::core::history::{Event, EventKind};
use crate::core::presence::Sample;
use crate::core::reminder::{Reminder, ReminderKind};
use crate::core::scheduler::{Command, Effect, Handled, PauseLength, Scheduler};
use crate::core::status::PhaseName;
use crate::core::variety::{Filter, Leanings, Variety};
use crate::core::{Time, TimeDelta, humane};
use crate::ipc::{DaemonStatus, ErrorCode, Reply, Request};
use crate::platform::clock::Clock;
use crate::platform::idle::IdleSource;
use crate::platform::paths::Paths;
use crate::store::exercises::Library;
use crate::store::history::HistoryLog;
use chrono::Local;
use notify_rust::Urgency;
use std::collections::BTreeSet;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

/// Everything that can wake the engine.
#[derive(Debug)]
pub enum Input {
    Request(Request, Sender<Reply>),
    /// A notification was shown (or could not be).
    Notified {
        key: u64,
        result: Result<(), String>,
    },
    Answer {
        key: u64,
        answer: Answer,
    },
    Tray(TrayAction),
    Session(SessionEvent),
    /// Start-up checks of the desktop's channels.
    Probed(Probe),
    ConfigChanged,
    /// SIGTERM / SIGINT.
    Quit,
}

/// What the start-up probe found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Probe {
    pub notifications: bool,
    pub tray_host: bool,
}

/// The engine's parts, handed over by `daemon::run`.
pub struct Parts<'a> {
    pub clock: &'a dyn Clock,
    pub paths: Paths,
    pub idle: Option<Box<dyn IdleSource>>,
    pub notifier: Notifier,
    pub tray: Option<Tray>,
    pub settings: Settings,
    pub library: Library,
    pub probes: super::busy::Probes,
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
    notifier: Notifier,
    tray: Option<Tray>,
    tray_host: bool,
    degraded: BTreeSet<&'static str>,
    library: Library,
    probes: super::busy::Probes,
    /// An autostart entry exists (checked when it is written or removed, not on every tick).
    autostart: bool,
    /// Why reminders hold back at the newest sample, for `status`.
    busy: Option<&'static str>,
    variety: Variety,
    /// What the variety engine and the check-ins learn from (`core::body::remembered`).
    body: Vec<Event>,
    /// The movement suggestion of the reminder showing (or the break running).
    current: Exercise,
    quitting: bool,
}

impl<'a> Engine<'a> {
    pub fn new(parts: Parts<'a>) -> Engine<'a> {
        let history = HistoryLog::new(parts.paths.history_file());
        let mut variety = Variety::new(
            u64::from(parts.clock.now().timestamp_subsec_nanos()) ^ u64::from(std::process::id()),
        );
        let now = parts.clock.now();
        let earlier = Earlier::read(&history, now);
        remember_suggestions(&mut variety, &earlier.suggested, &parts.library);
        let body = earlier.body;
        let idle_name = parts.idle.as_ref().map_or("none", |s| s.name());
        let mut degraded = BTreeSet::new();
        if parts.idle.is_none() {
            degraded.insert("idle");
        }
        let mut scheduler = Scheduler::new(parts.settings, now);
        // A pause survives a restart.
        if let Some(until) = crate::core::history::pause_in_force(earlier.pause.as_slice(), now) {
            scheduler.restore_pause(until);
            tracing::info!("still paused from before the restart");
        }
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
            degraded,
            variety,
            body,
            current: parts
                .library
                .exercises
                .first()
                .cloned()
                .unwrap_or_else(fallback),
            library: parts.library,
            probes: parts.probes,
            busy: None,
            autostart: false,
            quitting: false,
            paths: parts.paths,
        }
    }

    /// Runs until asked to quit; closes the open stretch and flushes history on the way out.
    pub fn run(&mut self, inputs: &Receiver<Input>) {
        self.apply_autostart();
        self.tick();
        while !self.quitting {
            let wait = self.wait();
            match inputs.recv_timeout(wait) {
                Ok(input) => self.on(input),
                Err(RecvTimeoutError::Timeout) => self.tick(),
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        let sample = self.sample(self.clock.now());
        let effects = self.scheduler.shutdown(sample);
        self.apply(effects);
        self.notifier.withdraw(BREAK_KEY);
        tracing::info!("stopped");
    }

    /// How long to sleep: until the scheduler's deadline, or a minute while a tray host shows
    /// the sitting time.
    fn wait(&self) -> Duration {
        let now = self.clock.now();
        let mut deadline = self.scheduler.next_deadline();
        if self.tray_host && self.tray.is_some() && !self.scheduler.status().paused {
            deadline = deadline.min(now + TimeDelta::minutes(1));
        }
        // Outside working hours, wake when they begin.
        let hours = &self.scheduler.settings().working_hours;
        if let Some(opening) =
            crate::core::hours::next_opening(hours, now.with_timezone(&Local).naive_local())
            && !crate::core::hours::is_open(hours, now.with_timezone(&Local).naive_local())
        {
            let opening =
                crate::core::calendar::resolve_local(&Local, opening.date(), opening.time());
            deadline = deadline.min(opening);
        }
        (deadline - now).to_std().unwrap_or(Duration::ZERO)
    }

    fn sample(&mut self, at: Time) -> Sample {
        let idle = match self.idle.as_mut().map(|s| s.idle()) {
            None => None,
            Some(Ok(idle)) => {
                if self.degraded.remove("idle") {
                    tracing::info!("idle source {} answers again", self.idle_name);
                }
                Some(TimeDelta::from_std(idle).unwrap_or(TimeDelta::MAX))
            }
            Some(Err(e)) => {
                if self.degraded.insert("idle") {
                    tracing::warn!(
                        "idle source {} failed: {e}; counting by time",
                        self.idle_name
                    );
                }
                None
            }
        };
        Sample {
            at,
            idle,
            locked: self.locked,
            quiet: self.quiet(at),
        }
    }

    /// Whether reminders hold back now: outside working hours, or busy (see `busy.rs`).
    fn quiet(&mut self, at: Time) -> crate::core::presence::Quiet {
        use crate::core::presence::Quiet;
        let hours = &self.scheduler.settings().working_hours;
        if !crate::core::hours::is_open(hours, at.with_timezone(&Local).naive_local()) {
            self.busy = Some("outside working hours");
            return Quiet::OffHours;
        }
        let busy = self.probes.check();
        if busy != self.busy {
            match busy {
                Some(reason) => tracing::info!("busy ({reason}): breaks wait"),
                None => tracing::info!("no longer busy"),
            }
        }
        self.busy = busy;
        if busy.is_some() {
            Quiet::Busy
        } else {
            Quiet::No
        }
    }

    fn tick(&mut self) {
        let sample = self.sample(self.clock.now());
        let effects = self.scheduler.observe(sample);
        self.apply(effects);
    }

    fn command(&mut self, command: Command) -> Result<(), String> {
        self.tick();
        let Handled { effects, result } = self.scheduler.handle(self.clock.now(), command);
        self.apply(effects);
        result.map_err(|refusal| refusal.to_string())
    }

    fn on(&mut self, input: Input) {
        match input {
            Input::Request(request, reply) => {
                let answer = self.request(request);
                let _ = reply.send(answer);
            }
            Input::Notified { key, result } => match result {
                Ok(()) => {
                    if self.degraded.remove("notifications") {
                        tracing::info!("notifications work again");
                    }
                }
                Err(e) => {
                    if self.degraded.insert("notifications") {
                        tracing::warn!("cannot show notification {key}: {e}");
                    }
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
            Input::Probed(probe) => {
                self.tray_host = probe.tray_host;
                if !probe.notifications {
                    self.degraded.insert("notifications");
                }
                if !probe.tray_host {
                    self.degraded.insert("tray");
                }
                tracing::info!(
                    "channels: notifications {}, tray host {}",
                    if probe.notifications { "yes" } else { "no" },
                    if probe.tray_host { "yes" } else { "no" }
                );
            }
            Input::ConfigChanged => {
                self.reload();
                self.library = load_library(&self.paths);
                self.apply_autostart();
            }
            Input::Quit => self.quitting = true,
        }
    }

    fn answer(&mut self, key: u64, answer: Answer) {
        tracing::info!("notification {key} answered: {answer:?}");
        let command = match answer {
            Answer::Start => Command::StartBreak,
            Answer::Snooze => Command::Snooze(None),
            Answer::Skip => Command::Skip,
            Answer::Done => Command::CompleteBreak,
        };
        if let Err(refusal) = self.command(command) {
            tracing::info!("answer {answer:?} to {key} came too late: {refusal}");
        } else if answer == Answer::Start {
            self.guide_break();
        }
    }

    fn tray_action(&mut self, action: TrayAction) {
        let request = match action {
            TrayAction::BreakNow => Request::Break {
                now: true,
                window: false,
            },
            TrayAction::Pause(PauseChoice::Minutes(m)) => Request::Pause {
                secs: Some(u64::from(m) * 60),
                until_tomorrow: false,
            },
            TrayAction::Pause(PauseChoice::UntilTomorrow) => Request::Pause {
                secs: None,
                until_tomorrow: true,
            },
            TrayAction::Resume => Request::Resume,
            TrayAction::Settings => Request::Settings,
            TrayAction::Statistics => {
                if open_window(&["stats"]) {
                    return;
                }
                // Without a desktop: the last days in a notification.
                let text = self.stats_text();
                self.notifier.show(Prompt {
                    key: STATS_KEY,
                    summary: "knotless: your last days".to_owned(),
                    body: text,
                    actions: Vec::new(),
                    default: None,
                    urgency: Urgency::Low,
                    expire: Some(Duration::from_secs(30)),
                    give_up_after: Duration::from_secs(40),
                });
                return;
            }
            TrayAction::Quit => {
                self.quitting = true;
                return;
            }
        };
        let reply = self.request(request);
        if !reply.ok {
            tracing::info!("tray: {}", reply.message);
        }
    }

    /// Answers one request of the control protocol.
    pub fn request(&mut self, request: Request) -> Reply {
        let refused = |m: String| Reply::error(ErrorCode::Refused, m);
        match request {
            Request::Hello => {
                self.tick();
                Reply::ok(format!("knotless is running (pid {})", std::process::id()))
                    .with_status(self.status())
            }
            Request::Status => {
                self.tick();
                Reply::ok("").with_status(self.status())
            }
            Request::Pause {
                secs,
                until_tomorrow,
            } => {
                let now = self.clock.now();
                let length = match (secs, until_tomorrow) {
                    (Some(secs), _) => PauseLength::For(TimeDelta::seconds(
                        i64::try_from(secs)
                            .unwrap_or(i64::MAX / 4)
                            .min(366 * 86_400),
                    )),
                    (None, true) => PauseLength::Until(next_morning(
                        now,
                        &Local,
                        self.scheduler.settings().schedule.morning,
                    )),
                    (None, false) => PauseLength::Indefinitely,
                };
                match self.command(Command::Pause(length)) {
                    Ok(()) => {
                        self.withdraw_all();
                        let status = self.status();
                        Reply::ok(match status.core.paused_until {
                            Some(until) => format!(
                                "Paused until {}.",
                                until.with_timezone(&Local).format("%a %H:%M")
                            ),
                            None => "Paused until you resume.".to_owned(),
                        })
                        .with_status(status)
                    }
                    Err(m) => refused(m),
                }
            }
            Request::Resume => match self.command(Command::Resume) {
                Ok(()) => Reply::ok("Reminders are back on.").with_status(self.status()),
                Err(m) => refused(m),
            },
            Request::Snooze { secs } => {
                let length = secs.map(|s| TimeDelta::seconds(i64::try_from(s).unwrap_or(0)));
                match self.command(Command::Snooze(length)) {
                    Ok(()) => {
                        let status = self.status();
                        Reply::ok(format!(
                            "Snoozed; the break comes back in {}.",
                            text::minutes(status.core.next_movement_in_secs)
                        ))
                        .with_status(status)
                    }
                    Err(m) => refused(m),
                }
            }
            Request::Skip => match self.command(Command::Skip) {
                Ok(()) => Reply::ok("Skipped this movement break.").with_status(self.status()),
                Err(m) => refused(m),
            },
            Request::Break { window, .. } => {
                // A break asked for between reminders gets a fresh suggestion.
                let showing = matches!(
                    self.scheduler.status().phase,
                    PhaseName::Prompting | PhaseName::Snoozed
                );
                if !showing && self.scheduler.status().phase != PhaseName::OnBreak {
                    self.suggest(None);
                }
                self.start_break(!window)
            }
            Request::Feedback { exercise, feeling } => {
                self.note(EventKind::Feedback { exercise, feeling });
                Reply::ok("Thanks: noted.")
            }
            Request::Checkin { areas } => {
                self.note(EventKind::Checkin { areas });
                Reply::ok("Check-in saved.")
            }
            Request::Advised { region, kind } => {
                self.note(EventKind::Advised { region, kind });
                Reply::ok("Noted.")
            }
            Request::Switch { exercise } => match self.library.get(&exercise) {
                Some(e) => {
                    self.current = e.clone();
                    self.note(EventKind::Suggested { id: None, exercise });
                    self.variety.remember(&self.current);
                    Reply::ok(format!("Now: {}", self.current.title))
                }
                None => refused(format!("no exercise is called {exercise}")),
            },
            Request::Done => match self.command(Command::CompleteBreak) {
                Ok(()) => Reply::ok("Break done. Well moved.").with_status(self.status()),
                Err(m) => refused(m),
            },
            Request::Settings => self.open_settings(),
            Request::Stats => Reply::ok(self.stats_text()),
            // The caller stops the engine once this reply is delivered (`Input::Quit`).
            Request::Quit => Reply::ok("knotless stopped."),
        }
    }

    fn status(&self) -> DaemonStatus {
        let core = self.scheduler.status();
        let exercise = matches!(
            core.phase,
            PhaseName::Prompting | PhaseName::Snoozed | PhaseName::OnBreak
        )
        .then(|| self.current.id.clone());
        DaemonStatus {
            core,
            degraded: self.degraded.iter().map(|d| (*d).to_owned()).collect(),
            idle_source: self.idle_name.to_owned(),
            busy: self.busy.map(str::to_owned),
            exercise,
            autostart: self.autostart,
            pid: std::process::id(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
        }
    }

    fn apply(&mut self, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::Record(event) => {
                    if matches!(
                        event.kind,
                        EventKind::BreakCompleted { .. } | EventKind::BreakAbandoned { .. }
                    ) {
                        self.notifier.withdraw(BREAK_KEY);
                    }
                    tracing::debug!("event: {}", event.kind.name());
                    self.record(event);
                }
                Effect::Show(reminder) => self.show(&reminder),
                Effect::Withdraw(id) => self.notifier.withdraw(id),
            }
        }
        self.flush();
        self.show_tray();
    }

    /// Keeps `event` for the next write (and for what the engine learns from, which lets go
    /// of what has aged out).
    fn record(&mut self, event: Event) {
        if crate::core::body::is_bodily(&event.kind) {
            let now = event.at;
            self.body.retain(|e| crate::core::body::remembered(e, now));
            self.body.push(event.clone());
        }
        self.unsaved.push(event);
    }

    /// Records what the user told a window, at once.
    fn note(&mut self, kind: EventKind) {
        let at = self.clock.now();
        self.record(Event { at, kind });
        self.flush();
    }

    /// Writes what has not been written yet; on failure keeps it for the next step.
    fn flush(&mut self) {
        if self.unsaved.is_empty() {
            return;
        }
        match self.history.append(&self.unsaved, &Local) {
            Ok(()) => self.unsaved.clear(),
            Err(e) => tracing::error!(
                "cannot write history ({} events kept, retried at the next step): {e}",
                self.unsaved.len()
            ),
        }
    }

    fn show_tray(&mut self) {
        if self.tray.is_some() {
            let status = self.status();
            if let Some(tray) = self.tray.as_mut() {
                tray.show(&status);
            }
        }
    }

    fn show(&mut self, reminder: &Reminder) {
        let settings = self.scheduler.settings();
        let wants_answer = reminder.wants_answer();
        if wants_answer && !is_snoozed_again(reminder, settings) {
            self.suggest(Some(reminder.id));
        }
        // Once a week a micro-pause is the desk check (chair, back support, screen, feet).
        let now = self.clock.now();
        let desk = (reminder.kinds.contains(&ReminderKind::MicroPause)
            && crate::core::body::desk_check_due(&self.body, now))
        .then(|| self.library.get(crate::core::body::DESK_CHECK).cloned())
        .flatten();
        let nudge = |kind| match (&desk, kind) {
            (Some(e), ReminderKind::MicroPause) => text::checklist(e),
            _ => self.nudge(kind, reminder.id),
        };
        let (summary, body) = text::reminder(reminder, &self.current, &nudge);
        if desk.is_some() {
            self.record(Event {
                at: now,
                kind: EventKind::Advised {
                    region: crate::core::exercise::Region::WholeBody,
                    kind: crate::core::body::DESK_CHECK.to_owned(),
                },
            });
        }
        let settings = self.scheduler.settings();
        let mut actions = Vec::new();
        if wants_answer {
            actions.push((Answer::Start, "Start break".to_owned()));
            if reminder.snoozes_left > 0 {
                actions.push((
                    Answer::Snooze,
                    format!("Snooze {}", text::minutes(whole(settings.movement.snooze))),
                ));
            }
            actions.push((Answer::Skip, "Skip".to_owned()));
        }
        let answer_within = settings.schedule.answer_within.to_std().unwrap_or_default();
        tracing::info!("showing reminder {} ({})", reminder.id, summary);
        self.notifier.show(Prompt {
            key: reminder.id,
            summary,
            body,
            actions,
            default: wants_answer.then_some(Answer::Start),
            urgency: if wants_answer && !reminder.gentle {
                Urgency::Normal
            } else {
                Urgency::Low
            },
            expire: (!wants_answer).then_some(Duration::from_secs(20)),
            give_up_after: if wants_answer {
                answer_within + Duration::from_secs(30)
            } else {
                Duration::from_secs(30)
            },
        });
    }

    /// A movement reminder that could not be shown as a notification is asked in the break
    /// window instead (Start break / Snooze / Skip), on a desktop.
    fn ask_in_window(&mut self, key: u64) {
        // Still the one waiting for an answer (not answered, missed or replaced meanwhile).
        if self.scheduler.showing_id() == Some(key) && open_window(&["break", "--prompt"]) {
            tracing::info!("reminder {key}: asking in the break window");
        }
    }

    /// Guides the running break: the break window (a UI process of this binary) on a
    /// desktop, else a notification with the steps and Done.
    fn guide_break(&mut self) {
        if !open_window(&["break"]) {
            self.show_break();
        }
    }

    /// The "break running" notification: the steps, and Done.
    fn show_break(&mut self) {
        let s = &self.current;
        let length = self.scheduler.settings().movement.length;
        self.notifier.show(Prompt {
            key: BREAK_KEY,
            summary: format!("Break · {} ({})", s.title, humane(length)),
            body: text::steps(s),
            actions: vec![(Answer::Done, "Done".to_owned())],
            default: None,
            urgency: Urgency::Normal,
            expire: None,
            give_up_after: (length + crate::core::scheduler::BREAK_GRACE)
                .to_std()
                .unwrap_or_default(),
        });
    }

    fn withdraw_all(&mut self) {
        // Pausing withdraws what the scheduler withdrew; the break notification goes too.
        self.notifier.withdraw(BREAK_KEY);
    }

    /// A hand edit of the config: applied when the whole file is good; a broken edit is
    /// reported and the settings in force stay (at start-up, bad keys take their defaults).
    fn reload(&mut self) {
        let path = self.paths.config_file();
        let settings = match config::load_file(&path) {
            Ok(Some(loaded)) if !loaded.problems.is_empty() => {
                for problem in &loaded.problems {
                    tracing::warn!("{}:{problem}", path.display());
                }
                tracing::warn!(
                    "{} has problems; keeping the settings in force until it is fixed \
                     (`knotless config check` lists them)",
                    path.display()
                );
                return;
            }
            Ok(Some(loaded)) => loaded.settings,
            Ok(None) => Settings::default(),
            Err(e) => {
                tracing::warn!(
                    "cannot read {}: {e}; keeping the settings in force",
                    path.display()
                );
                return;
            }
        };
        if &settings != self.scheduler.settings() {
            tracing::info!("settings reloaded");
            // Time so far under the old settings, then a fresh look under the new ones
            // (working hours or intervals may make a break due right now).
            self.tick();
            self.scheduler.reconfigure(settings);
            self.tick();
        }
    }

    /// Writes or removes the login entry to match `[startup] autostart`.
    fn apply_autostart(&mut self) {
        use crate::platform::autostart::{Change, apply};
        let file = self.paths.autostart_file();
        let wanted = self.scheduler.settings().startup.autostart;
        let exe = match std::env::current_exe() {
            Ok(exe) => exe,
            Err(e) => {
                tracing::warn!("autostart: cannot tell where knotless is installed: {e}");
                self.autostart = crate::platform::autostart::enabled(&file);
                return;
            }
        };
        match apply(&file, wanted, &exe) {
            Ok(Change::Written) => tracing::info!("autostart: wrote {}", file.display()),
            Ok(Change::Removed) => tracing::info!("autostart: removed {}", file.display()),
            Ok(Change::Unchanged) => {}
            Err(e) => tracing::warn!("autostart: cannot update {}: {e}", file.display()),
        }
        self.autostart = crate::platform::autostart::enabled(&file);
    }

    fn open_settings(&mut self) -> Reply {
        if open_window(&["settings"]) {
            return Reply::ok("Opened the settings window.");
        }
        match crate::commands::open_settings(&self.paths) {
            Ok(message) => Reply::ok(message),
            Err(e) => Reply::error(ErrorCode::Failed, e.to_string()),
        }
    }

    /// Starts the break; `guide` shows its steps (window or notification) from here.
    fn start_break(&mut self, guide: bool) -> Reply {
        match self.command(Command::StartBreak) {
            Ok(()) => {
                if guide {
                    self.guide_break();
                }
                let s = &self.current;
                Reply::ok(format!("Break started: {}\n{}", s.title, text::steps(s)))
                    .with_status(self.status())
            }
            Err(m) => Reply::error(ErrorCode::Refused, m),
        }
    }

    /// Picks the next movement suggestion and records it.
    fn suggest(&mut self, id: Option<u64>) {
        self.current = self.next_exercise();
        self.record(Event {
            at: self.clock.now(),
            kind: EventKind::Suggested {
                id,
                exercise: self.current.id.clone(),
            },
        });
        self.flush();
    }

    /// The next movement suggestion from the variety engine: what fits the break length,
    /// the equipment and positions of `[suggestions]`; if nothing does, the length is let go,
    /// then everything but the exclusions.
    fn next_exercise(&mut self) -> Exercise {
        let settings = self.scheduler.settings();
        let s = &settings.suggestions;
        let length = u32::try_from(whole(settings.movement.length)).unwrap_or(u32::MAX);
        let strict = Filter::from_suggestions(s, Some(length));
        let any_length = Filter::from_suggestions(s, None);
        let anything = Filter {
            exclude: s.exclude.clone(),
            ..Filter::anything()
        };
        let leanings = Leanings::from_history(s, &self.body, self.clock.now());
        // However far the filter is let go, no self-massage where a warning sign stands.
        let no_massage = crate::core::body::red_flagged(&self.body);
        for filter in [strict, any_length, anything].map(|f| f.without_massage(no_massage.clone()))
        {
            if let Some(e) = self
                .variety
                .pick(&self.library.exercises, &filter, &leanings)
            {
                return e.clone();
            }
        }
        fallback()
    }

    /// The line a micro-pause or hydration reminder adds: a short posture or eye exercise, or
    /// a hydration one, taking turns.
    fn nudge(&self, kind: ReminderKind, turn: u64) -> String {
        let wanted: &[Kind] = match kind {
            ReminderKind::MicroPause => &[Kind::Posture, Kind::Eyes],
            ReminderKind::Hydration => &[Kind::Hydration],
            ReminderKind::Movement => &[],
        };
        let choices: Vec<&Exercise> = self
            .library
            .exercises
            .iter()
            .filter(|e| wanted.contains(&e.kind) && e.total_secs() <= 60)
            // The desk check has its own weekly turn.
            .filter(|e| e.id != crate::core::body::DESK_CHECK)
            .collect();
        if choices.is_empty() {
            return match kind {
                ReminderKind::Hydration => "Have a few sips of water.".to_owned(),
                _ => {
                    "Sit back, let your shoulders drop, and look far away for a moment.".to_owned()
                }
            };
        }
        let e = choices[usize::try_from(turn).unwrap_or(0) % choices.len()];
        format!("{}: {}", e.title, e.summary)
    }

    fn stats_text(&self) -> String {
        let events = match self.history.read() {
            Ok(contents) => contents.events(),
            Err(e) => return format!("cannot read history: {e}"),
        };
        let mut lines: Vec<String> = crate::commands::last_days(&events, self.clock.now(), 7)
            .iter()
            .map(crate::core::stats::day_line)
            .collect();
        if lines.is_empty() {
            lines.push("No finished days in the last week yet.".to_owned());
        }
        lines.push(format!("Now: {}", text::tooltip(&self.status())));
        lines.join("\n")
    }
}

/// Opens one of this binary's windows where there is a desktop; false (logged when it
/// failed) where it could not, so the caller falls back.
pub(super) fn open_window(args: &[&str]) -> bool {
    if !crate::commands::has_desktop() {
        return false;
    }
    match crate::platform::spawn_window(args) {
        Ok(()) => true,
        Err(e) => {
            tracing::warn!("cannot open the window `knotless {}`: {e}", args.join(" "));
            false
        }
    }
}

/// What is suggested if the library has nothing at all (it always has its built-ins).
fn fallback() -> Exercise {
    Exercise {
        id: "walk".into(),
        title: "A short walk".into(),
        summary: "Stand up and walk at an easy pace for a minute.".into(),
        regions: vec![crate::core::exercise::Region::WholeBody],
        kind: Kind::Walk,
        position: crate::core::exercise::Position::Standing,
        equipment: Vec::new(),
        steps: vec![crate::core::exercise::Step {
            text: "Stand up and walk at an easy pace for a minute.".into(),
            seconds: 60,
        }],
        cautions: Vec::new(),
        frames: Vec::new(),
    }
}

fn whole(d: TimeDelta) -> u64 {
    crate::core::whole_secs(d)
}

/// A reminder shown again after a snooze keeps its suggestion.
fn is_snoozed_again(reminder: &Reminder, settings: &Settings) -> bool {
    reminder.snoozes_left < settings.movement.max_snoozes
}

/// Reads the settings for the daemon: problems are logged and those keys keep their
/// defaults; `None` when the file cannot be read at all (keep what is in force).
pub fn load_settings(path: &std::path::Path) -> Option<Settings> {
    match config::load_file(path) {
        Ok(Some(loaded)) => {
            for problem in &loaded.problems {
                tracing::warn!("{}:{problem} (using the default for it)", path.display());
            }
            Some(loaded.settings)
        }
        Ok(None) => Some(Settings::default()),
        Err(e) => {
            tracing::warn!("cannot read {}: {e}", path.display());
            None
        }
    }
}

/// The built-in exercises plus the user's own (problems with those are logged and skipped).
pub fn load_library(paths: &Paths) -> Library {
    let dir = paths.exercises_dir();
    let (library, problems) = Library::load(&dir);
    for p in problems {
        tracing::warn!("exercise {p} (skipped)");
    }
    library
}
