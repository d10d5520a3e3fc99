//! `knotless run` starts the daemon; the other daemon verbs are one round trip over the
//! control socket each. "Not running" is exit 3 with a hint; a refusal (nothing to snooze,
//! not paused, …) is exit 1 with the daemon's reason.

use super::{Context, Failure};
use crate::cli::Command;
use crate::daemon::{self, Outcome};
use crate::ipc::{self, CallError, DaemonStatus, Reply, Request};
use crate::ui::break_window::{BreakWindow, Plan, Recorder, Report};
use chrono::Local;
use eframe::egui::load::Bytes;
use knotless_core::presence::Posture;
use knotless_core::reminder::ReminderKind;
use knotless_core::status::PhaseName;
use knotless_exercises::flow::plan::Inputs;
use knotless_exercises::library::Library;
use knotless_i18n::t;
use std::borrow::Cow;
use std::collections::HashMap;
use std::io::Write;

pub(super) fn run(command: Command, cx: &Context, out: &mut dyn Write) -> Result<(), Failure> {
    let mut template = None;
    let (request, json) = match command {
        Command::Run => return start(cx, out),
        Command::Status { json, format } => {
            template = format;
            (Request::Status, json)
        }
        Command::Break { prompt, .. } => return open_break(cx, prompt, out),
        Command::Control(request) => (request, false),
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
        CallError::NotRunning(at) => {
            Failure::NotRunning(t!("cli-error-not-running", address = at.to_string()))
        }
        other => Failure::Runtime(other.into()),
    })
}

