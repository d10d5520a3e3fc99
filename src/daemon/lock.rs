//! One daemon per user, whatever the control channel: a running daemon answering `Hello`
//! at the channel wins; otherwise the lock file in the runtime folder (our PID inside) is
//! taken, after giving a copy that holds it while starting a moment to answer. The socket
//! (`backends/freedesktop/instance.rs`) and the named pipe (`backends/windows/pipe.rs`)
//! both start here.

use crate::ipc::{self, Reply, Request};
use std::fs::{File, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What taking the lock found.
pub enum Taken {
    /// The lock is ours for as long as the file lives.
    Lock(File),
    /// Another daemon answered at the channel.
    Running(Box<Reply>),
}

/// Why the lock could not be taken.
pub enum LockError {
    Io {
        what: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    /// Another copy holds the lock but never answered.
    Stuck { lock: PathBuf },
}

/// Takes `dir/lock`, or finds the daemon answering at `socket` (the channel's address).
pub fn take(dir: &Path, socket: &Path) -> Result<Taken, LockError> {
    if let Ok(reply) = ipc::call(socket, &Request::Hello) {
        return Ok(Taken::Running(Box::new(reply)));
    }
    let path = dir.join("lock");
    let io = |what| {
        let path = path.clone();
        move |source| LockError::Io { what, path, source }
    };
    let mut lock = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(io("open"))?;
    match lock.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            // Another copy is starting right now: give it a moment to open its channel.
            for _ in 0..30 {
                std::thread::sleep(Duration::from_millis(100));
                if let Ok(reply) = ipc::call(socket, &Request::Hello) {
                    return Ok(Taken::Running(Box::new(reply)));
                }
            }
            return Err(LockError::Stuck { lock: path });
        }
        Err(TryLockError::Error(e)) => return Err(io("lock")(e)),
    }
    lock.set_len(0)
        .and_then(|()| writeln!(lock, "{}", std::process::id()))
        .map_err(io("write"))?;
    Ok(Taken::Lock(lock))
}
