//! Windows: `GetLastInputInfo` gives the tick count of the last input; ticks are 32-bit
//! milliseconds since boot and wrap every 49.7 days, so the difference is taken wrapping.

use super::{IdleError, IdleSource};
use std::time::Duration;
use windows_sys::Win32::System::SystemInformation::GetTickCount;
use windows_sys::Win32::UI::Input::KeyboardAndMouse::{GetLastInputInfo, LASTINPUTINFO};

pub struct LastInput;

impl IdleSource for LastInput {
    fn name(&self) -> &'static str {
        "windows"
    }

    fn idle(&mut self) -> Result<Duration, IdleError> {
        let mut info = LASTINPUTINFO {
            cbSize: std::mem::size_of::<LASTINPUTINFO>() as u32,
            dwTime: 0,
        };
        // SAFETY: `info` is a valid, initialised LASTINPUTINFO with its size set.
        let ok = unsafe { GetLastInputInfo(&mut info) };
        if ok == 0 {
            return Err(IdleError("GetLastInputInfo failed".into()));
        }
        // SAFETY: no arguments, no preconditions.
        let now = unsafe { GetTickCount() };
        Ok(Duration::from_millis(now.wrapping_sub(info.dwTime).into()))
    }
}
