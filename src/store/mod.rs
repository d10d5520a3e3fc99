//! Persistence: the append-only history log, atomic whole-file writes, and loading the
//! exercise library. Everything here is
//! I/O at the edge; the formats themselves are defined in [`knotless_core::history`].

mod atomic;
pub mod exercises;
pub mod export;
pub mod history;

pub use atomic::write_atomically;
