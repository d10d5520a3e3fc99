//! Starting at login through an XDG autostart entry (`platform::autostart` writes it).

use super::ports::{Autostart, AutostartError, Change};
use std::path::PathBuf;

/// The entry at `file`, starting the binary at `exe`; one written under the old name
/// `legacy` moves to `file` first.
pub struct XdgAutostart {
    pub file: PathBuf,
    pub legacy: PathBuf,
    /// Where knotless is installed; `Err` when the system cannot tell.
    pub exe: std::io::Result<PathBuf>,
}

impl Autostart for XdgAutostart {
    fn apply(&mut self, wanted: bool) -> Result<Change, AutostartError> {
        match crate::platform::autostart::migrate(&self.legacy, &self.file) {
            Ok(true) => tracing::info!(
                "autostart: moved {} to {}",
                self.legacy.display(),
                self.file.display()
            ),
            Ok(false) => {}
            Err(e) => tracing::warn!("autostart: cannot move {}: {e}", self.legacy.display()),
        }
        let exe = self
            .exe
            .as_ref()
            .map_err(|e| AutostartError(format!("cannot tell where knotless is installed: {e}")))?;
        crate::platform::autostart::apply(&self.file, wanted, exe)
            .map_err(|e| AutostartError(format!("cannot update {}: {e}", self.file.display())))
    }

    fn enabled(&self) -> bool {
        crate::platform::autostart::enabled(&self.file)
    }
}
