//! Drawing the settings form: the common choices on one page that needs no scrolling, the
//! rest under "More" in groups, every page a two-column form (labels, then controls), the
//! advice in plain words under a field that cannot be used, and a footer whose Save says what
//! keeps it from saving. Controls come from `widgets`, sizes and spacing from `style`.

use super::{Field, Notice, Page, SettingsForm};
use crate::config::schema::{self, Group, Kind};
use crate::ui::{style, widgets};
use eframe::egui::{self, Response, RichText};
use knotless_i18n::{t, tr_in};
use strum::IntoEnumIterator;

/// The keys of the first page, drawn one row each, in order (a row may hold two keys).
const COMMON_ROWS: [&str; 3] = ["movement.every", "movement.length", "movement.snooze"];

impl SettingsForm {
    /// Draws the window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        crate::ui::fonts::note_missing_font(ui);
        egui::Panel::bottom("settings-footer")
            .frame(egui::Frame::NONE.inner_margin(egui::Margin::symmetric(0, 6)))
            .show(ui, |ui| self.footer(ui));
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.heading(t!("settings-title"));
                    ui.add_space(style::space::L);
                    for (page, text) in [
                        (Page::Common, t!("settings-page-common")),
                        (Page::More, t!("settings-page-more")),
                    ] {
                        let tab = ui.add(
                            egui::Button::selectable(self.page == page, text)
                                .min_size(egui::vec2(80.0, 28.0)),
                        );
                        if tab.clicked() {
                            self.page = page;
                        }
                    }
                });
                ui.add_space(style::space::S);
                egui::ScrollArea::vertical()
                    .id_salt(self.page == Page::More)
                    .auto_shrink([false, false])
                    .show(ui, |ui| match self.page {
                        Page::Common => self.common_page(ui),
                        Page::More => self.more_page(ui),
                    });
            });
    }

    /// Draws the control of one key alone, without its row (the welcome asks a few keys).
    pub fn key_ui(&mut self, ui: &mut egui::Ui, path: &str) {
        match self.field(path).map(|f| f.key.kind) {
            Some(Kind::Bool) => self.checkbox(ui, path, None),
            Some(_) => self.control(ui, path, None),
            None => {}
        }
    }

    fn common_page(&mut self, ui: &mut egui::Ui) {
        for path in COMMON_ROWS {
            self.key_row(ui, path);
        }
        self.switch_row(
            ui,
            Group::MicroPauses,
            "micro_pause.enabled",
            "micro_pause.every",
        );
        self.switch_row(ui, Group::Water, "hydration.enabled", "hydration.every");
        style::row(ui, &Group::WorkingHours.title(), true, |ui, _| {
            ui.vertical(|ui| {
                self.checkbox(ui, "working_hours.enabled", None);
                ui.horizontal(|ui| {
                    style::note(ui, self.hours_summary());
                    if ui.link(t!("settings-set-days")).clicked() {
                        self.page = Page::More;
                        self.reveal = Some(Group::Days);
                    }
                });
            });
        });
        style::row(ui, &Group::Sound.title(), true, |ui, _| {
            // The volume under the cues it sets: beside them, a language with longer words
            // pushed it past the window's edge.
            ui.vertical(|ui| {
                self.checkbox(ui, "sound.cues", Some(&t!("settings-sound-cues")));
                let enabled = self.enabled("sound.volume");
                ui.add_enabled_ui(enabled, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(t!("settings-volume"));
                        self.control(ui, "sound.volume", None);
                    });
                });
            });
        });
        style::row(ui, &Group::Login.title(), true, |ui, _| {
            self.checkbox(ui, "startup.autostart", None);
        });
        style::row(ui, &Group::Language.title(), true, |ui, _| {
            self.control(ui, "ui.language", None);
        });
        for (group, path) in [
            (Group::Focus, "suggestions.focus"),
            (Group::AtHand, "suggestions.equipment"),
        ] {
            style::row(ui, &group.title(), true, |ui, _| {
                self.control(ui, path, None)
            });
        }
    }

    fn more_page(&mut self, ui: &mut egui::Ui) {
        for group in Group::iter().filter(|g| !g.is_common()) {
            let title = style::section(ui, &group.title());
            if self.reveal == Some(group) {
                title.scroll_to_me(Some(egui::Align::TOP));
                self.reveal = None;
            }
            if group == Group::Days && !self.enabled("working_hours.monday") {
                style::note(ui, t!("settings-days-unused"));
            }
            let keys: Vec<String> = schema::KEYS
                .iter()
                .filter(|k| k.group == group)
                .map(|k| k.path())
                .collect();
            for path in &keys {
                self.key_row(ui, path);
            }
        }
    }

    /// One row: the key's label, then its control (and the advice under it). A true/false
    /// key is a checkbox with the label as its text, in the control column.
    fn key_row(&mut self, ui: &mut egui::Ui, path: &str) {
        let Some(key) = self.field(path).map(|f| f.key) else {
            return;
        };
        let enabled = self.enabled(path);
        if key.kind == Kind::Bool {
            style::row(ui, "", enabled, |ui, _| self.checkbox(ui, path, None));
        } else {
            style::row(ui, &key.label(), enabled, |ui, label| {
                self.control(ui, path, Some(label));
            });
        }
    }

    /// A reminder that can be off: the group's name, then "☑ every [20m]".
    fn switch_row(&mut self, ui: &mut egui::Ui, group: Group, switch: &str, every: &str) {
        style::row(ui, &group.title(), true, |ui, _| {
            self.checkbox(ui, switch, Some(&t!("settings-every")));
            let enabled = self.enabled(every);
            ui.add_enabled_ui(enabled, |ui| self.control(ui, every, None));
        });
    }

    /// A checkbox for a true/false key, showing `text` (the key's label when `None`); its
    /// name for screen readers is always the key's label.
    fn checkbox(&mut self, ui: &mut egui::Ui, path: &str, text: Option<&str>) {
        let Some(field) = self.field_mut(path) else {
            return;
        };
        let mut on = field.text == "true";
        let label = field.key.label();
        let response = ui.checkbox(&mut on, text.unwrap_or(&label));
        style::name(ui, &response, &label);
        if response.changed() {
            field.text = on.to_string();
            field.check();
            self.edited();
        }
    }

    /// The control for `path`, and the advice under it when its value cannot be used.
    /// `label` names it for screen readers where the control has no text of its own.
    fn control(&mut self, ui: &mut egui::Ui, path: &str, label: Option<egui::Id>) {
        let Some(index) = self.fields.iter().position(|f| f.key.path() == path) else {
            return;
        };
        let (changed, response) = ui
            .vertical(|ui| {
                let field = &mut self.fields[index];
                let (changed, response) =
                    field_control(ui, field, label, &mut self.search, &self.exercises);
                if let (Some(advice), Some(response)) = (&field.error, &response) {
                    widgets::mark_invalid(ui, response, advice);
                    ui.add_space(style::space::XS);
                    style::error(ui, advice);
                }
                (changed, response)
            })
            .inner;
        let _ = response;
        if changed {
            self.fields[index].check();
            self.edited();
        }
    }

    /// Whether `path` can be edited: its switch, if it has one, is on.
    fn enabled(&self, path: &str) -> bool {
        self.field(path)
            .and_then(|f| schema::switch_of(f.key))
            .is_none_or(|switch| self.text(&switch.path()) == Some("true"))
    }

    /// The working days in a few words: "Mon–Fri 09:00-17:30".
    fn hours_summary(&self) -> String {
        let short = |index: usize| {
            let day = u8::try_from(index)
                .ok()
                .and_then(|i| chrono::Weekday::try_from(i).ok())
                .unwrap_or(chrono::Weekday::Mon);
            knotless_i18n::format::weekday_short(day)
        };
        let days: Vec<(usize, &str)> = schema::KEYS
            .iter()
            .filter(|k| k.group == Group::Days)
            .filter_map(|k| self.text(&k.path()))
            .enumerate()
            .filter(|(_, t)| t.trim() != "off")
            .collect();
        let Some(&(first, hours)) = days.first() else {
            return t!("settings-hours-none");
        };
        let Some(&(last, _)) = days.last() else {
            return String::new();
        };
        let same = days.iter().all(|(_, h)| *h == hours);
        let contiguous = last - first + 1 == days.len();
        match (same, contiguous) {
            (true, true) if first == last => {
                t!("settings-hours-one-day", day = short(first), hours = hours)
            }
            (true, true) => t!(
                "settings-hours-days",
                first = short(first),
                last = short(last),
                hours = hours
            ),
            _ => t!("settings-hours-differ"),
        }
    }

    fn footer(&mut self, ui: &mut egui::Ui) {
        let blocker = self
            .blocker()
            .map(|f| (f.key.label(), f.key.group.is_common()));
        let errors = self.fields.iter().filter(|f| f.error.is_some()).count();
        let (save, close) = style::footer(
            ui,
            |ui| {
                // Greyed, not primary, while something keeps it from saving.
                let save = t!("settings-save");
                let button = if blocker.is_none() {
                    style::primary_button(ui, &save)
                } else {
                    style::button(&save)
                };
                let save = ui.add_enabled(blocker.is_none(), button);
                let close = ui.add(style::button(&t!("settings-close")));
                (save, close)
            },
            |ui| match (&self.notice, &blocker) {
                (_, Some((label, common))) => {
                    // Where the field is, when it is not on the page shown.
                    let place = match (common, self.page) {
                        (true, Page::More) => "common",
                        (false, Page::Common) => "more",
                        _ => "here",
                    };
                    style::error(
                        ui,
                        &t!(
                            "settings-cannot-save",
                            label = label.as_str(),
                            place = place,
                            others = errors.saturating_sub(1)
                        ),
                    );
                }
                (Some(Notice::Saved(n)), None) => {
                    ui.label(t!("settings-saved", count = *n));
                }
                (Some(Notice::Failed(why)), None) => {
                    style::error(ui, why);
                }
                (Some(Notice::Unsaved), None) => {
                    ui.label(
                        RichText::new(t!("settings-unsaved")).color(ui.visuals().warn_fg_color),
                    );
                }
                (None, None) if self.has_changes() => {
                    ui.label(t!("settings-not-saved-yet"));
                }
                (None, None) => {}
            },
        );
        if let Some((label, _)) = blocker {
            let _ = save.on_disabled_hover_text(t!("settings-save-blocked", label = label));
        } else if save.clicked() {
            self.save_pressed();
        }
        if close.clicked() {
            self.close_pressed();
        }
    }
}

