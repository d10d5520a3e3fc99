//! The controls the settings and welcome windows edit keys with: a duration stepper that
//! shows its unit in words, a group of checkboxes for a list of names, a short text field
//! for times, the exercise picker, and the mark on a field whose value cannot be used. Each
//! edits the text the form keeps and says whether it changed; none of them checks values.

use super::style;
use crate::config::advice::spoken;
use chrono::TimeDelta;
use eframe::egui::{self, Response};
use knotless_i18n::t;

/// `[−] [45m] [+] 45 minutes`: a duration typed or stepped; the step grows with the value
/// (10 s under 2 minutes, up to an hour over 4 hours). `name` is the field's name for screen
/// readers and tests. Returns the text field's response, `changed` set by any edit.
pub fn duration(
    ui: &mut egui::Ui,
    text: &mut String,
    (min, max): (TimeDelta, TimeDelta),
    name: &str,
) -> Response {
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = style::space::XS + 2.0;
        let current = crate::config::read_duration(text).ok();
        let shorter = ui
            .add_enabled(current.is_some_and(|d| d > min), stepper("−"))
            .on_hover_text(t!("advice-control-shorter"));
        style::name(
            ui,
            &shorter,
            &t!("advice-control-shorter-named", name = name),
        );
        let mut edit = ui.add(
            egui::TextEdit::singleline(text)
                .desired_width(72.0)
                .align(egui::Align2::CENTER_CENTER),
        );
        style::name(ui, &edit, name);
        let longer = ui
            .add_enabled(current.is_some_and(|d| d < max), stepper("+"))
            .on_hover_text(t!("advice-control-longer"));
        style::name(ui, &longer, &t!("advice-control-longer-named", name = name));
        if let Some(d) = current {
            let stepped = if shorter.clicked() {
                Some((d - step(d - TimeDelta::seconds(1))).max(min))
            } else if longer.clicked() {
                Some((d + step(d)).min(max))
            } else {
                None
            };
            if let Some(new) = stepped {
                *text = crate::config::format_duration(new);
                edit.mark_changed();
            }
        }
        // The unit in words, so "90m" reads as "1 hour 30 minutes".
        if let Ok(d) = crate::config::read_duration(text) {
            ui.add_space(style::space::S);
            ui.label(spoken(d));
        }
        edit
    })
    .inner
}

fn stepper(text: &str) -> egui::Button<'static> {
    egui::Button::new(text.to_owned()).min_size(egui::vec2(26.0, 24.0))
}

/// How far one click of − or + moves a duration of `d`.
fn step(d: TimeDelta) -> TimeDelta {
    let m = TimeDelta::minutes;
    if d < m(2) {
        TimeDelta::seconds(10)
    } else if d < m(10) {
        m(1)
    } else if d < m(60) {
        m(5)
    } else if d < m(4 * 60) {
        m(15)
    } else if d < m(24 * 60) {
        m(60)
    } else {
        m(24 * 60)
    }
}

/// A short one-line field (a time of day, a day's hours), named `name`.
pub fn short_text(ui: &mut egui::Ui, text: &mut String, width: f32, name: &str) -> Response {
    let edit = ui.add(egui::TextEdit::singleline(text).desired_width(width));
    style::name(ui, &edit, name);
    edit
}

