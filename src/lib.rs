//! knotless: a light desktop break reminder that tracks sitting and suggests varied,
//! gentle movement. `main.rs` is a thin shell over this library.
//!
//! The model lives in the workspace's other crates, which this one builds on:
//! `knotless_core` (the pure model: presence, sitting clock, scheduler, settings, history
//! events, stats), `knotless_figure` (the moving figure) and `knotless_exercises` (exercises,
//! library, variety, suggestion, safety). This crate is the app around them:
//!
//! - [`config`]: settings, their schema and the TOML loader;
//! - [`store`]: history log and atomic file writes;
//! - [`platform`]: the clock and the user's folders;
//! - [`daemon`]: the background process (idle sources, notifications, tray, socket);
//! - [`ipc`]: the control protocol between the daemon and its clients;
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
