//! Loading exercises: the built-in library (embedded from `assets/exercises/` at build time)
//! merged with the user's own files in `<config dir>/exercises/*.toml`. Every problem names
//! the file, the line and the field.

use crate::exercise::{self, Exercise};
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_exercises.rs"));
}

/// One problem with an exercise file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    pub file: String,
    pub line: Option<usize>,
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": ")?;
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        write!(f, "{}", self.message)
    }
}

/// Where an exercise came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    /// The user's file (its frames are beside it).
    User(PathBuf),
}

/// The exercises available, with their illustration frames (SVG text).
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub exercises: Vec<Exercise>,
    origins: HashMap<String, Origin>,
    /// Built-in frames borrow the embedded text; only the user's are read into memory.
    frames: HashMap<String, Vec<Cow<'static, str>>>,
}

impl Library {
    /// The built-in library alone, in the language shown ([`Library::localize`]).
    pub fn builtin() -> Library {
        let mut library = Library::builtin_english();
        library.localize(knotless_i18n::language());
        library
    }

    /// The built-in library in English, as its files are written. Built-ins are checked by
    /// the tests, so a problem here is a bug in this build; such an exercise is left out.
    pub fn builtin_english() -> Library {
        let mut library = Library::default();
        for (name, text) in builtin::EXERCISES {
            match parse(name, text) {
                // Built-ins draw their figure; only users' exercises may bring SVG frames.
                Ok(e) => library.add(e, Origin::BuiltIn, Vec::new()),
                Err(problems) => {
                    for p in problems {
                        tracing::error!("built-in exercise {p}");
                    }
                }
            }
        }
        library
    }

    /// The built-ins plus every `*.toml` in `user_dir` (a user's exercise with a built-in's
    /// id replaces it). Problems with user files are returned, each saying whether its file
    /// is skipped (a required rule) or used meanwhile (only advised rules broken).
    pub fn load(user_dir: &Path) -> (Library, Vec<FileProblem>) {
        let (mut library, problems) = Library::load_english(user_dir);
        library.localize(knotless_i18n::language());
        (library, problems)
    }

