//! In-memory fakes for every capability the engine uses, sharing one [`World`] the story
//! reads and changes: a clock the story moves, an idle source that follows "typing",
//! notifications, windows, the tray, busy probes and the login entry that only remember.

use knotless::daemon::ports::{
    Autostart, AutostartError, Busy, Change, Launcher, Notifier, Prompt, Tray, Window,
};
use knotless::ipc::DaemonStatus;
use knotless::platform::clock::Clock;
use knotless::platform::idle::IdleSource;
use knotless_core::Time;
use knotless_core::settings::Context;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A clock that says what the story set.
pub struct TestClock(Mutex<Time>);

impl TestClock {
    /// A clock for one engine; leaked so the engine may borrow it for `'static` (a few
    /// bytes a test).
    pub fn leaked(at: Time) -> &'static TestClock {
        Box::leak(Box::new(TestClock(Mutex::new(at))))
    }

    pub fn set(&self, at: Time) {
        *self.0.lock().unwrap() = at;
    }
}

impl Clock for TestClock {
    fn now(&self) -> Time {
        *self.0.lock().unwrap()
    }
}

/// What the fakes saw and what the story lets them say.
#[derive(Default)]
pub struct World {
    /// Every notification shown, in order.
    pub shown: Vec<Prompt>,
    /// Keys of withdrawn notifications, in order.
    pub withdrawn: Vec<u64>,
    /// Windows opened, in order.
    pub windows: Vec<Window>,
    /// A display to open windows on.
    pub desktop: bool,
    /// What the tray showed last.
    pub tray: Option<DaemonStatus>,
    /// What the busy probes say.
    pub busy: Option<&'static str>,
    /// How often the probes were found again.
    pub reconfigured: usize,
    /// The login entry exists.
    pub autostart: bool,
    /// The user types (no idle time at all).
    pub typing: bool,
    /// The last input, while not typing.
    pub last_input: Option<Time>,
    /// The notifications have no buttons to answer on (as Windows' toasts).
    pub no_buttons: bool,
}

pub type Shared = Arc<Mutex<World>>;

/// Idle time: none while typing, else the time since typing stopped.
pub struct FakeIdle {
    pub world: Shared,
    pub clock: &'static TestClock,
}

impl IdleSource for FakeIdle {
    fn name(&self) -> &'static str {
        "fake"
    }

    fn idle(&mut self) -> Result<Duration, knotless::platform::idle::IdleError> {
        let world = self.world.lock().unwrap();
        if world.typing {
            return Ok(Duration::ZERO);
        }
        let since = world.last_input.unwrap_or_else(|| self.clock.now());
        Ok((self.clock.now() - since).to_std().unwrap_or_default())
    }
}

pub struct FakeNotifier(pub Shared);

impl Notifier for FakeNotifier {
    fn show(&mut self, prompt: Prompt) {
        self.0.lock().unwrap().shown.push(prompt);
    }

    fn withdraw(&mut self, key: u64) {
        self.0.lock().unwrap().withdrawn.push(key);
    }

    fn withdraw_all(&mut self) {
        let mut world = self.0.lock().unwrap();
        let open: Vec<u64> = world
            .shown
            .iter()
            .map(|p| p.key)
            .filter(|k| !world.withdrawn.contains(k))
            .collect();
        world.withdrawn.extend(open);
    }

    fn answers(&self) -> bool {
        !self.0.lock().unwrap().no_buttons
    }
}

pub struct FakeLauncher(pub Shared);

impl Launcher for FakeLauncher {
    /// The fake opens no processes: nothing to close.
    fn close_break_windows(&mut self) {}

    fn open(&mut self, window: Window) -> bool {
        let mut world = self.0.lock().unwrap();
        if world.desktop {
            world.windows.push(window);
        }
        world.desktop
    }
}

pub struct FakeTray(pub Shared);

impl Tray for FakeTray {
    fn show(&mut self, status: &DaemonStatus) {
        self.0.lock().unwrap().tray = Some(status.clone());
    }
}

pub struct FakeBusy(pub Shared);

impl Busy for FakeBusy {
    fn check(&mut self) -> Option<&'static str> {
        self.0.lock().unwrap().busy
    }

    fn reconfigure(&mut self, _context: &Context) {
        self.0.lock().unwrap().reconfigured += 1;
    }
}

pub struct FakeAutostart(pub Shared);

impl Autostart for FakeAutostart {
    fn apply(&mut self, wanted: bool) -> Result<Change, AutostartError> {
        let mut world = self.0.lock().unwrap();
        let change = match (world.autostart, wanted) {
            (false, true) => Change::Written,
            (true, false) => Change::Removed,
            _ => Change::Unchanged,
        };
        world.autostart = wanted;
        Ok(change)
    }

    fn enabled(&self) -> bool {
        self.0.lock().unwrap().autostart
    }
}
