//! A story: one engine, its fakes, and a day moved forward deadline by deadline, the way the
//! daemon's loop would wake.

use super::fakes::{
    FakeAutostart, FakeBusy, FakeIdle, FakeLauncher, FakeNotifier, FakeTray, Shared, TestClock,
    World,
};
use chrono::TimeZone;
use knotless::daemon::ports::Prompt;
use knotless::daemon::{Engine, Input, Parts};
use knotless::ipc::{DaemonStatus, Reply, Request};
use knotless::platform::clock::Clock;
use knotless::platform::paths::Paths;
use knotless_core::{Time, TimeDelta};
use std::sync::{Arc, Mutex};

/// Reminders of other kinds stay out of the way unless a story wants them.
pub const QUIET: &str = "[micro_pause]\nenabled = false\n[hydration]\nenabled = false\n";

pub struct Story {
    pub world: Shared,
    pub clock: &'static TestClock,
    pub engine: Engine<'static>,
    pub paths: Paths,
    _home: Option<tempfile::TempDir>,
}

/// A Wednesday morning, 09:00 UTC.
pub fn morning() -> Time {
    chrono::Utc.with_ymd_and_hms(2026, 12, 2, 9, 0, 0).unwrap()
}

impl Story {
    /// An engine started at 09:00 with `config` as the config file, on a desktop.
    pub fn new(config: &str) -> Story {
        let home = tempfile::tempdir().unwrap();
        let paths = paths_in(home.path());
        std::fs::create_dir_all(&paths.config_dir).unwrap();
        std::fs::write(paths.config_file(), config).unwrap();
        let mut story = Story::on(paths, morning(), Arc::new(Mutex::new(World::default())));
        story._home = Some(home);
        story
    }

    /// An engine on the folders of `paths` (a restart, when they were used before).
    pub fn on(paths: Paths, at: Time, world: Shared) -> Story {
        world.lock().unwrap().desktop = true;
        let clock = TestClock::leaked(at);
        let settings = knotless::daemon::engine::load_settings(&paths.config_file())
            .expect("the story's config reads");
        let mut engine = Engine::new(Parts {
            clock,
            paths: paths.clone(),
            idle: Some(Box::new(FakeIdle {
                world: Arc::clone(&world),
                clock,
            })),
            notifier: Box::new(FakeNotifier(Arc::clone(&world))),
            tray: Some(Box::new(FakeTray(Arc::clone(&world)))),
            launcher: Box::new(FakeLauncher(Arc::clone(&world))),
            autostart: Box::new(FakeAutostart(Arc::clone(&world))),
            busy: Box::new(FakeBusy(Arc::clone(&world))),
            settings,
            library: knotless::daemon::engine::load_library(&paths),
            seed: 7,
        });
        engine.start();
        Story {
            world,
            clock,
            engine,
            paths,
            _home: None,
        }
    }

    /// Stops this engine and starts another on the same folders, `after` later.
    pub fn restart(mut self, after: TimeDelta) -> Story {
        self.engine.finish();
        let at = self.now() + after;
        let mut next = Story::on(self.paths.clone(), at, Arc::clone(&self.world));
        next._home = self._home.take();
        next
    }

    pub fn now(&self) -> Time {
        self.clock.now()
    }

    /// Moves time on by `d`, waking the engine at each deadline it asks for.
    pub fn pass(&mut self, d: TimeDelta) {
        let end = self.now() + d;
        for _ in 0..100_000 {
            let wake = self.engine.next_wake().max(self.now());
            if wake > end {
                break;
            }
            // A deadline already due wakes the loop at once; time still moves on.
            self.clock
                .set(wake.max(self.now() + TimeDelta::milliseconds(1)).min(end));
            self.engine.tick();
            if self.now() >= end {
                break;
            }
        }
        self.clock.set(end);
    }

    /// Typing for `d`.
    pub fn type_for(&mut self, d: TimeDelta) {
        self.world.lock().unwrap().typing = true;
        self.pass(d);
        let now = self.now();
        let mut world = self.world.lock().unwrap();
        world.typing = false;
        world.last_input = Some(now);
    }

    /// No input for `d` (reading, or away).
    pub fn idle_for(&mut self, d: TimeDelta) {
        {
            let now = self.now();
            let mut world = self.world.lock().unwrap();
            world.typing = false;
            world.last_input.get_or_insert(now);
        }
        self.pass(d);
    }

    pub fn input(&mut self, input: Input) {
        self.engine.on(input);
    }

    pub fn request(&mut self, request: Request) -> Reply {
        self.engine.request(request)
    }

    pub fn status(&mut self) -> DaemonStatus {
        self.request(Request::Status)
            .status
            .expect("status has one")
    }

    /// Notifications shown so far.
    pub fn shown(&self) -> Vec<Prompt> {
        self.world.lock().unwrap().shown.clone()
    }

    /// The `event` names in history, in order.
    pub fn events(&self) -> Vec<String> {
        self.history()
            .iter()
            .map(|e| e["event"].as_str().unwrap().to_owned())
            .collect()
    }

    pub fn history(&self) -> Vec<serde_json::Value> {
        std::fs::read_to_string(self.paths.history_file())
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    /// Replaces the config file (the engine hears of it as `ConfigChanged`).
    pub fn edit_config(&mut self, text: &str) {
        std::fs::write(self.paths.config_file(), text).unwrap();
        self.input(Input::ConfigChanged);
    }
}

/// The XDG folders of a test home.
pub fn paths_in(home: &std::path::Path) -> Paths {
    Paths {
        config_dir: home.join("config/knotless"),
        data_dir: home.join("data/knotless"),
        state_dir: home.join("state/knotless"),
        runtime_dir: home.join("run/knotless"),
    }
}

pub fn minutes(m: i64) -> TimeDelta {
    TimeDelta::minutes(m)
}