    /// [`Library::load`] before translation.
    fn load_english(user_dir: &Path) -> (Library, Vec<FileProblem>) {
        let mut library = Library::builtin_english();
        let mut problems = Vec::new();
        let Ok(entries) = std::fs::read_dir(user_dir) else {
            return (library, problems);
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        let mut seen = Vec::new();
        for path in files {
            match read_file(&path, false) {
                Ok((e, frames, advised)) => {
                    problems.extend(advised.into_iter().map(|mut p| {
                        p.message.push_str(" (the exercise is used meanwhile)");
                        p
                    }));
                    if seen.contains(&e.id) {
                        problems.push(FileProblem {
                            file: path.display().to_string(),
                            line: None,
                            field: Some("id".into()),
                            message: format!("`{}` is used by another of your files", e.id),
                        });
                        continue;
                    }
                    seen.push(e.id.clone());
                    library.exercises.retain(|x| x.id != e.id);
                    library.add(
                        e,
                        Origin::User(path),
                        frames.into_iter().map(Cow::Owned).collect(),
                    );
                }
                Err(p) => problems.extend(p.into_iter().map(|mut p| {
                    p.message.push_str(" (this file is skipped)");
                    p
                })),
            }
        }
        (library, problems)
    }

    /// Puts every exercise's words into `lang`: a user's own translation in its file, else
    /// a built-in's translation file, else English. A translation the check refuses is not
    /// used (the tests keep the built-ins' clean; a user's file reports it).
    pub fn localize(&mut self, lang: &str) {
        if lang == knotless_i18n::ENGLISH {
            return;
        }
        let builtin = builtin_translations(lang);
        for e in &mut self.exercises {
            let translation = if lang == knotless_i18n::PSEUDO {
                Some(Cow::Owned(exercise::translation::pseudo(e)))
            } else if let Some(own) = e.translations.get(lang) {
                Some(Cow::Owned(own.clone()))
            } else if self.origins.get(&e.id) == Some(&Origin::BuiltIn) {
                builtin.get(&e.id).map(Cow::Borrowed)
            } else {
                None
            };
            let Some(translation) = translation else {
                continue;
            };
            // The pseudo-language is made from the English, so it needs no check.
            let flaws = if lang == knotless_i18n::PSEUDO {
                Vec::new()
            } else {
                exercise::translation::check(e, lang, &translation, "")
            };
            if flaws.is_empty() {
                exercise::translation::apply(e, &translation);
            } else {
                tracing::warn!("the {lang} text of {} is not used: {flaws:?}", e.id);
            }
        }
    }

    fn add(&mut self, e: Exercise, origin: Origin, frames: Vec<Cow<'static, str>>) {
        self.origins.insert(e.id.clone(), origin);
        self.frames.insert(e.id.clone(), frames);
        self.exercises.push(e);
    }

    pub fn get(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    pub fn origin(&self, id: &str) -> Option<&Origin> {
        self.origins.get(id)
    }

    /// The SVG text of an exercise's frames, in order.
    pub fn frames(&self, id: &str) -> &[Cow<'static, str>] {
        self.frames.get(id).map_or(&[], Vec::as_slice)
    }
}

/// The built-ins' translations into `lang`, by exercise id (files that do not parse are
/// left out: the tests name them).
pub fn builtin_translations(lang: &str) -> HashMap<String, exercise::Translation> {
    builtin::TRANSLATIONS
        .iter()
        .filter(|(l, _)| *l == lang)
        .flat_map(|(_, files)| files.iter())
        .filter_map(|(name, text)| {
            match toml::from_str::<exercise::translation::TranslationFile>(text) {
                Ok(file) => Some(file.into_translation()),
                Err(e) => {
                    tracing::error!("built-in translation {lang}/{name}: {e}");
                    None
                }
            }
        })
        .collect()
}

/// The built-in translation files: (language, [(file name, text)]).
pub fn builtin_translation_files()
-> &'static [(&'static str, &'static [(&'static str, &'static str)])] {
    builtin::TRANSLATIONS
}

/// The names of the built-in exercise files, and their text.
pub fn builtin_files() -> &'static [(&'static str, &'static str)] {
    builtin::EXERCISES
}

/// Reads and checks a user's exercise file, frames included, against every rule.
pub fn check_file(path: &Path) -> Result<(Exercise, Vec<String>), Vec<FileProblem>> {
    read_file(path, true).map(|(e, frames, _)| (e, frames))
}

/// Reads a user's exercise file: with `strict`, every rule must hold; without, a file that
/// breaks only the advised rules (`exercise::check_advised`) loads, and those problems come
/// back beside it.
fn read_file(
    path: &Path,
    strict: bool,
) -> Result<(Exercise, Vec<String>, Vec<FileProblem>), Vec<FileProblem>> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| {
        vec![FileProblem {
            file: name.clone(),
            line: None,
            field: None,
            message: format!("cannot read it: {e}"),
        }]
    })?;
    let (e, advised) = if strict {
        (parse(&name, &text)?, Vec::new())
    } else {
        parse_lenient(&name, &text)?
    };
    let geometry: Vec<FileProblem> = exercise::check_geometry(&e)
        .into_iter()
        .map(|f| located(&name, &text, &f.field, &f.message))
        .collect();
    if !geometry.is_empty() {
        return Err(geometry);
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut frames = Vec::new();
    let mut problems = Vec::new();
    for (i, frame) in e.frames.iter().enumerate() {
        let field = format!("frames[{i}]");
        match std::fs::read_to_string(dir.join(frame)) {
            Ok(svg) if svg.contains("<svg") => frames.push(svg),
            Ok(_) => problems.push(located(&name, &text, &field, "this is not an SVG file")),
            Err(err) => problems.push(located(
                &name,
                &text,
                &field,
                &format!("cannot read {}: {err}", dir.join(frame).display()),
            )),
        }
    }
    if problems.is_empty() {
        Ok((e, frames, advised))
    } else {
        Err(problems)
    }
}

