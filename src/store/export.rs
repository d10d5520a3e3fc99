//! History in other formats, for `knotless history export` and the statistics window's
//! Export button: JSON as stored, or CSV with one column per field found (unknown newer
//! events included).

use super::history::Record;
use serde_json::Value;
use std::collections::BTreeSet;
use std::io::Write;

/// A JSON array of the history objects, as stored.
pub fn write_json(records: &[Record], out: &mut Vec<u8>) -> std::io::Result<()> {
    writeln!(out, "[")?;
    for (i, record) in records.iter().enumerate() {
        let comma = if i + 1 < records.len() { "," } else { "" };
        writeln!(out, "{}{comma}", Value::Object(record.raw.clone()))?;
    }
    writeln!(out, "]")
}

const LEADING: [&str; 3] = ["at", "event", "v"];

/// One row per event; `at`, `event`, `v` first, then every other field found, sorted.
pub fn write_csv(records: &[Record], out: &mut Vec<u8>) -> Result<(), csv::Error> {
    let others: BTreeSet<&str> = records
        .iter()
        .flat_map(|r| r.raw.keys().map(String::as_str))
        .filter(|k| !LEADING.contains(k))
        .collect();
    let columns: Vec<&str> = LEADING.iter().copied().chain(others).collect();
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(&columns)?;
    for record in records {
        let row = columns.iter().map(|c| cell(record.raw.get(*c)));
        writer.write_record(row)?;
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
