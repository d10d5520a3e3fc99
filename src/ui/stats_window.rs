//! The statistics window: the last days from history as plots (sitting time, breaks by
//! outcome, the longest sitting stretch, discomfort from check-ins), the body regions this
//! week's breaks moved, the same numbers as a table, the report for a physical therapist,
//! and an Export button for the whole history as CSV. The numbers come from `knotless_core::stats`;
//! this file works them out once, `view`, `plots` and `table` lay them out.

use crate::store::history::Record;
use chrono::{NaiveDate, TimeDelta, TimeZone};
use eframe::egui::Color32;
use knotless_core::Time;
use knotless_core::calendar::local_date;
use knotless_core::history::Event;
use knotless_core::humane_secs;
use knotless_core::stats::{DayStats, daily, regions_moved};
use knotless_exercises::exercise::Region;
use knotless_exercises::library::Library;
use knotless_i18n::t;
use std::path::PathBuf;

mod plots;
mod table;
mod view;

/// Days in "this week" for the regions.
const WEEK: i64 = 7;

/// What the window shows, worked out once when it opens.
pub struct StatsView {
    /// Exactly the days asked for, oldest first; days without history are zeros.
    days: Vec<DayStats>,
    /// Completed breaks per body region over the last seven days, most moved first.
    regions: Vec<(Region, u32)>,
    /// The history as stored, for the export.
    records: Vec<Record>,
    /// Where Export writes its file.
    export_dir: PathBuf,
    /// Check-in scores per area: (day index, mean score that day).
    discomfort: Vec<(Region, Vec<[f64; 2]>)>,
    /// `knotless report` over the last 30 days.
    report: String,
    today: NaiveDate,
    message: Option<String>,
    closing: bool,
}

/// The outcomes drawn as stacked bars, with their colours.
const OUTCOMES: [(&str, Color32); 5] = [
    ("done", Color32::from_rgb(0x4c, 0x9a, 0x6a)),
    ("natural", Color32::from_rgb(0x7f, 0xb8, 0xd6)),
    ("snoozed", Color32::from_rgb(0xe0, 0xb0, 0x4c)),
    ("skipped", Color32::from_rgb(0xc8, 0x7a, 0x5a)),
    ("missed", Color32::from_rgb(0x9a, 0x9a, 0x9a)),
];

fn outcome_count(day: &DayStats, outcome: &str) -> u32 {
    match outcome {
        "done" => day.completed,
        "natural" => day.natural,
        "snoozed" => day.snoozed,
        "skipped" => day.skipped,
        _ => day.missed,
    }
}

impl StatsView {
    /// The last `days` local days up to `now`, from history `records`; `regions_of` looks up
    /// an exercise's body regions (from the library).
    pub fn new<Tz: TimeZone>(
        records: Vec<Record>,
        library: &Library,
        now: Time,
        tz: &Tz,
        days: u32,
        export_dir: PathBuf,
    ) -> StatsView {
        let regions_of = |id: &str| library.get(id).map(|e| e.regions.as_slice());
        let events: Vec<Event> = records.iter().filter_map(|r| r.event.clone()).collect();
        let today = local_date(now, tz);
        let first = today - TimeDelta::days(i64::from(days.max(1)) - 1);
        let known = daily(&events, tz);
        let days = first
            .iter_days()
            .take_while(|d| *d <= today)
            .map(|date| {
                known
                    .iter()
                    .find(|d| d.date == date)
                    .cloned()
                    .unwrap_or(DayStats {
                        date,
                        ..DayStats::default()
                    })
            })
            .collect();
        let mut regions: Vec<(Region, u32)> =
            regions_moved(&events, now - TimeDelta::days(WEEK), regions_of)
                .into_iter()
                .collect();
        regions.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let discomfort = discomfort_series(&events, first, tz);
        let report = knotless_exercises::report::report(&events, now, tz, 30, |id| {
            library.get(id).map(|e| e.title.as_str())
        });
        StatsView {
            days,
            regions,
            records,
            export_dir,
            discomfort,
            report,
            today,
            message: None,
            closing: false,
        }
    }

    /// The days shown, oldest first.
    pub fn days(&self) -> &[DayStats] {
        &self.days
    }

    /// Completed breaks per region this week, most first.
    pub fn regions(&self) -> &[(Region, u32)] {
        &self.regions
    }

