//! The plots: sitting (and standing) per day with the longest stretch, breaks by outcome,
//! and discomfort from check-ins. Each has its legend above it, outside the plot, so no day
//! is covered; every day is labelled on the axis, today as "Today"; single values are points
//! large enough to see.

use super::{OUTCOMES, StatsView, outcome_count};
use crate::ui::style;
use eframe::egui::{self, Color32};
use egui_plot::{AxisHints, Bar, BarChart, Line, Plot, PlotPoints, Points};
use knotless_core::stats::DayStats;
use knotless_i18n::format::{Pattern, format, weekday_short};
use knotless_i18n::{t, tr_in};

const SITTING: Color32 = Color32::from_rgb(0x5b, 0x7d, 0xb1);
const STANDING: Color32 = Color32::from_rgb(0x4f, 0xa0, 0x6e);
const LONGEST: Color32 = Color32::from_rgb(0xd0, 0x6a, 0x4a);
/// Colours for the discomfort lines, one per area, told apart in light and dark.
const AREAS: [Color32; 6] = [
    Color32::from_rgb(0xd0, 0x6a, 0x4a),
    Color32::from_rgb(0x5b, 0x7d, 0xb1),
    Color32::from_rgb(0x4c, 0x9a, 0x6a),
    Color32::from_rgb(0xb0, 0x7c, 0xc6),
    Color32::from_rgb(0xe0, 0xb0, 0x4c),
    Color32::from_rgb(0x7f, 0xb8, 0xd6),
];
/// A point's radius, in points: a single check-in or a lone day must be seen.
const POINT: f32 = 4.5;

/// A row of colour swatches and names, above a plot.
fn legend<S: AsRef<str>>(ui: &mut egui::Ui, items: &[(S, Color32)]) {
    ui.horizontal_wrapped(|ui| {
        for (name, color) in items {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 3.0, *color);
            ui.label(name.as_ref());
            ui.add_space(style::space::M);
        }
    });
}

impl StatsView {
    /// Whether any day shown has standing time (a sit-stand desk).
    pub fn has_standing(&self) -> bool {
        self.days.iter().any(|d| d.standing_secs > 0)
    }

    /// The label of day `x` on the axis: "Mon\n23", or "Today".
    fn day_label(&self, x: f64) -> String {
        let i = x.round();
        if (x - i).abs() > 0.01 || i < 0.0 {
            return String::new();
        }
        let i = i as usize;
        match self.days.get(i) {
            Some(_) if i + 1 == self.days.len() => t!("stats-today"),
            // The weekday over the day of the month: two short lines fit under a bar.
            Some(d) => format!(
                "{}\n{}",
                weekday_short(chrono::Datelike::weekday(&d.date)),
                d.date.format("%d")
            ),
            None => String::new(),
        }
    }

