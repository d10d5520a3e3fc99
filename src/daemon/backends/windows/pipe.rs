//! One daemon per user on Windows: a lock file in the runtime folder and the control channel,
//! a named pipe (`\\.\pipe\knotless-…`, see [`crate::ipc::pipe_name`]) whose security
//! descriptor lets only this user open it, remote clients refused. A second start finds the
//! first one answering and hands over, as on Linux.

use crate::daemon::engine::Input;
use crate::daemon::lock::{LockError, Taken};
use crate::daemon::server::{self, Connection};
use crate::ipc::{self, Reply};
use interprocess::local_socket::prelude::*;
use interprocess::local_socket::{GenericNamespaced, Listener, ListenerOptions, Stream};
use interprocess::os::windows::local_socket::ListenerOptionsExt;
use interprocess::os::windows::security_descriptor::SecurityDescriptor;
use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::Sender;

/// What claiming the instance found.
pub enum Claim {
    /// We are the daemon: the pipe is ours and the lock held for as long as this lives.
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
    #[error("cannot open the control pipe {name}: {source}")]
    Pipe {
        name: String,
        source: std::io::Error,
    },
    #[error("{}", stuck(.lock, .name))]
    Stuck { lock: PathBuf, name: String },
}

/// Another knotless holds `lock` but does not answer at the pipe `name`.
fn stuck(lock: &Path, name: &str) -> String {
    knotless_i18n::t!(
        "daemon-error-stuck",
        lock = lock.display().to_string(),
        address = name
    )
}

fn io(what: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> ClaimError {
    let path = path.to_path_buf();
    move |source| ClaimError::Io { what, path, source }
}

/// The held lock and the pipe, until the server thread takes it.
pub struct Instance {
    listener: Option<Listener>,
    _lock: File,
}

impl Instance {
    /// Serves the control pipe on its own thread, the engine answering.
    pub fn serve(&mut self, engine: Sender<Input>) -> std::io::Result<()> {
        let listener = self
            .listener
            .take()
            .ok_or_else(|| std::io::Error::other("the control pipe is served already"))?;
        server::spawn(move || listener.accept().map(Client::new), engine)
    }
}

/// Takes the instance in `dir` (the runtime folder), or finds the running one.
pub fn claim(dir: &Path) -> Result<Claim, ClaimError> {
    fs::create_dir_all(dir).map_err(io("create", dir))?;
    let socket = dir.join("socket");
    let name = ipc::pipe_name(&socket);
    let lock = match crate::daemon::lock::take(dir, &socket) {
        Ok(Taken::Lock(lock)) => lock,
        Ok(Taken::Running(reply)) => return Ok(Claim::Running(reply)),
        Err(LockError::Io { what, path, source }) => {
            return Err(ClaimError::Io { what, path, source });
        }
        Err(LockError::Stuck { lock }) => return Err(ClaimError::Stuck { lock, name }),
    };
    let pipe = |source| ClaimError::Pipe {
        name: name.clone(),
        source,
    };
    let listener = ListenerOptions::new()
        .name(
            name.as_str()
                .to_ns_name::<GenericNamespaced>()
                .map_err(pipe)?,
        )
        .security_descriptor(only_this_user().map_err(pipe)?)
        .create_sync()
        .map_err(pipe)?;
    Ok(Claim::Primary(Instance {
        listener: Some(listener),
        _lock: lock,
    }))
}

/// A security descriptor whose access list allows this user alone, inheriting nothing
/// (`D:P(A;;GA;;;<the user's SID>)`): the pipe's default would let everyone read.
fn only_this_user() -> std::io::Result<SecurityDescriptor> {
    let sddl = format!("D:P(A;;GA;;;{})", user_sid()?);
    let wide = widestring::U16CString::from_str(&sddl).map_err(std::io::Error::other)?;
    SecurityDescriptor::deserialize(&wide)
}

/// The current user's SID as a string (`S-1-5-21-…`).
fn user_sid() -> std::io::Result<String> {
    use windows_sys::Win32::Foundation::{CloseHandle, HANDLE, LocalFree};
    use windows_sys::Win32::Security::Authorization::ConvertSidToStringSidW;
    use windows_sys::Win32::Security::{GetTokenInformation, TOKEN_QUERY, TOKEN_USER, TokenUser};
    use windows_sys::Win32::System::Threading::{GetCurrentProcess, OpenProcessToken};
    let last = std::io::Error::last_os_error;
    let mut token: HANDLE = std::ptr::null_mut();
    // SAFETY: the pseudo-handle of this process; `token` receives a handle we close below.
    if unsafe { OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &mut token) } == 0 {
        return Err(last());
    }
    // TOKEN_USER and the SID it points to, which follows it in the same buffer; u64s keep
    // the buffer aligned for the pointers inside.
    let mut buffer = [0_u64; 64];
    let mut needed = 0;
    // SAFETY: `buffer` is writable for its whole size, given in bytes.
    let ok = unsafe {
        GetTokenInformation(
            token,
            TokenUser,
            buffer.as_mut_ptr().cast(),
            std::mem::size_of_val(&buffer) as u32,
            &mut needed,
        )
    };
    let error = last();
    // SAFETY: `token` is the handle opened above.
    unsafe { CloseHandle(token) };
    if ok == 0 {
        return Err(error);
    }
    // SAFETY: GetTokenInformation filled the buffer with a TOKEN_USER.
    let sid = unsafe { (*buffer.as_ptr().cast::<TOKEN_USER>()).User.Sid };
    let mut text = std::ptr::null_mut();
    // SAFETY: `sid` points into `buffer`, still alive; `text` receives a LocalAlloc'd string.
    if unsafe { ConvertSidToStringSidW(sid, &mut text) } == 0 {
        return Err(last());
    }
    // SAFETY: a NUL-terminated UTF-16 string from ConvertSidToStringSidW, freed right after.
    let sid = unsafe { widestring::U16CStr::from_ptr_str(text) }.to_string_lossy();
    // SAFETY: `text` was allocated by the system with LocalAlloc.
    unsafe { LocalFree(text.cast()) };
    Ok(sid)
}

/// A client on the pipe. The pipe's access list already keeps other users out.
struct Client(Arc<Stream>);

impl Client {
    fn new(stream: Stream) -> Client {
        Client(Arc::new(stream))
    }
}

impl Read for Client {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        (&*self.0).read(buf)
    }
}

impl Write for Client {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        (&*self.0).write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        (&*self.0).flush()
    }
}

impl Connection for Client {
    fn admit(&mut self) -> Result<(), String> {
        Ok(())
    }

    fn reader(&self) -> std::io::Result<Box<dyn Read + Send>> {
        Ok(Box::new(Client(Arc::clone(&self.0))))
    }
}
