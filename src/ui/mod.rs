//! The windows, in a UI process of the same binary started on demand; the daemon never loads
//! any of this.

mod app;
pub mod break_window;
pub mod fonts;
pub mod settings_window;
#[cfg(unix)]
pub mod single_window;
pub mod stats_window;
pub mod style;
pub mod welcome;
pub mod widgets;

pub use app::{
    SETTINGS_SIZE, STATS_SIZE, WELCOME_SIZE, WindowError, run_settings, run_stats, run_welcome,
};
pub use break_window::run_break;
