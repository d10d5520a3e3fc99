//! The edge to the operating system that the windows, the commands and the daemon share: the
//! one place that reads the clock, the user's folders, the session as the environment
//! describes it, idle sources (time since the last input) per desktop, sound cues and speech,
//! calendars (files and fetched copies), light or dark, where a new window goes, the config
//! file for hand editing, and starting this binary's windows. What only the daemon needs per
//! OS (notifications, tray, session signals) is in `daemon::backends`.

pub mod appearance;
pub mod calendar_fetch;
pub mod calendars;
pub mod clock;
pub mod idle;
pub mod language;
pub mod paths;
pub mod placement;
pub mod session;
pub mod settings_file;
pub mod sound;
#[cfg(all(unix, not(target_os = "macos")))]
pub mod speech;

/// Starts `command` without a terminal (stdin and stdout closed) and reaps it on a thread
/// when it ends, so it never lingers as a zombie.
///
/// On Windows it also gets no console window of its own: knotless.exe is a console program
/// (so that its commands print in a terminal), and a daemon without a console would give
/// each window it opens a new, empty one.
pub fn spawn_detached(command: &mut std::process::Command) -> std::io::Result<()> {
    spawn_then(command, || {})
}

/// As [`spawn_detached`], and calls `on_exit` on the reaping thread once the process has
/// ended, however it ended (closed, killed, crashed).
pub fn spawn_then(
    command: &mut std::process::Command,
    on_exit: impl FnOnce() + Send + 'static,
) -> std::io::Result<()> {
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        command.creation_flags(windows_sys::Win32::System::Threading::CREATE_NO_WINDOW);
    }
    let mut child = command
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .spawn()?;
    std::thread::spawn(move || {
        let _ = child.wait();
        on_exit();
    });
    Ok(())
}

/// Opens one of this binary's windows (`knotless break`, `knotless settings`, …) in a
/// process of its own; `args` is the command line after the program. `on_exit` runs when
/// that process has ended.
pub fn spawn_window(args: &[&str], on_exit: impl FnOnce() + Send + 'static) -> std::io::Result<()> {
    spawn_then(
        std::process::Command::new(std::env::current_exe()?).args(args),
        on_exit,
    )
}
