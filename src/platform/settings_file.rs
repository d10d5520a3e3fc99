//! The config file for hand editing: created with the documented defaults when missing, then
//! opened in the user's editor (`xdg-open`). What `knotless settings` does without a desktop,
//! and what the tray's Settings falls back to.

use super::paths::Paths;
use std::path::PathBuf;

/// The config file could not be created.
#[derive(Debug, thiserror::Error)]
#[error("cannot create {}: {source}", path.display())]
pub struct CreateError {
    pub path: PathBuf,
    pub source: std::io::Error,
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
    let how = if opened.is_ok() { "Opened" } else { "Edit" };
    Ok(format!(
        "{how} {}: every key is explained there, and a running knotless applies your changes \
         as soon as you save (check them with `knotless config check`).",
        path.display()
    ))
}
