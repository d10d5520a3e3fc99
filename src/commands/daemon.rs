//! `knotless run` starts the daemon; the other daemon verbs are one round trip over the
//! control socket each. "Not running" is exit 3 with a hint; a refusal (nothing to snooze,
//! not paused, …) is exit 1 with the daemon's reason.

use super::{Context, Failure};
use crate::cli::Command;
use crate::daemon::{self, Outcome};
use crate::ipc::{self, CallError, Reply, Request};
use chrono::Local;
use std::io::Write;

pub(super) fn run(command: Command, cx: &Context, out: &mut dyn Write) -> Result<(), Failure> {
    let mut template = None;
    let (request, json) = match command {
        Command::Run => return start(cx, out),
        Command::Status { json, format } => {
            template = format;
            (Request::Status, json)
        }
        Command::Pause {
            duration,
            until_tomorrow,
        } => (
            Request::Pause {
                secs: duration.map(crate::core::whole_secs),
                until_tomorrow,
            },
            false,
        ),
        Command::Resume => (Request::Resume, false),
        Command::Snooze { duration } => (
            Request::Snooze {
                secs: duration.map(crate::core::whole_secs),
            },
            false,
        ),
        Command::Skip => (Request::Skip, false),
        Command::Break { now } => (Request::Break { now }, false),
        Command::Quit => (Request::Quit, false),
        Command::Settings => (Request::Settings, false),
        Command::Stats(_) => (Request::Stats, false),
        other => unreachable!("{other:?} is not a daemon verb"),
    };
    let reply = call(cx, &request)?;
    if !reply.ok {
        return Err(Failure::Runtime(anyhow::anyhow!("{}", reply.message)));
    }
    match (&request, reply.status) {
        (Request::Status, Some(status)) if template.is_some() => {
            let template = template.as_ref().expect("checked above");
            writeln!(out, "{}", daemon::text::render(template, &status))?;
        }
        (Request::Status, Some(status)) if json => {
            serde_json::to_writer_pretty(&mut *out, &status).map_err(anyhow::Error::from)?;
            writeln!(out)?;
        }
        (Request::Status, Some(status)) => {
            writeln!(out, "{}", daemon::text::status_report(&status, &Local))?;
        }
        _ => writeln!(out, "{}", reply.message)?,
    }
    Ok(())
}

fn call(cx: &Context, request: &Request) -> Result<Reply, Failure> {
    ipc::call(&cx.paths.socket(), request).map_err(|e| match e {
        CallError::NotRunning(at) => Failure::NotRunning(format!(
            "knotless is not running (nothing answers at {at}); start it with `knotless`"
        )),
        other => Failure::Runtime(other.into()),
    })
}

fn start(cx: &Context, out: &mut dyn Write) -> Result<(), Failure> {
    match daemon::run(&cx.paths, cx.clock)? {
        Outcome::Stopped => Ok(()),
        Outcome::HandedOver(reply) => {
            writeln!(out, "{}", reply.message)?;
            if let Some(status) = reply.status {
                writeln!(out, "{}", daemon::text::status_report(&status, &Local))?;
            }
            Ok(())
        }
    }
}
