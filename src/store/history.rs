//! `history.jsonl`: one JSON object a line, each with the schema version `v`, the event name
//! and `at` (RFC 3339 with the local offset). Appends are whole lines written under a file
//! lock and fsync'd before `append` returns. Reading reports and skips a torn last line
//! (a crash mid-write) or a corrupt one, and keeps lines of unknown newer event kinds.

use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use knotless_core::history::{Event, EventKind, SCHEMA_VERSION};
use knotless_i18n::t;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// Errors reading or writing history; each names the file.
#[derive(Debug)]
pub enum HistoryError {
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl std::fmt::Display for HistoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            HistoryError::Write { path, source } => t!(
                "cli-error-history-file-write",
                path = path.display().to_string(),
                error = source.to_string()
            ),
            HistoryError::Read { path, source } => t!(
                "cli-error-history-file-read",
                path = path.display().to_string(),
                error = source.to_string()
            ),
        })
    }
}

impl std::error::Error for HistoryError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            HistoryError::Write { source, .. } | HistoryError::Read { source, .. } => Some(source),
        }
    }
}

/// One line of history as stored: the raw object (kept whole for export) and the event,
/// when this version of knotless understands it.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub raw: Map<String, Value>,
    pub event: Option<Event>,
}

/// A line that was passed over, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub line: usize,
    /// The last line, cut short by a crash while it was written.
    pub torn: bool,
    pub reason: String,
}

/// Everything read from the log.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contents {
    pub records: Vec<Record>,
    pub skipped: Vec<Skipped>,
}

impl Contents {
    /// The events this version understands, in file order.
    pub fn events(&self) -> Vec<Event> {
        self.records
            .iter()
            .filter_map(|r| r.event.clone())
            .collect()
    }
}

#[derive(Serialize)]
struct LineOut<'a> {
    v: u32,
    at: DateTime<FixedOffset>,
    #[serde(flatten)]
    kind: &'a EventKind,
}

#[derive(Deserialize)]
struct LineIn {
    at: DateTime<FixedOffset>,
    #[serde(flatten)]
    kind: EventKind,
}

/// The line (without newline) for `event`, with `at` in the offset of `tz`.
pub fn encode<Tz: TimeZone>(event: &Event, tz: &Tz) -> String {
    let at = event.at.with_timezone(tz).fixed_offset();
    let line = LineOut {
        v: SCHEMA_VERSION,
        at,
        kind: &event.kind,
    };
    // Serializing plain data with string keys cannot fail.
    serde_json::to_string(&line).unwrap_or_default()
}

/// Why a line is not history at all.
#[derive(Debug, thiserror::Error)]
pub enum NotHistory {
    #[error("not a JSON object: {0}")]
    NotJson(serde_json::Error),
    #[error("no \"event\" name")]
    NoEvent,
    #[error("no \"at\" time")]
    NoTime,
    #[error("\"at\" is not an RFC 3339 time: {0}")]
    BadTime(chrono::ParseError),
}

/// Reads one line. Errors say why the line is not history at all; a well-formed line with
/// an event this version does not know is a record without an event.
pub fn decode(line: &str) -> Result<Record, NotHistory> {
    let raw: Map<String, Value> = serde_json::from_str(line).map_err(NotHistory::NotJson)?;
    if !raw.get("event").is_some_and(Value::is_string) {
        return Err(NotHistory::NoEvent);
    }
    let at = raw
        .get("at")
        .and_then(Value::as_str)
        .ok_or(NotHistory::NoTime)?;
    DateTime::parse_from_rfc3339(at).map_err(NotHistory::BadTime)?;
    let event = serde_json::from_value::<LineIn>(Value::Object(raw.clone()))
        .ok()
        .map(|l| Event {
            at: l.at.with_timezone(&Utc),
            kind: l.kind,
        });
    Ok(Record { raw, event })
}

/// The history log at one path. Cheap to create; every call opens the file afresh, so
/// several handles (threads, processes) may append at once.
#[derive(Debug, Clone)]
pub struct HistoryLog {
    path: PathBuf,
}

impl HistoryLog {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        HistoryLog { path: path.into() }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn write_error(&self, source: std::io::Error) -> HistoryError {
        HistoryError::Write {
            path: self.path.clone(),
            source,
        }
    }

    /// Appends events as whole lines and returns once they are on disk (fsync).
    pub fn append<Tz: TimeZone>(&self, events: &[Event], tz: &Tz) -> Result<(), HistoryError> {
        if events.is_empty() {
            return Ok(());
        }
        let mut text = String::new();
        for event in events {
            text.push_str(&encode(event, tz));
            text.push('\n');
        }
        if let Some(parent) = self.path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| self.write_error(e))?;
        }
        let mut file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(&self.path)
            .map_err(|e| self.write_error(e))?;
        file.lock().map_err(|e| self.write_error(e))?;
        // A crash may have left a torn line without its newline: start on a fresh line so
        // the torn one stays the only casualty.
        if !ends_with_newline(&mut file).map_err(|e| self.write_error(e))? {
            text.insert(0, '\n');
        }
        file.write_all(text.as_bytes())
            .map_err(|e| self.write_error(e))?;
        file.sync_data().map_err(|e| self.write_error(e))?;
        Ok(())
    }

    /// Streams the events this version understands to `each`, in file order, one line in
    /// memory at a time (the daemon's start-up keeps only what it needs of a long history).
    /// Unreadable lines are passed over; a missing file has none.
    pub fn each_event(&self, mut each: impl FnMut(Event)) -> Result<(), HistoryError> {
        use std::io::BufRead;
        let read_error = |source| HistoryError::Read {
            path: self.path.clone(),
            source,
        };
        let file = match File::open(&self.path) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(read_error(e)),
        };
        let mut reader = std::io::BufReader::new(file);
        let mut line = Vec::new();
        loop {
            line.clear();
            if reader.read_until(b'\n', &mut line).map_err(read_error)? == 0 {
                return Ok(());
            }
            let text = String::from_utf8_lossy(&line);
            if let Ok(l) = serde_json::from_str::<LineIn>(text.trim_end()) {
                each(Event {
                    at: l.at.with_timezone(&Utc),
                    kind: l.kind,
                });
            }
        }
    }

    /// Reads the whole log. A missing file is an empty history.
    pub fn read(&self) -> Result<Contents, HistoryError> {
        let text = match std::fs::read(&self.path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Contents::default()),
            Err(source) => {
                return Err(HistoryError::Read {
                    path: self.path.clone(),
                    source,
                });
            }
        };
        Ok(parse(&text))
    }
}

fn ends_with_newline(file: &mut File) -> std::io::Result<bool> {
    let len = file.metadata()?.len();
    if len == 0 {
        return Ok(true);
    }
    file.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8];
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

/// Reads log text (see [`HistoryLog::read`]).
pub fn parse(text: &str) -> Contents {
    let mut contents = Contents::default();
    let complete = text.ends_with('\n');
    let lines: Vec<&str> = text.lines().collect();
    for (index, line) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match decode(line) {
            Ok(record) => contents.records.push(record),
            Err(reason) => {
                let torn = index + 1 == lines.len() && !complete;
                contents.skipped.push(Skipped {
                    line: index + 1,
                    torn,
                    reason: reason.to_string(),
                });
            }
        }
    }
    contents
}
