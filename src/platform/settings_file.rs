//! The config file for hand editing: created with the documented defaults when missing, then
//! opened in the user's editor (`xdg-open`). What `knotless settings` does without a desktop,
//! and what the tray's Settings falls back to.

use super::paths::Paths;
use knotless_i18n::t;
use std::path::PathBuf;

/// The config file could not be created.
#[derive(Debug)]
pub struct CreateError {
    pub path: PathBuf,
    pub source: std::io::Error,
}

impl std::fmt::Display for CreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&t!(
            "cli-error-create",
            path = self.path.display().to_string(),
            error = self.source.to_string()
        ))
    }
}

impl std::error::Error for CreateError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// Makes sure the config file exists and opens it in the user's editor; says where it is and
/// that a running knotless applies saved changes at once.
pub fn open(paths: &Paths) -> Result<String, CreateError> {
    let path = paths.config_file();
    if !path.exists() {
        crate::store::write_atomically(&path, crate::config::DEFAULT_TOML.as_bytes()).map_err(
            |source| CreateError {
                path: path.clone(),
                source,
            },
        )?;
    }
    let opened = super::spawn_detached(
        std::process::Command::new("xdg-open")
            .arg(&path)
            .stderr(std::process::Stdio::null()),
    );
    let path = path.display().to_string();
    Ok(if opened.is_ok() {
        t!("cli-settings-opened", path = path)
    } else {
        t!("cli-settings-edit", path = path)
    })
}
