//! Persistence: the append-only history log and atomic whole-file writes. Everything here is
//! I/O at the edge; the formats themselves are defined in [`crate::core::history`].

mod atomic;
pub mod history;

pub use atomic::write_atomically;
