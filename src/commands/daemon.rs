//! Verbs that talk to the running daemon over the control socket. Until a daemon answers
//! there, each of them says clearly that knotless is not running (exit 3).

use super::{Context, Failure};
use crate::cli::Command;
use std::os::unix::net::UnixStream;

pub(super) fn run(command: &Command, cx: &Context) -> Result<(), Failure> {
    if let Command::Run = command {
        return Err(Failure::Runtime(anyhow::anyhow!(
            "the background reminder is not part of this build yet; `knotless plan` shows how \
             reminders would fall on your day"
        )));
    }
    let socket = cx.paths.socket();
    match UnixStream::connect(&socket) {
        Err(_) => Err(Failure::NotRunning(format!(
            "knotless is not running (nothing answers at {}); start it with `knotless`",
            socket.display()
        ))),
        Ok(_) => Err(Failure::Runtime(anyhow::anyhow!(
            "something answers at {} but this build of knotless cannot talk to it",
            socket.display()
        ))),
    }
}
