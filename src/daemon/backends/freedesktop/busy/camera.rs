//! The camera in use: some process has `/dev/video*` open.

use super::{BusyProbe, ProbeError};
use std::path::{Path, PathBuf};

/// Some process has a video device (`/dev/video*`) open: a call with the camera on.
pub struct Camera {
    proc_root: PathBuf,
}

impl Camera {
    pub(super) fn new(proc_root: PathBuf) -> Camera {
        Camera { proc_root }
    }
}

impl BusyProbe for Camera {
    fn name(&self) -> &'static str {
        "camera"
    }

    fn busy(&mut self) -> Result<bool, ProbeError> {
        Ok(camera_in_use(&self.proc_root))
    }
}

/// Scans `<proc>/*/fd/*` for links to `/dev/video*` (only our own processes are readable,
/// which is who matters).
pub fn camera_in_use(proc_root: &Path) -> bool {
    let Ok(processes) = std::fs::read_dir(proc_root) else {
        return false;
    };
    processes
        .filter_map(Result::ok)
        .filter(|p| {
            p.file_name()
                .to_string_lossy()
                .bytes()
                .all(|b| b.is_ascii_digit())
        })
        .filter_map(|p| std::fs::read_dir(p.path().join("fd")).ok())
        .flatten()
        .filter_map(Result::ok)
        .filter_map(|fd| std::fs::read_link(fd.path()).ok())
        .any(|target| target.to_string_lossy().starts_with("/dev/video"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_camera_counts_as_in_use_when_a_process_holds_a_video_device() {
        let proc_root = tempfile::tempdir().unwrap();
        let fd = proc_root.path().join("4242/fd");
        std::fs::create_dir_all(&fd).unwrap();
        std::os::unix::fs::symlink("/dev/null", fd.join("0")).unwrap();
        std::os::unix::fs::symlink("/tmp/file", fd.join("1")).unwrap();
        std::fs::create_dir_all(proc_root.path().join("self-not-a-pid/fd")).unwrap();
        assert!(!camera_in_use(proc_root.path()));
        std::os::unix::fs::symlink("/dev/video0", fd.join("7")).unwrap();
        assert!(camera_in_use(proc_root.path()));
        assert!(!camera_in_use(Path::new("/nonexistent-proc")));
    }
}
