//! Meetings in the engine: the configured local calendars read for the coming days into a
//! `MeetingPlan`, read again when a file changes, the settings change or the days run out.
//! Quiet through a meeting (in the sample), the early break before one, a wake-up at the
//! plan's next change and the status line. No thread and no timer of its own: it looks
//! when the engine wakes anyway, and adds only the wake-ups the plan itself asks for.

use super::Engine;
use crate::core::meetings::MeetingPlan;
use crate::core::presence::Quiet;
use crate::core::settings::Settings;
use crate::core::{Time, TimeDelta};
use crate::platform::calendars::{self, Source};
use chrono::Local;
use std::path::PathBuf;
use std::time::SystemTime;

/// How far ahead the calendars are read; they are read again once half of it has passed.
const LOOK_AHEAD: TimeDelta = TimeDelta::days(2);

/// What was read, and what would make it stale.
#[derive(Debug, Default)]
pub struct Calendars {
    plan: MeetingPlan,
    read_at: Option<Time>,
    /// The `[calendar]` settings and break length it was read with.
    read_with: Option<(Vec<String>, TimeDelta, String, TimeDelta)>,
    /// Each local file and its modification time when read.
    stamps: Vec<(PathBuf, Option<SystemTime>)>,
}

impl Calendars {
    fn stale(&self, settings: &Settings, now: Time) -> bool {
        let c = &settings.calendar;
        let with = (
            c.sources.clone(),
            c.before,
            c.me.clone(),
            settings.movement.length,
        );
        self.read_with.as_ref() != Some(&with)
            || self
                .read_at
                .is_none_or(|at| now >= at + LOOK_AHEAD / 2 || now < at)
            || self
                .stamps
                .iter()
                .any(|(path, stamp)| modified(path) != *stamp)
    }
}

fn modified(path: &std::path::Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

impl Engine<'_> {
    /// Before a sample: the calendars read again if stale, and the movement break brought
    /// forward when a meeting is about to start.
    pub(super) fn meetings_step(&mut self, now: Time) {
        self.refresh_calendars(now);
        if let Some(due_in) = self.scheduler.movement_due_in()
            && self.calendars.plan.offer_early(now, due_in)
            && self.scheduler.bring_movement_forward()
        {
            tracing::info!("a meeting starts soon: the movement break comes before it");
        }
    }

    fn refresh_calendars(&mut self, now: Time) {
        let settings = self.scheduler.settings();
        if !self.calendars.stale(settings, now) {
            return;
        }
        let c = &settings.calendar;
        let home = directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf());
        let sources: Vec<Source> = c
            .sources
            .iter()
            .map(|s| Source::from_config(s, home.as_deref()))
            .collect();
        let me = Some(c.me.as_str()).filter(|m| !m.is_empty());
        let (found, problems) =
            calendars::read_all(&sources, now - TimeDelta::hours(12), now + LOOK_AHEAD, me);
        let plan = MeetingPlan::new(&found, c.before, settings.movement.length);
        let stamps = sources
            .iter()
            .filter_map(|s| match s {
                Source::File(path) => Some((path.clone(), modified(path))),
                Source::Web(_) => None,
            })
            .collect();
        let read_with = Some((
            c.sources.clone(),
            c.before,
            c.me.clone(),
            settings.movement.length,
        ));
        if problems.is_empty() {
            if self.degraded.remove("calendar") {
                tracing::info!("every calendar reads again");
            }
        } else {
            self.degraded.insert("calendar");
            for problem in &problems {
                tracing::warn!("calendar {problem}");
            }
        }
        if !sources.is_empty() {
            tracing::info!(
                "{} meeting block(s) in the next {} hours",
                plan.blocks().len(),
                LOOK_AHEAD.num_hours()
            );
        }
        self.calendars = Calendars {
            plan,
            read_at: Some(now),
            read_with,
            stamps,
        };
    }

    /// What the sample says about meetings: quiet through one.
    pub(super) fn meeting_quiet(&self, at: Time, otherwise: Quiet) -> Quiet {
        self.calendars.plan.quiet(at, otherwise)
    }

    /// The next moment the meetings change something (an early break, a start, an end).
    pub(super) fn meetings_wake(&self, now: Time) -> Option<Time> {
        self.calendars.plan.next_change(now)
    }

    /// "in a meeting until 11:00", while one is under way.
    pub(super) fn meeting_note(&self, now: Time) -> Option<String> {
        self.calendars.plan.block_at(now).map(|block| {
            format!(
                "in a meeting until {}",
                block.end.with_timezone(&Local).format("%H:%M")
            )
        })
    }
}
