//! The control protocol between the daemon and its clients (the CLI and the windows):
//! one JSON object per line each way, over the local socket. Every message carries `v`, the
//! protocol version; a request the daemon cannot read gets an error reply, never a crash.
//!
//! ```text
//! → {"v":1,"cmd":"pause","secs":1800}
//! ← {"v":1,"ok":true,"message":"Paused until 14:30."}
//! → {"v":1,"cmd":"fly"}
//! ← {"v":1,"ok":false,"error":"bad_request","message":"unknown command `fly`; …"}
//! ```

use knotless_core::status::Status;
use knotless_i18n::t;
use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::time::Duration;

/// The protocol version spoken by this build.
pub const VERSION: u32 = 1;
/// The longest line either side accepts; longer input is refused without being stored.
pub const MAX_LINE: usize = 64 * 1024;
/// How long a client waits for the daemon to answer.
pub const CLIENT_TIMEOUT: Duration = Duration::from_secs(5);

/// What a client asks. The same enum is the command line's daemon verbs (`pause`, `resume`,
/// `snooze`, `skip`, `quit`: clap reads them from the arguments, serde from the socket), so
/// the two cannot drift apart; the requests only windows and the daemon's own start send
/// are hidden from the command line. Fields of a command are checked strictly (a misspelt
/// `secs` is an error); commands without fields ignore extra ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, clap::Subcommand)]
#[serde(tag = "cmd", rename_all = "snake_case", deny_unknown_fields)]
pub enum Request {
    /// Is anyone there? (A second `knotless run` asks before handing over.)
    #[command(skip)]
    Hello,
    /// The status snapshot (`knotless status` prints it).
    #[command(skip)]
    Status,
    /// Stop reminders for a while: `pause 30m`, `pause 2h`, `pause --until-tomorrow`, or
    /// `pause` alone until `knotless resume`.
    Pause {
        /// How long, like "30m" or "1h30m".
        #[arg(value_name = "DURATION", conflicts_with = "until_tomorrow", value_parser = interval_secs)]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        secs: Option<u64>,
        /// Until tomorrow morning (`schedule.morning` in the config, 08:00 by default).
        #[arg(long)]
        #[serde(default, skip_serializing_if = "is_false")]
        until_tomorrow: bool,
    },
    /// Remind again after a pause.
    Resume,
    /// Postpone the movement break that is showing (by `movement.snooze` unless given).
    Snooze {
        /// How long, like "5m".
        #[arg(value_name = "DURATION", value_parser = interval_secs)]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        secs: Option<u64>,
    },
    /// Skip the movement break that is showing, or the next one.
    Skip,
    /// You stood up at a sit-stand desk: standing time does not count as sitting, so the
    /// movement break comes later by the time you stand (needs `[standing] enabled`).
    Stand,
    /// You sat down again: the sitting clock goes on where it stopped.
    Sit,
    /// Start a movement break now. `window`: the caller shows it (no notification needed).
    #[command(skip)]
    Break {
        #[serde(default, skip_serializing_if = "is_false")]
        now: bool,
        #[serde(default, skip_serializing_if = "is_false")]
        window: bool,
    },
    /// How an exercise felt.
    #[command(skip)]
    Feedback {
        exercise: String,
        feeling: knotless_core::history::Feeling,
    },
    /// The running break is done.
    #[command(skip)]
    Done,
    /// The break window's answer for the movement break it shows, and how it was given
    /// (a snooze with none left is a skip). Refused once that break was answered elsewhere.
    #[command(skip)]
    Answer {
        answer: knotless_core::history::BreakAnswer,
        how: knotless_core::history::How,
        steps_done: u32,
        steps: u32,
    },
    /// The check-in's answers, to record.
    #[command(skip)]
    Checkin {
        areas: Vec<knotless_core::history::AreaCheck>,
    },
    /// Advice was shown about an area (`seek_help`, `physical_therapist`), to record.
    #[command(skip)]
    Advised {
        region: knotless_exercises::exercise::Region,
        kind: String,
    },
    /// The break window switched to another suggestion ("Another suggestion").
    #[command(skip)]
    Switch { exercise: String },
    /// Open the settings.
    #[command(skip)]
    Settings,
    /// Open the statistics.
    #[command(skip)]
    Stats,
    /// Stop the background reminder.
    Quit,
}

