//! Validated settings: the typed view the rest of the program uses. Defaults live here and
//! only here; `config/default.toml` is checked against them by a test.

use crate::presence::Posture;
use crate::reminder::ReminderKind;
use crate::vocabulary::{Equipment, Position, Region};
use chrono::{NaiveTime, TimeDelta};
use strum::{EnumString, IntoStaticStr, VariantNames};

/// Everything the user can configure, already validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub movement: Movement,
    pub micro_pause: Nudge,
    pub hydration: Nudge,
    /// The body check-in after a break: how each area feels.
    pub checkin: Nudge,
    /// Sound cues in the break window, and the notifications' sound.
    pub sound: Sound,
    pub presence: PresenceSettings,
    /// A sit-stand desk: standing time is not sitting time.
    pub standing: Standing,
    pub schedule: Schedule,
    pub suggestions: Suggestions,
    pub startup: Startup,
    pub context: Context,
    pub working_hours: WorkingHours,
    /// Meetings from the user's calendars: quiet during them, a break before them.
    pub calendar: CalendarSettings,
    /// How the windows speak (`[ui]`).
    pub ui: Ui,
}

/// The user interface (`[ui]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ui {
    /// A language code knotless ships ("de", "pt-BR"), or "auto": the desktop's languages
    /// (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`; on Windows the user's UI languages).
    pub language: String,
}

impl Settings {
    /// How much of its clock `kind` counts between two prompts; `None` while it is off, and
    /// for the sit-stand nudges while the user is in the other `posture`.
    pub fn interval(&self, kind: ReminderKind, posture: Posture) -> Option<TimeDelta> {
        let standing = |wanted| self.standing.enabled && posture == wanted;
        match kind {
            ReminderKind::Movement => Some(self.movement.every),
            ReminderKind::Stand => standing(Posture::Sitting).then_some(self.standing.every),
            ReminderKind::ChangePosition => {
                standing(Posture::Standing).then_some(self.standing.max)
            }
            ReminderKind::MicroPause => self.micro_pause.enabled.then_some(self.micro_pause.every),
            ReminderKind::Hydration => self.hydration.enabled.then_some(self.hydration.every),
        }
    }
}

/// Where meetings come from and how breaks fit around them (`[calendar]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarSettings {
    /// Local `.ics` files (absolute, or under `~/`) and `https://` (or `webcal://`)
    /// subscription addresses.
    pub sources: Vec<String>,
    /// A movement break due this soon before a meeting starts is offered before it instead.
    pub before: TimeDelta,
    /// The user's address in invitations: meetings they declined are no meetings. Empty:
    /// every meeting counts.
    pub me: String,
}

/// Busy moments: which probes count, how long a deferred break may wait.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// Sitting this long while busy still gets a (gentle) reminder.
    pub max_sitting: TimeDelta,
    /// A deferred reminder is shown once the user has been free this long.
    pub grace: TimeDelta,
    pub do_not_disturb: bool,
    pub fullscreen: bool,
    pub inhibitors: bool,
    pub camera: bool,
}

/// Per-weekday hours with reminders (Monday first); outside them, none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkingHours {
    pub enabled: bool,
    pub days: [Option<(NaiveTime, NaiveTime)>; 7],
}

/// Sounds, for a break followed without looking at the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sound {
    /// A soft cue at each step, a distinct one to switch sides, one at the end; and the
    /// movement notification asks the notification server for its sound.
    pub cues: bool,
    /// How loud the cues are, 0 to 100 (and the voice: 50 keeps the speech service's own).
    pub volume: u32,
    /// Each step read aloud as it begins, then "now the other side" and "done" (through
    /// speech-dispatcher, or espeak-ng).
    pub voice: bool,
}

/// A sit-stand desk: when to suggest standing, and when to suggest changing position again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// Posture is tracked (`knotless stand`, `knotless sit`) and the nudges come.
    pub enabled: bool,
    /// Sitting this long (since standing last, or the last movement break) brings a "stand
    /// for a while" nudge.
    pub every: TimeDelta,
    /// How long the nudge suggests standing; standing longer than this counts as a long
    /// stand, after which seated and floor exercises are preferred.
    pub stand_for: TimeDelta,
    /// Standing this long brings a "change position" nudge.
    pub max: TimeDelta,
}

/// Start-up behaviour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Startup {
    /// Start at login (an XDG autostart entry, written and removed by the daemon).
    pub autostart: bool,
}

/// The main "move often, move variably" break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Movement {
    /// Sitting time before a movement break is due.
    pub every: TimeDelta,
    /// Length of the guided micro-break.
    pub length: TimeDelta,
    /// How long a snooze postpones the break.
    pub snooze: TimeDelta,
    /// How often one reminder may be snoozed.
    pub max_snoozes: u32,
    /// A quiet heads-up this long before the break falls due (zero: none).
    pub heads_up: TimeDelta,
    /// What follows when a movement reminder goes unanswered.
    pub insist: Insist,
}

