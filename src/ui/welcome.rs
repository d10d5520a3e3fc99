//! The first-run welcome: what the three reminder kinds do, in two sentences each, and four
//! questions (focus areas, what is at hand, a sit-stand desk, start at login). The answers are saved into the
//! config file through the settings form, so they land with every other key documented;
//! "Not now" saves the defaults, so the welcome shows once.

use super::settings_window::SettingsForm;
use eframe::egui::{self, RichText};

/// The keys the welcome asks about, in order.
pub const QUESTIONS: [&str; 4] = [
    "suggestions.focus",
    "suggestions.equipment",
    "standing.enabled",
    "startup.autostart",
];

/// The welcome's state.
pub struct Welcome {
    form: SettingsForm,
    finished: bool,
    message: Option<String>,
}

impl Welcome {
    pub fn new(form: SettingsForm) -> Welcome {
        Welcome {
            form,
            finished: false,
            message: None,
        }
    }

    /// Saved (or declined): the window may close.
    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// Saves the answers (or, untouched, the defaults).
    pub fn save(&mut self) {
        match self.form.save() {
            Ok(_) => self.finished = true,
            Err(e) => self.message = Some(e.to_string()),
        }
    }

    /// Keeps the defaults: they are written once (closing the window does the same), so the
    /// welcome does not come back at the next start.
    pub fn decline(&mut self) {
        match SettingsForm::load(self.form.path().to_path_buf()) {
            Ok(form) => {
                self.form = form;
                self.save();
            }
            Err(e) => self.message = Some(e.to_string()),
        }
    }

    /// Draws the welcome.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let every = |key: &str| {
            let text = self.form.text(key).unwrap_or_default();
            crate::config::read_duration(text).map_or_else(|_| text.to_owned(), spoken)
        };
        ui.heading("Welcome to knotless");
        ui.label("Move often, move variably. knotless counts how long you sit and, now and then, suggests one short movement.");
        ui.add_space(6.0);
        let kinds = [
            (
                "Movement break",
                format!(
                    "After {} of sitting, a reminder suggests one short, varied break: a \
                     stretch, a mobility drill, a gentle tennis-ball massage. Reading and \
                     calls count as sitting; time away from the desk counts as a break.",
                    every("movement.every")
                ),
            ),
            (
                "Micro-pause",
                format!(
                    "Every {} a quiet note asks you to check your posture and rest your \
                     eyes. It needs no answer and goes away by itself.",
                    every("micro_pause.every")
                ),
            ),
            (
                "Hydration",
                format!(
                    "Every {} a reminder to drink some water. Muscles recover better when \
                     you are well hydrated.",
                    every("hydration.every")
                ),
            ),
        ];
        for (title, text) in kinds {
            ui.label(RichText::new(title).strong());
            ui.label(text);
        }
        ui.add_space(6.0);
        ui.label(
            RichText::new(
                "Gentle pressure only: don't push into pain. Stop on numbness or tingling, and \
                 see a physical therapist if things do not improve within a week or two. With \
                 circulatory issues, nerve problems or a serious injury, talk to a healthcare \
                 provider before self-massage. Knots may not go away overnight: small, regular \
                 movement is what helps.",
            )
            .italics(),
        );
        ui.separator();
        for key in QUESTIONS {
            if key == "standing.enabled" {
                ui.label(
                    "Do you have a sit-stand desk? Then tell knotless when you stand (the \
                     tray, the break window, or `knotless stand`): standing time does not \
                     count as sitting, and it suggests standing, and changing position again, \
                     now and then.",
                );
            }
            self.form.key_ui(ui, key);
            ui.add_space(4.0);
        }
        ui.separator();
        ui.horizontal(|ui| {
            if ui.button("Save and start").clicked() {
                self.save();
            }
            if ui.button("Not now").clicked() {
                self.decline();
            }
        });
        if let Some(message) = &self.message {
            ui.label(RichText::new(message).color(ui.visuals().error_fg_color));
        }
        ui.label(RichText::new("Everything else is in Settings, and in the config file.").small());
    }
}

/// A duration in words: "40 minutes", "1 hour 30 minutes".
fn spoken(d: chrono::TimeDelta) -> String {
    let (h, m) = (d.num_hours(), d.num_minutes() % 60);
    let unit = |n: i64, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    match (h, m) {
        (0, 0) => unit(d.num_seconds(), "second"),
        (0, m) => unit(m, "minute"),
        (h, 0) => unit(h, "hour"),
        (h, m) => format!("{} {}", unit(h, "hour"), unit(m, "minute")),
    }
}

#[cfg(test)]
mod tests {
    use super::spoken;
    use chrono::TimeDelta;

    #[test]
    fn durations_read_as_words() {
        assert_eq!(spoken(TimeDelta::minutes(40)), "40 minutes");
        assert_eq!(spoken(TimeDelta::minutes(90)), "1 hour 30 minutes");
        assert_eq!(spoken(TimeDelta::hours(2)), "2 hours");
        assert_eq!(spoken(TimeDelta::seconds(30)), "30 seconds");
        assert_eq!(spoken(TimeDelta::minutes(1)), "1 minute");
    }
}
