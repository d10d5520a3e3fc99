//! The daemon as a whole, with real parts: the binary, its socket, a private D-Bus session
//! bus with notification and idle services written for the tests, and a private X server
//! driven with xdotool. Timings use intervals of seconds, which the config allows for this.

// These tests watch a real process in real time; the clock rule is for the program itself.
#![allow(clippy::disallowed_methods)]

mod appearance;
mod busy;
mod compositor;
mod fakes;
mod faults;
mod gnome;
mod idle;
mod kwin;
mod languages;
mod notifications;
mod quit;
mod screen_reader;
mod socket;
mod sound;
mod sound_homes;
mod sound_server;
mod support;
mod tray;
mod tray_host;
mod windows;
