//! Where a new break or prompt window goes: centred on the monitor the user is looking at,
//! never across two. On X11 that is the RandR monitor with the pointer; on Windows with more
//! than one monitor, the monitor of the foreground window (with one, Windows places it). On Wayland a client cannot know or ask for a place:
//! the compositor puts the window (usually on the monitor in use), so nothing is asked.

/// A monitor's area in physical pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Area {
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
}

impl Area {
    fn contains(&self, (x, y): (i32, i32)) -> bool {
        x >= self.x && x < self.x + self.width && y >= self.y && y < self.y + self.height
    }
}

/// The top-left corner, in physical pixels, that centres a window of `size` on the monitor
/// of `monitors` that holds `point` (the first one when none does), kept inside it.
pub fn centred(monitors: &[Area], point: (i32, i32), size: (i32, i32)) -> Option<(i32, i32)> {
    let monitor = monitors
        .iter()
        .find(|m| m.contains(point))
        .or(monitors.first())?;
    let x = monitor.x + ((monitor.width - size.0) / 2).max(0);
    let y = monitor.y + ((monitor.height - size.1) / 2).max(0);
    Some((x, y))
}

/// Where to put a window of `size` physical pixels now, if this desktop lets a client say.
pub fn for_new_window(size: (i32, i32)) -> Option<(i32, i32)> {
    let (point, monitors) = look()?;
    centred(&monitors, point, size)
}

/// The point the user is at and the monitors, as the desktop tells them.
#[cfg(desktop_bus)]
fn look() -> Option<((i32, i32), Vec<Area>)> {
    // Inside a Wayland session the X server is XWayland, which knows neither the pointer
    // over native windows nor where the compositor places ours.
    if std::env::var_os("WAYLAND_DISPLAY").is_some() {
        return None;
    }
    x11::look()
}

#[cfg(windows)]
fn look() -> Option<((i32, i32), Vec<Area>)> {
    windows::look()
}

#[cfg(not(any(desktop_bus, windows)))]
fn look() -> Option<((i32, i32), Vec<Area>)> {
    None
}

#[cfg(desktop_bus)]
mod x11 {
    use super::Area;
    use x11rb::connection::Connection as _;
    use x11rb::protocol::randr::ConnectionExt as _;
    use x11rb::protocol::xproto::ConnectionExt as _;

    pub(super) fn look() -> Option<((i32, i32), Vec<Area>)> {
        let (conn, screen) = x11rb::connect(None).ok()?;
        let root = conn.setup().roots.get(screen)?;
        let pointer = conn.query_pointer(root.root).ok()?.reply().ok()?;
        let point = (i32::from(pointer.root_x), i32::from(pointer.root_y));
        // RandR's monitors (what `xrandr --listmonitors` shows); the whole screen without it.
        let monitors: Vec<Area> = conn
            .randr_get_monitors(root.root, true)
            .ok()
            .and_then(|cookie| cookie.reply().ok())
            .map(|reply| {
                reply
                    .monitors
                    .iter()
                    .map(|m| Area {
                        x: i32::from(m.x),
                        y: i32::from(m.y),
                        width: i32::from(m.width),
                        height: i32::from(m.height),
                    })
                    .collect()
            })
            .filter(|m: &Vec<Area>| !m.is_empty())
            .unwrap_or_else(|| {
                vec![Area {
                    x: 0,
                    y: 0,
                    width: i32::from(root.width_in_pixels),
                    height: i32::from(root.height_in_pixels),
                }]
            });
        Some((point, monitors))
    }
}

#[cfg(windows)]
mod windows {
    use super::Area;
    use windows_sys::Win32::Graphics::Gdi::{
        GetMonitorInfoW, MONITOR_DEFAULTTONEAREST, MONITORINFO, MonitorFromWindow,
    };
    use windows_sys::Win32::UI::WindowsAndMessaging::{
        GetForegroundWindow, GetSystemMetrics, SM_CMONITORS,
    };

    pub(super) fn look() -> Option<((i32, i32), Vec<Area>)> {
        // With one monitor Windows' own placement is already on it: leave it to Windows.
        // SAFETY: a plain query with no arguments to check.
        if unsafe { GetSystemMetrics(SM_CMONITORS) } <= 1 {
            return None;
        }
        // SAFETY: plain Win32 queries; `info` is a properly sized MONITORINFO that the call
        // fills in, and a null window handle is answered with the nearest monitor.
        let work = unsafe {
            let monitor = MonitorFromWindow(GetForegroundWindow(), MONITOR_DEFAULTTONEAREST);
            let mut info: MONITORINFO = std::mem::zeroed();
            info.cbSize = u32::try_from(std::mem::size_of::<MONITORINFO>()).ok()?;
            if GetMonitorInfoW(monitor, &mut info) == 0 {
                return None;
            }
            info.rcWork
        };
        let area = Area {
            x: work.left,
            y: work.top,
            width: work.right - work.left,
            height: work.bottom - work.top,
        };
        Some(((area.x, area.y), vec![area]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEFT: Area = Area {
        x: 0,
        y: 0,
        width: 1280,
        height: 800,
    };
    const RIGHT: Area = Area {
        x: 1280,
        y: 0,
        width: 1920,
        height: 1080,
    };

    #[test]
    fn a_window_is_centred_on_the_monitor_with_the_pointer_and_never_spans_two() {
        assert_eq!(
            centred(&[LEFT, RIGHT], (1500, 300), (400, 300)),
            Some((2040, 390))
        );
        assert_eq!(
            centred(&[LEFT, RIGHT], (10, 10), (400, 300)),
            Some((440, 250))
        );
        // Larger than the monitor: its corner at the monitor's, not on the other one.
        assert_eq!(
            centred(&[LEFT, RIGHT], (1500, 300), (2400, 1200)),
            Some((1280, 0))
        );
        // A pointer off every monitor (a gap between them): the first.
        assert_eq!(
            centred(&[LEFT, RIGHT], (5000, 5000), (400, 300)),
            Some((440, 250))
        );
        assert_eq!(centred(&[], (0, 0), (400, 300)), None);
    }
}
