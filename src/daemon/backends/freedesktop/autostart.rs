//! Start at login on Linux and the BSDs: one XDG autostart entry
//! (`$XDG_CONFIG_HOME/autostart/io.github.knotless.Knotless.desktop`), written or removed
//! to match `[startup] autostart`. An entry knotless did not write is never removed; one it
//! wrote under the old name (`knotless.desktop`) is moved to the new one.

use crate::daemon::ports::{Autostart, AutostartError, Change};
use std::path::{Path, PathBuf};

/// Marks the entries knotless writes.
const MARK: &str = "X-knotless-autostart=true";

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
        match migrate(&self.legacy, &self.file) {
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
        apply(&self.file, wanted, exe)
            .map_err(|e| AutostartError(format!("cannot update {}: {e}", self.file.display())))
    }

    fn enabled(&self) -> bool {
        enabled(&self.file)
    }
}

/// The entry for `exe` (the running binary).
fn entry(exe: &Path) -> String {
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=knotless\n\
         Comment=Tracks how long you sit and suggests short, varied movement breaks\n\
         Exec={} run\n\
         Icon={}\n\
         Terminal=false\n\
         X-GNOME-Autostart-enabled=true\n\
         {MARK}\n",
        exec_quote(&exe.to_string_lossy()),
        crate::APP_ID
    )
}

/// Quotes a path for `Exec=` as the desktop entry specification asks.
fn exec_quote(path: &str) -> String {
    let plain = path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c));
    if plain {
        return path.to_owned();
    }
    let mut quoted = String::from("\"");
    for c in path.chars() {
        match c {
            '"' | '`' | '$' | '\\' => {
                quoted.push_str("\\\\");
                quoted.push(c);
            }
            '%' => quoted.push_str("%%"),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// Makes the entry at `file` match `enabled`.
fn apply(file: &Path, enabled: bool, exe: &Path) -> std::io::Result<Change> {
    let current = std::fs::read_to_string(file).ok();
    if enabled {
        let wanted = entry(exe);
        if current.as_deref() == Some(wanted.as_str()) {
            return Ok(Change::Unchanged);
        }
        crate::store::write_atomically(file, wanted.as_bytes())?;
        Ok(Change::Written)
    } else {
        match current {
            Some(text) if text.lines().any(|l| l == MARK) => {
                std::fs::remove_file(file)?;
                Ok(Change::Removed)
            }
            _ => Ok(Change::Unchanged),
        }
    }
}

/// Moves an entry knotless wrote under the old name `old` to `new` (unless `new` exists);
/// true when it moved one.
fn migrate(old: &Path, new: &Path) -> std::io::Result<bool> {
    let ours = std::fs::read_to_string(old).is_ok_and(|text| text.lines().any(|l| l == MARK));
    if !ours || new.exists() {
        return Ok(false);
    }
    std::fs::rename(old, new)?;
    Ok(true)
}

/// Whether knotless starts at login (an entry is there, ours or the user's).
fn enabled(file: &Path) -> bool {
    std::fs::read_to_string(file).is_ok_and(|text| !text.lines().any(|l| l.trim() == "Hidden=true"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_written_removed_and_foreign_ones_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("autostart/knotless.desktop");
        let exe = Path::new("/opt/my apps/knotless");
        assert_eq!(apply(&file, true, exe).unwrap(), Change::Written);
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.contains("Exec=\"/opt/my apps/knotless\" run\n"),
            "{text}"
        );
        assert!(enabled(&file));
        assert_eq!(apply(&file, true, exe).unwrap(), Change::Unchanged);
        assert_eq!(apply(&file, false, exe).unwrap(), Change::Removed);
        assert!(!file.exists());
        std::fs::write(&file, "[Desktop Entry]\nExec=knotless\n").unwrap();
        assert_eq!(apply(&file, false, exe).unwrap(), Change::Unchanged);
        assert!(file.exists(), "the user's own entry stays");
    }

    #[test]
    fn an_entry_under_the_old_name_moves_to_the_new_one_and_a_foreign_one_stays() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("knotless.desktop");
        let new = dir.path().join(format!("{}.desktop", crate::APP_ID));
        std::fs::write(
            &old,
            entry(Path::new("/usr/bin/knotless")).replace(crate::APP_ID, "knotless"),
        )
        .unwrap();
        assert!(migrate(&old, &new).unwrap());
        assert!(!old.exists());
        // Rewritten with the new icon name at the next apply.
        assert_eq!(
            apply(&new, true, Path::new("/usr/bin/knotless")).unwrap(),
            Change::Written
        );
        assert!(
            std::fs::read_to_string(&new)
                .unwrap()
                .contains(&format!("Icon={}", crate::APP_ID))
        );
        std::fs::write(&old, "[Desktop Entry]\nExec=knotless\n").unwrap();
        assert!(!migrate(&old, &new).unwrap());
        assert!(old.exists(), "the user's own entry stays");
    }
}
