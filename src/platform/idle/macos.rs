//! macOS: `CGEventSourceSecondsSinceLastEventType` over the combined session state, for any
//! input event type.

use super::{IdleError, IdleSource};
use std::time::Duration;

/// kCGEventSourceStateCombinedSessionState
const COMBINED_SESSION_STATE: i32 = 0;
/// kCGAnyInputEventType
const ANY_INPUT_EVENT: u32 = !0;

#[link(name = "CoreGraphics", kind = "framework")]
unsafe extern "C" {
    fn CGEventSourceSecondsSinceLastEventType(source_state: i32, event_type: u32) -> f64;
}

pub struct EventSource;

impl IdleSource for EventSource {
    fn name(&self) -> &'static str {
        "macos"
    }

    fn idle(&mut self) -> Result<Duration, IdleError> {
        // SAFETY: plain C function taking two integers.
        let secs = unsafe {
            CGEventSourceSecondsSinceLastEventType(COMBINED_SESSION_STATE, ANY_INPUT_EVENT)
        };
        Duration::try_from_secs_f64(secs).map_err(IdleError::from_display)
    }
}