/// As [`parse`], but only the required rules refuse the file; the advised ones come back.
fn parse_lenient(file: &str, text: &str) -> Result<(Exercise, Vec<FileProblem>), Vec<FileProblem>> {
    let e = deserialize(file, text)?;
    let flaws = exercise::check_required(&e);
    if !flaws.is_empty() {
        return Err(flaws
            .into_iter()
            .map(|f| located(file, text, &f.field, &f.message))
            .collect());
    }
    let advised = exercise::check_advised(&e)
        .into_iter()
        .map(|f| located(file, text, &f.field, &f.message))
        .collect();
    Ok((e, advised))
}

/// Parses and checks the text of an exercise file named `file` (frames are not read).
pub fn parse(file: &str, text: &str) -> Result<Exercise, Vec<FileProblem>> {
    let e = deserialize(file, text)?;
    let flaws = exercise::check(&e);
    if flaws.is_empty() {
        Ok(e)
    } else {
        Err(flaws
            .into_iter()
            .map(|f| located(file, text, &f.field, &f.message))
            .collect())
    }
}

/// The file's TOML as an exercise, or where it is not one.
fn deserialize(file: &str, text: &str) -> Result<Exercise, Vec<FileProblem>> {
    toml::from_str(text).map_err(|err| {
        let line = err.span().map(|s| line_at(text, s.start));
        let field = line.and_then(|l| key_on_line(text, l));
        vec![FileProblem {
            file: file.to_owned(),
            line,
            field,
            message: err.message().trim_end().to_owned(),
        }]
    })
}

fn located(file: &str, text: &str, field: &str, message: &str) -> FileProblem {
    FileProblem {
        file: file.to_owned(),
        // A missing `loads` belongs beside the `regions` it is told apart from.
        line: line_of(text, field).or_else(|| {
            (field == "loads")
                .then(|| line_of(text, "regions"))
                .flatten()
        }),
        field: Some(field.to_owned()),
        message: message.to_owned(),
    }
}

fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The key written on a line (`seconds = 5` → `seconds`), for parse errors.
fn key_on_line(text: &str, line: usize) -> Option<String> {
    let l = text.lines().nth(line.checked_sub(1)?)?;
    let (key, _) = l.split_once('=')?;
    let key = key.trim();
    (!key.is_empty() && !key.starts_with('#')).then(|| key.to_owned())
}

