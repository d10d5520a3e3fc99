//! Reading a config file: every key is checked against [`schema::KEYS`]; each problem is
//! reported with its line, column, key and value, and that key keeps its default (so the
//! daemon can run on a half-broken file while `config check` lists everything).

use super::Settings;
use super::schema::{self, Key, Kind, Value, ValueError};
use chrono::NaiveTime;
use knotless_i18n::t;
use std::fmt;
use std::path::Path;
use toml_edit::{Document, Item, TableLike};

/// One thing wrong with a config file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line and column of the offending text.
    pub line: usize,
    pub column: usize,
    /// "section.name" when the problem is about a key.
    pub key: Option<String>,
    /// The value as written, when the problem is about a value.
    pub value: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.line, self.column)?;
        match (&self.key, &self.value) {
            (Some(key), Some(value)) => write!(f, "{key} = {value}: {}", self.message),
            (Some(key), None) => write!(f, "{key}: {}", self.message),
            _ => write!(f, "{}", self.message),
        }
    }
}

/// Settings read from text, and what was wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub settings: Settings,
    pub problems: Vec<Problem>,
}

/// Reads `path`. `Ok(None)` when there is no such file (the defaults apply).
pub fn load_file(path: &Path) -> std::io::Result<Option<Loaded>> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(parse_str(&text))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

struct Reader<'t> {
    text: &'t str,
    settings: Settings,
    problems: Vec<Problem>,
}

/// Reads config text. Never fails: problems are listed and their keys keep the defaults.
pub fn parse_str(text: &str) -> Loaded {
    let mut reader = Reader {
        text,
        settings: Settings::default(),
        problems: Vec::new(),
    };
    match Document::parse(text) {
        Ok(doc) => {
            if let Some(root) = doc.as_item().as_table_like() {
                reader.root(root);
            }
        }
        Err(e) => {
            let offset = e.span().map_or(0, |s| s.start);
            reader.problem(
                offset,
                None,
                None,
                // toml_edit's reason stays English: it names the token it stopped at.
                t!("config-problem-not-toml", reason = e.message().trim_end()),
            );
        }
    }
    Loaded {
        settings: reader.settings,
        problems: reader.problems,
    }
}

impl Reader<'_> {
    fn problem(
        &mut self,
        offset: usize,
        key: Option<String>,
        value: Option<String>,
        message: String,
    ) {
        let before = &self.text[..offset.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rfind('\n').map_or(before.chars().count(), |nl| {
            before[nl + 1..].chars().count()
        }) + 1;
        self.problems.push(Problem {
            line,
            column,
            key,
            value,
            message,
        });
    }

    fn root(&mut self, root: &dyn TableLike) {
        let sections = schema::sections();
        for (name, item) in root.iter() {
            let offset = root
                .get_key_value(name)
                .and_then(|(k, _)| k.span())
                .map_or(0, |s| s.start);
            if let Some(table) = item.as_table_like()
                && sections.contains(&name)
            {
                self.section(name, table);
                continue;
            }
            let message = if sections.contains(&name) {
                t!("config-problem-not-a-section", name = name)
            } else if item.is_table_like() {
                match schema::did_you_mean(name, sections.iter().copied()) {
                    Some(suggestion) => t!(
                        "config-problem-unknown-section-did-you-mean",
                        name = name,
                        suggestion = suggestion
                    ),
                    None => t!(
                        "config-problem-unknown-section",
                        name = name,
                        sections = sections.join(", ")
                    ),
                }
            } else {
                let owner = schema::KEYS
                    .iter()
                    .find(|k| k.name == name)
                    .map(|k| k.section);
                match owner {
                    Some(section) => t!(
                        "config-problem-outside-section-did-you-mean",
                        name = name,
                        section = section
                    ),
                    None => t!("config-problem-outside-section", name = name),
                }
            };
            self.problem(offset, Some(name.to_string()), None, message);
        }
    }

    fn section(&mut self, section: &str, table: &dyn TableLike) {
        for (name, item) in table.iter() {
            let key_span = table.get_key_value(name).and_then(|(k, _)| k.span());
            let path = format!("{section}.{name}");
            let Some(key) = schema::find(section, name) else {
                let names = schema::KEYS
                    .iter()
                    .filter(|k| k.section == section)
                    .map(|k| k.name);
                let message = match schema::did_you_mean(name, names.clone()) {
                    Some(suggestion) => {
                        t!(
                            "config-problem-unknown-key-did-you-mean",
                            suggestion = suggestion
                        )
                    }
                    None => t!(
                        "config-problem-unknown-key",
                        section = section,
                        names = names.collect::<Vec<_>>().join(", ")
                    ),
                };
                self.problem(key_span.map_or(0, |s| s.start), Some(path), None, message);
                continue;
            };
            let offset = item.span().or(key_span).map_or(0, |s| s.start);
            let written = item.as_value().map(|v| v.to_string().trim().to_string());
            match read_value(key, item).and_then(|v| schema::check(key, v)) {
                Ok(value) => (key.set)(&mut self.settings, value),
                Err(e) => self.problem(offset, Some(path), written, e.to_string()),
            }
        }
    }
}

/// Converts a TOML item to the key's type, or says what was expected.
fn read_value(key: &Key, item: &Item) -> Result<Value, ValueError> {
    let expected = || ValueError::expected(key);
    match key.kind {
        Kind::Duration { .. } => {
            if item.as_integer().is_some() || item.as_float().is_some() {
                return Err(ValueError::NoUnit {
                    allowed: key.allowed(),
                });
            }
            let text = item.as_str().ok_or_else(expected)?;
            super::read_duration(text).map(Value::Duration)
        }
        Kind::Count { .. } => {
            let n = item.as_integer().ok_or_else(expected)?;
            u32::try_from(n)
                .map(Value::Count)
                .map_err(|_| ValueError::out_of_range(key))
        }
        Kind::Bool => item.as_bool().map(Value::Bool).ok_or_else(expected),
        Kind::TimeOfDay => {
            let text = item.as_str().ok_or_else(expected)?;
            NaiveTime::parse_from_str(text.trim(), "%H:%M")
                .map(Value::TimeOfDay)
                .map_err(|_| expected())
        }
        Kind::Hours => {
            let text = item.as_str().ok_or_else(expected)?;
            knotless_core::hours::parse_range(text)
                .map(Value::Hours)
                .ok_or_else(expected)
        }
        Kind::Choice { .. } => item
            .as_str()
            .map(|name| Value::Choice(name.trim().to_owned()))
            .ok_or_else(expected),
        Kind::Text => item
            .as_str()
            .map(|text| Value::Text(text.trim().to_owned()))
            .ok_or_else(expected),
        Kind::Names { .. } | Kind::Ids | Kind::Sources => {
            let array = item.as_array().ok_or_else(|| ValueError::NotAList {
                allowed: key.allowed(),
            })?;
            array
                .iter()
                .map(|v| v.as_str().map(str::to_owned).ok_or_else(expected))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Names)
        }
    }
}
