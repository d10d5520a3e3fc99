//! `knotless history export`: the whole history as JSON or CSV, unknown newer events kept.

use super::{Context, Failure};
use crate::cli::{Format, HistoryCommand};
use crate::store::history::{Contents, HistoryLog, Record};
use serde_json::Value;
use std::collections::BTreeSet;
use std::io::Write;

/// Reads the user's history, warning on stderr about lines that had to be skipped.
pub(crate) fn read_history(cx: &Context) -> Result<Contents, Failure> {
    let log = HistoryLog::new(cx.paths.history_file());
    let contents = log.read().map_err(|e| Failure::Runtime(e.into()))?;
    for skipped in &contents.skipped {
        let what = if skipped.torn {
            "torn last line (cut short by a crash?)"
        } else {
            "unreadable line"
        };
        eprintln!(
            "warning: {}:{}: skipped {what}: {}",
            log.path().display(),
            skipped.line,
            skipped.reason
        );
    }
    Ok(contents)
}

pub(super) fn run(
    command: HistoryCommand,
    cx: &Context,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let HistoryCommand::Export { format, output } = command;
    let contents = read_history(cx)?;
    let mut buffer = Vec::new();
    match format {
        Format::Json => write_json(&contents.records, &mut buffer)?,
        Format::Csv => write_csv(&contents.records, &mut buffer)?,
    }
    match output {
        Some(path) => std::fs::write(&path, &buffer).map_err(|e| {
            Failure::Runtime(anyhow::anyhow!("cannot write {}: {e}", path.display()))
        })?,
        None => out.write_all(&buffer)?,
    }
    Ok(())
}

fn write_json(records: &[Record], out: &mut Vec<u8>) -> std::io::Result<()> {
    writeln!(out, "[")?;
    for (i, record) in records.iter().enumerate() {
        let comma = if i + 1 < records.len() { "," } else { "" };
        writeln!(out, "{}{comma}", Value::Object(record.raw.clone()))?;
    }
    writeln!(out, "]")
}

const LEADING: [&str; 3] = ["at", "event", "v"];

fn write_csv(records: &[Record], out: &mut Vec<u8>) -> Result<(), Failure> {
    let others: BTreeSet<&str> = records
        .iter()
        .flat_map(|r| r.raw.keys().map(String::as_str))
        .filter(|k| !LEADING.contains(k))
        .collect();
    let columns: Vec<&str> = LEADING.iter().copied().chain(others).collect();
    let mut writer = csv::Writer::from_writer(out);
    let csv_error = |e: csv::Error| Failure::Runtime(e.into());
    writer.write_record(&columns).map_err(csv_error)?;
    for record in records {
        let row = columns.iter().map(|c| cell(record.raw.get(*c)));
        writer.write_record(row).map_err(csv_error)?;
    }
    writer.flush()?;
    Ok(())
}

fn cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(items)) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(";"),
        Some(other) => other.to_string(),
    }
}
