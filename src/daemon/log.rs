//! Logging with tracing: to stderr and to `<state dir>/knotless.log` (the previous run's log
//! is kept as `knotless.log.1`). `RUST_LOG` picks the level (`info` by default), e.g.
//! `RUST_LOG=debug` or `RUST_LOG=knotless=debug`.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::fmt;
use tracing_subscriber::prelude::*;

/// Logs larger than this are rotated at start-up.
const ROTATE_AT: u64 = 1024 * 1024;

/// Installs the logger; returns the log file, if one could be opened.
pub fn init(state_dir: &Path) -> Option<PathBuf> {
    let filter = std::env::var("RUST_LOG")
        .ok()
        .and_then(|spec| spec.parse::<Targets>().ok())
        .unwrap_or_else(|| Targets::new().with_default(LevelFilter::INFO));
    let path = state_dir.join("knotless.log");
    let file = open(&path);
    let stderr = fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .with_target(false);
    let to_file = file.map(|file| {
        fmt::layer()
            .with_writer(Mutex::new(file))
            .with_ansi(false)
            .with_target(false)
    });
    let _ = tracing_subscriber::registry()
        .with(stderr)
        .with(to_file)
        .with(filter)
        .try_init();
    path.exists().then_some(path)
}

fn open(path: &Path) -> Option<File> {
    fs::create_dir_all(path.parent()?).ok()?;
    if fs::metadata(path).is_ok_and(|m| m.len() > ROTATE_AT) {
        let _ = fs::rename(path, path.with_extension("log.1"));
    }
    File::options().create(true).append(true).open(path).ok()
}
