//! Meetings in the engine: the configured calendars read for the coming days into a
//! `MeetingPlan`, read again when a file changes, the settings change or the days run out.
//! Quiet through a meeting (in the sample), the early break before one, a wake-up at the
//! plan's next change and the status line. Web calendars are fetched on a short-lived
//! thread into cached copies, at most every 15 minutes and only while the user is present;
//! a fetch that fails keeps the last good copy. No timer of its own: it looks when the
//! engine wakes anyway, and adds only the wake-ups the plan itself asks for.

use super::Engine;
use crate::platform::calendar_fetch::{self, FETCH_EVERY, FETCH_TIMEOUT};
use crate::platform::calendars::{self, Source};
use knotless_core::meetings::MeetingPlan;
use knotless_core::presence::Presence;
use knotless_core::presence::Quiet;
use knotless_core::settings::Settings;
use knotless_core::{Time, TimeDelta};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
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
    /// Each local file (and cached copy) and its modification time when read.
    stamps: Vec<(PathBuf, Option<SystemTime>)>,
    /// Why sources could not be read at the last reading.
    unreadable: Vec<String>,
    /// When each web address was last asked for.
    asked: BTreeMap<String, Time>,
    fetches: Arc<Mutex<Fetches>>,
}

/// What the fetch thread and the engine share.
#[derive(Debug, Default)]
struct Fetches {
    running: bool,
    /// The last fetch of each address that failed, and why.
    failed: BTreeMap<String, String>,
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
        self.fetch_due(now);
        self.refresh_calendars(now);
        // Only addresses still configured count: one taken out of the config is no problem.
        if !self.calendar_problems().is_empty() {
            self.degraded.insert("calendar");
        } else if self.degraded.remove("calendar") {
            tracing::info!("every calendar reads again");
        }
        if let Some(due_in) = self.scheduler.movement_due_in()
            && self.calendars.plan.offer_early(now, due_in)
            && self.scheduler.bring_movement_forward()
        {
            tracing::info!("a meeting starts soon: the movement break comes before it");
        }
    }

    /// Starts a fetch of the web calendars not asked for in the last 15 minutes, while the
    /// user is present and no fetch runs.
    fn fetch_due(&mut self, now: Time) {
        if self.scheduler.presence() == Presence::Away {
            return;
        }
        let due: Vec<String> = self
            .scheduler
            .settings()
            .calendar
            .sources
            .iter()
            .filter(|s| crate::config::schema::is_web_source(s))
            .map(|s| calendar_fetch::web_url(s))
            .filter(|url| {
                self.calendars
                    .asked
                    .get(url)
                    .is_none_or(|&at| now >= at + FETCH_EVERY || now < at)
            })
            .collect();
        if due.is_empty() {
            return;
        }
        {
            let mut shared = self
                .calendars
                .fetches
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            if shared.running {
                return;
            }
            shared.running = true;
        }
        for url in &due {
            self.calendars.asked.insert(url.clone(), now);
        }
        let dir = self.paths.calendars_dir();
        let shared = Arc::clone(&self.calendars.fetches);
        let spawned = std::thread::Builder::new()
            .name("calendar-fetch".into())
            .spawn(move || fetch_all(due, &dir, &shared));
        if let Err(e) = spawned {
            tracing::warn!("cannot start a calendar fetch: {e}");
            self.calendars
                .fetches
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .running = false;
        }
    }

    fn refresh_calendars(&mut self, now: Time) {
        let settings = self.scheduler.settings();
        if !self.calendars.stale(settings, now) {
            return;
        }
        let c = &settings.calendar;
        let home = crate::platform::paths::home_dir();
        let sources: Vec<Source> = c
            .sources
            .iter()
            .map(|s| Source::from_config(s, home.as_deref()))
            .collect();
        let me = Some(c.me.as_str()).filter(|m| !m.is_empty());
        let cache = self.paths.calendars_dir();
        let (found, problems) = calendars::read_all(
            &sources,
            &cache,
            now - TimeDelta::hours(12),
            now + LOOK_AHEAD,
            me,
        );
        let plan = MeetingPlan::new(&found, c.before, settings.movement.length);
        let stamps = sources
            .iter()
            .map(|s| match s {
                Source::File(path) => path.clone(),
                Source::Web(url) => {
                    calendar_fetch::cache_file(&cache, &calendar_fetch::web_url(url))
                }
            })
            .map(|path| {
                let stamp = modified(&path);
                (path, stamp)
            })
            .collect();
        let read_with = Some((
            c.sources.clone(),
            c.before,
            c.me.clone(),
            settings.movement.length,
        ));
        // Said once until what fails changes.
        let unreadable: Vec<String> = problems.iter().map(ToString::to_string).collect();
        if unreadable != self.calendars.unreadable {
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
        // Reading ran the parser's code, which the daemon needs again only at the next
        // reading: let its pages go (as after start-up; see `daemon::backends`).
        if !sources.is_empty() {
            crate::daemon::backends::let_go_after_calendars();
        }
        self.calendars.plan = plan;
        self.calendars.read_at = Some(now);
        self.calendars.read_with = read_with;
        self.calendars.stamps = stamps;
        self.calendars.unreadable = unreadable;
    }

    /// What the sample says about meetings: quiet through one.
    pub(super) fn meeting_quiet(&self, at: Time, otherwise: Quiet) -> Quiet {
        self.calendars.plan.quiet(at, otherwise)
    }

    /// The next moment the meetings change something (an early break, a start, an end).
    pub(super) fn meetings_wake(&self, now: Time) -> Option<Time> {
        self.calendars.plan.next_change(now)
    }

    /// Why calendars give nothing new: the last reading's problems, then failed fetches of
    /// the addresses still configured.
    pub(super) fn calendar_problems(&self) -> Vec<String> {
        let shared = self
            .calendars
            .fetches
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let fetches = self
            .scheduler
            .settings()
            .calendar
            .sources
            .iter()
            .filter_map(|s| shared.failed.get(&calendar_fetch::web_url(s)).cloned());
        self.calendars
            .unreadable
            .iter()
            .cloned()
            .chain(fetches)
            .collect()
    }

    /// The end of the block of meetings under way.
    pub(super) fn meeting_until(&self, now: Time) -> Option<Time> {
        self.calendars.plan.block_at(now).map(|block| block.end)
    }

    /// "in a meeting until 11:00", while one is under way: `status --json`'s `busy`, which
    /// stays English like the rest of the contract (`knotless status` words it from
    /// `meeting_until` in the user's language).
    pub(super) fn meeting_note(&self, now: Time) -> Option<String> {
        self.meeting_until(now).map(|until| {
            knotless_i18n::with_language(knotless_i18n::ENGLISH, || {
                crate::daemon::text::in_a_meeting(until)
            })
        })
    }
}

/// The `calendar-fetch` thread: fetches each of `due` into its cached copy in `dir`, notes
/// which fail (each reason logged once until it changes), then lets the next fetch start.
fn fetch_all(due: Vec<String>, dir: &std::path::Path, shared: &Mutex<Fetches>) {
    for url in due {
        let result =
            calendar_fetch::fetch(&url, &calendar_fetch::cache_file(dir, &url), FETCH_TIMEOUT);
        let mut shared = shared.lock().unwrap_or_else(PoisonError::into_inner);
        match result {
            Ok(()) => {
                if shared.failed.remove(&url).is_some() {
                    tracing::info!("calendar fetched again");
                }
            }
            Err(e) => {
                // Said once until it changes: the log is not a ticker.
                let reason = e.to_string();
                if shared.failed.get(&url) != Some(&reason) {
                    tracing::warn!("calendar {reason}; the last good copy stays in use");
                }
                shared.failed.insert(url, reason);
            }
        }
    }
    shared
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .running = false;
}
