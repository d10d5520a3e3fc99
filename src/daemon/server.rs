//! The control socket's server: a thread accepting connections, one short-lived thread per
//! client reading JSON lines. Requests go to the engine; anything unreadable gets an error
//! reply right here, so the engine only ever sees well-formed requests.

use super::engine::Input;
use crate::ipc::{self, ErrorCode, Reply, Request};
use std::io::{BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Sender};
use std::time::Duration;

/// At most this many clients at once; more are told to try again.
const MAX_CLIENTS: usize = 16;
/// A client that sends nothing for this long is dropped.
const IDLE_CLIENT: Duration = Duration::from_secs(60);
/// How long a client waits for the engine (it answers in microseconds unless stuck).
const ENGINE_TIMEOUT: Duration = Duration::from_secs(5);

/// Starts the accept loop on its own thread.
pub fn spawn(listener: UnixListener, engine: Sender<Input>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("ipc".into())
        .stack_size(128 * 1024)
        .spawn(move || accept(&listener, &engine))?;
    Ok(())
}

fn accept(listener: &UnixListener, engine: &Sender<Input>) {
    let clients = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let mut stream = match stream {
            Ok(stream) => stream,
            Err(e) => {
                tracing::warn!("control socket: accept failed: {e}");
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
                    tracing::debug!("control socket: client: {e}");
                }
                counter.fetch_sub(1, Ordering::Relaxed);
            });
        if let Err(e) = spawned {
            clients.fetch_sub(1, Ordering::Relaxed);
            tracing::warn!("control socket: cannot start a client thread: {e}");
        }
    }
}

/// Answers one client until it hangs up, goes quiet, or asks the daemon to quit.
fn serve(mut stream: UnixStream, engine: &Sender<Input>) -> std::io::Result<()> {
    if let Err(refusal) = same_user(&stream) {
        tracing::warn!("control socket: {refusal}");
        let reply = Reply::error(ErrorCode::BadRequest, refusal.to_string());
        return stream.write_all(ipc::to_line(&reply).as_bytes());
    }
    stream.set_read_timeout(Some(IDLE_CLIENT))?;
    stream.set_write_timeout(Some(ENGINE_TIMEOUT))?;
    let mut reader = BufReader::new(stream.try_clone()?);
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

/// Why a peer is refused.
#[derive(Debug, thiserror::Error)]
enum Refused {
    #[error("cannot tell who is connecting: {0}")]
    Unknown(rustix::io::Errno),
    #[error("refused a client of another user (uid {0})")]
    OtherUser(u32),
}

/// Refuses peers of another user (the folder is private already; this is the second lock).
fn same_user(stream: &UnixStream) -> Result<(), Refused> {
    let peer = rustix::net::sockopt::socket_peercred(stream).map_err(Refused::Unknown)?;
    if peer.uid == rustix::process::geteuid() {
        Ok(())
    } else {
        Err(Refused::OtherUser(peer.uid.as_raw()))
    }
}
