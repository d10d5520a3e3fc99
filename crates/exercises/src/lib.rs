//! knotless-exercises: what a break asks of the body, and what keeps it safe. The exercise
//! format and the rules a file must meet ([`exercise`]), the library (the built-in files,
//! embedded at build time, merged with the user's folder: [`library`]), the variety engine
//! ([`variety`]), the suggestion policy ([`suggest`]), check-ins and their advice ([`body`]),
//! safety holds ([`holds`]), the micro-break as a state machine ([`flow`]) and the report for
//! a physical therapist ([`report`]).
//!
//! Dependencies point one way: this crate builds on `knotless-core` (settings, history,
//! statistics and the body-region vocabulary) and on `knotless-figure` (an exercise carries
//! its figure and is held to the figure's geometric rules); neither knows this crate. No
//! window, sound or async code; the library's reading of the user's folder is its only I/O.

// The core modules the exercise modules speak of, named at the root so that `super::history`
// and `crate::settings` read as they did when all of this was one `core` module.
use knotless_core::{
    Time, TimeDelta, calendar, history, humane_secs, presence, settings, stats, whole_secs,
};

pub mod body;
pub mod exercise;
pub mod flow;
pub mod holds;
pub mod library;
pub mod report;
pub mod suggest;
pub mod variety;
