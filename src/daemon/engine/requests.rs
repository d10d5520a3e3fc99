//! Answering: requests of the control protocol, menu clicks in the tray and answers on
//! notifications, each turned into a scheduler command and a reply in the user's words.

use super::{Engine, HISTORY};
use crate::daemon::ports::{Answer, Prompt, STATS_KEY, Urgency, Window};
use crate::daemon::ports::{PauseChoice, TrayAction};
use crate::daemon::text;
use crate::ipc::{DaemonStatus, ErrorCode, Reply, Request};
use chrono::Local;
use knotless_core::TimeDelta;
use knotless_core::calendar::next_morning;
use knotless_core::history::{BreakAnswer, EventKind, How};
use knotless_core::scheduler::{Command, Handled, PauseLength, Refusal};
use knotless_core::status::PhaseName;
use knotless_i18n::format::{Pattern, format};
use knotless_i18n::t;
use std::time::Duration;

/// The reply to a command the scheduler refused, in the user's words (the refusal's own
/// `Display` is English, for the log).
fn refused(r: Refusal) -> Reply {
    let why = match r {
        Refusal::NothingToSnooze => t!("daemon-refused-nothing-to-snooze"),
        Refusal::NoSnoozesLeft(times) => t!("daemon-refused-no-snoozes-left", times = times),
        Refusal::NoBreakRunning => t!("daemon-refused-no-break-running"),
        Refusal::AlreadyOnBreak => t!("daemon-refused-already-on-break"),
        Refusal::NotPaused => t!("daemon-refused-not-paused"),
        Refusal::PauseInPast => t!("daemon-refused-pause-in-past"),
        Refusal::StandingOff => t!("daemon-refused-standing-off"),
        Refusal::AlreadyStanding => t!("daemon-refused-already-standing"),
        Refusal::AlreadySitting => t!("daemon-refused-already-sitting"),
        Refusal::NotANudge => t!("daemon-refused-not-a-nudge"),
    };
    Reply::error(ErrorCode::Refused, why)
}

