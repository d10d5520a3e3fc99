//! A changed config file: the settings, the exercise library, the login entry and the busy
//! probes follow it. A broken edit is reported and the settings in force stay.

use super::Engine;
use crate::config;
use crate::platform::paths::Paths;
use knotless_core::settings::Settings;
use knotless_exercises::library::Library;

impl Engine<'_> {
    /// Applies a hand edit of the config (and of the user's exercises).
    pub(super) fn reload(&mut self) {
        self.reload_settings();
        // Texts from now on (notifications, the tray, `status`) and the exercises' language.
        crate::platform::language::apply(&self.scheduler.settings().ui.language);
        self.library = load_library(&self.paths);
        self.apply_autostart();
    }

    /// Applied when the whole file is good; a broken edit is reported and the settings in
    /// force stay (at start-up, bad keys take their defaults).
    fn reload_settings(&mut self) {
        let path = self.paths.config_file();
        let settings = match config::load_file(&path) {
            Ok(Some(loaded)) if !loaded.problems.is_empty() => {
                for problem in &loaded.problems {
                    tracing::warn!("{}:{problem}", path.display());
                }
                tracing::warn!(
                    "{} has problems; keeping the settings in force until it is fixed \
                     (`knotless config check` lists them)",
                    path.display()
                );
                return;
            }
            Ok(Some(loaded)) => loaded.settings,
            Ok(None) => Settings::default(),
            Err(e) => {
                tracing::warn!(
                    "cannot read {}: {e}; keeping the settings in force",
                    path.display()
                );
                return;
            }
        };
        if &settings == self.scheduler.settings() {
            return;
        }
        tracing::info!("settings reloaded");
        if settings.context != self.scheduler.settings().context {
            self.busy_probes.reconfigure(&settings.context);
        }
        // Time so far under the old settings, then a fresh look under the new ones (working
        // hours or intervals may make a break due right now).
        self.tick();
        let effects = self.scheduler.reconfigure(settings);
        self.apply(effects);
        self.tick();
    }

    /// Writes or removes the login entry to match `[startup] autostart`.
    pub(super) fn apply_autostart(&mut self) {
        use crate::daemon::ports::Change;
        let wanted = self.scheduler.settings().startup.autostart;
        match self.autostart.apply(wanted) {
            Ok(Change::Written) => tracing::info!("autostart: wrote the login entry"),
            Ok(Change::Removed) => tracing::info!("autostart: removed the login entry"),
            Ok(Change::Unchanged) => {}
            Err(e) => tracing::warn!("autostart: {e}"),
        }
        self.autostart_on = self.autostart.enabled();
    }
}

/// Reads the settings for the daemon: problems are logged and those keys keep their
/// defaults; `None` when the file cannot be read at all (keep what is in force).
pub fn load_settings(path: &std::path::Path) -> Option<Settings> {
    match config::load_file(path) {
        Ok(Some(loaded)) => {
            for problem in &loaded.problems {
                tracing::warn!("{}:{problem} (using the default for it)", path.display());
            }
            Some(loaded.settings)
        }
        Ok(None) => Some(Settings::default()),
        Err(e) => {
            tracing::warn!("cannot read {}: {e}", path.display());
            None
        }
    }
}

/// The built-in exercises plus the user's own (problems with those are logged, each saying
/// whether the file is skipped).
pub fn load_library(paths: &Paths) -> Library {
    let dir = paths.exercises_dir();
    let (mut library, problems) = Library::load(&dir);
    for p in problems {
        tracing::warn!("exercise {p}");
    }
    // The daemon suggests and words; the break window (a process of its own) draws. The
    // figures' keyframes would only sit in the daemon's memory.
    for e in &mut library.exercises {
        e.figure = None;
    }
    library
}
