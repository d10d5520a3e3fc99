//! The settings window: every key of the config table, grouped by section, validated as you
//! type with the same messages as `knotless config check`, and saved atomically with
//! `toml_edit`, so the comments in the file survive. The running daemon picks the file up by
//! itself (it watches it). A value that does not pass is shown and never saved.

use crate::config::schema::{self, Key, Kind, Value};
use crate::config::{self, DEFAULT_TOML};
use eframe::egui::{self, RichText};
use std::path::PathBuf;
use toml_edit::DocumentMut;

/// One key being edited.
struct Field {
    key: &'static Key,
    text: String,
    /// What the file holds now, to write only what changed.
    saved: Value,
    error: Option<String>,
}

/// Why the form cannot be read or saved; the window shows the message as it is.
#[derive(Debug, thiserror::Error)]
pub enum FormError {
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{key} is not valid; nothing was saved")]
    Invalid { key: String },
    #[error("the file is not valid TOML, so it is left alone (fix it by hand): {0}")]
    NotToml(toml_edit::TomlError),
    #[error("[{0}] is not a table in the file")]
    NotATable(&'static str),
    #[error(transparent)]
    Value(#[from] schema::ValueError),
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The form behind the window.
pub struct SettingsForm {
    path: PathBuf,
    fields: Vec<Field>,
    message: Option<String>,
}

impl SettingsForm {
    /// Reads the config file (or the documented defaults when there is none).
    pub fn load(path: PathBuf) -> Result<SettingsForm, FormError> {
        let text = read_or_default(&path)?;
        let loaded = config::parse_str(&text);
        let fields = schema::KEYS
            .iter()
            .map(|key| {
                let value = (key.get)(&loaded.settings);
                Field {
                    key,
                    text: display(&value),
                    saved: value,
                    error: None,
                }
            })
            .collect();
        Ok(SettingsForm {
            path,
            fields,
            message: None,
        })
    }

    /// Replaces the text of `section.name` (what typing does), and checks it.
    pub fn set_text(&mut self, path: &str, text: &str) {
        if let Some(field) = self.fields.iter_mut().find(|f| f.key.path() == path) {
            field.text = text.to_owned();
            field.error = parse(field.key, &field.text).err().map(|e| e.to_string());
        }
    }

    /// The file the form saves to.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// The text of `section.name` as the form holds it.
    pub fn text(&self, path: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|f| f.key.path() == path)
            .map(|f| f.text.as_str())
    }

    /// Draws the field of one key (the first-run welcome shows a few of them).
    pub fn key_ui(&mut self, ui: &mut egui::Ui, path: &str) {
        if let Some(field) = self.fields.iter_mut().find(|f| f.key.path() == path) {
            field_ui(ui, field);
        }
    }

    /// The problem with `section.name`, if any.
    pub fn error(&self, path: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|f| f.key.path() == path)
            .and_then(|f| f.error.as_deref())
    }

    /// Writes the changed keys into the file, keeping everything else (comments included).
    pub fn save(&mut self) -> Result<usize, FormError> {
        if let Some(bad) = self.fields.iter().find(|f| f.error.is_some()) {
            return Err(FormError::Invalid {
                key: bad.key.path(),
            });
        }
        let text = read_or_default(&self.path)?;
        let mut doc: DocumentMut = text.parse().map_err(FormError::NotToml)?;
        let mut changed = 0;
        for field in &mut self.fields {
            let value = parse(field.key, &field.text)?;
            if value == field.saved {
                continue;
            }
            let section = doc
                .entry(field.key.section)
                .or_insert_with(toml_edit::table)
                .as_table_mut()
                .ok_or(FormError::NotATable(field.key.section))?;
            let mut item = toml_edit::value(to_toml(&value));
            match section.get_mut(field.key.name) {
                // Replacing the value in place keeps the key with the comments above it, and
                // the old value's decor keeps a comment after it on the same line.
                Some(existing) => {
                    if let (Some(old), Some(new)) = (existing.as_value(), item.as_value_mut()) {
                        *new.decor_mut() = old.decor().clone();
                    }
                    *existing = item;
                }
                None => {
                    section.insert(field.key.name, item);
                }
            }
            field.saved = value;
            changed += 1;
        }
        crate::store::write_atomically(&self.path, doc.to_string().as_bytes()).map_err(
            |source| FormError::Write {
                path: self.path.clone(),
                source,
            },
        )?;
        Ok(changed)
    }

    /// Draws the form.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        ui.heading("Settings");
        ui.label(format!("Saved to {}", self.path.display()));
        egui::ScrollArea::vertical()
            .max_height(ui.available_height() - 48.0)
            .show(ui, |ui| {
                let mut section = "";
                for field in &mut self.fields {
                    if field.key.section != section {
                        section = field.key.section;
                        ui.add_space(8.0);
                        ui.label(RichText::new(title(section)).strong().size(16.0));
                    }
                    field_ui(ui, field);
                }
            });
        ui.separator();
        ui.horizontal(|ui| {
            let valid = self.fields.iter().all(|f| f.error.is_none());
            if ui.add_enabled(valid, egui::Button::new("Save")).clicked() {
                self.message = Some(match self.save() {
                    Ok(0) => "Nothing changed.".to_owned(),
                    Ok(n) => format!("Saved {n} change{}.", if n == 1 { "" } else { "s" }),
                    Err(e) => e.to_string(),
                });
            }
            if let Some(message) = &self.message {
                ui.label(message);
            }
        });
    }
}

