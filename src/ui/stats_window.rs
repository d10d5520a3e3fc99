//! The statistics window: the last days from history as plots (sitting time, breaks by
//! outcome, the longest sitting stretch, discomfort from check-ins), the body regions this
//! week's breaks moved, the report for a physical therapist, and an Export button for the
//! whole history as CSV. The numbers come from `core::stats`; this
//! file only lays them out. Every plot has the same numbers as text below it, for screen
//! readers and for copying.

use crate::core::Time;
use crate::core::calendar::local_date;
use crate::core::exercise::Region;
use crate::core::history::Event;
use crate::core::humane_secs;
use crate::core::stats::{DayStats, daily, regions_moved};
use crate::store::exercises::Library;
use crate::store::history::Record;
use chrono::{NaiveDate, TimeDelta, TimeZone};
use eframe::egui::{self, Color32, RichText};
use egui_plot::{Bar, BarChart, Legend, Line, Plot, PlotPoints};
use std::path::PathBuf;

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
        let report = crate::core::report::report(&events, now, tz, 30, |id| {
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

    fn discomfort_ui(&self, ui: &mut egui::Ui) {
        ui.add_space(8.0);
        ui.label(RichText::new("Discomfort from your check-ins (0 fine, 10 a lot)").strong());
        if self.discomfort.is_empty() {
            ui.label(
                "No check-ins in these days. Now and then, after a break, knotless asks how \
                 your areas feel; the answers show here.",
            );
            return;
        }
        // The scale runs to 10; the headroom above is for the legend.
        self.plot("discomfort", 7.0)
            .legend(Legend::default())
            .show(ui, |plot| {
                for (region, points) in &self.discomfort {
                    plot.line(Line::new(region.label(), PlotPoints::from(points.clone())));
                }
            });
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
        let standing = if standing > 0 {
            format!(", standing {}", humane_secs(standing))
        } else {
            String::new()
        };
        format!(
            "Last 7 days: sitting {}{standing}, {taken} break{} taken, longest stretch {}.",
            humane_secs(sitting),
            if taken == 1 { "" } else { "s" },
            humane_secs(longest)
        )
    }

    /// Draws the window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        ui.heading(format!("Your last {} days", self.days.len()));
        ui.label(self.summary());
        egui::ScrollArea::vertical()
            .max_height(ui.available_height() - 48.0)
            .show(ui, |ui| {
                self.sitting_ui(ui);
                self.breaks_ui(ui);
                self.regions_ui(ui);
                self.discomfort_ui(ui);
                ui.add_space(8.0);
                egui::CollapsingHeader::new("Report for a physical therapist (30 days)").show(
                    ui,
                    |ui| {
                        ui.label(RichText::new(&self.report).monospace().small());
                        if ui.button("Save report").clicked() {
                            self.message = Some(match self.save_report() {
                                Ok(path) => format!("Saved {}", path.display()),
                                Err(e) => e.to_string(),
                            });
                        }
                    },
                );
                ui.add_space(8.0);
                egui::CollapsingHeader::new("The same numbers as a table").show(ui, |ui| {
                    for day in &self.days {
                        ui.label(crate::core::stats::day_line(day));
                    }
                });
            });
        ui.separator();
        ui.horizontal(|ui| {
            if ui.button("Export CSV").clicked() {
                self.message = Some(match self.export() {
                    Ok(path) => format!("Saved {}", path.display()),
                    Err(e) => e.to_string(),
                });
            }
            match &self.message {
                Some(message) => ui.label(message),
                None => {
                    ui.label(RichText::new("or `knotless history export --format csv`").small())
                }
            };
        });
    }

    fn day_label(&self, x: f64) -> String {
        let i = x.round();
        if (x - i).abs() > 0.01 || i < 0.0 {
            return String::new();
        }
        self.days
            .get(i as usize)
            .map(|d| d.date.format("%a\n%d").to_string())
            .unwrap_or_default()
    }

    /// A plot of one value a day; `top` is the highest value, kept clear of the legend.
    fn plot<'a>(&'a self, id: &str, top: f64) -> Plot<'a> {
        Plot::new(id)
            .include_y(top * 1.45)
            .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 2.0, 4.0]))
            .height(150.0)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .include_y(0.0)
            .include_x(-0.5)
            .include_x(self.days.len() as f64 - 0.5)
            // A mark a day, labelled where there is room (every day, or Mondays).
            .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 7.0, 14.0]))
            .x_axis_formatter(|mark, _| self.day_label(mark.value))
    }

    /// Whether any day shown has standing time (a sit-stand desk).
    pub fn has_standing(&self) -> bool {
        self.days.iter().any(|d| d.standing_secs > 0)
    }

    /// A bar a day of `secs` of the day, in hours.
    fn hour_bars(&self, secs: fn(&DayStats) -> u64) -> Vec<Bar> {
        self.days
            .iter()
            .enumerate()
            .map(|(i, d)| {
                Bar::new(i as f64, secs(d) as f64 / 3600.0)
                    .name(d.date.format("%a %d %b"))
                    .width(0.7)
            })
            .collect()
    }

    fn sitting_ui(&self, ui: &mut egui::Ui) {
        let standing = self.has_standing();
        ui.label(
            RichText::new(if standing {
                "Sitting and standing per day (hours)"
            } else {
                "Sitting time per day (hours)"
            })
            .strong(),
        );
        let hours = |secs: u64| secs as f64 / 3600.0;
        let sitting = BarChart::new("sitting", self.hour_bars(|d| d.sitting_secs))
            .color(Color32::from_rgb(0x5b, 0x7d, 0xb1));
        let standing_chart = standing.then(|| {
            BarChart::new("standing", self.hour_bars(|d| d.standing_secs))
                .color(Color32::from_rgb(0x4f, 0xa0, 0x6e))
                .stack_on(&[&sitting])
        });
        let longest: PlotPoints = self
            .days
            .iter()
            .enumerate()
            .map(|(i, d)| [i as f64, hours(d.longest_stretch_secs)])
            .collect();
        let top = self
            .days
            .iter()
            .map(|d| hours(d.sitting_secs + d.standing_secs))
            .fold(1.0, f64::max);
        self.plot("sitting", top)
            .legend(Legend::default())
            .show(ui, |plot| {
                plot.bar_chart(sitting);
                if let Some(chart) = standing_chart {
                    plot.bar_chart(chart);
                }
                plot.line(
                    Line::new("longest stretch", longest)
                        .color(Color32::from_rgb(0xd0, 0x6a, 0x4a)),
                );
            });
    }

    fn breaks_ui(&self, ui: &mut egui::Ui) {
        ui.label(RichText::new("Breaks by outcome per day").strong());
        let mut charts: Vec<BarChart> = Vec::new();
        for (outcome, color) in OUTCOMES {
            let bars = self
                .days
                .iter()
                .enumerate()
                .map(|(i, d)| Bar::new(i as f64, f64::from(outcome_count(d, outcome))).width(0.7))
                .collect();
            let chart = BarChart::new(outcome, bars).color(color);
            let below: Vec<&BarChart> = charts.iter().collect();
            let chart = chart.stack_on(&below);
            charts.push(chart);
        }
        let top = self
            .days
            .iter()
            .map(|d| {
                OUTCOMES
                    .iter()
                    .map(|(o, _)| outcome_count(d, o))
                    .sum::<u32>()
            })
            .max()
            .unwrap_or(0);
        self.plot("breaks", f64::from(top.max(2)))
            .legend(Legend::default())
            .show(ui, |plot| {
                for chart in charts {
                    plot.bar_chart(chart);
                }
            });
    }

    fn regions_ui(&self, ui: &mut egui::Ui) {
        ui.add_space(8.0);
        ui.label(RichText::new("Body regions moved this week").strong());
        if self.regions.is_empty() {
            ui.label("No completed breaks this week yet.");
            return;
        }
        let most = self.regions.first().map_or(1, |r| r.1).max(1);
        for (region, count) in &self.regions {
            ui.horizontal(|ui| {
                let label = ui.add_sized([140.0, 18.0], egui::Label::new(region.label()));
                ui.add(
                    egui::ProgressBar::new(*count as f32 / most as f32)
                        .desired_width(200.0)
                        .text(format!(
                            "{count} break{}",
                            if *count == 1 { "" } else { "s" }
                        )),
                )
                .labelled_by(label.id);
            });
        }
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
        if let crate::core::history::EventKind::Checkin { areas } = &e.kind {
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
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot make the CSV: {0}")]
    Csv(csv::Error),
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}
