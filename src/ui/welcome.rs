//! The first-run welcome: one sentence per reminder kind, then four choices (focus areas,
//! what is at hand, a sit-stand desk, start at login) and "Start knotless". The answers are
//! saved into the config file through the settings form, so they land with every other key
//! documented; "Not now" saves the rest as documented, so the welcome shows once. Afterwards
//! the window says knotless is running in the tray and when the first movement break comes.

use super::settings_window::SettingsForm;
use super::style;
use crate::config::advice::spoken;
use chrono::NaiveTime;
use eframe::egui::{self, RichText};
use knotless_i18n::format::{Pattern, format};
use knotless_i18n::t;

/// A text made when it is shown, in the language of that moment.
pub type Text = fn() -> String;

/// The keys the welcome asks about, in order, with the label of their row.
pub const QUESTIONS: [(&str, Text); 5] = [
    ("suggestions.focus", || t!("welcome-focus")),
    ("suggestions.equipment", || t!("welcome-at-hand")),
    ("movement.insist", || t!("welcome-insist")),
    ("standing.enabled", || t!("welcome-desk")),
    ("startup.autostart", || t!("welcome-login")),
];

/// What the welcome ticks under "what you have at hand": a wall and a chair, which every
/// desk has. A ball, a roller or a strap are the user's to tick.
const AT_HAND: &str = "wall, chair";

/// Where the welcome is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Stage {
    Asking,
    /// Saved: the confirmation shows until the user closes it.
    Running,
    /// The window may close.
    Finished,
}

/// The welcome's state.
pub struct Welcome {
    form: SettingsForm,
    stage: Stage,
    /// The local time the window opened, to say when the first break comes.
    opened: Option<NaiveTime>,
    message: Option<String>,
}

impl Welcome {
    pub fn new(mut form: SettingsForm) -> Welcome {
        form.set_text("suggestions.equipment", AT_HAND);
        Welcome {
            form,
            stage: Stage::Asking,
            opened: None,
            message: None,
        }
    }

    /// The local time now, so the confirmation can say when the first break comes.
    pub fn at(mut self, now: NaiveTime) -> Welcome {
        self.opened = Some(now);
        self
    }

    /// Saved (or declined) and the confirmation closed: the window may close.
    pub fn is_finished(&self) -> bool {
        self.stage == Stage::Finished
    }

    /// The answers are in the file.
    pub fn is_saved(&self) -> bool {
        self.stage != Stage::Asking
    }

    /// Saves the answers.
    pub fn save(&mut self) {
        match self.form.save() {
            Ok(_) => self.stage = Stage::Running,
            Err(e) => self.message = Some(e.to_string()),
        }
    }

    /// Keeps the documented settings, without assuming equipment (closing the window does
    /// the same): written once, so the welcome does not come back at the next start.
    pub fn decline(&mut self) {
        match SettingsForm::load(self.form.path().to_path_buf()) {
            Ok(form) => {
                self.form = form;
                self.form.set_text("suggestions.equipment", AT_HAND);
                self.save();
            }
            Err(e) => self.message = Some(e.to_string()),
        }
    }

    /// Closing the window: while asking it is "Not now"; afterwards it just closes.
    pub fn close(&mut self) {
        if self.stage == Stage::Asking {
            self.decline();
        }
        self.stage = Stage::Finished;
    }

    /// A duration key as words: "40 minutes".
    fn every(&self, key: &str) -> String {
        let text = self.form.text(key).unwrap_or_default();
        crate::config::read_duration(text).map_or_else(|_| text.to_owned(), spoken)
    }

    /// Draws the welcome.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        crate::ui::fonts::note_missing_font(ui);
        match self.stage {
            Stage::Asking => self.asking_ui(ui),
            Stage::Running | Stage::Finished => self.running_ui(ui),
        }
    }

    fn asking_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::bottom("welcome-footer")
            .frame(egui::Frame::NONE.inner_margin(egui::Margin::symmetric(0, 6)))
            .show(ui, |ui| {
                let (start, later) = style::footer(
                    ui,
                    |ui| {
                        let start = ui.add(style::primary_button(ui, &t!("welcome-start")));
                        let later = ui.add(style::button(&t!("welcome-not-now")));
                        (start, later)
                    },
                    |ui| match &self.message {
                        Some(message) => {
                            style::error(ui, message);
                        }
                        None => {
                            style::note(ui, t!("welcome-later"));
                        }
                    },
                );
                if start.clicked() {
                    self.save();
                }
                if later.clicked() {
                    self.decline();
                }
            });
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| self.questions_ui(ui));
            });
    }

    fn questions_ui(&mut self, ui: &mut egui::Ui) {
        ui.heading(t!("welcome-title"));
        ui.add_space(style::space::XS);
        ui.label(t!("welcome-intro"));
        let kinds = [
            (
                t!("welcome-movement"),
                t!(
                    "welcome-movement-text",
                    every = self.every("movement.every")
                ),
            ),
            (
                t!("welcome-micro-pauses"),
                t!(
                    "welcome-micro-pauses-text",
                    every = self.every("micro_pause.every")
                ),
            ),
            (
                t!("welcome-water"),
                t!("welcome-water-text", every = self.every("hydration.every")),
            ),
        ];
        ui.add_space(style::space::S);
        for (title, text) in kinds {
            style::row(ui, &title, true, |ui, _| {
                ui.add(egui::Label::new(text).wrap())
            });
        }
        style::section(ui, &t!("welcome-choices"));
        for (key, label) in QUESTIONS {
            style::row(ui, &label(), true, |ui, _| {
                ui.vertical(|ui| {
                    self.form.key_ui(ui, key);
                    if key == "standing.enabled" {
                        style::note(ui, t!("welcome-desk-note"));
                    }
                });
            });
        }
        ui.add_space(style::space::M);
        ui.label(t!("welcome-safety"));
    }

    fn running_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::bottom("welcome-running-footer")
            .frame(egui::Frame::NONE.inner_margin(egui::Margin::symmetric(0, 6)))
            .show(ui, |ui| {
                let close = style::footer(
                    ui,
                    |ui| ui.add(style::primary_button(ui, &t!("welcome-close"))),
                    |ui| {
                        style::note(ui, t!("welcome-later"));
                    },
                );
                if close.clicked() {
                    self.stage = Stage::Finished;
                }
            });
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                ui.heading(t!("welcome-running"));
                ui.add_space(style::space::M);
                ui.label(t!("welcome-tray"));
                ui.add_space(style::space::S);
                ui.label(RichText::new(self.first_break()).strong());
                ui.add_space(style::space::S);
                ui.label(t!("welcome-away"));
            });
    }

    /// When the first movement break comes, in words.
    fn first_break(&self) -> String {
        let every = self.form.text("movement.every").unwrap_or_default();
        match (crate::config::read_duration(every), self.opened) {
            (Ok(d), Some(now)) => t!(
                "welcome-first-break-at",
                after = spoken(d),
                at = format(
                    chrono::NaiveDate::default().and_time(now + d),
                    Pattern::Time
                )
            ),
            (Ok(d), None) => t!("welcome-first-break", after = spoken(d)),
            (Err(_), _) => t!("welcome-first-break-unknown"),
        }
    }
}
