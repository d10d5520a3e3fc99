//! The verbs of the command line: each takes what it needs (paths, clock, output) so tests
//! drive them directly. Failures carry their exit code (see [`Failure`]).

mod checkin;
mod config;
#[cfg(with_daemon)]
mod daemon;
pub(crate) mod exercises;
mod history;
mod plan;
mod stats;

use crate::cli::{Cli, Command};
use crate::platform::clock::Clock;
use crate::platform::paths::Paths;
use knotless_i18n::t;
use std::io::Write;

/// Why a command failed, which decides the exit code.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// Bad usage or bad input: exit 2.
    #[error("{0}")]
    Usage(String),
    /// The daemon is not running: exit 3.
    #[error("{0}")]
    NotRunning(String),
    /// Anything else: exit 1.
    #[error(transparent)]
    Runtime(#[from] anyhow::Error),
}

impl Failure {
    /// The process exit code for this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) => 2,
            Failure::NotRunning(_) => 3,
            Failure::Runtime(_) => 1,
        }
    }
}

impl From<crate::ui::WindowError> for Failure {
    fn from(e: crate::ui::WindowError) -> Self {
        Failure::Runtime(e.into())
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Runtime(e.into())
    }
}

/// What every command may use.
pub struct Context<'a> {
    pub paths: Paths,
    pub clock: &'a dyn Clock,
}

/// Runs one command line, writing results to `out`.
pub fn run(cli: Cli, cx: &Context, out: &mut dyn Write) -> Result<(), Failure> {
    match cli.command.unwrap_or(Command::Run) {
        Command::Plan(args) => plan::run(&args, cx, out),
        Command::Config(command) => config::run(command, cx, out),
        Command::History(command) => history::run(command, cx, out),
        // The statistics window arrives with the UI; until then both print the table.
        Command::Stats(args) => stats::run(&args, cx, out),
        Command::Report { days } => {
            let events = history::read_history(cx)?.events();
            let (library, _) =
                knotless_exercises::library::Library::load(&cx.paths.exercises_dir());
            let text = knotless_exercises::report::report(
                &events,
                cx.clock.now(),
                &chrono::Local,
                days,
                |id| library.get(id).map(|e| e.title.as_str()),
            );
            write!(out, "{text}")?;
            Ok(())
        }
        Command::Settings if has_desktop() => {
            let (library, _) =
                knotless_exercises::library::Library::load(&cx.paths.exercises_dir());
            let form = crate::ui::settings_window::SettingsForm::load(cx.paths.config_file())
                .map_err(|e| Failure::Runtime(anyhow::anyhow!(e)))?
                .with_exercises(library.exercises.into_iter().map(|e| (e.id, e.title)));
            crate::ui::run_settings(form, &cx.paths.runtime_dir)?;
            Ok(())
        }
        Command::Settings => {
            writeln!(out, "{}", open_settings(&cx.paths)?)?;
            Ok(())
        }
        Command::Welcome if has_desktop() => {
            let form = crate::ui::settings_window::SettingsForm::load(cx.paths.config_file())
                .map_err(|e| Failure::Runtime(anyhow::anyhow!(e)))?;
            let now = cx.clock.now().with_timezone(&chrono::Local).time();
            crate::ui::run_welcome(crate::ui::welcome::Welcome::new(form).at(now))?;
            Ok(())
        }
        Command::Welcome => {
            let opened = open_settings(&cx.paths)?;
            writeln!(out, "{}", t!("cli-welcome-no-desktop", opened = opened))?;
            Ok(())
        }
        Command::Manpages { dir } => {
            std::fs::create_dir_all(&dir)?;
            let mut command =
                <Cli as clap::CommandFactory>::command().disable_help_subcommand(true);
            command.build();
            write_manpages(&command, &dir)?;
            Ok(())
        }
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "knotless", out);
            Ok(())
        }
        Command::Exercises(command) => exercises::run(command, cx, out),
        Command::Checkin(args) => checkin::run(&args, cx, out),
        #[cfg(with_daemon)]
        command => daemon::run(command, cx, out),
        #[cfg(not(with_daemon))]
        _ => Err(Failure::Runtime(anyhow::anyhow!(t!(
            "cli-error-no-daemon-here"
        )))),
    }
}

/// The date of this release, as the man pages and the metainfo give it.
const RELEASE_DATE: &str = "2026-12-01";

/// Writes the man page of `command` and of every verb and sub-verb below it that is not
/// hidden (`knotless.1`, `knotless-pause.1`, `knotless-config-check.1`, …).
fn write_manpages(command: &clap::Command, dir: &std::path::Path) -> std::io::Result<()> {
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_manpages(sub, dir)?;
    }
    clap_mangen::Man::new(command.clone())
        .date(RELEASE_DATE)
        .source(format!("knotless {}", env!("CARGO_PKG_VERSION")))
        .manual("knotless")
        .generate_to(dir)?;
    Ok(())
}

/// Reads the user's settings (or those of `file`), for commands that only need them to run.
/// Problems are warnings here; `config check` is the place that fails on them.
pub(crate) fn settings_for(
    cx: &Context,
    file: Option<&std::path::Path>,
) -> Result<crate::config::Settings, Failure> {
    let path = file.map_or_else(|| cx.paths.config_file(), std::path::Path::to_path_buf);
    match crate::config::load_file(&path) {
        Ok(Some(loaded)) => {
            for problem in &loaded.problems {
                eprintln!(
                    "{}",
                    t!(
                        "cli-warning-config",
                        path = path.display().to_string(),
                        problem = problem.to_string()
                    )
                );
            }
            Ok(loaded.settings)
        }
        Ok(None) if file.is_some() => Err(Failure::Usage(t!(
            "cli-error-no-config",
            path = path.display().to_string()
        ))),
        Ok(None) => Ok(crate::config::Settings::default()),
        Err(e) => Err(Failure::Runtime(anyhow::anyhow!(t!(
            "cli-error-read",
            path = path.display().to_string(),
            error = e.to_string()
        )))),
    }
}

/// Opens the config file in the user's editor (see [`crate::platform::settings_file::open`]).
pub fn open_settings(paths: &crate::platform::paths::Paths) -> Result<String, Failure> {
    crate::platform::settings_file::open(paths).map_err(|e| Failure::Runtime(e.into()))
}

pub use crate::platform::session::has_desktop;
