//! Persistence: the append-only history log. Everything here is I/O at the edge; the
//! formats themselves are defined in [`crate::core::history`].

pub mod history;
