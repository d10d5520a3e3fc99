//! Configuration: the validated [`Settings`], the table of keys with their ranges
//! ([`schema`]), and loading a TOML file with every problem named by line and key ([`load`]).
//! Loading never writes: a file the app cannot read is left exactly as it is.

pub mod advice;
pub mod load;
pub mod schema;

pub use knotless_core::settings::{
    Context, Movement, Nudge, PresenceSettings, Schedule, Settings, Sound, Standing, Startup,
    Suggestions, WorkingHours,
};
pub use load::{Loaded, Problem, load_file, parse_str};

use chrono::TimeDelta;

/// The documented default configuration, as shipped (also printed by `config default`).
pub const DEFAULT_TOML: &str = include_str!("../../config/default.toml");

pub use knotless_core::parse_duration;

/// [`parse_duration`] for a value someone typed into a key: the error says how to write one
/// (the message `config check` and the settings window share).
pub fn read_duration(text: &str) -> Result<TimeDelta, schema::ValueError> {
    parse_duration(text).map_err(schema::ValueError::NotADuration)
}

/// Writes a duration the way people write it: "1h 30m", "45m", "20s".
pub fn format_duration(d: TimeDelta) -> String {
    knotless_core::humane(d).replace(' ', "")
}
