//! The numbers of the plots as a real table: a header row and a row a day (newest first),
//! numbers right-aligned in fixed columns, and in the accessibility tree a table of rows of
//! cells with column headers, so a screen reader can move by row and column.

use super::StatsView;
use crate::ui::style;
use eframe::egui::{self, RichText, accesskit::Role};
use knotless_core::humane_secs;
use knotless_core::stats::DayStats;
use knotless_i18n::format::{Pattern, format};
use knotless_i18n::t;

/// One column: its header, width, and the cell of a day.
struct Column {
    header: fn() -> String,
    width: f32,
    cell: fn(&DayStats) -> String,
}

const DAY: Column = Column {
    header: || t!("stats-column-day"),
    width: 104.0,
    cell: |d| format(d.date.and_time(chrono::NaiveTime::MIN), Pattern::Day),
};

fn duration(secs: u64) -> String {
    if secs == 0 {
        "–".to_owned()
    } else {
        humane_secs(secs)
    }
}

fn columns(standing: bool) -> Vec<Column> {
    let mut columns = vec![
        DAY,
        Column {
            header: || t!("stats-column-sitting"),
            width: 76.0,
            cell: |d| duration(d.sitting_secs),
        },
    ];
    if standing {
        columns.push(Column {
            header: || t!("stats-column-standing"),
            width: 80.0,
            cell: |d| duration(d.standing_secs),
        });
    }
    columns.extend([
        Column {
            header: || t!("stats-column-longest"),
            width: 76.0,
            cell: |d| duration(d.longest_stretch_secs),
        },
        Column {
            header: || t!("stats-column-done"),
            width: 56.0,
            cell: |d| d.completed.to_string(),
        },
        Column {
            header: || t!("stats-column-natural"),
            width: 64.0,
            cell: |d| d.natural.to_string(),
        },
        Column {
            header: || t!("stats-column-snoozed"),
            width: 72.0,
            cell: |d| d.snoozed.to_string(),
        },
        Column {
            header: || t!("stats-column-skipped"),
            width: 66.0,
            cell: |d| d.skipped.to_string(),
        },
        Column {
            header: || t!("stats-column-missed"),
            width: 62.0,
            cell: |d| d.missed.to_string(),
        },
    ]);
    columns
}

fn set_role(ui: &egui::Ui, role: Role) {
    ui.ctx()
        .accesskit_node_builder(ui.unique_id(), |node| node.set_role(role));
}

/// One row of cells; the first column is left-aligned, the numbers right-aligned.
fn row(ui: &mut egui::Ui, cells: &[(String, f32)], header: bool, stripe: bool) {
    let fill = if stripe {
        ui.visuals().faint_bg_color
    } else {
        egui::Color32::TRANSPARENT
    };
    egui::Frame::NONE
        .fill(fill)
        .inner_margin(egui::Margin::symmetric(4, 2))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                set_role(ui, Role::Row);
                ui.spacing_mut().item_spacing.x = style::space::S;
                for (i, (text, width)) in cells.iter().enumerate() {
                    let layout = if i == 0 {
                        egui::Layout::left_to_right(egui::Align::Center)
                    } else {
                        egui::Layout::right_to_left(egui::Align::Center)
                    };
                    ui.allocate_ui_with_layout(egui::vec2(*width, 20.0), layout, |ui| {
                        ui.set_min_width(*width);
                        set_role(
                            ui,
                            match (header, i) {
                                (true, _) => Role::ColumnHeader,
                                (false, 0) => Role::RowHeader,
                                _ => Role::Cell,
                            },
                        );
                        let text = RichText::new(text.as_str());
                        ui.label(if header { text.strong() } else { text });
                    });
                }
            });
        });
}

impl StatsView {
    pub(super) fn table_ui(&self, ui: &mut egui::Ui) {
        let title = t!("stats-table-title");
        style::section(ui, &title);
        let columns = columns(self.has_standing());
        egui::ScrollArea::horizontal()
            .id_salt("day-table")
            .show(ui, |ui| {
                ui.scope_builder(egui::UiBuilder::new().accessibility_label(title), |ui| {
                    set_role(ui, Role::Table);
                    ui.spacing_mut().item_spacing.y = 0.0;
                    let headers: Vec<(String, f32)> =
                        columns.iter().map(|c| ((c.header)(), c.width)).collect();
                    row(ui, &headers, true, false);
                    for (i, day) in self.days.iter().rev().enumerate() {
                        let cells: Vec<(String, f32)> =
                            columns.iter().map(|c| ((c.cell)(day), c.width)).collect();
                        row(ui, &cells, false, i % 2 == 0);
                    }
                });
            });
    }
}
