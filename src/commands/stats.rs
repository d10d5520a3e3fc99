//! `knotless stats`: the statistics window on a desktop; with `--text` (or without a
//! desktop) the last days from history, one line each.

use super::history::read_history;
use super::{Context, Failure};
use crate::cli::StatsArgs;
use chrono::Local;
use knotless_core::stats::{day_line, last_days};
use knotless_i18n::t;
use std::io::Write;

pub(super) fn run(args: &StatsArgs, cx: &Context, out: &mut dyn Write) -> Result<(), Failure> {
    if !args.text && super::has_desktop() {
        return open_window(args, cx);
    }
    let events = read_history(cx)?.events();
    let days = last_days(&events, cx.clock.now(), &Local, args.days);
    if days.is_empty() {
        writeln!(out, "{}", t!("stats-no-history", days = args.days))?;
        return Ok(());
    }
    for day in &days {
        writeln!(out, "{}", day_line(day))?;
    }
    Ok(())
}

fn open_window(args: &StatsArgs, cx: &Context) -> Result<(), Failure> {
    let records = read_history(cx)?.records;
    let (library, _) = knotless_exercises::library::Library::load(&cx.paths.exercises_dir());
    let view = crate::ui::stats_window::StatsView::new(
        records,
        &library,
        cx.clock.now(),
        &Local,
        args.days,
        export_dir(),
    );
    crate::ui::run_stats(view)?;
    Ok(())
}

/// Where the window's Export writes: the Downloads folder, else home.
fn export_dir() -> std::path::PathBuf {
    directories::UserDirs::new()
        .map(|u| {
            u.download_dir()
                .unwrap_or_else(|| u.home_dir())
                .to_path_buf()
        })
        .unwrap_or_else(|| std::path::PathBuf::from("."))
}
