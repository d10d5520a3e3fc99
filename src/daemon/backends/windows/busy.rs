//! Busy on Windows: `SHQueryUserNotificationState`, the shell's own answer to "may an app
//! interrupt now?". A full-screen program or game (`[context] fullscreen`), presentation
//! mode or quiet hours / Focus assist (`[context] do_not_disturb`) count as busy. Asked only
//! when the engine takes a sample, as on Linux.

use knotless_core::settings::Context;
use windows_sys::Win32::UI::Shell::{
    QUERY_USER_NOTIFICATION_STATE, QUNS_BUSY, QUNS_PRESENTATION_MODE, QUNS_QUIET_TIME,
    QUNS_RUNNING_D3D_FULL_SCREEN, SHQueryUserNotificationState,
};

/// Which of the shell's answers count, from `[context]`.
pub struct NotificationState {
    fullscreen: bool,
    do_not_disturb: bool,
}

impl NotificationState {
    pub fn new(context: &Context) -> NotificationState {
        let mut probe = NotificationState {
            fullscreen: false,
            do_not_disturb: false,
        };
        crate::daemon::ports::Busy::reconfigure(&mut probe, context);
        probe
    }
}

/// Why the shell's `state` means busy, if it does and that is switched on.
pub fn reason(
    state: QUERY_USER_NOTIFICATION_STATE,
    fullscreen: bool,
    dnd: bool,
) -> Option<&'static str> {
    match state {
        QUNS_BUSY | QUNS_RUNNING_D3D_FULL_SCREEN if fullscreen => Some("fullscreen"),
        QUNS_PRESENTATION_MODE if fullscreen || dnd => Some("presentation"),
        QUNS_QUIET_TIME if dnd => Some("do-not-disturb"),
        _ => None,
    }
}

impl crate::daemon::ports::Busy for NotificationState {
    fn check(&mut self) -> Option<&'static str> {
        if !self.fullscreen && !self.do_not_disturb {
            return None;
        }
        let mut state = 0;
        // SAFETY: `state` is a valid out parameter.
        let result = unsafe { SHQueryUserNotificationState(&mut state) };
        if result != 0 {
            tracing::debug!("busy probe: SHQueryUserNotificationState failed ({result:#x})");
            return None;
        }
        reason(state, self.fullscreen, self.do_not_disturb)
    }

    fn reconfigure(&mut self, context: &Context) {
        self.fullscreen = context.fullscreen;
        self.do_not_disturb = context.do_not_disturb;
        tracing::info!(
            "busy probes: {}",
            match (self.fullscreen, self.do_not_disturb) {
                (true, true) => "fullscreen, do-not-disturb (the shell's notification state)",
                (true, false) => "fullscreen (the shell's notification state)",
                (false, true) => "do-not-disturb (the shell's notification state)",
                (false, false) => "none",
            }
        );
    }
}

#[cfg(test)]
mod tests {
    use super::reason;
    use windows_sys::Win32::UI::Shell::{
        QUNS_ACCEPTS_NOTIFICATIONS, QUNS_APP, QUNS_BUSY, QUNS_NOT_PRESENT, QUNS_PRESENTATION_MODE,
        QUNS_QUIET_TIME, QUNS_RUNNING_D3D_FULL_SCREEN,
    };

    #[test]
    fn the_shells_answers_count_as_busy_only_where_context_says_so() {
        for (state, fullscreen_only, dnd_only, both) in [
            (QUNS_BUSY, Some("fullscreen"), None, Some("fullscreen")),
            (
                QUNS_RUNNING_D3D_FULL_SCREEN,
                Some("fullscreen"),
                None,
                Some("fullscreen"),
            ),
            (
                QUNS_PRESENTATION_MODE,
                Some("presentation"),
                Some("presentation"),
                Some("presentation"),
            ),
            (
                QUNS_QUIET_TIME,
                None,
                Some("do-not-disturb"),
                Some("do-not-disturb"),
            ),
            (QUNS_ACCEPTS_NOTIFICATIONS, None, None, None),
            (QUNS_NOT_PRESENT, None, None, None),
            (QUNS_APP, None, None, None),
        ] {
            assert_eq!(reason(state, true, false), fullscreen_only, "state {state}");
            assert_eq!(reason(state, false, true), dnd_only, "state {state}");
            assert_eq!(reason(state, true, true), both, "state {state}");
            assert_eq!(reason(state, false, false), None, "state {state}");
        }
    }
}
