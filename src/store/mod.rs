//! Persistence: the append-only history log, its CSV export and atomic whole-file writes.
//! Everything here is I/O at the edge; the formats themselves are defined in
//! [`knotless_core::history`]. (The exercise library is `knotless_exercises::library`.)

mod atomic;
pub mod export;
pub mod history;

pub use atomic::write_atomically;
