//! The edge to the operating system: the one place that reads the clock, and the user's
//! folders, and the idle sources (time since the last input) for each desktop.

pub mod autostart;
pub mod clock;
pub mod idle;
pub mod paths;