/// What follows when a movement reminder goes unanswered (`[movement] insist`). Whatever
/// the level, nothing takes the keyboard from someone typing, and a busy moment still
/// defers the break.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, EnumString, IntoStaticStr, VariantNames)]
#[strum(serialize_all = "snake_case")]
pub enum Insist {
    /// Unanswered, it counts as missed at once.
    Never,
    /// Unanswered, it is asked once more after `snooze`, then counts as missed.
    #[default]
    Gentle,
    /// As gentle, and a third time in the break prompt window (which opens without taking
    /// the focus), then it counts as missed.
    Firm,
}

impl Insist {
    /// The names the config file uses, in order (derived from the variants).
    pub const NAMES: &'static [&'static str] = <Insist as VariantNames>::VARIANTS;

    pub fn name(self) -> &'static str {
        self.into()
    }

    pub fn from_name(name: &str) -> Option<Insist> {
        name.parse().ok()
    }

    /// How many times one reminder is asked before it counts as missed.
    pub fn asks(self) -> u32 {
        match self {
            Insist::Never => 1,
            Insist::Gentle => 2,
            Insist::Firm => 3,
        }
    }

    /// Whether ask number `ask` (1 for the first) opens the break prompt window.
    pub fn in_window(self, ask: u32) -> bool {
        self == Insist::Firm && ask >= 3
    }
}

/// A notification-only reminder (micro-pause, hydration).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nudge {
    pub enabled: bool,
    /// Present time between two nudges.
    pub every: TimeDelta,
}

/// How presence is judged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresenceSettings {
    /// No input (or locked, or suspended) this long = away.
    pub natural_break_after: TimeDelta,
}

/// How reminders share one timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    /// Reminders due within this window of each other are merged; also the least time
    /// between two prompts.
    pub merge_within: TimeDelta,
    /// How long a movement reminder waits for an answer before it counts as missed.
    pub answer_within: TimeDelta,
    /// "Pause until tomorrow" resumes at this local time.
    pub morning: NaiveTime,
}

/// What the variety engine may suggest, and what it leans towards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestions {
    /// Areas to give more attention.
    pub focus: Vec<Region>,
    /// What the user has at hand.
    pub equipment: Vec<Equipment>,
    /// Positions the user is happy to take.
    pub positions: Vec<Position>,
    /// Exercise ids never to suggest.
    pub exclude: Vec<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            movement: Movement {
                every: TimeDelta::minutes(40),
                length: TimeDelta::minutes(2),
                snooze: TimeDelta::minutes(5),
                max_snoozes: 2,
                heads_up: TimeDelta::zero(),
                insist: Insist::Gentle,
            },
            micro_pause: Nudge {
                enabled: true,
                every: TimeDelta::minutes(20),
            },
            hydration: Nudge {
                enabled: true,
                every: TimeDelta::minutes(90),
            },
            checkin: Nudge {
                enabled: true,
                every: TimeDelta::days(1),
            },
            sound: Sound {
                cues: true,
                volume: 60,
                voice: false,
            },
            presence: PresenceSettings {
                natural_break_after: TimeDelta::minutes(5),
            },
            standing: Standing {
                enabled: false,
                every: TimeDelta::minutes(30),
                stand_for: TimeDelta::minutes(15),
                max: TimeDelta::minutes(45),
            },
            schedule: Schedule {
                merge_within: TimeDelta::minutes(5),
                answer_within: TimeDelta::minutes(3),
                morning: NaiveTime::from_hms_opt(8, 0, 0).expect("08:00 is a valid time"),
            },
            ui: Ui {
                language: "auto".to_owned(),
            },
            suggestions: Suggestions {
                focus: Vec::new(),
                equipment: vec![
                    Equipment::Ball,
                    Equipment::Wall,
                    Equipment::Chair,
                    Equipment::Water,
                ],
                positions: vec![Position::Seated, Position::Standing, Position::Wall],
                exclude: Vec::new(),
            },
            startup: Startup { autostart: false },
            context: Context {
                max_sitting: TimeDelta::minutes(90),
                grace: TimeDelta::minutes(2),
                do_not_disturb: true,
                fullscreen: true,
                inhibitors: true,
                camera: true,
            },
            working_hours: WorkingHours {
                enabled: false,
                days: {
                    let nine = NaiveTime::from_hms_opt(9, 0, 0).expect("valid");
                    let half_five = NaiveTime::from_hms_opt(17, 30, 0).expect("valid");
                    let weekday = Some((nine, half_five));
                    [weekday, weekday, weekday, weekday, weekday, None, None]
                },
            },
            calendar: CalendarSettings {
                sources: Vec::new(),
                before: TimeDelta::minutes(15),
                me: String::new(),
            },
        }
    }
}
