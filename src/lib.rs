//! knotless: a light desktop break reminder that tracks sitting and suggests varied,
//! gentle movement. `main.rs` is a thin shell over this library.
//!
//! The model lives in the workspace's other crates, which this one builds on:
//! `knotless_core` (the pure model: presence, sitting clock, scheduler, settings, history
//! events, stats), `knotless_figure` (the moving figure) and `knotless_exercises` (exercises,
//! library, variety, suggestion, safety). This crate is the app around them:
//!
//! - [`config`]: the key table (ranges, labels, the settings window's groups), advice in
//!   plain words and the TOML loader into `knotless_core::settings::Settings`;
//! - [`store`]: the history log, its CSV export and atomic file writes;
//! - [`platform`]: the edge to the OS that windows, commands and the daemon share: the clock,
//!   the folders, the session, idle sources, sound, speech, calendars, placement;
//! - [`daemon`]: the background process: the portable engine, the socket, and per OS its
//!   backends (`daemon::backends::{freedesktop, windows}`: notifications, tray, session);
//! - [`ui`]: the windows (break, check-in, settings, statistics, welcome), each in a process
//!   of its own;
//! - [`ipc`]: the control protocol between the daemon and its clients (the CLI and the
//!   windows);
//! - [`cli`] and [`commands`]: the command line.

/// The application ID: names the desktop file, the icons, the metainfo, the windows
/// (Wayland app_id, X11 class), the notifications' `desktop-entry` hint and the autostart
/// entry. Reverse DNS, as the freedesktop specifications and Flatpak ask.
pub const APP_ID: &str = "io.github.knotless.Knotless";

pub mod cli;
pub mod commands;
pub mod config;
#[cfg(with_daemon)]
pub mod daemon;
pub mod ipc;
pub mod platform;
pub mod store;
pub mod ui;
