//! The windows this daemon opened that must not outlive it: break windows (`knotless break`,
//! asking or guiding) answer the daemon, so after `quit` they would answer nobody. They are
//! the daemon's own child processes (`platform::spawn_window` starts them and reaps them), so
//! they are found among its children in /proc, without keeping a list that could go stale,
//! and asked to end with SIGTERM.

/// Ends the daemon's child processes that are this binary running `knotless break`; the
/// number asked to end.
#[cfg(target_os = "linux")]
pub fn close_break_windows() -> usize {
    let me = std::process::id();
    let Ok(exe) = std::env::current_exe() else {
        return 0;
    };
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return 0;
    };
    let mut closed = 0;
    for entry in entries.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<i32>().ok())
        else {
            continue;
        };
        let dir = entry.path();
        let is_child = std::fs::read_to_string(dir.join("stat"))
            .ok()
            .and_then(|stat| parent_of(&stat))
            == Some(me);
        let is_break = std::fs::read(dir.join("cmdline"))
            .is_ok_and(|line| line.split(|&b| b == 0).nth(1) == Some(b"break".as_slice()));
        let is_ours = std::fs::read_link(dir.join("exe")).is_ok_and(|e| e == exe);
        if is_child && is_break && is_ours {
            let Some(pid) = rustix::process::Pid::from_raw(pid) else {
                continue;
            };
            match rustix::process::kill_process(pid, rustix::process::Signal::TERM) {
                Ok(()) => closed += 1,
                Err(e) => tracing::debug!("cannot close break window {pid:?}: {e}"),
            }
        }
    }
    closed
}

/// Elsewhere the windows are left to end by themselves.
#[cfg(not(target_os = "linux"))]
pub fn close_break_windows() -> usize {
    0
}

/// The parent's pid from a /proc/PID/stat line: the fourth field, after the command name in
/// parentheses (which may itself hold spaces and parentheses, so the last ")" ends it).
#[cfg(any(target_os = "linux", test))]
fn parent_of(stat: &str) -> Option<u32> {
    let rest = &stat[stat.rfind(')')? + 1..];
    rest.split_whitespace().nth(1)?.parse().ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_parent_is_read_past_a_command_name_with_spaces_and_parentheses() {
        assert_eq!(super::parent_of("42 (knot less) S 7 42 42 0"), Some(7));
        assert_eq!(super::parent_of("42 (a) b)) R 1 2"), Some(1));
        assert_eq!(super::parent_of("garbage"), None);
    }
}
