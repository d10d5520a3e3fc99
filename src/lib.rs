//! knotless: a light desktop break reminder that tracks sitting and suggests varied,
//! gentle movement. `main.rs` is a thin shell over this library.
//!
//! - [`core`]: the pure model (presence, sitting clock, scheduler, history events, stats);
//! - [`config`]: settings, their schema and the TOML loader;
//! - [`store`]: history log and atomic file writes;
//! - [`platform`]: the clock and the user's folders;
//! - [`daemon`]: the background process (idle sources, notifications, tray, socket);
//! - [`ipc`]: the control protocol between the daemon and its clients;
//! - [`cli`] and [`commands`]: the command line.

pub mod cli;
pub mod commands;
pub mod config;
pub mod core;
#[cfg(desktop_bus)]
pub mod daemon;
pub mod ipc;
pub mod platform;
pub mod store;
pub mod ui;
