//! The windows, driven with egui_kittest: find by label, click, check the state. No GPU.

mod break_window;
mod languages;
mod settings_window;
mod stats_window;
mod welcome;