fn start(cx: &Context, out: &mut dyn Write) -> Result<(), Failure> {
    match daemon::run(&cx.paths, cx.clock).map_err(|e| Failure::Runtime(e.into()))? {
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

/// `knotless break`: starts a break (through the daemon when it runs) and guides it in the
/// break window; without a desktop, prints the steps instead. With `prompt` (what the daemon
/// opens when it has no notification server) the window asks first, about the reminder that
/// is showing.
fn open_break(cx: &Context, prompt: bool, out: &mut dyn Write) -> Result<(), Failure> {
    let desktop = super::has_desktop();
    let Some(status) = break_status(cx, prompt, desktop, out)? else {
        return Ok(());
    };
    let (library, _) = Library::load(&cx.paths.exercises_dir());
    let settings = super::settings_for(cx, None)?;
    let plan = break_plan(cx, &library, &settings, status.as_ref(), prompt);
    if !desktop {
        let note = t!("cli-break-not-counted");
        let text = crate::commands::exercises::describe(&plan.exercise, &note);
        writeln!(out, "{text}")?;
        return Ok(());
    }
    let recorder = recorder_for(cx, status.is_some());
    let window = BreakWindow::new(plan, cx.clock.now()).with_svgs(svgs(&library));
    crate::ui::run_break(window, recorder, &settings.sound)?;
    Ok(())
}

/// `knotless checkin --window`: the check-in alone, in the break window, answered through
/// the running knotless or into history without one. It asks every area a check-in asks
/// about now, held ones first.
pub(super) fn open_checkin(cx: &Context) -> Result<(), Failure> {
    let (library, _) = Library::load(&cx.paths.exercises_dir());
    let settings = super::settings_for(cx, None)?;
    let status = ipc::call(&cx.paths.socket(), &Request::Status)
        .ok()
        .and_then(|reply| reply.status);
    let plan = break_plan(cx, &library, &settings, status.as_ref(), false).checking_in();
    let recorder = recorder_for(cx, status.is_some());
    let window = BreakWindow::new(plan, cx.clock.now());
    crate::ui::run_break(window, recorder, &settings.sound)?;
    Ok(())
}

/// Who records a window's answers: the running knotless, or history without one.
fn recorder_for(cx: &Context, daemon: bool) -> Box<dyn Recorder> {
    if daemon {
        Box::new(DaemonRecorder {
            socket: cx.paths.socket(),
        })
    } else {
        Box::new(HistoryRecorder {
            log: crate::store::history::HistoryLog::new(cx.paths.history_file()),
            started: cx.clock.now(),
        })
    }
}

/// The daemon's side of a break about to be guided: `Some(Some(status))` with the break
/// started (or asked about, with `prompt`), `Some(None)` without a daemon, `None` when there
/// is nothing to guide (said on `out`).
fn break_status(
    cx: &Context,
    prompt: bool,
    desktop: bool,
    out: &mut dyn Write,
) -> Result<Option<Option<DaemonStatus>>, Failure> {
    if prompt {
        let status = call(cx, &Request::Status)?
            .status
            .ok_or_else(|| Failure::Runtime(anyhow::anyhow!(t!("cli-error-no-status"))))?;
        if status.core.phase != PhaseName::Prompting {
            writeln!(out, "{}", t!("cli-break-nothing-waiting"))?;
            return Ok(None);
        }
        return Ok(Some(Some(status)));
    }
    let request = Request::Break {
        now: true,
        window: desktop,
    };
    match ipc::call(&cx.paths.socket(), &request) {
        Ok(reply) if reply.ok && !desktop => {
            writeln!(out, "{}", reply.message)?;
            Ok(None)
        }
        Ok(reply) if reply.ok => Ok(Some(reply.status)),
        // Refused because a break already runs (started from a notification): guide it.
        Ok(reply) => match call(cx, &Request::Status)?.status {
            Some(s) if s.core.phase == PhaseName::OnBreak => Ok(Some(Some(s))),
            _ => Err(Failure::Runtime(anyhow::anyhow!("{}", reply.message))),
        },
        Err(CallError::NotRunning(_)) => Ok(Some(None)),
        Err(other) => Err(Failure::Runtime(other.into())),
    }
}

/// The plan for the break: the daemon's suggestion (or the same policy's pick without
/// one), over history's bodily events, streamed so a long history does not hold the
/// window up.
fn break_plan(
    cx: &Context,
    library: &Library,
    settings: &knotless_core::settings::Settings,
    status: Option<&DaemonStatus>,
    prompt: bool,
) -> Plan {
    let now = cx.clock.now();
    let mut events = Vec::new();
    let read = crate::store::history::HistoryLog::new(cx.paths.history_file()).each_event(|e| {
        if knotless_exercises::body::remembered(&e, now) {
            events.push(e);
        }
    });
    if let Err(e) = read {
        eprintln!("knotless: {e}");
    }
    let plan = Plan::build(&Inputs {
        settings,
        events: &events,
        library: &library.exercises,
        now,
        suggested: status.and_then(|s| s.exercise.as_deref()),
        // With a sit-stand desk the window has the "I'm standing" switch (the daemon
        // keeps the posture, so without one there is nothing to tell).
        posture: status
            .filter(|s| s.core.standing_desk)
            .map(|s| s.core.posture),
        // Without a daemon there is nothing to snooze: closing skips.
        snoozes_left: status.map_or(0, |s| s.core.snoozes_left),
        seed: u64::from(now.timestamp_subsec_nanos()),
    });
    match status {
        Some(s) if prompt => plan.asking(
            ReminderKind::Movement.title(&daemon::text::minutes(s.core.sitting_secs)),
            settings.schedule.answer_within,
        ),
        _ => plan,
    }
}

/// A user's own SVG frames, by exercise id (the built-ins have figures).
fn svgs(library: &Library) -> HashMap<String, Vec<Bytes>> {
    library
        .exercises
        .iter()
        .filter(|e| !e.frames.is_empty())
        .map(|e| {
            let frames = library
                .frames(&e.id)
                .iter()
                .map(|svg| match svg {
                    Cow::Borrowed(s) => Bytes::Static(s.as_bytes()),
                    Cow::Owned(s) => Bytes::Shared(s.as_bytes().into()),
                })
                .collect();
            (e.id.clone(), frames)
        })
        .collect()
}

/// Records the window's answers with the running daemon.
struct DaemonRecorder {
    socket: std::path::PathBuf,
}

impl Recorder for DaemonRecorder {
    fn record(&mut self, report: Report) {
        let request = match report {
            Report::Start => Request::Break {
                now: true,
                window: true,
            },
            Report::Answer {
                answer,
                how,
                steps_done,
                steps,
            } => Request::Answer {
                answer,
                how,
                steps_done,
                steps,
            },
            Report::Switched { exercise } => Request::Switch { exercise },
            Report::Checkin { areas } => Request::Checkin { areas },
            Report::Advised { region, kind } => Request::Advised { region, kind },
            Report::Feedback { exercise, feeling } => Request::Feedback { exercise, feeling },
            Report::Posture(Posture::Standing) => Request::Stand,
            Report::Posture(Posture::Sitting) => Request::Sit,
        };
        match ipc::call(&self.socket, &request) {
            Ok(reply) if !reply.ok => eprintln!("knotless: {}", reply.message),
            Ok(_) => {}
            Err(e) => eprintln!("knotless: {e}"),
        }
    }

    fn probe(&self) -> Option<Box<dyn Fn() -> Option<PhaseName> + Send>> {
        let socket = self.socket.clone();
        Some(Box::new(move || {
            ipc::call(&socket, &Request::Status)
                .ok()
                .and_then(|reply| reply.status)
                .map(|s| s.core.phase)
        }))
    }
}

/// Without a daemon, the window writes its answers to history itself.
struct HistoryRecorder {
    log: crate::store::history::HistoryLog,
    started: knotless_core::Time,
}

impl Recorder for HistoryRecorder {
    fn record(&mut self, report: Report) {
        use crate::platform::clock::Clock;
        use knotless_core::history::{BreakAnswer, CompletedVia, Event, EventKind};
        let at = crate::platform::clock::SystemClock.now();
        let mut kinds = Vec::new();
        match report {
            Report::Answer {
                answer,
                how,
                steps_done,
                steps,
            } => {
                kinds.push(match answer {
                    BreakAnswer::Completed => EventKind::BreakCompleted {
                        id: None,
                        secs: knotless_core::whole_secs(at - self.started),
                        via: CompletedVia::Done,
                    },
                    // Without a daemon there is nothing to snooze.
                    BreakAnswer::Snoozed | BreakAnswer::Skipped => {
                        EventKind::BreakSkipped { id: None }
                    }
                });
                kinds.push(EventKind::Answered {
                    answer,
                    how,
                    steps_done: Some(steps_done),
                    steps: Some(steps),
                });
            }
            // Without a daemon the window shows no posture switch.
            Report::Start | Report::Posture(_) => {}
            Report::Switched { exercise } => {
                kinds.push(EventKind::Suggested { id: None, exercise });
            }
            Report::Checkin { areas } => kinds.push(EventKind::Checkin { areas }),
            Report::Advised { region, kind } => kinds.push(EventKind::Advised { region, kind }),
            Report::Feedback { exercise, feeling } => {
                kinds.push(EventKind::Feedback { exercise, feeling });
            }
        }
        let events: Vec<Event> = kinds.into_iter().map(|kind| Event { at, kind }).collect();
        if let Err(e) = self.log.append(&events, &chrono::Local) {
            eprintln!(
                "knotless: {}",
                t!("cli-error-history-write", error = e.to_string())
            );
        }
    }
}