    /// Writes the whole history as CSV into the export folder; returns the file.
    pub fn export(&mut self) -> Result<PathBuf, ExportError> {
        let mut buffer = Vec::new();
        crate::store::export::write_csv(&self.records, &mut buffer).map_err(ExportError::Csv)?;
        self.write_export("history", "csv", &buffer)
    }

    /// Writes the report as text into the export folder; returns the file.
    pub fn save_report(&self) -> Result<PathBuf, ExportError> {
        self.write_export("report", "txt", self.report.as_bytes())
    }

    /// Writes `knotless-WHAT-DATE.EXT` into the export folder.
    fn write_export(&self, what: &str, ext: &str, bytes: &[u8]) -> Result<PathBuf, ExportError> {
        // The file's name stays the same in every language (ASCII, ISO date), so a script
        // or a person searching Downloads finds it.
        let date = self.today.format("%Y-%m-%d");
        let path = self
            .export_dir
            .join(format!("knotless-{what}-{date}.{ext}"));
        match crate::store::write_atomically(&path, bytes) {
            Ok(()) => Ok(path),
            Err(source) => Err(ExportError::Write { path, source }),
        }
    }

    /// The check-in scores per area, as plotted.
    pub fn discomfort(&self) -> &[(Region, Vec<[f64; 2]>)] {
        &self.discomfort
    }

    fn week(&self) -> &[DayStats] {
        let n = self.days.len().min(usize::try_from(WEEK).unwrap_or(7));
        &self.days[self.days.len() - n..]
    }

    /// One line about the last seven days.
    pub fn summary(&self) -> String {
        let week = self.week();
        let sitting: u64 = week.iter().map(|d| d.sitting_secs).sum();
        let standing: u64 = week.iter().map(|d| d.standing_secs).sum();
        let taken: u32 = week.iter().map(DayStats::breaks_taken).sum();
        let longest = week
            .iter()
            .map(|d| d.longest_stretch_secs)
            .max()
            .unwrap_or(0);
        if standing > 0 {
            t!(
                "stats-summary-standing",
                sitting = humane_secs(sitting),
                standing = humane_secs(standing),
                taken = taken,
                longest = humane_secs(longest)
            )
        } else {
            t!(
                "stats-summary",
                sitting = humane_secs(sitting),
                taken = taken,
                longest = humane_secs(longest)
            )
        }
    }

    /// Whether the history has anything in the days shown.
    pub fn is_empty(&self) -> bool {
        self.days.iter().all(|d| {
            d.sitting_secs + d.standing_secs == 0 && d.reminders == 0 && d.breaks_taken() == 0
        }) && self.discomfort.is_empty()
    }

    /// Close was pressed.
    pub fn wants_close(&self) -> bool {
        self.closing
    }
}

/// Each area's check-in scores as (day index from `first`, that day's mean).
fn discomfort_series<Tz: TimeZone>(
    events: &[Event],
    first: NaiveDate,
    tz: &Tz,
) -> Vec<(Region, Vec<[f64; 2]>)> {
    use std::collections::BTreeMap;
    let mut by: BTreeMap<Region, BTreeMap<i64, (f64, u32)>> = BTreeMap::new();
    for e in events {
        if let knotless_core::history::EventKind::Checkin { areas } = &e.kind {
            let day = (local_date(e.at, tz) - first).num_days();
            if day < 0 {
                continue;
            }
            for a in areas {
                let slot = by
                    .entry(a.region)
                    .or_default()
                    .entry(day)
                    .or_insert((0.0, 0));
                slot.0 += f64::from(a.score);
                slot.1 += 1;
            }
        }
    }
    by.into_iter()
        .map(|(region, days)| {
            let points = days
                .into_iter()
                .map(|(d, (sum, n))| [d as f64, sum / f64::from(n)])
                .collect();
            (region, points)
        })
        .collect()
}
/// Why an export or the report could not be written; the window shows the message.
#[derive(Debug)]
pub enum ExportError {
    Csv(csv::Error),
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The CSV writer's and the system's reasons stay in their own words (English).
        let text = match self {
            ExportError::Csv(reason) => t!("stats-error-csv", reason = reason.to_string()),
            ExportError::Write { path, source } => t!(
                "stats-error-write",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ExportError::Csv(error) => Some(error),
            ExportError::Write { source, .. } => Some(source),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_outcome_has_a_name() {
        for (outcome, _) in super::OUTCOMES {
            assert!(
                knotless_i18n::has_message(&format!("stats-outcome-{outcome}")),
                "{outcome}"
            );
        }
    }
}