/// Draws the control of one field; returns whether it changed and the response to mark
/// when its value cannot be used.
fn field_control(
    ui: &mut egui::Ui,
    field: &mut Field,
    label: Option<egui::Id>,
    search: &mut String,
    exercises: &[(String, String)],
) -> (bool, Option<Response>) {
    let name = field.key.label();
    let name = name.as_str();
    match field.key.kind {
        Kind::Duration { min, max } => {
            let r = widgets::duration(ui, &mut field.text, (min, max), name);
            (r.changed(), Some(r))
        }
        Kind::Count { min, max } => {
            let r = count_slider(ui, field, min, max);
            (r.changed(), Some(r))
        }
        Kind::Bool => {
            let r = checkbox(ui, field, label);
            (r.changed(), Some(r))
        }
        Kind::TimeOfDay => {
            let r = widgets::short_text(ui, &mut field.text, 72.0, name);
            (r.changed(), Some(r))
        }
        Kind::Hours => {
            let r = ui
                .horizontal(|ui| {
                    let r = widgets::short_text(ui, &mut field.text, 130.0, name);
                    style::note(ui, t!("settings-hours-hint"));
                    r
                })
                .inner;
            (r.changed(), Some(r))
        }
        Kind::Choice { allowed } => {
            let before = field.text.clone();
            let r = choice(ui, field, allowed);
            (field.text != before, Some(r))
        }
        Kind::Names { allowed } => {
            let columns = if allowed.len() > 4 { 4 } else { allowed.len() };
            let id = field.key.path();
            (
                widgets::names(ui, &id, allowed, &mut field.text, columns),
                None,
            )
        }
        Kind::Ids => (
            widgets::exercise_picker(ui, &mut field.text, search, exercises),
            None,
        ),
        Kind::Text => {
            let r = widgets::short_text(ui, &mut field.text, 260.0, name);
            (r.changed(), Some(r))
        }
        Kind::Sources => {
            let r = sources(ui, field);
            (r.changed(), Some(r))
        }
    }
}

