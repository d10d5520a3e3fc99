//! The capabilities the engine uses, one trait each, so the engine runs the same against the
//! desktop (the backends in this folder) and against the in-memory fakes of the engine tests.
//! The idle source ([`crate::platform::idle::IdleSource`]) and the clock
//! ([`crate::platform::clock::Clock`]) are traits of the platform; session events (lock,
//! suspend) and channel changes arrive as [`super::Input`]s, from whichever thread hears them.

use crate::ipc::DaemonStatus;
use knotless_core::settings::Context;
use std::time::Duration;

/// What the user answered on a notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Start,
    Snooze,
    Skip,
    Done,
    /// "I'm standing" on a stand nudge.
    Stand,
    /// "I'm sitting" on a change-position nudge.
    Sit,
    /// "Later" on either: it comes back after `[movement] snooze`.
    Later,
}

/// How loudly a notification asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    Low,
    Normal,
}

/// One notification to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    /// Which reminder it belongs to (`BREAK_KEY`, `STATS_KEY`, or a reminder id).
    pub key: u64,
    pub summary: String,
    pub body: String,
    /// Buttons, in order: what they answer and their label.
    pub actions: Vec<(Answer, String)>,
    /// What clicking the notification itself means.
    pub default: Option<Answer>,
    pub urgency: Urgency,
    /// How long the server should show it (`None`: until answered).
    pub expire: Option<Duration>,
    /// Our own limit: close it after this long whatever the server does.
    pub give_up_after: Duration,
    /// Ask the notification server for its sound (`[sound] cues`).
    pub sound: bool,
}

/// The key of the "break running" notification; reminder ids start at 1.
pub const BREAK_KEY: u64 = 0;
/// The key of the statistics notification (from the tray).
pub const STATS_KEY: u64 = u64::MAX;

/// Shows notifications. Whether one could be shown, and what the user answered, come back
/// later as [`super::Input::Notified`] and [`super::Input::Answer`].
pub trait Notifier {
    /// Shows `prompt`, replacing an open one with the same key.
    fn show(&mut self, prompt: Prompt);
    /// Closes the notification with this key, if open.
    fn withdraw(&mut self, key: u64);
    /// Closes every notification still open (the daemon is stopping: buttons on them would
    /// reach nobody), and returns once the server was told.
    fn withdraw_all(&mut self);
    /// Whether the user can answer on the notification itself. Where not (a Windows toast
    /// needs an app registration and COM activation for buttons), a reminder that wants an
    /// answer is asked in the break window as well, the notification only nudging.
    fn answers(&self) -> bool {
        true
    }
}

/// What the tray menu asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrayAction {
    BreakNow,
    Pause(PauseChoice),
    Resume,
    /// The "Standing" check item: stand up, or sit down when standing.
    ToggleStanding,
    Settings,
    Statistics,
    /// "Check in now": how each area feels, held ones first (a check-in lifts a hold).
    Checkin,
    Quit,
}

/// The pause lengths offered in the menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PauseChoice {
    Minutes(u32),
    UntilTomorrow,
}

/// The tray icon: its look, tooltip and menu follow the status. Menu clicks come back as
/// [`super::Input::Tray`].
pub trait Tray {
    fn show(&mut self, status: &DaemonStatus);
}

/// The windows the daemon opens, each a process of its own (never inside the daemon).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// The guided break.
    Break,
    /// The break window asking first (Start break / Snooze / Skip).
    BreakPrompt,
    Settings,
    Stats,
    Welcome,
    /// The check-in alone (`knotless checkin --window`).
    Checkin,
}

impl Window {
    /// The command line that opens it.
    pub fn args(self) -> &'static [&'static str] {
        match self {
            Window::Break => &["break"],
            Window::BreakPrompt => &["break", "--prompt"],
            Window::Settings => &["settings"],
            Window::Stats => &["stats"],
            Window::Welcome => &["welcome"],
            Window::Checkin => &["checkin", "--window"],
        }
    }
}

/// Starts the windows, each a process of its own, where there is a desktop.
pub trait Launcher {
    /// Opens `window`; false where it could not (no desktop, or it failed to start), so the
    /// caller falls back to a notification or a message.
    fn open(&mut self, window: Window) -> bool;
    /// Closes the break windows it opened, which would otherwise answer a daemon that is
    /// gone (the daemon is stopping).
    fn close_break_windows(&mut self);
}

/// What making the login entry match the setting did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Written,
    Removed,
    Unchanged,
}

/// The login entry could not be written or removed.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct AutostartError(pub String);

/// Starting at login.
pub trait Autostart {
    /// Makes the login entry match `wanted`.
    fn apply(&mut self, wanted: bool) -> Result<Change, AutostartError>;
    /// Whether knotless starts at login now.
    fn enabled(&self) -> bool;
}

/// Busy moments: is now a bad time for a break?
pub trait Busy {
    /// Why the user is busy right now, if they are (`"fullscreen"`, `"do-not-disturb"`, …).
    fn check(&mut self) -> Option<&'static str>;
    /// `[context]` changed: find the probes that are switched on again.
    fn reconfigure(&mut self, context: &Context);
}

/// A channel to the desktop that can go away and come back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Channel {
    /// The notification server.
    Notifications,
    /// A tray host showing the icon.
    Tray,
    /// A sound server for the break window's cues.
    Sound,
}

impl Channel {
    /// The name `status` lists under `degraded`.
    pub fn name(self) -> &'static str {
        match self {
            Channel::Notifications => "notifications",
            Channel::Tray => "tray",
            Channel::Sound => "sound",
        }
    }
}
