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
        CallError::NotRunning(at) => Failure::NotRunning(format!(
            "knotless is not running (nothing answers at {at}); start it with `knotless`"
        )),
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
    use crate::core::suggest::Policy;
    use crate::core::variety::Variety;
    use crate::store::exercises::Library;
    use crate::ui::break_window::BreakFlow;
    let desktop = super::has_desktop();
    let socket = cx.paths.socket();
    let mut asking = None;
    let request = Request::Break {
        now: true,
        window: desktop,
    };
    let answer = if prompt {
        let status = call(cx, &Request::Status)?
            .status
            .ok_or_else(|| Failure::Runtime(anyhow::anyhow!("the daemon sent no status")))?;
        if status.core.phase != crate::core::status::PhaseName::Prompting {
            writeln!(out, "No movement break is waiting for an answer.")?;
            return Ok(());
        }
        asking = Some(format!(
            "Time to move · sitting {}",
            daemon::text::minutes(status.core.sitting_secs)
        ));
        Ok(Reply::ok("").with_status(status))
    } else {
        ipc::call(&socket, &request)
    };
    let status = match answer {
        Ok(reply) if reply.ok => {
            if !desktop {
                writeln!(out, "{}", reply.message)?;
                return Ok(());
            }
            reply.status
        }
        Ok(reply) => {
            // Refused because a break already runs (started from a notification): guide it.
            let status = call(cx, &Request::Status)?.status;
            match status {
                Some(s) if s.core.phase == crate::core::status::PhaseName::OnBreak => Some(s),
                _ => return Err(Failure::Runtime(anyhow::anyhow!("{}", reply.message))),
            }
        }
        Err(CallError::NotRunning(_)) => None,
        Err(other) => return Err(Failure::Runtime(other.into())),
    };
    let daemon = status.is_some();
    // With a sit-stand desk the window has the "I'm standing" switch (the daemon keeps
    // the posture, so without one there is nothing to tell).
    let posture = status
        .as_ref()
        .filter(|s| s.core.standing_desk)
        .map(|s| s.core.posture);
    let exercise_id = status.and_then(|s| s.exercise);
    let (library, _) = Library::load(&cx.paths.exercises_dir());
    let settings = super::settings_for(cx, None)?;
    let now = cx.clock.now();
    // What history says about the body (warning signs, discomfort, feedback, check-ins): the
    // same events the daemon keeps, streamed so a long history does not hold the window up.
    let mut events = Vec::new();
    let read = crate::store::history::HistoryLog::new(cx.paths.history_file()).each_event(|e| {
        if crate::core::body::remembered(&e, now) {
            events.push(e);
        }
    });
    if let Err(e) = read {
        eprintln!("knotless: {e}");
    }
    // The same policy as the daemon's, over the same settings and history.
    let policy = Policy::new(&settings, &events, now, &library.exercises)
        .for_posture(posture.unwrap_or_default(), false);
    let mut variety = Variety::new(u64::from(now.timestamp_subsec_nanos()));
    let exercise = exercise_id
        .and_then(|id| library.get(&id).cloned())
        .unwrap_or_else(|| policy.next(&mut variety, &library.exercises));
    let alternatives: Vec<crate::core::exercise::Exercise> = policy
        .alternatives(&variety, &library.exercises, &exercise.id, 5)
        .into_iter()
        .cloned()
        .collect();
    if !desktop {
        writeln!(
            out,
            "{}",
            crate::commands::exercises::describe(
                &exercise,
                "knotless is not running, so this break is not counted"
            )
        )?;
        return Ok(());
    }
    let reporter: Box<dyn crate::ui::break_window::Reporter> = if daemon {
        Box::new(DaemonReporter { socket })
    } else {
        Box::new(HistoryReporter {
            log: crate::store::history::HistoryLog::new(cx.paths.history_file()),
            started: now,
        })
    };
    let frames = std::iter::once(&exercise)
        .chain(&alternatives)
        .map(|e| {
            let svgs = library
                .frames(&e.id)
                .iter()
                .map(|svg| match svg {
                    std::borrow::Cow::Borrowed(s) => {
                        eframe::egui::load::Bytes::Static(s.as_bytes())
                    }
                    std::borrow::Cow::Owned(s) => {
                        eframe::egui::load::Bytes::Shared(s.as_bytes().into())
                    }
                })
                .collect();
            (e.id.clone(), svgs)
        })
        .collect();
    let regions_of = |id: &str| library.get(id).map(|e| e.regions.as_slice());
    let loads_of = |id: &str| library.get(id).map(crate::core::exercise::Exercise::loads);
    // Every held area is asked about first whenever a check-in is due, however old its hold.
    let held = policy.holds().regions();
    let checkin = if settings.checkin.enabled
        && crate::core::body::checkin_due(&events, now, settings.checkin.every)
    {
        crate::core::body::checkin_areas(
            &held,
            &settings.suggestions.focus,
            &events,
            now,
            regions_of,
        )
    } else {
        Vec::new()
    };
    let advice = crate::core::body::advice_due(&events, now, |id| library.get(id));
    let reason = policy.leanings.reason(&exercise);
    let worse_this_week: Vec<crate::core::exercise::Region> =
        crate::core::body::worse_areas(&events, now, loads_of)
            .into_keys()
            .collect();
    let mut flow = BreakFlow::new(exercise, alternatives, now, reporter)
        .with_frames(frames)
        .with_reason(reason)
        .with_checkin(checkin)
        .with_advice(advice)
        .with_worse_this_week(worse_this_week)
        .with_posture(posture);
    if let Some(summary) = asking {
        flow = flow.prompting(summary, settings.schedule.answer_within);
    }
    crate::ui::run_break(flow, &settings.sound)?;
    Ok(())
}

