//! The control channel's server: a thread accepting connections, one short-lived thread per
//! client reading JSON lines. Requests go to the engine; anything unreadable gets an error
//! reply right here, so the engine only ever sees well-formed requests. The same server runs
//! over a Unix socket and over a Windows named pipe ([`Connection`]).

use super::engine::Input;
use crate::ipc::{self, ErrorCode, Reply, Request};
use std::io::{BufReader, Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Sender};
use std::time::Duration;

/// At most this many clients at once; more are told to try again.
const MAX_CLIENTS: usize = 16;
/// A client that sends nothing for this long is dropped (where the channel has timeouts).
#[cfg(unix)]
const IDLE_CLIENT: Duration = Duration::from_secs(60);
/// How long a client waits for the engine (it answers in microseconds unless stuck).
const ENGINE_TIMEOUT: Duration = Duration::from_secs(5);

/// One client of the control channel.
pub trait Connection: Read + Write + Send + 'static {
    /// Refuses a peer of another user and sets the timeouts ([`IDLE_CLIENT`],
    /// [`ENGINE_TIMEOUT`]) where the channel has them.
    fn admit(&mut self) -> Result<(), String>;
    /// A second handle to read from while this one writes.
    fn reader(&self) -> std::io::Result<Box<dyn Read + Send>>;
}

/// Starts the accept loop on its own thread; `accept` waits for the next client.
pub fn spawn<C, A>(accept: A, engine: Sender<Input>) -> std::io::Result<()>
where
    C: Connection,
    A: FnMut() -> std::io::Result<C> + Send + 'static,
{
    std::thread::Builder::new()
        .name("ipc".into())
        .stack_size(128 * 1024)
        .spawn(move || serve_all(accept, &engine))?;
    Ok(())
}

fn serve_all<C: Connection>(
    mut accept: impl FnMut() -> std::io::Result<C>,
    engine: &Sender<Input>,
) {
    let clients = Arc::new(AtomicUsize::new(0));
    loop {
        let stream = accept();
        let mut stream = match stream {
            Ok(stream) => stream,
            Err(e) => {
                tracing::warn!("control channel: accept failed: {e}");
                // A listener that keeps failing must not spin.
                std::thread::sleep(Duration::from_millis(200));
                continue;
            }
        };
        if clients.load(Ordering::Relaxed) >= MAX_CLIENTS {
            let reply = Reply::error(ErrorCode::Failed, "too many clients at once; try again");
            let _ = stream.write_all(ipc::to_line(&reply).as_bytes());
            continue;
        }
        clients.fetch_add(1, Ordering::Relaxed);
        let (engine, counter) = (engine.clone(), Arc::clone(&clients));
        let spawned = std::thread::Builder::new()
            .name("ipc-client".into())
            .stack_size(256 * 1024)
            .spawn(move || {
                if let Err(e) = serve(stream, &engine) {
                    tracing::debug!("control channel: client: {e}");
                }
                counter.fetch_sub(1, Ordering::Relaxed);
            });
        if let Err(e) = spawned {
            clients.fetch_sub(1, Ordering::Relaxed);
            tracing::warn!("control channel: cannot start a client thread: {e}");
        }
    }
}

/// Answers one client until it hangs up, goes quiet, or asks the daemon to quit.
fn serve(mut stream: impl Connection, engine: &Sender<Input>) -> std::io::Result<()> {
    if let Err(refusal) = stream.admit() {
        tracing::warn!("control channel: {refusal}");
        let reply = Reply::error(ErrorCode::BadRequest, refusal);
        return stream.write_all(ipc::to_line(&reply).as_bytes());
    }
    let mut reader = BufReader::new(stream.reader()?);
    while let Some(line) = ipc::read_line(&mut reader)? {
        let request = line.and_then(|line| ipc::parse_request(&line));
        let quit = matches!(request, Ok(Request::Quit));
        let reply = match request {
            Ok(request) => ask(engine, request),
            Err(bad) => bad.into(),
        };
        stream.write_all(ipc::to_line(&reply).as_bytes())?;
        if quit {
            // Only now that the reply is out may the process end.
            let _ = engine.send(Input::Quit);
            break;
        }
    }
    Ok(())
}

fn ask(engine: &Sender<Input>, request: Request) -> Reply {
    let (tx, rx) = mpsc::channel();
    if engine.send(Input::Request(request, tx)).is_err() {
        return Reply::error(ErrorCode::Failed, "knotless is shutting down");
    }
    rx.recv_timeout(ENGINE_TIMEOUT)
        .unwrap_or_else(|_| Reply::error(ErrorCode::Failed, "knotless did not answer in time"))
}

#[cfg(unix)]
impl Connection for std::os::unix::net::UnixStream {
    fn admit(&mut self) -> Result<(), String> {
        same_user(self).map_err(|refusal| refusal.to_string())?;
        let timeouts = self
            .set_read_timeout(Some(IDLE_CLIENT))
            .and_then(|()| self.set_write_timeout(Some(ENGINE_TIMEOUT)));
        timeouts.map_err(|e| format!("cannot set the client's timeouts: {e}"))
    }

    fn reader(&self) -> std::io::Result<Box<dyn Read + Send>> {
        Ok(Box::new(self.try_clone()?))
    }
}

/// Why a peer is refused.
#[cfg(unix)]
#[derive(Debug, thiserror::Error)]
enum Refused {
    #[error("cannot tell who is connecting: {0}")]
    Unknown(rustix::io::Errno),
    #[error("refused a client of another user (uid {0})")]
    OtherUser(u32),
}

/// Refuses peers of another user (the folder is private already; this is the second lock).
#[cfg(unix)]
fn same_user(stream: &std::os::unix::net::UnixStream) -> Result<(), Refused> {
    let peer = rustix::net::sockopt::socket_peercred(stream).map_err(Refused::Unknown)?;
    if peer.uid == rustix::process::geteuid() {
        Ok(())
    } else {
        Err(Refused::OtherUser(peer.uid.as_raw()))
    }
}
