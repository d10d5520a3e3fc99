//! One daemon per user: the runtime folder (0700), a lock file, and the control socket
//! (0600). A second start finds the first one answering and hands over.

use crate::ipc::{self, Reply, Request};
use anyhow::{Context as _, bail};
use std::fs::{self, File, TryLockError};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What claiming the instance found.
pub enum Claim {
    /// We are the daemon: the socket is bound and the lock held for as long as this lives.
    Primary(Instance),
    /// Another daemon answered.
    Running(Box<Reply>),
}

/// The held lock and the bound socket.
pub struct Instance {
    pub listener: UnixListener,
    socket: PathBuf,
    _lock: File,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.socket);
    }
}

/// Takes the instance in `dir` (the runtime folder), or finds the running one.
pub fn claim(dir: &Path) -> anyhow::Result<Claim> {
    private_dir(dir)?;
    let socket = dir.join("socket");
    if let Ok(reply) = ipc::call(&socket, &Request::Hello) {
        return Ok(Claim::Running(Box::new(reply)));
    }
    let lock_path = dir.join("lock");
    let mut lock = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .with_context(|| format!("cannot open {}", lock_path.display()))?;
    match lock.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            // Another copy is starting right now: give it a moment to bind its socket.
            for _ in 0..30 {
                std::thread::sleep(Duration::from_millis(100));
                if let Ok(reply) = ipc::call(&socket, &Request::Hello) {
                    return Ok(Claim::Running(Box::new(reply)));
                }
            }
            bail!(
                "another knotless holds {} but does not answer at {}",
                lock_path.display(),
                socket.display()
            );
        }
        Err(TryLockError::Error(e)) => {
            return Err(e).with_context(|| format!("cannot lock {}", lock_path.display()));
        }
    }
    lock.set_len(0)?;
    writeln!(lock, "{}", std::process::id())?;
    // We hold the lock, so a socket file left here belongs to a copy that died.
    match fs::remove_file(&socket) {
        Ok(()) => tracing::info!("removed a stale socket at {}", socket.display()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e).with_context(|| format!("cannot remove {}", socket.display())),
    }
    let listener = UnixListener::bind(&socket)
        .with_context(|| format!("cannot listen at {}", socket.display()))?;
    fs::set_permissions(&socket, fs::Permissions::from_mode(0o600))?;
    Ok(Claim::Primary(Instance {
        listener,
        socket,
        _lock: lock,
    }))
}

/// Creates `dir` as 0700, or checks that an existing one is ours and makes it private.
fn private_dir(dir: &Path) -> anyhow::Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| format!("cannot create {}", dir.display()))?;
    let meta = fs::metadata(dir)?;
    let me = rustix::process::geteuid().as_raw();
    if meta.uid() != me {
        bail!(
            "{} belongs to another user (uid {}); refusing to use it",
            dir.display(),
            meta.uid()
        );
    }
    if meta.mode() & 0o077 != 0 {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}