/// A list from a fixed vocabulary as checkboxes in `columns` columns, in the vocabulary's
/// order; `text` is the list as the form keeps it ("neck, upper_back"). Names the vocabulary
/// does not know (a hand edit) stay in the text, so the form can point at them.
pub fn names(
    ui: &mut egui::Ui,
    id: &str,
    allowed: &[&str],
    text: &mut String,
    columns: usize,
) -> bool {
    let mut chosen: Vec<String> = split(text);
    let mut changed = false;
    // As many columns as the longest name allows: a language with longer words ("unterer
    // Rücken") gets fewer, rather than a row past the window's edge.
    let font = egui::TextStyle::Body.resolve(ui.style());
    let widest = allowed
        .iter()
        .map(|name| {
            let label = knotless_core::vocabulary::label_in(allowed, name);
            ui.ctx()
                .fonts_mut(|f| f.layout_no_wrap(label, font.clone(), egui::Color32::WHITE))
                .size()
                .x
        })
        .fold(0.0_f32, f32::max);
    let checkbox = ui.spacing().icon_width + ui.spacing().icon_spacing + style::space::M;
    let fits = (ui.available_width() / (widest + checkbox))
        .floor()
        .max(1.0) as usize;
    let columns = columns.min(fits);
    egui::Grid::new(id)
        .num_columns(columns)
        .spacing(egui::vec2(style::space::M, style::space::XS + 2.0))
        .show(ui, |ui| {
            for (i, name) in allowed.iter().enumerate() {
                let mut on = chosen.iter().any(|c| c == name);
                let label = knotless_core::vocabulary::label_in(allowed, name);
                if ui.checkbox(&mut on, label).changed() {
                    changed = true;
                    if on {
                        chosen.push((*name).to_owned());
                    } else {
                        chosen.retain(|c| c != name);
                    }
                }
                if (i + 1) % columns == 0 {
                    ui.end_row();
                }
            }
        });
    if changed {
        let mut ordered: Vec<String> = allowed
            .iter()
            .filter(|n| chosen.iter().any(|c| c == *n))
            .map(|n| (*n).to_owned())
            .collect();
        ordered.extend(
            chosen
                .into_iter()
                .filter(|c| !allowed.contains(&c.as_str())),
        );
        *text = ordered.join(", ");
    }
    changed
}

/// The form's text of a list, as its items.
pub fn split(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The exercises to leave out, picked by title: a search field and the matching exercises
/// as checkboxes (ticked = left out). `exercises` are (id, title) sorted by title; ids in
/// `text` that are not among them (a hand edit, a removed file) are listed by id.
pub fn exercise_picker(
    ui: &mut egui::Ui,
    text: &mut String,
    search: &mut String,
    exercises: &[(String, String)],
) -> bool {
    let mut chosen = split(text);
    let mut changed = false;
    let find = ui.add(
        egui::TextEdit::singleline(search)
            .hint_text(t!("advice-control-find-hint"))
            .desired_width(260.0),
    );
    style::name(ui, &find, &t!("advice-control-find-name"));
    let needle = search.trim().to_lowercase();
    let unknown: Vec<(String, String)> = chosen
        .iter()
        .filter(|id| !exercises.iter().any(|(known, _)| known == *id))
        .map(|id| (id.clone(), id.clone()))
        .collect();
    egui::ScrollArea::vertical()
        .id_salt("exercise-picker")
        .max_height(160.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for (id, title) in unknown.iter().chain(exercises) {
                if !needle.is_empty()
                    && !title.to_lowercase().contains(&needle)
                    && !id.contains(&needle)
                {
                    continue;
                }
                let mut out = chosen.iter().any(|c| c == id);
                if ui.checkbox(&mut out, title.as_str()).changed() {
                    changed = true;
                    if out {
                        chosen.push(id.clone());
                    } else {
                        chosen.retain(|c| c != id);
                    }
                }
            }
        });
    let count = chosen.len();
    style::note(ui, t!("advice-control-left-out", count = count));
    if changed {
        *text = chosen.join(", ");
    }
    changed
}

/// Marks a field whose value cannot be used: a border in the error colour, and for screen
/// readers the field is invalid and described by the advice.
pub fn mark_invalid(ui: &egui::Ui, field: &Response, advice: &str) {
    let color = ui.visuals().error_fg_color;
    ui.painter().rect_stroke(
        field.rect.expand(1.0),
        3.0,
        egui::Stroke::new(2.0, color),
        egui::StrokeKind::Outside,
    );
    ui.ctx().accesskit_node_builder(field.id, |node| {
        node.set_invalid(egui::accesskit::Invalid::True);
        node.set_description(advice.to_owned());
    });
}
