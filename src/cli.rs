//! The command line, defined with clap. Each verb is one variant; the daemon verbs are the
//! same requests the control socket carries.

pub mod help;

use clap::{Args, Parser, Subcommand, ValueEnum};
use knotless_core::template::{Template, parse_template};
use knotless_exercises::exercise::Region;
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Start it once (for example at login) and forget it: `knotless` lives in the tray, counts how
long you have been sitting and, at the right moments, suggests one short, varied movement
break. Everything else talks to that running copy.

Files:
  config   $XDG_CONFIG_HOME/knotless/config.toml   (`knotless config path`)
  history  $XDG_DATA_HOME/knotless/history.jsonl    (`knotless history export`)

Exit codes: 0 ok, 1 failure, 2 bad usage or bad input, 3 knotless is not running.";

/// knotless: move often, move variably. A light break reminder that tracks sitting.
#[derive(Debug, Parser)]
#[command(name = "knotless", version, after_help = AFTER_HELP, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The answers of `knotless checkin`.
#[derive(Debug, Args)]
pub struct CheckinArgs {
    /// AREA=SCORE for each area, like `neck=2`: neck, shoulders, upper_back, lower_back,
    /// chest, hips, wrists, legs; 0 (fine) to 10.
    #[arg(value_name = "AREA=SCORE", value_parser = parse_area_score)]
    pub answers: Vec<AreaScore>,
    /// Numbness, tingling, swelling or pain that limits your day in AREA (again for more).
    #[arg(long, value_name = "AREA", value_parser = parse_area)]
    pub warning: Vec<Region>,
    /// Answer in a window instead (what the tray's "Check in now" opens).
    #[arg(long, conflicts_with_all = ["answers", "warning"])]
    pub window: bool,
}

/// One answer of a check-in on the command line.
#[derive(Debug, Clone, Copy)]
pub struct AreaScore {
    pub region: Region,
    pub score: u8,
}

/// What to do.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start the background reminder (tray + notifications); the default. If it already
    /// runs, this hands over to it and exits.
    Run,
    /// Show sitting time, presence, the next reminders, pause state and missing channels.
    Status {
        /// One JSON object (stable field names, for scripts and status bars).
        #[arg(long, conflicts_with = "format")]
        json: bool,
        /// One line from a template, for status bars: `--format '{sitting} · {next}'`.
        /// Placeholders: {sitting} {sitting_secs} {next} {next_secs} {presence} {phase}
        /// {paused} {snoozes_left} {posture} {standing} {standing_secs} {tooltip}; `{{` and
        /// `}}` for braces.
        #[arg(long, value_name = "TEMPLATE", value_parser = parse_template)]
        format: Option<Template>,
    },
    /// Start a micro-break now with the next suggestion, guided in the break window (its
    /// steps are printed instead where there is no desktop).
    Break {
        /// Start it right away, even if no break is due (what `break` does anyway; kept
        /// for scripts).
        #[arg(long)]
        now: bool,
        /// Ask first: the window shows the due reminder with Start break / Snooze / Skip.
        /// The running knotless opens it so when there is no notification server.
        #[arg(long, conflicts_with = "now")]
        prompt: bool,
    },
    #[command(flatten)]
    Control(crate::ipc::Request),
    /// Open the settings window (without a desktop: your config file in your editor, created
    /// with every key explained if missing); a running knotless applies what you save at once.
    Settings,
    /// The first-run welcome again: what the reminders do, your focus areas, what you have
    /// at hand, and whether to start at login (saved into your config file).
    Welcome,
    /// Your last days: sitting time, longest stretch, breaks by outcome and the body regions
    /// you moved, in the statistics window (a table with `--text` or without a desktop).
    Stats(StatsArgs),
    /// Say how your body feels now: each area from 0 (fine) to 10, and any warning sign.
    ///
    /// `knotless checkin neck=2 shoulders=5 --warning shoulders`. An area with a warning sign
    /// or pain of 9 or more goes on hold: nothing that loads it is suggested until a check-in
    /// rates it 3 or less with no warning sign. Without answers: the areas to answer now,
    /// those on hold first, and why each is held.
    Checkin(CheckinArgs),
    /// A plain-text summary to take to a physical therapist: how each area felt over time
    /// (from your check-ins), warning signs, what you tried and what helped.
    Report {
        /// How many days back.
        #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=366))]
        days: u32,
    },
    /// Dry-run the scheduler on your config over simulated workdays and print the timeline.
    ///
    /// Without a script, each day is steady typing from 09:00 with a 45-minute lunch away
    /// in the middle. With `--idle-script FILE`, each day follows the file: one line per
    /// change, like `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`,
    /// `15:00 locked`, `15:10 suspend`, `17:30 end` (`#` starts a comment; `passive 3m`
    /// means one input every 3 minutes).
    Plan(PlanArgs),
    /// Where the config file is, check it, or print the documented defaults.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// The exercise library: list, show one, or check a file of your own.
    #[command(subcommand)]
    Exercises(ExercisesCommand),
    /// Your break history.
    #[command(subcommand)]
    History(HistoryCommand),
    /// Write the man pages (knotless.1 and one page per verb) into DIR; for packagers
    /// (`make install` does it).
    #[command(hide = true)]
    Manpages {
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
    /// Print a shell completion script, e.g. `knotless completions bash > ~/.local/share/bash-completion/completions/knotless`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Print a table instead of opening the window (for scripts and terminals).
    #[arg(long)]
    pub text: bool,
    /// How many days to show.
    #[arg(long, default_value_t = 14, value_parser = clap::value_parser!(u32).range(1..=366))]
    pub days: u32,
}