/// A humane duration of at least 10 seconds ("30m", "1h30m"), in whole seconds.
fn interval_secs(text: &str) -> Result<u64, IntervalError> {
    let d = knotless_core::parse_duration(text).map_err(IntervalError::Unreadable)?;
    if d < chrono::TimeDelta::seconds(10) {
        return Err(IntervalError::TooShort);
    }
    Ok(knotless_core::whole_secs(d))
}

/// Why a duration on the command line cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntervalError {
    Unreadable(knotless_core::DurationError),
    TooShort,
}

impl std::fmt::Display for IntervalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            IntervalError::Unreadable(e) => t!("cli-error-duration", error = e.to_string()),
            IntervalError::TooShort => t!("cli-error-duration-short"),
        })
    }
}

impl std::error::Error for IntervalError {}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Why a request failed; stable names for scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Not JSON, not an object, unknown command or fields, wrong types.
    BadRequest,
    /// A `v` this daemon does not speak.
    UnsupportedVersion,
    /// A line longer than [`MAX_LINE`].
    TooLong,
    /// Understood, but not possible now (nothing to snooze, …).
    Refused,
    /// The daemon failed to carry it out.
    Failed,
}

/// What the daemon answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    pub v: u32,
    pub ok: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorCode>,
    /// A sentence for the user.
    #[serde(default)]
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonStatus>,
}

impl Reply {
    pub fn ok(message: impl Into<String>) -> Reply {
        Reply {
            v: VERSION,
            ok: true,
            error: None,
            message: message.into(),
            status: None,
        }
    }

    pub fn error(code: ErrorCode, message: impl Into<String>) -> Reply {
        Reply {
            v: VERSION,
            ok: false,
            error: Some(code),
            message: message.into(),
            status: None,
        }
    }

    pub fn with_status(mut self, status: DaemonStatus) -> Reply {
        self.status = Some(status);
        self
    }
}

/// The status of the running daemon: the scheduler's snapshot plus what only the daemon
/// knows. This is the object `knotless status --json` prints; its field names are stable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DaemonStatus {
    #[serde(flatten)]
    pub core: Status,
    /// Missing channels: `"idle"` (no idle source: time-based tracking), `"notifications"`
    /// (no notification server or no D-Bus), `"tray"` (no tray host), `"sound"` (no sound
    /// server lets the cues play), `"calendar"` (a configured calendar cannot be read or
    /// fetched; `calendar_problems` says why).
    pub degraded: Vec<String>,
    /// Why a channel in `degraded` is missing, where the daemon knows more than its name: a
    /// sentence for the user, keyed by the channel's name (`"sound"`: the server turned
    /// knotless away, or none runs).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub degraded_why: std::collections::BTreeMap<String, String>,
    /// Why reminders hold back right now (`"fullscreen"`, `"do-not-disturb"`,
    /// `"inhibitors"`, `"camera"`, `"outside working hours"`, `"in a meeting until
    /// 11:00"`), if they do.
    #[serde(default)]
    pub busy: Option<String>,
    /// The end of the block of meetings under way, if one is (`[calendar]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_until: Option<knotless_core::Time>,
    /// Why each calendar that gives nothing new cannot be read or fetched (the last good
    /// copy of a web calendar stays in use).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub calendar_problems: Vec<String>,
    /// The exercise of the break showing, snoozed or running, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise: Option<String>,
    /// Where presence comes from: `x11`, `gnome`, `kde`, `wayland`, or `none`.
    pub idle_source: String,
    /// knotless starts at login (an XDG autostart entry exists).
    #[serde(default)]
    pub autostart: bool,
    pub pid: u32,
    pub version: String,
}

/// Why an incoming message could not be read; it becomes the error reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadMessage {
    pub code: ErrorCode,
    pub message: String,
}

impl BadMessage {
    fn new(code: ErrorCode, message: impl Into<String>) -> BadMessage {
        BadMessage {
            code,
            message: message.into(),
        }
    }
}

impl From<BadMessage> for Reply {
    fn from(bad: BadMessage) -> Reply {
        Reply::error(bad.code, bad.message)
    }
}