fn field_ui(ui: &mut egui::Ui, field: &mut Field) {
    let changed = match field.key.kind {
        Kind::Bool => {
            ui.horizontal(|ui| {
                let label = ui.label(field.key.label);
                let mut on = field.text == "true";
                let response = ui.checkbox(&mut on, "").labelled_by(label.id);
                field.text = on.to_string();
                response.changed()
            })
            .inner
        }
        Kind::Names { allowed } => names_ui(ui, field.key.label, allowed, &mut field.text),
        Kind::Choice { allowed } => {
            ui.horizontal(|ui| {
                let label = ui.label(field.key.label);
                let before = field.text.clone();
                egui::ComboBox::from_id_salt(field.key.path())
                    .selected_text(field.text.clone())
                    .show_ui(ui, |ui| {
                        for name in allowed {
                            ui.selectable_value(&mut field.text, (*name).to_owned(), *name);
                        }
                    })
                    .response
                    .labelled_by(label.id);
                field.text != before
            })
            .inner
        }
        _ => {
            ui.horizontal(|ui| {
                let label = ui.label(field.key.label);
                ui.add(egui::TextEdit::singleline(&mut field.text).desired_width(180.0))
                    .labelled_by(label.id)
                    .changed()
            })
            .inner
        }
    };
    if changed {
        field.error = parse(field.key, &field.text).err().map(|e| e.to_string());
    }
    if let Some(error) = &field.error {
        ui.label(
            RichText::new(error)
                .color(ui.visuals().error_fg_color)
                .small(),
        );
    }
}

/// A list key from a fixed vocabulary as one checkbox per name; `text` is the list as the
/// form keeps it ("neck, upper_back"). Names the vocabulary does not know (a hand edit)
/// stay in the text, so the check below the field can point at them.
fn names_ui(ui: &mut egui::Ui, label: &str, allowed: &[&str], text: &mut String) -> bool {
    let mut chosen: Vec<String> = text
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    let mut changed = false;
    ui.label(label);
    ui.horizontal_wrapped(|ui| {
        ui.add_space(12.0);
        for name in allowed {
            let mut on = chosen.iter().any(|c| c == name);
            if ui.checkbox(&mut on, name.replace('_', " ")).changed() {
                changed = true;
                if on {
                    chosen.push((*name).to_owned());
                } else {
                    chosen.retain(|c| c != name);
                }
            }
        }
    });
    if changed {
        // The vocabulary's order, then anything else as it was.
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

fn title(section: &str) -> String {
    match section {
        "micro_pause" => "Micro-pause".to_owned(),
        "checkin" => "Body check-in".to_owned(),
        "working_hours" => "Working hours".to_owned(),
        "standing" => "Sit-stand desk".to_owned(),
        other => {
            let mut chars = other.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_uppercase().collect::<String>() + chars.as_str()
            })
        }
    }
}

fn read_or_default(path: &std::path::Path) -> Result<String, FormError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(DEFAULT_TOML.to_owned()),
        Err(source) => Err(FormError::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// A value as the form shows it.
fn display(value: &Value) -> String {
    match value {
        Value::Duration(d) => config::format_duration(*d),
        Value::Count(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::TimeOfDay(t) => t.format("%H:%M").to_string(),
        Value::Names(names) => names.join(", "),
        Value::Choice(name) => name.clone(),
        Value::Hours(None) => "off".to_owned(),
        Value::Hours(Some((from, to))) => {
            format!("{}-{}", from.format("%H:%M"), to.format("%H:%M"))
        }
    }
}

/// Reads what the user typed as the key's type, with the messages `config check` gives.
fn parse(key: &Key, text: &str) -> Result<Value, schema::ValueError> {
    let text = text.trim();
    let value = match key.kind {
        Kind::Duration { .. } => config::read_duration(text).map(Value::Duration)?,
        Kind::Count { .. } => text
            .parse::<u32>()
            .map(Value::Count)
            .map_err(|_| schema::ValueError::expected(key))?,
        Kind::Bool => Value::Bool(text == "true"),
        Kind::TimeOfDay => chrono::NaiveTime::parse_from_str(text, "%H:%M")
            .map(Value::TimeOfDay)
            .map_err(|_| schema::ValueError::expected(key))?,
        Kind::Names { .. } | Kind::Ids => Value::Names(
            text.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        ),
        Kind::Hours => crate::core::hours::parse_range(text)
            .map(Value::Hours)
            .ok_or_else(|| schema::ValueError::expected(key))?,
        Kind::Choice { .. } => Value::Choice(text.to_owned()),
    };
    schema::check(key, value)
}

/// A value as TOML.
fn to_toml(value: &Value) -> toml_edit::Value {
    match value {
        Value::Count(n) => i64::from(*n).into(),
        Value::Bool(b) => (*b).into(),
        Value::Names(names) => names
            .iter()
            .map(String::as_str)
            .collect::<toml_edit::Array>()
            .into(),
        other => display(other).into(),
    }
}