/// The line of a field such as `title`, `frames[1]`, `steps[2].seconds` or
/// `figure.key[3].left.elbow`: the deepest part of the path the file has.
fn line_of(text: &str, field: &str) -> Option<usize> {
    let doc = toml_edit::Document::parse(text).ok()?;
    let mut span = None;
    let mut table: Option<&dyn toml_edit::TableLike> = Some(doc.as_table());
    for segment in field.split('.') {
        let (name, index) = match segment.split_once('[') {
            Some((name, i)) => (name, i.trim_end_matches(']').parse::<usize>().ok()),
            None => (segment, None),
        };
        let Some((key, found)) = table.and_then(|t| t.get_key_value(name)) else {
            break;
        };
        span = key.span().or(span);
        table = found.as_table_like();
        if let Some(i) = index {
            if let Some(t) = found.as_array_of_tables().and_then(|a| a.get(i)) {
                span = t.span().or(span);
                table = Some(t);
            } else if let Some(value) = found.as_array().and_then(|a| a.get(i)) {
                span = value.span().or(span);
                table = value
                    .as_inline_table()
                    .map(|t| t as &dyn toml_edit::TableLike);
            } else {
                break;
            }
        }
    }
    span.map(|s| line_at(text, s.start))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
id = "neck-tilt"
title = "Neck tilt"
summary = "Tilt an ear towards a shoulder."
regions = ["neck"]
loads = ["neck"]
kind = "stretch"
position = "seated"
cautions = ["A stretch should feel mild. Never force it or bounce. Stop if an arm tingles."]
frames = ["neck-tilt-1.svg"]

[[steps]]
text = "Tilt right."
seconds = 20

[[steps]]
text = "Tilt left."
seconds = 20
"#;

    #[test]
    fn a_good_file_parses() {
        let e = parse("neck-tilt.toml", GOOD).unwrap();
        assert_eq!(e.total_secs(), 40);
    }

    #[test]
    fn problems_name_file_line_and_field() {
        let bad = GOOD.replace("seconds = 20\n\n[[steps]]", "seconds = 1\n\n[[steps]]");
        let p = parse("x.toml", &bad).unwrap_err();
        assert_eq!(
            p[0].to_string(),
            "x.toml:14: steps[0].seconds: from 3 to 300 seconds"
        );

        let bad = GOOD.replace("\"seated\"", "\"lying\"");
        let p = parse("x.toml", &bad).unwrap_err();
        assert_eq!(p[0].line, Some(8));
        assert_eq!(p[0].field.as_deref(), Some("position"));
        assert!(
            p[0].message.contains("unknown variant `lying`"),
            "{}",
            p[0].message
        );

        let bad = GOOD.replace("title = \"Neck tilt\"\n", "");
        let p = parse("x.toml", &bad).unwrap_err();
        assert!(p[0].message.contains("missing field `title`"), "{}", p[0]);

        let bad = GOOD.replace("kind = \"stretch\"", "kind = \"self_massage\"");
        let p = parse("x.toml", &bad).unwrap_err();
        assert_eq!(p[0].field.as_deref(), Some("cautions"));
    }

    #[test]
    fn loads_must_be_stated_and_cover_what_a_stretch_works() {
        let missing = GOOD.replace("loads = [\"neck\"]\n", "");
        let p = parse("x.toml", &missing).unwrap_err();
        assert_eq!(p[0].field.as_deref(), Some("loads"));
        assert_eq!(p[0].line, Some(5), "beside regions: {}", p[0]);
        let short = GOOD.replace("loads = [\"neck\"]", "loads = []");
        let p = parse("x.toml", &short).unwrap_err();
        assert_eq!(
            p[0].to_string(),
            "x.toml:6: loads: a stretch works what it helps: add neck to loads"
        );
        let vague = GOOD.replace("loads = [\"neck\"]", "loads = [\"neck\", \"whole_body\"]");
        assert!(
            parse("x.toml", &vague).unwrap_err()[0]
                .message
                .contains("not eyes or whole_body")
        );
    }

    #[test]
    fn slow_repetitions_need_their_time() {
        let rushed = GOOD.replace("Tilt right.", "Tilt right and back, slowly, ten times.");
        let p = parse("x.toml", &rushed).unwrap_err();
        assert_eq!(
            p[0].to_string(),
            "x.toml:14: steps[0].seconds: the step asks for 10 slow repetitions in 20 s; done \
             calmly that takes at least 40 s (4 s each): give it more time or ask for fewer"
        );
        let calm = GOOD.replace("Tilt right.", "Tilt right and back, slowly, five times.");
        assert!(parse("x.toml", &calm).is_ok());
    }

    #[test]
    fn a_users_older_file_without_loads_still_loads_the_safe_way_and_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let old = GOOD.replace("loads = [\"neck\"]\n", "");
        std::fs::write(dir.path().join("neck-tilt.toml"), old).unwrap();
        std::fs::write(dir.path().join("neck-tilt-1.svg"), "<svg></svg>").unwrap();
        let (library, problems) = Library::load(dir.path());
        let e = library.get("neck-tilt").expect("kept");
        assert_eq!(e.loads(), [crate::exercise::Region::Neck]);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].field.as_deref(), Some("loads"));
        assert!(
            problems[0]
                .message
                .ends_with("(the exercise is used meanwhile)")
        );
        // `exercises check` holds it to every rule.
        assert!(check_file(&dir.path().join("neck-tilt.toml")).is_err());
    }
}
