//! `knotless history export`: the whole history as JSON or CSV, unknown newer events kept.

use super::{Context, Failure};
use crate::cli::{Format, HistoryCommand};
use crate::store::export;
use crate::store::history::{Contents, HistoryLog};
use knotless_i18n::t;
use std::io::Write;

/// Reads the user's history, warning on stderr about lines that had to be skipped.
pub(crate) fn read_history(cx: &Context) -> Result<Contents, Failure> {
    let log = HistoryLog::new(cx.paths.history_file());
    let contents = log.read().map_err(|e| Failure::Runtime(e.into()))?;
    for skipped in &contents.skipped {
        let (path, reason) = (log.path().display().to_string(), skipped.reason.as_str());
        let warning = if skipped.torn {
            t!(
                "cli-warning-history-torn",
                path = path,
                line = skipped.line,
                reason = reason
            )
        } else {
            t!(
                "cli-warning-history-unreadable",
                path = path,
                line = skipped.line,
                reason = reason
            )
        };
        eprintln!("{warning}");
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
        Format::Json => export::write_json(&contents.records, &mut buffer)?,
        Format::Csv => export::write_csv(&contents.records, &mut buffer)
            .map_err(|e| Failure::Runtime(e.into()))?,
    }
    match output {
        Some(path) => std::fs::write(&path, &buffer).map_err(|e| {
            Failure::Runtime(anyhow::anyhow!(t!(
                "cli-error-write",
                path = path.display().to_string(),
                error = e.to_string()
            )))
        })?,
        None => out.write_all(&buffer)?,
    }
    Ok(())
}
