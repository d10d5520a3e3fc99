//! Carrying out what the scheduler decided: history lines (kept until written), reminders
//! as notifications (with a suggestion picked by the core's policy), the break window or
//! the break notification, and the tray.

use super::{Engine, HISTORY};
use crate::daemon::ports::{Answer, BREAK_KEY, Prompt, Urgency, Window};
use crate::daemon::text;
use chrono::Local;
use knotless_core::history::{Event, EventKind};
use knotless_core::reminder::{Reminder, ReminderKind};
use knotless_core::scheduler::{Effect, HEADS_UP_KEY};
use knotless_core::settings::Settings;
use knotless_exercises::exercise::{Exercise, Region};
use knotless_exercises::holds::Holds;
use knotless_exercises::suggest::{Policy, loads_in};
use knotless_i18n::t;
use std::time::Duration;

impl Engine<'_> {
    pub(super) fn apply(&mut self, effects: Vec<Effect>) {
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
                Effect::HeadsUp { in_secs } => self.heads_up(in_secs),
            }
        }
        self.flush();
        self.show_tray();
    }

    /// Keeps `event` for the next write (and for what the engine learns from, which lets go
    /// of what has aged out).
    fn record(&mut self, event: Event) {
        if knotless_exercises::body::is_bodily(&event.kind) {
            let now = event.at;
            self.body
                .retain(|e| knotless_exercises::body::remembered(e, now));
            self.body.push(event.clone());
        }
        self.unsaved.push(event);
    }

    /// Records what the user told a window, at once.
    pub(super) fn note(&mut self, kind: EventKind) {
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
            Ok(()) => {
                self.unsaved.clear();
                if self.restored(HISTORY) {
                    tracing::info!("history is written again");
                }
            }
            Err(e) => {
                tracing::error!(
                    "cannot write history ({e}); {} events kept",
                    self.unsaved.len()
                );
                let why = t!(
                    "daemon-history-unwritten",
                    error = e.to_string(),
                    count = self.unsaved.len()
                );
                self.degrade(HISTORY, Some(why));
            }
        }
    }

    pub(super) fn show_tray(&mut self) {
        if self.tray.is_some() {
            let status = self.status();
            if let Some(tray) = self.tray.as_mut() {
                tray.show(&status);
            }
        }
    }

    fn show(&mut self, reminder: &Reminder) {
        let wants_answer = reminder.wants_answer();
        if wants_answer && !is_snoozed_again(reminder, self.scheduler.settings()) {
            self.suggest(Some(reminder.id));
        }
        let (summary, body) = self.reminder_text(reminder);
        // The last ask of `insist = "firm"`: the prompt window instead of a notification,
        // where a desktop can open it (it never takes the focus).
        self.asked_in_window = None;
        if reminder.in_window {
            self.ask_in_window(reminder.id);
            if self.asked_in_window == Some(reminder.id) {
                return;
            }
        }
        let posture_nudge = !wants_answer
            && matches!(
                reminder.lead(),
                ReminderKind::Stand | ReminderKind::ChangePosition
            );
        if posture_nudge {
            self.posture_nudge = Some((reminder.id, reminder.lead()));
        }
        let actions = self.reminder_actions(reminder, posture_nudge);
        let settings = self.scheduler.settings();
        let answer_within = settings.schedule.answer_within.to_std().unwrap_or_default();
        tracing::info!("showing reminder {} ({})", reminder.id, summary);
        let ask_in_window = wants_answer && !self.notifier.answers();
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
            expire: match (wants_answer, posture_nudge) {
                (true, _) => None,
                (false, true) => Some(Duration::from_secs(60)),
                (false, false) => Some(Duration::from_secs(20)),
            },
            give_up_after: if wants_answer {
                answer_within + Duration::from_secs(30)
            } else {
                Duration::from_secs(90)
            },
            sound: wants_answer && settings.sound.cues,
        });
        // Shown anew (a snoozed reminder comes back with its id): the window may ask again.
        if ask_in_window {
            self.ask_in_window(reminder.id);
        }
    }

    /// The notification's title and text for `reminder`. Once a week a micro-pause is the
    /// desk check (chair, back support, screen, feet), recorded as advice given.
    fn reminder_text(&mut self, reminder: &Reminder) -> (String, String) {
        let now = self.clock.now();
        let desk = (reminder.kinds.contains(&ReminderKind::MicroPause)
            && knotless_exercises::body::desk_check_due(&self.body, now))
        .then(|| {
            self.library
                .get(knotless_exercises::body::DESK_CHECK)
                .cloned()
        })
        .flatten();
        let nudge = |kind| match (&desk, kind) {
            (Some(e), ReminderKind::MicroPause) => text::checklist(e),
            _ => self.nudge(kind, reminder.id),
        };
        let text = text::reminder(reminder, &self.current, &nudge);
        if desk.is_some() {
            self.record(Event {
                at: now,
                kind: EventKind::Advised {
                    region: Region::WholeBody,
                    kind: knotless_exercises::body::DESK_CHECK.to_owned(),
                },
            });
        }
        text
    }

    /// The buttons on `reminder`'s notification: "I'm standing"/"I'm sitting" and "Later" on
    /// a posture nudge; Start, Snooze (while snoozes are left) and Skip on a break.
    fn reminder_actions(&self, reminder: &Reminder, posture_nudge: bool) -> Vec<(Answer, String)> {
        let mut actions = Vec::new();
        if posture_nudge {
            actions.push(match reminder.lead() {
                ReminderKind::Stand => (Answer::Stand, t!("notify-action-standing")),
                _ => (Answer::Sit, t!("notify-action-sitting")),
            });
            actions.push((Answer::Later, t!("notify-action-later")));
        }
        if reminder.wants_answer() {
            actions.push((Answer::Start, t!("notify-action-start")));
            if reminder.snoozes_left > 0 {
                let snooze = knotless_core::whole_secs(self.scheduler.settings().movement.snooze);
                actions.push((
                    Answer::Snooze,
                    t!("notify-action-snooze", length = text::minutes(snooze)),
                ));
            }
            actions.push((Answer::Skip, t!("notify-action-skip")));
        }
        actions
    }

    /// A quiet heads-up before the movement break (`[movement] heads_up`): low urgency, no
    /// sound, gone by itself when the break comes; Snooze and Skip answer it already.
    fn heads_up(&mut self, in_secs: u64) {
        let snooze = knotless_core::whole_secs(self.scheduler.settings().movement.snooze);
        self.notifier.show(Prompt {
            key: HEADS_UP_KEY,
            summary: t!("notify-heads-up-title", left = text::minutes(in_secs)),
            body: t!("notify-heads-up-body"),
            actions: vec![
                (
                    Answer::Snooze,
                    t!("notify-action-snooze", length = text::minutes(snooze)),
                ),
                (Answer::Skip, t!("notify-action-skip")),
            ],
            default: None,
            urgency: Urgency::Low,
            expire: Some(Duration::from_secs(in_secs.max(10))),
            give_up_after: Duration::from_secs(in_secs + 30),
            sound: false,
        });
    }

    /// A movement reminder that could not be shown as a notification is asked in the break
    /// window instead (Start break / Snooze / Skip), on a desktop.
    pub(super) fn ask_in_window(&mut self, key: u64) {
        // Still the one waiting for an answer (not answered, missed or replaced meanwhile),
        // and not asked there already.
        if self.scheduler.showing_id() == Some(key)
            && self.asked_in_window != Some(key)
            && self.launcher.open(Window::BreakPrompt)
        {
            tracing::info!("reminder {key}: asking in the break window");
            self.asked_in_window = Some(key);
        }
    }

    /// Guides the running break: the break window (a UI process of this binary) on a
    /// desktop, else a notification with the steps and Done.
    pub(super) fn guide_break(&mut self) {
        if self.launcher.open(Window::Break) {
            return;
        }
        let length = self.scheduler.settings().movement.length;
        self.notifier.show(Prompt {
            key: BREAK_KEY,
            summary: self.break_title(),
            body: text::steps(&self.current),
            actions: vec![(Answer::Done, t!("notify-action-done"))],
            default: None,
            urgency: Urgency::Normal,
            expire: None,
            give_up_after: (length + knotless_core::scheduler::BREAK_GRACE)
                .to_std()
                .unwrap_or_default(),
            sound: false,
        });
    }

    /// Picks the next movement suggestion (the core's policy) and records it.
    pub(super) fn suggest(&mut self, id: Option<u64>) {
        let now = self.clock.now();
        let policy = Policy::new(
            self.scheduler.settings(),
            &self.body,
            now,
            &self.library.exercises,
        )
        .for_posture(self.scheduler.posture(), self.scheduler.after_long_stand());
        self.current = policy.next(&mut self.variety, &self.library.exercises);
        self.record(Event {
            at: now,
            kind: EventKind::Suggested {
                id,
                exercise: self.current.id.clone(),
            },
        });
        self.flush();
    }

    /// The line a micro-pause or hydration reminder adds: a short posture or eye exercise, or
    /// a hydration one, taking turns; never one the user excluded, one that made things
    /// worse or one that loads a held area (the same holds as the movement suggestions).
    fn nudge(&self, kind: ReminderKind, turn: u64) -> String {
        let standing = &self.scheduler.settings().standing;
        match kind {
            ReminderKind::Stand => {
                return t!(
                    "notify-nudge-stand",
                    length = text::minutes(knotless_core::whole_secs(standing.stand_for))
                );
            }
            ReminderKind::ChangePosition => {
                return t!(
                    "notify-nudge-change_position",
                    standing = text::minutes(knotless_core::whole_secs(self.scheduler.standing()))
                );
            }
            _ => {}
        }
        let wanted = kind.nudge_from();
        let exercises = &self.library.exercises;
        let holds = Holds::from_history(&self.body, self.clock.now(), loads_in(exercises));
        let excluded = &self.scheduler.settings().suggestions.exclude;
        let choices: Vec<&Exercise> = exercises
            .iter()
            .filter(|e| wanted.contains(&e.kind) && e.total_secs() <= 60)
            .filter(|e| holds.allows(e) && !excluded.contains(&e.id))
            // The desk check has its own weekly turn.
            .filter(|e| e.id != knotless_exercises::body::DESK_CHECK)
            .collect();
        if choices.is_empty() {
            return kind.nudge_fallback();
        }
        let e = choices[usize::try_from(turn).unwrap_or(0) % choices.len()];
        t!(
            "notify-nudge-exercise",
            title = e.title.as_str(),
            summary = e.summary.as_str()
        )
    }
}

/// A reminder shown again after a snooze keeps its suggestion.
fn is_snoozed_again(reminder: &Reminder, settings: &Settings) -> bool {
    reminder.snoozes_left < settings.movement.max_snoozes
}
