//! Reading the user's calendars from disk: `[calendar] sources` that are local `.ics` files
//! (a full path, or one under `~/`), and the cached copies of web calendars
//! (`calendar_fetch` keeps them), parsed by the pure `knotless_core::meetings`.

use crate::platform::calendar_fetch::{cache_file, web_url};
use knotless_core::Time;
use knotless_core::meetings::{self, IcsError, Meeting, ReadOptions};
use knotless_i18n::t;
use std::path::{Path, PathBuf};

/// Where a configured source lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    /// An `https://` (or `webcal://`) subscription address.
    Web(String),
}

impl Source {
    /// A configured source as a file (`~/` expanded against `home`) or an address.
    pub fn from_config(text: &str, home: Option<&Path>) -> Source {
        let text = text.trim();
        if crate::config::schema::is_web_source(text) {
            return Source::Web(text.to_owned());
        }
        match (text.strip_prefix("~/"), home) {
            (Some(rest), Some(home)) => Source::File(home.join(rest)),
            _ => Source::File(PathBuf::from(text)),
        }
    }
}

/// Why one calendar could not be used (shown by `knotless status` and `plan`).
#[derive(Debug)]
pub enum CalendarError {
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The parser's reason names the line: a diagnostic of the file, as it is.
    Malformed {
        path: PathBuf,
        source: IcsError,
    },
    NotFetched(String),
}

impl std::fmt::Display for CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CalendarError::Unreadable { path, source } => f.write_str(&t!(
                "cli-error-read",
                path = path.display().to_string(),
                error = source.to_string()
            )),
            CalendarError::Malformed { path, source } => {
                write!(f, "{}: {source}", path.display())
            }
            CalendarError::NotFetched(url) => {
                f.write_str(&t!("cli-error-calendar-not-fetched", url = url.as_str()))
            }
        }
    }
}

impl std::error::Error for CalendarError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CalendarError::Unreadable { source, .. } => Some(source),
            CalendarError::Malformed { source, .. } => Some(source),
            CalendarError::NotFetched(_) => None,
        }
    }
}

/// The meetings in one calendar file between `from` and `to`.
pub fn read_file(
    path: &Path,
    from: Time,
    to: Time,
    me: Option<&str>,
) -> Result<Vec<Meeting>, CalendarError> {
    let text = std::fs::read_to_string(path).map_err(|source| CalendarError::Unreadable {
        path: path.to_path_buf(),
        source,
    })?;
    let options = ReadOptions {
        floating: rrule::Tz::LOCAL,
        me,
    };
    meetings::meetings(&text, from, to, options).map_err(|source| CalendarError::Malformed {
        path: path.to_path_buf(),
        source,
    })
}

/// The meetings of every source between `from` and `to`, and a problem for each source
/// that gave none.
pub fn read_all(
    sources: &[Source],
    cache_dir: &Path,
    from: Time,
    to: Time,
    me: Option<&str>,
) -> (Vec<Meeting>, Vec<CalendarError>) {
    let (mut found, mut problems) = (Vec::new(), Vec::new());
    for source in sources {
        match source {
            Source::File(path) => match read_file(path, from, to, me) {
                Ok(meetings) => found.extend(meetings),
                Err(e) => problems.push(e),
            },
            Source::Web(url) => {
                let copy = cache_file(cache_dir, &web_url(url));
                match read_file(&copy, from, to, me) {
                    Ok(meetings) => found.extend(meetings),
                    Err(CalendarError::Unreadable { source, .. })
                        if source.kind() == std::io::ErrorKind::NotFound =>
                    {
                        problems.push(CalendarError::NotFetched(url.clone()));
                    }
                    Err(e) => problems.push(e),
                }
            }
        }
    }
    found.sort_by_key(|m| m.start);
    (found, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_from_the_config() {
        let home = Path::new("/home/ann");
        assert_eq!(
            Source::from_config("~/cal/work.ics", Some(home)),
            Source::File(PathBuf::from("/home/ann/cal/work.ics"))
        );
        assert_eq!(
            Source::from_config("webcal://p01.example.com/x.ics", Some(home)),
            Source::Web("webcal://p01.example.com/x.ics".into())
        );
    }
}
