//! The edge to the operating system: the one place that reads the clock, and the user's
//! folders. Platform backends (idle sources, notifications, tray) will live here too.

pub mod clock;
pub mod paths;