/// A count as a slider (`volume` in per cent).
fn count_slider(ui: &mut egui::Ui, field: &mut Field, min: u32, max: u32) -> Response {
    let mut n: u32 = field.text.trim().parse().unwrap_or(min);
    let suffix = if field.key.name == "volume" { " %" } else { "" };
    let r = ui.add(egui::Slider::new(&mut n, min..=max).suffix(suffix));
    style::name(ui, &r, &field.key.label());
    if r.changed() {
        field.text = n.to_string();
    }
    r
}

/// A switch as a checkbox, named by its row's label.
fn checkbox(ui: &mut egui::Ui, field: &mut Field, label: Option<egui::Id>) -> Response {
    let mut on = field.text == "true";
    let mut r = ui.checkbox(&mut on, "");
    if let Some(label) = label {
        r = r.labelled_by(label);
    }
    if r.changed() {
        field.text = on.to_string();
    }
    r
}

/// One of `allowed` from a drop-down, each in words ([`choice_label`]).
fn choice(ui: &mut egui::Ui, field: &mut Field, allowed: &[&str]) -> Response {
    let r = egui::ComboBox::from_id_salt(field.key.path())
        .selected_text(choice_label(field.key.path().as_str(), &field.text))
        .show_ui(ui, |ui| {
            for value in allowed {
                let label = choice_label(field.key.path().as_str(), value);
                ui.selectable_value(&mut field.text, (*value).to_owned(), label);
            }
        })
        .response;
    style::name(ui, &r, &field.key.label());
    r
}