/// How the simulated user of `plan` answers movement reminders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Respond {
    /// Start each break at once and finish it.
    Take,
    /// Snooze as often as allowed, then take it.
    Snooze,
    /// Skip every break.
    Skip,
    /// Never answer: every break is missed.
    Ignore,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// Hours at the computer per simulated day (without a script).
    #[arg(long, default_value_t = 8.0, value_parser = parse_hours, conflicts_with = "idle_script")]
    pub hours: f64,
    /// Replay a scripted day instead of the default one: a line per change, like
    /// `09:00 active`, `10:30 reading`, `11:00 meeting`, `12:30 away`, `15:00 locked`,
    /// `15:10 suspend`, `16:00 standing`, `16:40 sitting`, and last `17:30 end`.
    #[arg(long, value_name = "FILE")]
    pub idle_script: Option<PathBuf>,
    /// How many days to simulate (more than one prints a line per day; see --timeline).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=3660))]
    pub days: u32,
    /// First simulated day, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "DATE")]
    pub start: Option<chrono::NaiveDate>,
    /// How the simulated you answers movement reminders.
    #[arg(long, value_enum, default_value_t = Respond::Take)]
    pub respond: Respond,
    /// Print every event even for many days.
    #[arg(long)]
    pub timeline: bool,
    /// Use this config file instead of yours.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Plan around the meetings in this .ics file (may be given more than once), as well as
    /// those of the calendars in the config.
    #[arg(long, value_name = "FILE")]
    pub calendar: Vec<PathBuf>,
}

fn parse_hours(text: &str) -> Result<f64, HoursError> {
    let hours: f64 = text
        .parse()
        .map_err(|_| HoursError::NotANumber(text.to_owned()))?;
    if (0.5..=16.0).contains(&hours) {
        Ok(hours)
    } else {
        Err(HoursError::OutOfRange)
    }
}

/// Why `plan --hours` cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("`{0}` is not a number of hours")]
    NotANumber(String),
    #[error("hours must be from 0.5 to 16")]
    OutOfRange,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the path of your config file.
    Path,
    /// Check a config file (yours unless FILE is given); exit 2 if anything is wrong.
    Check {
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Print the default config, every key documented.
    Default,
}

#[derive(Debug, Subcommand)]
pub enum ExercisesCommand {
    /// List every exercise (built-in and your own).
    List,
    /// Show one exercise with its steps and cautions.
    Show {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// Check an exercise file of your own; exit 2 if anything is wrong.
    Check {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Draw an exercise's figure, one SVG per keyframe, for writing your own and for
    /// review: `knotless exercises render calf-raises --out /tmp/fig` (or a FILE of yours).
    /// `--all` draws every exercise and a contact sheet of them all.
    Render {
        /// An exercise id, or the path of an exercise file.
        #[arg(value_name = "ID|FILE", required_unless_present = "all")]
        target: Option<String>,
        /// The folder to write into (created if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Every exercise in the library, and `contact-sheet.svg`.
        #[arg(long, conflicts_with = "target")]
        all: bool,
        /// Pixels square of each drawing.
        #[arg(long, default_value_t = 150)]
        size: u32,
    },
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A JSON array of the history objects, as stored.
    Json,
    /// One row per event; one column per field found in the history.
    Csv,
}

#[derive(Debug, Subcommand)]
pub enum HistoryCommand {
    /// Print your whole history in another format (to stdout unless --output).
    Export {
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Write to this file instead of stdout.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

/// `neck=3`, `upper_back=7` (or `upper-back=7`), for the command line.
fn parse_area_score(text: &str) -> Result<AreaScore, String> {
    let (area, score) = text
        .split_once('=')
        .ok_or_else(|| format!("`{text}`: write an area and a score, like neck=3"))?;
    let region = parse_area(area)?;
    let score: u8 = score
        .trim()
        .parse()
        .ok()
        .filter(|s| *s <= 10)
        .ok_or_else(|| format!("`{score}`: a score is a whole number from 0 (fine) to 10"))?;
    Ok(AreaScore { region, score })
}

/// A body area a check-in asks about: `neck`, `upper_back` (or `upper-back`).
fn parse_area(text: &str) -> Result<Region, String> {
    knotless_exercises::exercise::from_name(&text.trim().replace('-', "_"))
        .filter(|r| !matches!(r, Region::Eyes | Region::WholeBody))
        .ok_or_else(|| {
            format!(
                "`{text}` is not an area; one of: neck, shoulders, upper_back, lower_back, \
                 chest, hips, wrists, legs"
            )
        })
}
