//! `knotless checkin`: a check-in the user starts, from a terminal or a shortcut. With
//! answers (`neck=2 shoulders=5 --warning shoulders`) it records them, through the running
//! knotless or straight into history when none runs, and says what they did to each hold;
//! without, it lists the areas a check-in asks about now, held ones first, and why each is
//! held.

use super::{Context, Failure};
use crate::cli::{AreaScore, CheckinArgs};
use crate::store::history::HistoryLog;
use knotless_core::history::{AreaCheck, Event, EventKind};
use knotless_exercises::body::{self, Advice};
use knotless_exercises::holds::{FINE_UP_TO, HoldReason, Holds};
use knotless_exercises::library::Library;
use knotless_i18n::format::{Pattern, format};
use knotless_i18n::t;
use std::io::Write;

pub fn run(args: &CheckinArgs, cx: &Context, out: &mut dyn Write) -> Result<(), Failure> {
    if args.window {
        #[cfg(with_daemon)]
        return super::daemon::open_checkin(cx);
        #[cfg(not(with_daemon))]
        return Err(Failure::Usage(t!("checkin-no-window")));
    }
    let now = cx.clock.now();
    let events = super::history::read_history(cx)?.events();
    let (library, _) = Library::load(&cx.paths.exercises_dir());
    let loads_of = |id: &str| {
        library
            .get(id)
            .map(knotless_exercises::exercise::Exercise::loads)
    };
    let holds = Holds::from_history(&events, now, loads_of);
    if args.answers.is_empty() {
        if let Some(area) = args.warning.first() {
            return Err(Failure::Usage(t!(
                "checkin-warning-needs-score",
                area = knotless_exercises::exercise::name_of(area)
            )));
        }
        return ask(&holds, &events, cx, &library, out);
    }
    let areas = answers(args)?;
    record(cx, &areas)?;
    let mut recorded = events.clone();
    recorded.push(Event {
        at: now,
        kind: EventKind::Checkin {
            areas: areas.clone(),
        },
    });
    let after = Holds::from_history(&recorded, now, loads_of);
    for a in &areas {
        writeln!(out, "{}", outcome(a, &holds, &after))?;
    }
    for advice in body::advice_due(&recorded, now, |id| library.get(id)) {
        if let Advice::SeekHelp { .. } = advice {
            writeln!(out, "\n{}", advice.text())?;
        }
    }
    Ok(())
}

/// The answers as the check-in records them; a warning sign needs the area's score.
fn answers(args: &CheckinArgs) -> Result<Vec<AreaCheck>, Failure> {
    let mut areas: Vec<AreaCheck> = Vec::new();
    for &AreaScore { region, score } in &args.answers {
        if areas.iter().any(|a| a.region == region) {
            return Err(Failure::Usage(t!(
                "checkin-answered-twice",
                area = knotless_exercises::exercise::name_of(&region)
            )));
        }
        areas.push(AreaCheck {
            region,
            score,
            red_flag: args.warning.contains(&region),
        });
    }
    if let Some(region) = args
        .warning
        .iter()
        .find(|r| !areas.iter().any(|a| a.region == **r))
    {
        let name = knotless_exercises::exercise::name_of(region);
        return Err(Failure::Usage(t!(
            "checkin-warning-without-score",
            area = name
        )));
    }
    Ok(areas)
}

/// Records the check-in: through the running knotless, so that it takes effect at once, or
/// into history when none runs (nothing is lost either way).
fn record(cx: &Context, areas: &[AreaCheck]) -> Result<(), Failure> {
    #[cfg(with_daemon)]
    {
        let request = crate::ipc::Request::Checkin {
            areas: areas.to_vec(),
        };
        match crate::ipc::call(&cx.paths.socket(), &request) {
            Ok(reply) if reply.ok => return Ok(()),
            Ok(reply) => return Err(Failure::Runtime(anyhow::anyhow!(reply.message))),
            Err(crate::ipc::CallError::NotRunning(_)) => {}
            Err(e) => return Err(Failure::Runtime(e.into())),
        }
    }
    let kind = EventKind::Checkin {
        areas: areas.to_vec(),
    };
    let at = cx.clock.now();
    HistoryLog::new(cx.paths.history_file())
        .append(&[Event { at, kind }], &chrono::Local)
        .map_err(|e| {
            Failure::Runtime(anyhow::anyhow!(t!(
                "checkin-cannot-write",
                reason = e.to_string()
            )))
        })
}

/// What an answer did: "neck: 2 of 10: fine again, the hold is lifted".
fn outcome(a: &AreaCheck, before: &Holds, after: &Holds) -> String {
    let was = before.is_held(a.region);
    let what = match (was, after.is_held(a.region)) {
        (true, false) => t!("checkin-outcome-lifted"),
        (false, false) => t!("checkin-outcome-noted"),
        (_, true) if a.red_flag => t!("checkin-outcome-held-warning"),
        (false, true) => t!("checkin-outcome-held-severe"),
        (true, true) => t!("checkin-outcome-still-held", fine_up_to = FINE_UP_TO),
    };
    t!(
        "checkin-outcome",
        area = a.region.label(),
        score = a.score,
        what = what
    )
}

/// Without answers: which areas to answer, held ones first with why, and how.
fn ask(
    holds: &Holds,
    events: &[Event],
    cx: &Context,
    library: &Library,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let settings = super::settings_for(cx, None)?;
    let regions_of = |id: &str| library.get(id).map(|e| e.regions.as_slice());
    let areas = body::checkin_areas(
        &holds.regions(),
        &settings.suggestions.focus,
        events,
        cx.clock.now(),
        regions_of,
    );
    for hold in holds.areas() {
        let why = match &hold.reason {
            HoldReason::WarningSign => t!("checkin-held-warning"),
            HoldReason::SeverePain(score) => t!("checkin-held-severe", score = *score),
            HoldReason::MadeWorse { exercise } => t!(
                "checkin-held-worse",
                title = library
                    .get(exercise)
                    .map_or(exercise.as_str(), |e| &e.title)
            ),
        };
        let since = format(
            hold.since.with_timezone(&chrono::Local).naive_local(),
            Pattern::Date,
        );
        // The first letter of the line is a capital, whatever word the language puts first.
        writeln!(
            out,
            "{}",
            capitalised(&t!(
                "checkin-held",
                area = hold.region.label(),
                since = since,
                why = why
            ))
        )?;
    }
    let names: Vec<String> = areas
        .iter()
        .map(|r| format!("{}=N", knotless_exercises::exercise::name_of(r)))
        .collect();
    writeln!(
        out,
        "{}\n  knotless checkin {}",
        t!("checkin-how-to-answer"),
        names.join(" ")
    )?;
    Ok(())
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}
