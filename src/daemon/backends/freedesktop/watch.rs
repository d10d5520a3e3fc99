//! Hand edits of the config file take effect at once: one thread blocks on inotify for the
//! config folder and tells the engine when `config.toml` was written, replaced or removed.
//! Editors that save by rename are covered because the folder, not the file, is watched.

use crate::daemon::engine::Input;
use rustix::fs::inotify::{self, CreateFlags, WatchFlags};
use std::mem::MaybeUninit;
use std::path::Path;
use std::sync::mpsc::Sender;
use std::time::Duration;

/// Starts watching `dir` (created if missing) for changes to `file_name`.
pub fn spawn(dir: &Path, file_name: &'static str, engine: Sender<Input>) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let fd = inotify::init(CreateFlags::CLOEXEC)?;
    inotify::add_watch(
        &fd,
        dir,
        WatchFlags::CLOSE_WRITE
            | WatchFlags::MOVED_TO
            | WatchFlags::CREATE
            | WatchFlags::DELETE
            | WatchFlags::MOVED_FROM,
    )?;
    std::thread::Builder::new()
        .name("config-watch".into())
        .stack_size(128 * 1024)
        .spawn(move || {
            let mut buf = [MaybeUninit::uninit(); 4096];
            loop {
                let mut reader = inotify::Reader::new(&fd, &mut buf);
                let mut ours = false;
                loop {
                    match reader.next() {
                        Ok(event) => {
                            ours |= event
                                .file_name()
                                .is_some_and(|name| name.to_bytes() == file_name.as_bytes());
                        }
                        Err(rustix::io::Errno::INTR) => continue,
                        Err(e) => {
                            tracing::warn!("config watch stopped: {e}");
                            return;
                        }
                    }
                    if reader.is_buffer_empty() {
                        break;
                    }
                }
                if ours {
                    // Let a burst of writes (truncate, write, close) settle first.
                    std::thread::sleep(Duration::from_millis(150));
                    if engine.send(Input::ConfigChanged).is_err() {
                        return;
                    }
                }
            }
        })?;
    Ok(())
}
