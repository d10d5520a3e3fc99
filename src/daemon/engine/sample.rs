//! Turning the world into a sample for the scheduler: idle time from the idle source, the
//! screen lock, and whether reminders hold back (outside working hours, or busy).

use super::Engine;
use chrono::Local;
use knotless_core::presence::{Quiet, Sample};
use knotless_core::{Time, TimeDelta};

impl Engine<'_> {
    pub(super) fn sample(&mut self, at: Time) -> Sample {
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
    fn quiet(&mut self, at: Time) -> Quiet {
        let hours = &self.scheduler.settings().working_hours;
        if !knotless_core::hours::is_open(hours, at.with_timezone(&Local).naive_local()) {
            self.busy = Some("outside working hours");
            return Quiet::OffHours;
        }
        let busy = self.busy_probes.check();
        if busy != self.busy {
            match busy {
                Some(reason) => tracing::info!("busy ({reason}): breaks wait"),
                None => tracing::info!("no longer busy"),
            }
        }
        self.busy = busy;
        let quiet = if busy.is_some() {
            Quiet::Busy
        } else {
            Quiet::No
        };
        self.meeting_quiet(at, quiet)
    }
}
