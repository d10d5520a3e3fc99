//! The end of a break, after "How did that feel?": the body check-in when one is due (a
//! slider 0–10 and a warning-sign box per area) and the advice to read before the window
//! closes. Part of the break flow; it reports through the same [`super::Reporter`].

use super::{Advice, AreaCheck, BreakFlow, Report, Stage};
use crate::core::exercise::Region;
use eframe::egui::{self, RichText};

impl BreakFlow {
    /// A check-in is due: after the feedback, ask about these areas.
    pub fn with_checkin(mut self, areas: Vec<Region>) -> BreakFlow {
        self.checkin = areas;
        self
    }

    /// Advice to show at the end (a physical therapist, found from earlier check-ins).
    pub fn with_advice(mut self, advice: Vec<Advice>) -> BreakFlow {
        self.advice = advice;
        self
    }

    /// Areas an exercise made worse once already this week (`core::body::worse_areas`).
    pub fn with_worse_this_week(mut self, areas: Vec<Region>) -> BreakFlow {
        self.worse_this_week = areas;
        self
    }

    /// "Worse": the window says plainly that the areas it loads are held now
    /// (`core::body::advice_on_worse`), and a second "worse" for an area within the week
    /// brings the advice to seek help.
    pub(super) fn made_worse(&mut self) {
        let mut said = crate::core::body::advice_on_worse(&self.exercise, &self.worse_this_week);
        said.append(&mut self.advice);
        self.advice = said;
    }

    /// Sets one area's answer in the check-in (what the slider and checkbox do).
    pub fn set_checkin(&mut self, region: Region, score: u8, red_flag: bool) {
        if let Stage::Checkin(areas) = &mut self.stage
            && let Some(a) = areas.iter_mut().find(|a| a.region == region)
        {
            a.score = score.min(10);
            a.red_flag = red_flag;
        }
    }

    /// The check-in if one is due, else the advice if any, else the end.
    pub(super) fn after_feedback(&mut self) {
        self.stage = if !self.checkin.is_empty() {
            Stage::Checkin(
                self.checkin
                    .iter()
                    .map(|&region| AreaCheck {
                        region,
                        score: 0,
                        red_flag: false,
                    })
                    .collect(),
            )
        } else {
            self.advice_or_over()
        };
    }

    fn advice_or_over(&mut self) -> Stage {
        if self.advice.is_empty() {
            Stage::Over
        } else {
            Stage::Advice(std::mem::take(&mut self.advice))
        }
    }

    pub(super) fn checkin_ui(&mut self, ui: &mut egui::Ui) {
        let Stage::Checkin(areas) = &mut self.stage else {
            return;
        };
        ui.heading("A quick check-in");
        ui.label("How does each area feel right now? 0 is fine, 10 is a lot.");
        for a in areas.iter_mut() {
            ui.horizontal(|ui| {
                let label = ui.add_sized([110.0, 18.0], egui::Label::new(a.region.label()));
                ui.add(egui::Slider::new(&mut a.score, 0..=10))
                    .labelled_by(label.id);
                ui.checkbox(
                    &mut a.red_flag,
                    format!("warning sign ({})", a.region.label()),
                );
            });
        }
        ui.label(
            RichText::new(
                "Tick \"warning sign\" for numbness, tingling, swelling or pain that limits \
                 your daily activities.",
            )
            .small(),
        );
        let mut save = false;
        let mut fine = false;
        ui.horizontal(|ui| {
            save = ui.button("Save check-in").clicked();
            fine = ui.button("All fine").clicked();
        });
        if fine {
            for a in areas.iter_mut() {
                *a = AreaCheck {
                    region: a.region,
                    score: 0,
                    red_flag: false,
                };
            }
        }
        if save || fine {
            let areas = areas.clone();
            let mut advice: Vec<Advice> = areas
                .iter()
                .filter_map(|a| {
                    crate::core::body::sign_of(a).map(|sign| Advice::SeekHelp {
                        region: a.region,
                        sign,
                    })
                })
                .collect();
            self.reporter.report(Report::Checkin { areas });
            advice.append(&mut self.advice);
            self.advice = advice;
            self.stage = self.advice_or_over();
        }
    }

    pub(super) fn advice_ui(&mut self, ui: &mut egui::Ui) {
        let Stage::Advice(advice) = &self.stage else {
            return;
        };
        ui.heading("Worth knowing");
        for a in advice {
            ui.label(a.text());
            ui.add_space(6.0);
        }
        ui.label(
            RichText::new("knotless gives general suggestions; it does not diagnose.").small(),
        );
        if ui.button("Understood").clicked() {
            let shown: Vec<Report> = advice
                .iter()
                .map(|a| Report::Advised {
                    region: a.region(),
                    kind: a.kind().to_owned(),
                })
                .collect();
            for report in shown {
                self.reporter.report(report);
            }
            self.stage = Stage::Over;
        }
    }
}
