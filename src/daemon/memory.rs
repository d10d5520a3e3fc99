//! What the daemon remembers from history when it starts, and keeps learning from while it
//! runs: the newest pause, the last suggestions (so variety holds across restarts), and two
//! months of feedback, check-ins, advice and break outcomes for the suggestions.

use crate::core::TimeDelta;
use crate::core::history::{Event, EventKind};
use crate::core::variety::Variety;
use crate::store::exercises::Library;
use crate::store::history::HistoryLog;

/// What a start keeps of history, read one line at a time so that a long history costs
/// start-up time, never memory: the newest pause or resume, the last suggestions, and two
/// months of what the suggestions learn from.
pub(super) struct Earlier {
    pub pause: Vec<Event>,
    pub suggested: Vec<Event>,
    pub body: Vec<Event>,
}

impl Earlier {
    pub(super) fn read(history: &HistoryLog, now: crate::core::Time) -> Earlier {
        let since = now - TimeDelta::days(60);
        let keep = 2 * crate::core::variety::NO_REPEAT;
        let mut earlier = Earlier {
            pause: Vec::new(),
            suggested: Vec::new(),
            body: Vec::new(),
        };
        let read = history.each_event(|e| {
            match e.kind {
                EventKind::Paused { .. } | EventKind::Resumed { .. } => {
                    earlier.pause = vec![e.clone()];
                }
                EventKind::Suggested { .. } => {
                    if earlier.suggested.len() == 2 * keep {
                        earlier.suggested.drain(..keep);
                    }
                    earlier.suggested.push(e.clone());
                }
                _ => {}
            }
            if e.at >= since && is_bodily(&e.kind) {
                earlier.body.push(e);
            }
        });
        if let Err(e) = read {
            tracing::warn!("{e}; starting without it");
        }
        earlier
    }
}

/// The events the suggestions and check-ins learn from.
pub(super) fn is_bodily(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::Checkin { .. }
            | EventKind::Advised { .. }
            | EventKind::Feedback { .. }
            | EventKind::Suggested { .. }
            | EventKind::BreakCompleted { .. }
            | EventKind::BreakSkipped { .. }
            | EventKind::NaturalBreak { .. }
    )
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
        .take(2 * crate::core::variety::NO_REPEAT)
        .collect();
    for id in recent.iter().rev() {
        if let Some(e) = library.get(id) {
            variety.remember(e);
        }
    }
}
