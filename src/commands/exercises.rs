//! `knotless exercises list|show ID|check FILE`: the library, built-ins and the user's own.

use super::{Context, Failure};
use crate::cli::ExercisesCommand;
use knotless_core::humane_secs;
use knotless_exercises::exercise::{Exercise, name_of};
use knotless_exercises::library::{Library, Origin, check_file};
use knotless_i18n::t;
use std::io::Write;

pub(super) fn run(
    command: ExercisesCommand,
    cx: &Context,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let user_dir = cx.paths.exercises_dir();
    match command {
        ExercisesCommand::List => list(&user_dir, out),
        ExercisesCommand::Show { id } => show(&user_dir, &id, out),
        ExercisesCommand::Render {
            target,
            out: dir,
            all,
            size,
        } => {
            let (library, problems) = Library::load(&user_dir);
            warn(&problems);
            if all {
                return render_all(&library, &dir, size, out);
            }
            let exercise = to_render(&library, &target.unwrap_or_default())?;
            for path in render(&exercise, &dir, size)? {
                writeln!(out, "{}", path.display())?;
            }
            Ok(())
        }
        ExercisesCommand::Check { file } => check(&file, out),
    }
}

/// `exercises list`: one line each, sorted by id, the user's own marked.
fn list(user_dir: &std::path::Path, out: &mut dyn Write) -> Result<(), Failure> {
    let (library, problems) = Library::load(user_dir);
    warn(&problems);
    let width = library
        .exercises
        .iter()
        .map(|e| e.id.len())
        .max()
        .unwrap_or(2);
    writeln!(
        out,
        "{:width$}  {:12}  {:8}  {:>6}  {}",
        t!("cli-exercises-column-id"),
        t!("cli-exercises-column-kind"),
        t!("cli-exercises-column-where"),
        t!("cli-exercises-column-time"),
        t!("cli-exercises-column-title")
    )?;
    let mut exercises: Vec<&Exercise> = library.exercises.iter().collect();
    exercises.sort_by(|a, b| a.id.cmp(&b.id));
    for e in &exercises {
        let mine = match library.origin(&e.id) {
            Some(Origin::User(_)) => format!("  {}", t!("cli-exercises-yours")),
            _ => String::new(),
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
    let summary = t!(
        "cli-exercises-count",
        count = exercises.len(),
        yours = yours,
        dir = user_dir.display().to_string()
    );
    writeln!(out, "\n{summary}")?;
    Ok(())
}

/// `exercises show ID`: the exercise described, or a "did you mean" for an unknown id.
fn show(user_dir: &std::path::Path, id: &str, out: &mut dyn Write) -> Result<(), Failure> {
    let (library, problems) = Library::load(user_dir);
    warn(&problems);
    let Some(e) = library.get(id) else {
        let hint = crate::config::schema::did_you_mean(
            id,
            library.exercises.iter().map(|e| e.id.as_str()),
        )
        .map_or_else(
            || t!("cli-exercises-unknown", id = id),
            |m| {
                t!(
                    "cli-exercises-unknown-did-you-mean",
                    id = id,
                    suggestion = m
                )
            },
        );
        return Err(Failure::Usage(hint));
    };
    let origin = match library.origin(&e.id) {
        Some(Origin::User(path)) => {
            t!(
                "cli-exercises-origin-yours",
                path = path.display().to_string()
            )
        }
        _ => t!("cli-exercises-origin-built-in"),
    };
    write!(out, "{}", describe(e, &origin))?;
    Ok(())
}

/// `exercises render --all`: every figure's keyframes and a contact sheet in `dir`.
fn render_all(
    library: &Library,
    dir: &std::path::Path,
    size: u32,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let mut exercises: Vec<&Exercise> = library.exercises.iter().collect();
    exercises.sort_by(|a, b| a.id.cmp(&b.id));
    let mut count = 0;
    let mut without = Vec::new();
    for e in &exercises {
        if e.figure.is_some() {
            count += render(e, dir, size)?.len();
        } else {
            without.push(e.id.as_str());
        }
    }
    let sheet = dir.join("contact-sheet.svg");
    std::fs::write(&sheet, contact_sheet(&exercises, size)).map_err(|err| {
        Failure::Runtime(anyhow::anyhow!("cannot write {}: {err}", sheet.display()))
    })?;
    writeln!(
        out,
        "{count} drawings and {} in {}",
        sheet.display(),
        dir.display()
    )?;
    if !without.is_empty() {
        writeln!(
            out,
            "Without a figure yet (SVG frames): {}",
            without.join(", ")
        )?;
    }
    Ok(())
}

/// What `exercises render ID|FILE` draws: a file's exercise (one whose figure reads but
/// breaks a rule is drawn anyway, after its problems), else the library's by id.
fn to_render(library: &Library, target: &str) -> Result<Exercise, Failure> {
    let path = std::path::Path::new(target);
    if !(target.ends_with(".toml") || path.is_file()) {
        return library.get(target).cloned().ok_or_else(|| {
            Failure::Usage(format!(
                "no exercise `{target}` (`knotless exercises list` shows them all)"
            ))
        });
    }
    let problems = match check_file(path) {
        Ok((e, _)) => return Ok(e),
        Err(problems) => problems,
    };
    for p in &problems {
        eprintln!("{p}");
    }
    // A figure that reads but breaks a geometric rule is still drawn, to see what to fix;
    // one that does not read is not.
    let drawable = std::fs::read_to_string(path)
        .ok()
        .and_then(|text| toml::from_str::<Exercise>(&text).ok())
        .filter(|e| {
            e.figure
                .as_ref()
                .is_some_and(|f| f.frames(e.steps.len()).is_ok())
        });
    match drawable {
        Some(e) => {
            eprintln!("knotless: drawing it anyway, to show what to fix");
            Ok(e)
        }
        None => Err(Failure::Usage(format!(
            "{} has {} problem{}",
            path.display(),
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        ))),
    }
}

/// `exercises check FILE`: "ok" with what the file holds, or its problems on stderr.
fn check(file: &std::path::Path, out: &mut dyn Write) -> Result<(), Failure> {
    match check_file(file) {
        Ok((e, frames)) => {
            let drawn = match &e.figure {
                Some(f) => format!(
                    "a moving figure of {} keyframe{}",
                    f.keys.len(),
                    if f.keys.len() == 1 { "" } else { "s" }
                ),
                None => format!(
                    "{} illustration frame{}",
                    frames.len(),
                    if frames.len() == 1 { "" } else { "s" }
                ),
            };
            writeln!(
                out,
                "{}: ok: \"{}\", {} steps, {}, {drawn}",
                file.display(),
                e.title,
                e.steps.len(),
                humane_secs(u64::from(e.total_secs())),
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
    }
}

/// `exercises render`: each keyframe of `e` as `<id>-<n>.svg` in `dir`; the files written.
pub fn render(
    e: &Exercise,
    dir: &std::path::Path,
    size: u32,
) -> Result<Vec<std::path::PathBuf>, Failure> {
    use knotless_figure as figure;
    let Some(fig) = &e.figure else {
        return Err(Failure::Usage(format!(
            "{} has no figure to draw (it shows SVG frames instead)",
            e.id
        )));
    };
    let frames = fig.frames(e.steps.len()).map_err(|flaws| {
        Failure::Usage(format!(
            "{}'s figure has problems: {}",
            e.id,
            flaws
                .iter()
                .map(|f| format!("{}: {}", f.field, f.message))
                .collect::<Vec<_>>()
                .join("; ")
        ))
    })?;
    std::fs::create_dir_all(dir)
        .map_err(|err| Failure::Usage(format!("cannot create {}: {err}", dir.display())))?;
    let mut written = Vec::new();
    // One scale for the whole movement, seen from each side: worked out once.
    let extents = [
        figure::extent(fig, &frames, false),
        figure::extent(fig, &frames, true),
    ];
    for (i, frame) in frames.iter().enumerate() {
        let extent = extents[usize::from(frame.mirror)];
        let path = dir.join(format!("{}-{}.svg", e.id, i + 1));
        let title = format!(
            "{}, step {}: {}",
            e.title,
            frame.step + 1,
            e.steps[frame.step].text
        );
        let svg = figure::svg::document_in(
            &figure::draw_from(fig, frame, i.checked_sub(1).map(|j| &frames[j])),
            extent,
            size,
            &title,
        );
        std::fs::write(&path, svg).map_err(|err| {
            Failure::Runtime(anyhow::anyhow!("cannot write {}: {err}", path.display()))
        })?;
        written.push(path);
    }
    Ok(written)
}

/// A contact sheet: every exercise with a figure, a row each, its keyframes side by side.
pub fn contact_sheet(exercises: &[&Exercise], size: u32) -> String {
    use knotless_figure as figure;
    use std::fmt::Write as _;
    let row = size + 34;
    let most = exercises
        .iter()
        .filter_map(|e| e.figure.as_ref().map(|f| f.keys.len()))
        .max()
        .unwrap_or(1) as u32;
    let width = 260 + most * (size + 8);
    let drawn: Vec<&&Exercise> = exercises.iter().filter(|e| e.figure.is_some()).collect();
    let height = drawn.len() as u32 * row + 10;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\n<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n"
    );
    for (r, e) in drawn.iter().enumerate() {
        let Some(fig) = &e.figure else { continue };
        let Ok(frames) = fig.frames(e.steps.len()) else {
            continue;
        };
        let y = r as u32 * row + 8;
        let _ = writeln!(
            out,
            "<text x=\"8\" y=\"{}\" font-family=\"sans-serif\" font-size=\"15\" fill=\"#1f2d3a\">{}</text>\n<text x=\"8\" y=\"{}\" font-family=\"monospace\" font-size=\"11\" fill=\"#51606c\">{}</text>",
            y + 20,
            e.title.replace('&', "&amp;"),
            y + 38,
            e.id
        );
        let extents = [
            figure::extent(fig, &frames, false),
            figure::extent(fig, &frames, true),
        ];
        for (i, frame) in frames.iter().enumerate() {
            let extent = extents[usize::from(frame.mirror)];
            let doc = figure::svg::document_in(
                &figure::draw_from(fig, frame, i.checked_sub(1).map(|j| &frames[j])),
                extent,
                size,
                &e.title,
            );
            let x = 260 + i as u32 * (size + 8);
            let inner = doc.replacen("<svg ", &format!("<svg x=\"{x}\" y=\"{y}\" "), 1);
            let _ = writeln!(
                out,
                "{inner}<text x=\"{}\" y=\"{}\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#51606c\">step {}{}</text>",
                x + 4,
                y + size + 14,
                frame.step + 1,
                if frame.mirror { ", other side" } else { "" }
            );
        }
    }
    out.push_str("</svg>\n");
    out
}

fn warn(problems: &[knotless_exercises::library::FileProblem]) {
    for p in problems {
        eprintln!(
            "{}",
            t!("cli-warning-exercise-file", problem = p.to_string())
        );
    }
}

/// An exercise in full, as `show` prints it.
pub fn describe(e: &Exercise, origin: &str) -> String {
    let mut text = t!(
        "cli-exercises-show-title",
        title = e.title.as_str(),
        id = e.id.as_str(),
        origin = origin
    );
    text.push('\n');
    text.push_str(&e.summary);
    text.push('\n');
    let regions: Vec<String> = e.regions.iter().map(|r| r.label()).collect();
    let equipment: Vec<String> = e.equipment.iter().map(name_of).collect();
    let needs = if equipment.is_empty() {
        t!("cli-exercises-needs-nothing")
    } else {
        equipment.join(&t!("cli-exercises-list-separator"))
    };
    text.push_str(&t!(
        "cli-exercises-show-works",
        regions = regions.join(&t!("cli-exercises-list-separator")),
        kind = e.kind.label(),
        position = name_of(&e.position),
        needs = needs,
        length = humane_secs(u64::from(e.total_secs()))
    ));
    text.push_str("\n\n");
    for (i, step) in e.steps.iter().enumerate() {
        let line = t!(
            "notify-step",
            number = i + 1,
            step = step.text.as_str(),
            secs = step.seconds
        );
        text.push_str(&format!("{line}\n"));
    }
    if !e.cautions.is_empty() {
        text.push('\n');
        for c in &e.cautions {
            let line = t!("notify-caution", caution = c.as_str());
            text.push_str(&format!("{line}\n"));
        }
    }
    text
}
