//! The end of a break: the body check-in when one is due (a row of 0–10 per area, nothing
//! chosen until you choose, and one warning-sign question for all the areas), and the
//! advice to read before the window closes.

use super::{Action, BreakWindow, Stage};
use eframe::egui::{self, RichText};
use knotless_exercises::exercise::Region;
use knotless_exercises::flow::Checkin;
use knotless_i18n::t;

impl BreakWindow {
    pub(super) fn checkin_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Stage::Checkin(c) = self.flow.stage() else {
            return;
        };
        ui.heading(t!("checkin-heading"));
        ui.label(t!("checkin-question"));
        ui.add_space(8.0);
        score_rows(ui, &c.areas, actions);
        warning_ui(ui, c, actions);
        ui.add_space(8.0);
        ui.label(RichText::new(t!("checkin-leave-hint")).small());
    }

    pub(super) fn advice_ui(&mut self, ui: &mut egui::Ui) {
        let Stage::Advice(advice) = self.flow.stage() else {
            return;
        };
        ui.heading(t!("checkin-advice-heading"));
        for a in advice {
            ui.label(RichText::new(a.text()).size(16.0));
            ui.add_space(6.0);
        }
        ui.label(RichText::new(t!("checkin-advice-disclaimer")).size(15.0));
    }
}

/// One row per area: its name, then the scores 0 to 10 sharing what is left of the row.
fn score_rows(ui: &mut egui::Ui, areas: &[(Region, Option<u8>)], actions: &mut Vec<Action>) {
    // The score buttons share what is left of the row after the widest area name.
    let name_width = ui.ctx().fonts_mut(|f| {
        areas
            .iter()
            .map(|(r, _)| {
                let font = egui::FontId::proportional(16.0);
                let text = r.label();
                f.layout_no_wrap(text, font, egui::Color32::WHITE).size().x
            })
            .fold(60.0_f32, f32::max)
    }) + 8.0;
    // A name longer than 40 % of the row (as "parte superior das costas" is) goes on a line
    // of its own above its scores, in every row, so the scores stay in columns.
    let stacked = name_width > ui.available_width() * 0.4;
    let name_width = if stacked { 0.0 } else { name_width };
    let gap = 2.0;
    let score_width = ((ui.available_width() - name_width - 10.0 * gap) / 11.0).clamp(22.0, 40.0);
    for &(region, score) in areas {
        if stacked {
            ui.label(RichText::new(region.label()).size(16.0));
        }
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            if !stacked {
                ui.allocate_ui_with_layout(
                    egui::vec2(name_width, 28.0),
                    egui::Layout::left_to_right(egui::Align::Center),
                    |ui| {
                        ui.set_min_width(name_width);
                        ui.label(RichText::new(region.label()).size(16.0));
                    },
                );
            }
            for n in 0..=10u8 {
                let chosen = score == Some(n);
                // Framed, so each score reads as something to press; none chosen at first.
                let button = egui::Button::new(n.to_string())
                    .selected(chosen)
                    .frame(true)
                    .min_size(egui::vec2(score_width, 28.0));
                let response = ui.add(button);
                // A screen reader says which area the score is for.
                let said = t!("checkin-score-said", area = region.label(), score = n);
                response.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::Button, true, chosen, &said)
                });
                if response.clicked() && !chosen {
                    actions.push(Action::Score(region, n));
                }
            }
        });
    }
}

/// The warning-sign question (No / Yes) and, with a yes and several areas, where it is.
fn warning_ui(ui: &mut egui::Ui, c: &Checkin, actions: &mut Vec<Action>) {
    ui.add_space(12.0);
    ui.label(RichText::new(t!("checkin-warning-question")).strong());
    ui.horizontal(|ui| {
        for (label, yes) in [(t!("checkin-no"), false), (t!("checkin-yes"), true)] {
            let chosen = c.warning == Some(yes);
            let button = egui::Button::new(label)
                .selected(chosen)
                .frame(true)
                .min_size(egui::vec2(60.0, 28.0));
            if ui.add(button).clicked() && !chosen {
                actions.push(Action::Warning(yes));
            }
        }
    });
    if c.warning == Some(true) && c.areas.len() > 1 {
        ui.label(t!("checkin-warning-where"));
        ui.horizontal_wrapped(|ui| {
            for &(region, _) in &c.areas {
                let mut there = c.warning_areas.contains(&region);
                if ui.checkbox(&mut there, region.label()).changed() {
                    actions.push(Action::WarningIn(region, there));
                }
            }
        });
    }
}
