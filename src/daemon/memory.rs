//! What the daemon remembers from history when it starts: the newest pause, the last
//! suggestions (so variety holds across restarts), and what the suggestions learn from
//! (`knotless_exercises::body::remembered`), which the engine then keeps up to date.

use crate::store::history::HistoryLog;
use knotless_core::history::{Event, EventKind};
use knotless_exercises::body::remembered;
use knotless_exercises::library::Library;
use knotless_exercises::variety::Variety;

/// What a start keeps of history, read one line at a time so that a long history costs
/// start-up time, never memory.
pub(super) struct Earlier {
    /// The newest pause or resume.
    pub pause: Option<Event>,
    /// The last suggestions, oldest first.
    pub suggested: Vec<Event>,
    /// What the suggestions learn from.
    pub body: Vec<Event>,
    /// The newest reminder id (0: none yet), so that new reminders number on from it.
    pub newest_id: u64,
}

impl Earlier {
    pub(super) fn read(history: &HistoryLog, now: knotless_core::Time) -> Earlier {
        let keep = 2 * knotless_exercises::variety::NO_REPEAT;
        let mut earlier = Earlier {
            pause: None,
            suggested: Vec::new(),
            body: Vec::new(),
            newest_id: 0,
        };
        let read = history.each_event(|e| {
            match e.kind {
                EventKind::Paused { .. } | EventKind::Resumed { .. } => {
                    earlier.pause = Some(e.clone());
                }
                EventKind::Reminder { id, .. } => {
                    earlier.newest_id = earlier.newest_id.max(id);
                }
                EventKind::Suggested { .. } => {
                    if earlier.suggested.len() == 2 * keep {
                        earlier.suggested.drain(..keep);
                    }
                    earlier.suggested.push(e.clone());
                }
                _ => {}
            }
            if remembered(&e, now) {
                earlier.body.push(e);
            }
        });
        if let Err(e) = read {
            tracing::warn!("{e}; starting without it");
        }
        earlier
    }
}

/// Feeds the variety engine the suggestions of earlier runs, so it keeps varying (and never
/// repeats one of the last ten) across restarts.
pub(super) fn remember_suggestions(variety: &mut Variety, earlier: &[Event], library: &Library) {
    let recent: Vec<&str> = earlier
        .iter()
        .rev()
        .filter_map(|e| match &e.kind {
            EventKind::Suggested { exercise, .. } => Some(exercise.as_str()),
            _ => None,
        })
        .take(2 * knotless_exercises::variety::NO_REPEAT)
        .collect();
    for id in recent.iter().rev() {
        if let Some(e) = library.get(id) {
            variety.remember(e);
        }
    }
}
