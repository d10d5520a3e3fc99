//! The settings window's form: every key of the config table, checked as it is edited (the
//! advice in plain words beside the field), and saved atomically with `toml_edit`, so the
//! comments in the file survive. The running daemon picks the file up by itself (it watches
//! it). A value that does not pass is shown and never saved. Drawing is in `view`.

use crate::config::advice::advice;
use crate::config::schema::{self, Group, Key, Kind, Value};
use crate::config::{self, DEFAULT_TOML};
use knotless_i18n::t;
use std::path::PathBuf;
use toml_edit::DocumentMut;

mod view;

/// One key being edited.
struct Field {
    key: &'static Key,
    text: String,
    /// What the file holds now, to write only what changed.
    saved: Value,
    /// What to write instead, in plain words, while the text cannot be used.
    error: Option<String>,
}

impl Field {
    fn check(&mut self) {
        self.error = parse(self.key, &self.text)
            .err()
            .map(|_| advice(self.key, &self.text));
    }

    fn is_changed(&self) -> bool {
        parse(self.key, &self.text).map_or(true, |v| v != self.saved)
    }
}

/// Why the form cannot be read or saved; the window shows the message as it is.
#[derive(Debug)]
pub enum FormError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// `key` is the file's "section.name"; `label` what the window calls it.
    Invalid {
        key: String,
        label: String,
    },
    NotToml(toml_edit::TomlError),
    NotATable(&'static str),
    Value(schema::ValueError),
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl std::fmt::Display for FormError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The system's and the TOML parser's reasons stay in their own words (English).
        let text = match self {
            FormError::Read { path, source } => t!(
                "settings-error-read",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
            FormError::Invalid { label, .. } => {
                t!("settings-error-invalid", label = label.as_str())
            }
            FormError::NotToml(reason) => {
                t!("settings-error-not-toml", reason = reason.to_string())
            }
            FormError::NotATable(section) => t!("settings-error-not-a-table", section = *section),
            FormError::Value(error) => error.to_string(),
            FormError::Write { path, source } => t!(
                "settings-error-write",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for FormError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            FormError::Read { source, .. } | FormError::Write { source, .. } => Some(source),
            FormError::NotToml(error) => Some(error),
            FormError::Value(error) => Some(error),
            FormError::Invalid { .. } | FormError::NotATable(_) => None,
        }
    }
}

impl From<schema::ValueError> for FormError {
    fn from(error: schema::ValueError) -> FormError {
        FormError::Value(error)
    }
}

/// The two pages of the window: the common choices, and everything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Common,
    More,
}

/// What the footer says after the last action.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Notice {
    Saved(usize),
    Failed(String),
    /// Close was pressed with changes not saved: a second Close leaves without them.
    Unsaved,
}

/// The form behind the window.
pub struct SettingsForm {
    path: PathBuf,
    fields: Vec<Field>,
    notice: Option<Notice>,
    page: Page,
    /// The group the More page should scroll to on its next frame.
    reveal: Option<Group>,
    /// (id, title) of every exercise, by title, for the picker.
    exercises: Vec<(String, String)>,
    search: String,
    closing: bool,
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
                    text: match (key.kind, &value) {
                        // One source a line: an address may hold a comma.
                        (Kind::Sources, Value::Names(sources)) => sources.join("\n"),
                        _ => display(&value),
                    },
                    saved: value,
                    error: None,
                }
            })
            .collect();
        Ok(SettingsForm {
            path,
            fields,
            notice: None,
            page: Page::Common,
            reveal: None,
            exercises: Vec::new(),
            search: String::new(),
            closing: false,
        })
    }

    /// The exercises the picker offers, as (id, title).
    pub fn with_exercises(mut self, exercises: impl IntoIterator<Item = (String, String)>) -> Self {
        self.exercises = exercises.into_iter().collect();
        self.exercises
            .sort_by_key(|(_, title)| title.to_lowercase());
        self
    }

    /// Replaces the text of `section.name` (what typing does), and checks it.
    pub fn set_text(&mut self, path: &str, text: &str) {
        if let Some(field) = self.field_mut(path) {
            field.text = text.to_owned();
            field.check();
        }
        self.edited();
    }

    fn field_mut(&mut self, path: &str) -> Option<&mut Field> {
        self.fields.iter_mut().find(|f| f.key.path() == path)
    }

    fn field(&self, path: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.key.path() == path)
    }

    /// Something was edited: an earlier "Saved" no longer describes the form.
    fn edited(&mut self) {
        self.notice = None;
        self.closing = false;
    }

    /// The file the form saves to.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// The text of `section.name` as the form holds it.
    pub fn text(&self, path: &str) -> Option<&str> {
        self.field(path).map(|f| f.text.as_str())
    }

    /// The problem with `section.name`, in plain words, if any.
    pub fn error(&self, path: &str) -> Option<&str> {
        self.field(path).and_then(|f| f.error.as_deref())
    }

    /// The page shown.
    pub fn page(&self) -> Page {
        self.page
    }

    /// Shows `page`.
    pub fn show_page(&mut self, page: Page) {
        self.page = page;
    }

    /// Whether any key differs from the file.
    pub fn has_changes(&self) -> bool {
        self.fields.iter().any(Field::is_changed)
    }

    /// Close was pressed (twice, with changes not saved): the window should close.
    pub fn wants_close(&self) -> bool {
        self.closing
    }

    /// The first field that keeps Save from saving.
    fn blocker(&self) -> Option<&Field> {
        self.fields.iter().find(|f| f.error.is_some())
    }

    /// Writes the changed keys into the file, keeping everything else (comments included).
    pub fn save(&mut self) -> Result<usize, FormError> {
        if let Some(bad) = self.blocker() {
            return Err(FormError::Invalid {
                key: bad.key.path(),
                label: bad.key.label(),
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

    /// Save, as the button does: the footer says what happened.
    fn save_pressed(&mut self) {
        self.notice = Some(match self.save() {
            Ok(n) => Notice::Saved(n),
            Err(e) => Notice::Failed(e.to_string()),
        });
        self.closing = false;
    }

    /// Close, as the button does: with changes not saved, the first press only warns.
    fn close_pressed(&mut self) {
        if self.has_changes() && self.notice != Some(Notice::Unsaved) {
            self.notice = Some(Notice::Unsaved);
        } else {
            self.closing = true;
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

/// A value as the form shows it: as the file writes it (the same text is saved), so times
/// stay "HH:MM" and "off" in every language.
fn display(value: &Value) -> String {
    match value {
        Value::Duration(d) => config::format_duration(*d),
        Value::Count(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::TimeOfDay(t) => t.format("%H:%M").to_string(),
        Value::Names(names) => names.join(", "),
        Value::Choice(name) | Value::Text(name) => name.clone(),
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
        Kind::Choice { .. } => Value::Choice(text.to_owned()),
        Kind::Text => Value::Text(text.to_owned()),
        // Sources are one per line in the form (an address may hold a comma).
        Kind::Sources => Value::Names(
            text.lines()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        ),
        Kind::Names { .. } | Kind::Ids => Value::Names(
            text.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        ),
        Kind::Hours => knotless_core::hours::parse_range(text)
            .map(Value::Hours)
            .ok_or_else(|| schema::ValueError::expected(key))?,
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