    /// A plot of one value a day, up to `top`.
    fn plot<'a>(&'a self, id: &str, top: f64) -> Plot<'a> {
        let days = AxisHints::new_x()
            .label_spacing(24.0..=30.0)
            .formatter(|mark, _| self.day_label(mark.value));
        Plot::new(id)
            .height(150.0)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            // No crosshair following the pointer: the table has the exact numbers.
            .show_x(false)
            .show_y(false)
            .include_y(0.0)
            .include_y(top * 1.08)
            .include_x(-0.5)
            .include_x(self.days.len() as f64 - 0.5)
            .custom_x_axes(vec![days])
            .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 7.0, 14.0]))
            .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 2.0, 4.0]))
    }

    /// A bar a day of `secs` of the day, in hours.
    fn hour_bars(&self, secs: fn(&DayStats) -> u64) -> Vec<Bar> {
        self.days
            .iter()
            .enumerate()
            .map(|(i, d)| {
                Bar::new(i as f64, secs(d) as f64 / 3600.0)
                    .name(format(
                        d.date.and_time(chrono::NaiveTime::MIN),
                        Pattern::Day,
                    ))
                    .width(0.7)
            })
            .collect()
    }

    pub(super) fn sitting_ui(&self, ui: &mut egui::Ui) {
        let standing = self.has_standing();
        style::section(
            ui,
            &if standing {
                t!("stats-sitting-standing-title")
            } else {
                t!("stats-sitting-title")
            },
        );
        let (sitting_name, standing_name, longest_name) = (
            t!("stats-legend-sitting"),
            t!("stats-legend-standing"),
            t!("stats-legend-longest"),
        );
        let mut items = vec![(sitting_name.as_str(), SITTING)];
        if standing {
            items.push((standing_name.as_str(), STANDING));
        }
        items.push((longest_name.as_str(), LONGEST));
        legend(ui, &items);
        let hours = |secs: u64| secs as f64 / 3600.0;
        let sitting =
            BarChart::new(sitting_name.as_str(), self.hour_bars(|d| d.sitting_secs)).color(SITTING);
        let standing_chart = standing.then(|| {
            BarChart::new(standing_name.as_str(), self.hour_bars(|d| d.standing_secs))
                .color(STANDING)
                .stack_on(&[&sitting])
        });
        let longest: Vec<[f64; 2]> = self
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
        self.plot("sitting", top).show(ui, |plot| {
            plot.bar_chart(sitting);
            if let Some(chart) = standing_chart {
                plot.bar_chart(chart);
            }
            plot.line(
                Line::new(longest_name.as_str(), PlotPoints::from(longest.clone())).color(LONGEST),
            );
            // A point where there was sitting: a day off shows no dot at zero.
            let stretches: Vec<[f64; 2]> = longest.into_iter().filter(|p| p[1] > 0.0).collect();
            plot.points(
                Points::new(longest_name.as_str(), PlotPoints::from(stretches))
                    .color(LONGEST)
                    .radius(POINT),
            );
        });
    }

    pub(super) fn breaks_ui(&self, ui: &mut egui::Ui) {
        style::section(ui, &t!("stats-breaks-title"));
        // Message `stats-outcome-NAME` for each outcome.
        let names: Vec<(String, Color32)> = OUTCOMES
            .iter()
            .map(|(outcome, color)| (tr_in("stats-outcome", outcome), *color))
            .collect();
        legend(ui, &names);
        let mut charts: Vec<BarChart> = Vec::new();
        for ((outcome, color), (name, _)) in OUTCOMES.into_iter().zip(&names) {
            let bars = self
                .days
                .iter()
                .enumerate()
                .map(|(i, d)| Bar::new(i as f64, f64::from(outcome_count(d, outcome))).width(0.7))
                .collect();
            let chart = BarChart::new(name.as_str(), bars).color(color);
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
        self.plot("breaks", f64::from(top.max(2))).show(ui, |plot| {
            for chart in charts {
                plot.bar_chart(chart);
            }
        });
    }

    pub(super) fn discomfort_ui(&self, ui: &mut egui::Ui) {
        style::section(ui, &t!("stats-discomfort-title"));
        if self.discomfort.is_empty() {
            ui.label(t!("stats-discomfort-none"));
            return;
        }
        let labels: Vec<(String, Color32)> = self
            .discomfort
            .iter()
            .zip(AREAS.iter().cycle())
            .map(|((region, _), color)| (region.label().to_string(), *color))
            .collect();
        let items: Vec<(&str, Color32)> = labels.iter().map(|(l, c)| (l.as_str(), *c)).collect();
        legend(ui, &items);
        self.plot("discomfort", 10.0).show(ui, |plot| {
            for ((region, points), color) in self.discomfort.iter().zip(AREAS.iter().cycle()) {
                plot.line(
                    Line::new(region.label(), PlotPoints::from(points.clone())).color(*color),
                );
                plot.points(
                    Points::new(region.label(), PlotPoints::from(points.clone()))
                        .color(*color)
                        .radius(POINT),
                );
            }
        });
    }
}
