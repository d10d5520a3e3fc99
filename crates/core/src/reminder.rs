//! Reminder kinds and the prompt a reminder becomes. Several kinds that fall due close
//! together travel in one [`Reminder`]; the first kind is the one that leads.

use enum_map::Enum;
use serde::{Deserialize, Serialize};
use strum::EnumIter;

use crate::vocabulary::Kind;
use knotless_i18n::t;

/// The kinds of reminder, in order of precedence (a movement break outranks the others).
/// `ReminderKind::iter()` lists them in that order; per-kind tables are `EnumMap`s, so a new
/// kind is a new variant here and its settings, nothing more to keep in step.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Enum, EnumIter,
)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// The main "move often, move variably" break, with Start / Snooze / Skip.
    Movement,
    /// Sitting long enough at a sit-stand desk: stand for a while (I'm standing / Later).
    Stand,
    /// Standing long enough: sit for a while or take a walk (I'm sitting / Later).
    ChangePosition,
    /// Posture and eyes: a short nudge, notification only.
    MicroPause,
    /// A sip of water: a short nudge, notification only.
    Hydration,
}

impl ReminderKind {
    /// Words for people ("movement break"), in the user's language.
    pub fn label(self) -> String {
        match self {
            ReminderKind::Movement => t!("daemon-reminder-movement"),
            ReminderKind::Stand => t!("daemon-reminder-stand"),
            ReminderKind::ChangePosition => t!("daemon-reminder-change_position"),
            ReminderKind::MicroPause => t!("daemon-reminder-micro_pause"),
            ReminderKind::Hydration => t!("daemon-reminder-hydration"),
        }
    }

    /// The present time its clock counts.
    pub fn counts(self) -> Counts {
        match self {
            ReminderKind::Movement | ReminderKind::Stand => Counts::Sitting,
            ReminderKind::ChangePosition => Counts::Standing,
            ReminderKind::MicroPause | ReminderKind::Hydration => Counts::Present,
        }
    }

    // A kind's words are kept here, beside its label, so that a new kind is written in one
    // place: the daemon's notification, `knotless plan` and the nudge's line all read them.

    /// The notification's title when it leads; `sitting` is the sitting time in words.
    pub fn title(self, sitting: &str) -> String {
        match self {
            ReminderKind::Movement => t!("notify-title-movement", sitting = sitting),
            ReminderKind::Stand => t!("notify-title-stand", sitting = sitting),
            ReminderKind::ChangePosition => t!("notify-title-change_position"),
            ReminderKind::MicroPause => t!("notify-title-micro_pause", sitting = sitting),
            ReminderKind::Hydration => t!("notify-title-hydration"),
        }
    }

    /// Its line in `knotless plan` when it leads; `sitting` is the sitting time in words.
    pub fn plan_line(self, sitting: &str) -> String {
        match self {
            ReminderKind::Movement => t!("cli-plan-movement", sitting = sitting),
            ReminderKind::Stand => t!("cli-plan-stand", sitting = sitting),
            ReminderKind::ChangePosition => t!("cli-plan-change_position"),
            ReminderKind::MicroPause => t!("cli-plan-micro_pause"),
            ReminderKind::Hydration => t!("cli-plan-hydration"),
        }
    }

    /// The kinds of exercise a nudge's line suggests from (none: the kind has words of its
    /// own, or is the movement break, which has the suggestion).
    pub fn nudge_from(self) -> &'static [Kind] {
        match self {
            ReminderKind::MicroPause => &[Kind::Posture, Kind::Eyes],
            ReminderKind::Hydration => &[Kind::Hydration],
            ReminderKind::Movement | ReminderKind::Stand | ReminderKind::ChangePosition => &[],
        }
    }

    /// A nudge's line when no exercise fits.
    pub fn nudge_fallback(self) -> String {
        match self {
            ReminderKind::Hydration => t!("notify-nudge-hydration"),
            _ => t!("notify-nudge-micro_pause"),
        }
    }
}

/// The present time a reminder kind's clock counts: the scheduler keeps one total each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counts {
    /// Present time sitting (the movement break, the stand nudge).
    Sitting,
    /// Present time standing at a sit-stand desk (the change-position nudge).
    Standing,
    /// All present time (micro-pauses, water).
    Present,
}

/// One prompt to show: a movement break (which the user answers) or a nudge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    /// Numbers the prompts of one daemon run; a snoozed reminder keeps its id.
    pub id: u64,
    /// Kinds carried, leading kind first; never empty.
    pub kinds: Vec<ReminderKind>,
    /// Sitting time when shown.
    pub sitting_secs: u64,
    /// How many more times it may be snoozed (movement only).
    pub snoozes_left: u32,
    /// Shown despite the user being busy, because sitting reached `[context] max_sitting`:
    /// show it quietly.
    #[serde(default)]
    pub gentle: bool,
    /// Which ask this is: 1 the first time, 2 after it went unanswered once (`[movement]
    /// insist`); a snooze the user chose starts again at 1.
    #[serde(default = "first_ask")]
    pub ask: u32,
    /// Ask in the break prompt window rather than a notification (the last ask of `insist =
    /// "firm"`); the window never takes the focus.
    #[serde(default)]
    pub in_window: bool,
}

fn first_ask() -> u32 {
    1
}

impl Reminder {
    /// The leading kind.
    pub fn lead(&self) -> ReminderKind {
        self.kinds[0]
    }

    /// Whether the user is asked to answer (Start / Snooze / Skip).
    pub fn wants_answer(&self) -> bool {
        self.lead() == ReminderKind::Movement
    }
}
