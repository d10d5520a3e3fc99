//! What a reminder suggests doing. A small built-in set for now, worded from the seeds:
//! gentle pressure, never into pain, vary positions, drink water. The exercise library
//! (data files, illustrations, the variety engine) replaces this list.

use super::reminder::ReminderKind;

/// One concrete thing to do in a break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion {
    pub id: &'static str,
    pub title: &'static str,
    /// One line for the notification.
    pub summary: &'static str,
    pub steps: &'static [&'static str],
    /// Shown with the steps; every self-massage carries the safety line.
    pub caution: Option<&'static str>,
}

/// The safety line of every self-massage.
pub const MASSAGE_CAUTION: &str =
    "Gentle pressure only: never into sharp pain. Stop if you feel numbness or tingling.";

const MOVEMENT: &[Suggestion] = &[
    Suggestion {
        id: "walk-and-water",
        title: "Walk to the kitchen",
        summary: "Stand up, walk a lap and fetch a glass of water.",
        steps: &[
            "Stand up and walk at an easy pace for a minute.",
            "Fetch a glass of water and drink a few sips standing.",
        ],
        caution: None,
    },
    Suggestion {
        id: "ball-upper-back-wall",
        title: "Tennis ball against the wall",
        summary: "Lean on a tennis ball between your shoulder blade and the wall; roll slowly.",
        steps: &[
            "Stand with your back to a wall, a tennis ball between the wall and the muscle beside your shoulder blade (never on the spine).",
            "Lean in gently and roll in small circles.",
            "Hold on a tender spot and breathe slowly until it eases, then switch sides.",
        ],
        caution: Some(MASSAGE_CAUTION),
    },
    Suggestion {
        id: "neck-side-stretch",
        title: "Side neck stretch",
        summary: "Tilt one ear towards your shoulder and breathe; then the other side.",
        steps: &[
            "Sit tall, shoulders down.",
            "Tilt your right ear towards your right shoulder until you feel a light stretch; hold for five breaths.",
            "Come back slowly and do the left side. Never force it.",
        ],
        caution: None,
    },
    Suggestion {
        id: "shoulder-rolls-standing",
        title: "Standing shoulder rolls",
        summary: "Stand up and roll your shoulders slowly back and down, ten times.",
        steps: &[
            "Stand with your feet hip-width apart.",
            "Roll both shoulders up, back and down in slow circles, ten times.",
            "Then five times forwards.",
        ],
        caution: None,
    },
    Suggestion {
        id: "doorway-chest-stretch",
        title: "Doorway chest stretch",
        summary: "Forearms on a door frame, step through gently to open the chest.",
        steps: &[
            "Stand in a doorway, forearms on the frame at shoulder height.",
            "Step one foot through until you feel a gentle stretch across the chest; hold for 20 seconds.",
            "Step back, rest, repeat once.",
        ],
        caution: None,
    },
    Suggestion {
        id: "hip-flexor-lunge",
        title: "Standing hip opener",
        summary: "A small lunge with the back knee soft opens the hips after sitting.",
        steps: &[
            "Stand and take a comfortable step forward with one foot.",
            "Tuck your pelvis slightly and shift forward until the front of the back hip stretches; hold for 20 seconds.",
            "Switch legs.",
        ],
        caution: None,
    },
    Suggestion {
        id: "foam-roller-upper-back",
        title: "Foam roller for the upper back",
        summary: "Lie on a foam roller across your upper back and roll slowly.",
        steps: &[
            "Lie on the floor with a foam roller across your upper back, hands supporting your head.",
            "Lift your hips a little and roll slowly between the shoulder blades.",
            "Pause on a tight spot and breathe until it eases.",
        ],
        caution: Some(MASSAGE_CAUTION),
    },
    Suggestion {
        id: "cat-cow-seated",
        title: "Seated cat and cow",
        summary: "Round and arch your back slowly, hands on your knees.",
        steps: &[
            "Sit at the front of your chair, hands on your knees.",
            "Breathing in, arch gently and look up; breathing out, round your back and look down.",
            "Repeat slowly eight times.",
        ],
        caution: None,
    },
];

const MICRO_PAUSE: Suggestion = Suggestion {
    id: "posture-and-eyes",
    title: "Posture and eyes",
    summary: "Sit back, shoulders down, feet flat; look at something far away for 20 seconds.",
    steps: &[],
    caution: None,
};

const HYDRATION: Suggestion = Suggestion {
    id: "water",
    title: "Water",
    summary: "Have a few sips of water.",
    steps: &[],
    caution: None,
};

/// The suggestion for the `n`-th reminder of a kind: movement suggestions take turns so
/// that no two in a row are the same.
pub fn for_reminder(kind: ReminderKind, n: u64) -> &'static Suggestion {
    match kind {
        ReminderKind::Movement => {
            let i = usize::try_from(n).unwrap_or(0) % MOVEMENT.len();
            &MOVEMENT[i]
        }
        ReminderKind::MicroPause => &MICRO_PAUSE,
        ReminderKind::Hydration => &HYDRATION,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn movement_suggestions_vary_and_massages_carry_the_safety_line() {
        for n in 0..20 {
            let a = for_reminder(ReminderKind::Movement, n);
            let b = for_reminder(ReminderKind::Movement, n + 1);
            assert_ne!(a.id, b.id);
            assert!(!a.steps.is_empty());
        }
        for s in MOVEMENT {
            let massage = s.summary.contains("ball") || s.summary.contains("roller");
            assert_eq!(massage, s.caution == Some(MASSAGE_CAUTION), "{}", s.id);
        }
    }
}
