//! `knotless exercises list|show ID|check FILE`: the library, built-ins and the user's own.

use super::{Context, Failure};
use crate::cli::ExercisesCommand;
use crate::core::exercise::{Exercise, name_of};
use crate::core::humane_secs;
use crate::store::exercises::{Library, Origin, check_file};
use std::io::Write;

pub(super) fn run(
    command: ExercisesCommand,
    cx: &Context,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let user_dir = cx.paths.exercises_dir();
    match command {
        ExercisesCommand::List => {
            let (library, problems) = Library::load(&user_dir);
            warn(&problems);
            let width = library
                .exercises
                .iter()
                .map(|e| e.id.len())
                .max()
                .unwrap_or(2);
            writeln!(
                out,
                "{:width$}  {:12}  {:8}  {:>6}  TITLE",
                "ID", "KIND", "WHERE", "TIME"
            )?;
            let mut exercises: Vec<&Exercise> = library.exercises.iter().collect();
            exercises.sort_by(|a, b| a.id.cmp(&b.id));
            for e in &exercises {
                let mine = match library.origin(&e.id) {
                    Some(Origin::User(_)) => "  (yours)",
                    _ => "",
                };
                writeln!(
                    out,
                    "{:width$}  {:12}  {:8}  {:>6}  {}{mine}",
                    e.id,
                    e.kind.label(),
                    name_of(&e.position),
                    humane_secs(u64::from(e.total_secs())).replace(' ', ""),
                    e.title,
                )?;
            }
            let yours = exercises
                .iter()
                .filter(|e| matches!(library.origin(&e.id), Some(Origin::User(_))))
                .count();
            writeln!(
                out,
                "\n{} exercises ({} yours, from {}). `knotless exercises show ID` for the steps.",
                exercises.len(),
                yours,
                user_dir.display()
            )?;
            Ok(())
        }
        ExercisesCommand::Show { id } => {
            let (library, problems) = Library::load(&user_dir);
            warn(&problems);
            let Some(e) = library.get(&id) else {
                let hint = crate::config::schema::did_you_mean(
                    &id,
                    library.exercises.iter().map(|e| e.id.as_str()),
                )
                .map_or_else(
                    || " (`knotless exercises list` shows them all)".to_owned(),
                    |m| format!("; did you mean `{m}`?"),
                );
                return Err(Failure::Usage(format!("no exercise `{id}`{hint}")));
            };
            let origin = match library.origin(&e.id) {
                Some(Origin::User(path)) => format!("yours, {}", path.display()),
                _ => "built-in".to_owned(),
            };
            write!(out, "{}", describe(e, &origin))?;
            Ok(())
        }
        ExercisesCommand::Check { file } => match check_file(&file) {
            Ok((e, frames)) => {
                writeln!(
                    out,
                    "{}: ok: \"{}\", {} steps, {}, {} illustration frame{}",
                    file.display(),
                    e.title,
                    e.steps.len(),
                    humane_secs(u64::from(e.total_secs())),
                    frames.len(),
                    if frames.len() == 1 { "" } else { "s" }
                )?;
                Ok(())
            }
            Err(problems) => {
                let n = problems.len();
                for p in &problems {
                    eprintln!("{p}");
                }
                Err(Failure::Usage(format!(
                    "{} has {n} problem{}",
                    file.display(),
                    if n == 1 { "" } else { "s" }
                )))
            }
        },
    }
}

fn warn(problems: &[crate::store::exercises::FileProblem]) {
    for p in problems {
        eprintln!("warning: {p} (this file is skipped)");
    }
}

/// An exercise in full, as `show` prints it.
pub fn describe(e: &Exercise, origin: &str) -> String {
    let mut text = format!("{}  ({}, {origin})\n{}\n", e.title, e.id, e.summary);
    let regions: Vec<&str> = e.regions.iter().map(|r| r.label()).collect();
    let equipment: Vec<String> = e.equipment.iter().map(name_of).collect();
    text.push_str(&format!(
        "Works: {} · {} · {} · needs: {} · {}\n\n",
        regions.join(", "),
        e.kind.label(),
        name_of(&e.position),
        if equipment.is_empty() {
            "nothing".to_owned()
        } else {
            equipment.join(", ")
        },
        humane_secs(u64::from(e.total_secs()))
    ));
    for (i, step) in e.steps.iter().enumerate() {
        text.push_str(&format!("{}. {} ({} s)\n", i + 1, step.text, step.seconds));
    }
    if !e.cautions.is_empty() {
        text.push('\n');
        for c in &e.cautions {
            text.push_str(&format!("! {c}\n"));
        }
    }
    text
}