/// Reads one request line.
pub fn parse_request(line: &str) -> Result<Request, BadMessage> {
    let bad = |m: String| BadMessage::new(ErrorCode::BadRequest, m);
    let mut value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| bad(format!("not a JSON object: {e}")))?;
    let object = value
        .as_object_mut()
        .ok_or_else(|| bad("a request is one JSON object per line".into()))?;
    match object.remove("v") {
        Some(serde_json::Value::Number(n)) if n.as_u64() == Some(u64::from(VERSION)) => {}
        Some(v) => {
            return Err(BadMessage::new(
                ErrorCode::UnsupportedVersion,
                format!("protocol version {v} is not spoken here; this daemon speaks v{VERSION}"),
            ));
        }
        None => {
            return Err(bad(format!(
                "missing \"v\" (the protocol version, {VERSION})"
            )));
        }
    }
    serde_json::from_value(value).map_err(|e| bad(e.to_string()))
}

/// Reads one line of at most [`MAX_LINE`] bytes. `Ok(None)` at end of input; a longer line
/// is consumed up to its end and reported as `TooLong`.
pub fn read_line(reader: &mut impl BufRead) -> std::io::Result<Option<Result<String, BadMessage>>> {
    let mut buf = Vec::new();
    let n = reader
        .by_ref()
        .take(MAX_LINE as u64 + 1)
        .read_until(b'\n', &mut buf)?;
    if n == 0 {
        return Ok(None);
    }
    if buf.last() != Some(&b'\n') && buf.len() > MAX_LINE {
        // Drain the rest of the oversized line so the next one starts cleanly.
        let mut skipped = Vec::new();
        loop {
            skipped.clear();
            let n = reader
                .by_ref()
                .take(MAX_LINE as u64)
                .read_until(b'\n', &mut skipped)?;
            if n == 0 || skipped.last() == Some(&b'\n') {
                break;
            }
        }
        return Ok(Some(Err(BadMessage::new(
            ErrorCode::TooLong,
            format!("a message may be at most {MAX_LINE} bytes"),
        ))));
    }
    match String::from_utf8(buf) {
        Ok(line) => Ok(Some(Ok(line.trim_end_matches(['\n', '\r']).to_owned()))),
        Err(_) => Ok(Some(Err(BadMessage::new(
            ErrorCode::BadRequest,
            "a message must be UTF-8 text",
        )))),
    }
}

/// Serializes a message as one line.
pub fn to_line<T: Serialize>(message: &T) -> String {
    let mut line = serde_json::to_string(message).expect("protocol messages always serialize");
    line.push('\n');
    line
}

/// How a client call failed.
#[derive(Debug)]
pub enum CallError {
    /// Nothing listens at the socket.
    NotRunning(String),
    Io {
        path: String,
        source: std::io::Error,
    },
    /// `detail` is the parser's (or says the connection closed): for a bug report.
    Garbled { path: String, detail: String },
}

impl std::fmt::Display for CallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            CallError::NotRunning(at) => t!("cli-error-call-nothing", address = at.as_str()),
            CallError::Io { path, source } => t!(
                "cli-error-call-io",
                address = path.as_str(),
                error = source.to_string()
            ),
            CallError::Garbled { path, detail } => t!(
                "cli-error-call-garbled",
                address = path.as_str(),
                detail = detail.as_str()
            ),
        })
    }
}

impl std::error::Error for CallError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CallError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Sends one request and waits for its reply. `socket` is the control socket's path; on
/// Windows the named pipe is found from it ([`pipe_name`]).
pub fn call(socket: &Path, request: &Request) -> Result<Reply, CallError> {
    #[cfg(windows)]
    let path = format!(r"\\.\pipe\{}", pipe_name(socket));
    #[cfg(not(windows))]
    let path = socket.display().to_string();
    let io = |source| CallError::Io {
        path: path.clone(),
        source,
    };
    let mut stream = connect(socket).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound | std::io::ErrorKind::ConnectionRefused => {
            CallError::NotRunning(path.clone())
        }
        _ => io(e),
    })?;
    let mut envelope = serde_json::to_value(request).expect("requests serialize");
    envelope
        .as_object_mut()
        .expect("requests are objects")
        .insert("v".into(), VERSION.into());
    stream
        .write_all(to_line(&envelope).as_bytes())
        .map_err(io)?;
    let mut reader = BufReader::new(stream);
    match read_line(&mut reader).map_err(io)? {
        None => Err(CallError::Garbled {
            path,
            detail: "it closed the connection without a reply".into(),
        }),
        Some(Err(bad)) => Err(CallError::Garbled {
            path,
            detail: bad.message,
        }),
        Some(Ok(line)) => serde_json::from_str(&line).map_err(|e| CallError::Garbled {
            path,
            detail: e.to_string(),
        }),
    }
}