/// Calendar sources, one per line.
fn sources(ui: &mut egui::Ui, field: &mut Field) -> Response {
    ui.vertical(|ui| {
        let r = ui.add(
            egui::TextEdit::multiline(&mut field.text)
                .desired_rows(2)
                .desired_width(360.0),
        );
        style::name(ui, &r, &field.key.label());
        style::note(ui, t!("settings-sources-hint"));
        r
    })
    .inner
}

/// A choice in words: the file's value names the level, the window says what it does
/// (message `settings-insist-NAME`); a language shows by its own name, "auto" in words.
pub(super) fn choice_label(key: &str, value: &str) -> String {
    match key {
        "movement.insist" => tr_in("settings-insist", value),
        "ui.language" if value == "auto" => t!("settings-language-auto"),
        // A language's own name, as in every language's list ("Deutsch", "日本語").
        "ui.language" if knotless_i18n::known(value).is_some() => {
            knotless_i18n::language_name(value)
        }
        _ => value.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::choice_label;

    #[test]
    fn every_insist_level_and_language_reads_in_words() {
        for name in knotless_core::settings::Insist::NAMES {
            assert!(
                knotless_i18n::has_message(&format!("settings-insist-{name}")),
                "{name}"
            );
        }
        knotless_i18n::with_language("en", || {
            assert_eq!(choice_label("movement.insist", "gentle"), "Ask once more");
            assert_eq!(choice_label("ui.language", "auto"), "Same as the desktop");
            assert_eq!(choice_label("ui.language", "en"), "English");
        });
    }
}
