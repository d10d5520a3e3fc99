//! The windows, in a UI process of the same binary started on demand; the daemon never loads
//! any of this.

mod app;
pub mod break_window;
pub mod settings_window;
pub mod stats_window;
pub mod welcome;

pub use app::{WindowError, run_settings, run_stats, run_welcome};
pub use break_window::run_break;