/// A connection to the daemon: its socket, with [`CLIENT_TIMEOUT`] both ways.
#[cfg(unix)]
fn connect(socket: &Path) -> std::io::Result<std::os::unix::net::UnixStream> {
    let stream = std::os::unix::net::UnixStream::connect(socket)?;
    stream.set_read_timeout(Some(CLIENT_TIMEOUT))?;
    stream.set_write_timeout(Some(CLIENT_TIMEOUT))?;
    Ok(stream)
}

/// A connection to the daemon: its named pipe. Named pipes opened this way have no read
/// timeout; the daemon answers from its engine within [`CLIENT_TIMEOUT`] or says it did not.
#[cfg(windows)]
fn connect(socket: &Path) -> std::io::Result<interprocess::local_socket::Stream> {
    use interprocess::local_socket::prelude::*;
    use interprocess::local_socket::{GenericNamespaced, Stream};
    Stream::connect(pipe_name(socket).to_ns_name::<GenericNamespaced>()?)
}

/// Where there is neither (macOS for now), nothing answers.
#[cfg(not(any(unix, windows)))]
fn connect(_socket: &Path) -> std::io::Result<std::fs::File> {
    Err(std::io::ErrorKind::NotFound.into())
}

/// The named pipe of the daemon whose socket would be at `socket` (`knotless-` and a hash
/// of the folder): one per user and per runtime folder, so a test's daemon in its own
/// folders never meets the user's. FNV-1a, because it must not change between builds.
#[cfg(windows)]
pub fn pipe_name(socket: &Path) -> String {
    let text = socket.to_string_lossy().to_lowercase();
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("knotless-{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_round_trip_and_bad_ones_get_reasons() {
        let r = parse_request(r#"{"v":1,"cmd":"pause","secs":1800}"#).unwrap();
        assert_eq!(
            r,
            Request::Pause {
                secs: Some(1800),
                until_tomorrow: false
            }
        );
        let e = parse_request(r#"{"v":2,"cmd":"status"}"#).unwrap_err();
        assert_eq!(e.code, ErrorCode::UnsupportedVersion);
        let e = parse_request(r#"{"cmd":"status"}"#).unwrap_err();
        assert!(e.message.contains("missing \"v\""), "{}", e.message);
        let e = parse_request(r#"{"v":1,"cmd":"fly"}"#).unwrap_err();
        assert!(e.message.contains("fly"), "{}", e.message);
        // A misspelt field is an error, not a silently different request.
        let e = parse_request(r#"{"v":1,"cmd":"pause","sec":1800}"#).unwrap_err();
        assert_eq!(e.code, ErrorCode::BadRequest);
        assert!(e.message.contains("sec"), "{}", e.message);
        let e = parse_request("[1,2]").unwrap_err();
        assert_eq!(e.code, ErrorCode::BadRequest);
    }

    #[test]
    fn an_oversized_line_is_refused_and_the_next_one_still_read() {
        let mut input = vec![b'x'; MAX_LINE * 3];
        input.extend_from_slice(b"\n{\"v\":1,\"cmd\":\"status\"}\n");
        let mut reader = BufReader::new(&input[..]);
        let first = read_line(&mut reader).unwrap().unwrap().unwrap_err();
        assert_eq!(first.code, ErrorCode::TooLong);
        let second = read_line(&mut reader).unwrap().unwrap().unwrap();
        assert_eq!(parse_request(&second).unwrap(), Request::Status);
        assert!(read_line(&mut reader).unwrap().is_none());
    }
}