/// Reports the window's answers to the running daemon.
struct DaemonReporter {
    socket: std::path::PathBuf,
}

impl crate::ui::break_window::Reporter for DaemonReporter {
    fn report(&mut self, report: crate::ui::break_window::Report) {
        use crate::ui::break_window::Report;
        let request = match report {
            Report::Start => Request::Break {
                now: true,
                window: true,
            },
            Report::Another { exercise } => Request::Switch { exercise },
            Report::Checkin { areas } => Request::Checkin { areas },
            Report::Advised { region, kind } => Request::Advised { region, kind },
            Report::Done { .. } => Request::Done,
            Report::Snooze => Request::Snooze { secs: None },
            Report::Skip => Request::Skip,
            Report::Feedback { exercise, feeling } => Request::Feedback { exercise, feeling },
            Report::Posture(crate::core::presence::Posture::Standing) => Request::Stand,
            Report::Posture(crate::core::presence::Posture::Sitting) => Request::Sit,
        };
        match ipc::call(&self.socket, &request) {
            Ok(reply) if !reply.ok => eprintln!("knotless: {}", reply.message),
            Ok(_) => {}
            Err(e) => eprintln!("knotless: {e}"),
        }
    }

    fn prompt_withdrawn(&mut self) -> bool {
        match ipc::call(&self.socket, &Request::Status) {
            Ok(reply) => reply
                .status
                .is_none_or(|s| s.core.phase != crate::core::status::PhaseName::Prompting),
            // The daemon is gone: nothing to answer any more.
            Err(_) => true,
        }
    }
}

/// Without a daemon, the window writes its answers to history itself.
struct HistoryReporter {
    log: crate::store::history::HistoryLog,
    started: crate::core::Time,
}

impl crate::ui::break_window::Reporter for HistoryReporter {
    fn report(&mut self, report: crate::ui::break_window::Report) {
        use crate::core::history::{CompletedVia, Event, EventKind};
        use crate::platform::clock::Clock;
        use crate::ui::break_window::Report;
        let at = crate::platform::clock::SystemClock.now();
        let kind = match report {
            Report::Done { .. } => EventKind::BreakCompleted {
                id: None,
                secs: crate::core::whole_secs(at - self.started),
                via: CompletedVia::Done,
            },
            Report::Skip => EventKind::BreakSkipped { id: None },
            // Without a daemon the window shows no posture switch.
            Report::Snooze | Report::Start | Report::Posture(_) => return,
            Report::Another { exercise } => EventKind::Suggested { id: None, exercise },
            Report::Checkin { areas } => EventKind::Checkin { areas },
            Report::Advised { region, kind } => EventKind::Advised { region, kind },
            Report::Feedback { exercise, feeling } => EventKind::Feedback { exercise, feeling },
        };
        if let Err(e) = self.log.append(&[Event { at, kind }], &chrono::Local) {
            eprintln!("knotless: cannot write history: {e}");
        }
    }
}
