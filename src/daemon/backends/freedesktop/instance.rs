//! One daemon per user: the runtime folder (0700), a lock file, and the control socket
//! (0600). A second start finds the first one answering and hands over.

use crate::daemon::lock::{LockError, Taken};
use crate::ipc::Reply;
use std::fs::{self, File};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};

/// What claiming the instance found.
pub enum Claim {
    /// We are the daemon: the socket is bound and the lock held for as long as this lives.
    Primary(Instance),
    /// Another daemon answered.
    Running(Box<Reply>),
}

/// Why the instance could not be claimed.
#[derive(Debug, thiserror::Error)]
pub enum ClaimError {
    #[error("cannot {what} {}: {source}", path.display())]
    Io {
        what: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", not_ours(.path, *.uid))]
    NotOurs { path: PathBuf, uid: u32 },
    #[error("{}", stuck(.lock, &.socket.display().to_string()))]
    Stuck { lock: PathBuf, socket: PathBuf },
}

/// `path` (the runtime folder, the lock) is another user's: a sentence for the user.
pub(crate) fn not_ours(path: &Path, uid: u32) -> String {
    knotless_i18n::t!(
        "daemon-error-not-ours",
        path = path.display().to_string(),
        uid = uid
    )
}

/// Another knotless holds `lock` but does not answer at `address`.
pub(crate) fn stuck(lock: &Path, address: &str) -> String {
    knotless_i18n::t!(
        "daemon-error-stuck",
        lock = lock.display().to_string(),
        address = address
    )
}

/// An I/O failure on `path`, for `map_err` (the operation and the system's reason: a
/// diagnostic, in English).
fn io(what: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> ClaimError {
    let path = path.to_path_buf();
    move |source| ClaimError::Io { what, path, source }
}

/// The held lock and the bound socket.
pub struct Instance {
    listener: UnixListener,
    socket: PathBuf,
    _lock: File,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.socket);
    }
}

impl Instance {
    /// Serves the control socket on its own thread, the engine answering.
    pub fn serve(
        &mut self,
        engine: std::sync::mpsc::Sender<crate::daemon::Input>,
    ) -> std::io::Result<()> {
        let listener = self.listener.try_clone()?;
        crate::daemon::server::spawn(move || listener.accept().map(|(stream, _)| stream), engine)
    }
}

/// Takes the instance in `dir` (the runtime folder), or finds the running one.
pub fn claim(dir: &Path) -> Result<Claim, ClaimError> {
    private_dir(dir)?;
    let socket = dir.join("socket");
    let lock = match crate::daemon::lock::take(dir, &socket) {
        Ok(Taken::Lock(lock)) => lock,
        Ok(Taken::Running(reply)) => return Ok(Claim::Running(reply)),
        Err(LockError::Io { what, path, source }) => {
            return Err(ClaimError::Io { what, path, source });
        }
        Err(LockError::Stuck { lock }) => return Err(ClaimError::Stuck { lock, socket }),
    };
    // We hold the lock, so a socket file left here belongs to a copy that died.
    match fs::remove_file(&socket) {
        Ok(()) => tracing::info!("removed a stale socket at {}", socket.display()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io("remove", &socket)(e)),
    }
    let listener = UnixListener::bind(&socket).map_err(io("listen at", &socket))?;
    fs::set_permissions(&socket, fs::Permissions::from_mode(0o600))
        .map_err(io("make private", &socket))?;
    Ok(Claim::Primary(Instance {
        listener,
        socket,
        _lock: lock,
    }))
}

/// Creates `dir` as 0700, or checks that an existing one is ours and makes it private.
fn private_dir(dir: &Path) -> Result<(), ClaimError> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(io("create", dir))?;
    let meta = fs::metadata(dir).map_err(io("look at", dir))?;
    let me = rustix::process::geteuid().as_raw();
    if meta.uid() != me {
        return Err(ClaimError::NotOurs {
            path: dir.to_path_buf(),
            uid: meta.uid(),
        });
    }
    if meta.mode() & 0o077 != 0 {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
            .map_err(io("make private", dir))?;
    }
    Ok(())
}
