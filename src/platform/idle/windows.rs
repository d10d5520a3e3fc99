//! Windows: `GetLastInputInfo` gives the tick count of the last input; ticks are 32-bit
//! milliseconds since boot and wrap every 49.7 days, so the difference is taken wrapping.

use super::{IdleError, IdleSource};
use std::time::Duration;

#[repr(C)]
struct LastInputInfo {
    cb_size: u32,
    dw_time: u32,
}

#[link(name = "user32")]
unsafe extern "system" {
    fn GetLastInputInfo(plii: *mut LastInputInfo) -> i32;
}

#[link(name = "kernel32")]
unsafe extern "system" {
    fn GetTickCount() -> u32;
}

pub struct LastInput;

impl IdleSource for LastInput {
    fn name(&self) -> &'static str {
        "windows"
    }

    fn idle(&mut self) -> Result<Duration, IdleError> {
        let mut info = LastInputInfo {
            cb_size: std::mem::size_of::<LastInputInfo>() as u32,
            dw_time: 0,
        };
        // SAFETY: `info` is a valid, initialised LASTINPUTINFO with its size set.
        let ok = unsafe { GetLastInputInfo(&mut info) };
        if ok == 0 {
            return Err(IdleError("GetLastInputInfo failed".into()));
        }
        // SAFETY: no arguments, no preconditions.
        let now = unsafe { GetTickCount() };
        Ok(Duration::from_millis(now.wrapping_sub(info.dw_time).into()))
    }
}
