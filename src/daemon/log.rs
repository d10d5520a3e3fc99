//! Logging with tracing: to stderr and to `<state dir>/knotless.log`. The file is capped
//! while the daemon runs, not only at start: past [`ROTATE_AT`] it becomes `knotless.log.1`
//! (replacing the one before) and a new file begins, so a daemon up for weeks keeps at most
//! two files of about a megabyte. `RUST_LOG` picks the level (`info` by default), e.g.
//! `RUST_LOG=debug` or `RUST_LOG=knotless=debug`.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::fmt;
use tracing_subscriber::prelude::*;

/// A log file larger than this is rotated.
const ROTATE_AT: u64 = 1024 * 1024;

/// Installs the logger; returns the log file, if one could be opened.
pub fn init(state_dir: &Path) -> Option<PathBuf> {
    let filter = std::env::var("RUST_LOG")
        .ok()
        .and_then(|spec| spec.parse::<Targets>().ok())
        .unwrap_or_else(|| Targets::new().with_default(LevelFilter::INFO));
    let path = state_dir.join("knotless.log");
    let file = CappedFile::open(path.clone(), ROTATE_AT);
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

/// A file appended to that starts over (keeping the previous one as `.1`) once it holds
/// more than `cap` bytes.
pub struct CappedFile {
    path: PathBuf,
    file: File,
    len: u64,
    cap: u64,
}

impl CappedFile {
    pub fn open(path: PathBuf, cap: u64) -> Option<CappedFile> {
        fs::create_dir_all(path.parent()?).ok()?;
        let mut file = CappedFile {
            file: File::options().create(true).append(true).open(&path).ok()?,
            len: fs::metadata(&path).map_or(0, |m| m.len()),
            path,
            cap,
        };
        file.rotate_if_full();
        Some(file)
    }

    fn rotate_if_full(&mut self) {
        if self.len <= self.cap {
            return;
        }
        let _ = fs::rename(&self.path, self.path.with_extension("log.1"));
        if let Ok(file) = File::options().create(true).append(true).open(&self.path) {
            self.file = file;
            self.len = 0;
        }
    }
}

impl Write for CappedFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.file.write(buf)?;
        self.len += n as u64;
        // Whole lines stay together: the rotation happens between two writes.
        self.rotate_if_full();
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_log_written_for_a_long_time_stays_within_two_files_of_about_the_cap() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("knotless.log");
        let mut log = CappedFile::open(path.clone(), 1000).unwrap();
        for i in 0..500 {
            writeln!(log, "line {i:04} of a daemon that has been up for weeks").unwrap();
        }
        let now = fs::metadata(&path).unwrap().len();
        let before = fs::metadata(path.with_extension("log.1")).unwrap().len();
        // At most one line over the cap, and the newest line is in the current file.
        assert!(now <= 1050 && before <= 1050, "{now} {before}");
        assert!(fs::read_to_string(&path).unwrap().contains("line 0499"));
        // A restart keeps appending to the current file.
        drop(log);
        let mut log = CappedFile::open(path.clone(), 1000).unwrap();
        writeln!(log, "after the restart").unwrap();
        assert!(
            fs::read_to_string(&path)
                .unwrap()
                .ends_with("after the restart\n")
        );
    }
}
