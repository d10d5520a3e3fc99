//! One settings window at a time. The first `knotless settings` listens on a socket in the
//! runtime folder (`settings-window.sock`, beside the daemon's); a second one asks it to come
//! to the front and exits. A lock file held while binding keeps two that start together
//! from both opening. The socket only ever hears "raise": nothing else is read from it.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How long a second window waits for the first to answer, or for one that is starting.
const WAIT: Duration = Duration::from_secs(2);

/// What wakes the open window when a request arrives (set once the window exists).
type Waker = Arc<std::sync::Mutex<Option<Box<dyn Fn() + Send>>>>;

/// The outcome of asking for the settings window.
pub enum Claim {
    /// No window is open: this process opens it, and `Owner` hears later requests.
    First(Owner),
    /// A window is open and was asked to come to the front.
    Raised,
}

/// The open window's end of the socket. Dropping it stops listening.
pub struct Owner {
    socket: PathBuf,
    raise: Arc<AtomicBool>,
    wake: Waker,
    /// Held for the life of the window (the lock is released when it closes).
    _lock: std::fs::File,
}

impl Owner {
    /// Whether another `knotless settings` asked for the window since the last call.
    pub fn take_raise(&self) -> bool {
        self.raise.swap(false, Ordering::AcqRel)
    }

    /// Called (from the listening thread) when a request arrives, to wake the window.
    pub fn on_raise(&self, wake: impl Fn() + Send + 'static) {
        *self.wake.lock().unwrap_or_else(|e| e.into_inner()) = Some(Box::new(wake));
    }
}

impl Drop for Owner {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.socket);
    }
}

/// Why the settings window could not find out whether it is the only one.
#[derive(Debug, thiserror::Error)]
#[error("cannot use {}: {source}", path.display())]
pub struct ClaimError {
    pub path: PathBuf,
    pub source: std::io::Error,
}

/// Asks an open settings window to come forward, or claims the right to open one, in
/// `runtime_dir` (created private to the user when missing).
pub fn claim(runtime_dir: &Path) -> Result<Claim, ClaimError> {
    let fail = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ClaimError { path, source }
    };
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(runtime_dir)
        .map_err(fail(runtime_dir))?;
    let socket = runtime_dir.join("settings-window.sock");
    let lock_path = runtime_dir.join("settings-window.lock");
    let lock = std::fs::File::create(&lock_path).map_err(fail(&lock_path))?;
    // Counted tries rather than a clock: the one clock lives in `platform::clock`.
    let mut tries = WAIT.as_millis() / 50;
    loop {
        if ask_to_raise(&socket) {
            return Ok(Claim::Raised);
        }
        match lock.try_lock() {
            Ok(()) => break,
            // Another one is opening right now: ask it once it listens.
            Err(std::fs::TryLockError::WouldBlock) if tries > 0 => {
                tries -= 1;
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(ClaimError {
                    path: lock_path,
                    source: std::io::Error::other("another settings window holds it"),
                });
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(fail(&lock_path)(e)),
        }
    }
    // We hold the lock and nobody answered: a socket file left by a crash is stale.
    let _ = std::fs::remove_file(&socket);
    let listener = std::os::unix::net::UnixListener::bind(&socket).map_err(fail(&socket))?;
    let raise = Arc::new(AtomicBool::new(false));
    let wake: Waker = Arc::default();
    let (flag, waker) = (Arc::clone(&raise), Arc::clone(&wake));
    std::thread::Builder::new()
        .name("settings-raise".into())
        .spawn(move || {
            for stream in listener.incoming().flatten() {
                if answer(stream) {
                    flag.store(true, Ordering::Release);
                    if let Some(wake) = &*waker.lock().unwrap_or_else(|e| e.into_inner()) {
                        wake();
                    }
                }
            }
        })
        .map_err(fail(&socket))?;
    Ok(Claim::First(Owner {
        socket,
        raise,
        wake,
        _lock: lock,
    }))
}

/// Reads one "raise" line and answers "ok".
fn answer(stream: std::os::unix::net::UnixStream) -> bool {
    let _ = stream.set_read_timeout(Some(WAIT));
    let mut line = String::new();
    let mut reader = BufReader::new(&stream);
    if reader.read_line(&mut line).is_err() || line.trim() != "raise" {
        return false;
    }
    let _ = (&stream).write_all(b"ok\n");
    true
}

/// Whether an open window answered "ok" to "raise".
fn ask_to_raise(socket: &Path) -> bool {
    let Ok(stream) = std::os::unix::net::UnixStream::connect(socket) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(WAIT));
    if (&stream).write_all(b"raise\n").is_err() {
        return false;
    }
    let mut line = String::new();
    BufReader::new(&stream).read_line(&mut line).is_ok() && line.trim() == "ok"
}
