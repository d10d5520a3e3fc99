//! Where knotless keeps its files, from the XDG base directories (which the `directories`
//! crate honours, so tests point them at temp folders). On Windows and macOS the folders are
//! the system's own (`%APPDATA%\knotless`, `~/Library/Application Support/knotless`), and an
//! `XDG_*_HOME` variable that is set still moves its folder there: tests under Wine, and a
//! portable install, use that.

use std::path::{Path, PathBuf};

/// The folders knotless uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// `$XDG_CONFIG_HOME/knotless`: config.toml, exercises/.
    pub config_dir: PathBuf,
    /// `$XDG_DATA_HOME/knotless`: history.jsonl.
    pub data_dir: PathBuf,
    /// `$XDG_STATE_HOME/knotless`: the log file.
    pub state_dir: PathBuf,
    /// `$XDG_RUNTIME_DIR/knotless`: the control socket and lock.
    pub runtime_dir: PathBuf,
}

/// The home folder could not be found, so there is nowhere to keep files.
#[derive(Debug)]
pub struct NoHome;

impl std::fmt::Display for NoHome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&knotless_i18n::t!("cli-error-no-home"))
    }
}

impl std::error::Error for NoHome {}

impl Paths {
    /// The folders for the current user.
    pub fn from_env() -> Result<Paths, NoHome> {
        let dirs = directories::ProjectDirs::from("", "", "knotless").ok_or(NoHome)?;
        let state_dir = dirs
            .state_dir()
            .map_or_else(|| dirs.data_local_dir().join("state"), Path::to_path_buf);
        // Without $XDG_RUNTIME_DIR, keep the socket beside the state, private to the user.
        let runtime_dir = dirs
            .runtime_dir()
            .map_or_else(|| state_dir.join("run"), Path::to_path_buf);
        Ok(Paths {
            config_dir: dirs.config_dir().to_path_buf(),
            data_dir: dirs.data_dir().to_path_buf(),
            state_dir,
            runtime_dir,
        }
        .moved_by_xdg())
    }

    /// Where the system's folders are not XDG's, a set `XDG_*_HOME` still moves its folder.
    #[cfg(not(desktop_bus))]
    fn moved_by_xdg(mut self) -> Paths {
        let moved = |name: &str| {
            std::env::var_os(name)
                .map(PathBuf::from)
                .filter(|dir| dir.is_absolute())
                .map(|dir| dir.join("knotless"))
        };
        for (name, dir) in [
            ("XDG_CONFIG_HOME", &mut self.config_dir),
            ("XDG_DATA_HOME", &mut self.data_dir),
            ("XDG_STATE_HOME", &mut self.state_dir),
            ("XDG_RUNTIME_DIR", &mut self.runtime_dir),
        ] {
            if let Some(moved) = moved(name) {
                *dir = moved;
            }
        }
        self
    }

    #[cfg(desktop_bus)]
    fn moved_by_xdg(self) -> Paths {
        self
    }

    pub fn config_file(&self) -> PathBuf {
        self.config_dir.join("config.toml")
    }

    /// `<state dir>/calendars`: the last good copy of each web calendar.
    pub fn calendars_dir(&self) -> PathBuf {
        self.state_dir.join("calendars")
    }

    /// `$XDG_CONFIG_HOME/knotless/exercises`: the user's own exercises.
    pub fn exercises_dir(&self) -> PathBuf {
        self.config_dir.join("exercises")
    }

    pub fn history_file(&self) -> PathBuf {
        self.data_dir.join("history.jsonl")
    }

    /// `$XDG_CONFIG_HOME/autostart/io.github.knotless.Knotless.desktop`.
    pub fn autostart_file(&self) -> PathBuf {
        self.autostart_dir()
            .join(format!("{}.desktop", crate::APP_ID))
    }

    /// Where releases before the application ID wrote the entry
    /// (`$XDG_CONFIG_HOME/autostart/knotless.desktop`).
    pub fn legacy_autostart_file(&self) -> PathBuf {
        self.autostart_dir().join("knotless.desktop")
    }

    fn autostart_dir(&self) -> PathBuf {
        self.config_dir
            .parent()
            .unwrap_or(&self.config_dir)
            .join("autostart")
    }

    pub fn socket(&self) -> PathBuf {
        self.runtime_dir.join("socket")
    }
}

/// The folder `~/` stands for in the config (calendar sources): `$HOME` where it is set, as
/// a shell expands `~` (on Windows too: Git Bash and MSYS set it, and tests point it at a
/// temporary home), else the system's home folder.
pub fn home_dir() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
        .or_else(|| directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf()))
}
