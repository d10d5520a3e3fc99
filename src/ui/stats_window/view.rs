//! The statistics window's layout: the summary, then (or, with no history yet, a word on
//! what will appear and when) the plots, the regions moved, the table and the report; the
//! footer holds Export and Close.

use super::StatsView;
use crate::ui::style;
use eframe::egui::{self, RichText};
use knotless_i18n::t;

impl StatsView {
    /// Draws the window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        crate::ui::fonts::note_missing_font(ui);
        egui::Panel::bottom("stats-footer")
            .frame(egui::Frame::NONE.inner_margin(egui::Margin::symmetric(0, 6)))
            .show(ui, |ui| self.footer(ui));
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                ui.heading(t!("stats-title", days = self.days.len()));
                ui.label(self.summary());
                ui.add_space(style::space::XS);
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        if self.is_empty() {
                            empty_ui(ui);
                            return;
                        }
                        self.sitting_ui(ui);
                        self.breaks_ui(ui);
                        self.regions_ui(ui);
                        self.discomfort_ui(ui);
                        self.table_ui(ui);
                        self.report_ui(ui);
                    });
            });
    }

    fn footer(&mut self, ui: &mut egui::Ui) {
        let (close, export) = style::footer(
            ui,
            |ui| {
                let close = ui.add(style::primary_button(ui, &t!("stats-close")));
                let export = ui
                    .add(style::button(&t!("stats-export")))
                    .on_hover_text(t!("stats-export.tooltip"));
                (close, export)
            },
            |ui| {
                if let Some(message) = &self.message {
                    style::note(ui, message.as_str());
                }
            },
        );
        if export.clicked() {
            self.message = Some(match self.export() {
                Ok(path) => t!("stats-saved", path = path.display().to_string()),
                Err(e) => e.to_string(),
            });
        }
        if close.clicked() {
            self.closing = true;
        }
    }

    fn regions_ui(&self, ui: &mut egui::Ui) {
        style::section(ui, &t!("stats-regions-title"));
        if self.regions.is_empty() {
            ui.label(t!("stats-regions-none"));
            return;
        }
        let most = self.regions.first().map_or(1, |r| r.1).max(1);
        for (region, count) in &self.regions {
            style::row(ui, &region.label(), true, |ui, label| {
                ui.add(
                    egui::ProgressBar::new(*count as f32 / most as f32)
                        .desired_width(260.0)
                        .text(t!("stats-regions-breaks", count = *count)),
                )
                .labelled_by(label);
            });
        }
    }

    fn report_ui(&mut self, ui: &mut egui::Ui) {
        style::section(ui, &t!("stats-report-title"));
        ui.label(t!("stats-report-intro"));
        ui.add_space(style::space::S);
        // Wrapped at the window's width: the prose lines wrap, the columns of its tables
        // (at most 82 characters) fit and stay aligned.
        egui::Frame::group(ui.style())
            .fill(ui.visuals().extreme_bg_color)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                let text = RichText::new(&self.report)
                    .monospace()
                    .size(style::size::MONO);
                ui.add(egui::Label::new(text).wrap());
            });
        ui.add_space(style::space::S);
        if ui.add(style::button(&t!("stats-report-save"))).clicked() {
            self.message = Some(match self.save_report() {
                Ok(path) => t!("stats-saved", path = path.display().to_string()),
                Err(e) => e.to_string(),
            });
        }
    }
}

/// What the window says before there is anything to show.
fn empty_ui(ui: &mut egui::Ui) {
    ui.add_space(style::space::L);
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(style::space::M as i8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(t!("stats-empty-title"))
                    .size(style::size::SECTION)
                    .strong(),
            );
            ui.add_space(style::space::S);
            ui.label(t!("stats-empty-first-day"));
            ui.add_space(style::space::S);
            ui.label(t!("stats-empty-then"));
        });
}