impl Engine<'_> {
    /// Answers one request of the control protocol. An answer whose events could not be
    /// written says so: history is acknowledged only once it is on disk.
    pub fn request(&mut self, request: Request) -> Reply {
        let mut reply = self.reply_to(request);
        if let Some(why) = self.degraded_why.get(HISTORY)
            && !self.unsaved.is_empty()
            && reply.ok
        {
            let unsaved = t!("daemon-reply-not-in-history", why = why.as_str());
            reply.message = format!("{}\n{unsaved}", reply.message)
                .trim_start()
                .to_owned();
        }
        reply
    }

    fn reply_to(&mut self, request: Request) -> Reply {
        match request {
            Request::Hello => {
                self.tick();
                Reply::ok(t!("daemon-reply-running", pid = std::process::id()))
                    .with_status(self.status())
            }
            Request::Status => {
                self.tick();
                Reply::ok("").with_status(self.status())
            }
            Request::Pause {
                secs,
                until_tomorrow,
            } => self.pause(secs, until_tomorrow),
            Request::Resume => match self.command(Command::Resume) {
                Ok(()) => Reply::ok(t!("daemon-reply-resumed")).with_status(self.status()),
                Err(r) => refused(r),
            },
            Request::Snooze { secs } => self.snooze(secs),
            Request::Skip => match self.command(Command::Skip) {
                Ok(()) => Reply::ok(t!("daemon-reply-skipped")).with_status(self.status()),
                Err(r) => refused(r),
            },
            Request::Break { window, .. } => self.break_now(window),
            Request::Feedback { exercise, feeling } => {
                self.note(EventKind::Feedback { exercise, feeling });
                Reply::ok(t!("daemon-reply-feedback"))
            }
            Request::Checkin { areas } => {
                self.note(EventKind::Checkin { areas });
                Reply::ok(t!("daemon-reply-checkin"))
            }
            Request::Advised { region, kind } => {
                self.note(EventKind::Advised { region, kind });
                Reply::ok(t!("daemon-reply-advised"))
            }
            Request::Switch { exercise } => self.switch(exercise),
            Request::Answer {
                answer,
                how,
                steps_done,
                steps,
            } => self.answer_break(answer, how, Some(steps_done), Some(steps)),
            Request::Done => match self.command(Command::CompleteBreak) {
                Ok(()) => Reply::ok(t!("daemon-reply-done")).with_status(self.status()),
                Err(r) => refused(r),
            },
            Request::Stand => self.stand(),
            Request::Sit => self.sit(),
            Request::Settings => self.open_settings(),
            Request::Stats => Reply::ok(self.stats_text()),
            // The caller stops the engine once this reply is delivered (`Input::Quit`).
            Request::Quit => Reply::ok(t!("daemon-reply-quit")),
        }
    }

    /// `pause`: for a while, until tomorrow morning or until resumed.
    fn pause(&mut self, secs: Option<u64>, until_tomorrow: bool) -> Reply {
        match self.command(Command::Pause(self.pause_length(secs, until_tomorrow))) {
            Ok(()) => {
                // Pausing withdraws what the scheduler withdrew; the break notification
                // goes too.
                self.notifier.withdraw(crate::daemon::ports::BREAK_KEY);
                let status = self.status();
                Reply::ok(match status.core.paused_until {
                    Some(until) => t!(
                        "daemon-reply-paused-until",
                        time = format(
                            until.with_timezone(&Local).naive_local(),
                            Pattern::WeekdayTime
                        )
                    ),
                    None => t!("daemon-reply-paused"),
                })
                .with_status(status)
            }
            Err(r) => refused(r),
        }
    }

    /// `snooze`: the break comes back after `secs` (or `[movement] snooze`).
    fn snooze(&mut self, secs: Option<u64>) -> Reply {
        let length = secs.map(|s| TimeDelta::seconds(i64::try_from(s).unwrap_or(0)));
        match self.command(Command::Snooze(length)) {
            Ok(()) => {
                let status = self.status();
                Reply::ok(t!(
                    "daemon-reply-snoozed",
                    left = text::minutes(status.core.next_movement_in_secs)
                ))
                .with_status(status)
            }
            Err(r) => refused(r),
        }
    }

    /// `break`: a break now, in the window unless `window` is false.
    fn break_now(&mut self, window: bool) -> Reply {
        // A break asked for between reminders gets a fresh suggestion.
        let phase = self.scheduler.status().phase;
        if !matches!(
            phase,
            PhaseName::Prompting | PhaseName::Snoozed | PhaseName::OnBreak
        ) {
            self.suggest(None);
        }
        self.start_break(!window)
    }

    /// *Another suggestion* in the break window: `exercise` instead of the current one.
    fn switch(&mut self, exercise: String) -> Reply {
        match self.library.get(&exercise) {
            Some(e) => {
                self.current = e.clone();
                self.note(EventKind::Suggested { id: None, exercise });
                self.variety.remember(&self.current);
                Reply::ok(t!(
                    "daemon-reply-switched",
                    title = self.current.title.as_str()
                ))
            }
            None => Reply::error(
                ErrorCode::Refused,
                t!("daemon-refused-no-such-exercise", id = exercise),
            ),
        }
    }

    /// `stand`: the sitting clock holds until `sit`.
    fn stand(&mut self) -> Reply {
        match self.command(Command::Stand) {
            Ok(()) => Reply::ok(t!(
                "daemon-reply-standing",
                sitting = text::minutes(self.scheduler.status().sitting_secs)
            ))
            .with_status(self.status()),
            Err(r) => refused(r),
        }
    }

    /// `sit`: the sitting clock goes on.
    fn sit(&mut self) -> Reply {
        match self.command(Command::Sit) {
            Ok(()) => {
                let status = self.status();
                let stood = self.scheduler.last_stand_secs();
                Reply::ok(t!(
                    "daemon-reply-sitting",
                    stood = text::minutes(stood),
                    sitting = text::minutes(status.core.sitting_secs)
                ))
                .with_status(status)
            }
            Err(r) => refused(r),
        }
    }

    fn pause_length(&self, secs: Option<u64>, until_tomorrow: bool) -> PauseLength {
        match (secs, until_tomorrow) {
            (Some(secs), _) => PauseLength::For(TimeDelta::seconds(
                i64::try_from(secs)
                    .unwrap_or(i64::MAX / 4)
                    .min(366 * 86_400),
            )),
            (None, true) => PauseLength::Until(next_morning(
                self.clock.now(),
                &Local,
                self.scheduler.settings().schedule.morning,
            )),
            (None, false) => PauseLength::Indefinitely,
        }
    }

    /// Runs a scheduler command on a fresh sample and carries out its effects.
    pub(super) fn command(&mut self, command: Command) -> Result<(), Refusal> {
        self.tick();
        let Handled { effects, result } = self.scheduler.handle(self.clock.now(), command);
        self.apply(effects);
        result
    }

    pub(super) fn answer(&mut self, key: u64, answer: Answer) {
        tracing::info!("notification {key} answered: {answer:?}");
        let command = match answer {
            Answer::Start => Command::StartBreak,
            Answer::Snooze => Command::Snooze(None),
            Answer::Skip => Command::Skip,
            Answer::Done => Command::CompleteBreak,
            Answer::Stand => Command::Stand,
            Answer::Sit => Command::Sit,
            Answer::Later => match self.posture_nudge {
                Some((id, kind)) if id == key => Command::Later(kind),
                _ => {
                    tracing::info!("\"later\" on {key}, which is no longer the posture nudge");
                    return;
                }
            },
        };
        if let Err(refusal) = self.command(command) {
            tracing::info!("answer {answer:?} to {key} came too late: {refusal}");
        } else if answer == Answer::Start {
            self.guide_break();
        }
    }

    /// The break window's answer (or the daemon's for a window that went without one):
    /// the scheduler's command, then `answered` saying how. Only while a movement break is
    /// asked about or running: a window whose break was answered elsewhere must not skip
    /// the next one.
    pub(super) fn answer_break(
        &mut self,
        answer: BreakAnswer,
        how: How,
        steps_done: Option<u32>,
        steps: Option<u32>,
    ) -> Reply {
        self.tick();
        let phase = self.scheduler.status().phase;
        if !matches!(phase, PhaseName::Prompting | PhaseName::OnBreak) {
            return Reply::error(ErrorCode::Refused, t!("daemon-refused-answered-already"));
        }
        let skip = |engine: &mut Self| engine.command(Command::Skip).map(|()| BreakAnswer::Skipped);
        let done = match answer {
            BreakAnswer::Completed => self
                .command(Command::CompleteBreak)
                .map(|()| BreakAnswer::Completed),
            BreakAnswer::Snoozed => match self.command(Command::Snooze(None)) {
                Err(Refusal::NoSnoozesLeft(_)) => skip(self),
                other => other.map(|()| BreakAnswer::Snoozed),
            },
            BreakAnswer::Skipped => skip(self),
        };
        match done {
            Ok(answer) => {
                self.note(EventKind::Answered {
                    answer,
                    how,
                    steps_done,
                    steps,
                });
                let status = self.status();
                let message = match answer {
                    BreakAnswer::Completed => t!("daemon-reply-done"),
                    BreakAnswer::Snoozed => t!(
                        "daemon-reply-snoozed",
                        left = text::minutes(status.core.next_movement_in_secs)
                    ),
                    BreakAnswer::Skipped => t!("daemon-reply-skipped"),
                };
                Reply::ok(message).with_status(status)
            }
            Err(r) => refused(r),
        }
    }

    /// A window's process ended. A break window that went without answering (killed,
    /// crashed, its display gone) leaves no break running: it counts as closed, a snooze
    /// while snoozes are left, else a skip.
    pub(super) fn window_gone(&mut self, window: Window) {
        self.tick();
        let phase = self.scheduler.status().phase;
        let unanswered = match window {
            Window::Break => phase == PhaseName::OnBreak,
            Window::BreakPrompt => {
                phase == PhaseName::OnBreak
                    || (phase == PhaseName::Prompting
                        && self.asked_in_window.is_some()
                        && self.asked_in_window == self.scheduler.showing_id())
            }
            Window::Settings | Window::Stats | Window::Welcome | Window::Checkin => false,
        };
        if unanswered {
            tracing::info!("the break window ended without an answer: answering for it");
            let reply = self.answer_break(BreakAnswer::Snoozed, How::WindowGone, None, None);
            if !reply.ok {
                tracing::info!("cannot answer for the break window: {}", reply.message);
            }
        }
    }

    pub(super) fn tray_action(&mut self, action: TrayAction) {
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
            TrayAction::ToggleStanding => {
                if self.scheduler.posture() == knotless_core::presence::Posture::Standing {
                    Request::Sit
                } else {
                    Request::Stand
                }
            }
            TrayAction::Settings => Request::Settings,
            TrayAction::Statistics => {
                if !self.launcher.open(Window::Stats) {
                    self.show_stats_notification();
                }
                return;
            }
            TrayAction::Checkin => {
                if !self.launcher.open(Window::Checkin) {
                    tracing::info!("tray: no desktop for the check-in window");
                }
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

    /// Without a desktop: the last days in a notification.
    fn show_stats_notification(&mut self) {
        let body = self.stats_text();
        self.notifier.show(Prompt {
            key: STATS_KEY,
            summary: t!("notify-stats-title"),
            body,
            actions: Vec::new(),
            default: None,
            urgency: Urgency::Low,
            expire: Some(Duration::from_secs(30)),
            give_up_after: Duration::from_secs(40),
            sound: false,
        });
    }

    pub(super) fn status(&self) -> DaemonStatus {
        let core = self.scheduler.status();
        let exercise = matches!(
            core.phase,
            PhaseName::Prompting | PhaseName::Snoozed | PhaseName::OnBreak
        )
        .then(|| self.current.id.clone());
        DaemonStatus {
            core,
            degraded: self.degraded.iter().map(|d| (*d).to_owned()).collect(),
            degraded_why: self
                .degraded_why
                .iter()
                .map(|(name, why)| ((*name).to_owned(), why.clone()))
                .collect(),
            idle_source: self.idle_name.to_owned(),
            busy: self
                .meeting_note(self.clock.now())
                .or_else(|| self.busy.map(str::to_owned)),
            meeting_until: self.meeting_until(self.clock.now()),
            calendar_problems: self.calendar_problems(),
            exercise,
            autostart: self.autostart_on,
            pid: std::process::id(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
        }
    }

    fn open_settings(&mut self) -> Reply {
        if self.launcher.open(Window::Settings) {
            return Reply::ok(t!("daemon-reply-settings-opened"));
        }
        match crate::platform::settings_file::open(&self.paths) {
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
                Reply::ok(t!(
                    "daemon-reply-break-started",
                    title = s.title.as_str(),
                    steps = text::steps(s)
                ))
                .with_status(self.status())
            }
            Err(r) => refused(r),
        }
    }

    fn stats_text(&self) -> String {
        let events = match self.history.read() {
            Ok(contents) => contents.events(),
            Err(e) => return t!("daemon-stats-unreadable", error = e.to_string()),
        };
        let mut lines: Vec<String> =
            knotless_core::stats::last_days(&events, self.clock.now(), &Local, 7)
                .iter()
                .map(knotless_core::stats::day_line)
                .collect();
        if lines.is_empty() {
            lines.push(t!("daemon-stats-none"));
        }
        lines.push(t!(
            "daemon-stats-now",
            status = text::tooltip(&self.status())
        ));
        lines.join("\n")
    }

    /// The break notification's title: the exercise and the break length.
    pub(super) fn break_title(&self) -> String {
        let length = self.scheduler.settings().movement.length;
        t!(
            "notify-break-title",
            title = self.current.title.as_str(),
            length = text::length(knotless_core::whole_secs(length))
        )
    }
}
