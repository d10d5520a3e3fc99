//! The meeting policy: quiet through a block of meetings (sitting still counts), and a
//! movement break that would fall due within `[calendar] before` of a block's start offered
//! just before it instead. The caller (the daemon's engine, `crate::simulate`) asks at each
//! sample and wakes at [`MeetingPlan::next_change`]; the scheduler does the rest, as after a
//! call: a break deferred by a meeting comes within `[context] grace` of its end.

use super::{Block, Meeting, blocks};
use crate::presence::Quiet;
use crate::{Time, TimeDelta};

/// An early break is offered this long plus the break's length before the meeting, so it
/// ends with a moment to spare.
pub const EARLY_SPARE: TimeDelta = TimeDelta::minutes(3);

/// The meetings of the coming days as blocks, and how breaks fit around them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeetingPlan {
    blocks: Vec<Block>,
    /// `[calendar] before`.
    before: TimeDelta,
    /// `[movement] length`.
    length: TimeDelta,
}

impl MeetingPlan {
    pub fn new(meetings: &[Meeting], before: TimeDelta, length: TimeDelta) -> Self {
        MeetingPlan {
            blocks: blocks(meetings),
            before,
            length,
        }
    }

    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The block of meetings under way at `t`.
    pub fn block_at(&self, t: Time) -> Option<Block> {
        self.blocks.iter().copied().find(|b| b.contains(t))
    }

    /// What holds reminders back at `t`: a meeting, or what held them anyway (outside
    /// working hours stays so).
    pub fn quiet(&self, t: Time, otherwise: Quiet) -> Quiet {
        match otherwise {
            Quiet::OffHours => Quiet::OffHours,
            _ if self.block_at(t).is_some() => Quiet::Meeting,
            other => other,
        }
    }

    /// The block that starts within a break and [`EARLY_SPARE`] after `t`: a break offered
    /// at `t` comes before it.
    pub fn starting_soon(&self, t: Time) -> Option<Block> {
        self.next_block(t)
            .filter(|b| b.start - t <= self.length + EARLY_SPARE)
    }

    fn next_block(&self, t: Time) -> Option<Block> {
        self.blocks.iter().copied().find(|b| b.start > t)
    }

    /// When the early break for the block after `t` would be offered.
    fn offer_at(&self, block: Block) -> Time {
        block.start - self.length - EARLY_SPARE
    }

    /// Whether the movement break, due in `due_in` of further sitting, should be offered now:
    /// a block starts soon and the break would fall due within `before` of its start.
    pub fn offer_early(&self, t: Time, due_in: TimeDelta) -> bool {
        if self.before <= TimeDelta::zero() || due_in <= TimeDelta::zero() {
            return false;
        }
        if self.block_at(t).is_some() {
            return false;
        }
        self.next_block(t).is_some_and(|block| {
            t >= self.offer_at(block) && t + due_in <= block.start + self.before
        })
    }

    /// The next moment after `t` the plan changes something: an early offer, a block's
    /// start or end. The caller wakes then (and only then: no polling).
    pub fn next_change(&self, t: Time) -> Option<Time> {
        self.blocks
            .iter()
            .flat_map(|b| [self.offer_at(*b), b.start, b.end])
            .filter(|&moment| moment > t)
            .min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn at(h: u32, m: u32) -> Time {
        Utc.with_ymd_and_hms(2026, 12, 7, h, m, 0).unwrap()
    }

    fn plan() -> MeetingPlan {
        let meeting = Meeting {
            start: at(10, 0),
            end: at(11, 0),
            summary: "Review".into(),
        };
        MeetingPlan::new(&[meeting], TimeDelta::minutes(15), TimeDelta::minutes(2))
    }

    #[test]
    fn quiet_in_the_meeting_and_an_early_offer_just_before() {
        let plan = plan();
        assert_eq!(plan.quiet(at(10, 30), Quiet::No), Quiet::Meeting);
        assert_eq!(plan.quiet(at(10, 30), Quiet::OffHours), Quiet::OffHours);
        assert_eq!(plan.quiet(at(11, 0), Quiet::No), Quiet::No);
        let min = TimeDelta::minutes;
        // 09:55 is the offer time: a break due at 10:10 comes now, one at 10:20 does not.
        assert!(plan.offer_early(at(9, 55), min(15)));
        assert!(!plan.offer_early(at(9, 55), min(25)));
        assert!(!plan.offer_early(at(9, 50), min(10)));
        assert!(!plan.offer_early(at(10, 5), min(1)));
        assert_eq!(plan.next_change(at(9, 0)), Some(at(9, 55)));
        assert_eq!(plan.next_change(at(9, 55)), Some(at(10, 0)));
        assert_eq!(plan.next_change(at(10, 0)), Some(at(11, 0)));
        assert_eq!(plan.next_change(at(11, 0)), None);
    }
}
