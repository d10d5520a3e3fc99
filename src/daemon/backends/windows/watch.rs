//! Hand edits of the config file take effect at once on Windows too: one thread waits on a
//! change notification for the config folder (file names and last-write times) and tells
//! the engine when `config.toml` changed. The folder, not the file, is watched, so editors
//! that save by replacing the file are covered.

use crate::daemon::engine::Input;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::{Duration, SystemTime};
use windows_sys::Win32::Foundation::{INVALID_HANDLE_VALUE, WAIT_OBJECT_0};
use windows_sys::Win32::Storage::FileSystem::{
    FILE_NOTIFY_CHANGE_FILE_NAME, FILE_NOTIFY_CHANGE_LAST_WRITE, FILE_NOTIFY_CHANGE_SIZE,
    FindFirstChangeNotificationW, FindNextChangeNotification,
};
use windows_sys::Win32::System::Threading::{INFINITE, WaitForSingleObject};

/// Starts watching `dir` (created if missing) for changes to `file_name`.
pub fn spawn(dir: &Path, file_name: &'static str, engine: Sender<Input>) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let wide: Vec<u16> = dir
        .as_os_str()
        .to_string_lossy()
        .encode_utf16()
        .chain([0])
        .collect();
    // SAFETY: a NUL-terminated path; the handle is waited on by the thread for good.
    let handle = unsafe {
        FindFirstChangeNotificationW(
            wide.as_ptr(),
            0,
            FILE_NOTIFY_CHANGE_FILE_NAME | FILE_NOTIFY_CHANGE_LAST_WRITE | FILE_NOTIFY_CHANGE_SIZE,
        )
    };
    if handle == INVALID_HANDLE_VALUE {
        return Err(std::io::Error::last_os_error());
    }
    let handle = handle as isize;
    let file = dir.join(file_name);
    std::thread::Builder::new()
        .name("config-watch".into())
        .stack_size(128 * 1024)
        .spawn(move || {
            let handle = handle as windows_sys::Win32::Foundation::HANDLE;
            let mut last = stamp(&file);
            loop {
                // SAFETY: the change handle made above, never closed.
                if unsafe { WaitForSingleObject(handle, INFINITE) } != WAIT_OBJECT_0 {
                    tracing::warn!("config watch stopped: {}", std::io::Error::last_os_error());
                    return;
                }
                // Let a burst of writes settle, then see whether it was our file.
                std::thread::sleep(Duration::from_millis(150));
                // SAFETY: as above; re-arms the notification.
                if unsafe { FindNextChangeNotification(handle) } == 0 {
                    tracing::warn!("config watch stopped: {}", std::io::Error::last_os_error());
                    return;
                }
                let now = stamp(&file);
                if now != last {
                    last = now;
                    if engine.send(Input::ConfigChanged).is_err() {
                        return;
                    }
                }
            }
        })?;
    Ok(())
}

/// The file's size and last write, or nothing when it is gone: what tells our file's
/// changes from the folder's others.
fn stamp(file: &PathBuf) -> Option<(u64, SystemTime)> {
    let meta = std::fs::metadata(file).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}
