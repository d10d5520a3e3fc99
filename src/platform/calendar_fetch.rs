//! Fetching web calendars (`https://` subscription addresses) into a cached copy on disk.
//!
//! Why `curl` as a child process and not an HTTP crate: every TLS stack in Rust either
//! compiles C (ring, aws-lc: no macOS cross-check here, a C toolchain for Windows) or needs
//! OpenSSL's -dev package, and each adds megabytes to a daemon that stays at a few MiB.
//! curl ships with Debian, Fedora, macOS and Windows 10+, uses the system's certificates and
//! proxy settings, and runs only while a fetch does. Callers run [`fetch`] on a thread of
//! their own: it blocks for up to the timeout.

use knotless_core::meetings::{self, ReadOptions};
use knotless_i18n::t;
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
#[derive(Debug)]
pub enum FetchError {
    NoCurl {
        url: String,
        source: std::io::Error,
    },
    /// What curl said: "The requested URL returned error: 404", "Operation timed out …"
    /// (curl's words, shown as they are).
    Failed {
        url: String,
        reason: String,
    },
    Malformed {
        url: String,
        reason: String,
    },
    Cache {
        url: String,
        path: PathBuf,
        source: std::io::Error,
    },
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            FetchError::NoCurl { url, source } => t!(
                "cli-error-fetch-no-curl",
                url = url.as_str(),
                error = source.to_string()
            ),
            FetchError::Failed { url, reason } => format!("{url}: {reason}"),
            FetchError::Malformed { url, reason } => t!(
                "cli-error-fetch-malformed",
                url = url.as_str(),
                reason = reason.as_str()
            ),
            FetchError::Cache { url, path, source } => t!(
                "cli-error-fetch-cache",
                url = url.as_str(),
                path = path.display().to_string(),
                error = source.to_string()
            ),
        })
    }
}

impl std::error::Error for FetchError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            FetchError::NoCurl { source, .. } | FetchError::Cache { source, .. } => Some(source),
            FetchError::Failed { .. } | FetchError::Malformed { .. } => None,
        }
    }
}

/// An address as the log and `status` show it: the scheme and the host, never the path or
/// query, where subscription addresses keep their secret.
pub fn redacted(url: &str) -> String {
    let url = url.trim();
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let more = if rest.len() > host.len() { "/…" } else { "" };
    format!("{scheme}://{host}{more}")
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
        url: redacted(url),
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
        // The address comes on stdin, not the command line, where other users of the
        // machine could read a calendar's secret address in the process list.
        .args(["--config", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            if let Some(mut stdin) = child.stdin.take() {
                use std::io::Write as _;
                let quoted = url.replace('\\', "\\\\").replace('"', "\\\"");
                stdin.write_all(format!("url = \"{quoted}\"\n").as_bytes())?;
            }
            child.wait_with_output()
        })
        .map_err(|source| FetchError::NoCurl {
            url: redacted(url),
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
            url: redacted(url),
            reason,
        });
    }
    let malformed = |reason: String| FetchError::Malformed {
        url: redacted(url),
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

#[cfg(test)]
mod redaction {
    #[test]
    fn a_secret_address_shows_only_its_host() {
        assert_eq!(
            super::redacted(
                "https://calendar.google.com/calendar/ical/x%40gmail.com/private-abc123/basic.ics"
            ),
            "https://calendar.google.com/…"
        );
        assert_eq!(
            super::redacted("https://user:pw@cloud.example.org/remote.php/dav?export"),
            "https://cloud.example.org/…"
        );
        assert_eq!(
            super::redacted("http://127.0.0.1:8080"),
            "http://127.0.0.1:8080"
        );
    }
}
