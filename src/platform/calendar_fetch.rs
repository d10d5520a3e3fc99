//! Fetching web calendars (`https://` subscription addresses) into a cached copy on disk.
//!
//! Why `curl` as a child process and not an HTTP crate: every TLS stack in Rust either
//! compiles C (ring, aws-lc: no macOS cross-check here, a C toolchain for Windows) or needs
//! OpenSSL's -dev package, and each adds megabytes to a daemon that stays at a few MiB.
//! curl ships with Debian, Fedora, macOS and Windows 10+, uses the system's certificates and
//! proxy settings, and runs only while a fetch does. Callers run [`fetch`] on a thread of
//! their own: it blocks for up to the timeout.

use crate::core::meetings::{self, ReadOptions};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// Web calendars are fetched at most this often (and only while the user is present).
pub const FETCH_EVERY: chrono::TimeDelta = chrono::TimeDelta::minutes(15);
/// How long one fetch may take, connecting included.
pub const FETCH_TIMEOUT: Duration = Duration::from_secs(60);
/// A calendar larger than this is refused (a year of a busy calendar is a few MB).
const MAX_BYTES: u64 = 20_000_000;

/// Why a fetch gave no new copy (the last good one stays in use).
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("{url}: cannot run curl to fetch it: {source}")]
    NoCurl { url: String, source: std::io::Error },
    /// What curl said: "The requested URL returned error: 404", "Operation timed out …".
    #[error("{url}: {reason}")]
    Failed { url: String, reason: String },
    #[error("{url}: not a calendar: {reason}")]
    Malformed { url: String, reason: String },
    #[error("{url}: cannot keep a copy in {}: {source}", path.display())]
    Cache {
        url: String,
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The address to ask: `webcal://` means https.
pub fn web_url(source: &str) -> String {
    let source = source.trim();
    match source.get(..9) {
        Some(scheme) if scheme.eq_ignore_ascii_case("webcal://") => {
            format!("https://{}", &source[9..])
        }
        _ => source.to_owned(),
    }
}

/// Where the copy of `url` is kept in `dir`: named by a stable hash of the address (a
/// secret address must not show up in a file name).
pub fn cache_file(dir: &Path, url: &str) -> PathBuf {
    // FNV-1a: stable across Rust versions, unlike the std hasher.
    let hash = url.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    dir.join(format!("{hash:016x}.ics"))
}

/// Fetches `url` and, if it is a calendar, replaces the copy at `cache` (atomically). On
/// any failure the old copy is left as it was.
pub fn fetch(url: &str, cache: &Path, timeout: Duration) -> Result<(), FetchError> {
    let cache_error = |source| FetchError::Cache {
        url: url.to_owned(),
        path: cache.to_path_buf(),
        source,
    };
    let dir = cache.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(cache_error)?;
    let partial = tempfile::NamedTempFile::new_in(dir).map_err(cache_error)?;
    let secs = timeout.as_secs().max(1).to_string();
    let output = Command::new("curl")
        .args(["--silent", "--show-error", "--fail", "--location"])
        .args([
            "--max-redirs",
            "5",
            "--proto",
            "=https,http",
            "--proto-redir",
            "=https",
        ])
        .args(["--connect-timeout", &secs, "--max-time", &secs])
        .args(["--max-filesize", &MAX_BYTES.to_string()])
        .arg("--output")
        .arg(partial.path())
        .arg("--")
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|source| FetchError::NoCurl {
            url: url.to_owned(),
            source,
        })?;
    if !output.status.success() {
        let said = String::from_utf8_lossy(&output.stderr);
        let reason = said
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .map(|l| {
                l.split_once(") ")
                    .map_or(l, |(_, rest)| rest)
                    .trim()
                    .to_owned()
            })
            .unwrap_or_else(|| format!("curl failed ({})", output.status));
        return Err(FetchError::Failed {
            url: url.to_owned(),
            reason,
        });
    }
    let malformed = |reason: String| FetchError::Malformed {
        url: url.to_owned(),
        reason,
    };
    let text = std::fs::read_to_string(partial.path()).map_err(|e| malformed(e.to_string()))?;
    let never = chrono::DateTime::<chrono::Utc>::MIN_UTC;
    let options = ReadOptions {
        floating: rrule::Tz::UTC,
        me: None,
    };
    meetings::meetings(&text, never, never, options).map_err(|e| malformed(e.to_string()))?;
    partial.persist(cache).map_err(|e| cache_error(e.error))?;
    Ok(())
}
